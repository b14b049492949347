/**
 * `classifyUnit` on 1,000,000 generated units, next to `validate("unit")` on the same
 * units, in one process.
 *
 * Target: classifying a unit costs less than validating it (issue 4). Both see the same
 * objects: units generated directly in the parsed shape (`UnitSchema` output: every list
 * present), 0–5 risk events each, from a deterministic PRNG. Classification includes
 * building every reason (fired and not), with its bilingual message.
 *
 * Run alone: `npx tsx bench/classify.bench.ts [units]`; or with the others: `npm run bench`.
 */
import { fileURLToPath } from "node:url";
import { fromDayNumber, toDayNumber } from "../src/dates";
import type { RiskEvent, SupervisionLevel, Unit } from "../src/entities";
import { classifyUnit } from "../src/supervision";
import { validate } from "../src/validation";
import { mulberry32, randomNanjingUscc } from "./_random";

const SEVERITIES = ["major", "significant", "minor", "minor"] as const;
const KINDS = ["sampling-failure", "verified-complaint", "media-exposure", "risk-monitoring", "inspection-finding", "enforcement", "accident", "other"] as const;
const GRADES = ["A", "B", "B", "C", "D"] as const;
const EVENT_IDS = ["r1", "r2", "r3", "r4", "r5"] as const;

/** The as-of day of the benchmark. */
export const AS_OF = "2026-06-30";

/**
 * Generates `count` units in the parsed shape (UnitSchema output), each with 0–5 risk
 * events dated 2023-05-05 … 2026-07-30 (a few after {@link AS_OF}), a credit class on
 * 30 % of them, and one or two assignments and inspections. Date strings are shared from
 * one table, so a million units fit in a default Node heap.
 *
 * @param count - How many units.
 * @param seed - The PRNG seed.
 */
export function generateUnits(count: number, seed = 20231110): Unit[] {
  const random = mulberry32(seed);
  const { int } = random;
  const start = toDayNumber("2023-05-05");
  const span = toDayNumber("2026-07-30") - start + 1;
  const days: string[] = Array.from({ length: span }, (_, i) => fromDayNumber(start + i));
  const day = (): string => days[int(span)]!;
  const products = Object.freeze({ licences: [], cccCertificates: [], mandatoryStandard: true, gasAppliance: true, foodContact: false, categories: [] });
  const producer = Object.freeze(["producer"]) as Unit["roles"];
  const both = Object.freeze(["producer", "seller"]) as Unit["roles"];
  const seller = Object.freeze(["seller"]) as Unit["roles"];

  const units: Unit[] = new Array(count);
  for (let u = 0; u < count; u++) {
    const uscc = randomNanjingUscc(random);
    const n = int(6);
    const riskEvents: RiskEvent[] = new Array(n);
    for (let i = 0; i < n; i++) riskEvents[i] = { id: EVENT_IDS[i]!, date: day(), severity: SEVERITIES[int(4)]!, kind: KINDS[int(8)]! };
    const r = random();
    const unit: Unit = {
      id: `u${u + 1}`,
      name: `南京市第${u + 1}燃气具有限公司`,
      uscc,
      roles: r < 0.7 ? producer : r < 0.9 ? both : seller,
      products,
      people: [],
      assessments: [],
      riskEvents,
      defects: [],
      assignments: [{ official: "张伟", department: "江宁分局", from: "2023-11-10", recordedOn: "2023-11-13" }],
      inspections: [{ id: "i1", date: day(), kind: "onsite" }],
      records: [],
      trainings: [],
      dutyDocuments: [],
      vetoProposals: [],
      hazards: [],
    };
    if (random() < 0.3) unit.creditRisk = { grade: GRADES[int(5)]!, asOf: day() };
    units[u] = unit;
  }
  return units;
}

/** The measured numbers. */
export interface ClassifyBenchResult {
  units: number;
  /** Classification: units per second (median round) and µs per unit. */
  classifyPerSecond: number;
  classifyMicros: number;
  /** validate("unit"): units per second and µs per unit on the same units. */
  validatePerSecond: number;
  validateMicros: number;
  /** classify time / validate time (target < 1). */
  ratio: number;
  /** How many units per level (as of {@link AS_OF}). */
  levels: Record<SupervisionLevel, number>;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Runs the benchmark: classifies every unit (3 timed rounds over all of them, median
 * reported) and validates every unit (1 timed round over all of them), and prints both.
 *
 * @param count - How many units (default 1,000,000).
 * @returns The numbers printed.
 */
export function run(count = 1_000_000): ClassifyBenchResult {
  const t0 = performance.now();
  const units = generateUnits(count);
  const genMs = performance.now() - t0;
  const heapMb = process.memoryUsage().heapUsed / 1048576;

  // Warm-up on a slice, both functions; check the generated units are valid.
  const warm = units.slice(0, Math.min(20_000, count));
  for (const u of warm) {
    const v = validate("unit", u);
    if (!v.ok) throw new Error(`generated unit ${u.id} is invalid: ${JSON.stringify(v.issues)}`);
    classifyUnit(u, { asOf: AS_OF });
  }

  const levels: Record<SupervisionLevel, number> = { routine: 0, trigger: 0, key: 0, special: 0 };
  const classifyRound = (count_levels: boolean): number => {
    const s = performance.now();
    if (count_levels) for (const u of units) levels[classifyUnit(u, { asOf: AS_OF }).level]++;
    else {
      let sink = 0;
      for (const u of units) sink += classifyUnit(u, { asOf: AS_OF }).reasons.length;
      if (sink < 0) throw new Error("unreachable");
    }
    return performance.now() - s;
  };
  const classifyMs = median([classifyRound(true), classifyRound(false), classifyRound(false)]);

  const s = performance.now();
  let ok = 0;
  for (const u of units) if (validate("unit", u).ok) ok++;
  const validateMs = performance.now() - s;
  if (ok !== count) throw new Error(`${count - ok} generated units failed validation`);

  const result: ClassifyBenchResult = {
    units: count,
    classifyPerSecond: (count / classifyMs) * 1000,
    classifyMicros: (classifyMs * 1000) / count,
    validatePerSecond: (count / validateMs) * 1000,
    validateMicros: (validateMs * 1000) / count,
    ratio: classifyMs / validateMs,
    levels,
  };
  const fmt = (n: number): string => Math.round(n).toLocaleString("en-US").padStart(11);
  const us = (n: number): string => n.toFixed(2).padStart(7);
  console.log(
    `classifyUnit vs validate("unit"): ${count.toLocaleString("en-US")} units (0–5 risk events each), as of ${AS_OF}; generated in ${(genMs / 1000).toFixed(1)} s, heap ${heapMb.toFixed(0)} MB`,
  );
  console.log(`                      units/s      µs/unit`);
  console.log(`  classifyUnit    ${fmt(result.classifyPerSecond)}      ${us(result.classifyMicros)}   (median of 3 rounds; all reasons with messages, duties)`);
  console.log(`  validate("unit")${fmt(result.validatePerSecond)}      ${us(result.validateMicros)}   (1 round; zod parse + cross-field rules)`);
  console.log(`  ratio classify/validate ${result.ratio.toFixed(3)}× (target < 1: ${result.ratio < 1 ? "met" : "MISSED"})`);
  console.log(`  levels: ${Object.entries(levels).map(([k, v]) => `${k} ${v.toLocaleString("en-US")}`).join(", ")}`);
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = process.argv[2];
  run(arg === undefined ? undefined : Number(arg));
}
