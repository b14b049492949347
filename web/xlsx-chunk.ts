/**
 * The checker's spreadsheet chunk, loaded into its worker only when a workbook is dropped or
 * the report is exported as .xlsx (lazily: the page holds it as text and hands it over on
 * demand). Reads with read-excel-file's web-worker build; lays the report out with the same
 * `reportSheets` as `qsd report --format xlsx` and writes it with write-excel-file's
 * universal build (widths, a bold header, the header row frozen, date cells as dates).
 */
import readXlsxFile from "read-excel-file/web-worker";
import writeXlsxFile from "write-excel-file/universal";
import type { ReportLanguage, SupervisionReport, TableCell } from "../src/index";
import { reportSheets } from "../src/cli/tabular-output";

type Cell = { value?: unknown; type?: unknown; format?: string; fontWeight?: "bold"; backgroundColor?: string } | null;

function cellFor(v: TableCell): Cell {
  if (v === null || v === undefined || v === "") return null;
  if (v instanceof Date) return { value: v, type: Date, format: "yyyy-mm-dd" };
  if (typeof v === "number") return { value: v, type: Number };
  if (typeof v === "boolean") return { value: v, type: Boolean };
  return { value: String(v), type: String };
}

const chunk = {
  async read(bytes: Uint8Array): Promise<Record<string, TableCell[][]>> {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const sheets = (await readXlsxFile(buffer, { trim: false } as never)) as unknown as { sheet: string; data: TableCell[][] }[];
    const out: Record<string, TableCell[][]> = {};
    for (const s of sheets) out[s.sheet] = s.data;
    return out;
  },
  async write(report: SupervisionReport, lang: ReportLanguage): Promise<Blob> {
    const taken = new Set<string>();
    const sheets = reportSheets(report, lang).map((s) => {
      let name = s.name.replace(/[[\]:*?/\\]/g, " ").trim().slice(0, 31) || "Sheet";
      for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${s.name.slice(0, 28)}~${i}`;
      taken.add(name.toLowerCase());
      const data = s.rows.map((r, ri) => (ri === 0 ? r.map((v) => ({ value: v === null || v === undefined ? "" : String(v), type: String, fontWeight: "bold" as const, backgroundColor: "#DDEBF7" })) : r.map(cellFor)));
      return { data: data as never, sheet: name, columns: s.columns.map((c) => ({ width: c.width })), ...(s.rows.length > 1 ? { stickyRowsCount: 1 } : {}) };
    });
    return (writeXlsxFile as unknown as (s: unknown) => { toBlob(): Promise<Blob> })(sheets).toBlob();
  },
};

(self as unknown as { QSDXlsx: typeof chunk }).QSDXlsx = chunk;
