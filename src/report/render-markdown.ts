import type { ReportLanguage as Lang } from "./language";
import type { SupervisionReport } from "./builder";
import { reportSections } from "./sections";

/** Options of {@link renderReportMarkdown}. */
export interface RenderReportMarkdownOptions {
  /** The language. */
  lang: Lang;
  /** The most rows per list (0 = all). */
  limit: number;
}

/** Escapes text for a Markdown table cell or paragraph: pipes, backslashes, markup characters and line breaks. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}

/**
 * Renders a report as GitHub-flavoured Markdown: a title, the header facts, and one
 * section per part with its tables. All data text is escaped, so a unit name containing
 * `|` or `<script>` cannot break the table or inject markup.
 *
 * @param report - The report.
 * @param options - Language and row limit.
 * @returns The Markdown document.
 * @example
 * ```ts
 * fs.writeFileSync("report.md", renderReportMarkdown(report, { lang: "zh", limit: 0 }));
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function renderReportMarkdown(report: SupervisionReport, options: RenderReportMarkdownOptions): string {
  const { title, facts, sections } = reportSections(report, options.lang, options.limit);
  const out: string[] = [`# ${md(title)}`, ""];
  for (const [k, v] of facts) out.push(`- **${md(k)}**: ${md(v)}`);
  sections.forEach((section, i) => {
    out.push("", `## ${i + 1}. ${md(section.title)}`, "");
    if (section.note) out.push(`_${md(section.note)}_`, "");
    for (const block of section.blocks) {
      switch (block.type) {
        case "subheading":
          out.push(`### ${md(block.text)}`, "");
          break;
        case "paragraph":
          out.push(block.tone === "warning" ? `> ${md(block.text)}` : md(block.text), "");
          break;
        case "facts":
          for (const [k, v] of block.items) out.push(`- **${md(k)}**: ${md(v)}`);
          out.push("");
          break;
        case "table":
          out.push(`| ${block.columns.map(md).join(" | ")} |`);
          out.push(`|${block.columns.map((_, c) => (block.align?.[c] === "right" ? " ---: " : " --- ")).join("|")}|`);
          for (const row of block.rows) out.push(`| ${row.map(md).join(" | ")} |`);
          out.push("");
          break;
        case "issues":
          for (const item of block.items) {
            out.push(`- ${md(item.where)}`);
            for (const issue of item.issues) out.push(`  - ${md(issue)}`);
          }
          out.push("");
          break;
      }
    }
  });
  out.push("---", "", `_${md(`${report.generator.name} ${report.generator.version}`)}_`);
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n")}\n`;
}
