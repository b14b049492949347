import type { ChecklistTemplate } from "../types";
import { _headerValue, _mark, _rows, type ChecklistMarks, type RenderableChecklistResponse } from "./_model";

/** Byte-order mark: tells Excel the file is UTF-8. @internal */
export const _BOM = "\uFEFF";

/** Quotes one CSV field per RFC 4180 when it holds a comma, a quote, CR or LF. @internal */
export function _csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * What may come before a formula trigger and still let a spreadsheet read the cell as a
 * formula (or let a later "trim" make it one): white space of any kind (ASCII, no-break,
 * ideographic U+3000, the U+2000 range), line breaks and other control characters, the
 * zero-width characters (U+200B–U+200D, U+2060, U+180E) and the byte-order mark U+FEFF.
 */
const LEAD = "[\\s\\p{Cc}\\u200B-\\u200D\\u2060\\u180E\\uFEFF]*";
/**
 * The characters that start a formula in Excel, LibreOffice and Google Sheets (`=`, `+`,
 * `-`, `@`, and tab / CR / LF, OWASP "CSV Injection"), their full-width forms (＝ ＋ － ＠,
 * which an IME types and some spreadsheets normalise) and their small forms (﹦ ﹢ ﹣ ﹫).
 */
const TRIGGER = "[=+\\-@\\t\\r\\n\\uFF1D\\uFF0B\\uFF0D\\uFF20\\uFE66\\uFE62\\uFE63\\uFE6B]";
const FORMULA = new RegExp(`^${LEAD}${TRIGGER}`, "u");

/**
 * Neutralises spreadsheet formulas in user text: a cell whose first printing character is
 * a formula trigger — `=`, `+`, `-`, `@`, a tab or line break, or a full-width or small
 * form of the four (＝＋－＠, ﹦﹢﹣﹫) — is prefixed with `'`, also when white space
 * (including U+3000), zero-width characters or a byte-order mark come before it. The text
 * itself is kept. @internal
 *
 * @see OWASP, "CSV Injection"
 */
export function _defuseFormula(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

/**
 * Renders a checklist as CSV: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180
 * quoting. Header rows first say what the sheet is and whom it is for — the template
 * (title, id, version), then each header field of the printed form (填表日期, 层级分类,
 * the unit's name, …) and, when the response carries them, the unit's unified social
 * credit code and id — then a blank row, then one row per item (extra sub-items under their
 * free-form item), so it opens as a table in Excel. Every row has the table's six fields.
 * User text is defused against formulas ({@link _defuseFormula}). @internal
 */
export function _renderCsv(template: ChecklistTemplate, response: RenderableChecklistResponse | undefined, marks: ChecklistMarks): string {
  const c = template.columns;
  const width = 6;
  const row = (...cells: string[]) => [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill("")];
  const lines: string[][] = [row("清单", template.title, "模板", template.id, "版本", template.version)];
  for (const field of template.header) lines.push(row(field.label, _defuseFormula(_headerValue(field.key, response) ?? "")));
  const unitId = response?.subject?.unitId;
  const uscc = response?.subject?.uscc;
  if (unitId !== undefined || uscc !== undefined) lines.push(row("统一社会信用代码", _defuseFormula(uscc ?? ""), "主体标识", _defuseFormula(unitId ?? "")));
  lines.push(row());
  lines.push([c.number, c.topic, "编号", c.task, c.result, c.remark]);
  for (const r of _rows(template, response)) {
    const text = r.extra ? _defuseFormula(r.text) : r.text;
    lines.push([r.sectionId, r.sectionTitle, r.itemId, text, _mark(r.result, marks), _defuseFormula(r.remark)]);
  }
  return _BOM + lines.map((l) => `${l.map(_csvField).join(",")}\r\n`).join("");
}
