import type { CalendarCoverageGap } from "../calendar";
import type { DateRange, IsoDate } from "../dates";
import type { DataEntryClass, DutyReason } from "../duties";
import type { PersonRole, VetoAction } from "../entities";
import type { PolicyRef, SupervisionReason } from "../supervision";
import type { ObligationKind, ObligationParty, ObligationStatus } from "./kinds";

/**
 * Why a deadline cannot be computed yet: it needs working days of a year whose State
 * Council holiday notice the calendar does not hold. The library never guesses such a
 * year; the obligation is `unknown` and this reason says which years are missing.
 *
 * @see 《国务院办公厅关于YYYY年部分节假日安排的通知》 — published each year, late October to early December
 */
export interface CalendarCoverageReason extends DutyReason, CalendarCoverageGap {}

/** A reason behind an obligation: from the duties module, the supervision module, or a missing calendar year. */
export type ObligationReason = DutyReason | SupervisionReason | CalendarCoverageReason;

/** A period an obligation covers, with its id where it has one. */
export type ObligationPeriod = DateRange & {
  /** The period's id: `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM` or `YYYY-H1`/`YYYY-H2` (absent for a vacancy or a rolling half-year). */
  id?: string;
};

/** What a staffing obligation is about: a post, and the stretch it was (or is) vacant. */
export interface StaffingSubject {
  /** The post. */
  role: "officer" | "director";
  /** The last holder of the post, when it fell vacant after someone left. */
  personId?: string;
  /** The vacancy: from the first day without a holder to the day before the next one started (or the as-of day). */
  period: DateRange;
}

/** What a rectification obligation is about: a failed assessment of a person. */
export interface RectificationSubject {
  /** The person assessed. */
  personId: string;
  /** Their role, when the person is in `unit.people`. */
  role?: PersonRole;
  /** The failed assessment's index in `unit.assessments`. */
  assessmentIndex: number;
}

/** What a veto-proposal obligation is about: a proposal to stop production or sale (Orders 75/76 Art. 4). */
export interface VetoProposalSubject {
  /** The proposal's id (in `unit.vetoProposals`). */
  proposalId: string;
  /** What was proposed: stop production or stop sale. */
  action: VetoAction;
  /** Who proposed it (a director or officer of the unit). */
  byPersonId: string;
}

/** What a daily, weekly or monthly record obligation is about: its period. */
export interface MechanismRecordSubject {
  /** The day (`YYYY-MM-DD`), ISO week (`YYYY-Www`) or month (`YYYY-MM`). */
  period: DateRange & {
    /** The period's id. */
    id: string;
  };
}

/** What the data-entry obligation is about: the deadline class that applies. */
export interface DataEntrySubject {
  /** The class of the earliest deadline that applies (see `dataEntryDeadlineWithReasons`). */
  class: DataEntryClass;
}

/** What an on-site inspection obligation is about: a half-year. */
export interface OnsiteInspectionSubject {
  /** The half-year (calendar halves have an id `YYYY-H1`/`YYYY-H2`). */
  period: ObligationPeriod;
}

/** What an official-change obligation is about: a new responsible official. */
export interface OfficialChangeSubject {
  /** The new responsible official. */
  official: string;
  /** The assignment's index in `unit.assignments`. */
  assignmentIndex: number;
  /** The day the change took effect (the assignment's `from`). */
  changedOn: IsoDate;
}

/** What a recall obligation is about: a confirmed defect. */
export interface RecallSubject {
  /** The defect. */
  defectId: string;
}

/** Each obligation kind's subject type. */
export interface ObligationSubjects {
  /** 配备质量安全员 */
  "staffing-officer": StaffingSubject;
  /** 配备质量安全总监 */
  "staffing-director": StaffingSubject;
  /** 考核不合格整改 */
  rectification: RectificationSubject;
  /** 否决建议研判处置 */
  "veto-proposal": VetoProposalSubject;
  /** 日管控 */
  "daily-record": MechanismRecordSubject;
  /** 周排查 */
  "weekly-record": MechanismRecordSubject;
  /** 月调度 */
  "monthly-record": MechanismRecordSubject;
  /** 信息平台录入 */
  "data-entry": DataEntrySubject;
  /** 半年内现场检查 */
  "onsite-inspection": OnsiteInspectionSubject;
  /** 监管责任人变更更新 */
  "official-change": OfficialChangeSubject;
  /** 缺陷产品召回 */
  recall: RecallSubject;
}

/** What an obligation is about: the subject of one of the kinds (see {@link ObligationSubjects}). */
export type ObligationSubject = ObligationSubjects[ObligationKind];

/**
 * One thing the unit or its regulator owes, of kind `K`, with its due date and status as
 * of a day.
 *
 * @typeParam K - The kind.
 */
export interface ObligationOf<K extends ObligationKind> {
  /** What is owed (see {@link OBLIGATION_KINDS}). */
  kind: K;
  /** Who owes it: the unit, or the regulator (on-site inspection, recording an official change, entering a priority unit's data). */
  owedBy: ObligationParty;
  /**
   * The last day to do it (inclusive); `null` exactly when `status` is `"unknown"` (the
   * day needs a calendar year not yet published).
   */
  dueOn: IsoDate | null;
  /** `met`, `late`, `open`, `overdue` or `unknown` as of the day asked (see {@link obligationStatus}). */
  status: ObligationStatus;
  /** The day it was done, when done on or before the day asked. */
  doneOn?: IsoDate;
  /** Why it is owed, when it is due, and how the status was found. */
  reasons: ObligationReason[];
  /**
   * The `rule` of the reason that sets the due date and status (one of `reasons`); for an
   * `unknown` obligation, the rule whose deadline could not be computed — its reason then
   * has `code: "calendar-coverage"`. Read this, never the message text, to know what decided.
   */
  decidedBy: string;
  /** What it is about: a post, a person, a period, a defect… (typed per kind). */
  subject: ObligationSubjects[K];
  /**
   * 责任处室 — the department that handles it under the policy's division of duties
   * (Nanjing: 附件1 三、成员处室（单位）职责分工), an id of `policy.departments.members`;
   * see {@link departmentFor} for the route and its citation.
   */
  department: string;
  /** The policy the obligation was judged under: `{ id, version }`. */
  policy: PolicyRef;
}

/**
 * One thing the unit or its regulator owes: a discriminated union on `kind`, each kind
 * with its own typed `subject`.
 *
 * @example
 * ```ts
 * for (const o of obligations(unit, { asOf: "2026-05-12" })) {
 *   if (o.kind === "official-change") o.subject.official; // string
 *   if (o.status === "unknown") o.reasons.find((r) => "code" in r && r.code === "calendar-coverage");
 * }
 * ```
 * @see 宁市监质监〔2023〕146号 二（三）、二（四）、二（五）、二（七）
 */
export type Obligation = { [K in ObligationKind]: ObligationOf<K> }[ObligationKind];
