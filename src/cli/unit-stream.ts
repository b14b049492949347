import { createUnitIdRegistry, formatIssue, validate, type ProblemParams, type Unit, type ValidationIssue } from "../index";
import { _isProblemCode, _validationIssue } from "../entities/messages";
import { CliError, libraryErrorToCliError, pick, type Lang } from "./errors";
import { openInput } from "./input";
import type { CliIo } from "./io";
import { resolveAsOf } from "./options";
import { createProgress, type Progress } from "./progress";
import { describeLocation, unitRecordBatches, type RecordLocation } from "./records";
import { styleFor } from "./style";
import { oneLine } from "./terminal-text";

/** A valid unit, ready for the library. */
export interface UnitItem {
  /** The parsed unit. */
  unit: Unit;
  /** Where it comes from. */
  location: RecordLocation;
  /** The as-of date that applies to it (option, data set, or today). */
  asOf: string;
  /** Where `asOf` came from. */
  asOfFrom: "option" | "dataset" | "today";
}

/** A record that could not be used, with why. */
export interface RejectedRecord {
  /** Where it comes from. */
  location: RecordLocation;
  /** The problems: schema issues, a JSON syntax error of its NDJSON line, or an error the library raised for it. */
  issues: ValidationIssue[];
  /** `"parse"` (not JSON), `"invalid"` (fails the unit schema, or repeats an id) or `"error"` (the library rejected it). */
  kind: "parse" | "invalid" | "error";
  /** A repeated unit id (`duplicate_id`): where the first record with that id is. */
  firstLocation?: RecordLocation;
}

/**
 * Thrown by a {@link streamUnits} handler to reject the current record (e.g. a repeated
 * unit id) without stopping the run.
 *
 * @example
 * ```ts
 * throw new RecordRejection({ path: "/id", code: "duplicate_id", message: "主体标识重复", messageEn: "duplicate unit id" });
 * ```
 */
export class RecordRejection extends Error {
  override readonly name = "RecordRejection";
  /** The problems. */
  readonly issues: ValidationIssue[];
  /** @param issues - The problems (at least one). */
  constructor(...issues: ValidationIssue[]) {
    super(issues[0]?.messageEn ?? "record rejected");
    this.issues = issues;
  }
}

/** Options of {@link streamUnits}. */
export interface StreamUnitsOptions {
  /** The `--as-of` option, already checked. */
  asOf?: string;
  /** Message language. */
  lang: Lang;
  /** Show a progress line on stderr (when it is a terminal). */
  progress: boolean;
  /** Print rejected records on stderr as they come (default true). */
  printRejected?: boolean;
}

/** Counts of a {@link streamUnits} run. */
export interface StreamUnitsSummary {
  /** Records read (valid or not). */
  records: number;
  /** Records handed to the handler. */
  processed: number;
  /** Records rejected. */
  rejected: number;
  /** The as-of dates used, with where each came from (usually one). */
  asOfs: Map<string, "option" | "dataset" | "today">;
}

/**
 * Reads units from a file (JSON, NDJSON or stdin) one at a time, validates each, resolves
 * its as-of date (`--as-of`, else its data set's `asOf`, else today in Asia/Shanghai), and
 * hands the valid ones to `handle`. Invalid records, unparseable NDJSON lines and records
 * the library rejects (a typed error such as `UnitDataError` for a credit class the policy
 * does not know, reported as invalid at its path) are reported — never fatal to the rest. Memory stays bounded for NDJSON: nothing is kept
 * between records.
 *
 * @param file - A path, or `-` for stdin.
 * @param options - See {@link StreamUnitsOptions}.
 * @param io - The streams.
 * @param handle - Called for each valid unit; may be async (its promise is awaited, so
 *   back-pressure holds). A typed library error it throws rejects that record only.
 * @param onRejected - Called for each rejected record (after it is printed).
 * @returns The counts.
 * @throws {CliError} (exit 2) when the file cannot be read or parsed, or the as-of date is
 *   invalid or outside the calendar.
 * @example
 * ```ts
 * await streamUnits("units.ndjson", { lang: "zh", progress: true }, io, ({ unit, asOf }) => {
 *   console.log(classifyUnit(unit, { asOf }).level);
 * });
 * ```
 */
export async function streamUnits(
  file: string,
  options: StreamUnitsOptions,
  io: CliIo,
  handle: (item: UnitItem) => void | Promise<void> | undefined,
  onRejected?: (rejected: RejectedRecord) => void,
): Promise<StreamUnitsSummary> {
  const { lang } = options;
  const input = await openInput(file, { stdin: io.stdin });
  const progress: Progress = createProgress(io.stderr, { enabled: options.progress && io.stderr.isTTY === true, label: pick(lang, "已处理", "processed") });
  const summary: StreamUnitsSummary = { records: 0, processed: 0, rejected: 0, asOfs: new Map() };
  let today: string | undefined;
  const todayOnce = () => (today ??= io.today());
  const checked = new Map<unknown, { asOf: string; from: "option" | "dataset" | "today" }>();
  // One rule for repeated unit ids (the library's): the first record with an id wins.
  const ids = createUnitIdRegistry();

  const reject = (rejected: RejectedRecord) => {
    summary.rejected++;
    if (options.printRejected !== false) {
      progress.clear();
      writeRejected(io, lang, rejected);
    }
    onRejected?.(rejected);
  };

  try {
    for await (const batch of unitRecordBatches(input)) {
      for (const record of batch) {
        summary.records++;
        progress.tick();
        if (!record.ok && record.error.table) {
          reject({ location: record.location, kind: "invalid", issues: record.error.table.issues });
          continue;
        }
        if (record.ok && record.invalidUtf8) {
          progress.clear();
          writeUtf8Warning(io, lang, record.location);
        }
        if (!record.ok) {
          reject({ location: record.location, kind: "parse", issues: [{ path: "", code: record.error.code, params: record.error.params, message: record.error.message, messageEn: record.error.messageEn }] });
          continue;
        }
        // The as-of date, once per distinct data-set asOf (usually once per run).
        let resolved = checked.get(record.datasetAsOf);
        if (resolved === undefined) {
          resolved = resolveAsOf(options.asOf, record.datasetAsOf, todayOnce);
          checked.set(record.datasetAsOf, resolved);
          summary.asOfs.set(resolved.asOf, resolved.from);
        }
        const id = unitIdOf(record.value);
        const repeated = id === undefined ? undefined : ids.claim(id, record.location);
        if (repeated !== undefined) {
          reject(repeated.firstLocation ? { location: record.location, kind: "invalid", issues: repeated.issues, firstLocation: repeated.firstLocation } : { location: record.location, kind: "invalid", issues: repeated.issues });
          continue;
        }
        const result = validate("unit", record.value);
        if (!result.ok) {
          reject({ location: record.location, kind: "invalid", issues: result.issues });
          continue;
        }
        try {
          const pending = handle({ unit: result.value, location: record.location, asOf: resolved.asOf, asOfFrom: resolved.from });
          if (pending) await pending; // only when the output must drain
          summary.processed++;
        } catch (error) {
          const rejected = rejectionFor(error, record.location);
          if (!rejected) throw error;
          reject(rejected);
        }
      }
    }
  } finally {
    progress.clear();
  }
  return summary;
}

/**
 * Turns what a record's handler threw into a rejection of that record: a
 * {@link RecordRejection}, or a typed library error (`PolicyError`, `InvalidDateError`,
 * `CalendarCoverageError`, …). A `UnitDataError` (a value the policy does not know, e.g.
 * a credit class) makes the record invalid, like a schema issue, at the error's path
 * (`/creditRisk/grade`). Anything else — a `CliError` (fatal) or a bug — gives
 * `undefined`, for the caller to rethrow.
 *
 * @param error - What was thrown.
 * @param location - The record's location.
 * @returns The rejection, or `undefined`.
 * @example
 * ```ts
 * try { handle(item); } catch (e) { const r = rejectionFor(e, item.location); if (!r) throw e; report(r); }
 * ```
 */
export function rejectionFor(error: unknown, location: RecordLocation): RejectedRecord | undefined {
  if (error instanceof RecordRejection) return { location, kind: "invalid", issues: error.issues };
  const known = error instanceof CliError ? undefined : libraryErrorToCliError(error);
  if (!known) return undefined;
  const issues = (error as { issues?: ValidationIssue[] }).issues;
  // A library error without located issues: its code and params, worded by the message tables.
  const { code, params } = error as { code?: unknown; params?: ProblemParams };
  return {
    location,
    kind: (error as Error).name === "UnitDataError" ? "invalid" : "error",
    issues:
      Array.isArray(issues) && issues.length > 0
        ? issues
        : [_isProblemCode(code) ? _validationIssue("", code, params ?? {}) : _validationIssue("", "internal_error", { detail: known.message.slice(0, 200) })],
  };
}

/** The most issues printed per rejected record. */
const MAX_ISSUES_PER_RECORD = 10;

/**
 * Prints a rejected record on stderr: where it is, and its issues with JSON pointers.
 *
 * @param io - The streams.
 * @param lang - The message language.
 * @param rejected - The record.
 * @example
 * ```ts
 * writeRejected(io, "zh", { location, kind: "invalid", issues });
 * // qsd: 无效记录 demo.json /units/3（NJ04），已跳过：
 * //     /uscc: 统一社会信用代码校验位错误…
 * ```
 */
export function writeRejected(io: CliIo, lang: Lang, rejected: RejectedRecord): void {
  const style = styleFor(io.stderr, io.env);
  const what = { parse: ["无法解析的行", "unparseable line"], invalid: ["无效记录", "invalid record"], error: ["无法处理的记录", "record not processed"] }[rejected.kind];
  const where = describeLocation(rejected.location, lang);
  const lines = [`qsd: ${style.yellow(pick(lang, what[0]!, what[1]!))} ${where}${pick(lang, "，已跳过：", ", skipped:")}`];
  const shown = rejected.issues.filter((i) => i.code !== "too_many_issues");
  for (const issue of shown.slice(0, MAX_ISSUES_PER_RECORD)) lines.push(`    ${oneLine(formatIssue(issue, { lang }))}`);
  const more = issueCount(rejected.issues) - Math.min(shown.length, MAX_ISSUES_PER_RECORD);
  if (more > 0) lines.push(pick(lang, `    …另有 ${more} 个问题（用 qsd validate 查看全部）`, `    … ${more} more (run qsd validate to see all)`));
  io.stderr.write(`${lines.join("\n")}\n`);
}

/**
 * How many problems a record has: its issues, where a last `too_many_issues` (validate's
 * cap) stands for the `params.more` issues it counted.
 *
 * @param issues - A record's issues.
 * @returns The number of problems found.
 * @example
 * ```ts
 * issueCount([a, b, { code: "too_many_issues", params: { max: 2, more: 40 } }]); // 42
 * ```
 */
export function issueCount(issues: readonly ValidationIssue[]): number {
  let n = 0;
  for (const i of issues) n += i.code === "too_many_issues" ? (i.params.more ?? 0) : 1;
  return n;
}

/** A record's unit id as given (whole, not cut for display): a non-empty string `id` of an object. */
function unitIdOf(value: unknown): string | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === "string" && id !== "" ? id : undefined;
}

/**
 * The one warning for a document whose bytes were not valid UTF-8 (each bad sequence was
 * read as U+FFFD, so names and ids may show �): where it is, and what to do.
 *
 * @param io - The streams.
 * @param lang - The language.
 * @param location - The document's (first record's) location.
 * @example
 * ```ts
 * writeUtf8Warning(io, "en", { file: "units.ndjson", index: 2, line: 3, pointer: "" });
 * // qsd: warning: units.ndjson:3 has bytes that are not UTF-8 (read as U+FFFD): save the file as UTF-8
 * ```
 */
export function writeUtf8Warning(io: CliIo, lang: Lang, location: RecordLocation): void {
  const where = oneLine(location.line !== undefined ? `${location.file}:${location.line}` : location.file);
  io.stderr.write(
    pick(lang, `qsd: 警告：${where} 含有不是 UTF-8 编码的字节（已读作 U+FFFD）：请将文件另存为 UTF-8\n`, `qsd: warning: ${where} has bytes that are not UTF-8 (read as U+FFFD): save the file as UTF-8\n`),
  );
}
