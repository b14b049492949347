import { CalendarCoverageError, calendarCoverageGap, chinaCalendar, type CalendarCoverageGap, type WorkCalendar } from "../calendar";
import { _missingWorkingDays } from "../calendar/missing-working-days";
import {
  fromDayNumber,
  isoWeeksOverlapping,
  monthsOverlapping,
  toDayNumber,
  type DateRange,
  type DayNumber,
  type IsoDate,
  type IsoWeek,
} from "../dates";
import { _weekdayOfDayNumber } from "../dates/day-number";
import { labels, type MechanismRecord, type MechanismRecordKind, type PersonRole, type Unit } from "../entities";
import type { DutiesParameters, Policy } from "../policy";
import { DutiesInputError } from "./errors";
import { _dutiesOf, _people } from "./internal";
import { _reason, type DutyReason } from "./reason";
import { _mechanismStart } from "./mechanism-start";
import { scopeWithReasons } from "./scope";
import { staffingRequirements } from "./staffing-requirements";
import { _assertParsedUnit } from "../entities/unit-shape";
import { _checkAsOfRange, type AS_OF_RANGE } from "../dates/as-of";

/** Which days need a daily record: the unit's working days or every day. */
export type MechanismDays = "working-days" | "every-day";
/** Which weeks and months of a range are checked (see {@link mechanismGaps}). */
export type MechanismPeriods = "due-in-range" | "inside-range";

/** Options of {@link mechanismGaps}. */
export interface MechanismGapsOptions {
  /** First day of the range (`YYYY-MM-DD`), inclusive. */
  from: IsoDate;
  /** Last day of the range, inclusive (e.g. the as-of day). */
  to: IsoDate;
  /** The policy (default `nanjing2023`). */
  policy?: Policy;
  /**
   * The working-day calendar for daily records (default `chinaCalendar`, the State
   * Council's official calendar); pass a unit's own operating calendar to use its days.
   */
  calendar?: WorkCalendar;
  /** Overrides the policy's `mechanism.days`. */
  days?: MechanismDays;
  /** Overrides the policy's `mechanism.periods`. */
  periods?: MechanismPeriods;
}

/** Why a mechanism record does not count. */
export type WrongRoleProblem = "wrong-role" | "not-in-post" | "unknown-person";

/** A mechanism record made by someone who may not make it: the record's fields, plus why. */
export interface WrongRoleRecord extends MechanismRecord {
  /** Its index in `unit.records`. */
  recordIndex: number;
  /** `wrong-role` (the person's role may not make it), `not-in-post` (not in post on the record's date) or `unknown-person`. */
  problem: WrongRoleProblem;
  /** The role of `byPersonId` (absent for an unknown person). */
  byRole?: PersonRole;
  /** The roles that may make this kind of record (policy `mechanism.roles`). */
  expectedRoles: PersonRole[];
}

/** Days {@link mechanismGaps} could not judge: a stretch outside the calendar's coverage. */
export interface MechanismUnknownDays extends CalendarCoverageGap {
  /** The first day of the stretch. */
  start: IsoDate;
  /** The last day of the stretch. */
  end: IsoDate;
}

/** The result of {@link mechanismGaps}. */
export interface MechanismGaps {
  /** Days that need a daily check record (日管控) and have none by the right role, in order. */
  daily: IsoDate[];
  /** ISO weeks (Monday–Sunday) without a weekly review (周排查) by the right role, in order. */
  weekly: IsoWeek[];
  /** Calendar months (`YYYY-MM`) without monthly scheduling minutes (月调度) by the right role, in order. */
  monthly: string[];
  /** Records made by the wrong role or by a person not in post on their date, in the unit's order. */
  wrongRole: WrongRoleRecord[];
  /**
   * Stretches of the checked days that cannot be judged yet: whether they are working days
   * (and so need a daily record) depends on a year whose holiday notice the calendar does
   * not hold. Each says which years are missing; empty when every day could be judged, and
   * always empty with `days: "every-day"`.
   */
  unknown: MechanismUnknownDays[];
  /**
   * The days actually checked: [max(from, the unit's start — policy `mechanism.start`, never
   * before the orders' effective date), to]; absent when nothing was checked (the unit is out
   * of scope, or the range ends before its start).
   */
  window?: DateRange;
  /** Why: scope, and the rules applied. */
  reasons: DutyReason[];
}

/**
 * The gaps in a unit's 日管控 / 周排查 / 月调度 records over [from, to].
 *
 * - **Daily** (《每日工业产品质量安全检查记录》): every day of the range that is a working day
 *   of `calendar` (the official China calendar by default: no record is owed on 2026-06-19,
 *   Dragon Boat Festival; one is owed on 2026-02-14, an adjusted working Saturday), or every
 *   day with `days: "every-day"`. A zero-risk report (`zeroRisk: true`) is a record.
 * - **Weekly** (《每周工业产品质量安全排查治理报告》): ISO weeks, Monday–Sunday.
 * - **Monthly** (《每月工业产品质量安全调度会议纪要》): calendar months.
 * - **Partial weeks and months** (policy `mechanism.periods`, a reading): with
 *   `"due-in-range"` (default) a week or month is checked when its LAST day lies in
 *   [from, to] — the day its record is due by — and a record dated anywhere in it counts,
 *   even before `from`; the week or month still running on `to` is not checked yet. With
 *   `"inside-range"`, only weeks and months lying entirely inside [from, to] are checked.
 *   Days are checked for every day of the range, `to` included.
 * - **Roles** (policy `mechanism.roles`): daily by an officer, weekly by the director,
 *   monthly by the principal — the role of `byPersonId` on the record's date. A record by
 *   another role, or by a person not in post that day, does not fill its gap and is listed
 *   in `wrongRole` (records dated in the checked days or in a checked week or month).
 * - **Weekly review without a director** (policy `mechanism.weeklyWithoutDirector`, a
 *   reading): when the unit need not appoint a director (as of `to`) and none is in post on
 *   the record's date, a weekly review by the principal or an officer counts (reason
 *   `mechanism.weekly.without-director`); a unit that must have a director still needs the
 *   director's review.
 * - **Days outside the calendar** (working-days mode): a checked day in a year whose holiday
 *   notice the calendar does not hold is neither a gap nor met: it goes into `unknown`,
 *   with the missing years (the library never guesses Monday–Friday). Weeks and months
 *   need no calendar and are always judged.
 * - **Start** (policy `mechanism.start`, the plan's phasing, a reading): the records are
 *   owed from the earliest start of the unit's roles and scope categories — by default
 *   2024-01-01 for producers under licence or CCC, 2025-01-01 for everyone else — and never
 *   before the orders took effect (`effectiveFrom`, 2023-05-05). Earlier days are not
 *   checked (reason `mechanism.start`); a range wholly before the start is empty with the
 *   reason `mechanism.not-yet-started` (or `mechanism.not-yet-effective` before 2023-05-05).
 *   Nothing is owed by a unit out of scope ({@link isInScope} on `to`): the result is then
 *   empty with the reason.
 *
 * Cost: O(records + periods + gaps listed): one pass over the records, then the missing days
 * as the difference between the range's working days (the calendar's rank index) and the
 * recorded days, walking only the recorded days and the gaps; one Set lookup per week and month.
 *
 * @param unit - A parsed unit.
 * @param options - `from`, `to`, and optionally `policy`, `calendar`, `days`, `periods`.
 * @returns The missing days, weeks and months, and the wrong-role records.
 * @throws {@link DutiesInputError} when `to` is before `from`.
 * @throws {@link InvalidDateError} when a date is not a calendar date.
 * @throws {@link UnitDataError} (code `unit_not_parsed`, its `path` naming the field) when `unit` is raw input, not a parsed unit (`validate("unit", …).value`): one cheap shape check.
 * @throws {@link InvalidDateError} for an as-of date (or range end) outside {@link AS_OF_RANGE} (1000-01-01 to 8999-12-31), the range the library and the CLI share.
 * @example
 * ```ts
 * const gaps = mechanismGaps(unit, { from: "2026-06-15", to: "2026-06-21" });
 * gaps.daily;   // e.g. ["2026-06-18"] — 06-19 (端午节), 06-20 and 06-21 are not working days
 * gaps.weekly;  // [] when a review by the director is dated 2026-06-15..21
 * ```
 * @see 宁市监质监〔2023〕146号 二（四）
 */
export function mechanismGaps(unit: Unit, options: MechanismGapsOptions): MechanismGaps {
  _assertParsedUnit(unit);
  _checkAsOfRange(options.from, options.to);
  const duties = _dutiesOf(options.policy);
  const m = duties.mechanism;
  const fromDay = toDayNumber(options.from);
  const toDay = toDayNumber(options.to);
  if (toDay < fromDay) throw new DutiesInputError("to", options.to, { earliest: options.from });
  const days = options.days ?? m.days;
  const periods = options.periods ?? m.periods;
  const calendar = options.calendar ?? chinaCalendar;
  const empty: MechanismGaps = { daily: [], weekly: [], monthly: [], wrongRole: [], unknown: [], reasons: [] };

  const scope = scopeWithReasons(unit, { policy: options.policy, asOf: options.to });
  if (!scope.inScope) return { ...empty, reasons: scope.reasons };
  const owed = _mechanismStart(unit, duties, scope);
  const start = Math.max(fromDay, owed.day);
  if (start > toDay) {
    const reason = owed.phased
      ? _reason(
          "mechanism.not-yet-started",
          owed.citation,
          `本单位（${owed.by!.zh}）自${owed.date}起须日管控、周排查、月调度，${options.to}前尚未开始`,
          `This unit (${owed.by!.en}) owes daily/weekly/monthly records from ${owed.date}, after ${options.to}`,
        )
      : _reason(
          "mechanism.not-yet-effective",
          duties.effectiveFrom.citation,
          `${options.to}前“两个规定”尚未施行（自${duties.effectiveFrom.date}起施行）`,
          `The orders took effect on ${duties.effectiveFrom.date}, after ${options.to}`,
        );
    return { ...empty, reasons: [...scope.reasons, reason] };
  }
  const window: DateRange = { start: fromDayNumber(start), end: options.to };

  // The weeks and months checked.
  const weeks = isoWeeksOverlapping(window.start, window.end).filter((w) => toDayNumber(w.end) <= toDay && (periods === "due-in-range" || toDayNumber(w.start) >= start));
  const months = monthsOverlapping(window.start, window.end).filter((mo) => toDayNumber(mo.end) <= toDay && (periods === "due-in-range" || toDayNumber(mo.start) >= start));

  // One pass over the records: valid ones into sets, the rest into wrongRole.
  const lo: Record<MechanismRecordKind, DayNumber> = {
    daily: start,
    weekly: Math.min(start, weeks.length > 0 ? toDayNumber(weeks[0]!.start) : start),
    monthly: Math.min(start, months.length > 0 ? toDayNumber(months[0]!.start) : start),
  };
  const directorRequired = staffingRequirements(unit, { policy: options.policy, asOf: options.to }).director.required;
  const valid = _validRecords(unit, duties, lo, toDay, directorRequired);

  // Only the covered days can be judged in working-days mode; the rest are unknown.
  let lo2 = start;
  let hi2 = toDay;
  const unknown: MechanismUnknownDays[] = [];
  if (days === "working-days") {
    const cs = toDayNumber(calendar.coverage.start);
    const ce = toDayNumber(calendar.coverage.end);
    const stretch = (a: DayNumber, b: DayNumber, probe: DayNumber) => {
      if (a > b) return;
      const gap = calendarCoverageGap(new CalendarCoverageError(fromDayNumber(probe), calendar));
      unknown.push({ start: fromDayNumber(a), end: fromDayNumber(b), ...gap });
    };
    stretch(start, Math.min(toDay, cs - 1), start);
    stretch(Math.max(start, ce + 1), toDay, toDay);
    lo2 = Math.max(start, cs);
    hi2 = Math.min(toDay, ce);
  }
  // The set difference of the range's days and the recorded ones: O(records + gaps listed),
  // from the calendar's working-day rank index (never a walk over every day of the range).
  let daily: IsoDate[];
  if (days === "working-days") daily = _missingWorkingDays(calendar, lo2, hi2, valid.days);
  else {
    daily = [];
    const recorded = [...valid.days].sort((a, b) => a - b);
    let n = lo2;
    for (const d of recorded) {
      // Stryker disable next-line ConditionalExpression: valid.days holds unique days in [start, to] sorted ascending, so d >= n always (a guard only)
      if (d < n) continue;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: in every-day mode hi2 is `to` and d <= to, so n < d implies n <= hi2 and n < hi2
      for (; n < d && n <= hi2; n++) daily.push(fromDayNumber(n));
      n = d + 1;
    }
    for (; n <= hi2; n++) daily.push(fromDayNumber(n));
  }
  const weekly = weeks.filter((w) => !valid.mondays.has(toDayNumber(w.start)));
  const monthly = months.filter((mo) => !valid.months.has(mo.id)).map((mo) => mo.id);

  const rolesZh = (k: MechanismRecordKind) => m.roles[k].map((r) => labels.personRole[r].zh).join("、");
  const reasons: DutyReason[] = [...scope.reasons];
  if (owed.phased && owed.day > fromDay) {
    reasons.push(
      _reason(
        "mechanism.start",
        owed.citation,
        `本单位（${owed.by!.zh}）自${owed.date}起须日管控、周排查、月调度，此前的日期不检查`,
        `This unit (${owed.by!.en}) owes the records from ${owed.date}; earlier days are not checked`,
        [],
        window,
      ),
    );
  }
  reasons.push(
    _reason(
      "mechanism.daily",
      m.daysCitation,
      `${window.start}至${window.end}${days === "every-day" ? "每日" : `每个工作日（${calendar.id}）`}应有${rolesZh("daily")}的《每日工业产品质量安全检查记录》（零风险亦须记录），缺${daily.length}日`,
      `Each ${days === "every-day" ? "day" : `working day (${calendar.id})`} from ${window.start} to ${window.end} needs a daily check record by the ${m.roles.daily.join("/")} (zero-risk reports count): ${daily.length} missing`,
      [],
      window,
    ),
    _reason(
      "mechanism.weekly",
      m.periodsCitation,
      `检查${weeks.length}个自然周（周一至周日，${periods === "due-in-range" ? "截止日在区间内" : "完全在区间内"}），应有${rolesZh("weekly")}的《每周工业产品质量安全排查治理报告》，缺${weekly.length}周`,
      `${weeks.length} ISO week(s) checked (${periods === "due-in-range" ? "last day inside the range" : "entirely inside the range"}), each needing a weekly review by the ${m.roles.weekly.join("/")}: ${weekly.length} missing`,
      weeks.map((w) => w.id),
      window,
    ),
    _reason(
      "mechanism.monthly",
      m.periodsCitation,
      `检查${months.length}个自然月（${periods === "due-in-range" ? "截止日在区间内" : "完全在区间内"}），应有${rolesZh("monthly")}主持的《每月工业产品质量安全调度会议纪要》，缺${monthly.length}月`,
      `${months.length} calendar month(s) checked (${periods === "due-in-range" ? "last day inside the range" : "entirely inside the range"}), each needing monthly minutes by the ${m.roles.monthly.join("/")}: ${monthly.length} missing`,
      months.map((mo) => mo.id),
      window,
    ),
  );
  if (valid.standIn.length > 0) {
    const rolesZh2 = m.weeklyWithoutDirector.roles.map((r) => labels.personRole[r].zh).join("、");
    reasons.push(
      _reason(
        "mechanism.weekly.without-director",
        m.weeklyWithoutDirector.citation,
        `本单位无须配备质量安全总监且当日无总监在岗：${valid.standIn.length}份由${rolesZh2}作出的周排查报告计入`,
        `No director is required and none was in post: ${valid.standIn.length} weekly review(s) by the ${m.weeklyWithoutDirector.roles.join("/")} counted`,
        valid.standIn.map((i) => `/records/${i}`),
      ),
    );
  }
  if (valid.wrong.length > 0) {
    reasons.push(
      _reason(
        "mechanism.wrong-role",
        m.rolesCitation,
        `${valid.wrong.length}条记录的记录人不是应由的岗位或当日不在岗，不计入`,
        `${valid.wrong.length} record(s) made by the wrong role or by a person not in post that day: not counted`,
        valid.wrong.map((r) => `/records/${r.recordIndex}`),
      ),
    );
  }
  return { daily, weekly, monthly, wrongRole: valid.wrong, unknown, window, reasons };
}

/** The valid records, by period key, and the wrong-role ones, for records dated in [lo[kind], hi]. @internal */
export function _validRecords(
  unit: Unit,
  duties: DutiesParameters,
  lo: Record<MechanismRecordKind, DayNumber>,
  hi: DayNumber,
  directorRequired: boolean,
): {
  days: Set<DayNumber>;
  mondays: Set<DayNumber>;
  months: Set<string>;
  validDates: Record<MechanismRecordKind, Map<string, IsoDate>>;
  wrong: WrongRoleRecord[];
  /** Indexes of weekly reviews counted from a stand-in role (no director required or in post). */
  standIn: number[];
} {
  // Day numbers of each person's tenure, computed once (not once per record).
  const people = new Map<string, { role: PersonRole; from: DayNumber; to: DayNumber }>();
  for (const p of _people(unit)) people.set(p.id, { role: p.role, from: toDayNumber(p.from), to: p.to === undefined ? Infinity : toDayNumber(p.to) });
  const days = new Set<DayNumber>();
  const mondays = new Set<DayNumber>();
  const months = new Set<string>();
  const validDates: Record<MechanismRecordKind, Map<string, IsoDate>> = { daily: new Map(), weekly: new Map(), monthly: new Map() };
  const wrong: WrongRoleRecord[] = [];
  const standIn: number[] = [];
  const roles = duties.mechanism.roles as Record<MechanismRecordKind, readonly string[]>;
  // The weekly review without a director [reading]: when none is required, the stand-in
  // roles count on a day no director is in post.
  // Stryker disable next-line ArrayDeclaration: a director is required here, and no role is "Stryker was here": any non-role list accepts no stand-in
  const standInRoles: readonly string[] = directorRequired ? [] : duties.mechanism.weeklyWithoutDirector.roles;
  // Stryker disable next-line ConditionalExpression,ArrayDeclaration: directors is read only when a stand-in role matched (standInRoles not empty); the empty list only saves the filter
  const directors = standInRoles.length === 0 ? [] : [...people.values()].filter((p) => p.role === "director");
  const directorInPost = (d: DayNumber) => directors.some((p) => p.from <= d && d <= p.to);
  // A parsed unit's dates are YYYY-MM-DD, whose text order is their date order: records
  // dated outside the range are passed over on their text, without reading the date.
  const loText: Record<MechanismRecordKind, IsoDate> = { daily: fromDayNumber(lo.daily), weekly: fromDayNumber(lo.weekly), monthly: fromDayNumber(lo.monthly) };
  const hiText = fromDayNumber(hi);
  // Stryker disable next-line ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has its records list
  const records = unit.records ?? [];
  for (let recordIndex = 0; recordIndex < records.length; recordIndex++) {
    const record = records[recordIndex]!;
    // Most records are older than their kind's range: one comparison passes them over.
    const date = record.date;
    if (date < loText[record.kind] || date > hiText) continue;
    const d = toDayNumber(record.date);
    const expected = roles[record.kind];
    const person = people.get(record.byPersonId);
    let problem: WrongRoleProblem | undefined;
    let stoodIn = false;
    if (person === undefined) problem = "unknown-person";
    else if (!expected.includes(person.role)) {
      stoodIn = record.kind === "weekly" && standInRoles.includes(person.role) && !directorInPost(d);
      if (!stoodIn) problem = "wrong-role";
    }
    if (problem === undefined && person !== undefined && (d < person.from || d > person.to)) problem = "not-in-post";
    if (problem !== undefined) {
      const w: WrongRoleRecord = { ...record, recordIndex, problem, expectedRoles: [...duties.mechanism.roles[record.kind]] };
      if (person !== undefined) w.byRole = person.role;
      wrong.push(w);
      continue;
    }
    if (stoodIn) standIn.push(recordIndex);
    let key: string;
    if (record.kind === "daily") {
      days.add(d);
      key = record.date;
    } else if (record.kind === "weekly") {
      const monday = d - (_weekdayOfDayNumber(d) - 1);
      mondays.add(monday);
      key = fromDayNumber(monday);
    } else {
      key = record.date.slice(0, 7);
      months.add(key);
    }
    // The earliest valid record of each period (the day it was done).
    const prev = validDates[record.kind].get(key);
    if (prev === undefined || record.date < prev) validDates[record.kind].set(key, record.date);
  }
  return { days, mondays, months, validDates, wrong, standIn };
}

/** A unit's valid mechanism records by period (see {@link mechanismRecordsByPeriod}). */
export interface MechanismRecordsByPeriod {
  /** Day (`YYYY-MM-DD`) → the day of its valid daily record. */
  daily: ReadonlyMap<IsoDate, IsoDate>;
  /** ISO week, keyed by its Monday (`YYYY-MM-DD`) → the earliest day a valid weekly review is dated in it. */
  weekly: ReadonlyMap<IsoDate, IsoDate>;
  /** Month (`YYYY-MM`) → the earliest day valid monthly minutes are dated in it. */
  monthly: ReadonlyMap<string, IsoDate>;
  /** Records in the range made by the wrong role, or by a person not in post that day. */
  wrongRole: WrongRoleRecord[];
}

/** Options of {@link mechanismRecordsByPeriod}. */
export interface MechanismRecordsByPeriodOptions {
  /** The first record date looked at, inclusive. */
  from: IsoDate;
  /** The last record date looked at, inclusive. */
  to: IsoDate;
  /** The policy (default `nanjing2023`): who may make each kind of record. */
  policy?: Policy;
}

/**
 * The unit's daily, weekly and monthly records dated in [from, to], by the period each
 * fills — only records made by a role the policy allows (`mechanism.roles`) and by a
 * person in post on the record's date; the others are listed in `wrongRole`. One pass
 * over the records.
 *
 * @param unit - A parsed unit.
 * @param options - `from`, `to`, and optionally `policy`.
 * @returns The valid records' dates by period, and the wrong-role records.
 * @throws {@link InvalidDateError} when a date is not a calendar date.
 * @throws {@link UnitDataError} (code `unit_not_parsed`, its `path` naming the field) when `unit` is raw input, not a parsed unit (`validate("unit", …).value`): one cheap shape check.
 * @example
 * ```ts
 * mechanismRecordsByPeriod(unit, { from: "2026-06-01", to: "2026-06-30" }).weekly.get("2026-06-15"); // e.g. "2026-06-19"
 * ```
 * @see 宁市监质监〔2023〕146号 二（四）
 */
export function mechanismRecordsByPeriod(unit: Unit, options: MechanismRecordsByPeriodOptions): MechanismRecordsByPeriod {
  _assertParsedUnit(unit);
  const duties = _dutiesOf(options.policy);
  const lo = toDayNumber(options.from);
  const directorRequired = staffingRequirements(unit, { policy: options.policy, asOf: options.to }).director.required;
  const v = _validRecords(unit, duties, { daily: lo, weekly: lo, monthly: lo }, toDayNumber(options.to), directorRequired);
  return { daily: v.validDates.daily, weekly: v.validDates.weekly, monthly: v.validDates.monthly, wrongRole: v.wrong };
}
