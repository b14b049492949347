/**
 * supervisionFindings beyond the codes: what each finding says (二（七）: "将监管责任建档锁定
 * 明确到人", "监管责任人如有变动，应在5个工作日内更新", "经确认产品存在缺陷的，督促生产单位…召回"),
 * its window and status, and the changes whose due date needs a year the calendar does not
 * hold (FACTS.md §4: the State Council calendar covers 2023–2026).
 *
 * Working days from the notices (/work/shared/sources/notices, FACTS.md §4): 1–5 May 2026
 * off, Saturday 9 May 2026 a working day, so a change on 2026-04-30 is due 2026-05-11
 * (6, 7, 8, 9, 11 May); 2026-12-24 is a Thursday, 2026-12-28 a Monday.
 */
import { describe, expect, it } from "vitest";
import { chinaCalendar, createWorkCalendar } from "../calendar";
import { UnitSchema, type Unit, type UnitInput } from "../entities";
import { nanjingTierCitations } from "../policy";
import { supervisionFindings } from "./supervision-findings";

function unit(over: Partial<UnitInput> = {}): Unit {
  return UnitSchema.parse({ id: "k1", name: "重点单位", uscc: "91350100M000100Y43", roles: ["seller"], creditRisk: { grade: "C", asOf: "2021-01-01" }, ...over });
}
const first = { official: "张三", from: "2021-01-04", recordedOn: "2021-01-04" };
const change = (from: string, recordedOn: string) => unit({ assignments: [first, { official: "李四", from, recordedOn }] });
const find = (u: Unit, asOf: string) => supervisionFindings(u, { asOf });
const codes = (u: Unit, asOf: string) => find(u, asOf).map((f) => f.code);
const COVERAGE = "（工作日历 cn-state-council 覆盖 2023-01-01 至 2026-12-31）";
const COVERAGE_EN = "(cn-state-council covers 2023-01-01 to 2026-12-31)";

describe("supervisionFindings — no responsible official", () => {
  it("a key unit: the finding and its reason say so", () => {
    const [f] = find(unit(), "2026-05-20");
    expect(f).toMatchObject({
      code: "no-responsible-official",
      status: "found",
      message: "实施重点监管的单位截至2026-05-20未明确监管责任人",
      messageEn: "A unit under key supervision has no responsible official as of 2026-05-20",
      facts: [],
      citation: nanjingTierCitations.responsibleOfficial,
    });
    expect(f!.reasons.at(-1)).toEqual({
      rule: "official.named",
      fired: false,
      facts: [],
      window: { start: "2026-05-20", end: "2026-05-20" },
      citation: nanjingTierCitations.responsibleOfficial,
      message: "截至2026-05-20未明确监管责任人",
      messageEn: "No responsible official assigned as of 2026-05-20",
    });
    expect(f!.dueOn).toBeUndefined();
  });

  it("a special unit", () => {
    const [f] = find(unit({ creditRisk: { grade: "D", asOf: "2026-01-01" } }), "2026-05-20");
    expect(f!.message).toBe("实施特别监管的单位截至2026-05-20未明确监管责任人");
    expect(f!.messageEn).toBe("A unit under special supervision has no responsible official as of 2026-05-20");
    expect(f!.reasons.map((r) => r.rule)).toEqual(["special.credit", "official.named"]);
  });
});

describe("supervisionFindings — a change of official recorded late or not at all", () => {
  it("late: recorded after the 5th working day", () => {
    const [f] = find(change("2026-04-30", "2026-05-12"), "2026-06-30");
    expect(f).toMatchObject({ code: "official-change-late", status: "found", dueOn: "2026-05-11", facts: [], citation: nanjingTierCitations.officialChange });
    expect(f!.message).toBe("监管责任人于2026-04-30变更为李四，应在5个工作日内（2026-05-11前）更新，实际2026-05-12更新");
    expect(f!.messageEn).toBe("Responsible official changed to 李四 on 2026-04-30: due to be recorded within 5 working days (by 2026-05-11), recorded on 2026-05-12");
    expect("calendarGap" in f!).toBe(false);
    expect(f!.reasons.at(-1)).toEqual({
      rule: "official.change-record",
      fired: true,
      facts: [],
      window: { start: "2026-04-30", end: "2026-05-11" },
      citation: nanjingTierCitations.officialChange,
      message: f!.message,
      messageEn: f!.messageEn,
    });
    expect(f!.reasons.map((r) => r.rule)).toEqual(["key.credit", "official.change-record"]);
    expect(f!.department).toBe("quality-supervision");
  });

  it("late, and recorded on the day itself: late, not overdue", () => {
    expect(codes(change("2026-04-30", "2026-05-12"), "2026-05-12")).toEqual(["official-change-late"]);
  });

  it("overdue: not recorded by the day, the due date past", () => {
    const [f] = find(change("2026-04-30", "2026-07-01"), "2026-05-20");
    expect(f).toMatchObject({ code: "official-change-overdue", status: "found", dueOn: "2026-05-11" });
    expect(f!.message).toBe("监管责任人于2026-04-30变更为李四，应在5个工作日内（2026-05-11前）更新，截至2026-05-20尚未更新");
    expect(f!.messageEn).toBe("Responsible official changed to 李四 on 2026-04-30: due to be recorded within 5 working days (by 2026-05-11), not recorded as of 2026-05-20");
  });

  it("every change after the first is judged; a change starting after the day is not yet one", () => {
    const u = unit({
      assignments: [first, { official: "李四", from: "2026-04-30", recordedOn: "2026-05-12" }, { official: "王五", from: "2026-05-13", recordedOn: "2026-06-30" }, { official: "赵六", from: "2026-06-01", recordedOn: "2026-07-30" }],
    });
    const f = find(u, "2026-05-31");
    expect(f.map((x) => [x.code, x.assignment?.official])).toEqual([
      ["official-change-late", "李四"],
      ["official-change-overdue", "王五"],
    ]);
  });

  it("a routine unit: changes are not judged (only key and special units have officials)", () => {
    expect(codes(unit({ creditRisk: undefined, assignments: [first, { official: "李四", from: "2026-04-30", recordedOn: "2026-07-01" }] }), "2026-06-30")).toEqual([]);
  });
});

describe("supervisionFindings — a change whose due date needs an unpublished year", () => {
  it("recorded: unknown, saying when it was recorded and which year is missing", () => {
    const [f] = find(change("2022-06-01", "2022-06-20"), "2026-06-30");
    expect(f).toMatchObject({ code: "official-change-unknown", status: "unknown", dueOn: null });
    expect(f!.message).toBe(`监管责任人于2022-06-01变更为李四，应在5个工作日内更新：2022 年放假安排尚未收录${COVERAGE}，无法判断是否按期（2022-06-20更新）`);
    expect(f!.messageEn).toBe(`Responsible official changed to 李四 on 2022-06-01: due to be recorded within 5 working days; The holiday notice for 2022 is not in the calendar yet ${COVERAGE_EN}, so whether it was in time cannot be known (recorded on 2022-06-20)`);
    expect(f!.calendarGap).toMatchObject({ code: "calendar-coverage", missingYears: [2022], calendarId: "cn-state-council" });
    expect(f!.reasons.at(-1)!.window).toEqual({ start: "2022-06-01", end: "2026-06-30" });
  });

  it("not recorded: unknown, saying so", () => {
    const [f] = find(change("2026-12-28", "2027-03-01"), "2027-01-15");
    expect(f!.message).toBe(`监管责任人于2026-12-28变更为李四，应在5个工作日内更新：2027 年放假安排尚未收录${COVERAGE}，无法判断是否按期（截至2027-01-15尚未更新）`);
    expect(f!.messageEn).toBe(`Responsible official changed to 李四 on 2026-12-28: due to be recorded within 5 working days; The holiday notice for 2027 is not in the calendar yet ${COVERAGE_EN}, so whether it was in time cannot be known (not recorded as of 2027-01-15)`);
    expect(f!.reasons.at(-1)!.window).toEqual({ start: "2026-12-28", end: "2027-01-15" });
  });

  it("recorded 6 calendar days later in an uncovered year: it may have been late, so unknown", () => {
    expect(codes(change("2022-06-01", "2022-06-07"), "2026-06-30")).toEqual(["official-change-unknown"]);
    expect(codes(change("2022-06-01", "2022-06-06"), "2026-06-30")).toEqual([]);
  });

  it("a change on Fri 2026-12-25 (28, 29, 30, 31 December: 4 working days known) recorded on 2026-12-31, 6 calendar days on: in time", () => {
    expect(chinaCalendar.isWorkingDay("2026-12-31")).toBe(true);
    expect(codes(change("2026-12-25", "2026-12-31"), "2027-01-15")).toEqual([]);
    // Not recorded yet on 2026-12-31: 4 working days have passed, within its time.
    expect(codes(change("2026-12-25", "2027-03-01"), "2026-12-31")).toEqual([]);
    // After the coverage ends the count is not known.
    expect(codes(change("2026-12-25", "2027-03-01"), "2027-01-04")).toEqual(["official-change-unknown"]);
  });

  it("a change on Thu 2026-12-24 is due 2026-12-31 (25, 28, 29, 30, 31 December): known, no gap", () => {
    const [f] = find(change("2026-12-24", "2027-01-04"), "2027-01-15");
    expect(f).toMatchObject({ code: "official-change-late", dueOn: "2026-12-31", status: "found" });
  });

  it("not recorded and fewer than 5 calendar days on: within its time whatever the holidays, not unknown", () => {
    // A change on 2026-12-30 as of 2027-01-02: 3 calendar days, so at most 3 working days (Civil Code Art. 201: the change day not counted).
    expect(codes(change("2026-12-30", "2027-03-01"), "2027-01-02")).toEqual([]);
    // Before the calendar's first year: 2 calendar days after a change on 2022-06-01.
    expect(codes(change("2022-06-01", "2022-07-01"), "2022-06-03")).toEqual([]);
    // Exactly 5 calendar days on: still at most 5 working days, not past the due date.
    expect(codes(change("2022-06-01", "2022-07-01"), "2022-06-06")).toEqual([]);
    // 6 calendar days on, in an uncovered year: unknown.
    expect(codes(change("2022-06-01", "2022-07-01"), "2022-06-07")).toEqual(["official-change-unknown"]);
  });
});

describe("supervisionFindings — a change on the calendar's first day", () => {
  // A one-year calendar (2030) in which every weekday after 1 January is off: no working day
  // passes after a change on 2030-01-01, so its due date needs 2031, yet it cannot be late.
  const off: string[] = [];
  for (let d = new Date(Date.UTC(2030, 0, 2)); d.getUTCFullYear() === 2030; d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) off.push(d.toISOString().slice(0, 10));
  }
  const calendar = createWorkCalendar({ id: "almost-all-off", years: [{ year: 2030, offDays: off, workingWeekendDays: [], source: { title: "test", publishedOn: "2029-11-01" } }] });
  const u = (recordedOn: string) => unit({ assignments: [{ official: "张三", from: "2029-12-01", recordedOn: "2029-12-01" }, { official: "李四", from: "2030-01-01", recordedOn }] });
  const on = (x: Unit, asOf: string) => supervisionFindings(x, { asOf, calendar }).map((f) => f.code);

  it("recorded 19 calendar days later, no working day between: in time", () => {
    expect(on(u("2030-01-20"), "2030-02-01")).toEqual([]);
  });
  it("not recorded, no working day yet: within its time; after the calendar's end: unknown", () => {
    expect(on(u("2031-02-01"), "2030-03-01")).toEqual([]);
    expect(on(u("2031-02-01"), "2031-01-05")).toEqual(["official-change-unknown"]);
  });
});

describe("supervisionFindings — recall (producers)", () => {
  it("says which defect, when confirmed, and the day; the reason's window runs from the confirmation", () => {
    const u = unit({ roles: ["producer"], creditRisk: undefined, defects: [{ id: "d1", confirmedOn: "2026-03-01" }, { id: "d2", confirmedOn: "2026-04-01", recallStartedOn: "2026-04-10" }] });
    const f = find(u, "2026-05-20");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      code: "recall-not-started",
      status: "found",
      message: "缺陷d1于2026-03-01确认，截至2026-05-20未启动召回",
      messageEn: "Defect d1 confirmed on 2026-03-01; no recall started as of 2026-05-20",
      facts: ["d1"],
      citation: nanjingTierCitations.recall,
      department: "quality-development",
    });
    expect(f[0]!.reasons).toEqual([
      {
        rule: "recall.defect",
        fired: true,
        facts: ["d1"],
        window: { start: "2026-03-01", end: "2026-05-20" },
        citation: nanjingTierCitations.recall,
        message: "缺陷d1于2026-03-01确认，截至2026-05-20未启动召回",
        messageEn: "Defect d1 confirmed on 2026-03-01; no recall started as of 2026-05-20",
      },
    ]);
  });

  it("a defect confirmed on the day itself is a finding", () => {
    expect(codes(unit({ roles: ["producer"], creditRisk: undefined, defects: [{ id: "d1", confirmedOn: "2026-05-20" }] }), "2026-05-20")).toEqual(["recall-not-started"]);
  });

  it("a unit both producer and seller is made to recall", () => {
    expect(codes(unit({ roles: ["seller", "producer"], creditRisk: undefined, defects: [{ id: "d1", confirmedOn: "2026-03-01" }] }), "2026-05-20")).toEqual(["recall-not-started"]);
  });
});
