import type { CalendarYearData } from "../types";
import { chinaCalendarYear2023 } from "./cn-2023";
import { chinaCalendarYear2024 } from "./cn-2024";
import { chinaCalendarYear2025 } from "./cn-2025";
import { chinaCalendarYear2026 } from "./cn-2026";

export { chinaCalendarYear2023, chinaCalendarYear2024, chinaCalendarYear2025, chinaCalendarYear2026 };

/**
 * Every year of China's official working-day calendar this package holds, oldest first:
 * one entry per State Council notice 《关于YYYY年部分节假日安排的通知》. Frozen plain data;
 * build your own calendar from it (for an amended notice) with `createWorkCalendar`.
 *
 * @example
 * ```ts
 * chinaCalendarYears.map((y) => y.source.documentNumber);
 * // ["国办发明电〔2022〕16号", "国办发明电〔2023〕7号", "国办发明电〔2024〕12号", "国办发明电〔2025〕7号"]
 * ```
 * @see 国办发明电〔2022〕16号, 国办发明电〔2023〕7号, 国办发明电〔2024〕12号, 国办发明电〔2025〕7号
 */
export const chinaCalendarYears: readonly CalendarYearData[] = Object.freeze([
  chinaCalendarYear2023,
  chinaCalendarYear2024,
  chinaCalendarYear2025,
  chinaCalendarYear2026,
]);
