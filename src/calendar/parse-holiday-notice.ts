import { _formatIsoDate } from "../_lib/iso-date";
import { daysInMonth, fromDayNumber, isoWeekday, toDayNumber, type DayNumber, type IsoDate } from "../dates";
import { NoticeParseError, type NoticeParseErrorCode, type NoticeParseErrorParams } from "./notice-parse-error";
import type { CalendarSource, CalendarYearData } from "./types";

/** Options of {@link parseHolidayNotice}. */
export interface ParseHolidayNoticeOptions {
  /**
   * The year the notice is for. Needed only when the text does not name it (a title cut
   * off); when both name a year they must agree.
   */
  year?: number;
}

/** How many days at the end of the previous December a notice may list (as createWorkCalendar allows). */
const PREVIOUS_DECEMBER_DAYS = 7;
/** The longest range read as days off: no holiday is longer than a month. */
const MAX_RANGE_DAYS = 31;

const WEEKDAY_NAMES = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"];
const WEEKDAY_CHARS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const CHINESE_DIGITS: Readonly<Record<string, number>> = { 〇: 0, "○": 0, 零: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const HALF_TO_FULL: Readonly<Record<string, string>> = { "(": "（", ")": "）", ",": "，", ":": "：", ";": "；", "[": "〔", "]": "〕", "［": "〔", "］": "〕", "【": "〔", "】": "〕" };

/** A date as the notice writes it: `[YYYY年][M月]D日`. */
const DATE_AT = /^(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/;
const DATE_ANYWHERE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日((?:（[^（）]*）)*)/g;
const RANGE_SEPARATOR = /^(?:至|到|—+|–|－|-|~|～)/;
const ITEM_LINE = /^([一二三四五六七八九十]{1,3})、(.*)$/;
const OFF_PREDICATE = /^放假(?:调休|公休)?(?:(\d+)天)?$/;
const WORK_PREDICATE = /^(?:照常)?上班$/;
const TOTAL_CLAUSE = /^共(\d+)天$/;
const ENCOURAGEMENT = /^(?:鼓励|提倡|倡导)/;
/** Words of the older notices' explanatory sentences (其中，X为法定节假日，Y照常公休，Z公休日调至W). */
const EXPLANATION_WORDS = ["调至", "照常公休", "法定节假日", "法定假日", "公休日"];
/** Words that change the days: an explanatory clause with one of them and no reading is refused. */
const EFFECT_WORDS = ["放假", "补休", "休息", "上班"];

interface Where {
  sentence: string;
  line: number;
}

interface SentenceContext {
  /** The year the notice is for. */
  year: number;
  /** The year and month of the last date read in the item (a bare “21日” takes them). */
  last?: { year: number; month: number };
  /** The item's first day off: a date written without its year is read in the year that puts it nearest. */
  anchor?: DayNumber;
}

/** Everything read from the holiday items, with where each date was stated. */
interface Reading {
  off: Map<DayNumber, Where>;
  work: Map<DayNumber, Where>;
  /** Dates named by explanatory clauses: each must be off or working. */
  mentions: { day: DayNumber; where: Where }[];
}

function fail(code: NoticeParseErrorCode, where: Where, params?: NoticeParseErrorParams): never {
  throw new NoticeParseError(code, where, params);
}

/** A line as read: whitespace removed, ASCII punctuation and full-width digits made uniform. */
function clean(line: string): string {
  let out = "";
  for (const ch of line) {
    if (/\s/u.test(ch) || ch === "\u3000" || ch === "\ufeff") continue;
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
    else out += HALF_TO_FULL[ch] ?? ch;
  }
  return out;
}

function dayOf(year: number, month: number, day: number): DayNumber | undefined {
  // Non-integers (NaN from an unreadable numeral) fail every range check below: refuse them first.
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return toDayNumber(_formatIsoDate(year, month, day));
}

/** Splits at top-level separators (never inside （…）). */
function splitOutsideParens(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "（") depth++;
    else if (ch === "）") depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(ch)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.filter((p) => p !== "");
}

/** Reads the weekday parts of an annotation （星期六）/（周六）/（农历腊月二十八、周日） and checks them. */
function checkAnnotation(annotation: string, day: DayNumber, written: string, where: Where): void {
  for (const part of annotation.split(/[、，]/)) {
    const weekday = /^(?:星期|周|礼拜)([一二三四五六日天])$/.exec(part);
    if (weekday) {
      const date = fromDayNumber(day);
      const actual = isoWeekday(date);
      if (WEEKDAY_CHARS[weekday[1]!] !== actual) fail("weekday_mismatch", where, { written, date, stated: part, actual: WEEKDAY_NAMES[actual - 1]! });
    } else if (/\d/.test(part)) {
      // A date inside an annotation (除夕（2月9日）) is not a form we read as a day.
      fail("unreadable_sentence", where);
    }
  }
}

interface DateToken {
  year?: number;
  month?: number;
  day: number;
  /** The text of the date with its annotations. */
  written: string;
  /** The annotations' contents. */
  notes: string[];
}

/** Reads `[公历][YYYY年][M月]D日[星期X]（…）（…）` at `pos`. */
function readDate(text: string, pos: number): { token: DateToken; end: number } | undefined {
  const start = text.startsWith("公历", pos) ? pos + 2 : pos;
  const m = DATE_AT.exec(text.slice(start));
  if (!m) return undefined;
  let end = start + m[0].length;
  const notes: string[] = [];
  // A weekday written without brackets: 1月1日星期四.
  const bare = /^(?:星期|周)[一二三四五六日天]/.exec(text.slice(end));
  if (bare) {
    notes.push(bare[0]);
    end += bare[0].length;
  }
  while (text[end] === "（") {
    const close = text.indexOf("）", end);
    if (close === -1) break;
    notes.push(text.slice(end + 1, close));
    end = close + 1;
  }
  const token: DateToken = { day: Number(m[3]), written: text.slice(pos, end), notes };
  if (m[1] !== undefined) token.year = Number(m[1]);
  if (m[2] !== undefined) token.month = Number(m[2]);
  return { token, end };
}

/** Resolves a written date to a day, in context; checks its weekday annotations. */
function resolve(token: DateToken, ctx: SentenceContext, where: Where, rangeStart?: { day: DayNumber; year: number; month: number }): DayNumber {
  let year: number;
  let month: number;
  if (token.year !== undefined) {
    if (token.month === undefined) fail("unreadable_sentence", where);
    year = token.year;
    month = token.month;
  } else if (rangeStart) {
    // 1月21日至27日: the end takes the start's month; 12月31日至1月2日: the next year.
    month = token.month ?? rangeStart.month;
    year = rangeStart.year;
    if (token.month !== undefined && (dayOf(year, month, token.day) ?? Infinity) < rangeStart.day) year++;
  } else if (token.month === undefined) {
    // 2月20日（星期六）、21日（星期日）: a bare day takes the last date's year and month.
    if (!ctx.last) fail("unreadable_sentence", where);
    ({ year, month } = ctx.last);
  } else {
    month = token.month;
    year = ctx.year;
    if (ctx.anchor !== undefined) {
      // 12月29日 in the 2008 New Year item (2007年12月30日至2008年1月1日) is 2007-12-29.
      let best = Infinity;
      for (const y of [ctx.year - 1, ctx.year, ctx.year + 1]) {
        const d = dayOf(y, month, token.day);
        if (d !== undefined && Math.abs(d - ctx.anchor) < best) {
          best = Math.abs(d - ctx.anchor);
          year = y;
        }
      }
    }
  }
  const day = dayOf(year, month, token.day);
  if (day === undefined) fail("invalid_date", where, { written: token.written });
  for (const note of token.notes) checkAnnotation(note, day, token.written, where);
  ctx.last = { year, month };
  return day;
}

/**
 * Reads a leading list of dates and ranges (`1月28日（星期六）、1月29日（星期日）`,
 * `2022年12月31日至2023年1月2日`) and returns the days and what follows.
 */
function readDateList(clause: string, ctx: SentenceContext, where: Where): { days: DayNumber[]; rest: string } | undefined {
  let pos = 0;
  const days: DayNumber[] = [];
  for (;;) {
    const first = readDate(clause, pos);
    if (!first) return days.length === 0 ? undefined : { days, rest: clause.slice(pos - 1) };
    const start = resolve(first.token, ctx, where);
    pos = first.end;
    const sep = RANGE_SEPARATOR.exec(clause.slice(pos));
    const second = sep ? readDate(clause, pos + sep[0].length) : undefined;
    if (sep && second) {
      const startParts = { day: start, year: ctx.last!.year, month: ctx.last!.month };
      const end = resolve(second.token, ctx, where, startParts);
      if (end < start || end - start >= MAX_RANGE_DAYS) fail("invalid_range", where, { written: clause.slice(0, second.end) });
      for (let d = start; d <= end; d++) days.push(d);
      pos = second.end;
    } else days.push(start);
    if (clause[pos] !== "、") return { days, rest: clause.slice(pos) };
    pos++;
  }
}

/** Adds days off (checking their year and repeats). */
function addOff(reading: Reading, days: readonly DayNumber[], year: number, where: Where): void {
  for (const d of days) {
    checkInYear(d, year, where);
    if (reading.off.has(d)) fail("duplicate_date", where, { date: fromDayNumber(d) });
    reading.off.set(d, where);
  }
}

/** Adds working days: each must be a Saturday or Sunday. */
function addWork(reading: Reading, days: readonly DayNumber[], year: number, where: Where): void {
  for (const d of days) {
    checkInYear(d, year, where);
    const date = fromDayNumber(d);
    const weekday = isoWeekday(date);
    if (weekday < 6) fail("not_weekend", where, { date, actual: WEEKDAY_NAMES[weekday - 1]! });
    reading.work.set(d, where);
  }
}

function checkInYear(d: DayNumber, year: number, where: Where): void {
  const first = dayOf(year, 1, 1)!;
  const last = dayOf(year, 12, 31)!;
  if (d > last || d < first - PREVIOUS_DECEMBER_DAYS) fail("outside_year", where, { date: fromDayNumber(d), expected: year });
}

/** An explanatory clause: its 上班 list is read; every other date it names must turn out off or working. */
function readExplanation(clause: string, ctx: SentenceContext, reading: Reading, year: number, where: Where): void {
  const before = ctx.last;
  const listed = readDateList(clause, ctx, where);
  if (listed && WORK_PREDICATE.test(listed.rest)) {
    addWork(reading, listed.days, year, where);
    return;
  }
  ctx.last = before;
  if (EFFECT_WORDS.some((w) => clause.includes(w))) fail("unreadable_sentence", where);
  for (const m of clause.matchAll(DATE_ANYWHERE)) {
    const token: DateToken = { day: Number(m[3]), written: m[0], notes: [...m[4]!.matchAll(/（([^（）]*)）/g)].map((n) => n[1]!) };
    if (m[1] !== undefined) token.year = Number(m[1]);
    if (m[2] !== undefined) token.month = Number(m[2]);
    reading.mentions.push({ day: resolve(token, ctx, where), where });
  }
}

/** Reads one sentence of a holiday item. */
function readSentence(sentence: string, ctx: SentenceContext, reading: Reading, year: number, where: Where): void {
  if (ENCOURAGEMENT.test(sentence)) return; // 鼓励……安排职工在除夕（2月9日）休息: not a day off
  let clauses = splitOutsideParens(sentence, "，；：");
  // A "sentence" of separators only (e.g. "，。") says nothing readable: refuse it.
  if (clauses.length === 0) fail("unreadable_sentence", where);
  const explanation = clauses[0]!.startsWith("其中");
  if (explanation) {
    clauses = [clauses[0]!.slice(2), ...clauses.slice(1)].filter((c) => c !== "");
    for (const c of clauses) readExplanation(c, ctx, reading, year, where);
    return;
  }
  const head = readDateList(clauses[0]!, ctx, where);
  const off = head ? OFF_PREDICATE.exec(head.rest) : null;
  if (head && off) {
    // 1月21日至27日放假调休，共7天。 / 1月1日放假，与周末连休。 / 4月5日放假，4月6日（星期一）补休。 / 1月1日（周三）放假1天，不调休。
    if (ctx.anchor === undefined) ctx.anchor = head.days[0];
    const days = [...head.days];
    let total = off[1] === undefined ? undefined : Number(off[1]);
    for (let i = 1; i < clauses.length; i++) {
      const c = clauses[i]!;
      const count = TOTAL_CLAUSE.exec(c);
      if (count) {
        total = Number(count[1]);
        continue;
      }
      if (c === "与周末连休" || c === "不调休" || c === "调休" || c === "公休") continue;
      if (c.startsWith("其中")) {
        for (const rest of [c.slice(2), ...clauses.slice(i + 1)]) if (rest !== "") readExplanation(rest, ctx, reading, year, where);
        break;
      }
      const listed = readDateList(c, ctx, where);
      if (listed && listed.rest === "补休") days.push(...listed.days);
      else if (listed && WORK_PREDICATE.test(listed.rest)) addWork(reading, listed.days, year, where);
      else fail("unreadable_sentence", where);
    }
    if (total !== undefined && total !== days.length) fail("count_mismatch", where, { expected: total, found: days.length });
    addOff(reading, days, year, where);
    return;
  }
  // 1月28日（星期六）、1月29日（星期日）上班。
  if (head && WORK_PREDICATE.test(head.rest) && clauses.length === 1) {
    addWork(reading, head.days, year, where);
    return;
  }
  // 1月4日（星期日）公休日调至1月2日（星期五）。 (older notices)
  if (EXPLANATION_WORDS.some((w) => sentence.includes(w))) {
    for (const c of clauses) readExplanation(c, ctx, reading, year, where);
    return;
  }
  fail("unreadable_sentence", where);
}

/** A date line in Arabic or Chinese numerals: 2022年12月8日, 二〇一一年十二月五日. */
function parseDateLine(line: string): IsoDate | undefined {
  const m = /^([0-9〇○零O一二三四五六七八九]{4})年([0-9一二三四五六七八九十]{1,3})月([0-9一二三四五六七八九十]{1,3})日$/.exec(line);
  if (!m) return undefined;
  const year = /^\d+$/.test(m[1]!) ? Number(m[1]) : [...m[1]!].reduce((n, c) => n * 10 + (CHINESE_DIGITS[c] ?? NaN), 0);
  const num = (s: string): number => {
    if (/^\d+$/.test(s)) return Number(s);
    const ten = s.indexOf("十");
    if (ten === -1) return s.length === 1 ? (CHINESE_DIGITS[s] ?? NaN) : NaN;
    const tens = ten === 0 ? 1 : (CHINESE_DIGITS[s.slice(0, ten)] ?? NaN);
    const ones = ten === s.length - 1 ? 0 : (CHINESE_DIGITS[s.slice(ten + 1)] ?? NaN);
    return tens * 10 + ones;
  };
  const d = dayOf(year, num(m[2]!), num(m[3]!));
  return d === undefined ? undefined : fromDayNumber(d);
}

/**
 * Reads a State Council holiday notice 《国务院办公厅关于YYYY年部分节假日安排的通知》 (its
 * plain text, as published) into the data of its year: the days off, the weekend days
 * that are working days (调休上班), and the source (title, document number when the text
 * has one, publication date from the date line at the end).
 *
 * It reads the notices' sentence grammar, not a fixed layout: numbered items
 * (`一、元旦：…`, with or without the colon, the body on the same or the next lines); days
 * off as single days, lists and ranges (`1月21日至27日`, `2022年12月31日至2023年1月2日`,
 * `2月6日—12日`) followed by 放假 / 放假调休 / 放假公休 / 放假N天, with the clauses
 * `共N天` (checked against the days listed), `与周末连休`, `不调休` and
 * `X月Y日（星期一）补休` (a day off); working days `X月Y日（星期六）、Y日（星期日）上班`
 * (each must be a Saturday or Sunday); annotations （星期六）, （周六）, （农历除夕）,
 * （农历腊月二十八、周日）, and 公历 before a date or a weekday without brackets
 * (1月1日星期四) — every weekday is checked against the date; the older
 * notices' explanatory sentences (其中，…为法定节假日，…照常公休，…公休日调至…), whose
 * dates must all be days off or working days. Sentences that only encourage (鼓励……安排
 * 职工在除夕（2月9日）休息) are not days off and are skipped. A date written without its
 * year is read in the notice's year, or — inside an item that starts in the previous
 * December — in the year nearest to that item.
 *
 * Anything else in the holiday list is refused: never a partial year.
 *
 * @param text - The notice's text (UTF-8 string; full- or half-width punctuation).
 * @param options - `year`, when the text does not name it.
 * @returns The year's data, dates sorted; pass it to {@link extendCalendar} or
 *   {@link createWorkCalendar} (which validate it again). `source.url` is not in the text
 *   and is left out.
 * @throws {@link NoticeParseError} with the sentence and its line for anything it cannot
 *   read: an unknown sentence form, a weekday annotation that contradicts its date, a day
 *   count that does not match, a working day on a weekday, a date outside the year, no
 *   title or date line.
 * @example
 * ```ts
 * const year = parseHolidayNotice(text); // text: the 2026 notice
 * year.offDays.length;            // 31
 * year.workingWeekendDays[0];     // "2026-01-04"
 * year.source.publishedOn;        // "2025-11-04"
 * ```
 * @see 《国务院办公厅关于2026年部分节假日安排的通知》 and the notices before it (国办发明电〔2022〕16号 …)
 */
export function parseHolidayNotice(text: string, options: ParseHolidayNoticeOptions = {}): CalendarYearData {
  if (typeof text !== "string" || text.trim() === "") fail("empty", { sentence: "", line: 0 });
  const given = options?.year;
  if (given !== undefined && !(Number.isSafeInteger(given) && given >= 1 && given <= 9999)) fail("invalid_option", { sentence: "", line: 0 }, { found: given as number });
  const lines = text.split(/\r\n|\r|\n/).map(clean);

  // The holiday items: a numbered line and the lines up to the next one; after the last
  // item, only the lines that continue it (starting with a date or 其中), not the closing
  // paragraph, the signature or the date line.
  interface Item {
    line: number;
    parts: { text: string; line: number }[];
  }
  const starts: number[] = [];
  lines.forEach((line, i) => {
    if (ITEM_LINE.test(line)) starts.push(i);
  });
  if (starts.length === 0) fail("no_holidays", { sentence: "", line: 0 });
  const firstItem = starts[0]!;
  let lastItemLine = firstItem;
  const items: Item[] = starts.map((start, k) => {
    const rest = ITEM_LINE.exec(lines[start]!)![2]!;
    const colon = rest.indexOf("：");
    const digit = rest.search(/\d/);
    const bodyAt = colon !== -1 && (digit === -1 || colon < digit) ? colon + 1 : digit === -1 ? rest.length : digit;
    const item: Item = { line: start + 1, parts: [{ text: rest.slice(bodyAt), line: start + 1 }] };
    const last = k === starts.length - 1;
    const end = last ? lines.length : starts[k + 1]!;
    for (let i = start + 1; i < end; i++) {
      const line = lines[i]!;
      if (line === "") continue;
      if (last && !((/^\d/.test(line) || line.startsWith("其中")) && parseDateLine(line) === undefined)) break;
      item.parts.push({ text: line, line: i + 1 });
      lastItemLine = i;
    }
    if (last) lastItemLine = Math.max(lastItemLine, start);
    return item;
  });

  // The header: title, document number, year.
  const header = lines.slice(0, firstItem);
  let title: string | undefined;
  let titleLine = 0;
  for (let i = 0; i < header.length && title === undefined; i++) {
    const one = header[i]!.replace(/[《》]/g, "");
    const two = one.includes("关于") ? one + (header[i + 1] ?? "").replace(/[《》]/g, "") : "";
    for (const candidate of [one, two]) {
      if (/^[^：]*关于.*通知$/.test(candidate)) {
        title = candidate;
        titleLine = i + 1;
        break;
      }
    }
  }
  if (title === undefined) fail("no_title", { sentence: header.find((l) => l !== "") ?? "", line: header.findIndex((l) => l !== "") + 1 });
  let documentNumber: string | undefined;
  for (const line of header) {
    const m = /^([\u4e00-\u9fff]{2,12})〔(\d{4})〕(\d{1,4})号$/.exec(line);
    if (m) {
      documentNumber = `${m[1]}〔${m[2]}〕${m[3]}号`;
      break;
    }
  }
  const titleYear = /关于(\d{4})年/.exec(title)?.[1];
  const introLine = header.findIndex((l) => /现将\d{4}年/.test(l));
  const introYear = introLine === -1 ? undefined : /现将(\d{4})年/.exec(header[introLine]!)![1];
  const stated = titleYear ?? introYear;
  if (titleYear !== undefined && introYear !== undefined && titleYear !== introYear) {
    fail("year_mismatch", { sentence: header[introLine]!, line: introLine + 1 }, { expected: Number(titleYear), found: Number(introYear) });
  }
  if (stated !== undefined && given !== undefined && Number(stated) !== given) fail("year_mismatch", { sentence: title, line: titleLine }, { expected: given, found: Number(stated) });
  const year = given ?? (stated === undefined ? undefined : Number(stated));
  if (year === undefined) fail("no_year", { sentence: title, line: titleLine });

  // The date line after the items.
  let publishedOn: IsoDate | undefined;
  for (let i = lines.length - 1; i > lastItemLine && publishedOn === undefined; i--) publishedOn = parseDateLine(lines[i]!);
  if (publishedOn === undefined) {
    let last = lines.length - 1;
    while (last > 0 && lines[last] === "") last--;
    fail("no_published_date", { sentence: lines[last] ?? "", line: last + 1 });
  }

  // The items, sentence by sentence.
  const reading: Reading = { off: new Map(), work: new Map(), mentions: [] };
  for (const item of items) {
    const ctx: SentenceContext = { year };
    const before = reading.off.size;
    for (const { text: sentenceText, line } of sentencesOf(item.parts)) {
      const sentence = sentenceText;
      readSentence(sentence, ctx, reading, year, { sentence, line });
    }
    if (reading.off.size === before) fail("no_days_off", { sentence: item.parts.map((p) => p.text).join(""), line: item.line });
  }
  for (const [day, where] of reading.work) if (reading.off.has(day)) fail("off_and_working", where, { date: fromDayNumber(day) });
  for (const { day, where } of reading.mentions) {
    if (!reading.off.has(day) && !reading.work.has(day)) fail("unconfirmed_date", where, { date: fromDayNumber(day) });
  }

  const source: CalendarSource = { title: `《${title}》`, ...(documentNumber ? { documentNumber } : {}), publishedOn };
  const sorted = (m: Map<DayNumber, Where>) => [...m.keys()].sort((a, b) => a - b).map(fromDayNumber);
  return { year, offDays: sorted(reading.off), workingWeekendDays: sorted(reading.work), source };
}

/** Splits an item's text into sentences at 。, each with the line it starts on. */
function sentencesOf(parts: readonly { text: string; line: number }[]): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let current = "";
  let line = 0;
  let depth = 0;
  for (const part of parts) {
    for (const ch of part.text) {
      if (ch === "（") depth++;
      else if (ch === "）") depth = Math.max(0, depth - 1);
      if (ch === "。" && depth === 0) {
        if (current !== "") out.push({ text: current, line });
        current = "";
        continue;
      }
      if (current === "") line = part.line;
      current += ch;
    }
  }
  if (current !== "") out.push({ text: current, line });
  return out;
}
