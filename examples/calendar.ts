/**
 * Working days on China's official calendar (the State Council holiday notices, 2023–2026).
 *
 * Run: npx tsx examples/calendar.ts
 * In your own code, import from "quality-safety-duty" instead of "../src/index".
 */
import { CalendarCoverageError, chinaCalendar } from "../src/index";

// 2026 Labour Day (国办发明电〔2025〕7号): 1–5 May off, Saturday 9 May a working day.
console.log("2026-04-30 + 5 working days =", chinaCalendar.addWorkingDays("2026-04-30", 5));

// The nine-day 2026 Spring Festival (15–23 February), between two working Saturdays.
console.log("2026-02-14 (Saturday) is a working day:", chinaCalendar.isWorkingDay("2026-02-14"));
console.log("next working day after 2026-02-14 =", chinaCalendar.nextWorkingDay("2026-02-14"));
console.log("working days in (2026-02-13, 2026-02-27] =", chinaCalendar.countWorkingDays("2026-02-13", "2026-02-27"));

// A year without a published notice is an error, never a guess.
console.log(`coverage: ${chinaCalendar.coverage.start} to ${chinaCalendar.coverage.end}`);
try {
  chinaCalendar.addWorkingDays("2026-12-30", 5);
} catch (error) {
  if (!(error instanceof CalendarCoverageError)) throw error;
  console.log("2026-12-30 + 5 working days: CalendarCoverageError:", error.message);
}
