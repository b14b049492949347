import { toDayNumber } from "../dates";
import { mechanismGaps, staffingFindings } from "../duties";
import { labels, type Label, type SupervisionLevel, type Unit, type ValidationIssue } from "../entities";
import { obligationLabels, obligations, type Obligation, type ObligationKind, type ObligationParty, type ObligationStatus } from "../obligations";
import type { Citation, Policy } from "../policy";
import { buildAnnualLists, classifyUnit, supervisionFindings, type AnnualListEntry, type AnnualLists } from "../supervision";
import type { ReportRecordLocation as RecordLocation } from "./record-location";
import { _departmentRouter, _DepartmentGroups, type ReportDepartmentGroup } from "./departments";
import { _byDue, _Kept as Kept } from "./kept";

export type { ReportDepartmentDuty, ReportDepartmentGroup } from "./departments";

/** How `qsd report --by` groups the obligations, mechanism gaps and findings. */
export const REPORT_GROUPINGS = ["level", "department"] as const;
/**
 * `level` — one list each for the whole data set (the units per level are a section of their
 * own); `department` — the same rows under the department that handles them (附件1 三).
 */
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

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
  dueOn: string;
  /** `overdue` or `open`. */
  status: ObligationStatus;
  /** Days past the due date (overdue) or left until it (open), counted in calendar days from the as-of date. */
  days: number;
  /** What it is about, in Chinese: the reason that names the due date. */
  detail: string;
  /** The same in English. */
  detailEn: string;
  /** 出处 */
  citation?: Citation;
  /** 责任处室 — the id of the department that handles it (`Obligation.department`, 附件1 三). */
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
  location: RecordLocation;
  /** `parse`, `invalid` or `error`. */
  kind: "parse" | "invalid" | "error";
  /** The problems, with JSON pointers. */
  issues: ValidationIssue[];
}

/**
 * The supervision picture of a data set as of a day — what `qsd report` prints: units per
 * level, the annual key and special lists, overdue and upcoming obligations, mechanism
 * gaps in the month to date, staffing and supervision findings, and invalid records.
 *
 * @see 宁市监质监〔2023〕146号 二（三）、二（四）、二（五）、二（七）
 */
export interface SupervisionReport {
  /** The tool and version that made it. */
  generator: { name: string; version: string };
  /** The input's name (`examples/nanjing-demo.json (bundled demo)` when none was given). */
  source: string;
  /** 基准日 */
  asOf: string;
  /** Where the as-of date came from. */
  asOfFrom: "option" | "dataset" | "today";
  /** The policy used. */
  policy: { id: string; version: string; title: string; titleEn: string };
  /**
   * Counts. The lists below hold every row in JSON output; for text, Markdown and HTML only
   * the first `rowsKept` rows of each (earliest due first), and these totals say how many
   * there are in all.
   */
  totals: {
    records: number;
    units: number;
    invalid: number;
    overdue: number;
    upcoming: number;
    mechanismGaps: number;
    noRecords: number;
    findings: number;
    annualLists: Record<"producers" | "sellers", Record<"key" | "special", number>>;
  };
  /** The most rows kept per list (absent: all). */
  rowsKept?: number;
  /** 分类监管 — units per level, highest first. */
  levels: { level: SupervisionLevel; label: Label; count: number; units: ReportUnitRef[] }[];
  /** 年度名单 */
  annualLists: AnnualLists;
  /** 逾期与近期到期事项 (the daily / weekly / monthly records are in `mechanism`). */
  obligations: { upcomingDays: number; overdue: ReportObligationRow[]; upcoming: ReportObligationRow[] };
  /** 日管控、周排查、月调度 — gaps from the first of the as-of month to the as-of date. */
  mechanism: { period: { start: string; end: string }; checked: number; units: ReportMechanismRow[] };
  /** 人员配备与监管问题 */
  findings: ReportFindingRow[];
  /** 无效记录 — left out of everything above. */
  invalid: ReportInvalidRow[];
  /**
   * 按处室 — with `--by department` only: the overdue and upcoming obligations, mechanism gaps
   * and findings above, grouped under the department that handles them, keyed by department
   * id in the order of `policy.departments.members`; departments with nothing are left out.
   * For text, Markdown and HTML each list keeps at most `rowsKept` rows.
   */
  byDepartment?: Record<string, ReportDepartmentGroup>;
}

/** The supervision levels from the highest to the lowest. */
const LEVELS_HIGH_TO_LOW: readonly SupervisionLevel[] = Object.freeze(["special", "key", "routine", "trigger"]);

/** The obligation kinds the mechanism section covers instead of the obligation lists. */
const MECHANISM_KINDS: ReadonlySet<ObligationKind> = new Set(["daily-record", "weekly-record", "monthly-record"]);

/** Options of {@link ReportBuilder}. */
export interface ReportBuilderOptions {
  /** 基准日 */
  asOf: string;
  /** Where it came from. */
  asOfFrom: "option" | "dataset" | "today";
  /** The policy. */
  policy: Policy;
  /** Open obligations due within this many days after the as-of date are "upcoming" (default 30). */
  upcomingDays?: number;
  /** The input's name. */
  source: string;
  /** The tool's version. */
  version: string;
  /**
   * Keep at most this many rows per list (the earliest due, the first found), counting the
   * rest: memory then stays bounded whatever the input's size. Absent: keep all (JSON).
   */
  keep?: number;
  /** `department` also groups the rows by department (`byDepartment`); default `level`. */
  by?: ReportGrouping;
}

/**
 * Collects a {@link SupervisionReport} one unit at a time: each unit is classified and
 * checked as it arrives (a library error for one unit rejects that unit only, before
 * anything of it is kept), and the annual lists are built at the end.
 *
 * @example
 * ```ts
 * const b = new ReportBuilder({ asOf: "2026-11-20", asOfFrom: "dataset", policy: nanjing2023, source: "demo.json", version: "0.1.0" });
 * for (const unit of units) b.addUnit(unit);
 * const report = b.finish();
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export class ReportBuilder {
  // The annual lists are built unit by unit (buildAnnualLists on each unit, merged and
  // sorted at the end as buildAnnualLists sorts them), so no unit is kept in memory.
  private readonly lists: Record<"producers" | "sellers", Record<"key" | "special", Kept<AnnualListEntry>>>;
  private readonly ids = new Set<string>();
  private readonly byLevel = new Map<SupervisionLevel, Kept<ReportUnitRef>>();
  private readonly overdue: Kept<ReportObligationRow>;
  private readonly upcoming: Kept<ReportObligationRow>;
  private readonly mechanismIdle: Kept<ReportMechanismRow>;
  private readonly mechanismRows: Kept<ReportMechanismRow>;
  private mechanismChecked = 0;
  private readonly findings: Kept<ReportFindingRow>;
  private readonly invalid: Kept<ReportInvalidRow>;
  private records = 0;
  private readonly asOfDay: number;
  private readonly route: ReturnType<typeof _departmentRouter>;
  private readonly departments?: _DepartmentGroups;
  private readonly monthStart: string;
  private readonly year: number;

  /** @param options - See {@link ReportBuilderOptions}. */
  constructor(private readonly options: ReportBuilderOptions) {
    this.asOfDay = toDayNumber(options.asOf);
    this.monthStart = `${options.asOf.slice(0, 8)}01`;
    this.year = Number(options.asOf.slice(0, 4));
    const keep = options.keep;
    this.overdue = new Kept(keep, _byDue);
    this.upcoming = new Kept(keep, _byDue);
    this.route = _departmentRouter(options.policy);
    if (options.by === "department") this.departments = new _DepartmentGroups(options.policy, keep, this.route);
    this.mechanismIdle = new Kept(keep);
    this.mechanismRows = new Kept(keep);
    this.findings = new Kept(keep);
    this.invalid = new Kept(keep);
    this.lists = {
      producers: { key: new Kept(keep, compareIds), special: new Kept(keep, compareIds) },
      sellers: { key: new Kept(keep, compareIds), special: new Kept(keep, compareIds) },
    };
  }

  /**
   * Whether a unit id was already added (units must have unique ids in a data set).
   *
   * @param id - A unit id.
   * @returns `true` when a unit with this id is in the report.
   * @example
   * ```ts
   * builder.hasUnit("NJ01");
   * ```
   */
  hasUnit(id: string): boolean {
    return this.ids.has(id);
  }

  /**
   * Classifies and checks a unit and adds it to the report. Everything is computed first,
   * so a library error (thrown to the caller) leaves the report unchanged.
   *
   * @param unit - A valid unit.
   * @throws The library's typed errors (`PolicyError`, `UnitDataError` for a credit class the
   *   policy does not know, `CalendarCoverageError`, …) for this unit.
   * @example
   * ```ts
   * builder.addUnit(unit);
   * ```
   */
  addUnit(unit: Unit): void {
    const { asOf, policy } = this.options;
    const ref: ReportUnitRef = { id: unit.id, name: unit.name };
    const level = classifyUnit(unit, { asOf, policy }).level;
    const agenda = obligations(unit, { asOf, policy });
    const gaps = mechanismGaps(unit, { from: this.monthStart, to: asOf, policy });
    const staffing = staffingFindings(unit, { asOf, policy });
    const supervision = supervisionFindings(unit, { asOf, policy });
    const lists = buildAnnualLists([unit], { year: this.year, asOf, policy });
    // The department of each staffing finding (附件1 三), before anything is kept.
    const staffingRoutes = staffing.map((f) => {
      const subject = { findingCode: f.kind };
      return { subject, department: this.route(subject).department };
    });

    // Nothing has thrown: keep it.
    this.records++;
    this.ids.add(unit.id);
    for (const role of ["producers", "sellers"] as const) {
      for (const level of ["key", "special"] as const) for (const entry of lists[role][level]) this.lists[role][level].push(entry);
    }
    (this.byLevel.get(level) ?? this.byLevel.set(level, new Kept(this.options.keep)).get(level)!).push(ref);
    const horizon = this.asOfDay + (this.options.upcomingDays ?? 30);
    for (const o of agenda) {
      if (MECHANISM_KINDS.has(o.kind) || o.dueOn === null) continue;
      const due = toDayNumber(o.dueOn);
      const list = o.status === "overdue" ? "overdue" : o.status === "open" && due <= horizon ? "upcoming" : undefined;
      if (list === undefined) continue;
      const row = obligationRow(ref, o, o.dueOn, list === "overdue" ? this.asOfDay - due : due - this.asOfDay);
      this[list].push(row);
      this.departments?.addObligation(list, row, { obligationKind: o.kind });
    }
    if (gaps.reasons.some((r) => r.rule.startsWith("mechanism."))) this.mechanismChecked++;
    if (gaps.daily.length + gaps.weekly.length + gaps.monthly.length + gaps.wrongRole.length > 0) {
      const noRecords = !unit.records.some((r) => r.date >= this.monthStart && r.date <= asOf);
      const row: ReportMechanismRow = { ...ref, daily: [...gaps.daily], weekly: gaps.weekly.map((w) => w.id), monthly: [...gaps.monthly], wrongRole: gaps.wrongRole.length, noRecords };
      (noRecords ? this.mechanismIdle : this.mechanismRows).push(row);
      this.departments?.addMechanism(row, gaps.wrongRole.map((r) => r.kind));
    }
    staffing.forEach((f, i) => {
      const role = labels.personRole[f.role];
      const reason = f.reasons[f.reasons.length - 1];
      const { subject, department } = staffingRoutes[i]!;
      const row: ReportFindingRow =
        f.kind === "vacant"
          ? {
              ...ref,
              area: "staffing",
              code: `vacant-${f.role}`,
              message: f.since ? `${role.zh}自${f.since}起空缺` : `未配备${role.zh}`,
              messageEn: f.since ? `no ${role.en} since ${f.since}` : `no ${role.en} appointed`,
              ...(reason ? { citation: reason.citation } : {}),
              department,
            }
          : {
              ...ref,
              area: "staffing",
              code: "failed-assessment",
              message: `${role.zh}${f.personId}于${f.assessedOn}考核不合格`,
              messageEn: `${role.en} ${f.personId} failed the assessment of ${f.assessedOn}`,
              ...(reason ? { citation: reason.citation } : {}),
              department,
            };
      this.findings.push(row);
      this.departments?.addFinding(row, subject);
    });
    for (const f of supervision) {
      const row: ReportFindingRow = { ...ref, area: "supervision", code: f.code, message: f.message, messageEn: f.messageEn, citation: f.citation, department: f.department };
      this.findings.push(row);
      this.departments?.addFinding(row, { findingCode: f.code });
    }
  }

  /**
   * Records a record left out (invalid, unparseable, or rejected by the library).
   *
   * @param row - The record and its issues.
   * @example
   * ```ts
   * builder.addInvalid({ location, kind: "invalid", issues });
   * ```
   */
  addInvalid(row: ReportInvalidRow): void {
    this.invalid.push(row);
  }

  /** The merged annual lists, sorted as {@link buildAnnualLists} sorts them. */
  private annualLists(): AnnualLists {
    const { asOf, policy } = this.options;
    const skeleton = buildAnnualLists([], { year: this.year, asOf, policy });
    const l = this.lists;
    return {
      ...skeleton,
      producers: { key: l.producers.key.done(), special: l.producers.special.done() },
      sellers: { key: l.sellers.key.done(), special: l.sellers.special.done() },
    };
  }

  /**
   * Builds the annual lists and returns the report.
   *
   * @returns The report.
   * @example
   * ```ts
   * const report = builder.finish();
   * ```
   */
  finish(): SupervisionReport {
    const { asOf, asOfFrom, policy, source, version } = this.options;
    const invalid = this.invalid.done();
    return {
      generator: { name: "qsd", version },
      source,
      asOf,
      asOfFrom,
      policy: { id: policy.id, version: policy.version, title: policy.title, titleEn: policy.titleEn },
      totals: {
        records: this.records + this.invalid.total,
        units: this.records,
        invalid: this.invalid.total,
        overdue: this.overdue.total,
        upcoming: this.upcoming.total,
        mechanismGaps: this.mechanismIdle.total + this.mechanismRows.total,
        noRecords: this.mechanismIdle.total,
        findings: this.findings.total,
        annualLists: {
          producers: { key: this.lists.producers.key.total, special: this.lists.producers.special.total },
          sellers: { key: this.lists.sellers.key.total, special: this.lists.sellers.special.total },
        },
      },
      ...(this.options.keep !== undefined ? { rowsKept: this.options.keep } : {}),
      levels: LEVELS_HIGH_TO_LOW.map((level) => ({ level, label: labels.supervisionLevel[level], count: this.byLevel.get(level)?.total ?? 0, units: this.byLevel.get(level)?.done() ?? [] })),
      annualLists: this.annualLists(),
      obligations: { upcomingDays: this.options.upcomingDays ?? 30, overdue: this.overdue.done(), upcoming: this.upcoming.done() },
      mechanism: { period: { start: this.monthStart, end: asOf }, checked: this.mechanismChecked, units: [...this.mechanismIdle.done(), ...this.mechanismRows.done()] },
      findings: this.findings.done(),
      invalid,
      ...(this.departments ? { byDepartment: this.departments.finish() } : {}),
    };
  }
}

/** Orders annual-list entries by id in UTF-16 code-unit order (stable sorts keep input order for equal ids), as buildAnnualLists does. */
function compareIds(a: AnnualListEntry, b: AnnualListEntry): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function obligationRow(ref: ReportUnitRef, o: Obligation, dueOn: string, days: number): ReportObligationRow {
  // The (last) reason that names the due date says best what is owed (e.g. the deadline
  // class of a data entry, the half-year of an inspection); else the last one.
  let reason = o.reasons[o.reasons.length - 1];
  for (const r of o.reasons) if (r.message.includes(dueOn)) reason = r; // the last one naming the date

  const label = obligationLabels.kind[o.kind];
  return {
    ...ref,
    kind: o.kind,
    owedBy: o.owedBy,
    dueOn,
    status: o.status,
    days,
    detail: reason?.message ?? label.zh,
    detailEn: reason?.messageEn ?? label.en,
    ...(reason ? { citation: reason.citation } : {}),
    department: o.department,
  };
}
