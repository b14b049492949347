/**
 * Runs every benchmark in one go: `npm run bench`. Each file is also runnable alone
 * (`npx tsx bench/<name>.bench.ts`). Benchmarks print side-by-side ratios against a named
 * comparison run in the same process; they are never timed unit tests.
 */
const names = ["calendar", "validate", "classify", "obligations", "mechanism", "growth", "memory", "cli", "xlsx", "serve", "checker"];
for (const name of names) {
  console.log(`\n=== bench/${name}.bench.ts ===`);
  const mod = (await import(`./${name}.bench.ts`)) as { run: () => unknown };
  await mod.run();
}
export {};
