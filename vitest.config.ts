import { defineConfig } from "vitest/config";

/** Tests of the built package (dist/): run after `npm run build`, in their own project. */
const DIST = ["test/package.test.ts", "test/bundle-size.test.ts", "test/browser.test.ts", "test/readme.test.ts", "test/dist-contents.test.ts", "test/report-html.browser.test.ts", "test/checker.browser.test.ts"];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["test/e2e/**", "test/heavy/**", "**/node_modules/**", ...DIST],
          // Property tests run thousands of cases; a loaded 2-core machine must not turn them into timeouts.
          testTimeout: 30_000,
        },
      },
      {
        test: { name: "dist", include: DIST, testTimeout: 120_000 },
      },
      {
        // End-to-end: spawns the built CLI (`npm run build` first; `npm test` does).
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          testTimeout: 60_000,
        },
      },
      // Long runs (the report builder over 200,000 units): only with QSD_HEAVY set (`npm run test:heavy`), not in `npm test`.
      ...(process.env.QSD_HEAVY ? [{ test: { name: "heavy", include: ["test/heavy/**/*.test.ts"], testTimeout: 300_000 } }] : []),
      {
        test: {
          name: "types",
          include: [],
          typecheck: { enabled: true, only: true, include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
        },
      },
    ],
  },
});
