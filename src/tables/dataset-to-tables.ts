import { _isoDateParts } from "../_lib/iso-date";
import type { DatasetInput } from "../entities";
import { _workbook } from "./spec";
import type { ColumnSpec, EnumerationSpec, SheetSpec, TableCell } from "./types";

/** What {@link datasetToTables} returns: each sheet as a grid, its header row first. */
export type TablesOut = Record<string, TableCell[][]>;

function getPath(o: unknown, field: string): unknown {
  let v = o;
  for (const k of field.split(".")) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

function label(e: EnumerationSpec, value: unknown): TableCell {
  const v = e.values.find((x) => x.value === value);
  return v ? v.label : typeof value === "string" ? value : null;
}

/** One value as the cell a writer puts in the sheet. */
function cellOf(value: unknown, col: ColumnSpec, enums: Readonly<Record<string, EnumerationSpec>>): TableCell {
  if (value === undefined || value === null) return null;
  switch (col.kind) {
    case "date": {
      const p = _isoDateParts(value);
      return p ? new Date(Date.UTC(p.year, p.month - 1, p.day)) : String(value);
    }
    case "boolean":
      return label(enums.boolean!, String(value));
    case "enum":
      return label(enums[col.enumeration!]!, value);
    case "enum-list":
      return Array.isArray(value) ? value.map((v) => label(enums[col.enumeration!]!, v)).join("、") : String(value);
    case "integer":
    case "number":
      return typeof value === "number" ? value : String(value);
    default:
      return typeof value === "string" ? value : String(value);
  }
}

/**
 * Writes a data set as the workbook's tables — the inverse of {@link datasetFromTables}:
 * one grid per sheet of {@link workbookSpec} (every sheet, header row first, even when it
 * has no rows), units in order and each unit's list items in order, child rows naming
 * their unit by 单位编号, 统一社会信用代码 and 单位名称. Dates become `Date` cells (UTC
 * midnight, so writers make date cells), enumerations and booleans their Chinese labels
 * (是/否), numbers numbers. The data set's `asOf` goes to the 数据集 sheet.
 *
 * @param dataset - A data set (parsed, or as accepted on input); values are written as they are, not checked.
 * @returns The sheets by name, each a grid with its header row first.
 * @example
 * ```ts
 * const tables = datasetToTables({ asOf: "2026-11-20", units: [unit] });
 * tables["人员"][0]; // ["单位编号", "统一社会信用代码", "单位名称", "人员编号", "姓名", …]
 * datasetFromTables(tables).dataset; // the same data set again
 * ```
 * @see 宁市监质监〔2023〕146号 一（五）、附件2 2.1–2.2
 */
export function datasetToTables(dataset: DatasetInput): TablesOut {
  const { spec } = _workbook();
  const out: TablesOut = {};
  const units = (dataset.units ?? []) as readonly Record<string, unknown>[];
  for (const sheet of spec.sheets) {
    const grid: TableCell[][] = [sheet.columns.map((c) => c.header)];
    out[sheet.name] = grid;
    const list = sheet.lists[0]!;
    if (list === "dataset") {
      if (dataset.asOf !== undefined) grid.push(sheet.columns.map((c) => cellOf(getPath(dataset, c.field), c, spec.enumerations)));
      continue;
    }
    if (list === "units") {
      for (const u of units) grid.push(sheet.columns.map((c) => cellOf(getPath(u, c.field), c, spec.enumerations)));
      continue;
    }
    for (const u of units) childRows(sheet, u, grid, spec.enumerations);
  }
  return out;
}

function childRows(sheet: SheetSpec, unit: Record<string, unknown>, grid: TableCell[][], enums: Readonly<Record<string, EnumerationSpec>>): void {
  const kindCol = sheet.lists.length > 1 ? sheet.columns.find((c) => c.enumeration === "certificateKind") : undefined;
  sheet.lists.forEach((list, i) => {
    const items = getPath(unit, list);
    if (!Array.isArray(items)) return;
    const kind = kindCol ? enums[kindCol.enumeration!]!.values[i]!.label : undefined;
    for (const item of items as unknown[]) {
      grid.push(
        sheet.columns.map((c) => {
          if (c.field === "unitId") return cellOf(unit.id, c, enums);
          if (c.field === "unitUscc") return cellOf(unit.uscc, c, enums);
          if (c.field === "unitName") return cellOf(unit.name, c, enums);
          if (c === kindCol) return kind ?? null;
          return cellOf(getPath(item, c.field), c, enums);
        }),
      );
    }
  });
}
