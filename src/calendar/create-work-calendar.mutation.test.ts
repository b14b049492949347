/**
 * createWorkCalendar beyond the happy path: bad ids, sources, years and weekend days are
 * named; the calendar keeps its own frozen copy of the data; 1 January off in a one-year
 * calendar; the day after the coverage is outside it; the rank tables exist from the first
 * question, whichever it is.
 */
import { describe, expect, it } from "vitest";
import { thrownAs } from "../../test/_thrown";
import { _calendarTables, _defineCalendar } from "./create-work-calendar";
import { CalendarCoverageError, CalendarDataError, chinaCalendar, chinaCalendarYear2026, createWorkCalendar, extendCalendar, type CalendarYearData } from "./index";

const source = { title: "test", publishedOn: "2029-11-01" };
// 2030-01-01 is a Tuesday; 2030-01-02 a Wednesday.
const y2030 = (over: Partial<Record<keyof CalendarYearData, unknown>> = {}) => ({ year: 2030, offDays: [], workingWeekendDays: [], source, ...over }) as unknown as CalendarYearData;

const refused = (f: () => unknown): CalendarDataError => thrownAs(CalendarDataError, f);

describe("createWorkCalendar: what it refuses, and says", () => {
  it("an id that is not a non-empty string", () => {
    for (const [id, shown] of [["  ", '"  "'], [5, "5"], [undefined, "undefined"]] as const) {
      const e = refused(() => createWorkCalendar({ id: id as never, years: [y2030()] }));
      expect([e.code, e.message]).toEqual(["invalid_id", `A working-day calendar needs an id (a non-empty string), got ${shown}.`]);
    }
  });

  it("no years, a year out of 1–9999, bad weekend days", () => {
    expect(refused(() => createWorkCalendar({ id: "x", years: [] })).message).toBe("A working-day calendar needs the data of at least one year.");
    expect(refused(() => createWorkCalendar({ id: "x", years: [y2030({ year: 0 })] })).message).toBe("Calendar year data needs a year 1–9999, got 0.");
    expect(refused(() => createWorkCalendar({ id: "x", years: [y2030()], weekendDays: [6, 6] })).message).toBe("weekendDays must list distinct ISO weekdays 1–7 (1 = Monday), at most 6 of them; got array.");
  });

  it("a source without a title or a publication date", () => {
    for (const bad of [null, "国办发明电", { publishedOn: "2029-11-01" }, { title: 5, publishedOn: "2029-11-01" }, { title: "  ", publishedOn: "2029-11-01" }, { title: "t", publishedOn: "2029-13-01" }]) {
      const e = refused(() => createWorkCalendar({ id: "x", years: [y2030({ source: bad })] }));
      expect([e.code, e.year, e.message]).toEqual(["invalid_source", 2030, 'The source of year 2030 needs a title and a publication date "YYYY-MM-DD".']);
    }
  });

  it("a year already covered, unless replaced", () => {
    const e = refused(() => extendCalendar(chinaCalendar, chinaCalendarYear2026));
    expect(e.message).toBe('Year 2026 is already covered by calendar "cn-state-council"; pass { replace: true } to replace it with amended data.');
    expect(extendCalendar(chinaCalendar, chinaCalendarYear2026, { replace: true }).coverage).toEqual(chinaCalendar.coverage);
  });
});

describe("createWorkCalendar: the data it keeps, and the days it knows", () => {
  it("keeps its own frozen copy: changing the data given later changes nothing", () => {
    const data = { year: 2030, offDays: ["2030-01-01"], workingWeekendDays: [] as string[], source: { title: "test", publishedOn: "2029-11-01" } };
    const cal = createWorkCalendar({ id: "x", years: [data] });
    data.offDays.push("2030-01-02");
    data.source.title = "changed";
    expect(cal.isWorkingDay("2030-01-02")).toBe(true);
    expect(cal.years[0]).not.toBe(data);
    expect(cal.years[0]!.offDays).toEqual(["2030-01-01"]);
    expect(cal.years[0]!.source.title).toBe("test");
    expect([Object.isFrozen(cal.years[0]), Object.isFrozen(cal.years[0]!.offDays), Object.isFrozen(cal.years[0]!.workingWeekendDays), Object.isFrozen(cal.years[0]!.source)]).toEqual([true, true, true, true]);
    // Data frozen all the way down (the bundled years) is kept as it is.
    expect(createWorkCalendar({ id: "y", years: [chinaCalendarYear2026] }).years[0]).toBe(chinaCalendarYear2026);
    // Frozen at the top only: copied.
    const shallow = Object.freeze({ ...data, offDays: ["2030-01-01"] });
    expect(createWorkCalendar({ id: "z", years: [shallow] }).years[0]).not.toBe(shallow);
  });

  it("1 January off in a one-year calendar is off (it is in the year, not the previous December)", () => {
    const cal = createWorkCalendar({ id: "x", years: [y2030({ offDays: ["2030-01-01"] })] });
    expect(cal.isWorkingDay("2030-01-01")).toBe(false);
    expect(cal.isWorkingDay("2030-01-02")).toBe(true);
  });

  it("the day after the coverage is outside it", () => {
    const cal = createWorkCalendar({ id: "x", years: [y2030()] });
    expect(() => cal.isWorkingDay("2031-01-01")).toThrow(CalendarCoverageError);
    expect(() => chinaCalendar.isWorkingDay("2027-01-01")).toThrow(CalendarCoverageError);
    expect(() => chinaCalendar.countWorkingDays("2026-12-31", "2027-01-01")).toThrow(CalendarCoverageError);
  });

  it("a lazily built calendar answers its first question, whichever it is", () => {
    const data = [y2030({ offDays: ["2030-01-01"] })];
    // 2030-01-02 (Wed) to 2030-01-08 (Tue): Thu, Fri, Mon, Tue work.
    expect(_defineCalendar("a", data, [6, 7], true).countWorkingDays("2030-01-02", "2030-01-08")).toBe(4);
    expect(_defineCalendar("b", data, [6, 7], true).nextWorkingDay("2030-01-04")).toBe("2030-01-07");
    expect(_defineCalendar("c", data, [6, 7], true).addWorkingDays("2030-01-04", 1)).toBe("2030-01-07");
    const tables = _calendarTables(_defineCalendar("d", data, [6, 7], true));
    expect(tables?.workingDates[0]).toBe("2030-01-02");
    expect(_calendarTables(createWorkCalendar({ id: "e", years: data }))?.cum.length).toBe(366);
    expect(_calendarTables({})).toBeUndefined();
  });
});
