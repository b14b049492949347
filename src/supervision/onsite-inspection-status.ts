import { addPeriod, fromDayNumber, halfYearOf, toDayNumber, type DateRange, type IsoDate } from "../dates";
import type { Inspection, Unit } from "../entities";
import type { Policy } from "../policy";
import { _classify } from "./classify-unit";
import { _compiledPolicy, type _CompiledPolicy } from "./compile-policy";
import type { OnsiteInspectionStatus, SupervisionReason } from "./types";
import { _assertParsedUnit } from "../entities/unit-shape";
import { _checkAsOfRange, type AS_OF_RANGE } from "../dates/as-of";

/**
 * Options of {@link onsiteInspectionStatus}.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface OnsiteInspectionStatusOptions {
  /** The day to check as of (`YYYY-MM-DD`); inspections after it are ignored. */
  asOf: IsoDate;
  /** The policy (default `nanjing2023`). */
  policy?: Policy;
}

/**
 * Whether a unit owes an on-site inspection in the current half-year, and whether it has
 * had enough ("半年内现场检查不少于1次").
 *
 * - `required`: the unit is under key or special supervision as of `asOf`
 *   ({@link classifyUnit}).
 * - `period`: in the default calendar mode, the calendar half-year containing `asOf`
 *   (`halfYearOf`: 1 January – 30 June or 1 July – 31 December) [reading]; in the rolling
 *   mode, the six months ending on `asOf`: from `asOf` − 6 months (Civil Code Art. 202
 *   clamping; the first day counts or not as the policy's window edge says) through `asOf`.
 * - `dueOn`: the period's last day (in rolling mode, `asOf` itself).
 * - `satisfied`: at least `minPerHalfYear` inspections of the counted kinds (`onsite`) dated
 *   within the period and on or before `asOf` (computed whether or not `required`).
 * - `lastInspection`: the latest counted inspection on or before `asOf`, in any period.
 *
 * @param unit - A parsed unit.
 * @param options - `asOf` and optionally `policy`.
 * @returns The status with its reasons.
 * @throws {@link InvalidDateError} when `asOf` or a date of the unit is not a calendar date.
 * @throws {@link PolicyError} when the policy is invalid.
 * @throws {@link UnitDataError} (code `unknown_credit_class`, path `/creditRisk/grade`) when the unit's credit
 *   class (dated on or before `asOf`) is not in the policy's class set.
 * @throws {@link UnitDataError} (code `unit_not_parsed`, its `path` naming the field) when `unit` is raw input, not a parsed unit (`validate("unit", …).value`): one cheap shape check.
 * @throws {@link InvalidDateError} for an as-of date (or range end) outside {@link AS_OF_RANGE} (1000-01-01 to 8999-12-31), the range the library and the CLI share.
 * @example
 * ```ts
 * onsiteInspectionStatus(unit, { asOf: "2026-05-20" });
 * // { required: true, period: { start: "2026-01-01", end: "2026-06-30" }, dueOn: "2026-06-30", satisfied: false, … }
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function onsiteInspectionStatus(unit: Unit, options: OnsiteInspectionStatusOptions): OnsiteInspectionStatus {
  _assertParsedUnit(unit);
  _checkAsOfRange(options.asOf);
  const c = _compiledPolicy(options.policy);
  const asOf = options.asOf;
  // Stryker disable next-line BooleanLiteral: firedOnly only skips work; the full answer has the same level and reasons
  const classification = _classify(unit, asOf, c, true);
  const required = classification.level === "key" || classification.level === "special";
  const period = _inspectionPeriod(c, asOf);
  const onsite = c.policy.supervision.onsiteInspection;
  const day = toDayNumber(asOf);
  const start = toDayNumber(period.start);
  const kinds: readonly string[] = onsite.kinds;
  const ids: string[] = [];
  let last: Inspection | undefined;
  let lastDay = -Infinity;
  for (const inspection of unit.inspections) {
    if (!kinds.includes(inspection.kind)) continue;
    const d = toDayNumber(inspection.date);
    if (d > day) continue;
    if (d >= start) ids.push(inspection.id);
    if (d >= lastDay) {
      last = inspection;
      lastDay = d;
    }
  }
  const satisfied = ids.length >= onsite.minPerHalfYear;
  const reason: SupervisionReason = {
    rule: "onsite.inspections",
    fired: satisfied,
    facts: ids,
    window: period,
    count: ids.length,
    threshold: onsite.minPerHalfYear,
    citation: onsite.halfYearCitation,
    message: `${period.start}至${period.end}现场检查${ids.length}次（不少于${onsite.minPerHalfYear}次）${satisfied ? "，已满足" : "，尚未满足"}${required ? "" : "；当前不属于重点监管、特别监管，不作要求"}`,
    messageEn: `${ids.length} on-site inspection(s) from ${period.start} to ${period.end} (at least ${onsite.minPerHalfYear} needed): ${satisfied ? "met" : "not yet met"}${required ? "" : "; not required, the unit is not under key or special supervision"}`,
  };
  const result: OnsiteInspectionStatus = {
    required,
    level: classification.level,
    period,
    dueOn: period.end,
    satisfied,
    count: ids.length,
    minimum: onsite.minPerHalfYear,
    reasons: [...classification.reasons, reason],
  };
  if (last !== undefined) result.lastInspection = last;
  return result;
}

/** The inspection period containing / ending on `asOf` under the policy's half-year mode. @internal */
export function _inspectionPeriod(c: _CompiledPolicy, asOf: IsoDate): DateRange {
  if (c.policy.supervision.onsiteInspection.halfYear === "calendar") {
    const h = halfYearOf(asOf);
    return { start: h.start, end: h.end };
  }
  const start = toDayNumber(addPeriod(asOf, { months: -6 })) + c.edgeOffset;
  return { start: fromDayNumber(start), end: asOf };
}
