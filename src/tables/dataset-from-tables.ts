import type { Dataset, Unit } from "../entities";
import type { Policy } from "../policy";
import { validate } from "../validation";
import { _columnLetter, _isEmptyCell, _labelKey, _readBoolean, _readDate, _readEnum, _readEnumList, _readNumber, _readText, _showCell, type _Read } from "./cells";
import { _tableMessages, type _TableParams } from "./messages";
import { _IGNORED_HEADERS, _NOTES_SHEET, _workbook } from "./spec";
import type { ColumnSpec, DatasetFromTablesResult, SheetSpec, Table, TableCell, TableIssue, TableIssueCode, Tables, WorkbookSpec } from "./types";

/** Options of {@link datasetFromTables}. */
export interface DatasetFromTablesOptions {
  /** Also check what this policy decides (credit classes), as `validate(kind, input, { policy })` does. */
  policy?: Policy;
}

/** How many rows at the top of a grid are searched for the header row. */
const HEADER_SEARCH_ROWS = 10;

/** A column found in a table: its position, header and spec. */
interface Found {
  index: number;
  letter: string;
  header: string;
  spec: ColumnSpec;
}

/** A table, read: its sheet, header row, columns by field, and the rows to read. */
interface ReadTable {
  sheet: SheetSpec;
  name: string;
  headerRow: number;
  byField: Map<string, Found>;
  columns: Found[];
  /** Fields of required columns that are absent (their row-level issues are not repeated). */
  missing: Set<string>;
  rows: { row: number; cells: (i: number) => TableCell; raw?: readonly TableCell[] }[];
}

/** Where an item of a unit came from: its sheet, row and the table's columns. */
interface Place {
  table: ReadTable;
  row: number;
}

/** A unit being built. */
interface UnitBuild {
  id: string | undefined;
  uscc: string | undefined;
  value: Record<string, unknown>;
  places: Map<string, Place>;
  issues: TableIssue[];
  /** Refs of cells that already have an issue (validation does not repeat them). */
  flagged: Set<string>;
  rejected: boolean;
}

function issueAt(sheet: string, row: number, found: { letter: string; header: string } | undefined, code: TableIssueCode | string, params: Readonly<Record<string, unknown>>, text: { message: string; messageEn: string }): TableIssue {
  const column = found?.letter ?? null;
  const ref = row > 0 ? `${sheet}!${column ?? ""}${row}` : sheet;
  return { sheet, row, column, header: found?.header ?? null, ref, code, params, message: text.message, messageEn: text.messageEn };
}

function tableIssue(sheet: string, row: number, found: { letter: string; header: string } | undefined, code: TableIssueCode, params: _TableParams): TableIssue {
  return issueAt(sheet, row, found, code, params as Readonly<Record<string, unknown>>, _tableMessages(code, params));
}

/** Sheet and header lookups, built once per spec. */
const lookups = new WeakMap<WorkbookSpec, { sheets: Map<string, SheetSpec>; headers: Map<SheetSpec, Map<string, ColumnSpec>> }>();

function lookupsOf(spec: WorkbookSpec) {
  let l = lookups.get(spec);
  if (!l) {
    const sheets = new Map<string, SheetSpec>();
    const headers = new Map<SheetSpec, Map<string, ColumnSpec>>();
    for (const s of spec.sheets) {
      for (const n of [s.name, ...s.aliases]) sheets.set(_labelKey(n), s);
      const h = new Map<string, ColumnSpec>();
      // A column's own header and field name first, then the other spellings (never taking another column's name).
      for (const c of s.columns) for (const n of [c.header, c.field]) h.set(_labelKey(n), c);
      for (const c of s.columns) for (const n of c.aliases) if (!h.has(_labelKey(n))) h.set(_labelKey(n), c);
      headers.set(s, h);
    }
    l = { sheets, headers };
    lookups.set(spec, l);
  }
  return l;
}

const IGNORED = new Set(_IGNORED_HEADERS.map(_labelKey));

/** The column a header names: exactly, or by any of its parts (`姓名 name`, `姓名（name）`, `姓名/name`); `null` for an ignored header. */
function columnOf(header: string, headers: Map<string, ColumnSpec>): ColumnSpec | null | undefined {
  const key = _labelKey(header.replace(/[*＊]+$/, ""));
  if (IGNORED.has(key)) return null;
  const exact = headers.get(key);
  if (exact) return exact;
  let found: ColumnSpec | undefined;
  for (const part of header.split(/[\s/|()（）\[\]【】:：,，、]+/)) {
    if (part === "") continue;
    const c = headers.get(_labelKey(part.replace(/[*＊]+$/, "")));
    if (c && found && c !== found) return undefined;
    if (c) found = c;
  }
  return found;
}

function headerText(cell: TableCell): string | undefined {
  if (_isEmptyCell(cell)) return undefined;
  return cell instanceof Date ? _showCell(cell) : String(cell).trim();
}

/** Reads a table's header row and the cells of its rows, in either form. */
function readTable(name: string, sheet: SheetSpec, table: Table, headers: Map<string, ColumnSpec>, issues: TableIssue[]): ReadTable | undefined {
  let headerCells: TableCell[];
  let headerRow: number;
  const rows: ReadTable["rows"] = [];
  if (table.length > 0 && !Array.isArray(table[0])) {
    // Rows keyed by header: the columns in the order the headers first appear.
    const order = new Map<string, number>();
    for (const r of table as readonly Record<string, TableCell>[]) for (const k in r) if (!order.has(k)) order.set(k, order.size);
    headerCells = [...order.keys()];
    headerRow = 1;
    (table as readonly Record<string, TableCell>[]).forEach((r, i) => {
      const keys = headerCells as string[];
      rows.push({ row: i + 2, cells: (c) => r[keys[c]!] });
    });
  } else {
    const grid = table as readonly (readonly TableCell[])[];
    let at = -1;
    for (let i = 0; i < Math.min(grid.length, HEADER_SEARCH_ROWS) && at < 0; i++) {
      const r = grid[i] ?? [];
      for (const cell of r) {
        const h = headerText(cell);
        if (h !== undefined && columnOf(h, headers)) {
          at = i;
          break;
        }
      }
    }
    if (at < 0) {
      if (grid.some((r) => (r ?? []).some((c) => !_isEmptyCell(c)))) issues.push(tableIssue(name, 1, undefined, "no_header", {}));
      return undefined;
    }
    headerCells = [...(grid[at] ?? [])];
    headerRow = at + 1;
    for (let i = at + 1; i < grid.length; i++) {
      const r = grid[i] ?? [];
      rows.push({ row: i + 1, cells: (c) => r[c], raw: r });
    }
  }
  const byField = new Map<string, Found>();
  const columns: Found[] = [];
  const known = new Set<number>();
  headerCells.forEach((cell, index) => {
    const header = headerText(cell);
    if (header === undefined) return;
    const letter = _columnLetter(index);
    const spec = columnOf(header, headers);
    known.add(index);
    if (spec === null) return;
    if (spec === undefined) {
      issues.push(tableIssue(name, headerRow, { letter, header }, "unknown_column", { header }));
      return;
    }
    const earlier = byField.get(spec.field);
    if (earlier) {
      issues.push(tableIssue(name, headerRow, { letter, header }, "duplicate_column", { header, firstColumn: earlier.letter }));
      return;
    }
    const found = { index, letter, header, spec };
    byField.set(spec.field, found);
    columns.push(found);
  });
  // Rows with nothing in them are skipped; data under no header is an unknown column (never dropped silently).
  const headless = new Set<number>();
  const nonEmpty = rows.filter((r) => {
    let any = false;
    const width = r.raw ? r.raw.length : headerCells.length;
    for (let c = 0; c < width; c++) {
      if (_isEmptyCell(r.cells(c))) continue;
      any = true;
      if (!known.has(c)) headless.add(c);
    }
    return any;
  });
  for (const c of [...headless].sort((a, b) => a - b)) issues.push(tableIssue(name, headerRow, { letter: _columnLetter(c), header: "" }, "unknown_column", { header: "（空）" }));
  const missing = new Set<string>();
  if (nonEmpty.length > 0) {
    for (const c of sheet.columns) {
      if (!c.required || byField.has(c.field)) continue;
      const fallback = sheet.columns.find((d) => d.field === _defaultFrom(sheet, c.field));
      if (fallback && byField.has(fallback.field)) continue;
      missing.add(c.field);
      issues.push(tableIssue(name, headerRow, undefined, "missing_column", { header: c.header }));
    }
    if (sheet.child && !byField.has("unitId") && !byField.has("unitUscc")) {
      missing.add("unitId");
      issues.push(tableIssue(name, headerRow, undefined, "missing_column", { header: "单位编号" }));
    }
  }
  return { sheet, name, headerRow, byField, columns, missing, rows: nonEmpty };
}

/** The field a column defaults from when empty (单位编号 ← 统一社会信用代码, 人员编号 ← 姓名), as the sheet entry says. */
function _defaultFrom(sheet: SheetSpec, field: string): string | undefined {
  let m = defaultFromCache.get(sheet.name);
  if (!m) {
    m = new Map();
    for (const c of _workbook().entries.find((e) => e.name === sheet.name)?.columns ?? []) if (c.defaultFrom !== undefined) m.set(c.field, c.defaultFrom);
    defaultFromCache.set(sheet.name, m);
  }
  return m.get(field);
}
const defaultFromCache = new Map<string, Map<string, string>>();

/** The columns that apply to one kind of row only (证书状态: CCC certificates), by sheet name. */
const onlyForCache = new Map<string, Map<string, string>>();
function onlyForOf(sheet: string): Map<string, string> {
  let m = onlyForCache.get(sheet);
  if (!m) {
    m = new Map();
    for (const c of _workbook().entries.find((e) => e.name === sheet)?.columns ?? []) if (c.onlyFor !== undefined) m.set(c.field, c.onlyFor);
    onlyForCache.set(sheet, m);
  }
  return m;
}

/** Reads one cell by its column's kind. */
function readCell(cell: TableCell, spec: ColumnSpec, enums: WorkbookSpec["enumerations"]): _Read<unknown> {
  switch (spec.kind) {
    case "date":
      return _readDate(cell);
    case "integer":
      return _readNumber(cell, true);
    case "number":
      return _readNumber(cell, false);
    case "boolean":
      return _readBoolean(cell, enums[spec.enumeration ?? "boolean"]!);
    case "enum":
      return _readEnum(cell, enums[spec.enumeration!]!);
    case "enum-list":
      return _readEnumList(cell, enums[spec.enumeration!]!);
    default:
      return _readText(cell);
  }
}

function setPath(target: Record<string, unknown>, field: string, value: unknown): void {
  const keys = field.split(".");
  let o = target;
  for (let i = 0; i < keys.length - 1; i++) o = (o[keys[i]!] ??= {}) as Record<string, unknown>;
  o[keys[keys.length - 1]!] = value;
}

function pushPath(target: Record<string, unknown>, list: string, item: unknown): number {
  const keys = list.split(".");
  let o = target;
  for (let i = 0; i < keys.length - 1; i++) o = (o[keys[i]!] ??= {}) as Record<string, unknown>;
  const arr = (o[keys[keys.length - 1]!] ??= []) as unknown[];
  arr.push(item);
  return arr.length - 1;
}

/**
 * Reads a workbook's tables into a data set — the mapping of the 台账 regulators keep
 * (one sheet per list of the model, Chinese headers, labels for enumerations, date cells)
 * onto {@link Dataset}. Sheets are found by name (`人员`, or the model's list name
 * `people`); headers by their Chinese text, the English field name, or a header carrying
 * both (`姓名 name`); `序号` and `备注` columns are ignored. Child rows name their unit by
 * 单位编号 or 统一社会信用代码. Enumerations are read from their Chinese labels, other
 * spellings or codes; dates from date cells, Excel serial numbers, or text `2024-05-10`,
 * `2024/5/10`, `2024年5月10日`; booleans from 是/否. Empty 单位编号 defaults to the
 * 统一社会信用代码 and empty 人员编号 to the 姓名; a 记录人 / 被考核人员 that is the name of
 * exactly one person of the unit is read as that person.
 *
 * Every problem is a located {@link TableIssue} (`人员!C5`): an unknown sheet or header, a
 * cell that cannot be read (with the labels allowed), a child row whose unit does not
 * exist, a unit id twice, and whatever `validate("unit")` finds, pointed back at the cell.
 * A unit with any problem is left out of the data set and listed in `rejectedUnits`; rows
 * are never dropped silently. Linear in the number of cells.
 *
 * @param tables - The sheets, by name: rows keyed by header, or grids with their header row.
 * @param options - See {@link DatasetFromTablesOptions}.
 * @returns The data set of the valid units, the issues, and the ids of the units left out.
 * @example
 * ```ts
 * const { dataset, issues } = datasetFromTables({
 *   单位: [{ 单位编号: "U1", 单位名称: "南京示例有限公司", 统一社会信用代码: "91320100MA1XXXXX0X", 主体角色: "生产单位" }],
 *   人员: [{ 单位编号: "U1", 姓名: "陈静", 岗位: "质量安全总监", 任职日期: "2023/6/1" }],
 * });
 * issues.map((i) => `${i.ref} ${i.message}`); // e.g. ["单位!C2 统一社会信用代码…"]
 * ```
 * @see 宁市监质监〔2023〕146号 一（五）、附件2 2.1–2.2
 */
export function datasetFromTables(tables: Tables, options: DatasetFromTablesOptions = {}): DatasetFromTablesResult<Dataset> {
  const { spec } = _workbook();
  const { sheets, headers } = lookupsOf(spec);
  const issues: TableIssue[] = [];
  const read: ReadTable[] = [];
  const knownNames = spec.sheets.map((s) => s.name);
  for (const name of Object.keys(tables)) {
    const table = tables[name]!;
    if (name.trim() === _NOTES_SHEET || name.trim().startsWith("_")) continue;
    const sheet = sheets.get(_labelKey(name));
    if (!sheet) {
      const hasData = table.some((r) => (Array.isArray(r) ? (r as TableCell[]).some((c) => !_isEmptyCell(c)) : Object.values(r as object).some((c) => !_isEmptyCell(c as TableCell))));
      if (hasData) issues.push(tableIssue(name, 0, undefined, "unknown_sheet", { sheets: knownNames }));
      continue;
    }
    const t = readTable(name, sheet, table, headers.get(sheet)!, issues);
    if (t) read.push(t);
  }
  const order = (t: ReadTable) => spec.sheets.indexOf(t.sheet);
  read.sort((a, b) => order(a) - order(b));

  const units: UnitBuild[] = [];
  const byId = new Map<string, UnitBuild>();
  const byUscc = new Map<string, UnitBuild | null>();
  let asOf: string | undefined;

  const cellIssue = (unit: UnitBuild | undefined, t: ReadTable, row: number, f: Found | undefined, code: TableIssueCode, params: _TableParams) => {
    const issue = tableIssue(t.name, row, f, code, params);
    if (unit) {
      if (unit.id !== undefined) issue.unitId = unit.id;
      unit.issues.push(issue);
      unit.rejected = true;
      unit.flagged.add(issue.ref);
    } else issues.push(issue);
  };

  /** Reads a row's model fields into an item; problems go to `unit` (or the loose issues). */
  const readRow = (t: ReadTable, r: ReadTable["rows"][number], unit: UnitBuild | undefined, rowKind?: { code: string; label: string }): Record<string, unknown> => {
    const item: Record<string, unknown> = {};
    const onlyFor = onlyForOf(t.sheet.name);
    for (const f of t.columns) {
      const field = f.spec.field;
      if (field === "unitId" || field === "unitUscc" || field === "unitName" || (rowKind && f.spec.enumeration === "certificateKind")) continue;
      const cell = r.cells(f.index);
      const only = onlyFor.get(field);
      if (only !== undefined && rowKind && rowKind.code !== only) {
        if (!_isEmptyCell(cell)) cellIssue(unit, t, r.row, f, "not_applicable", { header: f.header, rowKind: rowKind.label });
        continue;
      }
      const got = readCell(cell, f.spec, spec.enumerations);
      if (got === undefined) continue;
      if (!got.ok) {
        cellIssue(unit, t, r.row, f, got.code, got.params);
        continue;
      }
      setPath(item, field, got.value);
    }
    const from = _defaultFrom(t.sheet, "id");
    if (from !== undefined && item.id === undefined && typeof item[from] === "string") item.id = item[from];
    return item;
  };

  // Units first (their rows define the ids child rows refer to), and the data set's own row.
  for (const t of read) {
    const list = t.sheet.lists[0];
    if (list === "dataset") {
      for (const r of t.rows) {
        const item = readRow(t, r, undefined);
        if (typeof item.asOf === "string") asOf ??= item.asOf;
      }
      continue;
    }
    if (list !== "units") continue;
    for (const r of t.rows) {
      const build: UnitBuild = { id: undefined, uscc: undefined, value: {}, places: new Map(), issues: [], flagged: new Set(), rejected: false };
      // The id first, so the row's issues name their unit.
      const idCol = t.byField.get("id");
      const usccCol = t.byField.get("uscc");
      const id = idCol ? _readText(r.cells(idCol.index)) : undefined;
      const uscc = usccCol ? _readText(r.cells(usccCol.index)) : undefined;
      build.id = id?.ok ? id.value : uscc?.ok ? uscc.value : undefined;
      build.uscc = uscc?.ok ? uscc.value : undefined;
      build.value = readRow(t, r, build);
      build.places.set("", { table: t, row: r.row });
      if (build.id !== undefined) {
        const first = byId.get(build.id);
        if (first) {
          const firstPlace = first.places.get("")!;
          const issue = tableIssue(t.name, r.row, idCol ?? usccCol, "duplicate_unit", { unit: build.id, firstRow: firstPlace.row });
          issue.unitId = build.id;
          first.issues.push(issue);
          first.rejected = true;
          continue;
        }
        byId.set(build.id, build);
      }
      if (build.uscc !== undefined) byUscc.set(build.uscc, byUscc.has(build.uscc) ? null : build);
      units.push(build);
    }
  }

  // Child rows, attached to their unit.
  for (const t of read) {
    if (!t.sheet.child) continue;
    const idCol = t.byField.get("unitId");
    const usccCol = t.byField.get("unitUscc");
    const kindCol = t.sheet.lists.length > 1 ? t.columns.find((f) => f.spec.enumeration === "certificateKind") : undefined;
    const kindEnum = kindCol ? spec.enumerations[kindCol.spec.enumeration!]! : undefined;
    for (const r of t.rows) {
      const id = idCol ? _readText(r.cells(idCol.index)) : undefined;
      const uscc = usccCol ? _readText(r.cells(usccCol.index)) : undefined;
      let unit: UnitBuild | undefined;
      if (id && !id.ok) cellIssue(undefined, t, r.row, idCol, id.code, id.params);
      else if (uscc && !uscc.ok) cellIssue(undefined, t, r.row, usccCol, uscc.code, uscc.params);
      else if (id?.ok) {
        unit = byId.get(id.value);
        const other = uscc?.ok ? byUscc.get(uscc.value) : undefined;
        if (!unit) cellIssue(undefined, t, r.row, idCol, "unknown_unit", { unit: id.value });
        else if (uscc?.ok && unit.uscc !== uscc.value) {
          cellIssue(undefined, t, r.row, usccCol, "unit_ref_mismatch", { unit: id.value, otherUnit: other?.id ?? uscc.value });
          unit = undefined;
        }
      } else if (uscc?.ok) {
        const found = byUscc.get(uscc.value);
        if (found === null) cellIssue(undefined, t, r.row, usccCol, "ambiguous_unit", { unit: uscc.value });
        else if (found === undefined) cellIssue(undefined, t, r.row, usccCol, "unknown_unit", { unit: uscc.value });
        else unit = found;
      } else cellIssue(undefined, t, r.row, idCol ?? usccCol, "missing_unit_ref", {});
      if (!unit) continue;
      let list = t.sheet.lists[0]!;
      let rowKind: { code: string; label: string } | undefined;
      if (kindCol && kindEnum) {
        const k = _readEnum(r.cells(kindCol.index), kindEnum);
        if (k === undefined) {
          if (!t.missing.has(kindCol.spec.field)) cellIssue(unit, t, r.row, kindCol, "invalid_enum", { received: "", allowed: kindEnum.values.map((v) => v.label) });
          continue;
        }
        if (!k.ok) {
          cellIssue(unit, t, r.row, kindCol, k.code, k.params);
          continue;
        }
        const i = kindEnum.values.findIndex((v) => v.value === k.value);
        list = t.sheet.lists[i] ?? list;
        rowKind = { code: k.value, label: kindEnum.values[i]!.label };
      }
      const item = readRow(t, r, unit, rowKind);
      const index = pushPath(unit.value, list, item);
      unit.places.set(`/${list.replace(/\./g, "/")}/${index}`, { table: t, row: r.row });
    }
  }

  // A 记录人 / 被考核人员 given by name: the one person of the unit with that name.
  const personRefs = new Map<string, string[]>();
  for (const e of _workbook().entries) for (const c of e.columns) if (c.personRef) (personRefs.get(e.lists[0]!) ?? personRefs.set(e.lists[0]!, []).get(e.lists[0]!)!).push(c.field);
  for (const u of units) {
    const people = (u.value.people as { id?: unknown; name?: unknown }[] | undefined) ?? [];
    if (people.length === 0) continue;
    const ids = new Set(people.map((p) => p.id));
    const byName = new Map<unknown, unknown>();
    for (const p of people) byName.set(p.name, byName.has(p.name) ? undefined : p.id);
    for (const [list, fields] of personRefs) {
      for (const item of (u.value[list] as Record<string, unknown>[] | undefined) ?? []) {
        for (const f of fields) if (!ids.has(item[f]) && byName.get(item[f]) !== undefined) item[f] = byName.get(item[f]);
      }
    }
  }

  // Validation, each problem pointed back at its cell.
  const dataset: Dataset = { units: [] as Unit[] };
  if (asOf !== undefined) dataset.asOf = asOf;
  const rejectedUnits: string[] = [];
  for (const u of units) {
    const result = validate("unit", u.value, options.policy ? { policy: options.policy } : undefined);
    if (result.ok && !u.rejected) {
      dataset.units.push(result.value);
      continue;
    }
    if (!result.ok) {
      for (const vi of result.issues) {
        const issue = locate(u, vi.path, vi.code, ((vi as unknown as { params?: Record<string, unknown> }).params ?? {}), vi);
        if (issue === undefined || u.flagged.has(issue.ref)) continue;
        u.issues.push(issue);
      }
    }
    rejectedUnits.push(u.id ?? `#${u.places.get("")!.row}`);
    issues.push(...u.issues);
  }
  // Issues of units that were otherwise valid but repeated (duplicate_unit) are in u.issues too.
  issues.sort((a, b) => order0(spec, a.sheet) - order0(spec, b.sheet) || a.row - b.row || (a.column ?? "").length - (b.column ?? "").length || (a.column ?? "").localeCompare(b.column ?? ""));
  return { dataset, issues, rejectedUnits };
}

function order0(spec: WorkbookSpec, sheet: string): number {
  const i = spec.sheets.findIndex((s) => s.name === sheet);
  return i < 0 ? -1 : i;
}

/** A validation issue of a unit, at the cell its value came from (the row, when no column holds it). */
function locate(u: UnitBuild, pointer: string, code: string, params: Record<string, unknown>, text: { message: string; messageEn: string }): TableIssue | undefined {
  const segs = pointer === "" ? [] : pointer.slice(1).split("/");
  for (let k = segs.length; k >= 0; k--) {
    const place = u.places.get(k === 0 ? "" : `/${segs.slice(0, k).join("/")}`);
    if (!place) continue;
    const rest = segs.slice(k);
    let found: Found | undefined;
    let field: string | undefined;
    for (let n = rest.length; n > 0 && !found; n--) {
      field = rest.slice(0, n).join(".");
      found = place.table.byField.get(field);
    }
    if (!found && field !== undefined && place.table.missing.has(field)) return undefined; // the sheet-level missing_column says it
    const issue = issueAt(place.table.name, place.row, found, code, params, text);
    if (u.id !== undefined) issue.unitId = u.id;
    issue.pointer = pointer;
    return issue;
  }
  return undefined;
}
