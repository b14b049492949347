/**
 * Spreadsheets as output: the blank template, a data set as a workbook or CSV files, the
 * supervision report as a workbook, and any command's rows (classify, obligations) as CSV
 * or one sheet — all laid out from the library (`workbookSpec`, `datasetToTables`,
 * `reportDocument`).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { datasetToTables, reportDocument, tableToCsv, workbookSpec, type DatasetInput, type ReportLanguage, type SupervisionReport, type TableCell } from "../index";
import { CliError, pick, type Lang } from "./errors";
import type { CliIo } from "./io";
import { safeSheetName, writeXlsx, type XlsxColumn, type XlsxSheet } from "./xlsx";

/** The spreadsheet formats a command can write. */
export const TABULAR_FORMATS = ["xlsx", "csv"] as const;
/** A spreadsheet format. */
export type TabularFormat = (typeof TABULAR_FORMATS)[number];

/** Rows the template pre-formats (date cells, text cells) for typing into. */
const TEMPLATE_ROWS = 200;

/** The 说明 sheet: one row per column of every sheet — what it means, its values, the clause. */
export function notesSheet(lang: Lang): XlsxSheet {
  const spec = workbookSpec();
  const kindZh: Record<string, string> = { text: "文本", id: "文本（编号）", date: "日期", integer: "整数", number: "数字", boolean: "是/否", enum: "下拉选择", "enum-list": "下拉选择（可多项，用、分隔）" };
  const rows: TableCell[][] = [
    pick(lang, "工作表|表头|字段|类型|必填|可选值|含义|依据", "Sheet|Header|Field|Kind|Required|Values|Meaning|Source").split("|"),
  ];
  for (const s of spec.sheets) {
    rows.push([s.name, null, s.lists.join(", "), null, null, null, pick(lang, s.note, s.noteEn), s.source]);
    for (const c of s.columns) {
      const e = c.enumeration ? spec.enumerations[c.enumeration] : undefined;
      rows.push([
        s.name,
        c.header,
        c.field,
        pick(lang, kindZh[c.kind] ?? c.kind, c.kind),
        c.required ? pick(lang, "是", "yes") : null,
        e ? e.values.map((v) => v.label).join(" / ") : null,
        c.note,
        null,
      ]);
    }
  }
  rows.push([]);
  rows.push([pick(lang, "填写说明", "How to fill")]);
  const how = lang === "en" ? HOW_EN : HOW_ZH;
  for (const line of how) rows.push([line]);
  return { name: spec.notesSheet, rows, columns: [{ width: 16 }, { width: 18 }, { width: 26 }, { width: 14 }, { width: 6 }, { width: 30 }, { width: 60 }, { width: 30 }], freezeHeader: true };
}

const HOW_ZH = [
      "红色表头为必填列；子表（证照、人员……）每行用单位编号或统一社会信用代码指明所属单位。",
      "日期可填日期单元格、2024-05-10、2024/5/10 或 2024年5月10日；下拉列可填中文选项或英文代码。",
      "单位编号为空时使用统一社会信用代码；人员编号为空时使用姓名；记录人、被考核人员可填姓名。",
      "序号、备注列可保留，不导入；说明 工作表和以 _ 开头的工作表不读取。",
      "导入：qsd import 台账.xlsx -o dataset.json；每个问题注明位置，如 人员!C5。",
];
const HOW_EN = [
      "Red headers are required; each row of a child sheet names its unit by 单位编号 or 统一社会信用代码.",
      "Dates: a date cell, 2024-05-10, 2024/5/10 or 2024年5月10日; dropdown columns take the Chinese label or the English code.",
      "An empty 单位编号 takes the USCC; an empty 人员编号 takes the name; 记录人 and 被考核人员 may be names.",
      "序号 and 备注 columns may stay and are not imported; the 说明 sheet and sheets starting with _ are not read.",
      "Import: qsd import book.xlsx -o dataset.json; every problem names its cell, e.g. 人员!C5.",
];

function dataColumns(sheetName: string): XlsxColumn[] {
  const spec = workbookSpec();
  const sheet = spec.sheets.find((s) => s.name === sheetName)!;
  return sheet.columns.map((c) => {
    const e = c.enumeration ? spec.enumerations[c.enumeration] : undefined;
    return { width: c.width, kind: c.kind, required: c.required, ...(e ? { dropdown: e.dropdown } : {}) };
  });
}

/**
 * The blank workbook of {@link workbookSpec}: every data sheet with its header (required
 * columns in red), widths, the header frozen, dropdown lists for enumerations, date and
 * text formats set on the first rows, and the 说明 sheet.
 *
 * @param lang - The language of the 说明 sheet.
 * @returns The sheets to write.
 */
export function templateSheets(lang: Lang): XlsxSheet[] {
  const spec = workbookSpec();
  return [...spec.sheets.map((s) => ({ name: s.name, rows: [s.columns.map((c) => c.header)], columns: dataColumns(s.name), blankRows: TEMPLATE_ROWS, freezeHeader: true })), notesSheet(lang)];
}

/**
 * A data set as the workbook's sheets (`datasetToTables`), with dropdowns, date cells, the
 * header frozen, an autofilter, and the 说明 sheet.
 *
 * @param dataset - The data set.
 * @param lang - The language of the 说明 sheet.
 * @returns The sheets to write.
 */
export function datasetSheets(dataset: DatasetInput, lang: Lang): XlsxSheet[] {
  const tables = datasetToTables(dataset);
  return [...workbookSpec().sheets.map((s) => ({ name: s.name, rows: tables[s.name]!, columns: dataColumns(s.name), autoFilter: true, freezeHeader: true })), notesSheet(lang)];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * The supervision report as sheets: 概况 (the header facts and each section's notes), then
 * one sheet per table of each section, headed in the report's language — dates as date
 * cells, counts as numbers, an autofilter and the header frozen.
 *
 * @param report - The report.
 * @param lang - Its language.
 * @returns The sheets to write.
 */
export function reportSheets(report: SupervisionReport, lang: ReportLanguage): XlsxSheet[] {
  const doc = reportDocument(report, { lang });
  const overview: TableCell[][] = [[pick(lang, "项目", "Item"), pick(lang, "内容", "Value")], [pick(lang, "标题", "Title"), doc.title]];
  for (const f of doc.facts) overview.push([f.label, f.value]);
  const sheets: XlsxSheet[] = [];
  const taken = new Set<string>([pick(lang, "概况", "Overview").toLowerCase()]);
  for (const section of doc.sections) {
    const title = `${section.number}${section.title}`.replace(/[、.]\s*/, " ");
    overview.push([]);
    overview.push([title, section.note ?? null]);
    let heading = "";
    for (const block of section.blocks) {
      if (block.type === "subheading") heading = block.text;
      else if (block.type === "paragraph") overview.push([heading || null, block.text]);
      else if (block.type === "table") {
        const kinds = block.columns.map((_, ci) => {
          const cells = block.rows.map((r) => r[ci]?.text ?? "").filter((t) => t !== "" && t !== "—");
          if (cells.length > 0 && cells.every((t) => ISO_DATE.test(t))) return "date" as const;
          if (cells.length > 0 && cells.every((t) => NUMBER.test(t))) return "number" as const;
          return "text" as const;
        });
        const rows: TableCell[][] = [block.columns.map((c) => c.header)];
        for (const r of block.rows) {
          rows.push(
            r.map((c, ci) => {
              const t = c.text;
              if (kinds[ci] === "date" && ISO_DATE.test(t)) return new Date(`${t}T00:00:00Z`);
              if (kinds[ci] === "number" && NUMBER.test(t)) return Number(t);
              return t;
            }),
          );
        }
        const widths = block.columns.map((c, ci) => Math.min(60, Math.max(8, c.header.length * 2 + 2, ...rows.slice(1, 200).map((r) => String(r[ci] instanceof Date ? "2026-01-01" : (r[ci] ?? "")).length + 2))));
        const name = safeSheetName(heading ? `${title} ${heading.split(" ")[0]}` : title, taken);
        sheets.push({ name, rows, columns: block.columns.map((_, ci) => ({ width: widths[ci]!, kind: kinds[ci] === "date" ? "date" : kinds[ci] === "number" ? "number" : "text" })), autoFilter: true, freezeHeader: true });
      }
    }
  }
  overview.push([]);
  overview.push([doc.footer]);
  return [{ name: pick(lang, "概况", "Overview"), rows: overview, columns: [{ width: 28 }, { width: 90 }], freezeHeader: true }, ...sheets];
}

/** Options of {@link writeTabular}. */
export interface WriteTabularOptions {
  /** `xlsx` or `csv`. */
  format: TabularFormat;
  /** The file (xlsx; csv with one sheet) or folder (csv with several sheets); absent: standard output. */
  output?: string;
  /** Message language. */
  lang: Lang;
}

/**
 * Writes sheets as a workbook, or as CSV: one sheet to a file or standard output, several
 * to a folder (`<sheet>.csv` each). A workbook never goes to a terminal.
 *
 * @param sheets - The sheets.
 * @param options - See {@link WriteTabularOptions}.
 * @param io - The streams.
 * @throws {CliError} (exit 2) when the file cannot be written, or a workbook would go to a terminal.
 */
export async function writeTabular(sheets: readonly XlsxSheet[], options: WriteTabularOptions, io: CliIo): Promise<void> {
  const { format, output, lang } = options;
  const fail = (e: NodeJS.ErrnoException, path: string): never => {
    throw new CliError(`无法写入 ${path}：${e.code ?? e.message}`, `cannot write ${path}: ${e.code ?? e.message}`);
  };
  if (format === "xlsx") {
    const bytes = await writeXlsx(sheets);
    if (output === undefined || output === "-") {
      if (io.stdout.isTTY) throw new CliError("xlsx 是二进制文件，不能输出到终端：请用 -o 指定文件，例如 -o out.xlsx", "an xlsx workbook is binary and cannot go to a terminal: give a file with -o, e.g. -o out.xlsx");
      io.stdout.write(bytes);
      return;
    }
    await writeFile(output, bytes).catch((e: NodeJS.ErrnoException) => fail(e, output));
    io.stderr.write(pick(lang, `已写入 ${output}\n`, `wrote ${output}\n`));
    return;
  }
  if (sheets.length === 1 && (output === undefined || output === "-" || /\.(csv|tsv|txt)$/i.test(output))) {
    const text = tableToCsv(sheets[0]!.rows);
    if (output === undefined || output === "-") io.stdout.write(text);
    else {
      await writeFile(output, text, "utf8").catch((e: NodeJS.ErrnoException) => fail(e, output));
      io.stderr.write(pick(lang, `已写入 ${output}\n`, `wrote ${output}\n`));
    }
    return;
  }
  if (output === undefined || output === "-") throw new CliError("CSV 有多个工作表：请用 -o 指定一个文件夹", "the CSV has several sheets: give a folder with -o");
  await mkdir(output, { recursive: true }).catch((e: NodeJS.ErrnoException) => fail(e, output));
  for (const s of sheets) {
    const path = join(output, `${s.name}.csv`);
    await writeFile(path, tableToCsv(s.rows), "utf8").catch((e: NodeJS.ErrnoException) => fail(e, path));
  }
  io.stderr.write(pick(lang, `已写入 ${output}/（${sheets.length} 个 CSV 文件）\n`, `wrote ${output}/ (${sheets.length} CSV files)\n`));
}
