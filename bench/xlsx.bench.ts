/**
 * Importing a workbook (`qsd import`: read-excel-file's read, then `datasetFromTables`
 * with validation) against read-excel-file's bare read of the same workbook: 20,000 units
 * with 5 child rows each (2 people, 1 CCC certificate, 1 risk event, 1 daily record) —
 * 120,000 data rows over the sheets — written by `qsd export`'s writer. Each run is its own
 * process (bench/_xlsx-child.ts), so its peak RSS is its own; the median of 3 runs is shown.
 *
 * Target: import at most 2× the bare read.
 *
 * Run alone: `npx tsx bench/xlsx.bench.ts [units]`; or with the others: `npm run bench`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { datasetSheets } from "../src/cli/tabular-output";
import { writeXlsx } from "../src/cli/xlsx";
import { fromDayNumber, toDayNumber } from "../src/dates";
import { mulberry32, randomNanjingUscc } from "./_random";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));

/** `count` valid units, each with exactly 5 child rows. */
export function generateUnits(count: number, seed = 20261130): Record<string, unknown>[] {
  const random = mulberry32(seed);
  const start = toDayNumber("2023-05-05");
  const day = (offset: number) => fromDayNumber(start + offset);
  const units: Record<string, unknown>[] = [];
  for (let u = 0; u < count; u++) {
    const id = `U${String(u + 1).padStart(6, "0")}`;
    units.push({
      id,
      name: `南京示例${u + 1}号工业产品有限公司`,
      uscc: randomNanjingUscc(random),
      roles: random() < 0.7 ? ["producer"] : ["seller"],
      size: random.pick(["large", "medium", "small", "micro"]),
      layer: random.pick(["A", "B", "C", "D"]),
      district: random.pick(["320102", "320104", "320105", "320106", "320111"]),
      products: { licences: [], cccCertificates: [{ number: String(2020010800000000 + u), product: "家用燃气灶具", issuedOn: day(random.int(300)), expiresOn: day(1800 + random.int(300)), status: "有效" }], mandatoryStandard: true, gasAppliance: random() < 0.3, foodContact: false },
      people: [
        { id: "P1", name: "陈静", role: "director", from: day(random.int(200)), phone: "025-80001074" },
        { id: "P2", name: "王芳", role: "officer", from: day(random.int(200)) },
      ],
      riskEvents: [{ id: "R1", date: day(300 + random.int(600)), severity: random.pick(["major", "significant", "minor"]), kind: "sampling-failure", description: "监督抽查不合格" }],
      records: [{ kind: "daily", date: day(900 + random.int(100)), byPersonId: "P2", zeroRisk: true }],
    });
  }
  return units;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Child {
  seconds: number;
  rows: number;
  units: number;
  issues: number;
  peakRssMb: number;
}

function child(mode: "bare" | "import", path: string): Child {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "bench", "_xlsx-child.ts"), mode, path], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`bench/_xlsx-child.ts ${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as Child;
}

/** What {@link run} measured. */
export interface XlsxBenchResult {
  units: number;
  rows: number;
  bytes: number;
  writeSeconds: number;
  bareSeconds: number;
  importSeconds: number;
  ratio: number;
  barePeakRssMb: number;
  importPeakRssMb: number;
}

/**
 * Writes the workbook, then times the bare read and the import, 3 runs each.
 *
 * @param count - Units (default 20,000).
 * @returns The measurements.
 */
export async function run(count = Number(process.argv[2] ?? process.env.QSD_BENCH_XLSX_UNITS ?? 20_000)): Promise<XlsxBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), "qsd-xlsx-bench-"));
  try {
    const units = generateUnits(count);
    const t0 = performance.now();
    const bytes = await writeXlsx(datasetSheets({ asOf: "2026-11-20", units: units as never }, "zh"));
    const writeSeconds = (performance.now() - t0) / 1000;
    const path = join(dir, "book.xlsx");
    writeFileSync(path, bytes);
    const bare: Child[] = [];
    const imp: Child[] = [];
    for (let i = 0; i < 3; i++) {
      bare.push(child("bare", path));
      imp.push(child("import", path));
    }
    if (imp[0]!.units !== count || imp[0]!.issues !== 0) throw new Error(`import read ${imp[0]!.units} units with ${imp[0]!.issues} issues, expected ${count} and 0`);
    const result: XlsxBenchResult = {
      units: count,
      rows: bare[0]!.rows,
      bytes: bytes.length,
      writeSeconds,
      bareSeconds: median(bare.map((b) => b.seconds)),
      importSeconds: median(imp.map((b) => b.seconds)),
      ratio: 0,
      barePeakRssMb: median(bare.map((b) => b.peakRssMb)),
      importPeakRssMb: median(imp.map((b) => b.peakRssMb)),
    };
    result.ratio = result.importSeconds / result.bareSeconds;
    const mb = (n: number) => `${n.toFixed(0)} MB`;
    console.log(`workbook: ${count.toLocaleString("en-US")} units × 5 child rows, ${result.rows.toLocaleString("en-US")} rows over the sheets, ${(result.bytes / 1024 / 1024).toFixed(1)} MiB (written in ${writeSeconds.toFixed(2)} s)`);
    console.log(`  ${"run (median of 3, own process)".padEnd(52)}${"time".padStart(9)}${"peak RSS".padStart(11)}`);
    console.log(`  ${"read-excel-file, bare read".padEnd(52)}${`${result.bareSeconds.toFixed(2)} s`.padStart(9)}${mb(result.barePeakRssMb).padStart(11)}`);
    console.log(`  ${"import (read + datasetFromTables + validation)".padEnd(52)}${`${result.importSeconds.toFixed(2)} s`.padStart(9)}${mb(result.importPeakRssMb).padStart(11)}`);
    console.log(`  ratio import / bare read: ${result.ratio.toFixed(2)}× (target ≤ 2×: ${result.ratio <= 2 ? "met" : "missed"})`);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
