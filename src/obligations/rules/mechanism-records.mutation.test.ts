import { describe, expect, it } from "vitest";
import { chinaCalendarYear2026, createWorkCalendar } from "../../calendar";
import { definePolicy, nanjing2023 } from "../../policy";
import { _boss, _of, _off, _unit } from "../_fixture";
import { obligations, type ObligationsOptions } from "../obligations";
import type { Obligation } from "../types";

// Plan 二（四）: "建立健全日管控、周排查、月调度工作制度, 形成《每日工业产品质量安全检查记录》
// 《每周工业产品质量安全排查治理报告》和《每月工业产品质量安全调度会议纪要》". nanjing2023 readings
// (duties.mechanism): daily records on the unit's working days (the 2026 notice: 6-19..21
// 端午 off; 1-1..3 元旦 off, Sunday 1-4 working), ISO weeks, calendar months; daily by the
// officer, weekly by the director, monthly by the principal; owed from 2024-01-01 by licence
// producers and from 2025-01-01 by everyone else (the plan's phasing, 一（一）、一（二）).
const m = nanjing2023.duties.mechanism;
const rec = (kind: "daily" | "weekly" | "monthly", date: string, by: string) => ({ kind, date, byPersonId: by, zeroRisk: true });
const records = (list: Obligation[]) => list.filter((o) => o.kind.endsWith("-record"));
const brief = (list: Obligation[]) => records(list).map((o) => [o.kind, o.dueOn, o.status]);

describe("mechanism records — each obligation and its reason", () => {
  const u = _unit({ records: [rec("daily", "2026-06-17", "off"), rec("weekly", "2026-06-10", "dir")] });
  // Judged inside each test (not when the file is collected): mutation testing runs each test alone.
  const agenda = () => obligations(u, { asOf: "2026-06-18" });

  it("yesterday's daily record, made: met, its day the window, the days' citation", () => {
    const [done, open] = _of(agenda(), "daily-record");
    expect(done).toMatchObject({ kind: "daily-record", owedBy: "unit", dueOn: "2026-06-17", status: "met", doneOn: "2026-06-17", decidedBy: "mechanism.daily" });
    expect(done!.subject).toStrictEqual({ period: { id: "2026-06-17", start: "2026-06-17", end: "2026-06-17" } });
    expect(done!.reasons).toStrictEqual([
      {
        rule: "mechanism.daily",
        facts: [],
        window: { start: "2026-06-17", end: "2026-06-17" },
        citation: m.daysCitation,
        message: "2026-06-17（2026-06-17至2026-06-17）应有质量安全员的《每日工业产品质量安全检查记录》，2026-06-17已记录",
        messageEn: "2026-06-17 (2026-06-17 to 2026-06-17) needs a daily record by the officer: recorded on 2026-06-17",
      },
    ]);
    expect(open).toMatchObject({ dueOn: "2026-06-18", status: "open", decidedBy: "mechanism.daily" });
    expect(open).not.toHaveProperty("doneOn");
    expect(open!.reasons[0]!.message).toBe("2026-06-18（2026-06-18至2026-06-18）应有质量安全员的《每日工业产品质量安全检查记录》，尚无");
    expect(open!.reasons[0]!.messageEn).toBe("2026-06-18 (2026-06-18 to 2026-06-18) needs a daily record by the officer: none yet");
  });

  it("weeks: the director's report, the periods' citation", () => {
    const [last, cur] = _of(agenda(), "weekly-record");
    expect(last).toMatchObject({ kind: "weekly-record", owedBy: "unit", dueOn: "2026-06-14", status: "met", doneOn: "2026-06-10", decidedBy: "mechanism.weekly" });
    expect(last!.subject).toStrictEqual({ period: { id: "2026-W24", start: "2026-06-08", end: "2026-06-14" } });
    expect(last!.reasons).toStrictEqual([
      {
        rule: "mechanism.weekly",
        facts: [],
        window: { start: "2026-06-08", end: "2026-06-14" },
        citation: m.periodsCitation,
        message: "2026-W24（2026-06-08至2026-06-14）应有质量安全总监的《每周工业产品质量安全排查治理报告》，2026-06-10已记录",
        messageEn: "2026-W24 (2026-06-08 to 2026-06-14) needs a weekly record by the director: recorded on 2026-06-10",
      },
    ]);
    expect(cur).toMatchObject({ dueOn: "2026-06-21", status: "open" });
    expect(cur!.reasons[0]!.messageEn).toBe("2026-W25 (2026-06-15 to 2026-06-21) needs a weekly record by the director: none yet");
  });

  it("months: the principal's minutes", () => {
    const [last, cur] = _of(agenda(), "monthly-record");
    expect(last).toMatchObject({ kind: "monthly-record", owedBy: "unit", dueOn: "2026-05-31", status: "overdue", decidedBy: "mechanism.monthly" });
    expect(last).not.toHaveProperty("doneOn");
    expect(last!.subject).toStrictEqual({ period: { id: "2026-05", start: "2026-05-01", end: "2026-05-31" } });
    expect(last!.reasons).toStrictEqual([
      {
        rule: "mechanism.monthly",
        facts: [],
        window: { start: "2026-05-01", end: "2026-05-31" },
        citation: m.periodsCitation,
        message: "2026-05（2026-05-01至2026-05-31）应有主要负责人的《每月工业产品质量安全调度会议纪要》，尚无",
        messageEn: "2026-05 (2026-05-01 to 2026-05-31) needs a monthly record by the principal: none yet",
      },
    ]);
    expect(cur!.reasons[0]!.message).toBe("2026-06（2026-06-01至2026-06-30）应有主要负责人的《每月工业产品质量安全调度会议纪要》，尚无");
  });

  it("several roles allowed for a record: named with 、 and /", () => {
    const p = definePolicy(nanjing2023, { id: "two-daily-roles", duties: { mechanism: { roles: { daily: ["officer", "director"] } } } });
    const [o] = _of(obligations(u, { asOf: "2026-06-18", policy: p }), "daily-record");
    expect(o!.reasons[0]!.message).toBe("2026-06-17（2026-06-17至2026-06-17）应有质量安全员、质量安全总监的《每日工业产品质量安全检查记录》，2026-06-17已记录");
    expect(o!.reasons[0]!.messageEn).toBe("2026-06-17 (2026-06-17 to 2026-06-17) needs a daily record by the officer/director: recorded on 2026-06-17");
  });

  it("a policy that is not frozen is read afresh on every call", () => {
    const p = structuredClone(nanjing2023) as typeof nanjing2023 & { duties: { mechanism: { roles: { daily: string[]; weekly: string[]; monthly: string[] } } } };
    const first = (asOf: string) => _of(obligations(u, { asOf, policy: p }), "daily-record")[0]!.reasons[0]!;
    expect(first("2026-06-18").messageEn).toBe("2026-06-17 (2026-06-17 to 2026-06-17) needs a daily record by the officer: recorded on 2026-06-17");
    p.duties.mechanism.roles.daily = ["officer", "director"];
    expect(first("2026-06-18").message).toBe("2026-06-17（2026-06-17至2026-06-17）应有质量安全员、质量安全总监的《每日工业产品质量安全检查记录》，2026-06-17已记录");
    p.duties.mechanism.roles.daily.push("principal");
    expect(first("2026-06-18").messageEn).toBe("2026-06-17 (2026-06-17 to 2026-06-17) needs a daily record by the officer/director/principal: recorded on 2026-06-17");
    p.duties.mechanism.roles.weekly.push("principal");
    expect(_of(obligations(u, { asOf: "2026-06-18", policy: p }), "weekly-record")[0]!.reasons[0]!.messageEn).toBe(
      "2026-W24 (2026-06-08 to 2026-06-14) needs a weekly record by the director/principal: recorded on 2026-06-10",
    );
    p.duties.mechanism.roles.monthly.push("officer");
    expect(_of(obligations(u, { asOf: "2026-06-18", policy: p }), "monthly-record")[0]!.reasons[0]!.message).toBe(
      "2026-05（2026-05-01至2026-05-31）应有主要负责人、质量安全员的《每月工业产品质量安全调度会议纪要》，尚无",
    );
  });

  it("a policy frozen only in part is read afresh too (only a deep-frozen one may be remembered)", () => {
    type Roles = { daily: string[]; weekly: string[]; monthly: string[] };
    // Which parts of duties.mechanism.roles are frozen before the first call; the daily list is then replaced.
    const parts: ((r: Roles) => void)[] = [
      (r) => Object.freeze(r.monthly),
      (r) => (Object.freeze(r.weekly), Object.freeze(r.monthly)),
      (r) => (Object.freeze(r.daily), Object.freeze(r.weekly), Object.freeze(r.monthly)),
      (r) => (Object.freeze(r.weekly), Object.freeze(r.monthly), Object.freeze(r)),
    ];
    for (const freeze of parts) {
      const p = structuredClone(nanjing2023) as typeof nanjing2023 & { duties: { mechanism: { roles: Roles } } };
      const roles = p.duties.mechanism.roles;
      freeze(roles);
      const first = () => _of(obligations(u, { asOf: "2026-06-18", policy: p }), "daily-record")[0]!.reasons[0]!.messageEn;
      expect(first()).toBe("2026-06-17 (2026-06-17 to 2026-06-17) needs a daily record by the officer: recorded on 2026-06-17");
      if (Object.isFrozen(roles)) roles.daily.push("director");
      else roles.daily = ["officer", "director"];
      expect(first()).toBe("2026-06-17 (2026-06-17 to 2026-06-17) needs a daily record by the officer/director: recorded on 2026-06-17");
    }
  });
});

describe("mechanism records — which days need a daily record", () => {
  it("every-day policy: a holiday needs one, and the day before is the calendar day before", () => {
    const p = definePolicy(nanjing2023, { id: "every-day", duties: { mechanism: { days: "every-day" } } });
    // 2026-06-20 (Sat) is in the 端午 holiday (6-19..21): under working days no record is owed on it.
    expect(_of(obligations(_unit(), { asOf: "2026-06-20" }), "daily-record").map((o) => [o.dueOn, o.status])).toEqual([["2026-06-18", "overdue"]]);
    const list = _of(obligations(_unit({ records: [rec("daily", "2026-06-20", "off")] }), { asOf: "2026-06-20", policy: p }), "daily-record");
    expect(list.map((o) => [o.dueOn, o.status, o.doneOn])).toEqual([
      ["2026-06-19", "overdue", undefined],
      ["2026-06-20", "met", "2026-06-20"],
    ]);
  });
});

describe("mechanism records — from the unit's start (mechanism.start)", () => {
  // A mandatory-standard producer (category (c), no licence): records owed from 2025-01-01, a Wednesday
  // in the ISO week 2025-W01 (2024-12-30..2025-01-05) and a holiday (元旦).
  const ms = _unit({ products: { mandatoryStandard: true }, people: [_boss, _off] });

  it("nothing before the start, even in the week that contains it", () => {
    expect(brief(obligations(ms, { asOf: "2024-12-30" }))).toEqual([]);
    expect(brief(obligations(ms, { asOf: "2024-12-31" }))).toEqual([]);
  });

  it("on the start day: the week and the month that contain it; no day before it", () => {
    expect(brief(obligations(ms, { asOf: "2025-01-01" }))).toEqual([
      ["weekly-record", "2025-01-05", "open"],
      ["monthly-record", "2025-01-31", "open"],
    ]);
  });

  it("a start on a working day: that day's record is owed, the day before it is not", () => {
    const p = definePolicy(nanjing2023, { id: "start-0618", duties: { mechanism: { start: { producer: { licence: "2026-06-18" } } } } });
    expect(brief(obligations(_unit(), { asOf: "2026-06-17", policy: p }))).toEqual([]);
    expect(brief(obligations(_unit(), { asOf: "2026-06-18", policy: p }))).toEqual([
      ["daily-record", "2026-06-18", "open"],
      ["weekly-record", "2026-06-21", "open"],
      ["monthly-record", "2026-06-30", "open"],
    ]);
    // 06-19 (端午): no record owed that day; the start day's is now overdue.
    expect(brief(obligations(_unit(), { asOf: "2026-06-19", policy: p }))).toEqual([
      ["daily-record", "2026-06-18", "overdue"],
      ["weekly-record", "2026-06-21", "open"],
      ["monthly-record", "2026-06-30", "open"],
    ]);
  });
});

describe("mechanism records — the unit's calendar lacks a year", () => {
  // A unit calendar holding only the 2026 notice: 2026-01-04 (Sun) is a working day, the one before it is in 2025.
  const cal2026 = createWorkCalendar({ id: "cn-2026-only", years: [chinaCalendarYear2026] });
  const gap2025 = {
    code: "calendar-coverage",
    missingYears: [2025],
    calendarId: "cn-2026-only",
    coverage: { start: "2026-01-01", end: "2026-12-31" },
  };
  const opts = (asOf: string, more: Partial<ObligationsOptions> = {}): ObligationsOptions => ({ asOf, unitCalendar: cal2026, ...more });

  it("the day before is unknown: today's record is owed, and one unknown obligation says which year is missing", () => {
    const u = _unit({ records: [rec("daily", "2026-01-04", "off")] });
    const [today, unknown, ...rest] = _of(obligations(u, opts("2026-01-04")), "daily-record");
    expect(rest).toEqual([]);
    expect(today).toMatchObject({ dueOn: "2026-01-04", status: "met", doneOn: "2026-01-04" });
    expect(unknown).toMatchObject({ kind: "daily-record", owedBy: "unit", dueOn: null, status: "unknown", decidedBy: "mechanism.daily", doneOn: "2026-01-04" });
    expect(unknown!.subject).toStrictEqual({ period: { id: "2026-01-04", start: "2026-01-04", end: "2026-01-04" } });
    expect(unknown!.reasons).toStrictEqual([
      {
        ...gap2025,
        rule: "mechanism.daily",
        facts: [],
        citation: m.daysCitation,
        window: { start: "2026-01-04", end: "2026-01-04" },
        message:
          "2026-01-04（2026-01-04至2026-01-04）应有质量安全员的《每日工业产品质量安全检查记录》（2026-01-04及其前一工作日是否须记录）：2025 年放假安排尚未收录（工作日历 cn-2026-only 覆盖 2026-01-01 至 2026-12-31），无法计算期限",
        messageEn:
          "2026-01-04 (2026-01-04 to 2026-01-04) needs a daily record by the officer (whether 2026-01-04 and the working day before it need one): The holiday notice for 2025 is not in the calendar yet (cn-2026-only covers 2026-01-01 to 2026-12-31), so the deadline cannot be computed",
      },
    ]);
  });

  it("no record: the unknown obligation has no doneOn", () => {
    const [, unknown] = _of(obligations(_unit(), opts("2026-01-04")), "daily-record");
    expect(unknown).toMatchObject({ status: "unknown" });
    expect(unknown).not.toHaveProperty("doneOn");
  });

  it("the start day needs no day before it: no unknown", () => {
    const p = definePolicy(nanjing2023, { id: "start-0104", duties: { mechanism: { start: { producer: { licence: "2026-01-04" } } } } });
    expect(_of(obligations(_unit(), opts("2026-01-04", { policy: p })), "daily-record").map((o) => [o.dueOn, o.status])).toEqual([["2026-01-04", "open"]]);
  });

  it("the start day itself in the missing year: unknown whether it needs a record", () => {
    const p = definePolicy(nanjing2023, { id: "start-1231", duties: { mechanism: { start: { producer: { licence: "2025-12-31" } } } } });
    const list = obligations(_unit(), opts("2025-12-31", { policy: p }));
    // Sorted by due date, the unknown last: 2025-12 (due 12-31), 2026-W01 (2025-12-29..2026-01-04).
    expect(brief(list)).toEqual([
      ["monthly-record", "2025-12-31", "open"],
      ["weekly-record", "2026-01-04", "open"],
      ["daily-record", null, "unknown"],
    ]);
    const unknown = _of(list, "daily-record")[0]!;
    expect(unknown.subject.period.id).toBe("2025-12-31");
    expect(unknown.reasons[0]).toMatchObject({ ...gap2025, rule: "mechanism.daily", window: { start: "2025-12-31", end: "2025-12-31" } });
  });
});

describe("mechanism records — who may make the weekly review", () => {
  // A small category (c) unit with no director. Under nanjing2023 it needs no director (large and
  // medium only), so the principal's review counts (weeklyWithoutDirector, a reading). A policy
  // that requires a director of small units too leaves only the director's review.
  const u = _unit({ size: "small", products: { mandatoryStandard: true }, people: [_boss, _off], records: [rec("weekly", "2026-06-10", "boss")] });
  it("the principal's review counts only when no director is required", () => {
    expect(_of(obligations(u, { asOf: "2026-06-18" }), "weekly-record")[0]).toMatchObject({ dueOn: "2026-06-14", status: "met", doneOn: "2026-06-10" });
    const p = definePolicy(nanjing2023, { id: "small-director", duties: { staffing: { director: { mandatoryStandardSizes: ["large", "medium", "small"] } } } });
    expect(_of(obligations(u, { asOf: "2026-06-18", policy: p }), "weekly-record")[0]).toMatchObject({ dueOn: "2026-06-14", status: "overdue" });
  });
});
