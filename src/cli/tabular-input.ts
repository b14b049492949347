/**
 * Spreadsheets as input: a workbook (.xlsx), CSV files (one per sheet, named after it:
 * `人员.csv`) or a folder of them, read into the library's tables and imported with
 * `datasetFromTables` — for `qsd import` and for every command that reads data files.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { datasetFromTables, decodeCsv, parseCsv, workbookSpec, type Dataset, type DatasetFromTablesResult, type Policy, type TableCell } from "../index";
import { CliError } from "./errors";
import { readXlsx } from "./xlsx";

/** The extensions read as spreadsheets. */
const TABULAR = /\.(xlsx|xlsm|csv|tsv)$/i;

/**
 * Whether a path names a spreadsheet input: a `.xlsx` / `.xlsm` workbook, a `.csv` / `.tsv`
 * file, or a folder (of CSV files).
 *
 * @param name - A path as given (`-` is standard input: never tabular).
 * @returns `true` for a spreadsheet path or a folder.
 * @example
 * ```ts
 * await isTabularPath("台账.xlsx"); // true
 * await isTabularPath("units.ndjson"); // false
 * ```
 */
export async function isTabularPath(name: string): Promise<boolean> {
  if (name === "-") return false;
  if (TABULAR.test(name)) return true;
  return stat(name).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** The sheet a CSV file fills: its base name (`人员.csv` → 人员; `台账-人员.csv` → 人员 when that is a sheet). */
export function sheetNameOfCsv(path: string): string {
  const base = basename(path, extname(path)).trim();
  const names = new Set(workbookSpec().sheets.flatMap((s) => [s.name, ...s.aliases]));
  if (names.has(base)) return base;
  const last = base.split(/[-_ .、]+/).pop() ?? base;
  return names.has(last) ? last : base;
}

/** What {@link readTabular} returns: the tables and the encodings of CSV files that were not UTF-8. */
export interface TabularTables {
  /** The sheets by name. */
  tables: Record<string, TableCell[][]>;
  /** `人员.csv: gb18030`, for a note. */
  encodings: string[];
}

async function readBytes(path: string): Promise<Uint8Array> {
  return readFile(path).catch((e: NodeJS.ErrnoException) => {
    const why: Record<string, [string, string]> = { ENOENT: ["文件不存在", "no such file"], EACCES: ["没有读取权限", "permission denied"], EISDIR: ["这是一个目录", "it is a directory"] };
    const [zh, en] = why[e.code ?? ""] ?? [e.message, e.message];
    throw new CliError(`无法读取 ${path}：${zh}`, `cannot read ${path}: ${en}`);
  });
}

/**
 * Reads spreadsheet files into tables: each workbook's sheets, each CSV file as the sheet
 * it is named after (UTF-8 with or without BOM, UTF-16, or GB18030, detected), a folder as
 * its CSV and .xlsx files.
 *
 * @param paths - Workbooks, CSV files or folders.
 * @returns The tables, and the non-UTF-8 encodings found.
 * @throws {CliError} (exit 2) for a file that cannot be read or is not a workbook.
 * @example
 * ```ts
 * const { tables } = await readTabular(["单位.csv", "人员.csv"]);
 * ```
 */
export async function readTabular(paths: readonly string[]): Promise<TabularTables> {
  const tables: Record<string, TableCell[][]> = {};
  const encodings: string[] = [];
  const add = (name: string, grid: TableCell[][], from: string) => {
    const earlier = tables[name];
    if (earlier === undefined) {
      tables[name] = grid;
      return;
    }
    // The same sheet from two files (人员.csv in two folders): rows follow when the headers agree.
    const same = JSON.stringify(earlier[0] ?? []) === JSON.stringify(grid[0] ?? []);
    if (!same) throw new CliError(`${from} 与之前读取的 ${name} 表头不同，无法合并`, `${from} fills sheet ${name} again with different headers: cannot merge`);
    earlier.push(...grid.slice(1));
  };
  for (const path of paths) {
    const s = await stat(path).catch(() => undefined);
    if (s?.isDirectory()) {
      const files = (await readdir(path)).filter((f) => TABULAR.test(f) && !f.startsWith("~$")).sort();
      if (files.length === 0) throw new CliError(`无法读取 ${path}：这是一个目录，其中没有 .csv 或 .xlsx 文件`, `cannot read ${path}: it is a directory with no .csv or .xlsx files`);
      const inner = await readTabular(files.map((f) => join(path, f)));
      for (const [k, v] of Object.entries(inner.tables)) add(k, v, path);
      encodings.push(...inner.encodings);
      continue;
    }
    const bytes = await readBytes(path);
    if (/\.(xlsx|xlsm)$/i.test(path) || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
      for (const [k, v] of Object.entries(await readXlsx(bytes, path))) add(k, v, path);
      continue;
    }
    const { text, encoding } = decodeCsv(bytes);
    if (encoding !== "utf-8") encodings.push(`${basename(path)}: ${encoding}`);
    add(sheetNameOfCsv(path), parseCsv(text), path);
  }
  return { tables, encodings };
}

/**
 * Reads spreadsheet files and imports them ({@link readTabular}, then `datasetFromTables`).
 *
 * @param paths - Workbooks, CSV files or folders.
 * @param policy - Also check what this policy decides (credit classes).
 * @returns The data set of the valid units, the located issues, the units left out, and the encodings.
 * @throws {CliError} (exit 2) for a file that cannot be read.
 * @example
 * ```ts
 * const { dataset, issues } = await importTabular(["台账.xlsx"]);
 * ```
 */
export async function importTabular(paths: readonly string[], policy?: Policy): Promise<DatasetFromTablesResult<Dataset> & { encodings: string[] }> {
  const { tables, encodings } = await readTabular(paths);
  const result = datasetFromTables(tables, policy ? { policy } : {});
  return { ...result, encodings };
}
