import { fromDayNumber, toDayNumber, type IsoDate } from "../dates";
import { _weekdayOfDayNumber } from "../dates/day-number";
import type { SupervisionLevel, UnitRole } from "../entities";
import { OBLIGATION_KINDS, type ObligationKind, type ObligationParty } from "../obligations";
import type { Policy } from "../policy";
import { _districtName } from "./districts";

/** How many days after the as-of date the due-date timeline of {@link ReportBreakdown} covers. */
export const REPORT_TIMELINE_DAYS = 90;

/**
 * Units at one supervision level, by role — a unit that both produces and sells counts in
 * both (as on the annual lists, 生产、销售单位分别建立).
 */
export interface ReportLevelByRole {
  /** 监管层级 */
  level: SupervisionLevel;
  /** Units at the level. */
  units: number;
  /** Of those, producers (生产单位). */
  producers: number;
  /** Of those, sellers (销售单位). */
  sellers: number;
}

/** One department's counts: the overdue, upcoming and unknown obligations and the findings it handles (附件1 三). */
export interface ReportDepartmentCount {
  /** The department's id (a key of `policy.departments.members`). */
  department: string;
  /** 名称, e.g. `质量发展处` (the id when the policy does not name it). */
  name: string;
  /** The name in English. */
  nameEn: string;
  /** Overdue obligations it handles. */
  overdue: number;
  /** Upcoming obligations (within `upcomingDays`) it handles. */
  upcoming: number;
  /** Obligations it handles that cannot be computed yet. */
  unknown: number;
  /** Staffing and supervision findings it handles. */
  findings: number;
}

/** One district's counts (`unit.district`, GB/T 2260). */
export interface ReportDistrictCount {
  /** The code as the units give it; `null` for units without one. */
  district: string | null;
  /** The district's name, when the policy names it. */
  name?: string;
  /** The name in English, with `name`. */
  nameEn?: string;
  /** Units in the district. */
  units: number;
  /** Overdue obligations of its units. */
  overdue: number;
  /** Upcoming obligations (within `upcomingDays`) of its units. */
  upcoming: number;
  /** Obligations of its units that cannot be computed yet. */
  unknown: number;
}

/** Overdue obligations of one kind. */
export interface ReportKindCount {
  /** The kind. */
  kind: ObligationKind;
  /** How many are overdue. */
  count: number;
}

/** Open obligations falling due in one ISO week (Monday to Sunday). */
export interface ReportWeekCount {
  /** The Monday. */
  start: IsoDate;
  /** The Sunday. */
  end: IsoDate;
  /** Open obligations due that week, within the timeline (days after the as-of date ≤ `timelineDays`). */
  count: number;
  /** Of those, owed by the units. */
  unit: number;
  /** Of those, owed by the regulator. */
  regulator: number;
}

/**
 * Complete counts for the report's charts — exact whatever `keep` cuts from the lists: units
 * per level and role, overdue / upcoming / unknown obligations by department and by
 * district, overdue obligations by kind, and open obligations falling due week by week over
 * the next {@link REPORT_TIMELINE_DAYS} days. Like the lists, the obligation counts leave
 * out the daily / weekly / monthly records (the mechanism section covers them).
 *
 * @see 宁市监质监〔2023〕146号 二（三）、二（五）、二（七）、附件1 三
 */
export interface ReportBreakdown {
  /** Units per level and role, highest level first (special, key, routine, trigger). */
  levels: ReportLevelByRole[];
  /** By the department that handles them, in the policy's order; departments with nothing left out. */
  departments: ReportDepartmentCount[];
  /** By district code, ascending, the units without a code last; every district with a unit. */
  districts: ReportDistrictCount[];
  /** Overdue obligations by kind, in the order of `OBLIGATION_KINDS`; kinds with none left out. */
  overdueByKind: ReportKindCount[];
  /** The days after the as-of date the timeline covers ({@link REPORT_TIMELINE_DAYS}). */
  timelineDays: number;
  /** Open obligations due in (asOf, asOf + timelineDays], by ISO week, every week of the span (zeros included). */
  dueByWeek: ReportWeekCount[];
}

const LEVELS: readonly SupervisionLevel[] = ["special", "key", "routine", "trigger"];
const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Counts a report's units and rows for {@link ReportBreakdown} as they stream: O(1) per
 * row, memory bounded by the number of departments, districts and weeks.
 *
 * @internal
 */
export class _Breakdown {
  private readonly levels = new Map<SupervisionLevel, ReportLevelByRole>(LEVELS.map((level) => [level, { level, units: 0, producers: 0, sellers: 0 }]));
  private readonly departments = new Map<string, ReportDepartmentCount>();
  private readonly districts = new Map<string, ReportDistrictCount>();
  private readonly kinds = new Map<ObligationKind, number>();
  private readonly weeks: ReportWeekCount[] = [];
  private readonly firstMonday: number;
  private readonly asOfDay: number;

  /**
   * @param policy - The report's policy (department and district names).
   * @param asOf - The report's as-of date.
   */
  constructor(
    private readonly policy: Policy,
    asOf: IsoDate,
  ) {
    this.asOfDay = toDayNumber(asOf);
    // The weeks that hold (asOf, asOf + REPORT_TIMELINE_DAYS].
    const first = this.asOfDay + 1;
    this.firstMonday = first - (_weekdayOfDayNumber(first) - 1);
    const last = this.asOfDay + REPORT_TIMELINE_DAYS;
    for (let monday = this.firstMonday; monday <= last; monday += 7) this.weeks.push({ start: fromDayNumber(monday), end: fromDayNumber(monday + 6), count: 0, unit: 0, regulator: 0 });
  }

  private department(id: string): ReportDepartmentCount {
    let d = this.departments.get(id);
    if (d === undefined) {
      const m = this.policy.departments.members[id];
      this.departments.set(id, (d = { department: id, name: m?.name ?? id, nameEn: m?.nameEn ?? id, overdue: 0, upcoming: 0, unknown: 0, findings: 0 }));
    }
    return d;
  }

  private district(code: string | undefined): ReportDistrictCount {
    const key = code ?? "";
    let d = this.districts.get(key);
    if (d === undefined) {
      const names = key === "" ? undefined : _districtName(key, this.policy);
      this.districts.set(key, (d = { district: key === "" ? null : key, ...(names ? { name: names.name, nameEn: names.nameEn } : {}), units: 0, overdue: 0, upcoming: 0, unknown: 0 }));
    }
    return d;
  }

  /** Counts a unit at its level under each of its roles, in its district. */
  addUnit(level: SupervisionLevel, roles: readonly UnitRole[], district: string | undefined): void {
    const l = this.levels.get(level)!;
    l.units++;
    if (roles.includes("producer")) l.producers++;
    if (roles.includes("seller")) l.sellers++;
    this.district(district).units++;
  }

  /** Counts an overdue, upcoming or unknown obligation (not a mechanism record) of a unit in `district`. */
  addObligation(list: "overdue" | "upcoming" | "unknown", kind: ObligationKind, department: string, district: string | undefined): void {
    this.department(department)[list]++;
    this.district(district)[list]++;
    if (list === "overdue") this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
  }

  /** Counts an open obligation (not a mechanism record) on the timeline, when it falls due within it. */
  addOpen(dueOn: IsoDate, owedBy: ObligationParty): void {
    const day = toDayNumber(dueOn);
    if (day <= this.asOfDay || day > this.asOfDay + REPORT_TIMELINE_DAYS) return;
    const w = this.weeks[Math.floor((day - this.firstMonday) / 7)]!;
    w.count++;
    w[owedBy]++;
  }

  /** Counts a finding handled by `department`. */
  addFinding(department: string): void {
    this.department(department).findings++;
  }

  /** The counts. */
  done(): ReportBreakdown {
    const order = Object.keys(this.policy.departments.members);
    const rank = (id: string) => {
      const i = order.indexOf(id);
      return i < 0 ? order.length : i;
    };
    const departments = [...this.departments.values()].sort((a, b) => rank(a.department) - rank(b.department) || compareCodes(a.department, b.department));
    const codes = [...this.districts.keys()].filter((k) => k !== "").sort(compareCodes);
    if (this.districts.has("")) codes.push("");
    return {
      levels: LEVELS.map((l) => ({ ...this.levels.get(l)! })),
      departments: departments.map((d) => ({ ...d })),
      districts: codes.map((k) => ({ ...this.districts.get(k)! })),
      overdueByKind: OBLIGATION_KINDS.filter((k) => this.kinds.has(k)).map((kind) => ({ kind, count: this.kinds.get(kind)! })),
      timelineDays: REPORT_TIMELINE_DAYS,
      dueByWeek: this.weeks.map((w) => ({ ...w })),
    };
  }
}
