import { reportDocument, reportText, type ObligationKind, type ReportBlock, type ReportTone, type SupervisionReport } from "../../index";
import { pick, type Lang } from "../errors";
import type { Style } from "../style";
import { renderTable } from "../table";
import { displayWidth, truncateToWidth } from "../text-width";

/** Options of {@link renderReportText}. */
export interface RenderReportTextOptions {
  /** The language: Chinese headings carry their English too; `en` is English only. */
  lang: Lang;
  /** Colours (a terminal) or plain. */
  style: Style;
  /** The terminal's width: long cells are cut to fit; unlimited when absent (a pipe or file). */
  width?: number;
  /** The most rows per list (0 = all). */
  limit: number;
}

/**
 * Renders a {@link SupervisionReport} for a terminal: the library's report document
 * ({@link reportDocument}: the same sections, headings and words as the Markdown and HTML
 * renderings) laid out as numbered sections with aligned tables (CJK characters measured
 * as two columns), colour on a terminal (special and overdue red, key yellow), nothing
 * wider than the terminal, and a "more" line where a list is cut at `limit`.
 *
 * @param report - The report.
 * @param options - See {@link RenderReportTextOptions}.
 * @returns The text, ending with a newline.
 * @example
 * ```ts
 * process.stdout.write(renderReportText(report, { lang: "zh", style: styleFor(process.stdout, process.env), limit: 50 }));
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function renderReportText(report: SupervisionReport, options: RenderReportTextOptions): string {
  const { lang, style: s, limit, width } = options;
  const doc = reportDocument(report, { lang, limit, moreHint: pick(lang, "（--limit 0 显示全部，或 --format json）", " (--limit 0 shows all, or use --format json)") });
  const tone = (text: string, t: ReportTone | undefined) => (t === "danger" ? s.red(text) : t === "warning" ? s.yellow(text) : t === "muted" ? s.dim(text) : text);
  const tableOptions = { indent: 2, styleHeader: s.dim, ...(width ? { lineWidth: width } : {}) };
  // On a terminal nothing may wrap: cut plain text to what is left of the line.
  const fit = (text: string, used: number) => (width && displayWidth(text) > width - used ? truncateToWidth(text, Math.max(1, width - used)) : text);
  const rule = s.dim("─".repeat(Math.min(width ?? 78, 78)));
  const out: string[] = [];

  out.push(rule, s.bold(fit(` ${doc.title}${doc.subtitle ? `  ${doc.subtitle}` : ""}`, 0)), rule);
  const labelWidth = Math.max(...doc.facts.map((f) => displayWidth(f.label)));
  for (const f of doc.facts) out.push(` ${s.dim(f.label)}${" ".repeat(labelWidth - displayWidth(f.label) + 2)}${tone(fit(f.value, labelWidth + 3), f.tone)}`);

  const block = (b: ReportBlock) => {
    switch (b.type) {
      case "subheading":
        out.push(`  ${s.bold(fit(b.text, 2))}`);
        break;
      case "paragraph":
        for (const line of wrapWords(b.text, (width ?? 100) - 2)) out.push(tone(fit(`  ${line}`, 0), b.tone));
        break;
      case "table":
        out.push(
          renderTable(
            b.columns,
            b.rows.map((row) => row.map((c) => tone(c.text, c.tone))),
            tableOptions,
          ).trimEnd(),
        );
        break;
      case "issues":
        for (const item of b.items) {
          out.push(`  ${s.red("✗")} ${fit(item.where, 4)}`);
          for (const issue of item.issues) out.push(`      ${fit(issue, 6)}`);
          if (item.more) out.push(s.dim(`      ${item.more}`));
        }
        break;
    }
  };
  for (const section of doc.sections) {
    const title = fit(`${section.number}${section.title}${section.subtitle ? `  ${section.subtitle}` : ""}`, 0);
    const note = section.note ? fit(section.note, displayWidth(title) + 2) : "";
    out.push("", s.bold(s.cyan(title)) + (note && displayWidth(title) + 4 < (width ?? Infinity) ? `  ${s.dim(note)}` : ""));
    for (const b of section.blocks) block(b);
  }
  out.push("", rule, s.dim(fit(pick(lang, ` ${doc.footer} · 详见 qsd report --help；机器可读：--format json`, ` ${doc.footer} · see qsd report --help; machine-readable: --format json`), 0)));
  return `${out.join("\n")}\n`;
}

/**
 * A short name of an obligation kind for a table column (the report's words,
 * `reportText[lang].obligationKind`): the Chinese label without the document name in
 * brackets, or the English label.
 *
 * @param kind - The obligation kind.
 * @param lang - The language.
 * @returns E.g. `日管控` for `daily-record`.
 * @example
 * ```ts
 * shortKind("weekly-record", "zh"); // "周排查"
 * ```
 * @see 宁市监质监〔2023〕146号 二（四）
 */
export function shortKind(kind: ObligationKind, lang: Lang): string {
  return reportText[lang].obligationKind({ kind });
}

/** Breaks space-separated words into lines of at most `width` display columns (a longer word stays whole). */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && displayWidth(line) + 1 + displayWidth(word) > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
