/**
 * `validate("unit", u)` against ajv (Ajv2020 + ajv-formats) compiled from
 * schemas/unit.schema.json, on the same generated units, in one process.
 *
 * Target: ours at most 2× ajv's time per unit. Ours does more: it checks the USCC check
 * character and the cross-field rules (unique ids, byPersonId, date order) and builds a
 * fresh parsed value with defaults; ajv checks the form only and returns a boolean.
 *
 * Run alone: `npx tsx bench/validate.bench.ts [units]`; or with the others: `npm run bench`.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { fromDayNumber, toDayNumber } from "../src/dates";
import { validate } from "../src/validation";
import { mulberry32, randomNanjingUscc } from "./_random";

const SURNAMES = ["张", "王", "李", "赵", "陈", "刘", "周", "吴"];
const GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "勇", "军"];

/**
 * Generates `count` realistic, valid units: a principal, a director and two officers
 * (one left), licences and CCC certificates, risk events (some closed), inspections,
 * assignments, assessments, and a few weeks of daily / weekly / monthly records.
 *
 * @param count - How many units.
 * @param seed - The PRNG seed.
 */
export function generateUnits(count: number, seed = 20231110): Record<string, unknown>[] {
  const random = mulberry32(seed);
  const { int, pick } = random;
  const start = toDayNumber("2023-05-05");
  const day = (offset: number): string => fromDayNumber(start + offset);
  const person = (): string => pick(SURNAMES) + pick(GIVEN) + pick(GIVEN);

  const units: Record<string, unknown>[] = [];
  for (let u = 0; u < count; u++) {
    const uscc = randomNanjingUscc(random);
    const people = [
      { id: "p1", name: person(), role: "principal", from: day(0), phone: "025-8" + String(1000000 + int(8999999)) },
      { id: "p2", name: person(), role: "director", from: day(int(30)) },
      { id: "p3", name: person(), role: "officer", from: day(0), to: day(200 + int(100)) },
      { id: "p4", name: person(), role: "officer", from: day(300) },
    ];
    const riskEvents = Array.from({ length: 1 + int(4) }, (_, i) => {
      const found = int(600);
      return {
        id: `r${i + 1}`,
        date: day(found),
        severity: pick(["major", "significant", "minor", "minor"]),
        kind: pick(["sampling-failure", "verified-complaint", "media-exposure", "risk-monitoring", "inspection-finding"]),
        description: "抽查不合格，已责令整改",
        ...(random() < 0.7 ? { closedOn: day(found + int(60)) } : {}),
      };
    });
    const records: Record<string, unknown>[] = [];
    for (let d = 0; d < 20; d++) records.push({ kind: "daily", date: day(400 + d), byPersonId: "p4", zeroRisk: random() < 0.9 });
    for (let w = 0; w < 4; w++) records.push({ kind: "weekly", date: day(400 + 7 * w), byPersonId: "p2", findings: "本周未发现风险隐患" });
    records.push({ kind: "monthly", date: day(425), byPersonId: "p1" });
    units.push({
      id: `u${u + 1}`,
      name: `南京市第${u + 1}燃气具有限公司`,
      uscc,
      roles: random() < 0.8 ? ["producer"] : ["producer", "seller"],
      size: pick(["large", "medium", "small", "micro"]),
      layer: pick(["A", "B", "C", "D"]),
      district: "320115",
      products: {
        licences: [{ number: `XK08-001-${String(10000 + int(89999))}`, product: "燃气灶具", issuedOn: day(-400), expiresOn: day(1400) }],
        cccCertificates: [{ number: String(2020010000000000 + int(99999999)), product: "家用燃气灶", status: "有效" }],
        mandatoryStandard: true,
        gasAppliance: true,
      },
      people,
      assessments: [{ personId: "p2", date: day(100), passed: true, score: 80 + int(20) }],
      riskEvents,
      creditRisk: { grade: pick(["A", "B", "C"]), asOf: day(240) },
      inspections: [
        { id: "i1", date: day(150), kind: "onsite", findings: "现场检查未发现问题" },
        { id: "i2", date: day(380), kind: "sampling" },
      ],
      assignments: [
        { official: person(), department: "江宁分局", from: day(0), recordedOn: day(3) },
        { official: person(), department: "江宁分局", from: day(365), recordedOn: day(369) },
      ],
      records,
      platformEntry: { enteredOn: day(200) },
    });
  }
  return units;
}

/** Median of a list of numbers. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The measured times, in microseconds per unit: medians, and minima over the rounds. */
export interface ValidateBenchResult {
  units: number;
  oursMicros: number;
  ajvMicros: number;
  ratio: number;
  oursMinMicros: number;
  ajvMinMicros: number;
  minRatio: number;
}

const ROUNDS = 21;

/**
 * Runs the benchmark and prints per-unit times and the ratio.
 *
 * @param count - How many units to generate (default 2,000).
 * @returns The medians and minima over the timed rounds.
 */
export function run(count = 2_000): ValidateBenchResult {
  const units = generateUnits(count);
  const schemaPath = fileURLToPath(new URL("../schemas/unit.schema.json", import.meta.url));
  const ajv = new Ajv2020({ strict: true });
  addFormats.default(ajv);
  const ajvValidate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")) as object);

  // Both must accept every unit, or the comparison means nothing.
  for (const unit of units) {
    const ours = validate("unit", unit);
    if (!ours.ok) throw new Error(`generated unit ${String(unit["id"])} is invalid: ${JSON.stringify(ours.issues)}`);
    if (!ajvValidate(unit)) throw new Error(`ajv rejects generated unit ${String(unit["id"])}: ${JSON.stringify(ajvValidate.errors)}`);
  }

  let sink = 0;
  const timeOurs = (): number => {
    const t0 = performance.now();
    for (const unit of units) if (validate("unit", unit).ok) sink++;
    return ((performance.now() - t0) * 1000) / units.length;
  };
  const timeAjv = (): number => {
    const t0 = performance.now();
    for (const unit of units) if (ajvValidate(unit)) sink++;
    return ((performance.now() - t0) * 1000) / units.length;
  };

  // Warm-up: let the JIT settle on both.
  for (let i = 0; i < 5; i++) {
    timeOurs();
    timeAjv();
  }
  // Timed rounds, alternating which goes first. The machine is shared (other jobs may run),
  // so report the median and the minimum (the least disturbed round) of each.
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      ours.push(timeOurs());
      theirs.push(timeAjv());
    } else {
      theirs.push(timeAjv());
      ours.push(timeOurs());
    }
  }
  if (sink === 0) throw new Error("unreachable");

  const result: ValidateBenchResult = {
    units: count,
    oursMicros: median(ours),
    ajvMicros: median(theirs),
    ratio: median(ours) / median(theirs),
    oursMinMicros: Math.min(...ours),
    ajvMinMicros: Math.min(...theirs),
    minRatio: Math.min(...ours) / Math.min(...theirs),
  };
  const avg = (key: string): string => (units.reduce((n, u) => n + (u[key] as unknown[]).length, 0) / units.length).toFixed(1);
  const us = (n: number): string => n.toFixed(1).padStart(8);
  console.log(`validate("unit") vs ajv 2020 (schemas/unit.schema.json): ${count} units, each ~${avg("people")} people, ~${avg("riskEvents")} risk events, ~${avg("records")} records; ${ROUNDS} rounds`);
  console.log(`                    median µs/unit     min µs/unit`);
  console.log(`  validate("unit")  ${us(result.oursMicros)}         ${us(result.oursMinMicros)}   (form + USCC checksum + cross-field rules + parsed copy)`);
  console.log(`  ajv               ${us(result.ajvMicros)}         ${us(result.ajvMinMicros)}   (form only)`);
  console.log(`  ratio ours/ajv    ${result.ratio.toFixed(2).padStart(7)}×         ${result.minRatio.toFixed(2).padStart(7)}×   (target ≤ 2×: ${result.ratio <= 2 ? "met" : "MISSED"})`);
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const count = Number(process.argv[2] ?? 2_000);
  run(Number.isInteger(count) && count > 0 ? count : 2_000);
}
