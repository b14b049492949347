import { describe, expect, it } from "vitest";
import { CalendarCoverageError, type WorkCalendar } from "../calendar";
import { InvalidDateError } from "../dates";
import { definePolicy, nanjing2023 } from "../policy";
import { responsibleOfficialUpdateDue } from "./responsible-official-update-due";

// 二（七）: "监管责任人如有变动，应在5个工作日内更新" — the 5th working day after the change
// (FACTS §3), on the State Council calendar (FACTS §4).
describe("responsibleOfficialUpdateDue", () => {
  it("golden: changed 2026-04-30 → due 2026-05-11 (1–5 May off, Saturday 9 May works)", () => {
    expect(responsibleOfficialUpdateDue("2026-04-30")).toBe("2026-05-11");
  });
  it("across the 9-day 2026 Spring Festival: changed Fri 2026-02-13 → 14 Feb (working Saturday), 24, 25, 26, 27 Feb", () => {
    expect(responsibleOfficialUpdateDue("2026-02-13")).toBe("2026-02-27");
  });
  it("across National Day 2026: changed 2026-09-30 → 8, 9, 10 (working Saturday), 12, 13 Oct", () => {
    expect(responsibleOfficialUpdateDue("2026-09-30")).toBe("2026-10-13");
  });
  it("an ordinary week: changed Mon 2025-03-03 → Mon 2025-03-10", () => {
    expect(responsibleOfficialUpdateDue("2025-03-03")).toBe("2025-03-10");
  });
  it("a change on a rest day: Sat 2025-03-08 → Fri 2025-03-14", () => {
    expect(responsibleOfficialUpdateDue("2025-03-08")).toBe("2025-03-14");
  });
  it("uses the policy's number of working days", () => {
    const p = definePolicy(nanjing2023, { id: "three", supervision: { responsibleOfficial: { updateWithinWorkingDays: 3 } } });
    // 6, 7, 8 May (1–5 May are the Labour Day holiday).
    expect(responsibleOfficialUpdateDue("2026-04-30", { policy: p })).toBe("2026-05-08");
  });
  it("uses the given calendar", () => {
    const calls: [string, number][] = [];
    const stub = {
      addWorkingDays: (d: string, n: number) => {
        calls.push([d, n]);
        return "2099-01-01";
      },
    } as unknown as WorkCalendar;
    expect(responsibleOfficialUpdateDue("2026-04-30", { calendar: stub })).toBe("2099-01-01");
    expect(calls).toEqual([["2026-04-30", 5]]);
  });
  it("a year without calendar data is an error, not a guess", () => {
    expect(() => responsibleOfficialUpdateDue("2027-06-01")).toThrow(CalendarCoverageError);
  });
  it("an invalid date is an InvalidDateError", () => {
    expect(() => responsibleOfficialUpdateDue("2026-02-29")).toThrow(InvalidDateError);
  });
});
