import { _renderReportPage } from "./html/page";
import { _renderMarkdown } from "./render-markdown";
import { reportDocument, type ReportDocumentOptions } from "./sections";
import type { SupervisionReport } from "./types";

/** The formats {@link renderSupervisionReport} writes. */
export const REPORT_RENDER_FORMATS = ["markdown", "html"] as const;
/** A format {@link renderSupervisionReport} writes: `markdown` or `html`. */
export type ReportRenderFormat = (typeof REPORT_RENDER_FORMATS)[number];

/** Options of {@link renderSupervisionReport}. */
export interface RenderSupervisionReportOptions extends ReportDocumentOptions {
  /** `markdown` (GitHub-flavoured) or `html` (one self-contained, interactive, printable page). */
  format: ReportRenderFormat;
}

/**
 * Renders a {@link SupervisionReport} as Markdown or HTML, from the same document
 * ({@link reportDocument}) a terminal renderer draws: numbered sections with Chinese and
 * English headings, tables, and a "more" line where a list is cut.
 *
 * - `markdown`: GitHub-flavoured Markdown; every data text is escaped, so a unit name
 *   containing `|` or `<script>` cannot break a table or inject markup.
 * - `html`: one self-contained, interactive page that works offline and from `file://` —
 *   summary cards; SVG charts (units per level and role, overdue and upcoming by department
 *   and by district, what falls due week by week over the next 90 days, overdue by kind),
 *   labelled in Chinese with English, readable in greyscale print; a unit table with
 *   search, sort and filters (level, district, department, status) whose ids open a unit
 *   panel (the level's rules and clauses, tier history, obligations, findings, mechanism
 *   gaps, checklist prefill); the lists, collapsed, complete and paginated (every row in
 *   print, A4); a Chinese / English switch. Inline style sheet and script only, allowed by
 *   their SHA-256 hashes in a Content-Security-Policy with `connect-src 'none'`: nothing
 *   is loaded or sent. Every data text is escaped, and control and bidi characters are
 *   shown as visible escapes. The unit table and panels need a report built with
 *   `units: "detail"` (or `"summary"`: a table without panels); `limit` does not apply (the
 *   page lists every row the report holds); `lang: "en"` opens it in English.
 *
 * @param report - The report ({@link buildSupervisionReport} or a builder's `finish()`;
 *   also a report parsed back from JSON).
 * @param options - `format`, and `lang` (default `zh`), `limit` (the most rows per list,
 *   default 0 = all the report holds), `moreHint`.
 * @returns The document's text, ending with a newline.
 * @example
 * ```ts
 * const report = buildSupervisionReport(units, { asOf: "2026-11-20" });
 * const html = renderSupervisionReport(report, { format: "html", lang: "zh", limit: 50 });
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function renderSupervisionReport(report: SupervisionReport, options: RenderSupervisionReportOptions): string {
  if (options.format === "html") return _renderReportPage(report, options.lang ?? "zh");
  return _renderMarkdown(reportDocument(report, options));
}
