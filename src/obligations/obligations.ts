import { chinaCalendar, type WorkCalendar } from "../calendar";
import { toDayNumber, type IsoDate } from "../dates";
import { _scope } from "../duties/scope";
import { _dutiesOf } from "../duties/internal";
import { _staffingRequirements } from "../duties/staffing-requirements";
import { _mechanismStart } from "../duties/mechanism-start";
import type { Unit } from "../entities";
import { departmentFor, nanjing2023, type Policy } from "../policy";
import type { PolicyRef } from "../supervision";
import { OBLIGATION_KINDS, type ObligationKind } from "./kinds";
import { _dataEntryObligation } from "./rules/data-entry";
import { _mechanismObligations } from "./rules/mechanism-records";
import { _officialChangeObligations } from "./rules/official-change";
import { _onsiteObligations } from "./rules/onsite-inspection";
import { _recallObligations } from "./rules/recall";
import { _rectificationObligations } from "./rules/rectification";
import { _staffingObligations } from "./rules/staffing";
import { _vetoProposalObligations } from "./rules/veto-proposal";
import type { Obligation } from "./types";
import { _assertParsedUnit, _withCheckedUnit } from "../entities/unit-shape";
import { _checkAsOfRange, type AS_OF_RANGE } from "../dates/as-of";
import { _isoDateKey } from "../_lib/iso-date";

/** Options of {@link obligations}. */
export interface ObligationsOptions {
  /** The day to judge as of (`YYYY-MM-DD`); facts dated after it are ignored. */
  asOf: IsoDate;
  /** The policy (default `nanjing2023`). */
  policy?: Policy;
  /**
   * The official working-day calendar (default `chinaCalendar`): for the regulator's
   * 5-working-day deadline and, unless `unitCalendar` is given, for the days that need a
   * daily record.
   */
  calendar?: WorkCalendar;
  /** The unit's own operating calendar for daily records (default: `calendar`). */
  unitCalendar?: WorkCalendar;
}

/**
 * One agenda of everything a unit or its regulator owes, judged as of `asOf`, sorted by
 * due date (ties: the order of {@link OBLIGATION_KINDS}, then the order found).
 *
 * Each entry is `{ kind, owedBy, dueOn, status, doneOn?, reasons, decidedBy, subject,
 * department, policy }`, a union on `kind` with a typed `subject` per kind; `decidedBy` is
 * the rule id of the reason that sets the due date (never read the message text). One
 * rule per file under `src/obligations/rules/`:
 *
 * - **Staffing** (`staffing-officer`, `staffing-director`; in-scope units, posts that
 *   {@link staffingRequirements} requires as of `asOf`): the post is required from the
 *   later of the orders' effective date (2023-05-05) and the day the requirement began,
 *   where the data tells it — the issue date (`issuedOn`) that starts the unbroken run of
 *   licences / CCC certificates behind the requirement (for the director, only the
 *   categories that require one). When the data does not tell (a certificate without
 *   `issuedOn`, or a mandatory-standard or size reason), the effective date is kept and
 *   the reason says so. Every stretch from then on with nobody in post is an obligation
 *   due on its first day plus the policy's `staffing.vacancy.graceDays` (0 by default, a
 *   reading: due at once), done the day the next holder starts: the first one (post first
 *   filled after the requirement began, or never filled), and each one after a holder's
 *   `to` (the day after).
 * - **Rectification** (`rectification`): each failed assessment dated on or before `asOf`,
 *   due `rectification.days` after it (30 by default, a reading; Civil Code counting), done
 *   on the first later passed assessment of the same person, or on the person's last day in
 *   post if earlier.
 * - **Veto proposal** (`veto-proposal`): each proposal to stop production or sale (Orders
 *   75/76 Art. 4) made on or before `asOf`, due `vetoProposal.days` after it (0 by default:
 *   the same day, a reading of "at once"), done on its `decidedOn`.
 * - **Mechanism records** (`daily-record`, `weekly-record`, `monthly-record`; in-scope
 *   units, from the unit's start under the policy's phasing — `mechanism.start`, by default
 *   2024-01-01 for producers under licence or CCC and 2025-01-01 for everyone else, never
 *   before the orders' effective date): for each kind, the CURRENT period — the day
 *   `asOf` if it needs a daily record (a working day of the unit's calendar, or every day),
 *   the ISO week containing `asOf`, the month containing `asOf` — and the PREVIOUS one — the
 *   last day before `asOf` that needed a daily record, the ISO week before, the month
 *   before. Each is due on its last day and met by a record of the right role dated in it
 *   (see {@link mechanismGaps}); a current period without a record is `open`, a previous
 *   one `overdue`. For the full history use {@link mechanismGaps}.
 * - **Data entry** (`data-entry`): due {@link dataEntryDeadline}, done on
 *   `platformEntry.enteredOn`. Owed by the regulator for priority units of 二（五）
 *   ("属地市场监管部门核实一批录入一批"), by the unit otherwise.
 * - **On-site inspection** (`onsite-inspection`, the regulator's; key and special units):
 *   the current half-year from {@link onsiteInspectionStatus}, and, in calendar-half mode,
 *   every past half-year since the orders took effect in which the unit was key or special
 *   on any day ({@link pastInspectionObligations}), so a half-year never inspected stays
 *   `overdue`. Due on the period's last day, done on the day the minimum was reached.
 * - **Official change** (`official-change`, the regulator's): every assignment after the
 *   first whose `from` is on or before `asOf`, due {@link responsibleOfficialUpdateDue} of
 *   its `from` (a change on 2026-04-30 is due 2026-05-11), done on `recordedOn`.
 * - **Recall** (`recall`; producers, per the policy's recall roles): each defect confirmed
 *   on or before `asOf`, due `recall.days` after confirmation (0 by default: due
 *   immediately, a reading), done on `recallStartedOn`.
 *
 *
 * **Partial answers.** A deadline that needs working days of a year whose State Council
 * notice the calendar does not hold (an official change on 2022-06-01 or 2026-12-28; a
 * daily record as of 2027-01-15) is an obligation with `status: "unknown"`, `dueOn: null`
 * and a reason with code `calendar-coverage` naming the missing years. Everything else
 * (staffing, rectification, weeks, months, half-years, fixed dates) needs no working days
 * and is computed for any as-of. This function never throws `CalendarCoverageError`.
 *
 * Cost: O(n log n) in each of the unit's lists.
 *
 * @param unit - A parsed unit.
 * @param options - `asOf`, and optionally `policy`, `calendar`, `unitCalendar`.
 * @returns The obligations, sorted by due date.
 * @throws {@link InvalidDateError} when a date is not a calendar date.
 * @throws {@link PolicyError} when the policy is invalid.
 * @throws {@link UnitDataError} (code `unknown_credit_class`, path `/creditRisk/grade`) when the
 *   unit's credit class (dated on or before `asOf`) is not in the policy's class set.
 * @throws {@link UnitDataError} (code `unit_not_parsed`, its `path` naming the field) when `unit` is raw input, not a parsed unit (`validate("unit", …).value`): one cheap shape check.
 * @throws {@link InvalidDateError} for an as-of date (or range end) outside {@link AS_OF_RANGE} (1000-01-01 to 8999-12-31), the range the library and the CLI share.
 * @example
 * ```ts
 * obligations(unit, { asOf: "2026-05-12" })
 *   .filter((o) => o.status === "overdue")
 *   .map((o) => [o.kind, o.dueOn]); // e.g. [["official-change", "2026-05-11"]]
 * ```
 * @see 宁市监质监〔2023〕146号 一、二（三）、二（四）、二（五）、二（七）
 * @see 市场监管总局令第75号、第76号 第三条、第四条
 */
export function obligations(unit: Unit, options: ObligationsOptions): Obligation[] {
  _assertParsedUnit(unit);
  _checkAsOfRange(options.asOf);
  // Checked once here: the rules' own calls on this unit skip the shape check.
  return _withCheckedUnit(unit, () => _obligations(unit, options));
}

function _obligations(unit: Unit, options: ObligationsOptions): Obligation[] {
  const { asOf } = options;
  const policy = options.policy ?? nanjing2023;
  const duties = _dutiesOf(policy);
  const day = toDayNumber(asOf);
  const calendar = options.calendar ?? chinaCalendar;
  const unitCalendar = options.unitCalendar ?? calendar;
  const effective = toDayNumber(duties.effectiveFrom.date);
  const out: Obligation[] = [];

  // Quiet: the agenda shows no scope reason (only the categories, rules and facts are read).
  // Stryker disable next-line BooleanLiteral: quiet only skips building scope reasons, which the agenda never shows
  const scope = day >= effective ? _scope(unit, { policy, asOf }, true) : undefined;
  if (scope?.inScope === true) {
    // Asked once here for the staffing and mechanism rules (not once by each).
    const requirements = _staffingRequirements(unit, { policy, asOf }, scope);
    out.push(..._staffingObligations(unit, policy, asOf, requirements, scope));
    // The records are owed from the unit's start under the policy's phasing (mechanism.start).
    const start = _mechanismStart(unit, duties, scope).day;
    if (day >= start) out.push(..._mechanismObligations(unit, policy, asOf, start, unitCalendar, requirements.director.required));
  }
  out.push(..._rectificationObligations(unit, policy, asOf));
  out.push(..._vetoProposalObligations(unit, policy, asOf));
  out.push(_dataEntryObligation(unit, policy, asOf));
  out.push(..._onsiteObligations(unit, policy, asOf));
  out.push(..._officialChangeObligations(unit, policy, asOf, calendar));
  out.push(..._recallObligations(unit, policy, asOf));

  const ref: PolicyRef = { id: policy.id, version: policy.version };
  const departments = _departmentsOf(policy);
  for (const o of out) {
    let department = departments.get(o.kind);
    if (department === undefined) departments.set(o.kind, (department = departmentFor({ obligationKind: o.kind }, { policy }).department));
    o.department = department;
    o.policy = ref;
  }
  // Unknown due dates sort last (their order among themselves: kind, then as found).
  // A stable insertion sort (an agenda holds a dozen or so) on each one's due day, then kind.
  const n = out.length;
  // Stryker disable next-line ArrayDeclaration: a preset length only; every slot is written before it is read
  const due = new Array<number>(n);
  // Stryker disable next-line ArrayDeclaration: a preset length only; every slot is written before it is read
  const rank = new Array<number>(n);
  // Stryker disable next-line ArrayDeclaration: a preset length only; every slot is written before it is read
  const idx = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const o = out[i]!;
    due[i] = o.dueOn === null ? Infinity : _isoDateKey(o.dueOn); // YYYYMMDD: in date order
    rank[i] = _KIND_ORDER.get(o.kind)!;
    let j = i;
    while (j > 0 && (due[idx[j - 1]!]! > due[i]! || (due[idx[j - 1]!]! === due[i]! && rank[idx[j - 1]!]! > rank[i]!))) {
      idx[j] = idx[j - 1]!;
      j--;
    }
    idx[j] = i;
  }
  return idx.map((i) => out[i]!);
}

/** Each kind's place in {@link OBLIGATION_KINDS}: the tie-break of the agenda's order. */
const _KIND_ORDER = new Map<string, number>(OBLIGATION_KINDS.map((k, i) => [k, i]));

/** Each policy's department by obligation kind, found once per policy (the policy is frozen). */
const _departmentCache = new WeakMap<Policy, Map<ObligationKind, string>>();
function _departmentsOf(policy: Policy): Map<ObligationKind, string> {
  if (!Object.isFrozen(policy)) return new Map();
  let m = _departmentCache.get(policy);
  if (m === undefined) _departmentCache.set(policy, (m = new Map()));
  return m;
}
