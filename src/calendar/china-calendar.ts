import { _defineCalendar } from "./create-work-calendar";
import { chinaCalendarYears } from "./data";
import type { YearDataWorkCalendar } from "./types";

/**
 * China's official working-day calendar (全国统一工作日历), 2023-01-01 to 2026-12-31, from
 * the State Council General Office's yearly notices 《关于YYYY年部分节假日安排的通知》.
 *
 * Listed days off rest, listed adjusted weekend days (调休上班) work, every other Saturday
 * and Sunday rests and every other weekday works. Administrative periods in working days
 * count this way (行政许可法 Art. 82, 行政强制法 Art. 69). A date outside 2023–2026 throws
 * {@link CalendarCoverageError}: the 2027 notice is not published yet, and the calendar
 * never guesses Monday–Friday. Add a newly published year with {@link extendCalendar}.
 *
 * Coverage starts on 2023-01-01 although the 2023 notice also lists 2022-12-31 (a Saturday,
 * so a rest day anyway): the rest of 2022 is not held here.
 *
 * The lookup tables are built on first use, so importing the package costs nothing more
 * than its frozen data.
 *
 * @example
 * ```ts
 * chinaCalendar.isWorkingDay("2024-02-09");          // true (New Year's Eve, 2024, works)
 * chinaCalendar.addWorkingDays("2026-04-30", 5);     // "2026-05-11"
 * chinaCalendar.nextWorkingDay("2026-02-14");        // "2026-02-24" (after the 9-day Spring Festival)
 * chinaCalendar.countWorkingDays("2025-12-31", "2026-12-31"); // 248
 * ```
 * @see 国办发明电〔2022〕16号, 国办发明电〔2023〕7号, 国办发明电〔2024〕12号, 国办发明电〔2025〕7号
 */
export const chinaCalendar: YearDataWorkCalendar = _defineCalendar("cn-state-council", chinaCalendarYears, Object.freeze([6, 7]), true);
