import { describe, expect, it } from "vitest";
import { definePolicy, nanjing2023, type Policy } from "../policy";
import { _boss, _dir, _of, _off, _unit } from "./_fixture";
import { OBLIGATION_KINDS } from "./kinds";
import { obligations } from "./obligations";
import { _isCoverageReason } from "./rules/_make";

describe("obligations — ties of due date: the order of OBLIGATION_KINDS, then the order found", () => {
  it("a rectification, a veto proposal and a daily record all due 2026-06-17", () => {
    // 2026-05-18 + 30 days = 2026-06-17 (plan 二（三）, 30 days a reading); a proposal of
    // 06-17 is due that day (Art. 4, "at once"); 06-17 is the working day before 06-18.
    const list = obligations(
      _unit({
        assessments: [{ personId: "off", date: "2026-05-18", passed: false }],
        vetoProposals: [{ id: "V1", date: "2026-06-17", byPersonId: "dir", action: "stop-production" }],
      }),
      { asOf: "2026-06-18" },
    );
    const due0617 = list.filter((o) => o.dueOn === "2026-06-17").map((o) => o.kind);
    expect(due0617).toEqual(["rectification", "veto-proposal", "daily-record"]);
    expect(due0617.map((k) => OBLIGATION_KINDS.indexOf(k))).toEqual([2, 3, 4]);
  });

  it("the same kind and day: in the order found", () => {
    const list = obligations(
      _unit({
        assessments: [
          { personId: "dir", date: "2026-05-18", passed: false },
          { personId: "off", date: "2026-05-18", passed: false },
          { personId: "boss", date: "2026-05-18", passed: false },
        ],
      }),
      { asOf: "2026-06-18" },
    );
    expect(_of(list, "rectification").map((o) => o.subject.personId)).toEqual(["dir", "off", "boss"]);
  });
});

describe("obligations — sorted by due date first, the kind only breaking ties", () => {
  it("a later kind due earlier comes first, whatever the order found", () => {
    // As of 2026-06-18 (Thu): records of 2026-05 (due 05-31), W24 (06-14), 06-17, 06-18, W25 (06-21),
    // 2026-06 (06-30); a proposal of 06-18, due that day; a failure of 06-10, due 07-10 (+30 days).
    const list = obligations(
      _unit({
        assessments: [{ personId: "off", date: "2026-06-10", passed: false }],
        vetoProposals: [{ id: "V1", date: "2026-06-18", byPersonId: "dir", action: "stop-sale" }],
      }),
      { asOf: "2026-06-18" },
    );
    expect(list.map((o) => [o.kind, o.dueOn])).toEqual([
      ["data-entry", "2023-12-31"],
      ["monthly-record", "2026-05-31"],
      ["weekly-record", "2026-06-14"],
      ["daily-record", "2026-06-17"],
      ["veto-proposal", "2026-06-18"],
      ["daily-record", "2026-06-18"],
      ["weekly-record", "2026-06-21"],
      ["monthly-record", "2026-06-30"],
      ["rectification", "2026-07-10"],
    ]);
  });

  it("dates in other decades, centuries and millennia sort as dates", () => {
    // YYYY-MM-DD strings sort as the dates they name: the oracle is a plain string sort.
    const people = [{ ..._off, from: "1990-01-01" }];
    for (const [failed, asOf] of [
      ["1997-05-01", "1997-07-01"],
      ["2030-01-02", "2030-01-05"],
      ["2100-12-20", "2101-01-10"],
      ["2999-12-20", "3000-01-10"],
    ] as const) {
      const list = obligations(_unit({ people, products: { licences: [] }, assessments: [{ personId: "off", date: failed, passed: false }] }), { asOf });
      const dues = list.map((o) => o.dueOn).filter((d): d is string => d !== null);
      expect(dues.length).toBeGreaterThan(1);
      expect(dues).toEqual([...dues].sort());
    }
  });
});

describe("obligations — before and on the orders' effective date (2023-05-05)", () => {
  it("scope is judged under the policy given, as of the day asked", () => {
    // A small unit of mandatory-standard products only: in scope under nanjing2023 (category (c),
    // every size), out of it once the size gate (large and medium only, a reading) is on.
    const u = _unit({ size: "small", products: { mandatoryStandard: true }, people: [_boss] });
    expect(_of(obligations(u, { asOf: "2026-01-05" }), "staffing-officer")).toHaveLength(1);
    const gated = definePolicy(nanjing2023, { id: "size-gate", duties: { scope: { mandatoryStandardSizeGate: { enabled: true } } } });
    expect(obligations(u, { asOf: "2026-01-05", policy: gated }).map((o) => o.kind)).toEqual(["data-entry"]);
  });

  it("a licence issued after the day asked does not bring the unit into scope yet", () => {
    const u = _unit({ products: { licences: [{ number: "XK08-001-04763", product: "燃气灶具", issuedOn: "2026-03-01" }] }, people: [_boss] });
    expect(obligations(u, { asOf: "2026-02-27" }).filter((o) => o.kind.startsWith("staffing"))).toEqual([]);
    expect(obligations(u, { asOf: "2026-03-01" }).filter((o) => o.kind.startsWith("staffing")).map((o) => [o.kind, o.dueOn])).toEqual([
      ["staffing-officer", "2026-03-01"],
      ["staffing-director", "2026-03-01"],
    ]);
  });
});

describe("obligations — departments and policy (附件1 三 division of duties)", () => {
  // nanjing2023.departments.routes.obligationKind: the units' own duties to 执法协调处
  // (enforcement-coordination), platform entry to 信息中心 (information-centre), the
  // regulator's checks to 质量监督处 (quality-supervision), recall to 质量发展处 (quality-development).
  const expected: Record<string, string> = {
    "staffing-officer": "enforcement-coordination",
    "staffing-director": "enforcement-coordination",
    rectification: "enforcement-coordination",
    "veto-proposal": "enforcement-coordination",
    "daily-record": "enforcement-coordination",
    "weekly-record": "enforcement-coordination",
    "monthly-record": "enforcement-coordination",
    "data-entry": "information-centre",
    "onsite-inspection": "quality-supervision",
    "official-change": "quality-supervision",
    recall: "quality-development",
  };
  const busy = _unit({
    people: [_boss, { ..._off, to: "2026-03-31" }, { ..._dir, to: "2026-03-31" }],
    assessments: [{ personId: "dir", date: "2026-05-18", passed: false }],
    vetoProposals: [{ id: "V1", date: "2026-06-17", byPersonId: "dir", action: "stop-sale" }],
    riskEvents: [{ id: "r1", date: "2026-01-10", severity: "significant", kind: "sampling-failure" }],
    assignments: [
      { official: "甲", from: "2025-01-01", recordedOn: "2025-01-02" },
      { official: "乙", from: "2026-04-30", recordedOn: "2026-05-11" },
    ],
    defects: [{ id: "d1", confirmedOn: "2026-04-01" }],
  });

  it("every kind goes to its department under a policy seen for the first time", () => {
    // A derived policy is a new (frozen) object: its departments are looked up here, not cached earlier.
    const p = definePolicy(nanjing2023, { id: "routes-fresh", version: "9.9.9" });
    const list = obligations(busy, { asOf: "2026-06-18", policy: p });
    expect(new Set(list.map((o) => o.kind))).toEqual(new Set(OBLIGATION_KINDS));
    for (const o of list) {
      expect(o.department).toBe(expected[o.kind]);
      expect(o.policy).toStrictEqual({ id: "routes-fresh", version: "9.9.9" });
    }
  });

  it("a policy's own routes are used", () => {
    const p = definePolicy(nanjing2023, { id: "recall-routed", departments: { routes: { obligationKind: { recall: { department: "quality-supervision", duty: "coordination" } } } } });
    const list = obligations(busy, { asOf: "2026-06-18", policy: p });
    expect(_of(list, "recall")[0]!.department).toBe("quality-supervision");
    expect(_of(list, "data-entry")[0]!.department).toBe("information-centre");
  });

  it("a mutable policy is read afresh on every call (only frozen policies are cached)", () => {
    const p = structuredClone(nanjing2023) as Policy & { departments: { routes: { obligationKind: Record<string, { department: string; duty: string }> } } };
    expect(_of(obligations(busy, { asOf: "2026-06-18", policy: p }), "recall")[0]!.department).toBe("quality-development");
    p.departments.routes.obligationKind.recall = { department: "quality-supervision", duty: "coordination" };
    expect(_of(obligations(busy, { asOf: "2026-06-18", policy: p }), "recall")[0]!.department).toBe("quality-supervision");
  });
});

describe("_isCoverageReason", () => {
  it("is true exactly for a reason with code calendar-coverage", () => {
    const citation = nanjing2023.duties.recall.citation;
    const base = { rule: "x", facts: [], citation, message: "m", messageEn: "m" };
    expect(_isCoverageReason({ ...base, code: "calendar-coverage", missingYears: [2027], calendarId: "c", coverage: { start: "2026-01-01", end: "2026-12-31" } })).toBe(true);
    expect(_isCoverageReason(base)).toBe(false);
    expect(_isCoverageReason({ ...base, code: "other" } as never)).toBe(false);
  });
});
