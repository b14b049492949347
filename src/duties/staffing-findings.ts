import { fromDayNumber, toDayNumber, type DayNumber, type IsoDate } from "../dates";
import { labels, type Assessment, type PersonRole, type Unit } from "../entities";
import type { Policy } from "../policy";
import { _dutiesOf, _inPost, _people } from "./internal";
import { _reason, type DutyReason } from "./reason";
import { staffingRequirements } from "./staffing-requirements";
import { _assertParsedUnit } from "../entities/unit-shape";
import { _checkAsOfRange, type AS_OF_RANGE } from "../dates/as-of";

/** The posts {@link staffingRequirements} may require. */
export type StaffedRole = "officer" | "director";

/** A required post with nobody in it on the as-of day. */
export interface VacantPostFinding {
  /** `"vacant"` */
  kind: "vacant";
  /** 质量安全员 or 质量安全总监 */
  role: StaffedRole;
  /** The first day nobody held the post: the day after the last holder's last day (`to`). Absent when nobody ever held it. */
  since?: IsoDate;
  /** The id of the last holder, when there was one. */
  lastHolderId?: string;
  /** Why: the requirement and the vacancy. */
  reasons: DutyReason[];
}

/** A person in post whose latest assessment failed (to be rectified, plan 二（三）). */
export interface FailedAssessmentFinding {
  /** `"failed-assessment"` */
  kind: "failed-assessment";
  /** The person's role. */
  role: PersonRole;
  /** The person's id. */
  personId: string;
  /** The date of the failed assessment. */
  assessedOn: IsoDate;
  /** Why. */
  reasons: DutyReason[];
}

/** A staffing problem found by {@link staffingFindings}. */
export type StaffingFinding = VacantPostFinding | FailedAssessmentFinding;

/** Options of {@link staffingFindings}. */
export interface StaffingFindingsOptions {
  /** The day to check (`YYYY-MM-DD`); facts dated after it are ignored. */
  asOf: IsoDate;
  /** The policy (default `nanjing2023`). */
  policy?: Policy;
}

/**
 * Staffing problems on a day:
 *
 * - `vacant`: a post that {@link staffingRequirements} requires (as of `asOf`) with nobody
 *   in it — a person is in post when `from ≤ asOf` and (`to` absent or `to ≥ asOf`).
 *   `since` is the first vacant day, the day after the last holder's `to` (overlapping or
 *   back-to-back holders count as one unbroken tenure); absent when nobody ever held it.
 * - `failed-assessment`: a person in post whose latest assessment dated on or before `asOf`
 *   failed — they must not stay in post without rectification ("对监督抽查考核不合格的，
 *   要督促指导生产和销售单位采取措施进行整改"). A later passed assessment clears it.
 *
 * Vacancies come first (officer, then director), then failed assessments in the order of
 * the unit's people.
 *
 * @param unit - A parsed unit.
 * @param options - `asOf` and optionally `policy`.
 * @returns The findings (empty when none).
 * @throws {@link InvalidDateError} when `asOf` or a date of the unit is not a calendar date.
 * @throws {@link UnitDataError} (code `unit_not_parsed`, its `path` naming the field) when `unit` is raw input, not a parsed unit (`validate("unit", …).value`): one cheap shape check.
 * @throws {@link InvalidDateError} for an as-of date (or range end) outside {@link AS_OF_RANGE} (1000-01-01 to 8999-12-31), the range the library and the CLI share.
 * @example
 * ```ts
 * // The only director left on 2026-03-31:
 * staffingFindings(unit, { asOf: "2026-04-15" });
 * // [{ kind: "vacant", role: "director", since: "2026-04-01", lastHolderId: "p2", reasons: [...] }]
 * ```
 * @see 市场监管总局令第75号、第76号 第三条
 * @see 宁市监质监〔2023〕146号 二（三）
 */
export function staffingFindings(unit: Unit, options: StaffingFindingsOptions): StaffingFinding[] {
  _assertParsedUnit(unit);
  _checkAsOfRange(options.asOf);
  const duties = _dutiesOf(options.policy);
  const day = toDayNumber(options.asOf);
  const requirements = staffingRequirements(unit, { policy: options.policy, asOf: options.asOf });
  const findings: StaffingFinding[] = [];
  for (const role of ["officer", "director"] as const) {
    const req = requirements[role];
    if (!req.required) continue;
    const tenures = _tenures(unit, role, day);
    const last = tenures[tenures.length - 1];
    if (last !== undefined && (last.end === undefined || last.end >= day)) continue;
    // Stryker disable next-line ArrayDeclaration: reasons is set on both branches below
    const finding: VacantPostFinding = { kind: "vacant", role, reasons: [] };
    const roleZh = labels.personRole[role].zh;
    if (last === undefined) {
      finding.reasons = [
        ...req.reasons,
        _reason(`staffing.vacant.${role}`, duties.staffing.vacancy.citation, `未配备${roleZh}：截至${options.asOf}无任职记录`, `No ${role} recorded as of ${options.asOf}`),
      ];
    } else {
      const since = fromDayNumber(last.end! + 1);
      finding.since = since;
      finding.lastHolderId = last.lastHolderId;
      finding.reasons = [
        ...req.reasons,
        _reason(
          `staffing.vacant.${role}`,
          duties.staffing.vacancy.citation,
          `${roleZh}自${since}起空缺（前任${last.lastHolderId}于${fromDayNumber(last.end!)}离任）`,
          `The ${role} post is vacant since ${since} (the last holder, ${last.lastHolderId}, left on ${fromDayNumber(last.end!)})`,
          [last.lastHolderId],
          { start: since, end: options.asOf },
        ),
      ];
    }
    findings.push(finding);
  }
  findings.push(..._failedAssessments(unit, day, duties.rectification.citation, options.asOf));
  return findings;
}

/** An unbroken tenure of a post: merged in-post intervals of its holders. @internal */
export interface _Tenure {
  start: DayNumber;
  /** Last day in post; undefined while someone holds it open-ended. */
  end: DayNumber | undefined;
  /** The holder whose tenure ends last (the one still in post when open-ended). */
  lastHolderId: string;
}

/**
 * The unbroken tenures of `role`, oldest first, from the holders whose first day is on or
 * before `asOfDay` (later appointments are not yet known on that day). @internal
 */
export function _tenures(unit: Unit, role: PersonRole, asOfDay: DayNumber): _Tenure[] {
  const holders = _people(unit)
    .filter((p) => p.role === role && toDayNumber(p.from) <= asOfDay)
    .map((p) => ({ id: p.id, start: toDayNumber(p.from), end: p.to === undefined ? undefined : toDayNumber(p.to) }))
    .sort((a, b) => a.start - b.start);
  const out: _Tenure[] = [];
  for (const h of holders) {
    const cur = out[out.length - 1];
    // Stryker disable next-line EqualityOperator,ArithmeticOperator: a holder starting the day after (or on) the tenure's last day gives the same last tenure and the same walk of stretches, merged or not
    if (cur !== undefined && (cur.end === undefined || h.start <= cur.end + 1)) {
      // Stryker disable next-line ConditionalExpression: only the last holder of an open-ended tenure would change, and an open tenure's last holder is never read
      if (cur.end !== undefined && (h.end === undefined || h.end >= cur.end)) {
        cur.end = h.end;
        cur.lastHolderId = h.id;
      }
    } else {
      out.push({ start: h.start, end: h.end, lastHolderId: h.id });
    }
  }
  return out;
}

/** The latest assessment of each person dated on or before `day` (ties: the later in the list). @internal */
export function _latestAssessments(unit: Unit, day: DayNumber): Map<string, { assessment: Assessment; index: number }> {
  const latest = new Map<string, { assessment: Assessment; index: number; day: DayNumber }>();
  // Stryker disable next-line ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has its assessments list
  (unit.assessments ?? []).forEach((a, index) => {
    const d = toDayNumber(a.date);
    if (d > day) return;
    const prev = latest.get(a.personId);
    if (prev === undefined || d >= prev.day) latest.set(a.personId, { assessment: a, index, day: d });
  });
  return latest;
}

function _failedAssessments(unit: Unit, day: DayNumber, citation: DutyReason["citation"], asOf: IsoDate): FailedAssessmentFinding[] {
  const latest = _latestAssessments(unit, day);
  const out: FailedAssessmentFinding[] = [];
  for (const p of _people(unit)) {
    if (!_inPost(p, day)) continue;
    const entry = latest.get(p.id);
    if (entry === undefined || entry.assessment.passed) continue;
    const roleZh = labels.personRole[p.role].zh;
    out.push({
      kind: "failed-assessment",
      role: p.role,
      personId: p.id,
      assessedOn: entry.assessment.date,
      reasons: [
        _reason(
          "staffing.failed-assessment",
          citation,
          `${roleZh}${p.name}（${p.id}）${entry.assessment.date}监督抽查考核不合格，截至${asOf}仍在岗且未见合格的复考记录，应整改`,
          `${p.role} ${p.name} (${p.id}) failed the assessment of ${entry.assessment.date} and, as of ${asOf}, is still in post with no later pass: to be rectified`,
          [p.id, `/assessments/${entry.index}`],
        ),
      ],
    });
  }
  return out;
}
