import { _formatIsoDate, _isoDateKey } from "../_lib/iso-date";
import type { _TableParams } from "./messages";
import type { EnumerationSpec, TableCell, TableIssueCode } from "./types";

/** A cell read: its value, nothing (empty), or why it cannot be read. @internal */
export type _Read<T> = { ok: true; value: T } | { ok: false; code: TableIssueCode; params: _TableParams } | undefined;

const fail = (code: TableIssueCode, params: _TableParams): _Read<never> => ({ ok: false, code, params });

/** Whether a cell is empty: nothing, or only white space. @internal */
export function _isEmptyCell(cell: TableCell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === "string") return cell.length === 0 || cell.trim().length === 0;
  return false;
}

/** A cell shown in a message: text cut to 60 characters; a date as a date. @internal */
export function _showCell(cell: TableCell): string {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "Invalid Date" : cell.toISOString().slice(0, 10);
  const s = String(cell);
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}

/** Full-width digits and punctuation to ASCII (NFKC), only when there is any non-ASCII character. */
function ascii(s: string): string {
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(s) ? s.normalize("NFKC") : s;
}

/** The key an enumeration label is looked up by: NFKC, no white space, lower case. @internal */
export function _labelKey(s: string): string {
  return ascii(s).replace(/\s+/g, "").toLowerCase();
}

/** Excel's largest date, 9999-12-31. */
const MAX_SERIAL = 2958465;
/** Day number (days since 1970-01-01) of Excel's day 0 in the 1900 system after its fictitious 1900-02-29: 1899-12-30. */
const SERIAL_EPOCH = -25569;

/** The ISO date of an Excel serial day (1900 date system; the time of day is dropped). */
function fromSerial(n: number): string | undefined {
  const day = Math.floor(n);
  // Serial 60 is Excel's 1900-02-29, a day that never was; serials 1–59 are off by one before it.
  if (!Number.isFinite(n) || day < 1 || day > MAX_SERIAL || day === 60) return undefined;
  const ms = ((day < 60 ? day + 1 : day) + SERIAL_EPOCH) * 86_400_000;
  const d = new Date(ms);
  return _formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const TEXT_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;

/**
 * Reads a date cell: a `Date` (its UTC calendar date), an Excel serial number, or text
 * `2024-05-10`, `2024/5/10`, `2024.5.10`, `2024年5月10日` (full-width digits too; a time
 * after the date is ignored). @internal
 */
export function _readDate(cell: TableCell): _Read<string> {
  if (_isEmptyCell(cell)) return undefined;
  if (cell instanceof Date) {
    const t = cell.getTime();
    if (Number.isNaN(t)) return fail("invalid_date", { received: "Invalid Date" });
    return { ok: true, value: _formatIsoDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()) };
  }
  if (typeof cell === "number") {
    const iso = fromSerial(cell);
    return iso ? { ok: true, value: iso } : fail("invalid_date", { received: _showCell(cell) });
  }
  if (typeof cell !== "string") return fail("invalid_date", { received: _showCell(cell) });
  const s = ascii(cell).trim();
  const m = TEXT_DATE.exec(s);
  if (m) {
    const iso = _formatIsoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (_isoDateKey(iso) >= 0) return { ok: true, value: iso };
  } else if (/^\d{1,7}(\.\d+)?$/.test(s)) {
    const iso = fromSerial(Number(s)); // a serial number written as text (CSV)
    if (iso) return { ok: true, value: iso };
  }
  return fail("invalid_date", { received: _showCell(cell) });
}

/** Reads a number cell (text with thousands separators too). @internal */
export function _readNumber(cell: TableCell, integer: boolean): _Read<number> {
  if (_isEmptyCell(cell)) return undefined;
  let n: number;
  if (typeof cell === "number") n = cell;
  else if (typeof cell === "string") {
    const s = ascii(cell).trim().replace(/[,\s]/g, "");
    n = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s) ? Number(s) : Number.NaN;
  } else n = Number.NaN;
  if (!Number.isFinite(n)) return fail("invalid_number", { received: _showCell(cell) });
  if (integer && !Number.isInteger(n)) return fail("invalid_integer", { received: _showCell(cell) });
  return { ok: true, value: n };
}

/**
 * Reads a text cell: trimmed text; a number as its digits (a number too long for every
 * digit to survive — a USCC or phone typed into a General cell — is an issue); a date or a
 * boolean is an issue. @internal
 */
export function _readText(cell: TableCell): _Read<string> {
  if (_isEmptyCell(cell)) return undefined;
  if (typeof cell === "string") return { ok: true, value: cell.trim() };
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return fail("expected_text", { received: _showCell(cell) });
    if (Number.isInteger(cell) && !Number.isSafeInteger(cell)) return fail("unsafe_number", { received: _showCell(cell) });
    return { ok: true, value: String(cell) };
  }
  return fail("expected_text", { received: cell instanceof Date ? `日期 ${_showCell(cell)}` : String(cell) });
}

/** Label key → code, per enumeration (built once). */
const lookups = new WeakMap<EnumerationSpec, Map<string, string>>();

function lookup(e: EnumerationSpec): Map<string, string> {
  let m = lookups.get(e);
  if (!m) {
    m = new Map();
    for (const v of e.values) for (const s of [v.label, ...v.aliases]) if (!m.has(_labelKey(s))) m.set(_labelKey(s), v.value);
    lookups.set(e, m);
  }
  return m;
}

/** Reads an enumeration cell: a label, an accepted spelling, or the code. @internal */
export function _readEnum(cell: TableCell, e: EnumerationSpec): _Read<string> {
  if (_isEmptyCell(cell)) return undefined;
  const value = typeof cell === "string" || typeof cell === "number" ? lookup(e).get(_labelKey(String(cell))) : undefined;
  return value !== undefined ? { ok: true, value } : fail("invalid_enum", { received: _showCell(cell), allowed: e.values.map((v) => v.label) });
}

/** Reads a list cell (`生产单位、销售单位`): values separated by 、 , ； / or spaces. @internal */
export function _readEnumList(cell: TableCell, e: EnumerationSpec): _Read<string[]> {
  if (_isEmptyCell(cell)) return undefined;
  if (typeof cell !== "string") return _readEnum(cell, e) as _Read<never>;
  const values: string[] = [];
  for (const part of ascii(cell).split(/[、,;/|\s]+/)) {
    if (part === "") continue;
    const v = lookup(e).get(_labelKey(part));
    if (v === undefined) return fail("invalid_enum", { received: _showCell(cell), allowed: e.values.map((x) => x.label) });
    values.push(v);
  }
  return { ok: true, value: values };
}

/** Reads a yes/no cell: a boolean, 1/0, 是/否 and the other spellings of the boolean enumeration. @internal */
export function _readBoolean(cell: TableCell, e: EnumerationSpec): _Read<boolean> {
  if (_isEmptyCell(cell)) return undefined;
  if (typeof cell === "boolean") return { ok: true, value: cell };
  const v = typeof cell === "string" || typeof cell === "number" ? lookup(e).get(_labelKey(String(cell))) : undefined;
  if (v === undefined) return fail("invalid_boolean", { received: _showCell(cell), allowed: e.values.map((x) => x.label) });
  return { ok: true, value: v === "true" };
}

/** The spreadsheet letter of a 0-based column index (0 → A, 26 → AA). @internal */
export function _columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
