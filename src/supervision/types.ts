import type { CalendarCoverageGap } from "../calendar";
import type { DateRange, IsoDate } from "../dates";
import type { CreditRisk, Inspection, Assignment, SupervisionLevel, ValidationIssue } from "../entities";
import type { Citation } from "../policy";

/**
 * One rule considered in a supervision decision, fired or not: the rule id, the facts it
 * used, the window and the clause it implements.
 *
 * Rule ids of {@link classifyUnit}: `special.major-risks`, `special.credit`, `key.risk`,
 * `key.credit`, and the low-risk rules `<level>.no-risk` and `<level>.minor-only`, whose
 * prefix is the level the policy maps them to (under `nanjing2023`: `trigger.no-risk` and
 * `routine.minor-only`). Other functions add `onsite.inspections`,
 * `official.named`, `official.change-record` and `recall.defect`.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface SupervisionReason {
  /** 规则 — the rule id, e.g. `"special.major-risks"`. */
  rule: string;
  /** The supervision level the rule leads to, for tier rules. */
  level?: SupervisionLevel;
  /** Whether the rule's condition holds. */
  fired: boolean;
  /**
   * 依据 — ids of the records the rule counted: risk events for the tier rules, inspections
   * for `onsite.inspections`, defects for `recall.defect`. Counted even when the rule did
   * not fire (so "why not special?" shows the two major risks found).
   */
  facts: readonly string[];
  /** The credit-risk record used (credit rules; absent when none is dated on or before the as-of day). */
  credit?: CreditRisk;
  /** The dates examined, both ends inclusive. */
  window?: DateRange;
  /** How many records counted. */
  count?: number;
  /** How many are needed for the rule to fire. */
  threshold?: number;
  /** 出处 — the clause, quoted; a reading says so. */
  citation: Citation;
  /**
   * The policy's readings (FACTS.md [reading], `reading: true`) the rule's outcome also rests
   * on, e.g. the key-supervision window and the window edges; absent when none.
   */
  readings?: readonly Citation[];
  /** 中文说明 */
  message: string;
  /** English message */
  messageEn: string;
}

/**
 * The duties a supervision level brings (plan 二（七）).
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export type SupervisionDutyId = "annual-list" | "responsible-official" | "onsite-inspection" | "official-change-record" | "recall";

/**
 * A duty of the regulator that comes with a unit's supervision level, with its citation.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface SupervisionDuty {
  /** The duty: `annual-list`, `responsible-official`, `onsite-inspection`, `official-change-record`, `recall`. */
  readonly duty: SupervisionDutyId;
  /** 中文说明 */
  readonly message: string;
  /** English message */
  readonly messageEn: string;
  /** The number the duty carries: inspections per half-year, working days to record a change. */
  readonly amount?: number;
  /** 出处 */
  readonly citation: Citation;
}

/**
 * The policy a result was computed with.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface PolicyRef {
  /** The policy's `id`, e.g. `"nanjing2023"`. */
  readonly id: string;
  /** The policy's `version`. */
  readonly version: string;
}

/**
 * A pair of annual lists (年度名单): the key and the special units of one role.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface AnnualListPair {
  /** 重点监管 — units under key supervision, by id. */
  key: AnnualListEntry[];
  /** 特别监管 — units under special supervision, by id. */
  special: AnnualListEntry[];
}

/**
 * The result of {@link classifyUnit}.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface Classification {
  /** The unit's id. */
  unitId: string;
  /** The day classified as of. */
  asOf: IsoDate;
  /** 监管层级 — `special` 特别监管, `key` 重点监管, `routine` 日常监管 or `trigger` 触发式监管. */
  level: SupervisionLevel;
  /** The rules that fired (the level comes from the highest). */
  reasons: SupervisionReason[];
  /** Every rule considered, fired or not, in order special, key, low-risk ("why not special?"). */
  considered: SupervisionReason[];
  /** The dates examined: from the start of the policy's longest window through `asOf`. */
  window: DateRange;
  /** The regulator's duties the level brings, each with its citation. */
  duties: readonly SupervisionDuty[];
  /** The policy used. */
  policy: PolicyRef;
}

/**
 * A unit on an annual list (年度名单).
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface AnnualListEntry {
  /** The unit's id. */
  id: string;
  /** 单位名称 */
  name: string;
  /** `key` or `special`. */
  level: SupervisionLevel;
  /** The rules that fired (`mode: "any-time"`: as of the start of the latest stretch at `level`). */
  reasons: SupervisionReason[];
  /**
   * `mode: "any-time"` only: the stretches of key and special supervision within the
   * year, through the lists' `asOf`, oldest first.
   */
  periods?: SupervisedPeriod[];
}

/**
 * A stretch of key or special supervision (from {@link tierHistory}).
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface SupervisedPeriod {
  /** `key` or `special`. */
  level: "key" | "special";
  /** The first day, inclusive. */
  from: IsoDate;
  /** The last day, inclusive. */
  to: IsoDate;
}

/**
 * Which units an annual list holds: `"as-of"` those key or special on the lists' `asOf`;
 * `"any-time"` those key or special on any day of the year through `asOf`.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export type AnnualListMode = "as-of" | "any-time";

/**
 * The annual lists of key and special units, for producers and for sellers separately.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface AnnualLists {
  /** 年度 */
  year: number;
  /** The day the units were classified as of. */
  asOf: IsoDate;
  /** Which units the lists hold (see {@link AnnualListMode}). */
  mode: AnnualListMode;
  /** The policy used. */
  policy: PolicyRef;
  /** 生产单位年度名单 */
  producers: AnnualListPair;
  /** 销售单位年度名单 */
  sellers: AnnualListPair;
  /**
   * Units left out because an earlier unit of the input had the same id (first wins: one
   * rule for repeated unit ids); present only when there is one.
   */
  duplicates?: AnnualListDuplicate[];
}

/**
 * A unit left out of the annual lists because an earlier unit of the input had its id:
 * both places, and the issue (`duplicate_id` at `/<index>/id`, `params.path` the first's
 * pointer `/<firstIndex>`).
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface AnnualListDuplicate {
  /** The unit id. */
  id: string;
  /** Where the unit left out is in the input (0-based). */
  index: number;
  /** Where the first unit with that id is (it is on the lists as usual). */
  firstIndex: number;
  /** The problem as a located issue. */
  issue: ValidationIssue;
}

/**
 * Whether a unit owes an on-site inspection in the current half-year.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface OnsiteInspectionStatus {
  /** Whether an on-site inspection is required: the unit is under key or special supervision as of the day. */
  required: boolean;
  /** The unit's level as of the day. */
  level: SupervisionLevel;
  /** 半年 — the calendar half-year containing the day, or the six months ending on it (rolling mode). */
  period: DateRange;
  /** The last day of the period: the inspection is due by then. */
  dueOn: IsoDate;
  /** Whether at least the policy's minimum of on-site inspections fell within the period (on or before the as-of day). */
  satisfied: boolean;
  /** On-site inspections within the period, on or before the as-of day. */
  count: number;
  /** The policy's minimum per half-year (1). */
  minimum: number;
  /** The latest on-site inspection on or before the as-of day (in any period). */
  lastInspection?: Inspection;
  /** Why: the classification's fired rules and the `onsite.inspections` rule. */
  reasons: SupervisionReason[];
}

/**
 * The kinds of supervision finding.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export type SupervisionFindingCode = "no-responsible-official" | "official-change-late" | "official-change-overdue" | "official-change-unknown" | "recall-not-started";

/**
 * A problem in how a unit is supervised: a missing responsible official, a change of
 * official recorded late or not at all, a confirmed defect with no recall.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface SupervisionFinding {
  /** The kind of finding. */
  code: SupervisionFindingCode;
  /** 中文说明 */
  message: string;
  /** English message */
  messageEn: string;
  /**
   * `found`: the problem is established; `unknown`: whether there is a problem cannot be
   * known yet, because the due date needs a calendar year whose holiday notice is not
   * held (code `official-change-unknown`; `dueOn` is then `null` and `calendarGap` says
   * which years are missing).
   */
  status: "found" | "unknown";
  /** The day the duty was due, where there is one; `null` when it cannot be computed yet. */
  dueOn?: IsoDate | null;
  /** What the calendar lacks, for an `unknown` finding. */
  calendarGap?: CalendarCoverageGap;
  /** The assignment concerned (responsible-official findings). */
  assignment?: Assignment;
  /** Ids of the records concerned (defects). */
  facts: readonly string[];
  /** Why: the rules behind the finding. */
  reasons: SupervisionReason[];
  /** 出处 */
  citation: Citation;
  /**
   * 责任处室 — the id of the department that handles the finding under the policy's division
   * of duties (`departmentFor({ findingCode: code })`; a key of `policy.departments.members`),
   * e.g. `"quality-development"` (质量发展处) for `recall-not-started`.
   */
  department: string;
  /** 出处 — why that department (附件1 三, quoted; a reading says so). */
  departmentCitation: Citation;
}
