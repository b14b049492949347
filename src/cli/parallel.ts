/**
 * Parallel processing of large NDJSON inputs for the JSON-lines outputs of
 * `qsd classify --json` and `qsd obligations --json`.
 *
 * The main thread only reads the file in raw 1 MiB chunks, cuts them at line ends, hands
 * the byte ranges to worker threads (transferred, not copied) and writes their output in
 * input order. Each worker decodes, parses, validates, classifies and serialises its lines
 * exactly as the sequential path does, so the output is byte for byte the same — only
 * faster on a machine with more than one core. Memory stays bounded: at most two batches
 * per worker are in flight.
 *
 * Used only from the bundled CLI (workers run `dist/cli.js` itself), for NDJSON files of
 * at least 4 MiB; `QSD_WORKERS=1` turns it off, `QSD_WORKERS=n` sets the number of workers.
 */
import { open, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { Worker, parentPort, workerData } from "node:worker_threads";
import { chinaCalendar, classifyUnit, obligations, validate, type Policy, type WorkCalendar } from "../index";
import { calendarWithYears, type CalendarFile } from "./calendar-files";
import { CliError, type Lang } from "./errors";
import { detectFormat } from "./input";
import type { BufferedWriter, CliIo } from "./io";
import { findJsonSyntaxError } from "./json-syntax";
import { classificationForJson, stringifyCached } from "./json-lines";
import { assertAsOfCovered, resolveAsOf, resolvePolicy } from "./options";
import { createProgress } from "./progress";
import { isDatasetLike, recordId, type RecordLocation } from "./records";
import { rejectionFor, writeRejected, type RejectedRecord } from "./unit-stream";

/** Marks a worker thread started by this module. */
export const WORKER_TAG = "qsd-json-lines-worker";

/** What a worker is asked to do (its `workerData`). */
export interface ParallelJob {
  tag: typeof WORKER_TAG;
  /** The command whose JSON lines to produce. */
  task: "classify" | "obligations";
  /** The input's name, for record locations. */
  file: string;
  /** `--as-of`, when given. */
  asOf?: string;
  /** Today in Asia/Shanghai, read once by the main thread (used only when neither `--as-of` nor a data set gives a date). */
  today: string;
  /** `--policy` as given (a built-in name or a file the worker reads again). */
  policySpec?: string;
  /** classify: keep `considered`. */
  explain: boolean;
  /** obligations: the statuses to keep (all when absent). */
  statuses?: string[];
  /** obligations: the kinds to keep (all when absent). */
  kinds?: string[];
  /** Check the as-of date against the working-day calendar (obligations). */
  requireCalendarCoverage: boolean;
  /** The years of `--calendar` / `QSD_CALENDAR`, already checked: the worker adds them to `chinaCalendar` again. */
  calendarFiles?: CalendarFile[];
}

interface BatchRequest {
  seq: number;
  firstLine: number;
  bytes: Uint8Array;
}

interface BatchResult {
  seq: number;
  out?: Uint8Array;
  records?: number;
  processed?: number;
  rejected?: RejectedRecord[];
  asOfs?: [string, "option" | "dataset" | "today"][];
  fatal?: { zh: string; en: string; exitCode: number; details: readonly string[] };
  error?: string;
}

/** The smallest file worth the workers' start-up (about 0.3 s each). */
const MIN_BYTES = 4 * 1024 * 1024;
/** The longest line kept, as in the sequential reader. */
const MAX_LINE = 16 * 1024 * 1024;

/**
 * How many worker threads to use: `QSD_WORKERS` when set (0 or 1: none, run in the main
 * thread), else the available parallelism, at most 4.
 *
 * @param env - The environment.
 * @returns The count (1 or less: run sequentially).
 * @example
 * ```ts
 * workerCount({ QSD_WORKERS: "0" }); // 0
 * ```
 */
export function workerCount(env: CliIo["env"]): number {
  const set = Number(env.QSD_WORKERS);
  if (env.QSD_WORKERS !== undefined && env.QSD_WORKERS !== "" && Number.isInteger(set) && set >= 0) return Math.min(set, 64);
  return Math.min(4, availableParallelism());
}

/**
 * Whether an input should go through the workers: running from the bundle, more than one
 * worker, a real file (not stdin) of at least 4 MiB, and NDJSON (by extension or content).
 *
 * @param file - The path as given.
 * @param io - The environment.
 * @returns `true` to use {@link runParallelJsonLines}.
 * @example
 * ```ts
 * if (await shouldRunInParallel("units.ndjson", io)) …
 * ```
 */
export async function shouldRunInParallel(file: string, io: CliIo): Promise<boolean> {
  if (!import.meta.url.endsWith(".js") || file === "-" || workerCount(io.env) <= 1) return false;
  const info = await stat(file).catch(() => undefined);
  const min = io.env.QSD_PARALLEL_MIN_BYTES !== undefined ? Number(io.env.QSD_PARALLEL_MIN_BYTES) : MIN_BYTES;
  if (!info || !info.isFile() || info.size < min) return false;
  if (/\.(ndjson|jsonl)$/i.test(file)) return true;
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(Math.min(info.size, 1024 * 1024));
    await handle.read(head, 0, head.length, 0);
    return detectFormat(head.toString("utf8")) === "ndjson";
  } finally {
    await handle.close();
  }
}

/** Counts of a parallel run (as {@link streamUnits} returns them). */
export interface ParallelSummary {
  records: number;
  processed: number;
  rejected: number;
  asOfs: Map<string, "option" | "dataset" | "today">;
}

/**
 * Runs a JSON-lines job over an NDJSON file with worker threads and writes the output in
 * input order; rejected records are printed on stderr in order, as the sequential path does.
 *
 * @param path - The file.
 * @param job - The job (without `tag`).
 * @param options - Workers, language, whether to show progress.
 * @param io - The streams.
 * @param out - Where the JSON lines go.
 * @returns The counts.
 * @throws {CliError} what a worker found fatal (an as-of date outside the calendar, a bad
 *   policy file); an `Error` when a worker failed unexpectedly.
 * @example
 * ```ts
 * await runParallelJsonLines("units.ndjson", { task: "classify", file: "units.ndjson", today, explain: false, requireCalendarCoverage: false }, { workers: 2, lang: "zh", progress: true }, io, out);
 * ```
 */
export async function runParallelJsonLines(
  path: string,
  job: Omit<ParallelJob, "tag">,
  options: { workers: number; lang: Lang; progress: boolean },
  io: CliIo,
  out: BufferedWriter,
): Promise<ParallelSummary> {
  const summary: ParallelSummary = { records: 0, processed: 0, rejected: 0, asOfs: new Map() };
  const progress = createProgress(io.stderr, { enabled: options.progress && io.stderr.isTTY === true, label: options.lang === "en" ? "processed" : "已处理" });
  // Small heaps: the work is streaming (each batch's objects die young), and a worker's heap
  // left to grow as it likes would multiply the process's memory by the number of workers.
  const resourceLimits = { maxYoungGenerationSizeMb: Number(io.env.QSD_WORKER_YOUNG_MB ?? 24), maxOldGenerationSizeMb: Number(io.env.QSD_WORKER_OLD_MB ?? 64) };
  const workers = Array.from({ length: options.workers }, () => new Worker(new URL(import.meta.url), { workerData: { ...job, tag: WORKER_TAG } satisfies ParallelJob, resourceLimits }));
  const inFlight = new Array<number>(workers.length).fill(0);
  const results = new Map<number, BatchResult>();
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  workers.forEach((worker, i) => {
    worker.on("message", (r: BatchResult) => {
      inFlight[i]!--;
      results.set(r.seq, r);
      notify();
    });
    worker.on("error", (e) => {
      failure ??= e;
      notify();
    });
    worker.on("exit", (code) => {
      if (code !== 0) failure ??= new Error(`a worker thread exited with code ${code}`);
      notify();
    });
  });
  const waitForResult = () => new Promise<void>((resolve) => (wake = resolve));

  let nextToWrite = 0;
  const writeReady = async () => {
    for (let r = results.get(nextToWrite); r !== undefined; r = results.get(nextToWrite)) {
      results.delete(nextToWrite);
      nextToWrite++;
      if (r.error !== undefined) throw Object.assign(new Error(r.error.split("\n")[0]!.replace(/^\w*Error: /, "")), { stack: r.error });
      if (r.fatal) throw new CliError(r.fatal.zh, r.fatal.en, { exitCode: r.fatal.exitCode, details: r.fatal.details });
      for (const rej of r.rejected ?? []) {
        rej.location.index += summary.records;
        progress.clear();
        writeRejected(io, options.lang, rej);
      }
      summary.records += r.records ?? 0;
      summary.processed += r.processed ?? 0;
      summary.rejected += r.rejected?.length ?? 0;
      for (const [d, from] of r.asOfs ?? []) summary.asOfs.set(d, from);
      progress.add(r.records ?? 0);
      if (r.out && r.out.length > 0) {
        await out.flush();
        const pending = out.writeBytes(r.out);
        if (pending) await pending;
      }
    }
  };

  let seq = 0;
  const send = async (bytes: Uint8Array, firstLine: number) => {
    // Back-pressure: at most two batches per worker in flight.
    let target = inFlight.indexOf(Math.min(...inFlight));
    while (inFlight[target]! >= 2) {
      if (failure) throw failure;
      await waitForResult();
      await writeReady();
      target = inFlight.indexOf(Math.min(...inFlight));
    }
    if (failure) throw failure;
    inFlight[target]!++;
    workers[target]!.postMessage({ seq: seq++, firstLine, bytes } satisfies BatchRequest, [bytes.buffer as ArrayBuffer]);
  };
  /** A batch holding only a too-long line's rejection, made here in order. */
  const tooLong = (line: number) => {
    const s = seq++;
    results.set(s, {
      seq: s,
      records: 1,
      processed: 0,
      rejected: [{ location: { file: job.file, index: 0, line, pointer: "" }, kind: "parse", issues: [{ path: "", code: "invalid_json", message: "该行过长（超过 16 Mi 个字符），已跳过", messageEn: "line too long (over 16 Mi characters), skipped" }] }],
    });
  };

  try {
    const handle = await open(path, "r");
    try {
      let leftover: Uint8Array = new Uint8Array(0);
      let line = 1; // the number of the first line of `leftover`
      let skipping = false; // inside a line longer than MAX_LINE
      let first = true;
      for await (const raw of handle.createReadStream({ highWaterMark: 1024 * 1024 })) {
        let chunk = raw as Buffer;
        if (first) {
          first = false;
          if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
        }
        const nl = chunk.lastIndexOf(0x0a);
        if (nl === -1) {
          if (!skipping) leftover = concat(leftover, chunk);
          if (leftover.length > MAX_LINE) {
            leftover = new Uint8Array(0);
            skipping = true;
          }
          continue;
        }
        let body = chunk.subarray(0, nl + 1);
        if (skipping) {
          // The rest of the too-long line ends at the first line break.
          const end = body.indexOf(0x0a);
          tooLong(line);
          line++;
          skipping = false;
          body = body.subarray(end + 1);
          leftover = new Uint8Array(0);
        }
        const bytes = concat(leftover, body);
        const lines = countLineBreaks(bytes);
        if (bytes.length > 0) await send(bytes, line);
        line += lines;
        leftover = concat(new Uint8Array(0), chunk.subarray(nl + 1));
        await writeReady();
      }
      if (skipping) tooLong(line);
      else if (leftover.length > 0) await send(concat(new Uint8Array(0), leftover), line);
    } finally {
      await handle.close();
    }
    while (nextToWrite < seq) {
      if (failure) throw failure;
      if (!results.has(nextToWrite)) await waitForResult();
      await writeReady();
    }
    await out.flush();
  } finally {
    progress.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return summary;
}

/** A fresh copy of `a` followed by `b`, in its own ArrayBuffer (safe to transfer). */
function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function countLineBreaks(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

/**
 * The worker thread's main loop: answers each batch of lines with its JSON-lines output
 * (as UTF-8 bytes, transferred), its rejected records and its counts.
 *
 * @returns When the worker is set up (it then runs until terminated).
 * @example
 * ```ts
 * if (workerData?.tag === WORKER_TAG) await runParallelWorker();
 * ```
 */
export async function runParallelWorker(): Promise<void> {
  const job = workerData as ParallelJob;
  const port = parentPort!;
  let policy: Policy | undefined;
  let calendar: WorkCalendar = chinaCalendar;
  let setupError: BatchResult | undefined;
  try {
    policy = await resolvePolicy(job.policySpec, "zh", (async function* () {})());
    if (job.calendarFiles) calendar = calendarWithYears(job.calendarFiles);
  } catch (e) {
    setupError = failureResult(-1, e);
  }
  port.on("message", (req: BatchRequest) => {
    let result: BatchResult;
    try {
      result = setupError ? { ...setupError, seq: req.seq } : processBatch(req, job, policy!, calendar);
    } catch (e) {
      result = failureResult(req.seq, e);
    }
    port.postMessage(result, result.out ? [result.out.buffer as ArrayBuffer] : []);
  });
}

function failureResult(seq: number, e: unknown): BatchResult {
  if (e instanceof CliError) return { seq, fatal: { zh: e.messageZh, en: e.message, exitCode: e.exitCode, details: e.details } };
  return { seq, error: e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e) };
}

function processBatch(req: BatchRequest, job: ParallelJob, policy: Policy, calendar: WorkCalendar): BatchResult {
  const text = Buffer.from(req.bytes.buffer, req.bytes.byteOffset, req.bytes.byteLength).toString("utf8");
  const rejected: RejectedRecord[] = [];
  const asOfs = new Map<string, "option" | "dataset" | "today">();
  const resolved = new Map<unknown, { asOf: string; from: "option" | "dataset" | "today" }>();
  const statuses = job.statuses ? new Set(job.statuses) : undefined;
  const kinds = job.kinds ? new Set(job.kinds) : undefined;
  let out = "";
  let records = 0;
  let processed = 0;

  const handleRecord = (value: unknown, location: RecordLocation, datasetAsOf: unknown) => {
    records++;
    let r = resolved.get(datasetAsOf);
    if (r === undefined) {
      r = resolveAsOf(job.asOf, datasetAsOf, () => job.today);
      resolved.set(datasetAsOf, r);
      asOfs.set(r.asOf, r.from);
    }
    const result = validate("unit", value);
    if (!result.ok) {
      rejected.push({ location, kind: "invalid", issues: result.issues });
      return;
    }
    const unit = result.value;
    try {
      if (job.task === "classify") {
        out += `${stringifyCached(classificationForJson(classifyUnit(unit, { asOf: r.asOf, policy }), job.explain))}\n`;
      } else {
        const agenda = obligations(unit, { asOf: r.asOf, policy, calendar }).filter((o) => (!statuses || statuses.has(o.status)) && (!kinds || kinds.has(o.kind)));
        out += `${stringifyCached({ unitId: unit.id, name: unit.name, asOf: r.asOf, policy: { id: policy.id, version: policy.version }, obligations: agenda })}\n`;
      }
      processed++;
    } catch (e) {
      const rej = rejectionFor(e, location);
      if (!rej) throw e;
      rejected.push(rej);
    }
  };

  let lineNumber = req.firstLine;
  for (let pos = 0; pos < text.length; lineNumber++) {
    const nl = text.indexOf("\n", pos);
    const end = nl === -1 ? text.length : nl;
    let line = text.slice(pos, end);
    pos = end + 1;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line.length === 0 || (line.charCodeAt(0) <= 0x20 && line.trim() === "")) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      const problem = findJsonSyntaxError(line);
      const column = problem?.column ?? 1;
      records++;
      rejected.push({
        location: { file: job.file, index: records - 1, line: lineNumber, pointer: "" },
        kind: "parse",
        issues: [
          {
            path: "",
            code: "invalid_json",
            message: `第 ${lineNumber} 行不是有效的 JSON：${problem?.reasonZh ?? "语法错误"}（第 ${column} 列）`,
            messageEn: `line ${lineNumber} is not valid JSON: ${problem?.reason ?? "syntax error"} (column ${column})`,
          },
        ],
      });
      continue;
    }
    if (isDatasetLike(value) && Array.isArray(value.units)) {
      value.units.forEach((unit: unknown, i: number) => handleRecord(unit, withId({ file: job.file, index: records, line: lineNumber, pointer: `/units/${i}` }, unit), value.asOf));
    } else {
      handleRecord(value, withId({ file: job.file, index: records, line: lineNumber, pointer: "" }, value), undefined);
    }
  }
  const bytes = Buffer.from(out, "utf8");
  // A fresh ArrayBuffer of its own (never a slice of Node's shared pool) so it can be transferred.
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return { seq: req.seq, out: copy, records, processed, rejected, asOfs: [...asOfs] };
}

function withId(location: RecordLocation, value: unknown): RecordLocation {
  const id = recordId(value);
  if (id !== undefined) location.id = id;
  return location;
}
