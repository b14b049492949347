import { describe, expect, it } from "vitest";
import { InvalidDateError } from "../dates";
import type { UnitInput } from "../entities";
import { nanjing2023 } from "../policy";
import { _unit } from "./_fixture";
import { staffingFindings } from "./staffing-findings";

// Orders 75/76 Art. 3 (FACTS.md §1); plan 二（三）: "对监督抽查考核不合格的，要督促指导生产和销售单位
// 采取措施进行整改". Policy readings: `staffing.vacancy` (no grace period: vacant from the day
// after the last holder's last day) and `rectification`. Role names: the label table.
const licence = { number: "XK08-001-04763", product: "燃气灶具" };
const officer = { id: "p1", name: "李安全员", role: "officer" as const, from: "2023-05-05" };
const director = (id: string, from: string, to?: string) => ({ id, name: `总监${id}`, role: "director" as const, from, ...(to ? { to } : {}) });
const licensed = (people: UnitInput["people"], extra: Partial<UnitInput> = {}) => _unit({ products: { licences: [licence] }, people, ...extra });
const s = nanjing2023.duties.staffing;

describe("staffingFindings — what a vacancy says", () => {
  it("a post never filled: the requirement's reasons, then the vacancy's", () => {
    const f = staffingFindings(licensed([]), { asOf: "2026-01-05" });
    expect(f.map((x) => x.role)).toEqual(["officer", "director"]);
    const off = f[0]!;
    expect(off.reasons.map((r) => r.rule)).toEqual(["staffing.officer", "staffing.vacant.officer"]);
    const v = off.reasons[1]!;
    expect(v.citation).toEqual(s.vacancy.citation);
    expect(v.message).toBe("未配备质量安全员：截至2026-01-05无任职记录");
    expect(v.messageEn).toBe("No officer recorded as of 2026-01-05");
    expect(v.facts).toEqual([]);
    expect(v).not.toHaveProperty("window");
    expect(f[1]!.reasons.at(-1)!.message).toBe("未配备质量安全总监：截至2026-01-05无任职记录");
    expect(f[1]).not.toHaveProperty("lastHolderId");
  });

  it("a holder who left: since, the last holder, the window from the first vacant day to asOf", () => {
    const f = staffingFindings(licensed([officer, director("p2", "2023-05-05", "2026-03-31")]), { asOf: "2026-04-15" });
    expect(f).toHaveLength(1);
    const v = f[0]!.reasons.at(-1)!;
    expect(v.rule).toBe("staffing.vacant.director");
    expect(v.citation).toEqual(s.vacancy.citation);
    expect(v.message).toBe("质量安全总监自2026-04-01起空缺（前任p2于2026-03-31离任）");
    expect(v.messageEn).toBe("The director post is vacant since 2026-04-01 (the last holder, p2, left on 2026-03-31)");
    expect(v.facts).toEqual(["p2"]);
    expect(v.window).toEqual({ start: "2026-04-01", end: "2026-04-15" });
    expect(f[0]!.reasons.map((r) => r.rule)).toEqual(["staffing.director.licence", "staffing.vacant.director"]);
  });
});

describe("staffingFindings — tenures", () => {
  it("a holder inside a longer tenure does not cut it short, nor become its last holder", () => {
    const f = staffingFindings(licensed([officer, director("a", "2023-01-01", "2026-03-31"), director("b", "2024-01-01", "2024-06-30")]), { asOf: "2026-04-15" });
    expect(f).toEqual([expect.objectContaining({ role: "director", since: "2026-04-01", lastHolderId: "a" })]);
    expect(staffingFindings(licensed([officer, director("a", "2023-01-01", "2026-03-31"), director("b", "2024-01-01", "2024-06-30")]), { asOf: "2026-03-31" })).toEqual([]);
  });

  it("a later holder ending on the same day becomes the last holder", () => {
    const f = staffingFindings(licensed([officer, director("a", "2023-01-01", "2026-03-31"), director("b", "2024-01-01", "2026-03-31")]), { asOf: "2026-04-15" });
    expect(f[0]).toMatchObject({ since: "2026-04-01", lastHolderId: "b" });
  });

  it("an open-ended holder keeps the post filled, whoever comes and goes after", () => {
    expect(staffingFindings(licensed([officer, director("a", "2023-01-01"), director("b", "2024-01-01", "2024-06-30")]), { asOf: "2026-04-15" })).toEqual([]);
    // A closed tenure joined by an open-ended one, listed in any order.
    expect(staffingFindings(licensed([officer, director("b", "2024-06-01"), director("a", "2023-01-01", "2024-12-31")]), { asOf: "2026-04-15" })).toEqual([]);
  });
});

describe("staffingFindings — failed assessments", () => {
  const people = [officer, director("p2", "2023-05-05")];

  it("what the finding says: the person, the date, the rectification reading", () => {
    const u = licensed(people, { assessments: [{ personId: "p2", date: "2026-03-10", passed: true }, { personId: "p1", date: "2026-03-10", passed: false }] });
    const f = staffingFindings(u, { asOf: "2026-03-20" });
    expect(f).toHaveLength(1);
    const r = f[0]!.reasons;
    expect(r).toHaveLength(1);
    expect(r[0]!.rule).toBe("staffing.failed-assessment");
    expect(r[0]!.citation).toEqual(nanjing2023.duties.rectification.citation);
    expect(r[0]!.facts).toEqual(["p1", "/assessments/1"]);
    expect(r[0]!.message).toBe("质量安全员李安全员（p1）2026-03-10监督抽查考核不合格，截至2026-03-20仍在岗且未见合格的复考记录，应整改");
    expect(r[0]!.messageEn).toBe("officer 李安全员 (p1) failed the assessment of 2026-03-10 and, as of 2026-03-20, is still in post with no later pass: to be rectified");
  });

  it("two assessments on one day: the later listed is the latest", () => {
    const failThenPass = licensed(people, { assessments: [{ personId: "p1", date: "2026-03-10", passed: false }, { personId: "p1", date: "2026-03-10", passed: true }] });
    expect(staffingFindings(failThenPass, { asOf: "2026-03-20" })).toEqual([]);
    const passThenFail = licensed(people, { assessments: [{ personId: "p1", date: "2026-03-10", passed: true }, { personId: "p1", date: "2026-03-10", passed: false }] });
    expect(staffingFindings(passThenFail, { asOf: "2026-03-20" })[0]!.reasons[0]!.facts).toEqual(["p1", "/assessments/1"]);
  });

  it("an earlier assessment listed after a later one does not replace it", () => {
    const u = licensed(people, { assessments: [{ personId: "p1", date: "2026-04-01", passed: true }, { personId: "p1", date: "2026-03-10", passed: false }] });
    expect(staffingFindings(u, { asOf: "2026-04-10" })).toEqual([]);
    expect(staffingFindings(u, { asOf: "2026-03-31" })).toHaveLength(1);
  });

  it("on the holder's last day the finding stands; a person not yet in post is no finding", () => {
    const leaving = { ...officer, to: "2026-03-31" };
    const u = licensed([leaving, director("p2", "2023-05-05"), { id: "p3", name: "新安全员", role: "officer", from: "2026-04-01" }], {
      assessments: [{ personId: "p1", date: "2026-03-10", passed: false }, { personId: "p3", date: "2026-03-15", passed: false }],
    });
    expect(staffingFindings(u, { asOf: "2026-03-31" }).map((x) => (x.kind === "failed-assessment" ? x.personId : x.role))).toEqual(["p1"]);
    expect(staffingFindings(u, { asOf: "2026-04-01" }).map((x) => (x.kind === "failed-assessment" ? x.personId : x.role))).toEqual(["p3"]);
  });

  it("vacancies first, then failed assessments in the order of the unit's people", () => {
    const u = licensed([director("p2", "2023-05-05"), officer], {
      assessments: [{ personId: "p1", date: "2026-03-10", passed: false }, { personId: "p2", date: "2026-03-11", passed: false }],
    });
    const f = staffingFindings({ ...u, people: [u.people[0]!, u.people[1]!] }, { asOf: "2026-03-20" });
    expect(f.map((x) => (x.kind === "failed-assessment" ? [x.kind, x.personId, x.role, x.assessedOn] : [x.kind, x.role]))).toEqual([
      ["failed-assessment", "p2", "director", "2026-03-11"],
      ["failed-assessment", "p1", "officer", "2026-03-10"],
    ]);
    const noOfficer = licensed([director("p2", "2023-05-05")], { assessments: [{ personId: "p2", date: "2026-03-11", passed: false }] });
    expect(staffingFindings(noOfficer, { asOf: "2026-03-20" }).map((x) => x.kind)).toEqual(["vacant", "failed-assessment"]);
  });

  it("an as-of day outside the library's range is refused", () => {
    expect(() => staffingFindings(licensed(people), { asOf: "9000-01-01" })).toThrow(InvalidDateError);
  });
});

describe("staffingFindings — the day asked decides the requirement", () => {
  it("a licence issued after asOf requires no post yet", () => {
    const u = _unit({ products: { licences: [{ ...licence, issuedOn: "2026-05-01" }] }, people: [] });
    expect(staffingFindings(u, { asOf: "2026-04-15" })).toEqual([]);
    expect(staffingFindings(u, { asOf: "2026-05-01" }).map((f) => f.kind === "vacant" && f.role)).toEqual(["officer", "director"]);
  });
});
