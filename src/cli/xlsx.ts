/**
 * Reading and writing .xlsx workbooks for the CLI: read-excel-file reads every sheet as a
 * grid of cells, write-excel-file writes sheets with widths, a frozen header, number
 * formats and styles; the two things it leaves to "features" — dropdown validation lists
 * and autofilters — are added to each sheet's XML here, in the element order of ECMA-376
 * Part 1 §18.3.1.99 (CT_Worksheet: … sheetData, …, autoFilter, …, dataValidations, …).
 *
 * Why these two packages (issue 16): maintained (releases in 2026), small (3.4 MB and
 * 2.9 MB unpacked, 6 and 1 dependencies), usable in browsers (both have `/browser` and
 * `/universal` builds) and no known advisory — where exceljs 4.4.0 is unmaintained since
 * 2023 with open denial-of-service and prototype-pollution advisories (CVE-2026-128338 …
 * 128344, CVE-2026-78207) and the registry's `xlsx` 0.18.5 has unpatched ones.
 */
// read-excel-file and write-excel-file are loaded when a workbook is read or written
// (import() below): loading them takes longer than starting qsd without them.
import type { ColumnKind, TableCell } from "../index";
import { CliError } from "./errors";

/** A column of a sheet to write. */
export interface XlsxColumn {
  /** Width in characters. */
  width: number;
  /** How cells are written: `date` cells get the date format, `id` the text format `@`. */
  kind?: ColumnKind;
  /** A dropdown validation list for the column's data cells (entries of at most 255 characters in all). */
  dropdown?: readonly string[];
  /** Show the header in red (a required column). */
  required?: boolean;
}

/** A sheet to write. */
export interface XlsxSheet {
  /** The sheet name (at most 31 characters; `[]:*?/\` are replaced). */
  name: string;
  /** The rows, header first. */
  rows: readonly (readonly TableCell[])[];
  /** The columns (width, kind, dropdown). */
  columns: readonly XlsxColumn[];
  /** Add an autofilter over the header and the rows. */
  autoFilter?: boolean;
  /** Empty rows to write with the column formats already set (a template to type into). */
  blankRows?: number;
  /** Freeze the header row (default true when there is more than one row or `blankRows`). */
  freezeHeader?: boolean;
}

/** The number format of date cells. */
export const DATE_FORMAT = "yyyy-mm-dd";
/** How far down dropdown lists reach when the sheet has fewer rows (a template). */
const VALIDATION_ROWS = 5000;

/** A sheet name Excel accepts: no `[]:*?/\`, at most 31 characters, unique in the workbook. */
export function safeSheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, " ").trim().slice(0, 31) || "Sheet";
  let n = base;
  for (let i = 2; taken.has(n.toLowerCase()); i++) n = `${base.slice(0, 31 - String(i).length - 1)}~${i}`;
  taken.add(n.toLowerCase());
  return n;
}

function letter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The autofilter and dropdown lists of a sheet, as the XML that goes after `</sheetData>`. */
function afterSheetData(sheet: XlsxSheet): string {
  const lastRow = Math.max(sheet.rows.length, 1 + (sheet.blankRows ?? 0));
  let xml = "";
  if (sheet.autoFilter && sheet.columns.length > 0) xml += `<autoFilter ref="A1:${letter(sheet.columns.length - 1)}${lastRow}"/>`;
  const lists = sheet.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.dropdown && c.dropdown.length > 0);
  if (lists.length > 0) {
    const to = Math.max(lastRow, VALIDATION_ROWS);
    xml += `<dataValidations count="${lists.length}">`;
    for (const { c, i } of lists) {
      // An inline list: entries joined by commas, in quotes, at most 255 characters (Excel's limit).
      const formula = `"${c.dropdown!.join(",")}"`;
      xml +=
        `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="warning" ` +
        `errorTitle="${escapeXml("请从列表中选择")}" error="${escapeXml(`应为：${c.dropdown!.join(" / ")}`)}" sqref="${letter(i)}2:${letter(i)}${to}">` +
        `<formula1>${escapeXml(formula)}</formula1></dataValidation>`;
    }
    xml += "</dataValidations>";
  }
  return xml;
}

type Cell = { value?: unknown; type?: unknown; format?: string; fontWeight?: "bold"; backgroundColor?: string; textColor?: string; wrap?: boolean } | null;

function cellFor(value: TableCell, kind: ColumnKind | undefined): Cell {
  const format = kind === "date" ? DATE_FORMAT : kind === "id" ? "@" : undefined;
  if (value === null || value === undefined || value === "") return format ? { type: kind === "date" ? Date : String, format } : null;
  if (value instanceof Date) return { value, type: Date, format: DATE_FORMAT };
  if (typeof value === "number") return { value, type: Number };
  if (typeof value === "boolean") return { value, type: Boolean };
  return format === "@" ? { value, type: String, format } : { value, type: String };
}

/**
 * Writes a workbook: each sheet with its column widths, a bold header (red for required
 * columns), the header row frozen, date cells in `yyyy-mm-dd`, id and code columns in
 * text format, dropdown validation lists and an optional autofilter.
 *
 * @param sheets - The sheets, in order.
 * @returns The .xlsx bytes.
 * @example
 * ```ts
 * await writeFile("book.xlsx", await writeXlsx([{ name: "人员", rows: [["姓名"], ["陈静"]], columns: [{ width: 10 }] }]));
 * ```
 */
export async function writeXlsx(sheets: readonly XlsxSheet[]): Promise<Uint8Array> {
  const taken = new Set<string>();
  const named = sheets.map((s) => ({ ...s, name: safeSheetName(s.name, taken) }));
  const byIndex = named;
  const data = named.map((s) => {
    const rows: Cell[][] = s.rows.map((r, ri) =>
      ri === 0
        ? r.map((v, ci) => ({ value: v === null || v === undefined ? "" : String(v), type: String, fontWeight: "bold" as const, backgroundColor: "#DDEBF7", ...(s.columns[ci]?.required ? { textColor: "#C00000" } : {}) }))
        : s.columns.length > 0
          ? s.columns.map((c, ci) => cellFor(r[ci], c.kind)).concat(r.slice(s.columns.length).map((v) => cellFor(v, undefined)))
          : r.map((v) => cellFor(v, undefined)),
    );
    for (let i = 0; i < (s.blankRows ?? 0); i++) rows.push(s.columns.map((c) => cellFor(null, c.kind)));
    const freeze = s.freezeHeader ?? (s.rows.length > 1 || (s.blankRows ?? 0) > 0);
    return {
      data: rows as never,
      sheet: s.name,
      columns: s.columns.map((c) => ({ width: c.width })),
      ...(freeze ? { stickyRowsCount: 1 } : {}),
    };
  });
  const feature = {
    files: {
      transform: {
        "xl/worksheets/sheet{id}.xml": {
          transform: (content: string, _options: unknown, properties: { sheetIndex: number }) => {
            const extra = afterSheetData(byIndex[properties.sheetIndex]!);
            if (extra === "") return content;
            const at = content.indexOf("</sheetData>");
            if (at >= 0) return content.slice(0, at + 12) + extra + content.slice(at + 12);
            return content.replace("<sheetData/>", `<sheetData/>${extra}`);
          },
        },
      },
    },
  };
  const { default: writeXlsxFile } = await import("write-excel-file/node");
  const result = await writeXlsxFile(data as never, { features: [feature as never] });
  const buffer = await result.toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * Reads every sheet of a workbook as a grid of cells (text, numbers, booleans, dates as
 * `Date` at UTC midnight), row 1 first, as the spreadsheet numbers its rows.
 *
 * @param bytes - The .xlsx bytes.
 * @param name - The file name, for messages.
 * @returns The sheets by name.
 * @throws {CliError} (exit 2) when the bytes are not a readable .xlsx workbook.
 * @example
 * ```ts
 * const tables = await readXlsx(await readFile("book.xlsx"), "book.xlsx");
 * ```
 */
export async function readXlsx(bytes: Uint8Array, name: string): Promise<Record<string, TableCell[][]>> {
  let sheets: { sheet: string; data: unknown[][] }[];
  const { default: readXlsxFile } = await import("read-excel-file/node");
  try {
    sheets = (await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { trim: false })) as never;
  } catch (e) {
    const why = (e as Error).message;
    throw new CliError(`无法读取 ${name}：不是有效的 .xlsx 工作簿（${why}）`, `cannot read ${name}: not a valid .xlsx workbook (${why})`);
  }
  const out: Record<string, TableCell[][]> = {};
  for (const s of sheets) out[s.sheet] = s.data as TableCell[][];
  return out;
}
