import { districtName, type Policy } from "../policy";
import { _GroupLists } from "./groups";
import type { ReportDistrictGroup, ReportFindingRow, ReportMechanismRow, ReportObligationRow, ReportUnknownRow } from "./types";

/**
 * The names of a district code (GB/T 2260) under a policy: the policy's district table
 * (`policy.districts`, e.g. Nanjing's eleven districts; see `districtName`). A code the
 * policy does not list answers `undefined`, and the report shows the code alone.
 *
 * @param code - A district code, e.g. `"320105"`.
 * @param policy - The report's policy.
 * @returns The names (e.g. `{ name: "建邺区", nameEn: "Jianye District" }`), or `undefined` when the policy does not give them.
 * @internal
 */
export function _districtName(code: string, policy: Policy): { name: string; nameEn: string } | undefined {
  const found = districtName(code, { policy });
  return found === undefined ? undefined : { name: found.name, nameEn: found.nameEn };
}

/** The key of the units without a district in `byDistrict`. */
const NO_DISTRICT = "";

/**
 * Groups the report's rows by the unit's district (`unit.district`, GB/T 2260), as they
 * stream, keeping at most `keep` rows per list of each district (counting all). Units
 * without a district (absent or empty) go under the key `""`. Used by the report builder
 * for `groupBy: "district"`.
 *
 * @example
 * ```ts
 * const groups = new _DistrictGroups(nanjing2023);
 * groups.addObligation("overdue", row, "320105");
 * groups.finish()["320105"].overdue; // [row]
 * ```
 * @internal
 */
export class _DistrictGroups {
  private readonly groups = new Map<string, _GroupLists>();
  /** Units per district key, rows or not. */
  private readonly units = new Map<string, number>();

  /**
   * @param policy - The report's policy (for the districts' names).
   * @param keep - The most rows per list and district (absent: all).
   */
  constructor(
    private readonly policy: Policy,
    private readonly keep?: number,
  ) {}

  private group(district: string | undefined): _GroupLists {
    const key = district ?? NO_DISTRICT;
    let g = this.groups.get(key);
    if (g === undefined) this.groups.set(key, (g = new _GroupLists(this.keep)));
    return g;
  }

  /** Counts a unit of `district` (every unit kept by the report, with or without rows). */
  addUnit(district: string | undefined): void {
    const key = district ?? NO_DISTRICT;
    this.group(district);
    this.units.set(key, (this.units.get(key) ?? 0) + 1);
  }

  /** Adds an overdue or upcoming obligation row of a unit in `district`. */
  addObligation(list: "overdue" | "upcoming", row: ReportObligationRow, district: string | undefined): void {
    this.group(district)[list].push(row);
  }

  /** Adds an obligation that cannot be computed yet. */
  addUnknown(row: ReportUnknownRow, district: string | undefined): void {
    this.group(district).unknown.push(row);
  }

  /** Adds a finding. */
  addFinding(row: ReportFindingRow, district: string | undefined): void {
    this.group(district).findings.push(row);
  }

  /** Adds a unit's mechanism row. */
  addMechanism(row: ReportMechanismRow, district: string | undefined): void {
    this.group(district).addMechanism(row);
  }

  /**
   * The groups with at least one unit or row, keyed by district code in ascending order
   * (UTF-16 code units), the units without a district last; each counts its units.
   *
   * @returns The groups.
   */
  finish(): Record<string, ReportDistrictGroup> {
    const keys = [...this.groups.keys()].filter((k) => k !== NO_DISTRICT).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (this.groups.has(NO_DISTRICT)) keys.push(NO_DISTRICT);
    const out: Record<string, ReportDistrictGroup> = {};
    for (const key of keys) {
      const g = this.groups.get(key)!;
      const units = this.units.get(key) ?? 0;
      if (g.empty && units === 0) continue;
      const names = key === NO_DISTRICT ? undefined : _districtName(key, this.policy);
      out[key] = { district: key === NO_DISTRICT ? null : key, ...(names !== undefined ? { name: names.name, nameEn: names.nameEn } : {}), units, ...g.done() };
    }
    return out;
  }
}
