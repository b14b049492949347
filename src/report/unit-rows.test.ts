import { readFileSync } from "node:fs";
import { startOfISOWeek, format, parseISO, addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import { checklistItems, DatasetSchema, getChecklistTemplate, obligations, type Dataset } from "../index";
import { buildSupervisionReport } from "./build-supervision-report";
import { ReportOptionsError } from "./errors";
import { reportUnitDetail } from "./report-unit-detail";

// The bundled demo as of 2026-11-20 (examples/nanjing-demo.md says what each unit shows).
const demo = DatasetSchema.parse(JSON.parse(readFileSync(new URL("../../examples/nanjing-demo.json", import.meta.url), "utf8"))) as Dataset;
const asOf = "2026-11-20";
const MECHANISM = new Set(["daily-record", "weekly-record", "monthly-record"]);

describe("buildSupervisionReport with units", () => {
  const plain = buildSupervisionReport(demo.units, { asOf });
  const summary = buildSupervisionReport(demo.units, { asOf, units: "summary" });
  const detail = buildSupervisionReport(demo.units, { asOf, units: "detail" });

  it("adds units and breakdown only, leaving the rest of the report as it is", () => {
    expect(plain.units).toBeUndefined();
    expect(plain.breakdown).toBeUndefined();
    const { units: _u, breakdown: _b, ...rest } = summary;
    expect(rest).toEqual(plain);
    expect(summary.units!.every((u) => u.detail === undefined)).toBe(true);
    expect(detail.units!.map(({ detail: _d, ...row }) => row)).toEqual(summary.units);
  });

  it("lists every unit in input order with its own rows of the report", () => {
    const units = summary.units!;
    expect(units.map((u) => u.id)).toEqual(demo.units.map((u) => u.id));
    const count = (rows: { id: string }[], id: string) => rows.filter((r) => r.id === id).length;
    for (const u of units) {
      const d = demo.units.find((x) => x.id === u.id)!;
      expect([u.name, u.roles, u.district]).toEqual([d.name, d.roles, d.district ?? null]);
      expect(u.level).toBe(plain.levels.find((l) => l.units.some((x) => x.id === u.id))!.level);
      expect(u.overdue).toBe(count(plain.obligations.overdue, u.id));
      expect(u.upcoming).toBe(count(plain.obligations.upcoming, u.id));
      expect(u.unknown).toBe(count(plain.obligations.unknown, u.id));
      expect(u.findings).toBe(count(plain.findings, u.id));
      expect(u.mechanismGaps).toBe(plain.mechanism.units.some((m) => m.id === u.id));
      const rows = [...plain.obligations.overdue, ...plain.obligations.upcoming, ...plain.obligations.unknown, ...plain.findings].filter((r) => r.id === u.id);
      expect(u.departments).toEqual([...new Set(rows.map((r) => r.department))].sort());
      // The next due: the earliest open obligation other than the daily / weekly / monthly records.
      const open = obligations(d, { asOf }).filter((o) => o.status === "open" && !MECHANISM.has(o.kind)).sort((a, b) => (a.dueOn! < b.dueOn! ? -1 : 1));
      expect(u.nextDue?.dueOn).toBe(open[0]?.dueOn);
    }
  });

  it("gives NJ03 its panel: special for three major risks within two years (二（七）), with the clause", () => {
    const nj03 = detail.units!.find((u) => u.id === "NJ03")!;
    expect(nj03.level).toBe("special");
    // examples/nanjing-demo.md: exactly three major risks inside the window (2025-01-08, 2025-09-16, 2026-05-27).
    const fired = nj03.detail!.reasons.filter((r) => r.fired);
    expect(fired[0]).toMatchObject({ rule: "special.major-risks", facts: ["R2", "R3", "R4"], citation: { document: "宁市监质监〔2023〕146号", clause: "二（七）" } });
    expect(fired[0]!.citation.quote).toContain("近2年内发现3次及以上重大质量安全风险");
    // Every rule considered is listed, the fired ones first.
    const firedFlags = nj03.detail!.reasons.map((r) => r.fired);
    expect(firedFlags).toEqual([...firedFlags].sort((a, b) => Number(b) - Number(a)));
    // The history covers the two years to the as-of date without a gap; the last stretch is today's level.
    const h = nj03.detail!.history;
    expect(h[0]!.from).toBe("2024-11-20");
    expect(h.at(-1)).toMatchObject({ to: asOf, level: "special" });
    for (let i = 1; i < h.length; i++) expect(h[i]!.from).toBe(format(addDays(parseISO(h[i - 1]!.to), 1), "yyyy-MM-dd"));
    // Special since the third major risk (2026-05-27).
    expect(h.find((s) => s.level === "special")!.from).toBe("2026-05-27");
  });

  it("gives each unit its agenda, findings, gaps and the prefill of each role's checklist", () => {
    for (const u of detail.units!) {
      const d = demo.units.find((x) => x.id === u.id)!;
      expect(u.detail!.agenda).toHaveLength(obligations(d, { asOf }).length);
      expect(u.detail!.findings).toHaveLength(u.findings);
      expect(u.detail!.mechanism !== undefined).toBe(u.mechanismGaps);
      expect(u.detail!.prefill.map((p) => p.template)).toEqual(d.roles.map((r) => (r === "producer" ? "producer-tasks" : "seller-tasks")));
      for (const p of u.detail!.prefill) {
        expect(p.items).toBe(checklistItems(getChecklistTemplate(p.template as "producer-tasks")).length);
        expect(p.answered.yes + p.answered.no + p.answered.na + p.unanswered).toBe(p.items);
        expect(p.failed).toHaveLength(p.answered.no);
        // The month before the as-of month (附件2 2.1–2.3 default period).
        expect(p.period).toEqual({ start: "2026-10-01", end: "2026-10-31" });
      }
    }
  });

  it("reportUnitDetail gives the same row as the builder", () => {
    const nj09 = demo.units.find((u) => u.id === "NJ09")!;
    expect(reportUnitDetail(nj09, { asOf })).toEqual(detail.units!.find((u) => u.id === "NJ09"));
  });

  it("keeps at most keep unit rows, the breakdown complete", () => {
    const kept = buildSupervisionReport(demo.units, { asOf, units: "summary", keep: 3 });
    expect(kept.units!.map((u) => u.id)).toEqual(demo.units.slice(0, 3).map((u) => u.id));
    expect(kept.breakdown).toEqual(summary.breakdown);
  });

  it("refuses an unknown units value", () => {
    expect(() => buildSupervisionReport([], { asOf, units: "all" as never })).toThrow(ReportOptionsError);
  });
});

describe("report.breakdown", () => {
  const r = buildSupervisionReport(demo.units, { asOf, units: "summary", upcomingDays: 30 });
  const b = r.breakdown!;

  it("counts units per level and role from the data (a unit with both roles in both)", () => {
    for (const l of b.levels) {
      const ids = new Set(r.levels.find((x) => x.level === l.level)!.units.map((u) => u.id));
      const units = demo.units.filter((u) => ids.has(u.id));
      expect([l.units, l.producers, l.sellers]).toEqual([units.length, units.filter((u) => u.roles.includes("producer")).length, units.filter((u) => u.roles.includes("seller")).length]);
    }
  });

  it("adds up to the report's totals by department, district and kind", () => {
    const sum = (xs: { overdue: number }[]) => xs.reduce((a, x) => a + x.overdue, 0);
    expect(sum(b.departments)).toBe(r.totals.overdue);
    expect(sum(b.districts)).toBe(r.totals.overdue);
    expect(b.departments.reduce((a, d) => a + d.findings, 0)).toBe(r.totals.findings);
    expect(b.districts.reduce((a, d) => a + d.upcoming, 0)).toBe(r.totals.upcoming);
    expect(b.districts.reduce((a, d) => a + d.units, 0)).toBe(r.totals.units);
    expect(b.overdueByKind.reduce((a, k) => a + k.count, 0)).toBe(r.totals.overdue);
    // Districts by code; each carries the demo's units in it.
    for (const d of b.districts) expect(d.units).toBe(demo.units.filter((u) => (u.district ?? null) === d.district).length);
    expect(b.districts.map((d) => d.district)).toEqual([...b.districts.map((d) => d.district)].sort());
  });

  it("puts open obligations due in the next 90 days in their ISO week (date-fns as the oracle)", () => {
    const expected = new Map<string, number>();
    const end = format(addDays(parseISO(asOf), 90), "yyyy-MM-dd");
    for (const u of demo.units) {
      for (const o of obligations(u, { asOf })) {
        if (o.status !== "open" || o.dueOn === null || MECHANISM.has(o.kind) || o.dueOn <= asOf || o.dueOn > end) continue;
        const monday = format(startOfISOWeek(parseISO(o.dueOn)), "yyyy-MM-dd");
        expected.set(monday, (expected.get(monday) ?? 0) + 1);
      }
    }
    expect(b.timelineDays).toBe(90);
    expect(b.dueByWeek[0]!.start).toBe(format(startOfISOWeek(parseISO("2026-11-21")), "yyyy-MM-dd"));
    expect(b.dueByWeek.at(-1)!.end >= end).toBe(true);
    for (const w of b.dueByWeek) {
      expect(w.count).toBe(expected.get(w.start) ?? 0);
      expect(w.unit + w.regulator).toBe(w.count);
    }
    expect([...expected.keys()].every((k) => b.dueByWeek.some((w) => w.start === k))).toBe(true);
  });
});
