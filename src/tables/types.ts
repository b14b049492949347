/**
 * The shapes of the spreadsheet mapping: cells, rows, tables, the workbook description and
 * the located issues. Pure types; the xlsx and CSV I/O lives outside the package entry.
 */

/**
 * 单元格 — a cell value as spreadsheet readers give it: text, a number (an Excel serial
 * number in a date column), a boolean, a `Date` (a date cell; read by its UTC calendar
 * date, as xlsx readers produce a serial day at UTC midnight), or empty (`null` /
 * `undefined` / `""`).
 */
export type TableCell = string | number | boolean | Date | null | undefined;

/** 行 — one row keyed by header text (`{ "姓名": "陈静", "任职日期": "2023-06-01" }`). */
export type TableRow = Readonly<Record<string, TableCell>>;

/**
 * 表 — the rows of one sheet, in either form:
 * - rows keyed by header text ({@link TableRow}[]): row `i` is spreadsheet row `i + 2`
 *   (the header is row 1), and the columns are lettered in the order the headers first
 *   appear;
 * - a grid (`TableCell[][]`) as the sheet shows it, header row included: the header is
 *   the first of the first 10 rows that holds a known header (rows above it, such as a
 *   title, are skipped), and positions give the row numbers and column letters.
 */
export type Table = readonly TableRow[] | readonly (readonly TableCell[])[];

/** 工作簿 — the tables of a workbook, keyed by sheet name (`{ 单位: …, 人员: … }`). */
export type Tables = Readonly<Record<string, Table>>;

/** How a column's cells are read and written. */
export type ColumnKind = "text" | "id" | "date" | "integer" | "number" | "boolean" | "enum" | "enum-list";

/** One value of an enumeration as a sheet shows it. */
export interface EnumerationValue {
  /** The code the data model stores (`"major"`). */
  readonly value: string;
  /** The Chinese label a cell shows and the dropdown offers (`"重大"`). */
  readonly label: string;
  /** The English label. */
  readonly labelEn: string;
  /** Other spellings accepted on import: the code, the English label, longer or shorter Chinese forms. */
  readonly aliases: readonly string[];
}

/** 代码表 — the values of one enumeration with the labels a sheet shows. */
export interface EnumerationSpec {
  /** Its id, e.g. `"riskSeverity"`. */
  readonly id: string;
  /** The values, in the data model's order. */
  readonly values: readonly EnumerationValue[];
  /** For a list column (`enum-list`), the entries of its dropdown: each value, and the combinations, joined by `、`. */
  readonly dropdown: readonly string[];
}

/** 列 — one column of a sheet. */
export interface ColumnSpec {
  /** 表头 — the Chinese header the template writes. */
  readonly header: string;
  /** The field it fills, a dotted path inside the sheet's item (`"from"`, `"products.mandatoryStandard"`); `unitId` / `unitUscc` / `unitName` name the unit of a child row. */
  readonly field: string;
  /** Other headers accepted on import (the English field name among them). */
  readonly aliases: readonly string[];
  /** How cells are read and written. */
  readonly kind: ColumnKind;
  /** For `enum` and `enum-list`: the id of its enumeration in {@link WorkbookSpec.enumerations}. */
  readonly enumeration?: string;
  /** Whether a row must fill it. */
  readonly required: boolean;
  /** Column width, in characters. */
  readonly width: number;
  /** The cell number format writers use: `"yyyy-mm-dd"` for dates, `"@"` (text) for ids and codes. */
  readonly format?: string;
  /** 含义 — what it means, in Chinese (from the data model's field description). */
  readonly note: string;
  /** What it means, in English. */
  readonly noteEn: string;
}

/** 工作表 — one sheet of the workbook. */
export interface SheetSpec {
  /** The sheet name, e.g. `"人员"`. */
  readonly name: string;
  /** Other names accepted on import (the model's list name among them, e.g. `"people"`). */
  readonly aliases: readonly string[];
  /** What its rows fill: `"dataset"`, `"units"`, or the unit's list (`"people"`, `"products.licences"`, …). */
  readonly lists: readonly string[];
  /** Whether each row names its unit (by 单位编号 or 统一社会信用代码). */
  readonly child: boolean;
  /** 说明 — what the sheet holds, and the clause that asks for it. */
  readonly note: string;
  /** What the sheet holds, in English. */
  readonly noteEn: string;
  /** The clause it implements. */
  readonly source: string;
  /** The columns, in template order. */
  readonly columns: readonly ColumnSpec[];
}

/** 工作簿说明 — what {@link workbookSpec} returns: everything a writer needs for the template. */
export interface WorkbookSpec {
  /** The data sheets, in workbook order. */
  readonly sheets: readonly SheetSpec[];
  /** The enumerations, by id. */
  readonly enumerations: Readonly<Record<string, EnumerationSpec>>;
  /** The name of the notes sheet (`"说明"`), skipped on import. */
  readonly notesSheet: string;
  /** Headers that are accepted and ignored in any sheet (`序号`, `备注`). */
  readonly ignoredHeaders: readonly string[];
}

/** Where an issue is: the sheet, the 1-based row, the column letter and its header. */
export interface TableLocation {
  /** 工作表 */
  sheet: string;
  /** 行号 (1-based, as the spreadsheet numbers rows; for CSV, the record number). */
  row: number;
  /** 列 — the column letter (`"C"`), or `null` when the issue is about a whole row or sheet. */
  column: string | null;
  /** 表头 — the header text of that column, or `null`. */
  header: string | null;
}

/**
 * The codes of the issues that reading tables finds:
 * - sheets and headers: `unknown_sheet` (a sheet with data that is no sheet of the
 *   workbook), `no_header` (no known header in its first 10 rows), `unknown_column`,
 *   `duplicate_column`, `missing_column` (a required column absent);
 * - cells: `invalid_date`, `invalid_number`, `invalid_integer`, `invalid_boolean`,
 *   `invalid_enum`, `expected_text` (a date or boolean where text belongs),
 *   `unsafe_number` (a number too long to keep every digit: enter it as text);
 * - units: `missing_unit_ref` (a child row names no unit), `unknown_unit`,
 *   `unit_ref_mismatch` (its 单位编号 and 统一社会信用代码 name different units),
 *   `ambiguous_unit` (its 统一社会信用代码 belongs to several units), `duplicate_unit`;
 * - `not_applicable`: a value in a column the row's kind does not have (a 证书状态 on a
 *   production licence).
 */
export type TableIssueCode =
  | "unknown_sheet"
  | "no_header"
  | "unknown_column"
  | "duplicate_column"
  | "missing_column"
  | "invalid_date"
  | "invalid_number"
  | "invalid_integer"
  | "invalid_boolean"
  | "invalid_enum"
  | "expected_text"
  | "unsafe_number"
  | "missing_unit_ref"
  | "unknown_unit"
  | "unit_ref_mismatch"
  | "ambiguous_unit"
  | "duplicate_unit"
  | "not_applicable";

/**
 * 问题 — a problem found in the tables, at its cell. Reading problems carry a
 * {@link TableIssueCode}; problems the data model's validation finds (a USCC check
 * character, a person who is not of the unit, …) carry `validate`'s code and the JSON
 * `pointer` inside the unit, located back at the cell the value came from.
 */
export interface TableIssue extends TableLocation {
  /** `人员!C5`, `人员!5` (a whole row) or `人员` (the sheet). */
  ref: string;
  /** A {@link TableIssueCode}, or the code `validate` gave. */
  code: TableIssueCode | (string & {});
  /** What the messages are built from (received, allowed labels, …). */
  params: Readonly<Record<string, unknown>>;
  /** 中文说明, with the hint (e.g. the allowed labels). */
  message: string;
  /** English message. */
  messageEn: string;
  /** The unit the row belongs to, when known. */
  unitId?: string;
  /** For validation issues: the JSON pointer inside the unit (`/people/0/from`). */
  pointer?: string;
}

/** What {@link datasetFromTables} returns. */
export interface DatasetFromTablesResult<D> {
  /** The data set: every unit whose rows are all readable and valid, parsed (lists and flags filled in), in the order of the 单位 sheet. */
  dataset: D;
  /** Every problem, located; units with any are left out of `dataset`, never silently. */
  issues: TableIssue[];
  /** The ids of the units left out (in sheet order). */
  rejectedUnits: string[];
}
