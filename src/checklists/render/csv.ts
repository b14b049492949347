import type { ChecklistTemplate } from "../types";
import { _mark, _rows, type ChecklistMarks, type RenderableChecklistResponse } from "./_model";

/** Byte-order mark: tells Excel the file is UTF-8. @internal */
export const _BOM = "\uFEFF";

/** Quotes one CSV field per RFC 4180 when it holds a comma, a quote, CR or LF. @internal */
export function _csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Neutralises spreadsheet formulas in user text (a cell starting with `=`, `+`, `-`, `@`,
 * tab or CR is prefixed with `'`), so a remark cannot run as a formula in Excel. @internal
 */
export function _defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Renders a checklist as CSV: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180
 * quoting; one row per item (extra sub-items under their free-form item), so it opens
 * as a table in Excel. @internal
 */
export function _renderCsv(template: ChecklistTemplate, response: RenderableChecklistResponse | undefined, marks: ChecklistMarks): string {
  const c = template.columns;
  const lines: string[][] = [[c.number, c.topic, "编号", c.task, c.result, c.remark]];
  for (const row of _rows(template, response)) {
    const text = row.extra ? _defuseFormula(row.text) : row.text;
    lines.push([row.sectionId, row.sectionTitle, row.itemId, text, _mark(row.result, marks), _defuseFormula(row.remark)]);
  }
  return _BOM + lines.map((l) => `${l.map(_csvField).join(",")}\r\n`).join("");
}
