/**
 * The bundled demo data set (examples/nanjing-demo.json) is a valid `Dataset`, covers the
 * situations examples/nanjing-demo.md promises, and is what scripts/make-demo.ts
 * generates.
 *
 * Expected values come from the plan (宁市监质监〔2023〕146号 一, 二（七）), FACTS.md
 * §2–§5 and the 2026 calendar notice (国庆 10月1日至7日放假, 10月10日（周六）上班;
 * 中秋 9月25日至27日放假), not from the library's calculators.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { DatasetSchema, type Dataset, type Unit } from "../src/entities";
import { parseCccCertificateNumber, parseLicenceNumber, parseOrganizationCode, parseUscc } from "../src/identifiers";

const ROOT = new URL("../", import.meta.url);
const raw: unknown = JSON.parse(readFileSync(new URL("examples/nanjing-demo.json", ROOT), "utf8"));
const parsed = DatasetSchema.safeParse(raw);
const data = parsed.data as Dataset;
const unit = (id: string): Unit => data.units.find((u) => u.id === id)!;

const NANJING_DISTRICTS = ["320102", "320104", "320105", "320106", "320111", "320113", "320114", "320115", "320116", "320117", "320118"];
/** [asOf − 2 years, asOf] for asOf 2026-11-20 (FACTS §3). */
const WINDOW = { start: "2024-11-20", end: "2026-11-20" };
const majorsInWindow = (u: Unit) => u.riskEvents.filter((e) => e.severity === "major" && e.date >= WINDOW.start && e.date <= WINDOW.end);

describe("examples/nanjing-demo.json", () => {
  it("is a valid Dataset as of 2026-11-20 with at least 24 units", () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(data.asOf).toBe("2026-11-20");
    expect(data.units.length).toBeGreaterThanOrEqual(24);
  });

  it("is a pure Dataset: parsing drops nothing (it only fills omitted lists)", () => {
    expect(Object.keys(raw as object).sort()).toEqual(["asOf", "units"]);
    expect(data).toMatchObject(raw as object);
  });

  it("has fictional Nanjing companies with valid codes", () => {
    for (const u of data.units) {
      expect(u.name).toMatch(/^南京演示.+有限公司$/);
      const code = parseUscc(u.uscc);
      expect(code.ok, u.id).toBe(true);
      expect(code.value!.authority + code.value!.type).toBe("91");
      expect(NANJING_DISTRICTS).toContain(u.district);
      expect(code.value!.region).toBe(u.district);
      expect(parseOrganizationCode(code.value!.orgCode).ok, u.id).toBe(true);
      for (const p of u.people) if (p.phone) expect(p.phone).toMatch(/^025-8\d{7}$/);
    }
    expect(new Set(data.units.map((u) => u.district)).size).toBe(NANJING_DISTRICTS.length);
  });

  it("has licence numbers and CCC numbers that parse (CCC body 01 = CQC)", () => {
    const licences = data.units.flatMap((u) => u.products.licences);
    const cccs = data.units.flatMap((u) => u.products.cccCertificates);
    expect(licences.length).toBeGreaterThanOrEqual(3);
    expect(cccs.length).toBeGreaterThanOrEqual(3);
    for (const l of licences) expect(parseLicenceNumber(l.number).ok, l.number).toBe(true);
    expect(licences.some((l) => parseLicenceNumber(l.number).value?.province === "苏")).toBe(true);
    for (const c of cccs) expect(parseCccCertificateNumber(c.number).value?.body, c.number).toBe("01");
  });

  it("covers every size, layer, credit class, both roles and the product groups", () => {
    const u = data.units;
    for (const size of ["large", "medium", "small", "micro"]) expect(u.some((x) => x.size === size), size).toBe(true);
    for (const layer of ["A", "B", "C", "D"]) expect(u.some((x) => x.layer === layer), layer).toBe(true);
    for (const grade of ["A", "B", "C", "D"]) expect(u.some((x) => x.creditRisk?.grade === grade), grade).toBe(true);
    expect(u.some((x) => x.roles.length === 2)).toBe(true);
    expect(u.some((x) => x.products.gasAppliance && x.roles.includes("producer"))).toBe(true);
    expect(u.some((x) => x.products.gasAppliance && x.roles.includes("seller"))).toBe(true);
    expect(u.some((x) => x.products.foodContact && x.roles.includes("producer"))).toBe(true);
  });
});

describe("examples/nanjing-demo.json — the situations nanjing-demo.md relies on", () => {
  it("NJ03 has exactly three major risks inside the window", () => {
    expect(majorsInWindow(unit("NJ03"))).toHaveLength(3);
  });

  it("NJ05's oldest major risk is one day before the window opens (special until 2026-11-19)", () => {
    const majors = unit("NJ05").riskEvents.filter((e) => e.severity === "major").map((e) => e.date).sort();
    expect(majors).toHaveLength(3);
    expect(majors[0]).toBe("2024-11-19");
    expect(majorsInWindow(unit("NJ05"))).toHaveLength(2);
  });

  it("NJ12's three majors start on the day the window opens", () => {
    expect(majorsInWindow(unit("NJ12")).map((e) => e.date)).toContain("2024-11-20");
    expect(majorsInWindow(unit("NJ12"))).toHaveLength(3);
  });

  it("NJ04 is credit class D with no risk events; NJ06 and NJ24 are class C", () => {
    expect(unit("NJ04").creditRisk?.grade).toBe("D");
    expect(unit("NJ04").riskEvents).toEqual([]);
    expect(unit("NJ06").creditRisk?.grade).toBe("C");
    expect(unit("NJ24").creditRisk?.grade).toBe("C");
  });

  it("NJ09 has a confirmed defect with no recall; NJ25's recall started", () => {
    expect(unit("NJ09").defects).toEqual([{ id: "D1", confirmedOn: "2026-09-15" }]);
    expect(unit("NJ25").defects[0]!.recallStartedOn).toBe("2026-07-03");
  });

  it("NJ07's director left with no successor", () => {
    const directors = unit("NJ07").people.filter((p) => p.role === "director");
    expect(directors).toHaveLength(1);
    expect(directors[0]!.to).toBe("2026-09-30");
  });

  it("records a responsible-official change on 2026-04-30 on 2026-05-11 (NJ03, on time) and 2026-05-12 (NJ07, late)", () => {
    // 5月1日至5日放假, 5月9日（周六）上班: 05-06, 05-07, 05-08, 05-09, 05-11 are the 5 working days.
    expect(unit("NJ03").assignments.at(-1)).toMatchObject({ from: "2026-04-30", recordedOn: "2026-05-11" });
    expect(unit("NJ07").assignments.at(-1)).toMatchObject({ from: "2026-04-30", recordedOn: "2026-05-12" });
  });

  it("keeps platform entries on both sides of the plan's deadlines, and some missing", () => {
    const entered = (id: string) => unit(id).platformEntry?.enteredOn;
    expect(entered("NJ02")).toBe("2023-11-30"); // 灶管阀, on the deadline day
    expect(entered("NJ05")).toBe("2023-12-01"); // 灶管阀, a day late
    expect(entered("NJ08")).toBe("2023-12-31"); // licence producer, on the deadline day
    expect(entered("NJ09")).toBe("2024-01-15"); // CCC producer, late
    expect(entered("NJ10")).toBeUndefined();
  });

  it("writes daily records only on official working days, and skips none of them for NJ01", () => {
    const off = new Set(["2026-09-25", "2026-09-26", "2026-09-27", "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"]);
    const workingWeekends = new Set(["2026-09-20", "2026-10-10"]);
    const isWorkingDay = (d: string) => {
      if (off.has(d)) return false;
      if (workingWeekends.has(d)) return true;
      const day = new Date(`${d}T00:00:00Z`).getUTCDay();
      return day !== 0 && day !== 6;
    };
    for (const u of data.units) {
      for (const r of u.records) {
        expect(r.date >= "2026-09-01" && r.date <= "2026-11-20", `${u.id} ${r.date}`).toBe(true);
        if (r.kind === "daily") expect(isWorkingDay(r.date), `${u.id} ${r.date}`).toBe(true);
      }
    }
    // 2026-11-01 is a Sunday: the working days to 11-20 are 11-02..06, 11-09..13, 11-16..20.
    const nj01 = unit("NJ01").records.filter((r) => r.kind === "daily").map((r) => r.date);
    expect(nj01).toHaveLength(15);
    expect(unit("NJ02").records.filter((r) => r.kind === "daily").map((r) => r.date)).not.toContain("2026-11-11");
    // Saturday 2026-10-10 is a working day; NJ05 has no record for it.
    expect(unit("NJ05").records.map((r) => r.date)).not.toContain("2026-10-10");
    expect(unit("NJ05").records.map((r) => r.date)).toContain("2026-10-09");
  });

  it("has a weekly report written by an officer (NJ21)", () => {
    const nj21 = unit("NJ21");
    const roleOf = (id: string) => nj21.people.find((p) => p.id === id)!.role;
    expect(nj21.records.filter((r) => r.kind === "weekly" && roleOf(r.byPersonId) === "officer").map((r) => r.date)).toEqual(["2026-11-13"]);
  });
});

// Issue 15, "Done when": "the demo data set exercises the new records". The sources of each record:
// 二（三） "制修完善《主要负责人质量安全职责》《质量安全总监职责》《质量安全员守则》"; 二（四） "制定完善《工业产品质量安全风险管控清单》";
// 附件2 2.4 "检查在日管控、周排查、月调度中发现的质量安全风险隐患整改情况"; 附件2 2.5 "检查质量安全总监和质量安全员培训考核情况";
// 二（三） "进行监督抽查考核，并公布考核结果"; FACTS.md §1 Art. 4 "they propose stopping production (sale); the principal must analyse and act at once".
describe("examples/nanjing-demo.json — the unit's own records (issue 15)", () => {
  it("NJ01 trains and assesses its director and officer itself, has the three documents and a revised risk-control list", () => {
    const nj01 = unit("NJ01");
    const inPost = nj01.people.filter((p) => (p.role === "director" || p.role === "officer") && p.to === undefined).map((p) => p.id);
    for (const id of inPost) {
      expect(nj01.trainings.some((t) => t.personId === id && t.kind === "training"), id).toBe(true);
      expect(nj01.trainings.some((t) => t.personId === id && t.kind === "assessment" && t.passed === true), id).toBe(true);
    }
    expect(nj01.dutyDocuments.map((d) => d.kind).sort()).toEqual(["director-duties", "officer-code", "principal-duties"]);
    expect(nj01.riskControlList).toMatchObject({ adoptedOn: "2023-06-15", revisions: [{ date: "2025-07-01" }] });
    expect(nj01.hazards).toEqual([expect.objectContaining({ id: "H1", date: "2026-11-17", source: "daily", closedOn: "2026-11-19" })]);
    for (const a of nj01.assessments) expect(a.publishedOn! >= a.date).toBe(true);
  });

  it("NJ09's director proposed to stop production on the day its defect was confirmed, undecided; NJ25's proposal was decided that day", () => {
    expect(unit("NJ09").vetoProposals).toEqual([expect.objectContaining({ date: "2026-09-15", byPersonId: "P2", action: "stop-production" })]);
    expect(unit("NJ09").vetoProposals[0]!.decidedOn).toBeUndefined();
    expect(unit("NJ09").defects[0]!.confirmedOn).toBe("2026-09-15");
    expect(unit("NJ25").vetoProposals[0]).toMatchObject({ date: "2026-06-20", action: "stop-sale", decidedOn: "2026-06-20" });
  });

  it("NJ13, a micro seller with no director, has its officer's weekly reviews in November 2026", () => {
    const nj13 = unit("NJ13");
    expect(nj13.people.map((p) => p.role).sort()).toEqual(["officer", "principal"]);
    expect(nj13.records.filter((r) => r.kind === "weekly").map((r) => [r.date, r.byPersonId])).toEqual([
      ["2026-10-30", "P2"], ["2026-11-06", "P2"], ["2026-11-13", "P2"], ["2026-11-19", "P2"],
    ]);
  });

  it("sellers say what they sell; a risk-control list misses 产品难以追溯到源头 (NJ04); an open hazard (NJ07); a failed own assessment (NJ19); no 《质量安全总监职责》 with a director in post (NJ21)", () => {
    for (const id of ["NJ04", "NJ13", "NJ14", "NJ24"]) expect(unit(id).products.categories, id).toEqual(["ccc"]);
    expect(unit("NJ04").riskControlList!.points.map((p) => p.kind)).toEqual(["abnormal-price"]);
    expect(unit("NJ07").hazards[0]!.closedOn).toBeUndefined();
    expect(unit("NJ19").trainings.filter((t) => t.kind === "assessment" && t.passed === false).map((t) => t.personId)).toEqual(["P3"]);
    expect(unit("NJ21").dutyDocuments.map((d) => d.kind)).not.toContain("director-duties");
    expect(unit("NJ21").people.some((p) => p.role === "director")).toBe(true);
  });
});

describe("scripts/make-demo.ts", () => {
  it("generates exactly the committed examples/nanjing-demo.json and .md, and README's list of demo units", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/make-demo.ts", "--check"], {
      cwd: ROOT,
      timeout: 60_000,
    });
    expect(stdout).toContain("up to date");
  }, 60_000);
});
