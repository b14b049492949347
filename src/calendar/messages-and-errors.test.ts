/**
 * What the calendar's errors and a refused holiday notice say, in both languages, and which
 * years a question beyond the calendar needs. chinaCalendar covers 2023-01-01 to
 * 2026-12-31 (the State Council notices of 2023–2026).
 */
import { describe, expect, it } from "vitest";
import { _orCoverageGap, calendarCoverageGap } from "./coverage-gap";
import { CalendarCoverageError, CalendarDataError, chinaCalendar, createWorkCalendar, InvalidWorkingDayCountError, NoticeParseError } from "./index";

function thrown<E>(f: () => unknown, type: new (...a: never[]) => E): E {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(type);
    return e as E;
  }
  throw new Error("did not throw");
}

describe("CalendarCoverageError", () => {
  it("a date outside the calendar: the years it needs, and a message naming the calendar and its coverage", () => {
    const e = thrown(() => chinaCalendar.isWorkingDay("2028-03-01"), CalendarCoverageError);
    expect(e.missingYears).toEqual([2027, 2028]);
    expect(e.message).toBe('Date "2028-03-01" is outside the working-day calendar "cn-state-council", which covers 2023-01-01 to 2026-12-31.');
    expect(e.messageZh).toBe('日期 "2028-03-01" 超出工作日历“cn-state-council”的覆盖范围（2023-01-01 至 2026-12-31）：该年份尚无放假安排数据。');
    expect("workingDays" in e).toBe(false);
    expect("workingDays" in e.params).toBe(false);
    expect(thrown(() => chinaCalendar.isWorkingDay("2021-05-01"), CalendarCoverageError).missingYears).toEqual([2021, 2022]);
  });

  it("counting working days past either end: the next year, or the year before", () => {
    // 2026-12-31 is the last covered day; five working days after 2026-12-28 run past it.
    const forward = thrown(() => chinaCalendar.addWorkingDays("2026-12-28", 5), CalendarCoverageError);
    expect([forward.workingDays, forward.params.workingDays, forward.missingYears]).toEqual([5, 5, [2027]]);
    expect(forward.message).toBe('Adding 5 working days to "2026-12-28" leaves the working-day calendar "cn-state-council", which covers 2023-01-01 to 2026-12-31.');
    expect(forward.messageZh).toBe('自 "2026-12-28" 起计算 5 个工作日超出工作日历“cn-state-council”的覆盖范围（2023-01-01 至 2026-12-31）。');
    // 2023-01-03 (a Tuesday, after the 元旦 holiday of 2022-12-31 to 2023-01-02) counted back 5 working days needs 2022.
    const back = thrown(() => chinaCalendar.addWorkingDays("2023-01-03", -5), CalendarCoverageError);
    expect([back.workingDays, back.missingYears]).toEqual([-5, [2022]]);
  });

  it("a value that is not a date needs no particular year; the gap then speaks of the years needed", () => {
    const e = new CalendarCoverageError(12345, chinaCalendar);
    expect(e.missingYears).toEqual([]);
    expect(calendarCoverageGap(e)).toEqual({
      code: "calendar-coverage",
      missingYears: [],
      calendarId: "cn-state-council",
      coverage: { start: "2023-01-01", end: "2026-12-31" },
      message: "所需年份的放假安排尚未收录（工作日历 cn-state-council 覆盖 2023-01-01 至 2026-12-31）",
      messageEn: "The holiday notice for the years needed is not in the calendar yet (cn-state-council covers 2023-01-01 to 2026-12-31)",
    });
    const gap = calendarCoverageGap(thrown(() => chinaCalendar.isWorkingDay("2028-03-01"), CalendarCoverageError));
    expect([gap.message, gap.messageEn]).toEqual([
      "2027、2028 年放假安排尚未收录（工作日历 cn-state-council 覆盖 2023-01-01 至 2026-12-31）",
      "The holiday notice for 2027, 2028 is not in the calendar yet (cn-state-council covers 2023-01-01 to 2026-12-31)",
    ]);
  });

  it("_orCoverageGap turns only a coverage error into a gap", () => {
    expect(_orCoverageGap(() => chinaCalendar.isWorkingDay("2026-06-19"))).toEqual({ ok: true, value: false }); // 端午节
    const r = _orCoverageGap(() => chinaCalendar.isWorkingDay("2027-01-04"));
    expect(r.ok === false && r.gap.missingYears).toEqual([2027]);
    expect(() => _orCoverageGap(() => chinaCalendar.addWorkingDays("2026-06-01", 1.5))).toThrow(InvalidWorkingDayCountError);
  });
});

describe("InvalidWorkingDayCountError and CalendarDataError", () => {
  it("a count of working days that is not a whole number", () => {
    const e = thrown(() => chinaCalendar.addWorkingDays("2026-06-01", 1.5), InvalidWorkingDayCountError);
    expect([e.code, e.value, e.message, e.messageZh]).toEqual(["invalid_working_day_count", 1.5, "Invalid number of working days 1.5: expected a whole number.", "工作日天数 1.5 无效：应为整数。"]);
  });

  it("a data error carries the year and date only when it has them", () => {
    const none = thrown(() => createWorkCalendar({ id: "x", years: [] }), CalendarDataError);
    expect(["year" in none, "date" in none]).toEqual([false, false]);
    const dated = thrown(() => createWorkCalendar({ id: "x", years: [{ year: 2030, offDays: ["2030-02-30"], workingWeekendDays: [], source: { title: "t", publishedOn: "2029-11-01" } }] }), CalendarDataError);
    expect([dated.code, dated.year, dated.date]).toEqual(["invalid_date", 2030, "2030-02-30"]);
  });
});

describe("NoticeParseError: the line, the sentence and what is wrong, in both languages", () => {
  const at = { sentence: "一、元旦：1月1日放假", line: 7 };
  const cases: [ConstructorParameters<typeof NoticeParseError>[0], ConstructorParameters<typeof NoticeParseError>[2], string, string][] = [
    ["empty", {}, "通知文本为空", "the notice text is empty"],
    ["invalid_option", { found: 0 }, "参数 year 应为 1–9999 的整数，实际为 0", "the year option must be a whole number 1–9999, not 0"],
    ["no_title", {}, "找不到通知标题（“……关于YYYY年部分节假日安排的通知”）", "no title found (“…关于YYYY年部分节假日安排的通知”)"],
    ["no_year", {}, "无法确定年份：标题和正文都没有写明“YYYY年”，请指定年份", "cannot tell the year: neither the title nor the text names it; give the year"],
    ["year_mismatch", { found: 2026, expected: 2027 }, "通知写的是 2026 年，而不是 2027 年", "the notice is for 2026, not 2027"],
    ["no_published_date", {}, "找不到文末的发文日期（如“2025年11月4日”）", "no publication date line found at the end (e.g. “2025年11月4日”)"],
    ["no_holidays", {}, "找不到放假安排条目（如“一、元旦：……”）", "no holiday items found (e.g. “一、元旦：……”)"],
    ["no_days_off", {}, "该条目没有写明放假日期", "this item names no day off"],
    ["unreadable_sentence", {}, "无法识别这句话的放假或上班安排", "cannot read the days off or working days in this sentence"],
    ["invalid_date", { written: "2月30日" }, "“2月30日”不是有效日期", "“2月30日” is not a real date"],
    // 国办发明电〔2025〕7号: 端午节 6月19日（周五）; 2026-06-20 is a Saturday.
    ["weekday_mismatch", { written: "6月20日（周五）", stated: "周五", date: "2026-06-20", actual: "星期六" }, "“6月20日（周五）”标注为周五，但 2026-06-20 是星期六", "“6月20日（周五）” says 周五, but 2026-06-20 is a Saturday"],
    ["invalid_range", { written: "1月5日至1月3日" }, "日期范围“1月5日至1月3日”结束日早于开始日或超过一个月", "the range “1月5日至1月3日” ends before it starts or is longer than a month"],
    ["count_mismatch", { expected: 3, found: 2 }, "写明共 3 天，但所列放假日期共 2 天", "it says 3 days, but the days off listed are 2"],
    // 2026-02-16 is a Monday (春节 2月15日（周日）至23日（周一）).
    ["not_weekend", { date: "2026-02-16", actual: "星期一" }, "上班日 2026-02-16（星期一）不是周六或周日", "the working day 2026-02-16 (a Monday) is not a Saturday or Sunday"],
    ["outside_year", { date: "2025-12-01", expected: 2026 }, "2025-12-01 不在 2026 年内（仅允许上一年 12 月的最后 7 天）", "2025-12-01 lies outside 2026 (only the last 7 days of the previous December may be listed)"],
    ["off_and_working", { date: "2026-02-14" }, "2026-02-14 既列为放假又列为上班", "2026-02-14 is listed both as a day off and as a working day"],
    ["duplicate_date", { date: "2026-01-01" }, "2026-01-01 重复列为放假日期", "2026-01-01 is listed as a day off twice"],
    ["unconfirmed_date", { date: "2026-05-06" }, "说明中的 2026-05-06 既不是放假日期也不是上班日", "the explanation names 2026-05-06, which is neither a day off nor a working day"],
  ];
  it.each(cases)("%s", (code, params, zh, en) => {
    const e = new NoticeParseError(code, at, params);
    expect([e.code, e.line, e.sentence, e.params]).toEqual([code, 7, at.sentence, params]);
    expect(e.messageZh).toBe(`第 7 行：${zh}：“一、元旦：1月1日放假”`);
    expect(e.message).toBe(`Line 7: ${en}: “一、元旦：1月1日放假”`);
  });

  it("no line and no sentence: the message alone; a long sentence is cut at 120 characters", () => {
    const e = new NoticeParseError("empty", { sentence: "", line: 0 });
    expect([e.message, e.messageZh]).toEqual(["the notice text is empty", "通知文本为空"]);
    const long = "甲".repeat(121);
    const cut = new NoticeParseError("unreadable_sentence", { sentence: long, line: 3 });
    expect(cut.message).toBe(`Line 3: cannot read the days off or working days in this sentence: “${"甲".repeat(120)}…”`);
    expect(cut.sentence).toBe(long);
    expect(new NoticeParseError("unreadable_sentence", { sentence: "甲".repeat(120), line: 3 }).message.endsWith(`${"甲".repeat(120)}”`)).toBe(true);
    expect(Object.isFrozen(cut.params)).toBe(true);
  });

  it("an English weekday it cannot tell is a question mark", () => {
    expect(new NoticeParseError("not_weekend", { sentence: "", line: 0 }, { actual: "?" }).message).toBe("the working day undefined (a ?) is not a Saturday or Sunday");
    expect(new NoticeParseError("not_weekend", { sentence: "", line: 0 }, { date: "2026-02-30" }).message).toBe("the working day 2026-02-30 (a ?) is not a Saturday or Sunday");
  });
});
