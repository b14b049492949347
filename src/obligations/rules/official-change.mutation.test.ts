import { describe, expect, it } from "vitest";
import { nanjing2023 } from "../../policy";
import { _of, _unit } from "../_fixture";
import { obligations } from "../obligations";

// Plan 二（七）: a change of responsible official (监管责任人) is recorded within 5 working days
// (nanjing2023.supervision.responsibleOfficial.updateWithinWorkingDays). The 2026 notice: 5-1..5
// off (劳动节), Saturday 5-9 working. 2026-04-30 (Thu) + 5 working days: 5-6, 5-7, 5-8, 5-9, 5-11.
const CITATION = nanjing2023.supervision.responsibleOfficial.updateCitation;
const RULE = "official.change-record";
const first = { official: "甲", from: "2025-01-01", recordedOn: "2025-01-02" };
// recordedOn is required: "not recorded yet" is a record dated after the day asked (not known yet).
const NOT_YET = "2027-06-30";
const changes = (second: { official: string; from: string; recordedOn: string }, asOf: string) =>
  _of(obligations(_unit({ assignments: [first, second] }), { asOf }), "official-change");

describe("official change — the obligation and its reason (plan 二（七）)", () => {
  it("the regulator's, due on the 5th working day, with the assignment as the fact and the window up to the due date", () => {
    const [o, ...rest] = changes({ official: "乙", from: "2026-04-30", recordedOn: "2026-05-11" }, "2026-05-20");
    expect(rest).toEqual([]);
    expect(o).toMatchObject({ kind: "official-change", owedBy: "regulator", dueOn: "2026-05-11", status: "met", doneOn: "2026-05-11", decidedBy: RULE });
    expect(o!.subject).toStrictEqual({ official: "乙", assignmentIndex: 1, changedOn: "2026-04-30" });
    expect(o!.reasons).toStrictEqual([
      {
        rule: RULE,
        fired: true,
        facts: ["/assignments/1"],
        window: { start: "2026-04-30", end: "2026-05-11" },
        citation: CITATION,
        message: "监管责任人于2026-04-30变更为乙，应在5个工作日内（2026-05-11前）更新",
        messageEn: "The responsible official changed to 乙 on 2026-04-30: to be recorded within 5 working days (by 2026-05-11)",
      },
    ]);
  });

  it("a change on the day asked is owed that day; the day before it is not", () => {
    expect(changes({ official: "乙", from: "2026-04-30", recordedOn: NOT_YET }, "2026-04-29")).toEqual([]);
    expect(changes({ official: "乙", from: "2026-04-30", recordedOn: NOT_YET }, "2026-04-30").map((o) => [o.dueOn, o.status])).toEqual([["2026-05-11", "open"]]);
  });
});

describe("official change — the calendar lacks a year (issue 12)", () => {
  // 2026-12-28 (Mon): 12-29, 30, 31 are three working days; the 4th and 5th fall in 2027, whose
  // notice the default calendar (2023–2026) does not hold.
  const gap2027 = { code: "calendar-coverage", missingYears: [2027], calendarId: "cn-state-council", coverage: { start: "2023-01-01", end: "2026-12-31" } };

  it("unknown, the regulator's, with the assignment as the fact and no window", () => {
    const [o] = changes({ official: "丙", from: "2026-12-28", recordedOn: NOT_YET }, "2026-12-31");
    expect(o).toMatchObject({ kind: "official-change", owedBy: "regulator", dueOn: null, status: "unknown", decidedBy: RULE });
    expect(o).not.toHaveProperty("doneOn");
    expect(o!.subject).toStrictEqual({ official: "丙", assignmentIndex: 1, changedOn: "2026-12-28" });
    expect(o!.reasons).toStrictEqual([
      {
        ...gap2027,
        rule: RULE,
        facts: ["/assignments/1"],
        citation: CITATION,
        message: "监管责任人于2026-12-28变更为丙，应在5个工作日内更新：2027 年放假安排尚未收录（工作日历 cn-state-council 覆盖 2023-01-01 至 2026-12-31），无法计算期限",
        messageEn:
          "The responsible official changed to 丙 on 2026-12-28: to be recorded within 5 working days: The holiday notice for 2027 is not in the calendar yet (cn-state-council covers 2023-01-01 to 2026-12-31), so the deadline cannot be computed",
      },
    ]);
  });

  it("recorded on the day asked: done (in time or not, unknown); recorded after it: not known yet", () => {
    expect(changes({ official: "丙", from: "2026-12-28", recordedOn: "2026-12-31" }, "2026-12-31")[0]).toMatchObject({ status: "unknown", doneOn: "2026-12-31" });
    expect(changes({ official: "丙", from: "2026-12-28", recordedOn: "2026-12-30" }, "2026-12-31")[0]).toMatchObject({ status: "unknown", doneOn: "2026-12-30" });
    const later = changes({ official: "丙", from: "2026-12-28", recordedOn: "2027-01-05" }, "2026-12-31")[0];
    expect(later).toMatchObject({ status: "unknown" });
    expect(later).not.toHaveProperty("doneOn");
  });
});
