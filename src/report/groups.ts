import { _byDue, _Kept } from "./kept";
import type { ReportFindingRow, ReportGroupRows, ReportMechanismRow, ReportObligationRow, ReportUnknownRow } from "./types";

/**
 * One group's lists (a department's or a district's) while the report streams: each keeps
 * at most `keep` rows and counts them all.
 *
 * @internal
 */
export class _GroupLists {
  /** Overdue obligations, earliest due kept. */
  readonly overdue: _Kept<ReportObligationRow>;
  /** Upcoming obligations, earliest due kept. */
  readonly upcoming: _Kept<ReportObligationRow>;
  /** Obligations that cannot be computed yet, first found kept. */
  readonly unknown: _Kept<ReportUnknownRow>;
  /** Mechanism rows of units with no record at all in the period. */
  readonly idle: _Kept<ReportMechanismRow>;
  /** Mechanism rows of the other units. */
  readonly partial: _Kept<ReportMechanismRow>;
  /** Findings, first found kept. */
  readonly findings: _Kept<ReportFindingRow>;

  /** @param keep - The most rows per list (absent: all). */
  constructor(keep?: number) {
    this.overdue = new _Kept(keep, _byDue);
    this.upcoming = new _Kept(keep, _byDue);
    this.unknown = new _Kept(keep);
    this.idle = new _Kept(keep);
    this.partial = new _Kept(keep);
    this.findings = new _Kept(keep);
  }

  /** Adds a mechanism row to the idle or the partial list. */
  addMechanism(row: ReportMechanismRow): void {
    (row.noRecords ? this.idle : this.partial).push(row);
  }

  /** Whether nothing was added. */
  get empty(): boolean {
    return this.overdue.total + this.upcoming.total + this.unknown.total + this.idle.total + this.partial.total + this.findings.total === 0;
  }

  /** The counts and the kept rows (units without any record first in `mechanism`). */
  done(): ReportGroupRows {
    return {
      totals: {
        overdue: this.overdue.total,
        upcoming: this.upcoming.total,
        unknown: this.unknown.total,
        mechanismGaps: this.idle.total + this.partial.total,
        noRecords: this.idle.total,
        findings: this.findings.total,
      },
      overdue: this.overdue.done(),
      upcoming: this.upcoming.done(),
      unknown: this.unknown.done(),
      mechanism: [...this.idle.done(), ...this.partial.done()],
      findings: this.findings.done(),
    };
  }
}
