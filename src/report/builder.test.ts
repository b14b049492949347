import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chinaCalendar, DatasetSchema, extendCalendar, nanjing2023, obligations, UnitSchema, type Dataset, type Unit } from "../index";
import { buildSupervisionReport } from "./build-supervision-report";
import { createReportBuilder, type BuildSupervisionReportOptions } from "./builder";
import { ReportOptionsError } from "./errors";
import type { SupervisionReport } from "./types";

// The bundled demo, as of 2026-11-20; what each unit shows is in examples/nanjing-demo.md, and
// which department handles what in 宁市监质监〔2023〕146号 附件1 三、成员处室（单位）职责分工.
const demo = DatasetSchema.parse(JSON.parse(readFileSync(new URL("../../examples/nanjing-demo.json", import.meta.url), "utf8"))) as Dataset;

function report(options: Partial<BuildSupervisionReportOptions> = {}): SupervisionReport {
  return buildSupervisionReport(demo.units, { asOf: "2026-11-20", ...options });
}
const keys = (rows: { id: string; code?: string; kind?: string }[]) => rows.map((r) => `${r.id} ${r.code ?? r.kind}`);

describe("buildSupervisionReport by department", () => {
  const byLevel = report();
  const byDept = report({ groupBy: "department" });
  const groups = byDept.byDepartment!;

  it("adds byDepartment only when asked, and leaves the rest of the report as it is", () => {
    expect(byLevel.byDepartment).toBeUndefined();
    const { byDepartment: _, ...rest } = byDept;
    expect(rest).toEqual(byLevel);
  });

  it("orders the departments as the policy lists them and leaves out those with nothing", () => {
    const order = Object.keys(nanjing2023.departments.members);
    const ids = Object.keys(groups);
    expect(ids).toEqual(order.filter((id) => ids.includes(id)));
    for (const g of Object.values(groups)) {
      expect(g.totals.overdue + g.totals.upcoming + g.totals.unknown + g.totals.mechanismGaps + g.totals.findings).toBeGreaterThan(0);
    }
  });

  it("puts every obligation and finding row under exactly the department the row names", () => {
    for (const list of ["overdue", "upcoming", "findings"] as const) {
      const all = list === "findings" ? byLevel.findings : byLevel.obligations[list];
      const grouped = Object.values(groups).flatMap((g) => g[list].map((r) => ({ ...r, group: g.department })));
      expect(grouped).toHaveLength(all.length);
      for (const r of grouped) expect(r.department).toBe(r.group);
    }
    // Nanjing routes daily, weekly and monthly records alike: each gap row appears once.
    expect(Object.values(groups).flatMap((g) => g.mechanism)).toHaveLength(byLevel.mechanism.units.length);
  });

  it("puts NJ09's recall (obligation and finding) under 质量发展处, 附件1 三（五）", () => {
    const g = groups["quality-development"]!;
    expect(g.name).toBe("质量发展处");
    expect(g.duties.map((d) => d.citation.clause)).toEqual(["附件1 三（五）"]);
    expect(keys(g.overdue)).toContain("NJ09 recall");
    expect(keys(g.findings)).toContain("NJ09 recall-not-started");
  });

  it("puts NJ17's missing director and NJ22's missing officer under 执法协调处, 附件1 三（七）", () => {
    const g = groups["enforcement-coordination"]!;
    expect(g.name).toBe("执法协调处");
    expect(keys(g.findings)).toEqual(expect.arrayContaining(["NJ17 vacant-director", "NJ22 vacant-officer", "NJ07 vacant-director"]));
    expect(keys(g.overdue)).toEqual(expect.arrayContaining(["NJ17 staffing-director", "NJ22 staffing-officer"]));
    // The stated route (三（七） names 配备…质量安全总监、质量安全员) comes first.
    expect(g.duties[0]!.citation).toMatchObject({ clause: "附件1 三（七）" });
    expect(g.duties[0]!.citation.reading).toBeUndefined();
  });

  it("keeps at most `keep` rows per department and list, counting them all", () => {
    const cut = report({ groupBy: "department", keep: 1 }).byDepartment!;
    for (const [id, g] of Object.entries(cut)) {
      expect(g.totals).toEqual(groups[id]!.totals);
      expect(g.overdue.length).toBe(Math.min(1, g.totals.overdue));
      expect(g.findings.length).toBe(Math.min(1, g.totals.findings));
      if (g.overdue.length) expect(g.overdue[0]!.dueOn).toBe(groups[id]!.overdue[0]!.dueOn); // the earliest due
    }
  });
});

const NANJING_DISTRICT_NAMES: Record<string, string> = {
  "320102": "玄武区",
  "320104": "秦淮区",
  "320105": "建邺区",
  "320106": "鼓楼区",
  "320111": "浦口区",
  "320113": "栖霞区",
  "320114": "雨花台区",
  "320115": "江宁区",
  "320116": "六合区",
  "320117": "溧水区",
  "320118": "高淳区",
};

describe("buildSupervisionReport by district", () => {
  const byLevel = report();
  const byDistrict = report({ groupBy: "district" }).byDistrict!;
  // Each demo unit's district code, read from the data set itself.
  const districtOf = new Map(demo.units.map((u) => [u.id, u.district]));

  it("puts every row under its unit's district (GB/T 2260 code), codes ascending", () => {
    const codes = Object.keys(byDistrict);
    expect(codes).toEqual([...codes].sort());
    for (const [code, g] of Object.entries(byDistrict)) {
      expect(g.district).toBe(code);
      // Nanjing's districts (issue 15, 7: "320102 玄武区, 320104 秦淮区, 320105 建邺区, 320106 鼓楼区,
      // 320111 浦口区, 320113 栖霞区, 320114 雨花台区, 320115 江宁区, 320116 六合区, 320117 溧水区, 320118 高淳区").
      expect(g.name).toBe(NANJING_DISTRICT_NAMES[code]);
      // Every unit is counted in its district, rows or not.
      expect(g.units).toBe(demo.units.filter((u) => u.district === code).length);
      for (const r of [...g.overdue, ...g.upcoming, ...g.unknown, ...g.mechanism, ...g.findings]) expect(districtOf.get(r.id)).toBe(code);
    }
    for (const list of ["overdue", "upcoming", "findings"] as const) {
      const all = list === "findings" ? byLevel.findings : byLevel.obligations[list];
      expect(Object.values(byDistrict).flatMap((g): { id: string }[] => g[list])).toHaveLength(all.length);
    }
    expect(Object.values(byDistrict).flatMap((g) => g.mechanism)).toHaveLength(byLevel.mechanism.units.length);
  });

  it("puts units without a district under the key \"\" (district null), last", () => {
    const units = demo.units.slice(0, 3).map((u, i): Unit => (i === 0 ? { ...u, district: undefined } : i === 1 ? { ...u, district: "" } : u));
    const groups = buildSupervisionReport(units, { asOf: "2026-11-20", groupBy: "district" }).byDistrict!;
    const codes = Object.keys(groups);
    expect(codes.at(-1)).toBe("");
    expect(groups[""]!.district).toBeNull();
    const ids = new Set([...groups[""]!.overdue, ...groups[""]!.mechanism, ...groups[""]!.findings].map((r) => r.id));
    expect([...ids].every((id) => id === units[0]!.id || id === units[1]!.id)).toBe(true);
  });
});

describe("the row of an obligation names the reason that decided it", () => {
  it("takes the detail from the reason whose rule is the obligation's decidedBy", () => {
    const rows = [...report().obligations.overdue, ...report({ upcomingDays: 41 }).obligations.upcoming];
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      const unit = demo.units.find((u) => u.id === row.id)!;
      const o = obligations(unit, { asOf: "2026-11-20" }).find((x) => x.kind === row.kind && x.dueOn === row.dueOn)!;
      const deciding = o.reasons.find((r) => r.rule === o.decidedBy);
      expect(deciding, `${row.id} ${row.kind}: decidedBy ${o.decidedBy} names no reason`).toBeDefined();
      expect([row.detail, row.detailEn]).toEqual([deciding!.message, deciding!.messageEn]);
    }
  });
});

// Issue 12's example: a valid unit whose responsible official changed on 2026-12-28; the
// five working days (宁市监质监〔2023〕146号 二（七）) run into 2027, whose holiday notice the
// calendar does not hold yet.
const LATE_DECEMBER = UnitSchema.parse({
  id: "U1",
  name: "南京某阀门厂",
  uscc: "91350100M000100Y43",
  roles: ["producer"],
  district: "320105",
  products: { licences: [{ number: "XK13-011-00001", product: "阀门" }], cccCertificates: [], mandatoryStandard: true, gasAppliance: true, foodContact: false },
  // Three major risks within two years: special supervision (宁市监质监〔2023〕146号 二（七）).
  riskEvents: [
    { id: "r1", date: "2025-09-01", severity: "major", kind: "sampling-failure" },
    { id: "r2", date: "2026-03-01", severity: "major", kind: "verified-complaint" },
    { id: "r3", date: "2026-06-01", severity: "major", kind: "media-exposure" },
  ],
  assignments: [
    { official: "张三", from: "2026-01-05", recordedOn: "2026-01-05" },
    { official: "李四", from: "2026-12-28", recordedOn: "2027-01-08" },
  ],
});

describe("obligations that cannot be computed yet", () => {
  it("lists the official change as unknown with the missing year, and keeps the unit everywhere else", () => {
    const r = buildSupervisionReport([LATE_DECEMBER], { asOf: "2026-12-31" });
    expect(r.totals).toMatchObject({ units: 1, invalid: 0 });
    expect(r.levels.find((l) => l.level === "special")!.units.map((u) => u.id)).toEqual(["U1"]);
    expect(r.annualLists.producers.special.map((e) => e.id)).toEqual(["U1"]);
    const unknown = r.obligations.unknown.filter((u) => u.kind === "official-change");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ id: "U1", owedBy: "regulator", missingYears: [2027], department: "quality-supervision" });
    expect(unknown[0]!.message).toContain("2027");
    expect(r.totals.unknown).toBe(r.obligations.unknown.length);
    expect(r.calendar).toEqual({ id: chinaCalendar.id, coverage: { start: "2023-01-01", end: "2026-12-31" }, missingYears: [2027] });
    // Not a finding: whether the change was recorded late cannot be known yet.
    expect(r.findings.filter((f) => f.code.startsWith("official-change"))).toEqual([]);
    expect(r.obligations.overdue.concat(r.obligations.upcoming).filter((o) => o.kind === "official-change")).toEqual([]);
  });

  it("answers everything computable as of 2027-01-15 and counts the days of January it could not judge", () => {
    const r = buildSupervisionReport([LATE_DECEMBER], { asOf: "2027-01-15" });
    expect(r.totals).toMatchObject({ units: 1, invalid: 0 });
    expect(r.calendar.missingYears).toEqual([2027]);
    expect(r.obligations.unknown.map((u) => u.kind)).toEqual(expect.arrayContaining(["official-change", "daily-record"]));
    // 2027-W01 (Jan 4–10) has no weekly report: a gap that needs no calendar; Jan 1–15 could not be judged for daily records.
    const row = r.mechanism.units.find((u) => u.id === "U1")!;
    expect(row.weekly).toContain("2027-W01");
    expect(row.unknownDays).toBe(15);
  });

  it("passes the calendar through: with a 2027 year added, the change is due on 2027-01-05 and nothing is unknown", () => {
    // A synthetic 2027: only New Year's Day off. 2026-12-28 + 5 working days: Dec 29, 30, 31, Jan 4, Jan 5.
    const calendar = extendCalendar(chinaCalendar, { year: 2027, offDays: ["2027-01-01"], workingWeekendDays: [], source: { title: "test year", publishedOn: "2026-11-01" } });
    const r = buildSupervisionReport([LATE_DECEMBER], { asOf: "2026-12-31", calendar });
    expect(r.obligations.unknown).toEqual([]);
    expect(r.calendar.missingYears).toEqual([]);
    expect(r.calendar.coverage.end).toBe("2027-12-31");
    expect(r.obligations.upcoming.filter((o) => o.kind === "official-change").map((o) => [o.dueOn, o.days])).toEqual([["2027-01-05", 5]]);
  });
});

describe("createReportBuilder", () => {
  it("gives the same report as buildSupervisionReport", () => {
    const b = createReportBuilder({ asOf: "2026-11-20" });
    for (const u of demo.units) expect(b.add(u)).toBe(true);
    expect(b.finish()).toEqual(report());
  });

  it("has library defaults for the generator, source and as-of origin", () => {
    const r = report();
    expect(r.generator.name).toBe("quality-safety-duty");
    expect(r.source).toBe("");
    expect(r.asOfFrom).toBe("option");
    expect(report({ generator: { name: "qsd", version: "9.9.9" }, source: "demo.json", asOfFrom: "dataset" })).toMatchObject({ generator: { name: "qsd", version: "9.9.9" }, source: "demo.json", asOfFrom: "dataset" });
  });

  it("lists a repeated unit id as an invalid record at the given location, and keeps the first", () => {
    const b = createReportBuilder({ asOf: "2026-11-20" });
    const unit = demo.units[0]!;
    expect(b.add(unit)).toBe(true);
    expect(b.add({ ...unit, name: "改名" }, { file: "x.ndjson", index: 1, line: 2, pointer: "", id: unit.id })).toBe(false);
    const r = b.finish();
    expect(r.totals).toMatchObject({ records: 2, units: 1, invalid: 1 });
    expect(r.invalid).toEqual([
      {
        location: { file: "x.ndjson", index: 1, line: 2, pointer: "", id: unit.id },
        kind: "invalid",
        issues: [
          {
            path: "/id",
            code: "duplicate_id",
            params: { list: "units", received: unit.id, path: "#1" },
            message: `units 中的标识"${unit.id}"重复（首次出现于 #1）`,
            messageEn: `Duplicate id "${unit.id}" in units (first at #1)`,
          },
        ],
        firstLocation: { file: "", index: 0, pointer: "", id: unit.id },
      },
    ]);
    expect(r.levels.flatMap((l) => l.units).map((u) => u.name)).toEqual([unit.name]);
  });

  it("keeps at most `keep` rows per list and counts them all", () => {
    const all = report();
    const cut = report({ keep: 2 });
    expect(cut.rowsKept).toBe(2);
    expect(cut.totals).toEqual(all.totals);
    expect(cut.obligations.overdue).toEqual(all.obligations.overdue.slice(0, 2));
    expect(cut.findings).toEqual(all.findings.slice(0, 2));
    for (const l of cut.levels) expect(l.units.length).toBe(Math.min(2, l.count));
  });

  it("refuses unusable options with a typed error naming the option", () => {
    for (const [field, options] of [
      ["keep", { keep: 0 }],
      ["keep", { keep: 1.5 }],
      ["upcomingDays", { upcomingDays: -1 }],
      ["groupBy", { groupBy: "city" }],
      ["asOfFrom", { asOfFrom: "yesterday" }],
    ] as const) {
      let error: unknown;
      try {
        createReportBuilder({ asOf: "2026-11-20", ...(options as object) });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ReportOptionsError);
      expect((error as ReportOptionsError).field).toBe(field);
      expect((error as ReportOptionsError).messageZh).toContain(field);
    }
  });
});
