/**
 * The checker page's worker: reads the dropped file (JSON, NDJSON, CSV, or .xlsx through the
 * lazily loaded spreadsheet chunk), validates every record with the library (`validate`,
 * located issues), builds the supervision report (`createReportBuilder`, `units: "summary"`),
 * lays out the page's body and data with the same functions as `qsd report --format html`,
 * answers a unit's panel on demand (`reportUnitDetail`) and writes the exports (HTML, JSON,
 * xlsx). It posts progress as it reads and builds. Nothing leaves the machine: the page's
 * Content-Security-Policy (`connect-src 'none'`) holds here too.
 */
import { findJsonSyntaxError } from "../src/cli/json-syntax";
import { _validationIssue } from "../src/entities/messages";
import {
  anhui2023,
  createReportBuilder,
  datasetFromTables,
  decodeCsv,
  nanjing2023,
  parseCsv,
  PolicySchema,
  renderSupervisionReport,
  reportUnitDetail,
  validate,
  workbookSpec,
  type Policy,
  type ReportBuilder,
  type ReportInvalidRow,
  type ReportLanguage,
  type SupervisionReport,
  type TableCell,
  type Unit,
} from "../src/index";
import { _reportPageBody, _reportPageData } from "../src/report/html/page";

/** What the page asks. */
export type WorkerRequest =
  | { type: "run"; file: File; asOf?: string; policy: string; policyText?: string; lang: ReportLanguage; today: string }
  | { type: "detail"; id: string }
  | { type: "export"; format: "html" | "json" | "xlsx"; lang: ReportLanguage }
  | { type: "xlsx-code"; code: string };

/** What the worker answers. */
export type WorkerReply =
  | { type: "progress"; phase: "read" | "build" | "export"; done: number; total: number }
  | { type: "done"; body: string; data: unknown; summary: { units: number; invalid: number; records: number; ms: number; asOf: string } }
  | { type: "error"; message: string; messageEn: string }
  | { type: "detail"; id: string; detail?: unknown; error?: string }
  | { type: "export"; format: string; name: string; blob: Blob }
  | { type: "need-xlsx" };

interface XlsxChunk {
  read(bytes: Uint8Array): Promise<Record<string, TableCell[][]>>;
  write(report: SupervisionReport, lang: ReportLanguage): Promise<Blob>;
}

const ctx = self as unknown as { postMessage(m: WorkerReply): void; onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; importScripts(...urls: string[]): void; QSDXlsx?: XlsxChunk };
const post = (m: WorkerReply) => ctx.postMessage(m);

class UserError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

let state: { units: Map<string, Unit>; report: SupervisionReport; options: { asOf: string; policy: Policy; upcomingDays: number }; source: string } | undefined;
let xlsxReady: ((c: XlsxChunk) => void) | undefined;
let xlsx: Promise<XlsxChunk> | undefined;

/** The spreadsheet chunk, asked of the page the first time it is needed. */
function xlsxChunk(): Promise<XlsxChunk> {
  xlsx ??= new Promise<XlsxChunk>((resolve) => {
    xlsxReady = resolve;
    post({ type: "need-xlsx" });
  });
  return xlsx;
}

/** The policy picked on the page: a built-in one, or a policy JSON file. */
function resolvePolicy(name: string, text: string | undefined): Policy {
  if (name === "anhui2023") return anhui2023;
  if (name !== "custom") return nanjing2023;
  let json: unknown;
  try {
    json = JSON.parse(text ?? "");
  } catch {
    throw new UserError("政策文件不是有效的 JSON", "the policy file is not valid JSON");
  }
  const r = PolicySchema.safeParse(json);
  if (!r.success) throw new UserError(`政策文件不符合 Policy 结构：${r.error.issues[0]?.path.join("/")}`, `the policy file is not a valid Policy: ${r.error.issues[0]?.path.join("/")} ${r.error.issues[0]?.message}`);
  return r.data as Policy;
}

/** Reads a file's bytes with progress. */
async function readBytes(file: File): Promise<Uint8Array> {
  const total = file.size;
  const reader = file.stream().getReader();
  const chunks: Uint8Array[] = [];
  let done = 0;
  let last = 0;
  for (;;) {
    const r = await reader.read();
    if (r.done) break;
    chunks.push(r.value);
    done += r.value.byteLength;
    if (done - last > 1 << 20) {
      last = done;
      post({ type: "progress", phase: "read", done, total });
    }
  }
  post({ type: "progress", phase: "read", done: total, total });
  const out = new Uint8Array(done);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** One record of the input, parsed or not, with where it is. */
type Rec = { ok: true; value: unknown; index: number; pointer: string; line?: number } | { ok: false; issue: ReturnType<typeof _validationIssue>; index: number; pointer: string; line?: number; id?: string; issues?: ReturnType<typeof _validationIssue>[] };

const idOf = (v: unknown) => (v !== null && typeof v === "object" && typeof (v as { id?: unknown }).id === "string" ? (v as { id: string }).id : undefined);

function syntaxIssue(text: string, line: number): ReturnType<typeof _validationIssue> {
  const p = findJsonSyntaxError(text);
  const params: Record<string, unknown> = { line: p && !/\n/.test(text) ? line : (p?.line ?? line), column: p?.column ?? 1 };
  if (p) params.cause = { code: p.code, params: p.params };
  return _validationIssue("", "invalid_json", params as never);
}

/** The records of a JSON or NDJSON text, and the data set's asOf. */
function jsonRecords(text: string): { records: Rec[]; asOf?: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = body.trimStart()[0];
  if (first === "{" || first === "[") {
    let whole: unknown;
    let parsed = false;
    try {
      whole = JSON.parse(body);
      parsed = true;
    } catch {
      // Not one JSON value: NDJSON (one record per line), or a broken document.
    }
    if (parsed) {
      if (Array.isArray(whole)) return { records: whole.map((value, index) => ({ ok: true, value, index, pointer: `/${index}` })) };
      const o = whole as { units?: unknown; asOf?: unknown };
      if (o !== null && typeof o === "object" && Array.isArray(o.units)) {
        return { records: o.units.map((value, index) => ({ ok: true, value, index, pointer: `/units/${index}` })), ...(typeof o.asOf === "string" ? { asOf: o.asOf } : {}) };
      }
      return { records: [{ ok: true, value: whole, index: 0, pointer: "" }] };
    }
    const lines = body.split(/\r?\n/);
    const nonEmpty = lines.filter((l) => l.trim() !== "").length;
    if (nonEmpty <= 1 || (first === "[" && !lines[0]!.trim().endsWith("]"))) {
      // One broken document.
      return { records: [{ ok: false, issue: syntaxIssue(body, 1), index: 0, pointer: "" }] };
    }
  }
  const records: Rec[] = [];
  const lines = body.split(/\r?\n/);
  let index = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    try {
      records.push({ ok: true, value: JSON.parse(line), index, pointer: "", line: i + 1 });
    } catch {
      records.push({ ok: false, issue: syntaxIssue(line, i + 1), index, pointer: "", line: i + 1 });
    }
    index++;
  }
  return { records };
}

/** The sheet a CSV file fills, from its name (`人员.csv`, `demo-人员.csv`), as `qsd import` reads it. */
function sheetOfCsv(name: string): string {
  const base = name.replace(/\.[^.]*$/, "").trim();
  const names = new Set(workbookSpec().sheets.flatMap((s) => [s.name, ...s.aliases]));
  if (names.has(base)) return base;
  const last = base.split(/[-_ .、]+/).pop() ?? base;
  return names.has(last) ? last : base;
}

/** The records of a workbook or CSV file: the data set's valid units, and each unit (or row) left out with its located issues. */
async function tableRecords(name: string, bytes: Uint8Array, policy: Policy): Promise<Rec[]> {
  let tables: Record<string, TableCell[][]>;
  if (/\.(xlsx|xlsm)$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    const chunk = await xlsxChunk();
    try {
      tables = await chunk.read(bytes);
    } catch (e) {
      throw new UserError(`无法读取 ${name}：不是有效的 .xlsx 工作簿（${(e as Error).message}）`, `cannot read ${name}: not a valid .xlsx workbook (${(e as Error).message})`);
    }
  } else {
    tables = { [sheetOfCsv(name)]: parseCsv(decodeCsv(bytes).text) };
  }
  const result = datasetFromTables(tables, { policy });
  const out: Rec[] = [];
  const byUnit = new Map<string, { issues: ReturnType<typeof _validationIssue>[]; where: string }>();
  const asIssue = (i: (typeof result.issues)[number]) => ({ path: i.header ? `${i.ref} ${i.header}` : i.ref, code: i.code, params: i.params, message: i.message, messageEn: i.messageEn }) as unknown as ReturnType<typeof _validationIssue>;
  let index = 0;
  for (const i of result.issues) {
    if (i.unitId === undefined) {
      out.push({ ok: false, issue: asIssue(i), index: index++, pointer: i.ref });
      continue;
    }
    const u = byUnit.get(i.unitId) ?? byUnit.set(i.unitId, { issues: [], where: `${i.sheet}!${i.row}` }).get(i.unitId)!;
    u.issues.push(asIssue(i));
  }
  for (const [id, u] of byUnit) out.push({ ok: false, issue: u.issues[0]!, issues: u.issues, index: index++, pointer: u.where, id });
  const units = (result.dataset as { units: unknown[] }).units;
  units.forEach((value, i) => out.push({ ok: true, value, index: i, pointer: `/units/${i}` }));
  return out;
}

async function run(req: Extract<WorkerRequest, { type: "run" }>): Promise<void> {
  const t0 = performance.now();
  const policy = resolvePolicy(req.policy, req.policyText);
  const name = req.file.name;
  const bytes = await readBytes(req.file);
  let records: Rec[];
  let datasetAsOf: string | undefined;
  if (/\.(xlsx|xlsm|csv|tsv)$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b)) records = await tableRecords(name, bytes, policy);
  else {
    const text = new TextDecoder("utf-8").decode(bytes);
    const r = jsonRecords(text);
    records = r.records;
    datasetAsOf = r.asOf;
  }
  const asOf = req.asOf || datasetAsOf || req.today;
  const asOfFrom = req.asOf ? "option" : datasetAsOf ? "dataset" : "today";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UserError(`基准日 ${asOf} 不是 YYYY-MM-DD 日期`, `the as-of date ${asOf} is not a YYYY-MM-DD date`);
  const options = { asOf, policy, upcomingDays: 30 };
  let builder: ReportBuilder;
  try {
    builder = createReportBuilder({ ...options, asOfFrom, source: name, units: "summary", generator: { name: "qsd checker", version: (globalThis as { QSD_VERSION?: string }).QSD_VERSION ?? "" } });
  } catch (e) {
    throw new UserError(`无法生成报表：${(e as Error).message}`, `cannot build the report: ${(e as Error).message}`);
  }
  const units = new Map<string, Unit>();
  const total = records.length;
  let lastPost = 0;
  records.forEach((rec, n) => {
    const location = { file: name, index: rec.index, pointer: rec.pointer, ...(rec.line !== undefined ? { line: rec.line } : {}) };
    if (!rec.ok) {
      const id = rec.id;
      builder.addInvalid({ location: { ...location, ...(id !== undefined ? { id } : {}) }, kind: rec.issues ? "invalid" : "parse", issues: rec.issues ?? [rec.issue] } as ReportInvalidRow);
    } else {
      const id = idOf(rec.value);
      const withId = { ...location, ...(id !== undefined ? { id } : {}) };
      const v = validate("unit", rec.value, { policy });
      if (!v.ok) builder.addInvalid({ location: withId, kind: "invalid", issues: v.issues });
      else {
        try {
          if (builder.add(v.value, withId)) units.set(v.value.id, v.value);
        } catch (e) {
          const err = e as { code?: string; message?: string; messageZh?: string; path?: string; params?: Record<string, unknown> };
          builder.addInvalid({
            location: withId,
            kind: "error",
            issues: [{ path: err.path ?? "", code: (err.code ?? "library_error") as never, params: err.params ?? {}, message: err.messageZh ?? err.message ?? String(e), messageEn: err.message ?? String(e) }],
          });
        }
      }
    }
    if (n - lastPost >= 250) {
      lastPost = n;
      post({ type: "progress", phase: "build", done: n, total });
    }
  });
  post({ type: "progress", phase: "build", done: total, total });
  const report = builder.finish();
  state = { units, report, options, source: name };
  post({
    type: "done",
    body: _reportPageBody(report, req.lang),
    data: _reportPageData(report),
    summary: { units: report.totals.units, invalid: report.totals.invalid, records: report.totals.records, ms: Math.round(performance.now() - t0), asOf },
  });
}

async function exportReport(format: "html" | "json" | "xlsx", lang: ReportLanguage): Promise<void> {
  if (!state) return;
  const base = `qsd-report-${state.report.asOf}`;
  if (format === "json") {
    const { units: _units, breakdown: _breakdown, ...report } = state.report;
    post({ type: "export", format, name: `${base}.json`, blob: new Blob([`${JSON.stringify(report, null, 2)}\n`], { type: "application/json" }) });
    return;
  }
  if (format === "xlsx") {
    const chunk = await xlsxChunk();
    post({ type: "export", format, name: `${base}.xlsx`, blob: await chunk.write(state.report, lang) });
    return;
  }
  // HTML: the same page as `qsd report --format html`, every unit with its panel.
  const builder = createReportBuilder({ ...state.options, asOfFrom: state.report.asOfFrom, source: state.source, units: "detail", generator: state.report.generator });
  const total = state.units.size;
  let n = 0;
  for (const u of state.units.values()) {
    builder.add(u);
    if (++n % 250 === 0) post({ type: "progress", phase: "export", done: n, total });
  }
  for (const r of state.report.invalid) builder.addInvalid(r);
  const html = renderSupervisionReport(builder.finish(), { format: "html", lang });
  post({ type: "export", format, name: `${base}.html`, blob: new Blob([html], { type: "text/html" }) });
}

ctx.onmessage = (e) => {
  const req = e.data;
  const fail = (err: unknown) => {
    if (err instanceof UserError) post({ type: "error", message: err.zh, messageEn: err.en });
    else {
      const x = err as { message?: string; messageZh?: string };
      post({ type: "error", message: x.messageZh ?? String(x.message ?? err), messageEn: String(x.message ?? err) });
    }
  };
  switch (req.type) {
    case "run":
      run(req).catch(fail);
      break;
    case "detail": {
      const u = state?.units.get(req.id);
      if (!state || !u) {
        post({ type: "detail", id: req.id, error: "unknown unit" });
        break;
      }
      try {
        post({ type: "detail", id: req.id, detail: reportUnitDetail(u, state.options).detail });
      } catch (err) {
        post({ type: "detail", id: req.id, error: String((err as Error).message ?? err) });
      }
      break;
    }
    case "export":
      exportReport(req.format, req.lang).catch(fail);
      break;
    case "xlsx-code": {
      const url = URL.createObjectURL(new Blob([req.code], { type: "text/javascript" }));
      ctx.importScripts(url);
      URL.revokeObjectURL(url);
      if (ctx.QSDXlsx && xlsxReady) xlsxReady(ctx.QSDXlsx);
      break;
    }
  }
};
