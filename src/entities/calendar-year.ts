import { z } from "zod";
import { IsoDateSchema } from "./primitives";

/**
 * 来源 — the notice a calendar year comes from (the `source` of a `CalendarYearData`).
 *
 * @example
 * ```ts
 * CalendarSourceSchema.parse({ title: "《国务院办公厅关于2026年部分节假日安排的通知》", publishedOn: "2025-11-04" });
 * ```
 * @see 《国务院办公厅关于2026年部分节假日安排的通知》
 */
export const CalendarSourceSchema = z
  .object({
    /** 文件名称 */
    title: z.string().min(1).meta({ description: "文件名称 — the notice's title, e.g. 《国务院办公厅关于2026年部分节假日安排的通知》." }),
    /** 文号 */
    documentNumber: z.string().min(1).optional().meta({ description: "文号 — its document number, e.g. 国办发明电〔2025〕7号 (absent when the text does not give it)." }),
    /** 发布日期 */
    publishedOn: IsoDateSchema.meta({ description: "发布日期 — the date line at the end of the notice.", format: "date" }),
    /** 网址 */
    url: z.string().min(1).optional().meta({ description: "网址 — where it is published." }),
  })
  .meta({ title: "CalendarSource", description: "来源 — the State Council notice a calendar year comes from." });

/**
 * 日历年 — one year of a working-day calendar, as one State Council holiday notice gives
 * it: the days off and the weekend days that are working days. The shape of
 * `CalendarYearData`; `qsd calendar import` writes it, `qsd --calendar FILE` reads it, and
 * `schemas/calendar-year.schema.json` publishes it.
 *
 * It checks the form only. Whether the dates fit their year (the notice may list the last
 * 7 days of the previous December), whether each working day is a weekend day, and whether
 * a date is listed twice or both off and working are checked by `createWorkCalendar` and
 * `extendCalendar` when the year is added, with a `CalendarDataError`.
 *
 * @example
 * ```ts
 * const r = CalendarYearDataSchema.safeParse(JSON.parse(text)); // text: what `qsd calendar import` wrote
 * if (r.success) extendCalendar(chinaCalendar, r.data);
 * ```
 * @see 《国务院办公厅关于2026年部分节假日安排的通知》 — the data of one notice
 */
export const CalendarYearDataSchema = z
  .object({
    /** 年份 */
    year: z.number().int().min(1).max(9999).meta({ description: "年份 — the year, e.g. 2027." }),
    /** 放假日期 */
    offDays: z.array(IsoDateSchema).meta({ description: "放假日期 — every date the notice lists as a day off (may include the last days of the previous December)." }),
    /** 调休上班日期 */
    workingWeekendDays: z.array(IsoDateSchema).meta({ description: "调休上班日期 — the weekend dates that are working days." }),
    /** 来源 */
    source: CalendarSourceSchema,
  })
  .meta({
    title: "CalendarYear",
    description:
      "日历年 — one year of China's working-day calendar, from one State Council holiday notice 《国务院办公厅关于YYYY年部分节假日安排的通知》 (write one with `qsd calendar import`; load it with `qsd --calendar FILE` or QSD_CALENDAR). JSON Schema cannot express: dates inside the year (or the last 7 days of the previous December), working days on Saturdays or Sundays, no date listed twice or both off and working; createWorkCalendar() and extendCalendar() check them when the year is added (CalendarDataError), and so does qsd --calendar.",
  });

/** The parsed value of {@link CalendarYearDataSchema} (assignable to `CalendarYearData`). */
export type CalendarYearDataOutput = z.infer<typeof CalendarYearDataSchema>;
/** What {@link CalendarYearDataSchema} accepts. */
export type CalendarYearDataInput = z.input<typeof CalendarYearDataSchema>;
