import { _renderHtml } from "./render-html";
import { _renderMarkdown } from "./render-markdown";
import { reportDocument, type ReportDocumentOptions } from "./sections";
import type { SupervisionReport } from "./types";

/** The formats {@link renderSupervisionReport} writes. */
export const REPORT_RENDER_FORMATS = ["markdown", "html"] as const;
/** A format {@link renderSupervisionReport} writes: `markdown` or `html`. */
export type ReportRenderFormat = (typeof REPORT_RENDER_FORMATS)[number];

/** Options of {@link renderSupervisionReport}. */
export interface RenderSupervisionReportOptions extends ReportDocumentOptions {
  /** `markdown` (GitHub-flavoured) or `html` (one self-contained, printable page). */
  format: ReportRenderFormat;
}

/**
 * Renders a {@link SupervisionReport} as Markdown or HTML, from the same document
 * ({@link reportDocument}) a terminal renderer draws: numbered sections with Chinese and
 * English headings, tables, and a "more" line where a list is cut.
 *
 * - `markdown`: GitHub-flavoured Markdown; every data text is escaped, so a unit name
 *   containing `|` or `<script>` cannot break a table or inject markup.
 * - `html`: one self-contained page — inline CSS, printable on A4, no scripts and no
 *   external resources (a Content-Security-Policy forbids them), every data text escaped.
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
  const doc = reportDocument(report, options);
  return options.format === "html" ? _renderHtml(doc, report.asOf) : _renderMarkdown(doc);
}
