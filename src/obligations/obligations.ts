import { chinaCalendar, type WorkCalendar } from "../calendar";
import {
  addDays,
  addPeriod,
  fromDayNumber,
  halfYearOf,
  isoWeekOf,
  monthOf,
  toDayNumber,
  type DateRange,
  type DayNumber,
  type IsoDate,
} from "../dates";
import { dataEntryDeadlineWithReasons, isInScope, scopeWithReasons, staffingRequirements, type DutyReason } from "../duties";
import { _dutiesOf, _people } from "../duties/internal";
import { _staffingSince } from "../duties/staffing-since";
import { _reason } from "../duties/reason";
import { _tenures } from "../duties/staffing-findings";
import { _validRecords } from "../duties/mechanism-gaps";
import { labels, type MechanismRecordKind, type PersonRole, type Unit } from "../entities";
import { departmentFor, nanjing2023, type Policy } from "../policy";
import { onsiteInspectionStatus, pastInspectionObligations, responsibleOfficialUpdateDue, type PolicyRef, type SupervisionReason } from "../supervision";
import { OBLIGATION_KINDS, type ObligationKind, type ObligationParty, type ObligationStatus } from "./kinds";
import { obligationStatus } from "./obligation-status";

/** A reason behind an obligation: from the duties module or from the supervision module. */
export type ObligationReason = DutyReason | SupervisionReason;

/** What an obligation is about, where it is about something in particular. */
export interface ObligationSubject {
  /** The post (staffing) or the role of the person (rectification). */
  role?: PersonRole;
  /** The person (rectification) or the last holder of a vacant post (staffing). */
  personId?: string;
  /** The failed assessment's index in `unit.assessments` (rectification). */
  assessmentIndex?: number;
  /** The defect (recall). */
  defectId?: string;
  /** The new responsible official (official-change). */
  official?: string;
  /** The assignment's index in `unit.assignments` (official-change). */
  assignmentIndex?: number;
  /**
   * The period the obligation covers: the day (`YYYY-MM-DD`), ISO week (`YYYY-Www`), month
   * (`YYYY-MM`) or half-year (`YYYY-H1`) of a record or inspection; the vacancy of a post.
   */
  period?: DateRange & {
    /** The period's id: `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM` or `YYYY-H1`/`YYYY-H2` (absent for a vacancy). */
    id?: string;
  };
}

/** One thing the unit or its regulator owes, with its due date and status as of a day. */
export interface Obligation {
  /** What is owed (see {@link OBLIGATION_KINDS}). */
  kind: ObligationKind;
  /** Who owes it: the unit, or the regulator (on-site inspection, recording an official change, entering a priority unit's data). */
  owedBy: ObligationParty;
  /** The last day to do it (inclusive). */
  dueOn: IsoDate;
  /** `met`, `late`, `open` or `overdue` as of the day asked (see {@link obligationStatus}). */
  status: ObligationStatus;
  /** The day it was done, when done on or before the day asked. */
  doneOn?: IsoDate;
  /** Why it is owed, when it is due, and how the status was found. */
  reasons: ObligationReason[];
  /** What it is about (a person, a defect, a period…). */
  subject?: ObligationSubject;
  /**
   * 责任处室 — the department that handles it under the policy's division of duties
   * (Nanjing: 附件1 三、成员处室（单位）职责分工), an id of `policy.departments.members`;
   * see {@link departmentFor} for the route and its citation.
   */
  department: string;
  /** The policy the obligation was judged under: `{ id, version }`. */
  policy: PolicyRef;
}

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
 * Each entry is `{ kind, owedBy, dueOn, status, doneOn?, reasons, subject? }`:
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
 * - **Mechanism records** (`daily-record`, `weekly-record`, `monthly-record`; in-scope
 *   units, from the orders' effective date): for each kind, the CURRENT period — the day
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
 * @param unit - A parsed unit.
 * @param options - `asOf`, and optionally `policy`, `calendar`, `unitCalendar`.
 * @returns The obligations, sorted by due date.
 * @throws {@link InvalidDateError} when a date is not a calendar date.
 * @throws {@link CalendarCoverageError} when a working-day question leaves the calendar's years.
 * @throws {@link PolicyError} when the policy is invalid or the unit's credit class unknown.
 * @example
 * ```ts
 * obligations(unit, { asOf: "2026-05-12" })
 *   .filter((o) => o.status === "overdue")
 *   .map((o) => [o.kind, o.dueOn]); // e.g. [["official-change", "2026-05-11"]]
 * ```
 * @see 宁市监质监〔2023〕146号 一、二（三）、二（四）、二（五）、二（七）
 * @see 市场监管总局令第75号、第76号 第三条
 */
export function obligations(unit: Unit, options: ObligationsOptions): Obligation[] {
  const { asOf } = options;
  const policy = options.policy ?? nanjing2023;
  const duties = _dutiesOf(policy);
  const day = toDayNumber(asOf);
  const calendar = options.calendar ?? chinaCalendar;
  const unitCalendar = options.unitCalendar ?? calendar;
  const effective = toDayNumber(duties.effectiveFrom.date);
  const inScope = isInScope(unit, { policy, asOf });
  const out: Obligation[] = [];

  if (inScope && day >= effective) {
    out.push(..._staffing(unit, policy, asOf, day));
    out.push(..._mechanism(unit, policy, asOf, day, effective, unitCalendar));
  }
  out.push(..._rectification(unit, policy, asOf, day));
  out.push(_dataEntry(unit, policy, asOf));
  out.push(..._onsite(unit, policy, asOf, day));
  out.push(..._officialChanges(unit, policy, asOf, day, calendar));
  out.push(..._recalls(unit, policy, asOf, day));

  const ref: PolicyRef = { id: policy.id, version: policy.version };
  const departments = new Map<ObligationKind, string>();
  for (const o of out) {
    let department = departments.get(o.kind);
    if (department === undefined) departments.set(o.kind, (department = departmentFor({ obligationKind: o.kind }, { policy }).department));
    o.department = department;
    o.policy = ref;
  }
  const order = new Map<string, number>(OBLIGATION_KINDS.map((k, i) => [k, i]));
  return out
    .map((o, i) => ({ o, i, due: toDayNumber(o.dueOn) }))
    .sort((a, b) => a.due - b.due || order.get(a.o.kind)! - order.get(b.o.kind)! || a.i - b.i)
    .map((x) => x.o);
}

function _make(kind: ObligationKind, owedBy: ObligationParty, dueOn: IsoDate, doneOn: IsoDate | undefined, asOf: IsoDate, reasons: ObligationReason[], subject?: ObligationSubject): Obligation {
  const status = obligationStatus(dueOn, doneOn, asOf);
  // `department` and `policy` are filled in once for the whole agenda by `obligations`.
  const o: Obligation = { kind, owedBy, dueOn, status, reasons, department: "", policy: { id: "", version: "" } };
  if (doneOn !== undefined && (status === "met" || status === "late")) o.doneOn = doneOn;
  if (subject !== undefined) o.subject = subject;
  return o;
}

function _staffing(unit: Unit, policy: Policy, asOf: IsoDate, day: DayNumber): Obligation[] {
  const duties = _dutiesOf(policy);
  const grace = duties.staffing.vacancy.graceDays;
  const requirements = staffingRequirements(unit, { policy, asOf });
  const scope = scopeWithReasons(unit, { policy, asOf });
  const out: Obligation[] = [];
  for (const role of ["officer", "director"] as const) {
    const req = requirements[role];
    if (!req.required) continue;
    const kind: ObligationKind = role === "officer" ? "staffing-officer" : "staffing-director";
    const roleZh = labels.personRole[role].zh;
    const roleEn = labels.personRole[role].en;
    const since = _staffingSince(unit, role, requirements, scope, duties, asOf);
    const sinceDate = fromDayNumber(since.day);
    const basis =
      since.basis === "certificate"
        ? { zh: `自${since.certificate}发证之日（${sinceDate}）起应配备`, en: `required since ${since.certificate} was issued (${sinceDate})` }
        : since.basis === "effective"
          ? { zh: `自“两个规定”施行之日（${sinceDate}）起应配备`, en: `required since the orders took effect (${sinceDate})` }
          : {
              zh: `自“两个规定”施行之日（${sinceDate}）起计：数据未载明本单位何时开始须配备（无发证日期，或依强制性国家标准产品、规模判定）`,
              en: `counted from the orders' effective date (${sinceDate}): the data does not tell when the requirement began (no issue date, or a mandatory-standard / size reason)`,
            };
    const basisFacts = since.certificate === undefined ? [] : [since.certificate];
    const firstHolder = (start: DayNumber) => _people(unit).find((p) => p.role === role && toDayNumber(p.from) === start)?.id;
    const vacancy = (start: DayNumber, filled: DayNumber | undefined, lastHolderId: string | undefined) => {
      const from = fromDayNumber(start);
      const dueOn = addDays(from, grace);
      const until = filled === undefined ? asOf : fromDayNumber(filled - 1);
      const filledOn = filled === undefined ? undefined : fromDayNumber(filled);
      const newHolder = filled === undefined ? undefined : firstHolder(filled);
      let zh: string;
      let en: string;
      if (lastHolderId !== undefined) {
        zh = `${roleZh}自${from}起空缺（前任${lastHolderId}离任）${filledOn === undefined ? "" : `，${filledOn}起补齐`}`;
        en = `The ${roleEn} post was vacant from ${from}${filledOn === undefined ? "" : ` until ${filledOn}`} (last holder ${lastHolderId})`;
      } else if (filledOn === undefined) {
        zh = `须配备${roleZh}；截至${asOf}无任职记录，${basis.zh}`;
        en = `A ${roleEn} is required; none recorded as of ${asOf}: ${basis.en}`;
      } else {
        zh = `须配备${roleZh}，${basis.zh}；首任${newHolder ?? ""}于${filledOn}到任`;
        en = `A ${roleEn} is ${basis.en}; the first holder${newHolder === undefined ? "" : ` (${newHolder})`} started on ${filledOn}`;
      }
      const facts = [...(lastHolderId === undefined ? basisFacts : [lastHolderId]), ...(newHolder === undefined ? [] : [newHolder])];
      const reason = _reason(`staffing.vacant.${role}`, duties.staffing.vacancy.citation, zh, en, facts, { start: from, end: until });
      const subject: ObligationSubject = { role, period: { start: from, end: until } };
      if (lastHolderId !== undefined) subject.personId = lastHolderId;
      out.push(_make(kind, "unit", dueOn, filledOn, asOf, [...req.reasons, reason], subject));
    };
    // Walk the unbroken tenures: every stretch from the day the post was first required
    // (or the day after a tenure ended) to the next tenure's start is a vacancy.
    let cursor: DayNumber | undefined = since.day;
    let lastHolderId: string | undefined;
    for (const t of _tenures(unit, role, day)) {
      if (t.start > cursor) vacancy(cursor, t.start, lastHolderId);
      if (t.end === undefined || t.end >= day) {
        cursor = undefined;
        break;
      }
      cursor = Math.max(cursor, t.end + 1);
      lastHolderId = t.lastHolderId;
    }
    if (cursor !== undefined && cursor <= day) vacancy(cursor, undefined, lastHolderId);
  }
  return out;
}

function _rectification(unit: Unit, policy: Policy, asOf: IsoDate, day: DayNumber): Obligation[] {
  const duties = _dutiesOf(policy);
  const people = new Map((unit.people ?? []).map((p) => [p.id, p]));
  const assessments = unit.assessments ?? [];
  const out: Obligation[] = [];
  assessments.forEach((a, index) => {
    const d = toDayNumber(a.date);
    if (a.passed || d > day) return;
    const dueOn = addPeriod(a.date, { days: duties.rectification.days });
    let done: DayNumber | undefined;
    let how = "";
    for (const b of assessments) {
      const bd = toDayNumber(b.date);
      if (b.personId === a.personId && b.passed && bd > d && bd <= day && (done === undefined || bd < done)) {
        done = bd;
        how = "pass";
      }
    }
    const person = people.get(a.personId);
    if (person?.to !== undefined) {
      const left = Math.max(toDayNumber(person.to), d);
      if (left <= day && (done === undefined || left < done)) {
        done = left;
        how = "left";
      }
    }
    const roleZh = person === undefined ? "人员" : labels.personRole[person.role].zh;
    const reason = _reason(
      "rectification.failed-assessment",
      duties.rectification.citation,
      `${roleZh}${a.personId}于${a.date}监督抽查考核不合格，应于${dueOn}前整改${done === undefined ? "" : how === "pass" ? `；${fromDayNumber(done)}复考合格` : `；${fromDayNumber(done)}离任`}`,
      `${person?.role ?? "person"} ${a.personId} failed the assessment of ${a.date}; to be rectified by ${dueOn}${done === undefined ? "" : how === "pass" ? `; passed again on ${fromDayNumber(done)}` : `; left the post on ${fromDayNumber(done)}`}`,
      [a.personId, `/assessments/${index}`],
    );
    const subject: ObligationSubject = { personId: a.personId, assessmentIndex: index };
    if (person !== undefined) subject.role = person.role;
    out.push(_make("rectification", "unit", dueOn, done === undefined ? undefined : fromDayNumber(done), asOf, [reason], subject));
  });
  return out;
}

const RECORD_KIND: Record<MechanismRecordKind, ObligationKind> = { daily: "daily-record", weekly: "weekly-record", monthly: "monthly-record" };

function _mechanism(unit: Unit, policy: Policy, asOf: IsoDate, day: DayNumber, effective: DayNumber, unitCalendar: WorkCalendar): Obligation[] {
  const duties = _dutiesOf(policy);
  const m = duties.mechanism;
  const everyDay = m.days === "every-day";
  const needsDaily = (d: IsoDate) => everyDay || unitCalendar.isWorkingDay(d);

  const thisWeek = isoWeekOf(asOf);
  const lastWeek = isoWeekOf(addDays(thisWeek.start, -7));
  const thisMonth = monthOf(asOf);
  const lastMonth = monthOf(addDays(thisMonth.start, -1));
  const days: IsoDate[] = [];
  if (day > effective) days.push(everyDay ? addDays(asOf, -1) : unitCalendar.addWorkingDays(asOf, -1));
  if (needsDaily(asOf)) days.push(asOf);

  const lo = Math.min(toDayNumber(lastWeek.start), toDayNumber(lastMonth.start), days.length > 0 ? toDayNumber(days[0]!) : day);
  const valid = _validRecords(unit, duties, { daily: lo, weekly: lo, monthly: lo }, day);

  const out: Obligation[] = [];
  const roles = (k: MechanismRecordKind) => m.roles[k].map((r) => labels.personRole[r].zh).join("、");
  const push = (k: MechanismRecordKind, period: DateRange & { id: string }, key: string) => {
    if (toDayNumber(period.end) < effective) return;
    const doneOn = valid.validDates[k].get(key);
    const title = k === "daily" ? "《每日工业产品质量安全检查记录》" : k === "weekly" ? "《每周工业产品质量安全排查治理报告》" : "《每月工业产品质量安全调度会议纪要》";
    const reason = _reason(
      `mechanism.${k}`,
      k === "daily" ? m.daysCitation : m.periodsCitation,
      `${period.id}（${period.start}至${period.end}）应有${roles(k)}的${title}${doneOn === undefined ? "，尚无" : `，${doneOn}已记录`}`,
      `${period.id} (${period.start} to ${period.end}) needs a ${k} record by the ${m.roles[k].join("/")}${doneOn === undefined ? ": none yet" : `: recorded on ${doneOn}`}`,
      [],
      { start: period.start, end: period.end },
    );
    out.push(_make(RECORD_KIND[k], "unit", period.end, doneOn, asOf, [reason], { period }));
  };
  for (const d of days) {
    if (toDayNumber(d) < effective) continue;
    push("daily", { id: d, start: d, end: d }, d);
  }
  for (const w of [lastWeek, thisWeek]) push("weekly", w, w.start);
  for (const mo of [lastMonth, thisMonth]) push("monthly", mo, mo.id);
  return out;
}

function _dataEntry(unit: Unit, policy: Policy, asOf: IsoDate): Obligation {
  const d = dataEntryDeadlineWithReasons(unit, { policy });
  const entered = unit.platformEntry?.enteredOn;
  const owedBy: ObligationParty = d.class === "priority" ? "regulator" : "unit";
  return _make("data-entry", owedBy, d.dueOn, entered, asOf, d.reasons);
}

function _onsite(unit: Unit, policy: Policy, asOf: IsoDate, day: DayNumber): Obligation[] {
  // Past half-years (calendar mode) from the unit's tier history, so a half-year in which
  // a key or special unit was never inspected stays overdue instead of disappearing.
  const out: Obligation[] = pastInspectionObligations(unit, { asOf, policy }).map((p) =>
    _make("onsite-inspection", "regulator", p.dueOn, p.doneOn, asOf, p.reasons, { period: { ...p.period } }),
  );
  const s = onsiteInspectionStatus(unit, { asOf, policy });
  if (!s.required) return out;
  let doneOn: IsoDate | undefined;
  if (s.satisfied) {
    const ids = new Set(s.reasons.find((r) => r.rule === "onsite.inspections")?.facts ?? []);
    const dates = (unit.inspections ?? []).filter((i) => ids.has(i.id) && toDayNumber(i.date) <= day).map((i) => i.date).sort();
    doneOn = dates[Math.max(0, s.minimum - 1)];
  }
  const onsite = policy.supervision.onsiteInspection;
  const id = onsite.halfYear === "calendar" ? halfYearOf(s.period.start).id : undefined;
  const period: ObligationSubject["period"] = id === undefined ? { ...s.period } : { id, ...s.period };
  out.push(_make("onsite-inspection", "regulator", s.dueOn, doneOn, asOf, s.reasons, { period }));
  return out;
}

function _officialChanges(unit: Unit, policy: Policy, asOf: IsoDate, day: DayNumber, calendar: WorkCalendar): Obligation[] {
  const out: Obligation[] = [];
  const r = policy.supervision.responsibleOfficial;
  (unit.assignments ?? []).forEach((a, index) => {
    if (index === 0 || toDayNumber(a.from) > day) return;
    const dueOn = responsibleOfficialUpdateDue(a.from, { policy, calendar });
    const reason: SupervisionReason = {
      rule: "official.change-record",
      fired: true,
      facts: [`/assignments/${index}`],
      window: { start: a.from, end: dueOn },
      citation: r.updateCitation,
      message: `监管责任人于${a.from}变更为${a.official}，应在${r.updateWithinWorkingDays}个工作日内（${dueOn}前）更新`,
      messageEn: `The responsible official changed to ${a.official} on ${a.from}: to be recorded within ${r.updateWithinWorkingDays} working days (by ${dueOn})`,
    };
    out.push(_make("official-change", "regulator", dueOn, a.recordedOn, asOf, [reason], { official: a.official, assignmentIndex: index }));
  });
  return out;
}

function _recalls(unit: Unit, policy: Policy, asOf: IsoDate, day: DayNumber): Obligation[] {
  const duties = _dutiesOf(policy);
  const roles: readonly string[] = policy.supervision.recall.roles;
  if (!(unit.roles ?? []).some((r) => roles.includes(r))) return [];
  const out: Obligation[] = [];
  for (const d of unit.defects ?? []) {
    if (toDayNumber(d.confirmedOn) > day) continue;
    const dueOn = addDays(d.confirmedOn, duties.recall.days);
    const reason = _reason(
      "recall.defect",
      duties.recall.citation,
      `缺陷${d.id}于${d.confirmedOn}确认，生产单位应按照国家有关规定召回（${dueOn}前启动）`,
      `Defect ${d.id} confirmed on ${d.confirmedOn}: the producer recalls under national rules (start by ${dueOn})`,
      [d.id],
    );
    out.push(_make("recall", "unit", dueOn, d.recallStartedOn, asOf, [reason], { defectId: d.id }));
  }
  return out;
}
