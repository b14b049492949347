// @ts-check
/**
 * Mutation testing (issue 19): `npm run mutation` — StrykerJS 9.6 (the 10.x line needs
 * Node 22) with its vitest runner over the library's rule folders. Incremental: the result
 * of the last run is kept in reports/stryker-incremental.json (committed), so a re-run tests
 * only the mutants in code or tests that changed. Not part of `npm test`: a full run takes
 * hours on a 2-core machine.
 *
 *   npm run mutation                         every folder (incremental)
 *   npm run mutation -- --mutate "src/dates/**\/*.ts,!src/dates/**\/*.test.ts"   one folder
 *   npm run mutation -- --force              ignore the incremental file, test every mutant
 *
 * An equivalent mutant (no test can tell it apart, the program means the same) is marked in
 * the code with `// Stryker disable next-line <mutator>: <one-line reason>`.
 */
const FOLDERS = ["dates", "calendar", "identifiers", "policy", "supervision", "duties", "obligations", "checklists", "validation"];

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutation.config.ts", related: true },
  mutate: [
    ...FOLDERS.map((f) => `src/${f}/**/*.ts`),
    "!src/**/*.test.ts",
    "!src/**/*.test-d.ts",
    "!src/**/_fixture.ts",
    "!src/**/index.ts",
  ],
  coverageAnalysis: "perTest",
  // Mutants of module-level constants run every test: too slow here, and our constants are data checked by their own tests.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  concurrency: 2,
  timeoutMS: 20_000,
  timeoutFactor: 2,
  reporters: ["clear-text", "progress-append-only", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
  thresholds: { high: 85, low: 70, break: null },
  tempDirName: ".stryker-tmp",
  // Not copied into the sandbox: other runs' sandboxes (per-folder runs pass --tempDirName .stryker-tmp-<folder>), bench scratch, built pages.
  ignorePatterns: ["/.stryker-tmp*", "/.bench-tmp", "/site", "/docs/api", "/reports"],
  cleanTempDir: "always",
};
