#!/usr/bin/env node
/**
 * `npm start`: builds the package when dist/cli.js is missing or older than any file under
 * src/ (or the build config), then runs `qsd report` on the bundled demo data set
 * (examples/nanjing-demo.json). Extra arguments are passed on: `npm start -- --lang en`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli.js");

/** The newest modification time of the files under `dir` (0 when there are none). */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.isFile()) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function needsBuild() {
  if (!existsSync(cli)) return true;
  const built = statSync(cli).mtimeMs;
  const inputs = [newestMtime(join(root, "src")), ...["tsup.config.ts", "package.json"].map((f) => (existsSync(join(root, f)) ? statSync(join(root, f)).mtimeMs : 0))];
  return inputs.some((t) => t > built);
}

if (needsBuild()) {
  process.stderr.write("qsd: building (npx tsup)…\n");
  const build = spawnSync("npx", ["tsup"], { cwd: root, stdio: ["ignore", "ignore", "inherit"], shell: process.platform === "win32" });
  if (build.status !== 0) {
    process.stderr.write(`qsd: the build failed (exit ${build.status ?? build.signal}); run \`npx tsup\` to see why.\n`);
    process.exit(build.status ?? 1);
  }
}

const run = spawnSync(process.execPath, [cli, "report", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(run.status ?? 1);
