import { describe, expect, it } from "vitest";
import { _runQsd } from "../_test-io";
import { calendarYearInfo, consecutiveRuns, withWeekday } from "./calendar";

describe("calendarYearInfo", () => {
  it("counts the working days of each year as FACTS.md §4 states them", () => {
    expect(calendarYearInfo(2023).workingDays).toBe(249);
    expect(calendarYearInfo(2024).workingDays).toBe(251);
    expect(calendarYearInfo(2025).workingDays).toBe(248);
    expect(calendarYearInfo(2026).workingDays).toBe(248);
    expect(calendarYearInfo(2024).restDays).toBe(366 - 251);
  });
  it("groups the 2026 days off into the notice's holidays, the Spring Festival as one 9-day run", () => {
    const info = calendarYearInfo(2026);
    expect(info.offDays.find((r) => r.start === "2026-02-15")).toEqual({ start: "2026-02-15", end: "2026-02-23", days: 9 });
    expect(info.offDays).toHaveLength(7);
    expect(info.workingWeekendDays).toEqual(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]);
  });
  it("leaves out 2022-12-31, listed in the 2023 notice but not in 2023", () => {
    expect(calendarYearInfo(2023).offDays[0]).toEqual({ start: "2023-01-01", end: "2023-01-02", days: 2 });
  });
  it("says a year without a notice has no data", () => {
    expect(() => calendarYearInfo(2027)).toThrow(/2027/);
  });
});

describe("helpers", () => {
  it("labels weekdays and groups consecutive dates", () => {
    expect(withWeekday("2026-02-14", "zh")).toBe("2026-02-14（周六）");
    expect(withWeekday("2026-02-14", "en")).toBe("2026-02-14 (Sat)");
    expect(consecutiveRuns(["2024-03-01", "2024-02-28", "2024-02-29"])).toEqual([{ start: "2024-02-28", end: "2024-03-01", days: 3 }]);
  });
});

describe("qsd calendar", () => {
  it("adds working days across the 2026 Spring Festival and counts them back", async () => {
    // 2026-02-13 (Fri) + 1 = 02-14, a working Saturday; + 2 = 02-24, after the 9 days off.
    expect(await _runQsd(["calendar", "add", "2026-02-13", "1"])).toEqual({ code: 0, stdout: "2026-02-14\n", stderr: "" });
    expect((await _runQsd(["calendar", "add", "2026-02-13", "2"])).stdout).toBe("2026-02-24\n");
    expect((await _runQsd(["calendar", "add", "2026-02-24", "-2"])).stdout).toBe("2026-02-13\n");
    // The plan's 5-working-day rule: a change on 2026-04-30 is due 2026-05-11 (05-01..05-05 off, 05-09 worked).
    expect((await _runQsd(["calendar", "add", "2026-04-30", "5"])).stdout).toBe("2026-05-11\n");
    expect((await _runQsd(["calendar", "count", "2025-12-31", "2026-12-31"])).stdout).toBe("248\n");
    expect(JSON.parse((await _runQsd(["calendar", "count", "2026-04-30", "2026-05-11", "--json"])).stdout)).toMatchObject({ workingDays: 5 });
  });
  it("refuses dates outside the calendar with a clear message and exit 2", async () => {
    const r = await _runQsd(["calendar", "add", "2026-12-30", "5", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^qsd: error: .*2026-12-31/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect((await _runQsd(["calendar", "info", "2027"])).code).toBe(2);
    expect((await _runQsd(["calendar", "add", "2026-02-30", "1"])).code).toBe(2);
  });
  it("shows a year with its source notice", async () => {
    const r = await _runQsd(["calendar", "info", "2024", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("国办发明电〔2023〕7号");
    expect(r.stdout).toMatch(/Working days\s+251/);
    expect(r.stdout).toContain("2024-02-10 (Sat) to 2024-02-17 (Sat), 8 days");
  });
});
