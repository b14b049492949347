import { chinaCalendar, type CalendarCoverageGap, type WorkCalendar } from "../calendar";
import { _addWorkingDaysOrGap } from "../calendar/coverage-gap";
import { toDayNumber, type DayNumber, type IsoDate } from "../dates";
import type { Unit } from "../entities";
import { departmentFor, type Policy } from "../policy";
import { _classify } from "./classify-unit";
import { _compiledPolicy, _ROLE_BIT } from "./compile-policy";
import type { SupervisionFinding, SupervisionFindingCode, SupervisionReason } from "./types";
import { _assertParsedUnit } from "../entities/unit-shape";
import { _checkAsOfRange, type AS_OF_RANGE } from "../dates/as-of";

/**
 * Options of {@link supervisionFindings}.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface SupervisionFindingsOptions {
  /** The day to check as of (`YYYY-MM-DD`); later records are treated as not yet made. */
  asOf: IsoDate;
  /** The policy (default `nanjing2023`). */
  policy?: Policy;
  /** The working-day calendar for the 5-working-day rule (default `chinaCalendar`). */
  calendar?: WorkCalendar;
}

/**
 * The problems in how a unit is supervised as of a day (plan 二（七）):
 *
 * - `no-responsible-official` — a key or special unit with no assignment whose `from` is on
 *   or before `asOf` ("将监管责任建档锁定明确到人").
 * - `official-change-late` — for a key or special unit, a change of responsible official
 *   (every assignment after the first; the first names the official, it is not a change)
 *   recorded after its due date, the 5th working day after the change
 *   ({@link responsibleOfficialUpdateDue}).
 * - `official-change-overdue` — such a change not recorded by `asOf` (its `recordedOn` is
 *   after `asOf`) although the due date has passed. A change still within its 5 working
 *   days is not a finding.
 * - `official-change-unknown` (`status: "unknown"`, `dueOn: null`) — such a change whose
 *   due date needs a year the calendar does not hold (a change on 2022-06-01, or on
 *   2026-12-28 with 2026 the last year known), unless the answer is certain anyway: a
 *   change recorded within 5 calendar days is on time whatever the holidays (working days
 *   never outnumber calendar days), and one not yet recorded, either within 5 calendar days
 *   of the change or while fewer than 5 working days have passed within the covered days,
 *   is still within its time.
 * - `recall-not-started` — for a producer (the policy's recall roles), at any level, a
 *   defect confirmed on or before `asOf` whose recall had not started by `asOf`
 *   ("经确认产品存在缺陷的，督促生产单位按照国家有关规定进行召回").
 *
 * Each finding names the department that handles it (`department`, with
 * `departmentCitation`): `departmentFor({ findingCode: code })` under the policy's division
 * of duties (Nanjing 附件1 三: recall → 质量发展处; responsible-official findings → 质量监督处,
 * which oversees the districts).
 *
 * @param unit - A parsed unit (assignments oldest first).
 * @param options - `asOf`, optionally `policy` and `calendar`.
 * @returns The findings, in the order above; empty when none.
 * @throws {@link InvalidDateError} when a date is invalid.
 * @throws {@link PolicyError} when the policy is invalid.
 * @throws {@link UnitDataError} when the unit's credit class is not in the policy's class set.
 * @throws {@link UnitDataError} (code `unit_not_parsed`, its `path` naming the field) when `unit` is raw input, not a parsed unit (`validate("unit", …).value`): one cheap shape check.
 * @throws {@link InvalidDateError} for an as-of date (or range end) outside {@link AS_OF_RANGE} (1000-01-01 to 8999-12-31), the range the library and the CLI share.
 * @example
 * ```ts
 * supervisionFindings(unit, { asOf: "2026-06-30" }).map((f) => f.code); // ["official-change-late"]
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function supervisionFindings(unit: Unit, options: SupervisionFindingsOptions): SupervisionFinding[] {
  _assertParsedUnit(unit);
  _checkAsOfRange(options.asOf);
  const c = _compiledPolicy(options.policy);
  const findings = _findings(unit, options, c);
  for (const f of findings) {
    const d = departmentFor({ findingCode: f.code }, { policy: c.policy });
    f.department = d.department;
    f.departmentCitation = d.citation;
  }
  return findings as SupervisionFinding[];
}

type _Found = Omit<SupervisionFinding, "department" | "departmentCitation"> & Partial<Pick<SupervisionFinding, "department" | "departmentCitation">>;

function _findings(unit: Unit, options: SupervisionFindingsOptions, c: ReturnType<typeof _compiledPolicy>): SupervisionFinding[] {
  const asOf = options.asOf;
  const day = toDayNumber(asOf);
  const calendar = options.calendar ?? chinaCalendar;
  const s = c.policy.supervision;
  const classification = _classify(unit, asOf, c);
  const findings: _Found[] = [];

  if (classification.level === "key" || classification.level === "special") {
    const tier = classification.reasons;
    const days = s.responsibleOfficial.updateWithinWorkingDays;
    const effective = unit.assignments.filter((a) => toDayNumber(a.from) <= day);
    if (effective.length === 0) {
      const reason: SupervisionReason = {
        rule: "official.named",
        fired: false,
        facts: [],
        window: { start: asOf, end: asOf },
        citation: s.responsibleOfficial.citation,
        message: `截至${asOf}未明确监管责任人`,
        messageEn: `No responsible official assigned as of ${asOf}`,
      };
      findings.push({
        code: "no-responsible-official",
        status: "found",
        message: `实施${classification.level === "special" ? "特别" : "重点"}监管的单位截至${asOf}未明确监管责任人`,
        messageEn: `A unit under ${classification.level} supervision has no responsible official as of ${asOf}`,
        facts: [],
        reasons: [...tier, reason],
        citation: s.responsibleOfficial.citation,
      });
    }
    for (let i = 1; i < effective.length; i++) {
      const a = effective[i]!;
      const dueOrGap = _addWorkingDaysOrGap(calendar, a.from, days);
      const recorded = toDayNumber(a.recordedOn) <= day;
      const changed = `监管责任人于${a.from}变更为${a.official}，应在${days}个工作日内`;
      const changedEn = `Responsible official changed to ${a.official} on ${a.from}: due to be recorded within ${days} working days`;
      let found: { code: SupervisionFindingCode; dueOn: IsoDate | null; end: IsoDate; zh: string; en: string; gap?: CalendarCoverageGap };
      if (!dueOrGap.ok) {
        if (_certainlyInTime(a.from, a.recordedOn, day, days, calendar)) continue;
        const gap = dueOrGap.gap;
        found = {
          code: "official-change-unknown",
          dueOn: null,
          end: asOf,
          gap,
          zh: `${changed}更新：${gap.message}，无法判断是否按期${recorded ? `（${a.recordedOn}更新）` : `（截至${asOf}尚未更新）`}`,
          en: `${changedEn}; ${gap.messageEn}, so whether it was in time cannot be known${recorded ? ` (recorded on ${a.recordedOn})` : ` (not recorded as of ${asOf})`}`,
        };
      } else {
        const due = dueOrGap.value;
        const dueDay = toDayNumber(due);
        // Recorded after the due date: late; not recorded and past it: overdue; else no finding.
        if (recorded ? toDayNumber(a.recordedOn) <= dueDay : day <= dueDay) continue;
        found = {
          code: recorded ? "official-change-late" : "official-change-overdue",
          dueOn: due,
          end: due,
          zh: `${changed}（${due}前）更新，${recorded ? `实际${a.recordedOn}更新` : `截至${asOf}尚未更新`}`,
          en: `${changedEn} (by ${due}), ${recorded ? `recorded on ${a.recordedOn}` : `not recorded as of ${asOf}`}`,
        };
      }
      const reason: SupervisionReason = {
        rule: "official.change-record",
        fired: true,
        facts: [],
        window: { start: a.from, end: found.end },
        citation: s.responsibleOfficial.updateCitation,
        message: found.zh,
        messageEn: found.en,
      };
      findings.push({
        code: found.code,
        status: found.gap === undefined ? "found" : "unknown",
        message: reason.message,
        messageEn: reason.messageEn,
        dueOn: found.dueOn,
        ...(found.gap === undefined ? {} : { calendarGap: found.gap }),
        assignment: a,
        facts: [],
        reasons: [...tier, reason],
        citation: s.responsibleOfficial.updateCitation,
      });
    }
  }

  let roles = 0;
  for (const role of unit.roles) roles |= _ROLE_BIT[role] ?? 0;
  if ((roles & c.recallRoleMask) !== 0) {
    for (const defect of unit.defects) {
      if (toDayNumber(defect.confirmedOn) > day) continue;
      if (defect.recallStartedOn !== undefined && toDayNumber(defect.recallStartedOn) <= day) continue;
      const reason: SupervisionReason = {
        rule: "recall.defect",
        fired: true,
        facts: [defect.id],
        window: { start: defect.confirmedOn, end: asOf },
        citation: s.recall.citation,
        message: `缺陷${defect.id}于${defect.confirmedOn}确认，截至${asOf}未启动召回`,
        messageEn: `Defect ${defect.id} confirmed on ${defect.confirmedOn}; no recall started as of ${asOf}`,
      };
      findings.push({
        code: "recall-not-started",
        status: "found",
        message: reason.message,
        messageEn: reason.messageEn,
        facts: [defect.id],
        reasons: [reason],
        citation: s.recall.citation,
      });
    }
  }
  return findings as SupervisionFinding[];
}

/**
 * Whether a change of official is known to be recorded in time although its due date
 * cannot be computed: recorded, or still unrecorded on `asOf`, within `n` calendar days
 * (working days never outnumber calendar days), or — with `from` covered — recorded, or
 * still unrecorded on `asOf`, with fewer than `n` working days counted inside the
 * calendar's coverage.
 */
function _certainlyInTime(from: IsoDate, recordedOn: IsoDate, asOfDay: DayNumber, n: number, calendar: WorkCalendar): boolean {
  const start = toDayNumber(from);
  const recorded = toDayNumber(recordedOn);
  // Stryker disable next-line EqualityOperator: when recorded is asOfDay both branches give the same day
  const until = recorded <= asOfDay ? recorded : asOfDay;
  // Recorded by then, or not yet due: at most n calendar days, so at most n working days.
  if (until - start <= n) return true;
  const end = toDayNumber(calendar.coverage.end);
  if (start < toDayNumber(calendar.coverage.start) || until > end) return false;
  // Both ends covered: the count is known and below n (else the due date would be known).
  return true;
}
