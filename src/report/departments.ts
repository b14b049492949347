import { departmentFor, type DepartmentAssignment, type DepartmentSubject, type Policy } from "../policy";
import type { MechanismRecordKind } from "../entities";
import { _GroupLists } from "./groups";
import type { ReportDepartmentDuty, ReportDepartmentGroup, ReportFindingRow, ReportMechanismRow, ReportObligationRow, ReportUnknownRow } from "./types";

/** The obligation kind whose route covers a kind of mechanism record. */
const MECHANISM_OBLIGATION: Readonly<Record<MechanismRecordKind, string>> = Object.freeze({ daily: "daily-record", weekly: "weekly-record", monthly: "monthly-record" });

/**
 * {@link departmentFor} with a cache: a report routes the same few kinds and codes for every
 * unit.
 *
 * @param policy - The policy.
 * @returns The lookup.
 * @example
 * ```ts
 * const route = _departmentRouter(nanjing2023);
 * route({ obligationKind: "recall" }).department; // "quality-development"
 * ```
 * @see 宁市监质监〔2023〕146号 附件1 三
 * @internal
 */
export function _departmentRouter(policy: Policy): (subject: DepartmentSubject) => DepartmentAssignment {
  const cache = new Map<string, DepartmentAssignment>();
  return (subject) => {
    const key = JSON.stringify(subject);
    let a = cache.get(key);
    if (a === undefined) cache.set(key, (a = departmentFor(subject, { policy })));
    return a;
  };
}

/** One department's lists while the report streams, and the duties that routed rows to it. */
class _DepartmentLists extends _GroupLists {
  /** The duties (and readings) seen, keyed by duty id and note. */
  readonly duties = new Map<string, DepartmentAssignment>();
}

/**
 * Groups the report's rows by the department that handles them, as they stream, keeping at
 * most `keep` rows per list of each department (counting all). Used by the report builder
 * for `groupBy: "department"`.
 *
 * @example
 * ```ts
 * const groups = new _DepartmentGroups(nanjing2023);
 * groups.addObligation("overdue", row, { obligationKind: "recall" });
 * groups.finish()["quality-development"].overdue; // [row]
 * ```
 * @see 宁市监质监〔2023〕146号 附件1 三、成员处室（单位）职责分工
 * @internal
 */
export class _DepartmentGroups {
  private readonly groups = new Map<string, _DepartmentLists>();
  private readonly route: (subject: DepartmentSubject) => DepartmentAssignment;

  /**
   * @param policy - The policy whose division of duties to use.
   * @param keep - The most rows per list and department (absent: all).
   * @param route - The (cached) lookup to share with the caller (default: a new one).
   */
  constructor(
    private readonly policy: Policy,
    private readonly keep?: number,
    route?: (subject: DepartmentSubject) => DepartmentAssignment,
  ) {
    this.route = route ?? _departmentRouter(policy);
  }

  private group(assignment: DepartmentAssignment, department = assignment.department): _DepartmentLists {
    let g = this.groups.get(department);
    if (g === undefined) this.groups.set(department, (g = new _DepartmentLists(this.keep)));
    // The duty only when it is this department's (a row's own department id wins over the route).
    if (assignment.department === department) g.duties.set(`${assignment.duty}\u0000${assignment.citation.note ?? ""}`, assignment);
    return g;
  }

  /**
   * Adds an overdue or upcoming obligation row.
   *
   * @param list - `overdue` or `upcoming`.
   * @param row - The row (its `department` decides the group).
   * @param subject - What routed it there (`{ obligationKind }`), for the duty and citation.
   */
  addObligation(list: "overdue" | "upcoming", row: ReportObligationRow, subject: DepartmentSubject): void {
    this.group(this.route(subject), row.department)[list].push(row);
  }

  /**
   * Adds an obligation that cannot be computed yet.
   *
   * @param row - The row (its `department` decides the group).
   * @param subject - What routed it there (`{ obligationKind }`).
   */
  addUnknown(row: ReportUnknownRow, subject: DepartmentSubject): void {
    this.group(this.route(subject), row.department).unknown.push(row);
  }

  /**
   * Adds a staffing or supervision finding row.
   *
   * @param row - The row (its `department` decides the group).
   * @param subject - What routed it there (`{ findingCode }`).
   */
  addFinding(row: ReportFindingRow, subject: DepartmentSubject): void {
    this.group(this.route(subject), row.department).findings.push(row);
  }

  /**
   * Adds a unit's mechanism gaps: each kind (daily, weekly, monthly) goes to the department
   * of its obligation kind (`daily-record`, …); the row is split when they differ.
   *
   * @param row - The unit's row.
   * @param wrongRoleKinds - The kind of each record made by the wrong role.
   */
  addMechanism(row: ReportMechanismRow, wrongRoleKinds: readonly MechanismRecordKind[]): void {
    const parts = new Map<string, { assignment: DepartmentAssignment; kinds: Set<MechanismRecordKind> }>();
    for (const kind of ["daily", "weekly", "monthly"] as const) {
      if (row[kind].length === 0 && !wrongRoleKinds.includes(kind)) continue;
      const assignment = this.route({ obligationKind: MECHANISM_OBLIGATION[kind] });
      const part = parts.get(assignment.department) ?? parts.set(assignment.department, { assignment, kinds: new Set() }).get(assignment.department)!;
      part.kinds.add(kind);
      this.group(assignment); // every duty that routes a kind here
    }
    for (const { assignment, kinds } of parts.values()) {
      const mine: ReportMechanismRow =
        parts.size === 1
          ? row
          : {
              ...row,
              daily: kinds.has("daily") ? row.daily : [],
              weekly: kinds.has("weekly") ? row.weekly : [],
              monthly: kinds.has("monthly") ? row.monthly : [],
              wrongRole: wrongRoleKinds.filter((k) => kinds.has(k)).length,
            };
      this.group(assignment).addMechanism(mine);
    }
  }

  /**
   * The groups with at least one row, keyed by department id in the order of
   * `policy.departments.members` (a department missing from it, last).
   *
   * @returns The groups.
   */
  finish(): Record<string, ReportDepartmentGroup> {
    const members = this.policy.departments.members;
    const order = [...Object.keys(members), ...[...this.groups.keys()].filter((id) => !Object.hasOwn(members, id))];
    const out: Record<string, ReportDepartmentGroup> = {};
    for (const id of order) {
      const g = this.groups.get(id);
      if (g === undefined || g.empty) continue;
      const member = Object.hasOwn(members, id) ? members[id] : undefined;
      const dutyIndex = (duty: string) => member?.duties.findIndex((d) => d.id === duty) ?? -1;
      const duties = [...g.duties.values()]
        .sort((a, b) => dutyIndex(a.duty) - dutyIndex(b.duty) || Number(a.citation.reading === true) - Number(b.citation.reading === true))
        .map((a): ReportDepartmentDuty => ({ duty: a.duty, summaryEn: member?.duties.find((d) => d.id === a.duty)?.summaryEn ?? a.duty, citation: a.citation }));
      out[id] = {
        department: id,
        name: member?.name ?? id,
        nameEn: member?.nameEn ?? id,
        duties,
        ...g.done(),
      };
    }
    return out;
  }
}
