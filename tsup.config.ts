import { defineConfig } from "tsup";

const external = ["zod", "date-fns", "@date-fns/utc", "@date-fns/tz", "commander"];

export default defineConfig([
  {
    // The package entry: no Node built-ins, runs in browsers and edge runtimes.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    external,
  },
  {
    // The `qsd` command: the only code with I/O, never imported by the package entry.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    platform: "node",
    external,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
