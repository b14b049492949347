import { defineConfig } from "tsup";

import { dependencies, peerDependencies } from "./package.json";

/**
 * Never bundled: the runtime dependencies and peer dependencies, which the consumer
 * installs (their subpaths, such as `zod/v4/locales`, too). Anything else a file imports is
 * bundled; test/dist-contents.test.ts checks that dist/ imports exactly these packages.
 */
const external = [...Object.keys(dependencies), ...Object.keys(peerDependencies)];

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
