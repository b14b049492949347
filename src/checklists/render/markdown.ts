import type { ChecklistTemplate } from "../types";
import { _headerValue, _mark, _PREFILL_LEGEND, _rows, type ChecklistMarks, type RenderableChecklistResponse } from "./_model";

/**
 * Escapes text for a Markdown table cell or line: HTML-significant characters become
 * entities (so a remark with `<script>` stays text in any Markdown renderer), Markdown
 * punctuation is backslash-escaped, line breaks become `<br>` in cells. @internal
 */
export function _escapeMarkdown(text: string, inCell: boolean): string {
  const escaped = text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|#~!{}])/g, "\\$1");
  return escaped.replace(/\r\n|\r|\n/g, inCell ? "<br>" : " ");
}

/** Renders a checklist as GitHub-flavoured Markdown. @internal */
export function _renderMarkdown(template: ChecklistTemplate, response: RenderableChecklistResponse | undefined, marks: ChecklistMarks): string {
  const md = (s: string): string => _escapeMarkdown(s, true);
  const out: string[] = [];
  out.push(`# ${md(template.title)}`, "");
  out.push(`${md(template.source.document)} ${md(template.source.clause)}（模板版本 ${md(template.version)}）`, "");
  for (const field of template.header) {
    const value = _headerValue(field.key, response);
    out.push(`- ${md(field.label)}：${value !== undefined && value !== "" ? md(value) : md(field.placeholder ?? "")}`);
  }
  out.push("");
  if (template.contentHeading) out.push(`**${md(template.contentHeading)}**`, "");
  const c = template.columns;
  out.push(`| ${[c.number, c.topic, c.task, c.result, c.remark].map(md).join(" | ")} |`);
  out.push("| :-: | --- | --- | :-: | --- |");
  let prefilled = false;
  for (const row of _rows(template, response)) {
    prefilled ||= row.prefilled;
    const mark = _mark(row.result, marks) + (row.prefilled ? "※" : "");
    const cells = [row.section?.id ?? "", row.section?.title ?? "", row.taskLabel, mark, row.remark];
    out.push(`| ${cells.map(md).join(" | ")} |`);
  }
  if (template.notes.length > 0) {
    out.push("", `${md(template.notesLabel ?? "说明")}：`, "");
    for (const note of template.notes) out.push(`${md(note.id)}．${md(note.text)}`, "");
    out.pop();
  }
  if (prefilled) out.push("", md(_PREFILL_LEGEND));
  return `${out.join("\n")}\n`;
}
