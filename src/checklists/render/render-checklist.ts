import { describeValue } from "../../_lib/describe-value";
import { _short } from "../../entities/messages";
import { ChecklistMismatchError } from "../errors";
import type { ChecklistTemplate } from "../types";
import { _DEFAULT_MARKS, type ChecklistMarks, type RenderableChecklistResponse } from "./_model";
import { _renderCsv } from "./csv";
import { _renderHtml } from "./html";
import { _renderMarkdown } from "./markdown";

export type { ChecklistMarks, RenderableChecklistResponse } from "./_model";

/**
 * Options of {@link renderChecklist}.
 *
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export interface RenderChecklistOptions {
  /** `"markdown"`, `"html"` (a printable A4 page) or `"csv"` (for Excel). */
  format: "markdown" | "html" | "csv";
  /**
   * The marks for yes / no / not applicable; default ✓ / ✗ / 不适用. The plan's 说明2
   * prints √ and ×: pass `{ yes: "√", no: "×", na: "不适用" }` to match it exactly.
   */
  marks?: Partial<ChecklistMarks>;
}

/**
 * Renders a checklist template, blank or filled in, as Markdown, HTML or CSV.
 *
 * - `markdown`: title, source, header fields, the table (序号 / 重点工作 / 具体任务 / 结果 /
 *   备注; 附件4: 督查事项 / 是否落实 / 亮点成效) and the notes.
 * - `html`: a self-contained printable A4 page (inline CSS, `@page { size: A4 }`, no
 *   external resources, a Content-Security-Policy that forbids scripts) laid out like
 *   the attachment: title, header fields, the table with each section's 序号 and 重点工作
 *   merged over its rows (`rowspan`), and the notes.
 * - `csv`: UTF-8 with a byte-order mark, CRLF line ends and RFC 4180 quoting. Header rows
 *   say what the sheet is for: the template (title, id, version), each header field of the
 *   form (填表日期, 层级分类, the unit's name, …) and, when the response's subject has
 *   them, the unit's USCC and id; then a blank row and one row per item (columns 序号,
 *   重点工作, 编号, 具体任务, 结果, 备注), so Excel opens it as a table. User text whose first
 *   printing character starts a spreadsheet formula (`=`, `+`, `-`, `@`, tab, a line break,
 *   the full-width ＝＋－＠ or small ﹦﹢﹣﹫ — also after white space, zero-width characters
 *   or a byte-order mark) is prefixed with `'`.
 *
 * Results show as ✓ (yes), ✗ (no) and 不适用 (na); a prefilled answer (one with evidence)
 * is marked ※ with a legend. Extra sub-items (6.1, 6.2 …) follow their free-form item.
 * All user text is escaped for the target format: a remark containing `<script>` is
 * shown as text, never run.
 *
 * @param template - The template.
 * @param response - A response to fill in; omit for the blank form.
 * @param options - The format, and optionally the marks.
 * @returns The rendered document as a string.
 * @throws {@link ChecklistMismatchError} when the response is for another template
 *   (`template_mismatch`) or the format is unknown (`unknown_format`).
 * @example
 * ```ts
 * const html = renderChecklist(getChecklistTemplate("producer-tasks"), response, { format: "html" });
 * const csv = renderChecklist(getChecklistTemplate("seller-tasks"), undefined, { format: "csv" });
 * ```
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export function renderChecklist(template: ChecklistTemplate, response: RenderableChecklistResponse | undefined, options: RenderChecklistOptions): string {
  if (response !== undefined && response.templateId !== template.id) {
    throw new ChecklistMismatchError("template_mismatch", response.templateId, { received: _short(String(response.templateId)), expected: template.id, templateId: template.id });
  }
  const marks: ChecklistMarks = { ..._DEFAULT_MARKS, ...options?.marks };
  switch (options?.format) {
    case "markdown":
      return _renderMarkdown(template, response, marks);
    case "html":
      return _renderHtml(template, response, marks);
    case "csv":
      return _renderCsv(template, response, marks);
    default:
      throw new ChecklistMismatchError("unknown_format", options?.format, { received: describeValue(options?.format), values: ["markdown", "html", "csv"] });
  }
}
