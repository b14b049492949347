/**
 * Setup of `npm run mutation` (vitest.mutation.config.ts): property tests run with one fixed
 * seed, so every mutant meets the same generated cases — a mutant's result does not depend
 * on the draw, and the incremental file stays true between runs.
 */
import fc from "fast-check";

fc.configureGlobal({ seed: 20261130 });
