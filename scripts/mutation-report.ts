/**
 * The mutation-testing report (issue 19): merges StrykerJS reports and prints the score per
 * folder, the table README shows.
 *
 *   npx tsx scripts/mutation-report.ts                       print scores of reports/stryker-incremental.json
 *   npx tsx scripts/mutation-report.ts --merge a.json b.json  merge reports (later ones win per file) into reports/stryker-incremental.json
 *
 * Merging lets `npm run mutation -- --mutate <one folder> --incrementalFile <its file>` runs
 * be done one folder at a time and then kept as the one incremental file a full run reads.
 * Test ids are numbers per report, so each report's tests are renumbered on the way in.
 * The score is StrykerJS's: (killed + timed out) / (killed + timed out + survived + no
 * coverage); ignored and equivalent-marked mutants do not count.
 */
import { readFileSync, writeFileSync } from "node:fs";

interface Mutant {
  status: string;
  coveredBy?: string[];
  killedBy?: string[];
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
  testFiles?: Record<string, { tests: { id: string }[] }>;
  [key: string]: unknown;
}

const TARGET = "reports/stryker-incremental.json";
const args = process.argv.slice(2);

if (args[0] === "--merge") {
  const inputs = args.slice(1);
  if (inputs.length === 0) throw new Error("--merge needs report files");
  let merged: Report | undefined;
  let nextId = 0;
  for (const path of inputs) {
    const r = JSON.parse(readFileSync(path, "utf8")) as Report;
    const ids = new Map<string, string>();
    const renumber = (id: string) => {
      let n = ids.get(id);
      if (n === undefined) ids.set(id, (n = String(nextId++)));
      return n;
    };
    for (const tf of Object.values(r.testFiles ?? {})) for (const t of tf.tests) t.id = renumber(t.id);
    for (const f of Object.values(r.files)) {
      for (const m of f.mutants) {
        if (m.coveredBy) m.coveredBy = m.coveredBy.map(renumber);
        if (m.killedBy) m.killedBy = m.killedBy.map(renumber);
      }
    }
    // Test files are never mutated by `npm run mutation` (stryker.config.mjs); a one-folder run's --mutate may have let one in.
    for (const file of Object.keys(r.files)) if (/\.test(-d)?\.ts$/.test(file)) delete r.files[file];
    if (merged === undefined) merged = r;
    else {
      Object.assign(merged.files, r.files);
      // A test file in both: the later report's tests (its ids are the ones its mutants name).
      merged.testFiles = { ...(merged.testFiles ?? {}), ...(r.testFiles ?? {}) };
    }
  }
  writeFileSync(TARGET, JSON.stringify(merged));
  console.log(`merged ${inputs.length} report(s) into ${TARGET}`);
}

const report = JSON.parse(readFileSync(args[0] === "--merge" || args.length === 0 ? TARGET : args[0]!, "utf8")) as Report;
const byFolder = new Map<string, { killed: number; timeout: number; survived: number; noCoverage: number }>();
for (const [file, f] of Object.entries(report.files)) {
  const folder = file.split("/").slice(0, 2).join("/");
  const s = byFolder.get(folder) ?? { killed: 0, timeout: 0, survived: 0, noCoverage: 0 };
  for (const m of f.mutants) {
    if (m.status === "Killed") s.killed++;
    else if (m.status === "Timeout") s.timeout++;
    else if (m.status === "Survived") s.survived++;
    else if (m.status === "NoCoverage") s.noCoverage++;
  }
  byFolder.set(folder, s);
}
console.log("| folder | mutants | killed | timed out | survived | no coverage | score |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const [folder, s] of [...byFolder].sort()) {
  const counted = s.killed + s.timeout + s.survived + s.noCoverage;
  console.log(`| ${folder} | ${counted} | ${s.killed} | ${s.timeout} | ${s.survived} | ${s.noCoverage} | ${((100 * (s.killed + s.timeout)) / counted).toFixed(1)}% |`);
}
