import { isIsoDate, isoWeekday } from "../dates";

/** Why a holiday notice was refused (the `code` of a {@link NoticeParseError}). */
export type NoticeParseErrorCode =
  /** The text is empty (or not a string). */
  | "empty"
  /** `options.year` is not a whole number in 1–9999. */
  | "invalid_option"
  /** No title “…关于YYYY年部分节假日安排的通知” before the holiday list. */
  | "no_title"
  /** Neither the text nor `options.year` says which year the notice is for. */
  | "no_year"
  /** The text names another year than `options.year`, or its title and its opening sentence disagree. */
  | "year_mismatch"
  /** No date line (“2025年11月4日”) after the holiday list. */
  | "no_published_date"
  /** No numbered holiday item (“一、元旦：……”). */
  | "no_holidays"
  /** A holiday item names no day off. */
  | "no_days_off"
  /** A sentence of the holiday list has no form the parser knows. */
  | "unreadable_sentence"
  /** A date such as 2月30日 does not exist. */
  | "invalid_date"
  /** A weekday annotation （星期六）/（周六） does not match the date. */
  | "weekday_mismatch"
  /** A range ends before it starts, or is longer than a month. */
  | "invalid_range"
  /** “共N天” (or “放假N天”) does not match the days listed. */
  | "count_mismatch"
  /** A working day (上班) is not a Saturday or Sunday. */
  | "not_weekend"
  /** A date lies outside the notice's year (only the last 7 days of the previous December may be listed). */
  | "outside_year"
  /** A date is both a day off and a working day. */
  | "off_and_working"
  /** A date is listed as a day off twice. */
  | "duplicate_date"
  /** An explanatory sentence (其中……为法定节假日、……调至……) names a date that is neither off nor working. */
  | "unconfirmed_date";

/** What a {@link NoticeParseError} is about, beyond its sentence: the values its message is built from. */
export interface NoticeParseErrorParams {
  /** The date as written in the notice, e.g. `"1月28日（星期五）"`. */
  written?: string;
  /** The date it was read as, `YYYY-MM-DD`. */
  date?: string;
  /** The weekday the notice states, e.g. `"星期五"`. */
  stated?: string;
  /** The real weekday of `date`, e.g. `"星期六"`. */
  actual?: string;
  /** A count the notice states (共N天), or a year it names. */
  expected?: number;
  /** The count found, or another year. */
  found?: number;
}

type Texts = { zh: string; en: string };

const WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
/** The English weekday of a `YYYY-MM-DD` date in params (the Chinese one is in `actual`). */
const weekdayEn = (date: string | undefined): string => (date !== undefined && isIsoDate(date) ? WEEKDAYS_EN[isoWeekday(date) - 1]! : "?");

/** One table per language, keyed by code and built from the params (CONVENTIONS: messages from one table). */
const MESSAGES: { [C in NoticeParseErrorCode]: (p: NoticeParseErrorParams) => Texts } = {
  empty: () => ({ zh: "通知文本为空", en: "the notice text is empty" }),
  invalid_option: (p) => ({ zh: `参数 year 应为 1–9999 的整数，实际为 ${String(p.found)}`, en: `the year option must be a whole number 1–9999, not ${String(p.found)}` }),
  no_title: () => ({ zh: "找不到通知标题（“……关于YYYY年部分节假日安排的通知”）", en: "no title found (“…关于YYYY年部分节假日安排的通知”)" }),
  no_year: () => ({ zh: "无法确定年份：标题和正文都没有写明“YYYY年”，请指定年份", en: "cannot tell the year: neither the title nor the text names it; give the year" }),
  year_mismatch: (p) => ({ zh: `通知写的是 ${p.found} 年，而不是 ${p.expected} 年`, en: `the notice is for ${p.found}, not ${p.expected}` }),
  no_published_date: () => ({ zh: "找不到文末的发文日期（如“2025年11月4日”）", en: "no publication date line found at the end (e.g. “2025年11月4日”)" }),
  no_holidays: () => ({ zh: "找不到放假安排条目（如“一、元旦：……”）", en: "no holiday items found (e.g. “一、元旦：……”)" }),
  no_days_off: () => ({ zh: "该条目没有写明放假日期", en: "this item names no day off" }),
  unreadable_sentence: () => ({ zh: "无法识别这句话的放假或上班安排", en: "cannot read the days off or working days in this sentence" }),
  invalid_date: (p) => ({ zh: `“${p.written}”不是有效日期`, en: `“${p.written}” is not a real date` }),
  weekday_mismatch: (p) => ({ zh: `“${p.written}”标注为${p.stated}，但 ${p.date} 是${p.actual}`, en: `“${p.written}” says ${p.stated}, but ${p.date} is a ${weekdayEn(p.date)}` }),
  invalid_range: (p) => ({ zh: `日期范围“${p.written}”结束日早于开始日或超过一个月`, en: `the range “${p.written}” ends before it starts or is longer than a month` }),
  count_mismatch: (p) => ({ zh: `写明共 ${p.expected} 天，但所列放假日期共 ${p.found} 天`, en: `it says ${p.expected} days, but the days off listed are ${p.found}` }),
  not_weekend: (p) => ({ zh: `上班日 ${p.date}（${p.actual}）不是周六或周日`, en: `the working day ${p.date} (a ${weekdayEn(p.date)}) is not a Saturday or Sunday` }),
  outside_year: (p) => ({ zh: `${p.date} 不在 ${p.expected} 年内（仅允许上一年 12 月的最后 7 天）`, en: `${p.date} lies outside ${p.expected} (only the last 7 days of the previous December may be listed)` }),
  off_and_working: (p) => ({ zh: `${p.date} 既列为放假又列为上班`, en: `${p.date} is listed both as a day off and as a working day` }),
  duplicate_date: (p) => ({ zh: `${p.date} 重复列为放假日期`, en: `${p.date} is listed as a day off twice` }),
  unconfirmed_date: (p) => ({ zh: `说明中的 ${p.date} 既不是放假日期也不是上班日`, en: `the explanation names ${p.date}, which is neither a day off nor a working day` }),
};

/**
 * Thrown by {@link parseHolidayNotice} for anything it cannot read with certainty: a
 * sentence of unknown form, a weekday annotation that contradicts its date, a stated day
 * count that does not match, a working day that is not a weekend day, a missing title or
 * date line. It never returns part of a year.
 *
 * Carries the `sentence` (as read: whitespace removed, punctuation made full-width) and
 * its 1-based `line` in the text, a `code`, the values in `params`, an English `message`
 * and a Chinese `messageZh`, both starting with the line number.
 *
 * @example
 * ```ts
 * try { parseHolidayNotice(text); }
 * catch (e) {
 *   if (e instanceof NoticeParseError) console.log(e.code, e.line, e.sentence); // "weekday_mismatch" 10 "1月28日（星期五）、1月29日（星期日）上班"
 * }
 * ```
 * @see 《国务院办公厅关于2026年部分节假日安排的通知》 — the sentence forms it reads
 */
export class NoticeParseError extends Error {
  /** Always `"NoticeParseError"` (a literal, so it survives minification). */
  override readonly name = "NoticeParseError";
  /** What is wrong, machine-readable. */
  readonly code: NoticeParseErrorCode;
  /** 中文说明 — the message in Chinese. */
  readonly messageZh: string;
  /** The sentence that could not be read (or the line examined, for a missing title or date line; `""` when there is none). */
  readonly sentence: string;
  /** The 1-based line of the text where `sentence` starts (0 when the text has no such line). */
  readonly line: number;
  /** The values the message is built from. */
  readonly params: Readonly<NoticeParseErrorParams>;
  /**
   * @param code - What is wrong.
   * @param where - The sentence and its 1-based line.
   * @param params - The values for the message.
   */
  constructor(code: NoticeParseErrorCode, where: { sentence: string; line: number }, params: NoticeParseErrorParams = {}) {
    const { zh, en } = MESSAGES[code](params);
    const quoted = where.sentence === "" ? "" : where.sentence.length > 120 ? `${where.sentence.slice(0, 120)}…` : where.sentence;
    super(`${where.line > 0 ? `Line ${where.line}: ` : ""}${en}${quoted ? `: “${quoted}”` : ""}`);
    this.code = code;
    this.sentence = where.sentence;
    this.line = where.line;
    this.params = Object.freeze({ ...params });
    this.messageZh = `${where.line > 0 ? `第 ${where.line} 行：` : ""}${zh}${quoted ? `：“${quoted}”` : ""}`;
  }
}
