/**
 * The published package works as published: `npm pack` makes the tarball, a throw-away
 * project installs it (offline-safe: `--prefer-offline`, the dependencies come from npm's
 * cache that `npm ci` filled, zod from this repository's node_modules), and Node uses it
 * through `require` and `import`, resolves a JSON Schema file and runs the `qsd` bin.
 *
 * Expected value: 2026-04-30 + 5 working days = 2026-05-11 (国办发明电〔2025〕7号: 5月1日至5日
 * 放假, 5月9日（周六）上班).
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, requireFreshDist } from "./_dist";

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), "qsd-pack-"));
const project = join(work, "consumer");
const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

function node(args: string[]) {
  return run(process.execPath, args, { cwd: project, timeout: 30_000 });
}

beforeAll(async () => {
  requireFreshDist();
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", work], { cwd: ROOT, timeout: 60_000 });
  const [packed] = JSON.parse(stdout) as [{ filename: string }];
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", version: "0.0.0", private: true }));
  await run(
    "npm",
    ["install", "--prefer-offline", "--no-audit", "--no-fund", "--no-package-lock", join(work, packed.filename), join(ROOT, "node_modules/zod")],
    { cwd: project, timeout: 120_000 },
  );
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the packed package, installed in a fresh project", () => {
  it("works through require (CommonJS)", async () => {
    const { stdout } = await node(["-e", `process.stdout.write(require("quality-safety-duty").chinaCalendar.addWorkingDays("2026-04-30", 5))`]);
    expect(stdout).toBe("2026-05-11");
  });

  it("works through import (ESM)", async () => {
    const { stdout } = await node([
      "--input-type=module",
      "-e",
      `import { chinaCalendar } from "quality-safety-duty"; process.stdout.write(chinaCalendar.addWorkingDays("2026-04-30", 5))`,
    ]);
    expect(stdout).toBe("2026-05-11");
  });

  it("exports the JSON Schema files", async () => {
    const { stdout } = await node([
      "-e",
      `const p = require.resolve("quality-safety-duty/schemas/unit.schema.json"); process.stdout.write(JSON.stringify([p, require(p).$id]))`,
    ]);
    const [path, id] = JSON.parse(stdout) as [string, string];
    expect(path).toMatch(/node_modules\/quality-safety-duty\/schemas\/unit\.schema\.json$/);
    expect(id).toBe("urn:quality-safety-duty:schema:unit");
  });

  it("installs the qsd bin, which prints the version", async () => {
    const { stdout } = await run(join(project, "node_modules/.bin/qsd"), ["--version"], { cwd: project, timeout: 30_000 });
    expect(stdout.trim()).toBe(version);
  });
});
