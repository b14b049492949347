import type { Unit } from "../entities";
import { createReportBuilder, type BuildSupervisionReportOptions } from "./builder";
import type { SupervisionReport } from "./types";

/**
 * The supervision picture of a set of units as of a day — what `qsd report --format json`
 * prints: units per level (二（七）), the year's key and special lists for producers and
 * sellers, overdue and upcoming obligations (二（三）、二（五）、二（七）), the obligations that
 * cannot be computed yet (a calendar year not published), missing daily / weekly /
 * monthly records from the first of the as-of month (二（四）), staffing and supervision
 * findings, and — grouped by department (附件1 三) or district when asked — the same rows
 * under who handles them. A typed, JSON-serialisable value; render it with
 * {@link renderSupervisionReport}.
 *
 * The same as feeding every unit to {@link createReportBuilder} and calling `finish()`.
 *
 * @param units - Valid units (e.g. `DatasetSchema.parse(data).units`); ids must be unique
 *   (a repeated id is listed under `invalid`, code `duplicate_id`).
 * @param options - `asOf`, and optionally `policy`, `calendar`, `upcomingDays`, `groupBy`,
 *   `source`, `asOfFrom`, `generator`, `keep` (see {@link BuildSupervisionReportOptions}).
 * @returns The report.
 * @throws {@link ReportOptionsError} for an unusable option; {@link InvalidDateError} for an
 *   invalid `asOf`; the library's typed errors for a unit it cannot judge (`UnitDataError`, `PolicyError`).
 * @example
 * ```ts
 * const report = buildSupervisionReport(dataset.units, { asOf: "2026-11-20", groupBy: "department" });
 * report.totals.overdue;                       // how many obligations are overdue
 * report.byDepartment?.["quality-development"]; // the rows 质量发展处 handles (附件1 三（五）)
 * ```
 * @see 宁市监质监〔2023〕146号 二（三）、二（四）、二（五）、二（七）、附件1 三
 */
export function buildSupervisionReport(units: Iterable<Unit>, options: BuildSupervisionReportOptions): SupervisionReport {
  const builder = createReportBuilder(options);
  for (const unit of units) builder.add(unit);
  return builder.finish();
}
