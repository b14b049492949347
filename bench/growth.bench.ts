/**
 * Growth in a unit's list lengths: every function that reads a unit's lists (people,
 * assessments, risk events, defects, assignments, inspections, records, licences,
 * certificates) is timed on one unit at 1×, 10×, 100× and 1,000× the list lengths of a
 * typical unit, and the growth ratio of each step is printed. A linear function grows 10×
 * per step, an n log n one a little more, a quadratic one (a nested loop over two lists)
 * 100×. The run fails (exit code 1) when the whole span 10× → 1,000× grows more than
 * n log n allows, with a margin for cache effects: `100 × log(n₁₀₀₀) / log(n₁₀) × 1.5`.
 *
 *   npx tsx bench/growth.bench.ts [scales]     (default 1,10,100,1000)
 *
 * The lists keep their meaning as they grow: dates spread over 2023-10-01 … 2026-11-20,
 * assessments and records name people of the unit, assignments stay oldest first.
 */
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { getChecklistTemplate, prefillChecklist } from "../src/checklists";
import { fromDayNumber, toDayNumber } from "../src/dates";
import { dataEntryDeadline, mechanismGaps, scopeWithReasons, staffingFindings, staffingRequirements, staffingVacancies, unitSize } from "../src/duties";
import { UnitSchema, type Unit } from "../src/entities";
import { obligations } from "../src/obligations";
import { createReportBuilder } from "../src/report";
import { buildAnnualLists, classifyUnit, onsiteInspectionStatus, supervisionFindings, tierHistory } from "../src/supervision";
import { validate } from "../src/validation";
import { mulberry32, randomNanjingUscc } from "./_random";

const AS_OF = "2026-11-20";
const FIRST = toDayNumber("2023-10-01");
const SPAN = toDayNumber(AS_OF) - FIRST;

/** A typical unit's list lengths (×1). */
const BASE = { people: 4, assessments: 4, riskEvents: 4, defects: 2, assignments: 3, inspections: 3, records: 12, licences: 1, ccc: 1 };

/** The raw JSON of a producer-and-seller unit whose lists are `scale` × {@link BASE}. */
export function unitInput(scale: number, seed = 14): Record<string, unknown> {
  const random = mulberry32(seed + scale);
  const day = () => fromDayNumber(FIRST + random.int(SPAN));
  const roles = ["principal", "director", "officer"] as const;
  const people = Array.from({ length: BASE.people * scale }, (_, i) => {
    const from = fromDayNumber(FIRST - 400 + random.int(SPAN));
    const p: Record<string, unknown> = { id: `p${i}`, name: `人员${i}`, role: roles[i % 3], from, phone: "025-00000000" };
    if (i % 4 === 3) p.to = fromDayNumber(toDayNumber(from) + 30 + random.int(300));
    return p;
  });
  const pid = () => `p${random.int(people.length)}`;
  const assignments = Array.from({ length: BASE.assignments * scale }, (_, i) => i)
    .map(() => day())
    .sort()
    .map((from, i) => ({ official: `监管员${i}`, department: "质量监督科", from, recordedOn: fromDayNumber(toDayNumber(from) + random.int(10)) }));
  const severities = ["major", "significant", "minor"] as const;
  const kinds = ["sampling-failure", "verified-complaint", "media-exposure", "risk-monitoring", "inspection-finding", "enforcement", "accident", "other"] as const;
  return {
    id: `G${scale}`,
    name: "南京增长测试电器有限公司",
    uscc: randomNanjingUscc(random),
    roles: ["producer", "seller"],
    size: "medium",
    layer: "B",
    district: "320102",
    products: {
      licences: Array.from({ length: BASE.licences * scale }, (_, i) => ({ number: `XK08-001-${String(i).padStart(5, "0")}`, product: "燃气灶具", issuedOn: day(), expiresOn: "2028-12-31" })),
      cccCertificates: Array.from({ length: BASE.ccc * scale }, (_, i) => ({ number: String(2023010000000000 + i), product: "电器", issuedOn: day() })),
      mandatoryStandard: true,
      gasAppliance: true,
      foodContact: false,
    },
    people,
    assessments: Array.from({ length: BASE.assessments * scale }, () => ({ personId: pid(), date: day(), passed: random() < 0.6, score: 60 + random.int(40) })),
    riskEvents: Array.from({ length: BASE.riskEvents * scale }, (_, i) => ({ id: `r${i}`, date: day(), severity: severities[random.int(3)], kind: kinds[random.int(kinds.length)], ...(random() < 0.5 ? {} : { closedOn: AS_OF }) })),
    creditRisk: { grade: "B", asOf: "2025-06-30" },
    defects: Array.from({ length: BASE.defects * scale }, (_, i) => ({ id: `d${i}`, confirmedOn: day(), ...(random() < 0.5 ? { recallStartedOn: AS_OF } : {}) })),
    assignments,
    inspections: Array.from({ length: BASE.inspections * scale }, (_, i) => ({ id: `i${i}`, date: day(), kind: (["onsite", "document", "sampling"] as const)[i % 3] })),
    records: Array.from({ length: BASE.records * scale }, (_, i) => ({ kind: (["daily", "weekly", "monthly"] as const)[i % 3], date: day(), byPersonId: pid(), zeroRisk: true })),
    platformEntry: { enteredOn: "2023-12-20" },
  };
}

/** The functions timed, each on one parsed unit. */
const FUNCTIONS: readonly { name: string; run: (unit: Unit, raw: unknown) => unknown }[] = [
  { name: 'validate("unit")', run: (_u, raw) => validate("unit", raw) },
  { name: "classifyUnit", run: (u) => classifyUnit(u, { asOf: AS_OF }) },
  { name: "obligations", run: (u) => obligations(u, { asOf: AS_OF }) },
  { name: "mechanismGaps (2026)", run: (u) => mechanismGaps(u, { from: "2026-01-01", to: AS_OF }) },
  { name: "staffingRequirements", run: (u) => staffingRequirements(u) },
  { name: "staffingVacancies", run: (u) => staffingVacancies(u, { asOf: AS_OF }) },
  { name: "staffingFindings", run: (u) => staffingFindings(u, { asOf: AS_OF }) },
  { name: "scopeWithReasons", run: (u) => scopeWithReasons(u, { asOf: AS_OF }) },
  { name: "unitSize", run: (u) => unitSize(u) },
  { name: "dataEntryDeadline", run: (u) => dataEntryDeadline(u) },
  { name: "tierHistory", run: (u) => tierHistory(u, { from: "2023-10-01", to: AS_OF }) },
  { name: "onsiteInspectionStatus", run: (u) => onsiteInspectionStatus(u, { asOf: AS_OF }) },
  { name: "supervisionFindings", run: (u) => supervisionFindings(u, { asOf: AS_OF }) },
  { name: "buildAnnualLists (any-time)", run: (u) => buildAnnualLists([u], { year: 2026, asOf: AS_OF, mode: "any-time" }) },
  { name: "prefillChecklist (producer)", run: (u) => prefillChecklist(getChecklistTemplate("producer-tasks"), u, { asOf: AS_OF }) },
  { name: "prefillChecklist (seller)", run: (u) => prefillChecklist(getChecklistTemplate("seller-tasks"), u, { asOf: AS_OF }) },
  { name: "report builder add", run: (u) => createReportBuilder({ asOf: AS_OF, keep: 50 }).add(u) },
];

/**
 * Milliseconds per call: the best of five runs, each repeated for at least `minMs / 5` (at
 * least once). The best, not the mean: the machine may be busy with other work, which only
 * ever adds time.
 */
function time(body: () => unknown, minMs: number): number {
  body(); // warm up
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    let calls = 0;
    const start = performance.now();
    let now = start;
    do {
      body();
      calls++;
      now = performance.now();
    } while (now - start < minMs / 5);
    best = Math.min(best, (now - start) / calls);
  }
  return best;
}

/** One function's times at each scale and whether it stays within n log n. */
export interface GrowthRow {
  name: string;
  /** ms per call, one per scale. */
  ms: number[];
  /** t(scale[i+1]) / t(scale[i]). */
  ratios: number[];
  /** t(last) / t(second): the span the verdict reads. */
  span: number;
  /** What n log n allows over that span, with the margin. */
  bound: number;
  ok: boolean;
}

/**
 * Times every function at each scale and prints the table.
 *
 * @param scales - List-length multipliers (default 1, 10, 100, 1000).
 * @returns One row per function.
 */
export function run(scales: readonly number[] = [1, 10, 100, 1000]): GrowthRow[] {
  const units = scales.map((s) => {
    const raw = unitInput(s);
    return { raw, unit: UnitSchema.parse(raw), items: Object.values(BASE).reduce((a, b) => a + b, 0) * s };
  });
  const rows: GrowthRow[] = [];
  for (const f of FUNCTIONS) {
    const ms = units.map(({ unit, raw }) => time(() => f.run(unit, raw), 200));
    const ratios = ms.slice(1).map((t, i) => t / ms[i]!);
    // The verdict reads the span from the second scale to the last (the first is dominated by fixed costs).
    const lo = units.length > 2 ? 1 : 0;
    const n0 = units[lo]!.items;
    const n1 = units[units.length - 1]!.items;
    const span = ms[ms.length - 1]! / ms[lo]!;
    const bound = (n1 / n0) * (Math.log(n1) / Math.log(n0)) * 1.5;
    rows.push({ name: f.name, ms, ratios, span, bound, ok: span <= bound });
  }
  const head = scales.map((s) => `${s}×`.padStart(10)).join("");
  const steps = scales.slice(1).map((s, i) => `${scales[i]}→${s}`.padStart(11)).join("");
  console.log(`Growth in a unit's list lengths (one unit; ${units.map((u) => u.items.toLocaleString("en-US")).join(" / ")} list items): ms per call, and the growth ratio of each step`);
  console.log(`  a linear function grows 10× per step; n log n a little more; a nested loop over two lists 100×`);
  console.log(`  ${"function".padEnd(30)}${head}${steps}   ${`${scales[scales.length > 2 ? 1 : 0]}→${scales[scales.length - 1]}`.padStart(10)}  bound   verdict`);
  for (const r of rows) {
    console.log(
      `  ${r.name.padEnd(30)}${r.ms.map((t) => t.toFixed(t < 1 ? 4 : 1).padStart(10)).join("")}${r.ratios.map((x) => `${x.toFixed(1)}×`.padStart(11)).join("")}   ${`${r.span.toFixed(0)}×`.padStart(10)}  ${`${r.bound.toFixed(0)}×`.padStart(5)}   ${r.ok ? "≤ n log n" : "TOO FAST GROWTH"}`,
    );
  }
  const bad = rows.filter((r) => !r.ok);
  if (bad.length > 0) {
    console.log(`  FAILED: ${bad.map((r) => r.name).join(", ")} grow faster than n log n`);
    process.exitCode = 1;
  } else console.log("  every function stays within n log n");
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = process.argv[2];
  run(arg === undefined ? undefined : arg.split(",").map(Number));
}
