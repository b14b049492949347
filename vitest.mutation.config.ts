import { defineConfig } from "vitest/config";

/**
 * The tests StrykerJS runs for `npm run mutation` (stryker.config.mjs): the unit tests beside
 * the mutated folders' code, in one project (the runner does not take vitest projects).
 * Not part of `npm test`.
 */
export const MUTATED_FOLDERS = ["dates", "calendar", "identifiers", "policy", "supervision", "duties", "obligations", "checklists", "validation"] as const;

export default defineConfig({
  test: {
    include: MUTATED_FOLDERS.map((f) => `src/${f}/**/*.test.ts`),
    exclude: ["**/node_modules/**"],
    testTimeout: 60_000,
    // One fast-check seed for every run: the same generated cases for every mutant.
    setupFiles: ["./test/mutation-setup.ts"],
  },
});
