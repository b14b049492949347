import { _csvField, _defuseFormula } from "../checklists/render/csv";
import type { TableCell } from "./types";

// The host's decoder (browsers, Node, Deno, Bun and edge runtimes have it); declared here
// because the package entry compiles without DOM or Node types.
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean }) => { decode(input: Uint8Array): string };

/** The encodings {@link decodeCsv} tells apart. */
export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/** What {@link decodeCsv} returns. */
export interface DecodedCsv {
  /** The text, without a byte-order mark. */
  text: string;
  /** The encoding it was read in. */
  encoding: CsvEncoding;
}

/**
 * Decodes the bytes of a CSV file: UTF-8 with or without a byte-order mark, UTF-16 with
 * its mark, and otherwise GB18030 (which covers GBK and GB2312: what Excel and WPS save as
 * "CSV" on a Chinese Windows) — chosen when the bytes are not valid UTF-8.
 *
 * @param bytes - The file's bytes.
 * @returns The text (without a byte-order mark) and the encoding found.
 * @throws {RangeError} never for any bytes; only if the host has no GB18030 decoder (every current browser and Node with full ICU has one).
 * @example
 * ```ts
 * decodeCsv(new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb])); // { text: "姓名", encoding: "gb18030" }
 * ```
 * @see https://encoding.spec.whatwg.org/#gb18030
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

/**
 * Parses CSV text (RFC 4180: quoted fields with `""`, line breaks inside quotes, CRLF or
 * LF) into a grid of strings, `null` for empty fields. The delimiter is a comma, or a tab
 * when the first line has tabs and no commas. A leading `'` that guards a formula
 * (`'=…`, `'-…`, as {@link tableToCsv} writes) is removed, so text round-trips.
 *
 * @param text - The CSV text (a leading byte-order mark is ignored).
 * @returns The rows, each a list of cells.
 * @example
 * ```ts
 * parseCsv('姓名,任职日期\r\n"陈, 静",2023/6/1\r\n'); // [["姓名", "任职日期"], ["陈, 静", "2023/6/1"]]
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
export function parseCsv(text: string): (string | null)[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = s.slice(0, s.search(/\r?\n|$/));
  const delimiter = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  let i = 0;
  const n = s.length;
  const push = (field: string, quoted: boolean) => {
    // Undo the formula guard tableToCsv adds (the same test: it would guard what follows the quote).
    if (field.length > 1 && field.charCodeAt(0) === 39 /* ' */ && _defuseFormula(field.slice(1)) === field) field = field.slice(1);
    row.push(field === "" && !quoted ? null : field);
  };
  while (i < n) {
    let field = "";
    let quoted = false;
    if (s[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        const q = s.indexOf('"', i);
        if (q < 0) {
          field += s.slice(i);
          i = n;
          break;
        }
        field += s.slice(i, q);
        if (s[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      // Anything between the closing quote and the delimiter is kept, as spreadsheet programs do.
      while (i < n && s[i] !== delimiter && s[i] !== "\n" && s[i] !== "\r") field += s[i++];
    } else {
      let j = i;
      while (j < n && s[j] !== delimiter && s[j] !== "\n" && s[j] !== "\r") j++;
      field = s.slice(i, j);
      i = j;
    }
    push(field, quoted);
    if (i >= n) break;
    if (s[i] === delimiter) {
      i++;
      if (i >= n) push("", false);
      continue;
    }
    if (s[i] === "\r" && s[i + 1] === "\n") i++;
    i++;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function field(cell: TableCell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  const s = _defuseFormula(cell);
  return s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : _csvField(s);
}

/**
 * Writes a grid as CSV for spreadsheet programs: a UTF-8 byte-order mark (so Excel and WPS
 * read Chinese text), CRLF line ends, quotes where needed, dates as `YYYY-MM-DD` (their UTC
 * date), and text whose first printing character starts a formula (`=`, `+`, `-`, `@`, a
 * tab or line break, or their full-width forms) guarded by a leading `'` — the checklists'
 * CSV guard — so it is never run as a formula; {@link parseCsv} removes the guard again.
 *
 * @param rows - The rows, header first.
 * @returns The CSV text, starting with U+FEFF.
 * @example
 * ```ts
 * tableToCsv([["姓名", "说明"], ["陈静", "=1+1"]]); // "\uFEFF姓名,说明\r\n陈静,'=1+1\r\n"
 * ```
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
export function tableToCsv(rows: readonly (readonly TableCell[])[]): string {
  let out = "\uFEFF";
  for (const r of rows) out += `${r.map(field).join(",")}\r\n`;
  return out;
}
