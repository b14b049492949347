import { _pick, type ReportLanguage } from "./language";

/**
 * Where a record left out of a report comes from: the input's name, the record's position,
 * and its id when it has one. Structurally what a host reading files passes (the `qsd`
 * command's record locations are of this shape).
 */
export interface ReportRecordLocation {
  /** The input's name (e.g. a file name, `-` for standard input). */
  file: string;
  /** 0-based position among the input's records (array element, data-set unit, NDJSON record). */
  index: number;
  /** NDJSON: the 1-based line number. */
  line?: number;
  /** JSON pointer of the record inside the document: `/units/3`, `/3`, or `""` for the whole document or an NDJSON line. */
  pointer: string;
  /** The record's `id`, when it is an object with a string `id`. */
  id?: string;
}

/**
 * A short description of where a record is, for messages and reports:
 * `units.ndjson:5 (u-003)`, `demo.json /units/3 (u-003)`, `demo.json #1`.
 *
 * @param location - The record's location.
 * @param lang - The language (`zh` puts the id in full-width brackets).
 * @returns One line of text.
 * @example
 * ```ts
 * describeRecordLocation({ file: "a.ndjson", index: 4, line: 5, pointer: "", id: "u-003" }, "zh"); // "a.ndjson:5（u-003）"
 * describeRecordLocation({ file: "u.json", index: 0, pointer: "" }, "en"); // "u.json #1"
 * ```
 * @see 宁市监质监〔2023〕146号 二（五）
 */
export function describeRecordLocation(location: ReportRecordLocation, lang: ReportLanguage = "zh"): string {
  let where = location.file;
  if (location.line !== undefined) where += `:${location.line}`;
  if (location.pointer !== "") where += ` ${location.pointer}`;
  else if (location.line === undefined) where += ` #${location.index + 1}`;
  if (location.id !== undefined) where += _pick(lang, `（${location.id}）`, ` (${location.id})`);
  return where;
}
