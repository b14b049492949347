import { fromDayNumber, toDayNumber, type DayNumber, type IsoDate } from "../dates";
import type { Unit } from "../entities";
import type { Policy } from "../policy";
import { _dutiesOf, _people } from "./internal";
import type { DutyReason } from "./reason";
import { scopeWithReasons, type ScopeDecision } from "./scope";
import { _tenures, type StaffedRole } from "./staffing-findings";
import { _staffingRequirements, type StaffingRequirements } from "./staffing-requirements";
import { _staffingSince } from "./staffing-since";
import { _assertParsedUnit } from "../entities/unit-shape";
import { _checkAsOfRange, type AS_OF_RANGE } from "../dates/as-of";

/** When a required post became required, as far as the data tells (see {@link staffingVacancies}). */
export interface StaffingRequiredSince {
  /** The first day the post was required. */
  date: IsoDate;
  /**
   * `"certificate"`: the unit came under the requirement when `certificate` was issued
   * (after the orders took effect); `"effective"`: it was under it when the orders took
   * effect; `"unknown"`: the data does not tell (a certificate without `issuedOn`, or a
   * mandatory-standard / size reason), so the orders' effective date is kept.
   */
  basis: "certificate" | "effective" | "unknown";
  /** The licence or certificate number whose issue began the requirement (basis `"certificate"`). */
  certificate?: string;
}

/** A stretch of days in which a required post had nobody in it. */
export interface StaffingVacancy {
  /** 质量安全员 or 质量安全总监 */
  role: StaffedRole;
  /** The first day with nobody in post. */
  start: IsoDate;
  /** The last day with nobody in post: the day before `filledOn`, or the as-of day. */
  end: IsoDate;
  /** The day the next holder started (absent: still vacant on the as-of day). */
  filledOn?: IsoDate;
  /** The holder who started on `filledOn`. */
  newHolderId?: string;
  /** The last holder before the stretch (absent when the post had never been filled). */
  lastHolderId?: string;
  /** When the post became required. */
  requiredSince: StaffingRequiredSince;
  /** Why the post is required (from {@link staffingRequirements}). */
  requirement: DutyReason[];
}

/** Options of {@link staffingVacancies}. */
export interface StaffingVacanciesOptions {
  /** The day to judge as of (`YYYY-MM-DD`); appointments starting after it are not known yet. */
  asOf: IsoDate;
  /** The policy (default `nanjing2023`). */
  policy?: Policy;
}

/**
 * Every stretch, from the day a post became required through `asOf`, in which a post
 * that {@link staffingRequirements} requires on `asOf` had nobody in it: officer first,
 * then director, oldest first. The post is required from the later of the orders'
 * effective date (2023-05-05) and the issue date that starts the unbroken run of licences
 * / CCC certificates behind the requirement (`requiredSince` says which, or that the data
 * does not tell). Overlapping or back-to-back holders are one unbroken tenure.
 *
 * Cost: O(p log p) in the unit's people.
 *
 * @param unit - A parsed unit.
 * @param options - `asOf` and optionally `policy`.
 * @returns The vacancies (empty when the posts were always filled, or none is required).
 * @throws {@link InvalidDateError} when a date is not a calendar date.
 * @throws {@link UnitDataError} (code `unit_not_parsed`, its `path` naming the field) when `unit` is raw input, not a parsed unit (`validate("unit", …).value`): one cheap shape check.
 * @throws {@link InvalidDateError} for an as-of date (or range end) outside {@link AS_OF_RANGE} (1000-01-01 to 8999-12-31), the range the library and the CLI share.
 * @example
 * ```ts
 * // A director required since 2023-05-05, in post 2023-06-01 to 2026-03-31:
 * staffingVacancies(unit, { asOf: "2026-04-15" }).map((v) => [v.role, v.start, v.filledOn]);
 * // [["director", "2023-05-05", "2023-06-01"], ["director", "2026-04-01", undefined]]
 * ```
 * @see 市场监管总局令第75号、第76号 第三条
 * @see 宁市监质监〔2023〕146号 二（三）
 */
export function staffingVacancies(unit: Unit, options: StaffingVacanciesOptions): StaffingVacancy[] {
  _assertParsedUnit(unit);
  _checkAsOfRange(options.asOf);
  const { asOf, policy } = options;
  const scope = scopeWithReasons(unit, { policy, asOf });
  return _staffingVacancies(unit, options, _staffingRequirements(unit, { policy, asOf }, scope), scope);
}

/**
 * {@link staffingVacancies} without the checks, given the unit's `staffingRequirements` and
 * `scopeWithReasons` as of `options.asOf` under `options.policy` (obligations has them). @internal
 */
export function _staffingVacancies(unit: Unit, options: StaffingVacanciesOptions, requirements: StaffingRequirements, scope: ScopeDecision): StaffingVacancy[] {
  const { asOf, policy } = options;
  const duties = _dutiesOf(policy);
  const day = toDayNumber(asOf);
  // The first holder starting on each day, per role (the first listed wins).
  const firstHolder: Record<StaffedRole, Map<DayNumber, string>> = { officer: new Map(), director: new Map() };
  for (const p of _people(unit)) {
    // Stryker disable next-line ConditionalExpression: firstHolder has no principal entry, so a principal gets undefined either way
    const byDay = p.role === "officer" || p.role === "director" ? firstHolder[p.role] : undefined;
    const from = toDayNumber(p.from);
    if (byDay !== undefined && !byDay.has(from)) byDay.set(from, p.id);
  }
  const out: StaffingVacancy[] = [];
  for (const role of ["officer", "director"] as const) {
    const req = requirements[role];
    if (!req.required) continue;
    const since = _staffingSince(unit, role, requirements, scope, duties, asOf);
    const requiredSince: StaffingRequiredSince = { date: fromDayNumber(since.day), basis: since.basis };
    if (since.certificate !== undefined) requiredSince.certificate = since.certificate;
    const vacancy = (start: DayNumber, filled: DayNumber | undefined, lastHolderId: string | undefined) => {
      const v: StaffingVacancy = { role, start: fromDayNumber(start), end: filled === undefined ? asOf : fromDayNumber(filled - 1), requiredSince, requirement: req.reasons };
      if (filled !== undefined) {
        v.filledOn = fromDayNumber(filled);
        const holder = firstHolder[role].get(filled);
        // Stryker disable next-line ConditionalExpression: a tenure starts on a holder's first day, so a holder is always found
        if (holder !== undefined) v.newHolderId = holder;
      }
      if (lastHolderId !== undefined) v.lastHolderId = lastHolderId;
      out.push(v);
    };
    // Walk the unbroken tenures: every stretch from the day the post was first required
    // (or the day after a tenure ended) to the next tenure's start is a vacancy.
    let cursor: DayNumber | undefined = since.day;
    let lastHolderId: string | undefined;
    for (const t of _tenures(unit, role, day)) {
      if (t.start > cursor) vacancy(cursor, t.start, lastHolderId);
      // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,BlockStatement: the tenure reaching asOf is the last one, and without the break the cursor goes past asOf (or NaN): no stretch either way
      if (t.end === undefined || t.end >= day) {
        cursor = undefined;
        break;
      }
      cursor = Math.max(cursor, t.end + 1);
      lastHolderId = t.lastHolderId;
    }
    // Stryker disable next-line LogicalOperator,ConditionalExpression: an undefined cursor compares false anyway, and a defined one is never after asOf
    if (cursor !== undefined && cursor <= day) vacancy(cursor, undefined, lastHolderId);
  }
  return out;
}
