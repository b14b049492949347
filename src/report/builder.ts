import { VERSION, PACKAGE_NAME } from "../audit";
import { chinaCalendar, type WorkCalendar } from "../calendar";
import { toDayNumber, type IsoDate } from "../dates";
import { _checkAsOfRange } from "../dates/as-of";
import { mechanismGaps, staffingFindings } from "../duties";
import { labels, type SupervisionLevel, type Unit } from "../entities";
import { obligationLabels, obligations, type Obligation, type ObligationKind, type ObligationReason } from "../obligations";
import { nanjing2023, type DepartmentSubject, type Policy } from "../policy";
import { buildAnnualLists, classifyUnit, supervisionFindings, type AnnualListEntry, type AnnualLists } from "../supervision";
import { _Breakdown } from "./breakdown";
import { _departmentRouter, _DepartmentGroups } from "./departments";
import { _DistrictGroups } from "./districts";
import { ReportOptionsError } from "./errors";
import { _byDue, _Kept as Kept } from "./kept";
import type { ReportRecordLocation } from "./record-location";
import { createUnitIdRegistry } from "./unit-id-registry";
import { reportText } from "./report-text";
import {
  REPORT_GROUPINGS,
  type ReportAsOfSource,
  type ReportFindingRow,
  type ReportGenerator,
  type ReportGrouping,
  type ReportInvalidRow,
  type ReportMechanismRow,
  type ReportObligationRow,
  type ReportUnitRef,
  type ReportUnknownRow,
  type SupervisionReport,
} from "./types";
import { _unitRow, type ReportNextDue, type ReportUnitRow, type ReportUnitRows } from "./unit-rows";

/** The supervision levels from the highest to the lowest. */
const LEVELS_HIGH_TO_LOW: readonly SupervisionLevel[] = Object.freeze(["special", "key", "routine", "trigger"]);

/** The obligation kinds the mechanism section covers instead of the overdue and upcoming lists. */
const MECHANISM_KINDS: ReadonlySet<ObligationKind> = new Set(["daily-record", "weekly-record", "monthly-record"]);

const AS_OF_SOURCES: readonly ReportAsOfSource[] = ["option", "dataset", "today"];

/**
 * Options of {@link buildSupervisionReport} (and of {@link createReportBuilder}, which takes
 * the same).
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface BuildSupervisionReportOptions {
  /** 基准日 — the day the report is as of (`YYYY-MM-DD`). */
  asOf: IsoDate;
  /** The policy (default `nanjing2023`). */
  policy?: Policy;
  /**
   * The official working-day calendar (default `chinaCalendar`), passed to
   * {@link obligations}, {@link mechanismGaps} and {@link supervisionFindings}; what needs a
   * year it lacks is reported as unknown, with the years in `report.calendar.missingYears`.
   */
  calendar?: WorkCalendar;
  /** Open obligations due within this many days after `asOf` are "upcoming" (a whole number ≥ 0; default 30). */
  upcomingDays?: number;
  /**
   * `level` (default): one list per section; `department`: also `byDepartment`, the rows
   * under the department that handles them (附件1 三); `district`: also `byDistrict`, the
   * rows under the unit's district code.
   */
  groupBy?: ReportGrouping;
  /** The input's name, shown in the report (default `""`: the renderers then leave the line out). */
  source?: string;
  /** Where `asOf` came from (default `"option"`: the caller gave it). */
  asOfFrom?: ReportAsOfSource;
  /** The tool that makes the report (default `{ name: "quality-safety-duty", version: VERSION }`; the `qsd` command passes `{ name: "qsd", version }`). */
  generator?: ReportGenerator;
  /**
   * Keep at most this many rows per list (a whole number ≥ 1: the earliest due, the first
   * found), counting the rest in `totals`: memory then stays bounded by what the report
   * lists, whatever the input's size. Absent: keep every row.
   */
  keep?: number;
  /**
   * Per-unit rows for an interactive view (the HTML report, the checker page): `"summary"`
   * adds `report.units` — one {@link ReportUnitRow} per unit (level, district, its overdue,
   * upcoming and unknown counts, next due date, departments) — and `report.breakdown`, the
   * complete counts behind the charts ({@link ReportBreakdown}); `"detail"` also gives each
   * row its panel (`detail`: the level's rules and clauses, the tier history of the last two
   * years, the obligations agenda, findings, mechanism gaps and the checklist prefill). With
   * `keep`, at most `keep` unit rows are listed (the first added; `totals.units` counts
   * them all); the breakdown is always complete. Absent: neither.
   */
  units?: ReportUnitRows;
}

/** Options of {@link createReportBuilder}: the same as {@link BuildSupervisionReportOptions}. */
export type CreateReportBuilderOptions = BuildSupervisionReportOptions;

/**
 * Collects a {@link SupervisionReport} one unit at a time (see {@link createReportBuilder}).
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface ReportBuilder {
  /**
   * Classifies and checks a unit and adds it to the report. Everything is computed first,
   * so a library error (thrown to the caller) leaves the report unchanged. A unit whose id
   * an earlier record claimed — a unit added, or an invalid record with that id — is not
   * added: it becomes an invalid record at `location` (`duplicate_id` at `/id`, naming where
   * the first one is, and `firstLocation`): first wins ({@link createUnitIdRegistry}).
   *
   * @param unit - A valid unit (e.g. from `validate("unit", …)`).
   * @param location - Where it comes from, for the invalid record of a repeated id
   *   (default: the report's `source`, the record's position, and the unit's id).
   * @returns `true` when added, `false` when its id repeats.
   * @throws The library's typed errors for this unit (`InvalidDateError`, `PolicyError`, `UnitDataError`, …).
   */
  add(unit: Unit, location?: ReportRecordLocation): boolean;
  /**
   * Records a record left out of the report (unparseable, invalid, or rejected by the library).
   *
   * @param record - The record's location, kind and issues.
   */
  addInvalid(record: ReportInvalidRow): void;
  /**
   * Builds the annual lists and returns the report. Call it once, after the last unit.
   *
   * @returns The report.
   */
  finish(): SupervisionReport;
}

/**
 * Starts a {@link SupervisionReport} to be fed one unit at a time — for streams (NDJSON,
 * a database cursor, a queue): each unit is classified and checked as it arrives
 * ({@link classifyUnit}, {@link obligations}, {@link mechanismGaps} from the first of the
 * as-of month, {@link staffingFindings}, {@link supervisionFindings},
 * {@link buildAnnualLists}), kept only as the rows the report lists. With `keep`, memory
 * stays bounded by `keep` rows per list (plus one id per unit, to find repeated ids).
 *
 * @param options - See {@link BuildSupervisionReportOptions}.
 * @returns The builder: `add(unit, location?)`, `addInvalid(record)`, `finish()`.
 * @throws {@link ReportOptionsError} for an unusable option; {@link InvalidDateError} for an invalid `asOf` or one outside `AS_OF_RANGE`.
 * @example
 * ```ts
 * const builder = createReportBuilder({ asOf: "2026-11-20", keep: 50 });
 * for await (const line of lines) {
 *   const r = validate("unit", JSON.parse(line));
 *   if (r.ok) builder.add(r.value);
 *   else builder.addInvalid({ location: { file: "units.ndjson", index: n, pointer: "" }, kind: "invalid", issues: r.issues });
 * }
 * const report = builder.finish();
 * ```
 * @see 宁市监质监〔2023〕146号 二（三）、二（四）、二（五）、二（七）
 */
export function createReportBuilder(options: CreateReportBuilderOptions): ReportBuilder {
  return new _ReportBuilder(options);
}

/** The builder behind {@link createReportBuilder}. */
class _ReportBuilder implements ReportBuilder {
  // The annual lists are built unit by unit (buildAnnualLists on each unit, merged and
  // sorted at the end as buildAnnualLists sorts them), so no unit is kept in memory.
  private readonly lists: Record<"producers" | "sellers", Record<"key" | "special", Kept<AnnualListEntry>>>;
  /** The one rule for repeated ids: the first record with an id wins. */
  private readonly ids = createUnitIdRegistry();
  private readonly byLevel = new Map<SupervisionLevel, Kept<ReportUnitRef>>();
  private readonly overdue: Kept<ReportObligationRow>;
  private readonly upcoming: Kept<ReportObligationRow>;
  private readonly unknown: Kept<ReportUnknownRow>;
  private readonly mechanismIdle: Kept<ReportMechanismRow>;
  private readonly mechanismRows: Kept<ReportMechanismRow>;
  private mechanismChecked = 0;
  private readonly findings: Kept<ReportFindingRow>;
  private readonly invalid: Kept<ReportInvalidRow>;
  private readonly missingYears = new Set<number>();
  private records = 0;
  private readonly asOf: IsoDate;
  private readonly asOfDay: number;
  private readonly policy: Policy;
  private readonly calendar: WorkCalendar;
  private readonly upcomingDays: number;
  private readonly keep: number | undefined;
  private readonly route: ReturnType<typeof _departmentRouter>;
  private readonly departments?: _DepartmentGroups;
  private readonly districts?: _DistrictGroups;
  private readonly monthStart: IsoDate;
  private readonly year: number;
  private readonly unitRows?: Kept<ReportUnitRow>;
  private readonly breakdown?: _Breakdown;

  constructor(private readonly options: CreateReportBuilderOptions) {
    _checkAsOfRange(options.asOf);
    this.asOf = options.asOf;
    this.asOfDay = toDayNumber(options.asOf);
    this.policy = options.policy ?? nanjing2023;
    this.calendar = options.calendar ?? chinaCalendar;
    this.upcomingDays = options.upcomingDays ?? 30;
    if (!Number.isSafeInteger(this.upcomingDays) || this.upcomingDays < 0) throw new ReportOptionsError("upcomingDays", options.upcomingDays, "a whole number ≥ 0", "不小于 0 的整数");
    const keep = (this.keep = options.keep);
    if (keep !== undefined && (!Number.isSafeInteger(keep) || keep < 1)) throw new ReportOptionsError("keep", keep, "a whole number ≥ 1", "不小于 1 的整数");
    const groupBy = options.groupBy ?? "level";
    if (!REPORT_GROUPINGS.includes(groupBy)) throw new ReportOptionsError("groupBy", groupBy, REPORT_GROUPINGS.join(" | "), `${REPORT_GROUPINGS.join("、")}之一`);
    if (options.asOfFrom !== undefined && !AS_OF_SOURCES.includes(options.asOfFrom)) {
      throw new ReportOptionsError("asOfFrom", options.asOfFrom, AS_OF_SOURCES.join(" | "), `${AS_OF_SOURCES.join("、")}之一`);
    }
    this.monthStart = `${options.asOf.slice(0, 8)}01`;
    this.year = Number(options.asOf.slice(0, 4));
    this.overdue = new Kept(keep, _byDue);
    this.upcoming = new Kept(keep, _byDue);
    this.unknown = new Kept(keep);
    this.route = _departmentRouter(this.policy);
    if (groupBy === "department") this.departments = new _DepartmentGroups(this.policy, keep, this.route);
    if (groupBy === "district") this.districts = new _DistrictGroups(this.policy, keep);
    if (options.units !== undefined) {
      if (options.units !== "summary" && options.units !== "detail") throw new ReportOptionsError("units", options.units, "summary | detail", "summary、detail 之一");
      this.unitRows = new Kept(keep);
      this.breakdown = new _Breakdown(this.policy, options.asOf);
    }
    this.mechanismIdle = new Kept(keep);
    this.mechanismRows = new Kept(keep);
    this.findings = new Kept(keep);
    this.invalid = new Kept(keep);
    this.lists = {
      producers: { key: new Kept(keep, compareIds), special: new Kept(keep, compareIds) },
      sellers: { key: new Kept(keep, compareIds), special: new Kept(keep, compareIds) },
    };
  }

  add(unit: Unit, location?: ReportRecordLocation): boolean {
    const where = location ?? { file: this.options.source ?? "", index: this.records + this.invalid.total, pointer: "", id: unit.id };
    if (this.ids.firstOf(unit.id) !== undefined) {
      const repeated = this.ids.claim(unit.id, where);
      if (repeated !== undefined) {
        this.invalid.push(repeated);
        return false;
      }
    }
    const { asOf, policy, calendar } = this;
    const ref: ReportUnitRef = { id: unit.id, name: unit.name };
    const classification = classifyUnit(unit, { asOf, policy });
    const level = classification.level;
    const agenda = obligations(unit, { asOf, policy, calendar });
    const gaps = mechanismGaps(unit, { from: this.monthStart, to: asOf, policy, calendar });
    const staffing = staffingFindings(unit, { asOf, policy });
    const supervision = supervisionFindings(unit, { asOf, policy, calendar });
    const lists = buildAnnualLists([unit], { year: this.year, asOf, policy });

    // Every row, before anything is kept (a throw above or here leaves the report as it was).
    const horizon = this.asOfDay + this.upcomingDays;
    const dated: { list: "overdue" | "upcoming"; row: ReportObligationRow }[] = [];
    const unknown: ReportUnknownRow[] = [];
    const missingYears: number[] = [];
    for (const o of agenda) {
      if (o.status === "unknown" || o.dueOn === null) {
        const row = unknownRow(ref, o);
        missingYears.push(...row.missingYears);
        unknown.push(row);
        continue;
      }
      if (MECHANISM_KINDS.has(o.kind)) continue;
      const due = toDayNumber(o.dueOn);
      const list = o.status === "overdue" ? "overdue" : o.status === "open" && due <= horizon ? "upcoming" : undefined;
      if (list !== undefined) dated.push({ list, row: obligationRow(ref, o, o.dueOn, list === "overdue" ? this.asOfDay - due : due - this.asOfDay) });
    }
    let mechanism: ReportMechanismRow | undefined;
    let unknownDays = 0;
    for (const u of gaps.unknown ?? []) {
      unknownDays += toDayNumber(u.end) - toDayNumber(u.start) + 1;
      missingYears.push(...u.missingYears);
    }
    if (gaps.daily.length + gaps.weekly.length + gaps.monthly.length + gaps.wrongRole.length > 0) {
      const noRecords = !(unit.records ?? []).some((r) => r.date >= this.monthStart && r.date <= asOf);
      mechanism = { ...ref, daily: [...gaps.daily], weekly: gaps.weekly.map((w) => w.id), monthly: [...gaps.monthly], wrongRole: gaps.wrongRole.length, noRecords };
      if (unknownDays > 0) mechanism.unknownDays = unknownDays;
    }
    const findings: { row: ReportFindingRow; subject: DepartmentSubject }[] = [];
    for (const f of staffing) {
      const subject = { findingCode: f.kind };
      findings.push({ row: staffingRow(ref, f, this.route(subject).department), subject });
    }
    for (const f of supervision) {
      if (f.status === "unknown") {
        // Not a problem found: the matching obligation is listed as unknown.
        missingYears.push(...(f.calendarGap?.missingYears ?? []));
        continue;
      }
      const row: ReportFindingRow = { ...ref, area: "supervision", code: f.code, message: f.message, messageEn: f.messageEn, citation: f.citation, department: f.department };
      findings.push({ row, subject: { findingCode: f.code } });
    }

    // The unit's row and panel (`units` option) may throw too: computed before anything is kept.
    const unitRow = this.unitRows ? this.unitRow(unit, classification, agenda, dated, unknown, findings, mechanism) : undefined;

    // Nothing has thrown: keep it.
    this.records++;
    this.ids.claim(unit.id, where);
    for (const y of missingYears) this.missingYears.add(y);
    for (const role of ["producers", "sellers"] as const) {
      for (const l of ["key", "special"] as const) for (const entry of lists[role][l]) this.lists[role][l].push(entry);
    }
    (this.byLevel.get(level) ?? this.byLevel.set(level, new Kept(this.keep)).get(level)!).push(ref);
    this.districts?.addUnit(unit.district || undefined);
    for (const { list, row } of dated) {
      this[list].push(row);
      this.departments?.addObligation(list, row, { obligationKind: row.kind });
      this.districts?.addObligation(list, row, unit.district || undefined);
    }
    for (const row of unknown) {
      this.unknown.push(row);
      this.departments?.addUnknown(row, { obligationKind: row.kind });
      this.districts?.addUnknown(row, unit.district || undefined);
    }
    if (gaps.reasons.some((r) => r.rule.startsWith("mechanism."))) this.mechanismChecked++;
    if (mechanism) {
      (mechanism.noRecords ? this.mechanismIdle : this.mechanismRows).push(mechanism);
      this.departments?.addMechanism(
        mechanism,
        gaps.wrongRole.map((r) => r.kind),
      );
      this.districts?.addMechanism(mechanism, unit.district || undefined);
    }
    for (const { row, subject } of findings) {
      this.findings.push(row);
      this.departments?.addFinding(row, subject);
      this.districts?.addFinding(row, unit.district || undefined);
    }
    if (unitRow) this.addUnitRow(unit, level, unitRow, agenda, dated, unknown, findings);
    return true;
  }

  /** The unit's row, with its panel for `units: "detail"` (`units` option). */
  private unitRow(
    unit: Unit,
    classification: ReturnType<typeof classifyUnit>,
    agenda: readonly Obligation[],
    dated: readonly { list: "overdue" | "upcoming"; row: ReportObligationRow }[],
    unknown: readonly ReportUnknownRow[],
    findings: readonly { row: ReportFindingRow }[],
    mechanism: ReportMechanismRow | undefined,
  ): ReportUnitRow {
    const counts = { overdue: 0, upcoming: 0, unknown: unknown.length };
    for (const { list } of dated) counts[list]++;
    const departments = [...dated.map((d) => d.row.department), ...unknown.map((u) => u.department), ...findings.map((f) => f.row.department)];
    let nextDue: ReportNextDue | undefined;
    for (const o of agenda) {
      if (o.status !== "open" || o.dueOn === null || MECHANISM_KINDS.has(o.kind)) continue;
      if (nextDue === undefined || o.dueOn < nextDue.dueOn) nextDue = { kind: o.kind, owedBy: o.owedBy, dueOn: o.dueOn };
    }
    const facts = { unit, classification, agenda, counts, findings: findings.map((f) => f.row), ...(mechanism ? { mechanism } : {}), ...(nextDue ? { nextDue } : {}), departments };
    return _unitRow(facts, { asOf: this.asOf, policy: this.policy, calendar: this.calendar, detail: this.options.units === "detail" });
  }

  /** Counts the unit for the breakdown and keeps its row (`units` option). */
  private addUnitRow(
    unit: Unit,
    level: SupervisionLevel,
    row: ReportUnitRow,
    agenda: readonly Obligation[],
    dated: readonly { list: "overdue" | "upcoming"; row: ReportObligationRow }[],
    unknown: readonly ReportUnknownRow[],
    findings: readonly { row: ReportFindingRow }[],
  ): void {
    const b = this.breakdown!;
    const district = unit.district || undefined;
    b.addUnit(level, unit.roles, district);
    for (const { list, row: r } of dated) b.addObligation(list, r.kind, r.department, district);
    for (const r of unknown) b.addObligation("unknown", r.kind, r.department, district);
    for (const { row: r } of findings) b.addFinding(r.department);
    for (const o of agenda) if (o.status === "open" && o.dueOn !== null && !MECHANISM_KINDS.has(o.kind)) b.addOpen(o.dueOn, o.owedBy);
    this.unitRows!.push(row);
  }

  addInvalid(record: ReportInvalidRow): void {
    // An invalid record claims its id too: first wins, valid or not.
    if (record.location.id !== undefined && this.ids.firstOf(record.location.id) === undefined) this.ids.claim(record.location.id, record.location);
    this.invalid.push(record);
  }

  /** The merged annual lists, sorted as {@link buildAnnualLists} sorts them. */
  private annualLists(): AnnualLists {
    const skeleton = buildAnnualLists([], { year: this.year, asOf: this.asOf, policy: this.policy });
    const l = this.lists;
    return {
      ...skeleton,
      producers: { key: l.producers.key.done(), special: l.producers.special.done() },
      sellers: { key: l.sellers.key.done(), special: l.sellers.special.done() },
    };
  }

  finish(): SupervisionReport {
    const { policy, calendar } = this;
    const invalid = this.invalid.done();
    return {
      generator: { ...(this.options.generator ?? { name: PACKAGE_NAME, version: VERSION }) },
      source: this.options.source ?? "",
      asOf: this.asOf,
      asOfFrom: this.options.asOfFrom ?? "option",
      policy: { id: policy.id, version: policy.version, title: policy.title, titleEn: policy.titleEn },
      calendar: { id: calendar.id, coverage: { start: calendar.coverage.start, end: calendar.coverage.end }, missingYears: [...this.missingYears].sort((a, b) => a - b) },
      totals: {
        records: this.records + this.invalid.total,
        units: this.records,
        invalid: this.invalid.total,
        overdue: this.overdue.total,
        upcoming: this.upcoming.total,
        unknown: this.unknown.total,
        mechanismGaps: this.mechanismIdle.total + this.mechanismRows.total,
        noRecords: this.mechanismIdle.total,
        findings: this.findings.total,
        annualLists: {
          producers: { key: this.lists.producers.key.total, special: this.lists.producers.special.total },
          sellers: { key: this.lists.sellers.key.total, special: this.lists.sellers.special.total },
        },
      },
      ...(this.keep !== undefined ? { rowsKept: this.keep } : {}),
      levels: LEVELS_HIGH_TO_LOW.map((level) => ({ level, label: labels.supervisionLevel[level], count: this.byLevel.get(level)?.total ?? 0, units: this.byLevel.get(level)?.done() ?? [] })),
      annualLists: this.annualLists(),
      obligations: { upcomingDays: this.upcomingDays, overdue: this.overdue.done(), upcoming: this.upcoming.done(), unknown: this.unknown.done() },
      mechanism: { period: { start: this.monthStart, end: this.asOf }, checked: this.mechanismChecked, units: [...this.mechanismIdle.done(), ...this.mechanismRows.done()] },
      findings: this.findings.done(),
      invalid,
      ...(this.departments ? { byDepartment: this.departments.finish() } : {}),
      ...(this.districts ? { byDistrict: this.districts.finish() } : {}),
      ...(this.unitRows ? { units: this.unitRows.done(), breakdown: this.breakdown!.done() } : {}),
    };
  }
}

/** Orders annual-list entries by id in UTF-16 code-unit order (stable sorts keep input order for equal ids), as buildAnnualLists does. */
function compareIds(a: AnnualListEntry, b: AnnualListEntry): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The reason that decided an obligation (`decidedBy`); the last reason only if none names that rule. */
function decidingReason(o: Obligation): ObligationReason | undefined {
  return o.reasons.find((r) => r.rule === o.decidedBy) ?? o.reasons[o.reasons.length - 1];
}

/** The reason of an unknown obligation that names the missing calendar years. */
function coverageReason(o: Obligation): Extract<ObligationReason, { code: "calendar-coverage" }> | undefined {
  const isCoverage = (r: ObligationReason): r is Extract<ObligationReason, { code: "calendar-coverage" }> => "code" in r && r.code === "calendar-coverage";
  return o.reasons.find((r): r is Extract<ObligationReason, { code: "calendar-coverage" }> => isCoverage(r) && r.rule === o.decidedBy) ?? o.reasons.find(isCoverage);
}

function obligationRow(ref: ReportUnitRef, o: Obligation, dueOn: IsoDate, days: number): ReportObligationRow {
  const reason = decidingReason(o);
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

function unknownRow(ref: ReportUnitRef, o: Obligation): ReportUnknownRow {
  const coverage = coverageReason(o);
  const reason = coverage ?? decidingReason(o);
  const label = obligationLabels.status.unknown;
  return {
    ...ref,
    kind: o.kind,
    owedBy: o.owedBy,
    message: reason?.message ?? label.zh,
    messageEn: reason?.messageEn ?? label.en,
    missingYears: [...(coverage?.missingYears ?? [])],
    ...(reason ? { citation: reason.citation } : {}),
    department: o.department,
  };
}

function staffingRow(ref: ReportUnitRef, f: ReturnType<typeof staffingFindings>[number], department: string): ReportFindingRow {
  const role = labels.personRole[f.role];
  const reason = f.reasons[f.reasons.length - 1];
  const [zh, en] = [reportText.zh.staffing, reportText.en.staffing];
  const [code, message, messageEn] =
    f.kind === "vacant"
      ? [
          `vacant-${f.role}`,
          f.since ? zh.vacantSince({ role: role.zh, since: f.since }) : zh.vacantNever({ role: role.zh }),
          f.since ? en.vacantSince({ role: role.en, since: f.since }) : en.vacantNever({ role: role.en }),
        ]
      : [
          "failed-assessment",
          zh.failedAssessment({ role: role.zh, personId: f.personId, assessedOn: f.assessedOn }),
          en.failedAssessment({ role: role.en, personId: f.personId, assessedOn: f.assessedOn }),
        ];
  return { ...ref, area: "staffing", code, message, messageEn, ...(reason ? { citation: reason.citation } : {}), department };
}
