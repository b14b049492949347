/**
 * One measured run for bench/xlsx.bench.ts, in its own process so its peak RSS is its own:
 * `bare` reads the workbook with read-excel-file alone; `import` reads it and maps it
 * (`datasetFromTables`, validation included), as `qsd import` does. Prints JSON.
 */
import { readFileSync } from "node:fs";
import readXlsxFile from "read-excel-file/node";
import { readXlsx } from "../src/cli/xlsx";
import { datasetFromTables } from "../src/tables";

const [mode, path] = process.argv.slice(2) as ["bare" | "import", string];
const bytes = readFileSync(path);
const t0 = performance.now();
let rows = 0;
let units = 0;
let issues = 0;
if (mode === "bare") {
  for (const s of await readXlsxFile(bytes)) rows += s.data.length;
} else {
  const tables = await readXlsx(bytes, path);
  for (const grid of Object.values(tables)) rows += grid.length;
  const r = datasetFromTables(tables);
  units = r.dataset.units.length;
  issues = r.issues.length;
}
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ mode, seconds, rows, units, issues, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
