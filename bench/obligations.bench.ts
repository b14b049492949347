/**
 * `obligations()` against `classifyUnit` on the same realistic units, in one process.
 *
 * Target (issue 19): obligations ≤ 10× classifyUnit. Also times `mechanismGaps` over the
 * unit's whole history (from the orders' effective date to the as-of day), which must cost
 * O(records + periods), not O(days).
 *
 * A realistic unit: 3–5 people (principal, director, officers; a few changes of post),
 * 1–3 assignments, 1–4 inspections, 0–3 assessments, 0–4 risk events, a licence or a CCC
 * certificate, and 2–8 months of daily (on ~95 % of working days), weekly and monthly
 * records ending at the as-of day. Generated from a seeded PRNG, parsed by UnitSchema.
 *
 * Rounds of each function alternate (obligations, classify, mechanismGaps, obligations …)
 * so that load from other processes on this shared 2-core machine hits all of them alike;
 * the median of each is reported with the fastest round and the load average. Each round is
 * timed twice: wall clock, and this process's CPU time (`process.cpuUsage`), which a loaded
 * machine (other processes holding the cores) disturbs much less than the wall clock.
 *
 * The three functions are timed from one bundle of src/index.ts (esbuild, as tsup bundles
 * dist/), the code as shipped: under tsx each module is compiled on its own and every
 * imported name is read through a getter, which costs a function that calls into many
 * modules (obligations: about 10) several times what it costs in the bundle, and classifyUnit
 * (one module) little. The units themselves are built with the sources.
 *
 *   npx tsx bench/obligations.bench.ts [units]      (default 2,000)
 */
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chinaCalendar } from "../src/calendar";
import { addDays, fromDayNumber, isoWeeksOverlapping, monthsOverlapping, toDayNumber } from "../src/dates";
import { UnitSchema, type Unit, type UnitInput } from "../src/entities";
import type * as Library from "../src/index";
import { mulberry32, randomNanjingUscc } from "./_random";

/** The as-of day of the benchmark. */
export const AS_OF = "2026-06-30";

/**
 * Generates `count` realistic units (see the file's summary), parsed by UnitSchema.
 *
 * @param count - How many units.
 * @param seed - The PRNG seed.
 */
export function realisticUnits(count: number, seed = 20260630): Unit[] {
  const random = mulberry32(seed);
  const { int } = random;
  const asOf = toDayNumber(AS_OF);
  const day = (lo: string, hi = AS_OF) => fromDayNumber(toDayNumber(lo) + int(toDayNumber(hi) - toDayNumber(lo) + 1));
  const units: Unit[] = [];
  for (let u = 0; u < count; u++) {
    const people: NonNullable<UnitInput["people"]> = [
      { id: "p1", name: "王总", role: "principal", from: "2021-03-01" },
      { id: "d1", name: "张总监", role: "director", from: "2023-06-01" },
      { id: "o1", name: "李安全员", role: "officer", from: "2023-06-01" },
    ];
    if (random() < 0.4) {
      people[2]!.to = "2025-12-31";
      people.push({ id: "o2", name: "赵安全员", role: "officer", from: "2026-01-05" });
    }
    if (random() < 0.3) people.push({ id: "o3", name: "钱安全员", role: "officer", from: day("2024-01-01", "2025-06-30") });
    const months = 2 + int(7);
    const from = toDayNumber(addDays(AS_OF, -30 * months));
    const records: NonNullable<UnitInput["records"]> = [];
    const officer = (d: number) => (people.some((p) => p.id === "o2") && d >= toDayNumber("2026-01-05") ? "o2" : "o1");
    for (let n = from; n <= asOf; n++) {
      const date = fromDayNumber(n);
      if (chinaCalendar.isWorkingDay(date) && random() < 0.95) records.push({ kind: "daily", date, byPersonId: officer(n), zeroRisk: random() < 0.9 });
    }
    for (const w of isoWeeksOverlapping(fromDayNumber(from), AS_OF)) if (random() < 0.9) records.push({ kind: "weekly", date: addDays(w.start, int(5)), byPersonId: "d1" });
    for (const m of monthsOverlapping(fromDayNumber(from), AS_OF)) if (random() < 0.9 && toDayNumber(m.start) + 20 <= asOf) records.push({ kind: "monthly", date: addDays(m.start, 20), byPersonId: "p1" });
    const assignments: NonNullable<UnitInput["assignments"]> = [{ official: "张伟", department: "江宁分局", from: "2023-11-10", recordedOn: "2023-11-13" }];
    for (let k = int(3); k > 0; k--) {
      const f = day("2024-01-01", "2026-06-01");
      assignments.push({ official: `官员${k}`, from: f, recordedOn: addDays(f, int(10)) });
    }
    assignments.sort((a, b) => (a.from < b.from ? -1 : 1));
    const licensed = random() < 0.6;
    const input: UnitInput = {
      id: `u${u + 1}`,
      name: `南京市第${u + 1}燃气具有限公司`,
      uscc: randomNanjingUscc(random),
      roles: random() < 0.8 ? ["producer"] : ["producer", "seller"],
      size: random() < 0.5 ? "small" : "medium",
      products: licensed
        ? { licences: [{ number: `XK08-001-${String(10000 + u).slice(-5)}`, product: "燃气灶具", issuedOn: "2022-04-01" }], gasAppliance: true }
        : { cccCertificates: [{ number: `2023010701${String(100000 + u)}`, product: "电热水壶", issuedOn: "2023-02-01" }] },
      people,
      assessments: Array.from({ length: int(4) }, () => ({ personId: random() < 0.5 ? "d1" : "o1", date: day("2024-01-01"), passed: random() < 0.8 })),
      riskEvents: Array.from({ length: int(5) }, (_, i) => ({ id: `r${i + 1}`, date: day("2023-06-01"), severity: random.pick(["major", "significant", "minor", "minor"] as const), kind: "inspection-finding" as const })),
      assignments,
      inspections: Array.from({ length: 1 + int(4) }, (_, i) => ({ id: `i${i + 1}`, date: day("2023-06-01"), kind: random.pick(["onsite", "onsite", "document", "sampling"] as const) })),
      records,
      platformEntry: { enteredOn: "2023-09-01" },
    };
    units.push(UnitSchema.parse(input));
  }
  return units;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The measured numbers (µs per unit). */
export interface ObligationsBenchResult {
  units: number;
  obligationsMicros: number;
  classifyMicros: number;
  mechanismGapsMicros: number;
  /** obligations / classifyUnit, medians of the wall-clock rounds (target ≤ 10). */
  ratio: number;
  /** The same from the fastest rounds. */
  fastestRatio: number;
  /** obligations and classifyUnit, medians of the rounds' CPU time (µs per unit). */
  obligationsCpuMicros: number;
  classifyCpuMicros: number;
  /** obligations / classifyUnit, medians of the CPU-time rounds (target ≤ 10). */
  cpuRatio: number;
}

/** Measured rounds of each function (after one warm-up round). */
const ROUNDS = 11;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** src/index.ts bundled into .bench-tmp/ (as tsup bundles dist/), imported. */
export async function bundledLibrary(): Promise<typeof Library> {
  const outfile = join(ROOT, ".bench-tmp", "qsd-bench-bundle.mjs");
  mkdirSync(dirname(outfile), { recursive: true });
  await build({ entryPoints: [join(ROOT, "src/index.ts")], bundle: true, format: "esm", platform: "node", target: "node20", outfile, logLevel: "error", external: ["zod", "@date-fns/tz"] });
  return (await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)) as typeof Library;
}

/**
 * Runs the benchmark: 11 interleaved rounds of each function over every unit (after a warm-up round).
 *
 * @param count - How many units (default 2,000).
 * @returns The numbers printed.
 */
export async function run(count = 2_000): Promise<ObligationsBenchResult> {
  const { obligations, classifyUnit, mechanismGaps } = await bundledLibrary();
  const units = realisticUnits(count);
  const records = units.reduce((s, u) => s + u.records.length, 0);
  const history = { from: "2023-05-05", to: AS_OF };
  let sink = 0;
  const rounds = {
    obligations: [] as number[],
    classify: [] as number[],
    gaps: [] as number[],
  };
  const cpu = { obligations: [] as number[], classify: [] as number[] };
  /** One round over every unit: µs per unit, wall clock and this process's CPU time. */
  const time = (body: (u: Unit) => number): { wall: number; cpu: number } => {
    const c0 = process.cpuUsage();
    const s = performance.now();
    for (const u of units) sink += body(u);
    const wall = ((performance.now() - s) * 1000) / count;
    const c = process.cpuUsage(c0);
    return { wall, cpu: (c.user + c.system) / count };
  };
  const load0 = loadavg()[0]!;
  for (let r = 0; r <= ROUNDS; r++) {
    const o = time((u) => obligations(u, { asOf: AS_OF }).length);
    const c = time((u) => classifyUnit(u, { asOf: AS_OF }).reasons.length);
    const g = time((u) => mechanismGaps(u, history).daily.length);
    if (r === 0) continue; // warm-up
    rounds.obligations.push(o.wall);
    rounds.classify.push(c.wall);
    rounds.gaps.push(g.wall);
    cpu.obligations.push(o.cpu);
    cpu.classify.push(c.cpu);
  }
  if (sink < 0) throw new Error("unreachable");
  const load1 = loadavg()[0]!;
  const result: ObligationsBenchResult = {
    units: count,
    obligationsMicros: median(rounds.obligations),
    classifyMicros: median(rounds.classify),
    mechanismGapsMicros: median(rounds.gaps),
    ratio: median(rounds.obligations) / median(rounds.classify),
    fastestRatio: Math.min(...rounds.obligations) / Math.min(...rounds.classify),
    obligationsCpuMicros: median(cpu.obligations),
    classifyCpuMicros: median(cpu.classify),
    cpuRatio: median(cpu.obligations) / median(cpu.classify),
  };
  const us = (n: number): string => n.toFixed(1).padStart(8);
  console.log(
    `obligations vs classifyUnit: ${count.toLocaleString("en-US")} realistic units (${(records / count).toFixed(0)} records each on average), as of ${AS_OF}; one bundle of src/index.ts; ${ROUNDS} interleaved rounds, load average ${load0.toFixed(2)} → ${load1.toFixed(2)}`,
  );
  console.log(`                                      median µs/unit   fastest µs/unit   CPU median µs/unit`);
  console.log(`  obligations                       ${us(result.obligationsMicros)}          ${us(Math.min(...rounds.obligations))}          ${us(result.obligationsCpuMicros)}`);
  console.log(`  classifyUnit                      ${us(result.classifyMicros)}          ${us(Math.min(...rounds.classify))}          ${us(result.classifyCpuMicros)}`);
  console.log(`  mechanismGaps 2023-05-05..as-of   ${us(result.mechanismGapsMicros)}          ${us(Math.min(...rounds.gaps))}`);
  console.log(
    `  ratio obligations/classifyUnit ${result.ratio.toFixed(2)}× median, ${result.fastestRatio.toFixed(2)}× fastest (target ≤ 10: ${result.ratio <= 10 ? "met" : "MISSED"}); CPU time ${result.cpuRatio.toFixed(2)}× median (${result.cpuRatio <= 10 ? "met" : "MISSED"})`,
  );
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = process.argv[2];
  void run(arg === undefined ? undefined : Number(arg));
}
