import type { DateRange, IsoDate } from "../dates";
import type { Label, SupervisionLevel, ValidationIssue } from "../entities";
import type { ObligationKind, ObligationParty, ObligationStatus } from "../obligations";
import type { Citation } from "../policy";
import type { AnnualLists } from "../supervision";
import type { ReportBreakdown } from "./breakdown";
import type { ReportRecordLocation } from "./record-location";
import type { ReportUnitRow } from "./unit-rows";

/** How a report groups its overdue, upcoming and unknown obligations, mechanism gaps and findings. */
export const REPORT_GROUPINGS = ["level", "department", "district"] as const;
/**
 * `level` — one list each for the whole data set (the units per level are a section of their
 * own); `department` — the same rows under the department that handles them (附件1 三),
 * in `byDepartment`; `district` — the same rows under the unit's district (`unit.district`,
 * GB/T 2260), in `byDistrict`.
 */
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

/** Where a report's as-of date came from: given by the caller, a data set's `asOf`, or today's date. */
export type ReportAsOfSource = "option" | "dataset" | "today";

/** The tool and version that made a report. */
export interface ReportGenerator {
  /** E.g. `qsd`, or the package's name `quality-safety-duty`. */
  name: string;
  /** Its version. */
  version: string;
}

/** A unit named in the report. */
export interface ReportUnitRef {
  /** 标识 */
  id: string;
  /** 单位名称 */
  name: string;
}

/** One obligation row: overdue, or due soon. */
export interface ReportObligationRow extends ReportUnitRef {
  /** What is owed. */
  kind: ObligationKind;
  /** Who owes it. */
  owedBy: ObligationParty;
  /** The last day to do it. */
  dueOn: IsoDate;
  /** `overdue` or `open`. */
  status: ObligationStatus;
  /** Days past the due date (overdue) or left until it (open), counted in calendar days from the as-of date. */
  days: number;
  /** What it is about, in Chinese: the message of the reason that decided it (`Obligation.decidedBy`). */
  detail: string;
  /** The same in English. */
  detailEn: string;
  /** 出处 */
  citation?: Citation;
  /** 责任处室 — the id of the department that handles it (`Obligation.department`, 附件1 三). */
  department: string;
}

/**
 * An obligation whose due date cannot be computed yet (`status: "unknown"`): it needs
 * working days of a year whose State Council holiday notice the calendar does not hold.
 */
export interface ReportUnknownRow extends ReportUnitRef {
  /** What is owed. */
  kind: ObligationKind;
  /** Who owes it. */
  owedBy: ObligationParty;
  /** Why it cannot be computed, in Chinese (the `calendar-coverage` reason's message). */
  message: string;
  /** The same in English. */
  messageEn: string;
  /** The years whose notice is missing, e.g. `[2027]`. */
  missingYears: number[];
  /** 出处 of the rule whose deadline could not be computed. */
  citation?: Citation;
  /** 责任处室 — the id of the department that handles it (`Obligation.department`). */
  department: string;
}

/** A unit's missing mechanism records in the report's period. */
export interface ReportMechanismRow extends ReportUnitRef {
  /** Working days without a daily check record. */
  daily: string[];
  /** ISO weeks (`YYYY-Www`) without a weekly review report by the director. */
  weekly: string[];
  /** Months (`YYYY-MM`) without monthly scheduling minutes. */
  monthly: string[];
  /** Records made by the wrong role (they fill no gap). */
  wrongRole: number;
  /** The unit has no mechanism record at all dated in the period (the mechanism is not running). */
  noRecords: boolean;
  /**
   * Days of the period that could not be judged (whether they are working days depends on
   * a year whose holiday notice the calendar lacks; `mechanismGaps(…).unknown`); absent
   * when every day was judged.
   */
  unknownDays?: number;
}

/** A staffing or supervision finding about a unit. */
export interface ReportFindingRow extends ReportUnitRef {
  /** `staffing` (the unit's posts and assessments) or `supervision` (the regulator's duties). */
  area: "staffing" | "supervision";
  /** A stable code: `vacant-director`, `vacant-officer`, `failed-assessment`, or a supervision finding code. */
  code: string;
  /** 中文说明 */
  message: string;
  /** English message */
  messageEn: string;
  /** 出处 */
  citation?: Citation;
  /**
   * 责任处室 — the id of the department that handles it (附件1 三): a supervision finding's
   * `department`; for staffing, `departmentFor({ findingCode: finding.kind })` (`vacant`, `failed-assessment`).
   */
  department: string;
}

/** A record left out of the report, with its issues. */
export interface ReportInvalidRow {
  /** Where it is. */
  location: ReportRecordLocation;
  /** `parse` (not JSON), `invalid` (fails the unit schema, or repeats an id) or `error` (the library rejected it). */
  kind: "parse" | "invalid" | "error";
  /** The problems, with JSON pointers. */
  issues: ValidationIssue[];
  /** A repeated unit id (`duplicate_id`): where the first record with that id is (it won; this one is left out). */
  firstLocation?: ReportRecordLocation;
}

/** The counts of a group's rows (its lists may be cut to the report's `rowsKept`). */
export interface ReportGroupTotals {
  /** Overdue obligations (not the mechanism records). */
  overdue: number;
  /** Open obligations due within `upcomingDays`. */
  upcoming: number;
  /** Obligations that cannot be computed yet (all kinds). */
  unknown: number;
  /** Units with mechanism gaps. */
  mechanismGaps: number;
  /** Of those, units with no record at all in the period. */
  noRecords: number;
  /** Staffing and supervision findings. */
  findings: number;
}

/** The rows of one group (a department or a district) and their counts. */
export interface ReportGroupRows {
  /** Counts (the lists below may be cut to the report's `rowsKept`). */
  totals: ReportGroupTotals;
  /** 逾期事项, earliest due first. */
  overdue: ReportObligationRow[];
  /** 近期到期事项, earliest due first. */
  upcoming: ReportObligationRow[];
  /** 无法计算 — obligations whose due date needs a calendar year not yet published. */
  unknown: ReportUnknownRow[];
  /**
   * 日管控、周排查、月调度缺失 — units without any record in the period first. (By department:
   * a unit whose gaps go to several departments appears under each with only that
   * department's kinds.)
   */
  mechanism: ReportMechanismRow[];
  /** 人员配备与监管问题 */
  findings: ReportFindingRow[];
}

/** A duty of a department that gives it rows of the report, with the words that give it. */
export interface ReportDepartmentDuty {
  /** The duty's id in `policy.departments.members[…].duties`. */
  duty: string;
  /** The duty in English (a summary; the quote is the authority). */
  summaryEn: string;
  /**
   * 出处 — the clause and words (e.g. 附件1 三（五）"负责缺陷产品召回的监督管理工作");
   * `reading: true` with a note when the route is a reading of the words.
   */
  citation: Citation;
}

/**
 * One department's share of the report: the overdue, upcoming and unknown obligations, the
 * mechanism gaps and the staffing and supervision findings it handles under the policy's
 * division of duties — the same rows as in the report's level layout.
 *
 * @see 宁市监质监〔2023〕146号 附件1 三、成员处室（单位）职责分工
 */
export interface ReportDepartmentGroup extends ReportGroupRows {
  /** The department's id (a key of `policy.departments.members`). */
  department: string;
  /** 名称, e.g. `质量发展处`. */
  name: string;
  /** The name in English. */
  nameEn: string;
  /**
   * The duties that give it these rows, in the policy's order; a duty reached both by a
   * route the words state and by a reading is listed for each.
   */
  duties: ReportDepartmentDuty[];
}

/**
 * One district's share of the report: the rows of its units (`unit.district`, a GB/T 2260
 * code) — the same rows as in the report's level layout.
 */
export interface ReportDistrictGroup extends ReportGroupRows {
  /** The district code as the units give it; `null` for the units without one (未填写行政区划). */
  district: string | null;
  /**
   * 主体数 — how many units of the data set give this district: every unit is counted in its
   * district's group, with or without rows (a district whose units owe nothing has a group
   * with empty lists).
   */
  units: number;
  /** The district's name (e.g. `建邺区`), when the policy names it (absent otherwise). */
  name?: string;
  /** The name in English (e.g. `Jianye District`), with `name`. */
  nameEn?: string;
}

/**
 * What the report's working-day calendar covers, and the years it lacks for this data set:
 * the union of the missing years of every answer that could not be given (unknown
 * obligations, mechanism days, supervision findings), ascending — empty when everything
 * could be computed.
 */
export interface ReportCalendar {
  /** The calendar's `id`. */
  id: string;
  /** The days it covers. */
  coverage: DateRange;
  /** The years whose State Council holiday notice it lacks and some answer needed. */
  missingYears: number[];
}

/**
 * The supervision picture of a data set as of a day — what `qsd report --format json`
 * prints: units per level, the annual key and special lists, overdue, upcoming and
 * not-yet-computable obligations, mechanism gaps in the month to date, staffing and
 * supervision findings, and invalid records. A plain JSON-serialisable value.
 *
 * @see 宁市监质监〔2023〕146号 二（三）、二（四）、二（五）、二（七）
 */
export interface SupervisionReport {
  /** The tool and version that made it (`BuildSupervisionReportOptions.generator`). */
  generator: ReportGenerator;
  /** The input's name (`BuildSupervisionReportOptions.source`; `""` when not given). */
  source: string;
  /** 基准日 */
  asOf: IsoDate;
  /** Where the as-of date came from. */
  asOfFrom: ReportAsOfSource;
  /** The policy used. */
  policy: {
    /** Its id, e.g. `nanjing2023`. */
    id: string;
    /** Its version. */
    version: string;
    /** Its title (the plan's name). */
    title: string;
    /** The title in English. */
    titleEn: string;
  };
  /** The working-day calendar used, and the years it lacks. */
  calendar: ReportCalendar;
  /**
   * Counts. The lists below hold every row unless the report was built with `keep`
   * (`rowsKept`): then the first `keep` rows of each (earliest due first), and these
   * totals say how many there are in all.
   */
  totals: ReportGroupTotals & {
    /** Records added: units and invalid records. */
    records: number;
    /** Units in the report. */
    units: number;
    /** Records left out. */
    invalid: number;
    /** Entries of the annual lists. */
    annualLists: Record<"producers" | "sellers", Record<"key" | "special", number>>;
  };
  /** The most rows kept per list (absent: all). */
  rowsKept?: number;
  /** 分类监管 — units per level, highest first (special, key, routine, trigger). */
  levels: {
    /** The level. */
    level: SupervisionLevel;
    /** Its Chinese and English names. */
    label: Label;
    /** Units at the level. */
    count: number;
    /** The units (at most `rowsKept`). */
    units: ReportUnitRef[];
  }[];
  /** 年度名单 */
  annualLists: AnnualLists;
  /**
   * 逾期、近期到期与无法计算的事项 (the daily / weekly / monthly records are in `mechanism`,
   * except in `unknown`, which lists every kind).
   */
  obligations: {
    /** The window of `upcoming`, in days after the as-of date. */
    upcomingDays: number;
    /** 逾期 — past due and not done, earliest due first. */
    overdue: ReportObligationRow[];
    /** 近期到期 — open and due within `upcomingDays`, earliest due first. */
    upcoming: ReportObligationRow[];
    /** 无法计算 — due dates that need a calendar year not yet published, in the order found. */
    unknown: ReportUnknownRow[];
  };
  /** 日管控、周排查、月调度 — gaps from the first of the as-of month to the as-of date. */
  mechanism: {
    /** The days checked: the first of the as-of month to the as-of date. */
    period: DateRange;
    /** Units the mechanism applies to (in scope, after the orders took effect). */
    checked: number;
    /** Units with gaps: those without any record in the period first. */
    units: ReportMechanismRow[];
  };
  /** 人员配备与监管问题 */
  findings: ReportFindingRow[];
  /** 无效记录 — left out of everything above. */
  invalid: ReportInvalidRow[];
  /**
   * 按处室 — with `groupBy: "department"` only: the overdue, upcoming and unknown
   * obligations, mechanism gaps and findings above, grouped under the department that
   * handles them, keyed by department id in the order of `policy.departments.members`;
   * departments with nothing are left out. Each list keeps at most `rowsKept` rows.
   */
  byDepartment?: Record<string, ReportDepartmentGroup>;
  /**
   * 按行政区划 — with `groupBy: "district"` only: the same rows grouped by the unit's district
   * code, keyed by the code in ascending order, the units without one last under the key
   * `""` (`district: null`); districts with nothing are left out. Each list keeps at most
   * `rowsKept` rows.
   */
  byDistrict?: Record<string, ReportDistrictGroup>;
  /**
   * 主体 — with the `units` option only: one row per unit (at most `rowsKept`, the first
   * added), with its panel (`detail`) for `units: "detail"`.
   */
  units?: ReportUnitRow[];
  /** 统计 — with the `units` option only: the complete counts behind the charts, whatever `keep` cuts. */
  breakdown?: ReportBreakdown;
}
