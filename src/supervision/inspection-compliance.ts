import { addDays, fromDayNumber, halfYearsOverlapping, InvalidDateError, toDayNumber, type DayNumber, type HalfYear, type IsoDate } from "../dates";
import type { SupervisionLevel, Unit } from "../entities";
import { _validationIssue } from "../entities/messages";
import { PolicyError, type Policy } from "../policy";
import { _compiledPolicy, type _CompiledPolicy } from "./compile-policy";
import { _levelsAt } from "./levels-at";
import { _changeDays, _eventDays, _stretches } from "./tier-history";
import type { SupervisedPeriod, SupervisionReason } from "./types";
import { _assertParsedUnit } from "../entities/unit-shape";
import { _checkAsOfRange, type AS_OF_RANGE } from "../dates/as-of";

/**
 * Options of {@link inspectionCompliance}.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface InspectionComplianceOptions {
  /** The first day of interest (`YYYY-MM-DD`): the half-year containing it is the first reported. */
  from: IsoDate;
  /** The last day of interest, inclusive: facts after it (risks, inspections) play no part. */
  to: IsoDate;
  /** The policy (default `nanjing2023`); its half-year reading must be `calendar`. */
  policy?: Policy;
}

/**
 * One calendar half-year in which a unit was under key or special supervision on at least
 * one day, and whether it had its on-site inspections ("半年内现场检查不少于1次").
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface HalfYearInspectionCompliance {
  /** 半年 — `{ id: "2026-H1", start: "2026-01-01", end: "2026-06-30" }`. */
  period: {
    /** `"YYYY-H1"` (上半年) or `"YYYY-H2"` (下半年), as {@link halfYearOf} names it. */
    id: string;
    /** 起始日 — 1 January or 1 July, inclusive. */
    start: IsoDate;
    /** 截止日 — 30 June or 31 December, inclusive (the whole half-year, even when `to` is earlier). */
    end: IsoDate;
  };
  /** The levels held in the half-year, among `key` and `special`, in that order. */
  levels: ("key" | "special")[];
  /** The stretches of key and special supervision within the half-year (through `to`). */
  supervised: SupervisedPeriod[];
  /** Ids of the on-site inspections (the policy's counted kinds) dated in the half-year through `to`, oldest first. */
  onsiteInspections: string[];
  /** The policy's minimum per half-year (Nanjing: 1). */
  required: number;
  /** Whether at least `required` of them fell in the half-year. */
  satisfied: boolean;
  /** The day the minimum was reached, when satisfied. */
  doneOn?: IsoDate;
  /** The half-year's last day: the inspections are due by then. */
  dueOn: IsoDate;
  /** Why: the tier rules of each stretch (as of its first day) and the `onsite.inspections` rule. */
  reasons: SupervisionReason[];
}

/**
 * The on-site inspection record of a unit, half-year by half-year: every calendar
 * half-year overlapping [from, to] in which the unit was key or special on any day
 * ({@link tierHistory} over the half-year, through `to`), with the on-site inspections
 * dated in it and whether the policy's minimum was met (plan 二（七）: "半年内现场检查不少于
 * 1次"; calendar halves, FACTS.md §3 [reading]).
 *
 * The whole half-year counts, even when `from` falls inside it: a unit key in February is
 * owed an inspection in the first half whether or not `from` is in March. Any on-site
 * inspection in the half-year counts, including one before the unit became key. A
 * half-year still running on `to` is reported with what is known by `to` (`satisfied` may
 * yet turn true; `dueOn` says when it is due).
 *
 * @param unit - A parsed unit.
 * @param options - `from`, `to` and optionally `policy`.
 * @returns One entry per half-year with key or special supervision, oldest first.
 * @throws {@link InvalidDateError} for an invalid date or `to` before `from`.
 * @throws {@link PolicyError} when the policy is invalid, or its half-year reading is
 *   `rolling` (past half-years are calendar periods; issue path
 *   `/supervision/onsiteInspection/halfYear`).
 * @throws {@link UnitDataError} (code `unknown_credit_class`, path `/creditRisk/grade`) when the unit's credit
 *   class is not in the policy's class set.
 * @throws {@link UnitDataError} (code `unit_not_parsed`, its `path` naming the field) when `unit` is raw input, not a parsed unit (`validate("unit", …).value`): one cheap shape check.
 * @throws {@link InvalidDateError} for an as-of date (or range end) outside {@link AS_OF_RANGE} (1000-01-01 to 8999-12-31), the range the library and the CLI share.
 * @example
 * ```ts
 * inspectionCompliance(unit, { from: "2026-01-01", to: "2026-11-20" });
 * // [{ period: { id: "2026-H1", … }, levels: ["special"], onsiteInspections: [], required: 1, satisfied: false, dueOn: "2026-06-30", … }, …]
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function inspectionCompliance(unit: Unit, options: InspectionComplianceOptions): HalfYearInspectionCompliance[] {
  _assertParsedUnit(unit);
  _checkAsOfRange(options.from, options.to);
  const c = _compiledPolicy(options.policy);
  const from = toDayNumber(options.from);
  const to = toDayNumber(options.to);
  if (to < from) throw new InvalidDateError(options.to, `the range must not end (${options.to}) before it starts (${options.from})`);
  if (c.policy.supervision.onsiteInspection.halfYear !== "calendar") throw rollingError(c);
  return _inspectionCompliance(unit, options.from, options.to, c);
}

/** {@link inspectionCompliance} on a compiled policy in calendar mode. @internal */
export function _inspectionCompliance(unit: Unit, from: IsoDate, to: IsoDate, c: _CompiledPolicy): HalfYearInspectionCompliance[] {
  const onsite = c.policy.supervision.onsiteInspection;
  const kinds: readonly string[] = onsite.kinds;
  const toDay = toDayNumber(to);
  const inspections: { id: string; day: DayNumber }[] = [];
  for (const i of unit.inspections) {
    if (!kinds.includes(i.kind)) continue;
    const day = toDayNumber(i.date);
    if (day <= toDay) inspections.push({ id: i.id, day });
  }
  inspections.sort((a, b) => a.day - b.day);
  const out: HalfYearInspectionCompliance[] = [];
  const { halves, starts, ends } = _halvesOf(from, to);
  if (halves.length === 0) return out;
  // The level can change only on a change day (tierHistory): find those once for the whole
  // range, with the level alone on each, and build a half-year's stretches with their
  // reasons only when it has a day of key or special supervision.
  const eventDays = _eventDays(unit);
  const points = _changeDays(unit, starts[0]!, toDay, c, eventDays);
  const pointLevels = _levelsAt(unit, points, c, eventDays);
  const isSupervised = (l: SupervisionLevel): boolean => l === "key" || l === "special";
  let k = 0;
  for (let hi = 0; hi < halves.length; hi++) {
    const h = halves[hi]!;
    const start = starts[hi]!;
    const end = Math.min(ends[hi]!, toDay);
    // points[k] is the last change day on or before the half-year's first day.
    while (k + 1 < points.length && points[k + 1]! <= start) k++;
    let j = k + 1;
    while (j < points.length && points[j]! <= end) j++;
    let any = false;
    for (let x = k; x < j && !any; x++) any = isSupervised(pointLevels[x]!);
    if (!any) continue;
    const hLevels = pointLevels.slice(k, j);
    // The change days within the half-year, its first day in place of the one before it.
    const hPoints = points.slice(k, j);
    hPoints[0] = start;
    // Only the supervised stretches are classified for their reasons: the others are dropped here.
    const supervised = _stretches(unit, hPoints, hLevels, end, c, eventDays, isSupervised).filter((i) => isSupervised(i.level));
    if (supervised.length === 0) continue;
    const ids: string[] = [];
    let doneOn: IsoDate | undefined;
    for (const i of inspections) {
      if (i.day < start || i.day > end) continue;
      ids.push(i.id);
      if (ids.length === onsite.minPerHalfYear) doneOn = fromDayNumber(i.day);
    }
    const satisfied = ids.length >= onsite.minPerHalfYear;
    const levels = (["key", "special"] as const).filter((l) => supervised.some((i) => i.level === l));
    const upTo = fromDayNumber(end);
    const reason: SupervisionReason = {
      rule: "onsite.inspections",
      fired: satisfied,
      facts: ids,
      window: { start: h.start, end: upTo },
      count: ids.length,
      threshold: onsite.minPerHalfYear,
      citation: onsite.halfYearCitation,
      message: `${h.start}至${upTo}现场检查${ids.length}次（不少于${onsite.minPerHalfYear}次）${satisfied ? "，已满足" : "，未满足"}`,
      messageEn: `${ids.length} on-site inspection(s) from ${h.start} to ${upTo} (at least ${onsite.minPerHalfYear} needed): ${satisfied ? "met" : "not met"}`,
    };
    const entry: HalfYearInspectionCompliance = {
      period: { id: h.id, start: h.start, end: h.end },
      levels: [...levels],
      supervised: supervised.map((i) => ({ level: i.level as "key" | "special", from: i.from, to: i.to })),
      onsiteInspections: ids,
      required: onsite.minPerHalfYear,
      satisfied,
      dueOn: h.end,
      reasons: _reasonsOf(supervised, reason),
    };
    if (doneOn !== undefined) entry.doneOn = doneOn;
    out.push(entry);
  }
  return out;
}

/** The stretches' reasons in order, then `last` (a loop: flatMap costs several times more here). */
function _reasonsOf(stretches: readonly { reasons: readonly SupervisionReason[] }[], last: SupervisionReason): SupervisionReason[] {
  const out: SupervisionReason[] = [];
  for (const s of stretches) for (const r of s.reasons) out.push(r);
  out.push(last);
  return out;
}

interface _Halves {
  from: IsoDate;
  to: IsoDate;
  halves: readonly HalfYear[];
  /** Each half-year's first and last day numbers. */
  starts: readonly DayNumber[];
  ends: readonly DayNumber[];
}
let _lastHalves: _Halves | undefined;
/** The half-years of the last range asked for (a one-entry cache: a batch shares one as-of day). */
function _halvesOf(from: IsoDate, to: IsoDate): _Halves {
  if (_lastHalves === undefined || _lastHalves.from !== from || _lastHalves.to !== to) {
    const halves = halfYearsOverlapping(from, to);
    _lastHalves = { from, to, halves, starts: halves.map((h) => toDayNumber(h.start)), ends: halves.map((h) => toDayNumber(h.end)) };
  }
  return _lastHalves;
}

/**
 * Options of {@link pastInspectionObligations}.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface PastInspectionObligationsOptions {
  /** The day to judge as of: half-years that ended before it are reported. */
  asOf: IsoDate;
  /** The first day of interest (default: the policy's `duties.effectiveFrom.date`, 2023-05-05). */
  from?: IsoDate;
  /** The policy (default `nanjing2023`). */
  policy?: Policy;
}

/**
 * An on-site inspection the regulator owed in a past half-year, as plain data for an
 * obligations agenda (the `Obligation` type lives above this module).
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface PastInspectionObligation extends HalfYearInspectionCompliance {
  /** Always `"onsite-inspection"`. */
  kind: "onsite-inspection";
  /** Always `"regulator"`: the regulator inspects. */
  owedBy: "regulator";
  /** `met` (the minimum reached within the half-year) or `overdue` (not reached, and the half-year is over). */
  status: "met" | "overdue";
}

/**
 * The on-site inspections owed in every half-year that ended before `asOf` in which the
 * unit was key or special on any day ({@link inspectionCompliance}), each `met` or
 * `overdue` — so a half-year without its inspection stays on the agenda as overdue
 * instead of disappearing when the next half-year starts. The half-year containing `asOf`
 * is not included: {@link onsiteInspectionStatus} judges it.
 *
 * Under a policy whose half-year reading is `rolling` there are no past calendar
 * half-years to judge: the result is empty.
 *
 * @param unit - A parsed unit.
 * @param options - `asOf`, optionally `from` (default the orders' effective date in the
 *   policy, 2023-05-05) and `policy`.
 * @returns One entry per past half-year with key or special supervision, oldest first.
 * @throws {@link InvalidDateError} for an invalid date.
 * @throws {@link PolicyError} when the policy is invalid.
 * @throws {@link UnitDataError} (code `unknown_credit_class`, path `/creditRisk/grade`) when the unit's credit
 *   class is not in the policy's class set.
 * @throws {@link UnitDataError} (code `unit_not_parsed`, its `path` naming the field) when `unit` is raw input, not a parsed unit (`validate("unit", …).value`): one cheap shape check.
 * @throws {@link InvalidDateError} for an as-of date (or range end) outside {@link AS_OF_RANGE} (1000-01-01 to 8999-12-31), the range the library and the CLI share.
 * @example
 * ```ts
 * pastInspectionObligations(unit, { asOf: "2026-11-20" }).filter((o) => o.status === "overdue").map((o) => o.period.id); // ["2026-H1"]
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function pastInspectionObligations(unit: Unit, options: PastInspectionObligationsOptions): PastInspectionObligation[] {
  _assertParsedUnit(unit);
  _checkAsOfRange(options.asOf);
  const out: PastInspectionObligation[] = [];
  for (const h of _pastHalfYears(unit, options.asOf, options.from, _compiledPolicy(options.policy))) {
    out.push({ kind: "onsite-inspection", owedBy: "regulator", status: h.satisfied ? "met" : "overdue", ...h });
  }
  return out;
}

/**
 * {@link pastInspectionObligations}' half-years as {@link inspectionCompliance} has them
 * (without `kind`, `owedBy` and `status`), without the checks: what obligations reads. @internal
 */
export function _pastHalfYears(unit: Unit, asOfDate: IsoDate, fromDate: IsoDate | undefined, c: _CompiledPolicy): HalfYearInspectionCompliance[] {
  if (c.policy.supervision.onsiteInspection.halfYear !== "calendar") return [];
  const asOf = toDayNumber(asOfDate);
  const from = fromDate ?? c.policy.duties.effectiveFrom.date;
  const last = addDays(asOfDate, -1);
  if (toDayNumber(from) > asOf - 1) return [];
  const out: HalfYearInspectionCompliance[] = [];
  for (const h of _inspectionCompliance(unit, from, last, c)) if (toDayNumber(h.period.end) < asOf) out.push(h);
  return out;
}

function rollingError(c: _CompiledPolicy): PolicyError {
  return new PolicyError(
    [_validationIssue("/supervision/onsiteInspection/halfYear", "unsupported_half_year", { policyId: c.ref.id, received: "rolling", expected: "calendar" })],
    "rolling",
    c.ref.id,
  );
}
