/**
 * Calendar data that cannot be used is refused with a message naming the year, the list
 * and the date, in both languages (createWorkCalendar, extendCalendar). Dates: 2030-12-28
 * is a Saturday, 2030-12-29 a Sunday; the notices' previous-December rule allows the last
 * 7 days of December in the next year's data (the 2023 notice lists 2022-12-31).
 */
import { describe, expect, it } from "vitest";
import { thrownAs } from "../../test/_thrown";
import { CalendarDataError, chinaCalendar, createWorkCalendar, extendCalendar, type CalendarYearData } from "./index";

const source = { title: "test", publishedOn: "2029-11-01" };
const year = (y: number, offDays: unknown = [], workingWeekendDays: unknown = []) => ({ year: y, offDays, workingWeekendDays, source }) as unknown as CalendarYearData;

const refused = (f: () => unknown): CalendarDataError => thrownAs(CalendarDataError, f);

describe("calendar data errors", () => {
  it("no options at all", () => {
    for (const options of [undefined, null, "cn"]) {
      const e = refused(() => createWorkCalendar(options as never));
      expect([e.code, e.message, e.messageZh]).toEqual(["no_years", "createWorkCalendar needs { id, years }.", "createWorkCalendar 需要参数 { id, years }。"]);
    }
  });

  it("extendCalendar needs a calendar with its years", () => {
    for (const c of [null, {}, { years: [] }, { weekendDays: [] }]) {
      expect(() => extendCalendar(c as never, year(2030))).toThrow(new TypeError("extendCalendar needs a calendar built by createWorkCalendar (with its years and weekendDays)."));
    }
  });

  it("a year not next to the coverage names the years that would be", () => {
    const e = refused(() => extendCalendar(chinaCalendar, year(2029)));
    expect([e.code, e.year, e.message, e.messageZh]).toEqual([
      "not_adjacent",
      2029,
      'Year 2029 is not adjacent to calendar "cn-state-council", which covers 2023–2026: add 2027 (or 2022) first.',
      "2029 年与工作日历“cn-state-council”（覆盖 2023–2026 年）不相邻：应先添加 2027 年（或 2022 年）。",
    ]);
  });

  it("a list that is not a list of dates names the list", () => {
    const off = refused(() => createWorkCalendar({ id: "x", years: [year(2030, "2030-01-01")] }));
    expect([off.code, off.year, off.message, off.messageZh]).toEqual(["invalid_date", 2030, 'Year 2030: offDays must be a list of dates, got "2030-01-01".', '2030 年：放假日期（offDays）应为日期列表，实际为 "2030-01-01"。']);
    const work = refused(() => createWorkCalendar({ id: "x", years: [year(2030, [], null)] }));
    expect([work.message, work.messageZh]).toEqual(["Year 2030: workingWeekendDays must be a list of dates, got null.", "2030 年：调休上班日期（workingWeekendDays）应为日期列表，实际为 null。"]);
  });

  it("years with a gap name the missing one", () => {
    const e = refused(() => createWorkCalendar({ id: "x", years: [year(2032), year(2030)] }));
    expect([e.code, e.year, e.message, e.messageZh]).toEqual(["not_contiguous", 2032, "The years must be contiguous: 2030 is followed by 2032, 2031 is missing.", "年份须连续：2030 年之后是 2032 年，缺少 2031 年。"]);
    const twice = refused(() => createWorkCalendar({ id: "x", years: [year(2030), year(2030)] }));
    expect([twice.code, twice.message, twice.messageZh]).toEqual(["duplicate_year", "Year 2030 is given twice.", "2030 年的数据重复。"]);
  });

  it("a previous-December date the two years disagree on: a day off in one, a working day in the other", () => {
    const off = refused(() => createWorkCalendar({ id: "x", years: [year(2030, [], ["2030-12-28"]), year(2031, ["2030-12-28"])] }));
    expect([off.code, off.year, off.date, off.message, off.messageZh]).toEqual([
      "conflict",
      2031,
      "2030-12-28",
      "Year 2031 lists 2030-12-28 as a day off, but year 2030's data says the opposite.",
      "2031 年数据将 2030-12-28 列为放假日，与 2030 年数据相矛盾。",
    ]);
    const working = refused(() => createWorkCalendar({ id: "x", years: [year(2030, ["2030-12-29"]), year(2031, [], ["2030-12-29"])] }));
    expect([working.code, working.message, working.messageZh]).toEqual([
      "conflict",
      "Year 2031 lists 2030-12-29 as a working day, but year 2030's data says the opposite.",
      "2031 年数据将 2030-12-29 列为上班日，与 2030 年数据相矛盾。",
    ]);
    // Agreeing years are fine: the Saturday works in both.
    expect(createWorkCalendar({ id: "x", years: [year(2030, [], ["2030-12-28"]), year(2031, [], ["2030-12-28"])] }).isWorkingDay("2030-12-28")).toBe(true);
  });
});
