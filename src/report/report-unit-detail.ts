import type { WorkCalendar } from "../calendar";
import type { IsoDate } from "../dates";
import type { Unit } from "../entities";
import type { Policy } from "../policy";
import { createReportBuilder } from "./builder";
import type { ReportUnitRow } from "./unit-rows";

/**
 * Options of {@link reportUnitDetail}.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface ReportUnitDetailOptions {
  /** 基准日 (`YYYY-MM-DD`). */
  asOf: IsoDate;
  /** The policy (default `nanjing2023`). */
  policy?: Policy;
  /** The working-day calendar (default `chinaCalendar`). */
  calendar?: WorkCalendar;
  /** Open obligations due within this many days count as upcoming (default 30). */
  upcomingDays?: number;
}

/**
 * One unit's row of a supervision report with its panel — the same {@link ReportUnitRow}
 * (with `detail`) that {@link buildSupervisionReport} lists with `units: "detail"`, for a
 * page that opens a unit on demand (the checker page asks its worker for it) instead of
 * holding every unit's panel.
 *
 * @param unit - A valid unit.
 * @param options - `asOf`, and optionally `policy`, `calendar`, `upcomingDays`.
 * @returns The unit's row, `detail` included.
 * @throws {@link ReportOptionsError} for an unusable option; {@link InvalidDateError} for an invalid `asOf`; the library's typed errors for a unit it cannot judge.
 * @example
 * ```ts
 * const row = reportUnitDetail(unit, { asOf: "2026-11-20" });
 * row.level;                                  // "special"
 * row.detail?.reasons.filter((r) => r.fired); // why: the rules that fired, with their clauses
 * ```
 * @see 宁市监质监〔2023〕146号 二（三）、二（四）、二（七）、附件2、附件3
 */
export function reportUnitDetail(unit: Unit, options: ReportUnitDetailOptions): ReportUnitRow {
  const builder = createReportBuilder({ ...options, units: "detail" });
  builder.add(unit);
  return builder.finish().units![0]!;
}
