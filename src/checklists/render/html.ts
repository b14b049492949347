import type { ChecklistTemplate } from "../types";
import { _headerValue, _mark, _PREFILL_LEGEND, _rows, type ChecklistMarks, type RenderableChecklistResponse } from "./_model";

/** Escapes text for HTML element content and quoted attribute values. @internal */
export function _escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
}

/** Escaped text with line breaks kept as `<br>`. @internal */
function _multiline(text: string): string {
  return _escapeHtml(text).replace(/\r\n|\r|\n/g, "<br>");
}

const STYLE = `
@page { size: A4; margin: 18mm 16mm 16mm 16mm; }
* { box-sizing: border-box; }
html { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif; font-size: 10.5pt; line-height: 1.45; color: #000; background: #fff; }
body { margin: 0; }
.sheet { margin: 0 auto; }
.attachment { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Heiti SC", "SimHei", sans-serif; font-size: 14pt; margin: 0 0 6pt; }
h1 { font-size: 18pt; font-weight: bold; text-align: center; margin: 0 0 12pt; line-height: 1.35; letter-spacing: 0.02em; }
.fill-line { display: flex; justify-content: space-between; gap: 12pt; margin: 0 0 6pt; }
.fill-line .value { display: inline-block; min-width: 9em; border-bottom: 0.75pt solid #000; padding: 0 2pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.75pt solid #000; padding: 4pt 5pt; vertical-align: middle; overflow-wrap: anywhere; }
th { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Heiti SC", "SimHei", sans-serif; font-weight: bold; text-align: center; }
table.meta { margin: 0 0 8pt; }
table.meta td { text-align: center; height: 2.2em; }
table.meta td.placeholder, .fill-line .placeholder { color: #444; }
.content-heading { text-align: center; font-weight: bold; border: 0.75pt solid #000; border-bottom: none; padding: 4pt; margin: 0; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Heiti SC", "SimHei", sans-serif; }
table.items td.no, table.items td.topic, table.items td.result { text-align: center; }
table.items td.task, table.items td.remark { text-align: left; }
table.items td.result { font-size: 12pt; }
table.items td.result.na { font-size: 10pt; }
table.items td.result.no { font-weight: bold; }
table.items tr { break-inside: avoid; page-break-inside: avoid; }
table.items thead { display: table-header-group; }
tr.extra td.task { padding-left: 1.2em; }
.prefilled-mark { font-size: 8pt; vertical-align: super; }
.notes { margin: 8pt 0 0; }
.notes p { margin: 0 0 2pt; }
.notes .label { font-weight: bold; }
.legend { margin: 6pt 0 0; font-size: 9pt; }
.source { margin: 10pt 0 0; font-size: 8pt; color: #555; text-align: right; }
@media screen {
  html { font-size: 15px; background: #e8e8e8; }
  .sheet { max-width: 1120px; background: #fff; padding: 44px 56px 40px; margin: 0 auto; min-height: 100vh; }
}
@media print { html { background: #fff; } .sheet { padding: 0; } }
`;

/** Renders a checklist as a self-contained, printable A4 HTML page. @internal */
export function _renderHtml(template: ChecklistTemplate, response: RenderableChecklistResponse | undefined, marks: ChecklistMarks): string {
  const e = _escapeHtml;
  const title = e(template.title).replace("（模板）（", "（模板）<br>（");
  const parts: string[] = [];
  parts.push(
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    // No scripts and no external resources, even if some text were mis-escaped.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(template.title)}${response?.subject?.name ? ` — ${e(response.subject.name)}` : ""}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    `<main class="sheet" data-template="${e(template.id)}" data-version="${e(template.version)}">`,
    `<p class="attachment">${e(template.source.clause)}</p>`,
    `<h1>${title}</h1>`,
  );
  parts.push(_header(template, response));
  if (template.contentHeading) parts.push(`<p class="content-heading">${e(template.contentHeading)}</p>`);
  parts.push(_table(template, response, marks));
  if (template.notes.length > 0) {
    parts.push('<div class="notes">');
    template.notes.forEach((note, i) => {
      const label = i === 0 ? `<span class="label">${e(template.notesLabel ?? "说明")}：</span>` : '<span class="label" style="visibility:hidden">' + e(template.notesLabel ?? "说明") + "：</span>";
      parts.push(`<p>${label}${e(note.id)}．${e(note.text)}</p>`);
    });
    parts.push("</div>");
  }
  if (response && Object.values(response.answers ?? {}).some((a) => a.evidence !== undefined)) parts.push(`<p class="legend">${e(_PREFILL_LEGEND)}</p>`);
  parts.push(`<p class="source">${e(template.source.document)} ${e(template.source.clause)} · 模板 ${e(template.id)} 版本 ${e(template.version)}</p>`);
  parts.push("</main>", "</body>", "</html>");
  return `${parts.join("\n")}\n`;
}

function _field(template: ChecklistTemplate, response: RenderableChecklistResponse | undefined, key: string): { label: string; value: string; placeholder: boolean } | undefined {
  const field = template.header.find((f) => f.key === key);
  if (!field) return undefined;
  const value = _headerValue(field.key, response);
  return value !== undefined && value !== ""
    ? { label: field.label, value: _multiline(value), placeholder: false }
    : { label: field.label, value: _placeholder(field.key, field.placeholder), placeholder: true };
}

/** A blank field as the form prints it; the date gets room to write in (　　年　　月　　日). */
function _placeholder(key: string, placeholder: string | undefined): string {
  if (placeholder === undefined) return "";
  if (key === "filledOn") return _escapeHtml(placeholder.replace(/ /g, "")).replace(/(年|月|日)/g, "\u3000\u3000$1");
  return _escapeHtml(placeholder);
}

function _header(template: ChecklistTemplate, response: RenderableChecklistResponse | undefined): string {
  const e = _escapeHtml;
  const cls = (f: { placeholder: boolean }): string => (f.placeholder ? ' class="placeholder"' : "");
  if (template.subjectKind === "regulator") {
    // 附件4: 督查主体 | （市场监管部门名称） | 督查对象 | （下级市场监管部门名称）
    const cells = template.header.map((h) => _field(template, response, h.key)!);
    return `<table class="meta"><colgroup><col style="width:14%"><col style="width:36%"><col style="width:14%"><col style="width:36%"></colgroup><tbody><tr>${cells
      .map((f) => `<th scope="row">${e(f.label)}</th><td${cls(f)}>${f.value}</td>`)
      .join("")}</tr></tbody></table>`;
  }
  // 附件2/3: a line for who filled it in and when, then a grid of the unit's particulars.
  const lineKeys = ["filledBy", "filledOn"];
  const line = lineKeys
    .map((k) => _field(template, response, k))
    .filter((f) => f !== undefined)
    .map((f) => `<span>${e(f.label)}：<span class="value${f.placeholder ? " placeholder" : ""}">${f.value}</span></span>`)
    .join("");
  const grid = template.header.filter((h) => !lineKeys.includes(h.key)).map((h) => _field(template, response, h.key)!);
  return `<div class="fill-line">${line}</div>
<table class="meta"><tbody><tr>${grid.map((f) => `<th scope="col">${e(f.label)}</th>`).join("")}</tr><tr>${grid.map((f) => `<td${cls(f)}>${f.value}</td>`).join("")}</tr></tbody></table>`;
}

function _table(template: ChecklistTemplate, response: RenderableChecklistResponse | undefined, marks: ChecklistMarks): string {
  const e = _escapeHtml;
  const c = template.columns;
  const out: string[] = [];
  out.push(
    '<table class="items">',
    '<colgroup><col style="width:7%"><col style="width:17%"><col style="width:46%"><col style="width:8%"><col style="width:22%"></colgroup>',
    `<thead><tr><th scope="col">${e(c.number)}</th><th scope="col">${e(c.topic)}</th><th scope="col">${e(c.task)}</th><th scope="col">${e(c.result)}</th><th scope="col">${e(c.remark)}</th></tr></thead>`,
    "<tbody>",
  );
  for (const row of _rows(template, response)) {
    const cells: string[] = [];
    if (row.section) {
      const span = row.section.rowSpan > 1 ? ` rowspan="${row.section.rowSpan}"` : "";
      cells.push(`<td class="no"${span}>${e(row.section.id)}</td>`, `<td class="topic"${span}>${e(row.section.title)}</td>`);
    }
    const resultClass = row.result ? ` ${row.result}` : "";
    const mark = e(_mark(row.result, marks)) + (row.prefilled ? '<span class="prefilled-mark">※</span>' : "");
    cells.push(
      `<td class="task">${_multiline(row.taskLabel)}</td>`,
      `<td class="result${resultClass}">${mark}</td>`,
      `<td class="remark">${_multiline(row.remark)}</td>`,
    );
    out.push(`<tr data-item="${e(row.itemId)}"${row.extra ? ' class="extra"' : ""}>${cells.join("")}</tr>`);
  }
  out.push("</tbody>", "</table>");
  return out.join("\n");
}
