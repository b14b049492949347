import { describe, expect, it } from "vitest";
import { nanjing2023 } from "../../policy";
import { _boss, _dir, _licence, _of, _off, _unit } from "../_fixture";
import { obligations } from "../obligations";
import type { Obligation } from "../types";

// Orders 75/76 Art. 3: an in-scope unit appoints a 质量安全员 and (licence / CCC holders, a
// reading of two provincial guides — FACTS.md §1) a 质量安全总监. A required post with nobody
// in it is owed from its first vacant day plus staffing.vacancy.graceDays (0 in nanjing2023: at
// once). The post is required from 2023-05-05 (the orders' effective date) or, when the data
// tells, from the issue date of the licence that brought the unit under the requirement.
const VACANCY_CITATION = nanjing2023.duties.staffing.vacancy.citation;
const lic2025 = { ..._licence, issuedOn: "2025-03-01" };
const lic2020 = { ..._licence, issuedOn: "2020-06-01" };
const vacancyReason = (o: Obligation | undefined) => {
  const reasons = o!.reasons;
  expect(reasons.length).toBeGreaterThan(1);
  // The requirement's reasons first, the vacancy last.
  for (const r of reasons.slice(0, -1)) expect(r.rule).toMatch(o!.kind === "staffing-officer" ? /^staffing\.officer/ : /^staffing\.director/);
  return reasons[reasons.length - 1]!;
};

describe("staffing — a post that fell vacant after its holder left", () => {
  const left = { ..._dir, to: "2026-03-31" };

  it("still vacant: the last holder is the fact and the subject's person; the window runs to the day asked", () => {
    const [o, ...rest] = _of(obligations(_unit({ people: [_boss, _off, left] }), { asOf: "2026-04-10" }), "staffing-director");
    expect(rest).toEqual([]);
    expect(o).toMatchObject({ kind: "staffing-director", owedBy: "unit", dueOn: "2026-04-01", status: "overdue", decidedBy: "staffing.vacant.director" });
    expect(o).not.toHaveProperty("doneOn");
    expect(o!.subject).toStrictEqual({ role: "director", personId: "dir", period: { start: "2026-04-01", end: "2026-04-10" } });
    expect(vacancyReason(o)).toStrictEqual({
      rule: "staffing.vacant.director",
      facts: ["dir"],
      window: { start: "2026-04-01", end: "2026-04-10" },
      citation: VACANCY_CITATION,
      message: "质量安全总监自2026-04-01起空缺（前任dir离任）",
      messageEn: "The quality-safety director post was vacant from 2026-04-01 (last holder dir)",
    });
  });

  it("filled again: the new holder is a fact too, and the texts say until when", () => {
    const next = { id: "dir2", name: "赵总监", role: "director" as const, from: "2026-04-10" };
    const [o] = _of(obligations(_unit({ people: [_boss, _off, left, next] }), { asOf: "2026-04-20" }), "staffing-director");
    expect(o).toMatchObject({ dueOn: "2026-04-01", status: "late", doneOn: "2026-04-10" });
    expect(o!.subject).toStrictEqual({ role: "director", personId: "dir", period: { start: "2026-04-01", end: "2026-04-09" } });
    expect(vacancyReason(o)).toStrictEqual({
      rule: "staffing.vacant.director",
      facts: ["dir", "dir2"],
      window: { start: "2026-04-01", end: "2026-04-09" },
      citation: VACANCY_CITATION,
      message: "质量安全总监自2026-04-01起空缺（前任dir离任），2026-04-10起补齐",
      messageEn: "The quality-safety director post was vacant from 2026-04-01 until 2026-04-10 (last holder dir)",
    });
  });

  it("an officer's post: the officer's words", () => {
    const [o] = _of(obligations(_unit({ people: [_boss, { ..._off, to: "2026-03-31" }, _dir] }), { asOf: "2026-04-01" }), "staffing-officer");
    expect(o).toMatchObject({ kind: "staffing-officer", owedBy: "unit", dueOn: "2026-04-01", status: "open", decidedBy: "staffing.vacant.officer" });
    expect(vacancyReason(o)).toMatchObject({
      rule: "staffing.vacant.officer",
      facts: ["off"],
      message: "质量安全员自2026-04-01起空缺（前任off离任）",
      messageEn: "The quality-safety officer post was vacant from 2026-04-01 (last holder off)",
    });
  });
});

describe("staffing — a post never filled", () => {
  it("required since a licence was issued (2025-03-01): the licence is the fact", () => {
    const list = obligations(_unit({ products: { licences: [lic2025] }, people: [_boss] }), { asOf: "2026-01-05" });
    const [off] = _of(list, "staffing-officer");
    expect(off).toMatchObject({ dueOn: "2025-03-01", status: "overdue", decidedBy: "staffing.vacant.officer" });
    expect(off!.subject).toStrictEqual({ role: "officer", period: { start: "2025-03-01", end: "2026-01-05" } });
    expect(vacancyReason(off)).toStrictEqual({
      rule: "staffing.vacant.officer",
      facts: ["XK08-001-04763"],
      window: { start: "2025-03-01", end: "2026-01-05" },
      citation: VACANCY_CITATION,
      message: "须配备质量安全员；截至2026-01-05无任职记录，自XK08-001-04763发证之日（2025-03-01）起应配备",
      messageEn: "A quality-safety officer is required; none recorded as of 2026-01-05: required since XK08-001-04763 was issued (2025-03-01)",
    });
    const [dir] = _of(list, "staffing-director");
    expect(vacancyReason(dir).message).toBe("须配备质量安全总监；截至2026-01-05无任职记录，自XK08-001-04763发证之日（2025-03-01）起应配备");
    expect(vacancyReason(dir).messageEn).toBe("A quality-safety director is required; none recorded as of 2026-01-05: required since XK08-001-04763 was issued (2025-03-01)");
  });

  it("required since the orders took effect (a licence of 2020): no fact", () => {
    const [o] = _of(obligations(_unit({ products: { licences: [lic2020] }, people: [_boss, _dir] }), { asOf: "2026-01-05" }), "staffing-officer");
    expect(o).toMatchObject({ dueOn: "2023-05-05", status: "overdue" });
    expect(vacancyReason(o)).toStrictEqual({
      rule: "staffing.vacant.officer",
      facts: [],
      window: { start: "2023-05-05", end: "2026-01-05" },
      citation: VACANCY_CITATION,
      message: "须配备质量安全员；截至2026-01-05无任职记录，自“两个规定”施行之日（2023-05-05）起应配备",
      messageEn: "A quality-safety officer is required; none recorded as of 2026-01-05: required since the orders took effect (2023-05-05)",
    });
  });

  it("the data does not tell (a licence without its issue date): counted from the effective date, and said so", () => {
    const [o] = _of(obligations(_unit({ people: [_boss, _dir] }), { asOf: "2026-01-05" }), "staffing-officer");
    expect(o).toMatchObject({ dueOn: "2023-05-05", status: "overdue" });
    expect(vacancyReason(o)).toStrictEqual({
      rule: "staffing.vacant.officer",
      facts: [],
      window: { start: "2023-05-05", end: "2026-01-05" },
      citation: VACANCY_CITATION,
      message: "须配备质量安全员；截至2026-01-05无任职记录，自“两个规定”施行之日（2023-05-05）起计：数据未载明本单位何时开始须配备（无发证日期，或依强制性国家标准产品、规模判定）",
      messageEn:
        "A quality-safety officer is required; none recorded as of 2026-01-05: counted from the orders' effective date (2023-05-05): the data does not tell when the requirement began (no issue date, or a mandatory-standard / size reason)",
    });
  });

  it("the effective date itself: owed and open that day; nothing the day before", () => {
    const u = _unit({ people: [_boss, _dir] });
    expect(_of(obligations(u, { asOf: "2023-05-04" }), "staffing-officer")).toEqual([]);
    expect(_of(obligations(u, { asOf: "2023-05-05" }), "staffing-officer").map((o) => [o.dueOn, o.status])).toEqual([["2023-05-05", "open"]]);
    expect(_of(obligations(u, { asOf: "2023-05-06" }), "staffing-officer").map((o) => [o.dueOn, o.status])).toEqual([["2023-05-05", "overdue"]]);
  });
});

describe("staffing — a post first filled after it became required", () => {
  it("since a licence was issued: the licence and the first holder are the facts", () => {
    const [o] = _of(obligations(_unit({ products: { licences: [lic2025] }, people: [_boss, _off, { ..._dir, from: "2025-04-10" }] }), { asOf: "2026-01-05" }), "staffing-director");
    expect(o).toMatchObject({ dueOn: "2025-03-01", status: "late", doneOn: "2025-04-10" });
    expect(o!.subject).toStrictEqual({ role: "director", period: { start: "2025-03-01", end: "2025-04-09" } });
    expect(vacancyReason(o)).toStrictEqual({
      rule: "staffing.vacant.director",
      facts: ["XK08-001-04763", "dir"],
      window: { start: "2025-03-01", end: "2025-04-09" },
      citation: VACANCY_CITATION,
      message: "须配备质量安全总监，自XK08-001-04763发证之日（2025-03-01）起应配备；首任dir于2025-04-10到任",
      messageEn: "A quality-safety director is required since XK08-001-04763 was issued (2025-03-01); the first holder (dir) started on 2025-04-10",
    });
  });

  it("since the orders took effect: the first holder is the only fact", () => {
    const [o] = _of(obligations(_unit({ products: { licences: [lic2020] }, people: [_boss, _dir, { ..._off, from: "2024-01-10" }] }), { asOf: "2026-01-05" }), "staffing-officer");
    expect(o).toMatchObject({ dueOn: "2023-05-05", status: "late", doneOn: "2024-01-10" });
    expect(vacancyReason(o)).toStrictEqual({
      rule: "staffing.vacant.officer",
      facts: ["off"],
      window: { start: "2023-05-05", end: "2024-01-09" },
      citation: VACANCY_CITATION,
      message: "须配备质量安全员，自“两个规定”施行之日（2023-05-05）起应配备；首任off于2024-01-10到任",
      messageEn: "A quality-safety officer is required since the orders took effect (2023-05-05); the first holder (off) started on 2024-01-10",
    });
  });

  it("when the data does not tell", () => {
    const [o] = _of(obligations(_unit({ people: [_boss, _dir, { ..._off, from: "2024-01-10" }] }), { asOf: "2026-01-05" }), "staffing-officer");
    expect(vacancyReason(o)).toMatchObject({
      facts: ["off"],
      message: "须配备质量安全员，自“两个规定”施行之日（2023-05-05）起计：数据未载明本单位何时开始须配备（无发证日期，或依强制性国家标准产品、规模判定）；首任off于2024-01-10到任",
      messageEn:
        "A quality-safety officer is counted from the orders' effective date (2023-05-05): the data does not tell when the requirement began (no issue date, or a mandatory-standard / size reason); the first holder (off) started on 2024-01-10",
    });
  });

  it("the first holder starting on the due day meets it; the day after is late", () => {
    // graceDays 0: due the first day required. A holder from 2025-03-02: one vacant day, late.
    const [o] = _of(obligations(_unit({ products: { licences: [lic2025] }, people: [_boss, _off, { ..._dir, from: "2025-03-02" }] }), { asOf: "2026-01-05" }), "staffing-director");
    expect(o).toMatchObject({ dueOn: "2025-03-01", status: "late", doneOn: "2025-03-02", subject: { period: { start: "2025-03-01", end: "2025-03-01" } } });
  });
});
