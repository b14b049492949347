import type { ReportBlock, ReportDocument } from "./sections";

/** Escapes text for a Markdown table cell or paragraph: pipes, backslashes, markup characters and line breaks. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}

function block(out: string[], b: ReportBlock): void {
  switch (b.type) {
    case "subheading":
      out.push(`### ${md(b.text)}`, "");
      break;
    case "paragraph":
      out.push(b.tone === "warning" ? `> ${md(b.text)}` : md(b.text), "");
      break;
    case "table":
      out.push(`| ${b.columns.map((c) => md(c.header)).join(" | ")} |`);
      out.push(`|${b.columns.map((c) => (c.align === "right" ? " ---: " : " --- ")).join("|")}|`);
      for (const row of b.rows) out.push(`| ${row.map((c) => md(c.text)).join(" | ")} |`);
      out.push("");
      break;
    case "issues":
      for (const item of b.items) {
        out.push(`- ${md(item.where)}`);
        for (const issue of item.issues) out.push(`  - ${md(issue)}`);
        if (item.more) out.push(`  - ${md(item.more)}`);
      }
      out.push("");
      break;
  }
}

/**
 * Renders a report document as GitHub-flavoured Markdown: a title, the header facts, and
 * one section per part with its tables. All data text is escaped, so a unit name
 * containing `|` or `<script>` cannot break the table or inject markup.
 *
 * @param doc - The document ({@link reportDocument}).
 * @returns The Markdown text.
 * @internal
 */
export function _renderMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${md(doc.title)}`, ""];
  for (const f of doc.facts) out.push(`- **${md(f.label)}**: ${md(f.value)}`);
  for (const section of doc.sections) {
    out.push("", `## ${md(`${section.number}${section.title}${section.subtitle ? ` ${section.subtitle}` : ""}`)}`, "");
    if (section.note) out.push(`_${md(section.note)}_`, "");
    for (const b of section.blocks) block(out, b);
  }
  out.push("---", "", `_${md(doc.footer)}_`);
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n")}\n`;
}
