import type { Command } from "commander";
import { createUnitIdRegistry, validate, validationKinds, isValidationKind, formatIssue, type Policy, type ValidationIssue, type ValidationKind } from "../../index";
import { _validationIssue } from "../../entities/messages";
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE, pick, type Lang } from "../errors";
import { openInput } from "../input";
import { BufferedWriter, type CliIo } from "../io";
import { checkPolicyFile, parseIntegerOption, parseLang, resolvePolicy } from "../options";
import { createProgress } from "../progress";
import { describeLocation, isDatasetLike, recordId, type RecordLocation } from "../records";
import { styleFor } from "../style";
import { oneLine } from "../terminal-text";
import { issueCount, writeUtf8Warning } from "../unit-stream";
import { plural, writeCliError, type CommandContext } from "./shared";

/** Options of {@link runValidate}. */
export interface RunValidateOptions {
  /** The schema to check against; when absent, guessed per document (an object with `units` is a data set, else a unit). */
  kind?: ValidationKind;
  /** List at most this many issues per record (default 100); `validate` counts the rest (`too_many_issues`). */
  maxIssues?: number;
  /** Message language. */
  lang: Lang;
  /** Print JSON lines instead of text. */
  json: boolean;
  /**
   * `--policy`: also check what this policy decides (units' and data sets' credit classes,
   * code `unknown_credit_class`); without it, only the schemas are checked.
   */
  policy?: Policy;
}

/** Counts of a validation run. */
export interface ValidateSummary {
  /** Records checked (data-set units count one each). */
  records: number;
  /** Records with at least one issue. */
  invalid: number;
  /** NDJSON lines that were not JSON. */
  badLines: number;
  /** Issues found. */
  issues: number;
  /** Files that could not be read or parsed. */
  failedFiles: number;
}

/**
 * `qsd validate`: checks files (or stdin) against a schema and prints each issue with the
 * record's position or id and the issue's JSON pointer. With `policy` (`--policy`) it also
 * checks what the policy decides — a unit's credit class must be one of the policy's
 * (`/creditRisk/grade`, code `unknown_credit_class`) — so a file that passes will not be
 * rejected by `classify`, `obligations` or `report` under that policy for that reason.
 *
 * @param files - File paths, `-` for stdin.
 * @param options - See {@link RunValidateOptions}.
 * @param io - The streams.
 * @returns The exit code: 0 all valid, 1 invalid records or bad NDJSON lines, 2 a file
 *   could not be read or parsed (the other files are still checked).
 * @example
 * ```ts
 * const code = await runValidate(["units.ndjson"], { lang: "en", json: false }, io);
 * ```
 * @see DESIGN.md "CLI"
 */
export async function runValidate(files: readonly string[], options: RunValidateOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  const style = styleFor(io.stdout, io.env);
  const out = new BufferedWriter(io.stdout);
  const progress = createProgress(io.stderr, { enabled: io.stderr.isTTY === true && io.stdout.isTTY !== true, label: pick(lang, "已校验", "checked") });
  const sum: ValidateSummary = { records: 0, invalid: 0, badLines: 0, issues: 0, failedFiles: 0 };
  // At most maxIssues issues per record (validate counts the rest): memory stays bounded per record.
  const maxIssues = options.maxIssues ?? DEFAULT_MAX_ISSUES;
  // One rule for repeated unit ids across lines, documents and files: the first record wins.
  const ids = createUnitIdRegistry();

  const report = async (location: RecordLocation, issues: readonly ValidationIssue[], firstLocation?: RecordLocation) => {
    sum.invalid++;
    sum.issues += issueCount(issues);
    if (options.json) {
      await out.write(`${JSON.stringify({ ...location, ok: false, issues, ...(firstLocation ? { firstLocation } : {}) })}\n`);
      return;
    }
    let text = `${style.red("✗")} ${describeLocation(location, lang)}\n`;
    for (const issue of issues) text += `    ${oneLine(formatIssue(issue, { lang }))}\n`;
    await out.write(text);
  };

  const check = async (location: RecordLocation, value: unknown) => {
    progress.tick();
    const kind = options.kind ?? (isDatasetLike(value) ? "dataset" : "unit");
    // A policy file is checked as --policy reads it: a full policy, or {"extends": …} overrides.
    const result = kind === "policy" ? policyResult(value, maxIssues) : validate(kind, value, { ...(options.policy ? { policy: options.policy } : {}), maxIssues });
    if (kind === "dataset") {
      await checkDatasetResult(location, value, result.ok ? [] : result.issues);
      return;
    }
    sum.records++;
    const id = kind === "unit" ? unitIdOf(value) : undefined;
    const repeated = id === undefined ? undefined : ids.claim(id, location);
    if (repeated !== undefined) await report(location, [...repeated.issues, ...(result.ok ? [] : result.issues)], repeated.firstLocation);
    else if (!result.ok) await report(location, result.issues);
  };

  // A data set counts each unit as a record; its issues are grouped by unit.
  const checkDatasetResult = async (location: RecordLocation, value: unknown, issues: readonly ValidationIssue[]) => {
    const units = isDatasetLike(value) && Array.isArray(value.units) ? value.units : [];
    sum.records += Math.max(1, units.length);
    const groups = new Map<number, ValidationIssue[]>();
    const firsts = new Map<number, RecordLocation>();
    // Ids repeated from earlier documents or files (those repeated inside this data set are the library's issues).
    for (let i = 0; i < units.length; i++) {
      const id = unitIdOf(units[i]);
      if (id === undefined) continue;
      const here: RecordLocation = { ...location, index: i, pointer: `${location.pointer}/units/${i}`, id };
      const first = ids.firstOf(id);
      const sameDocument = first !== undefined && first.file === here.file && first.line === here.line && first.pointer.startsWith(`${location.pointer}/units/`);
      if (sameDocument) continue; // validate("dataset") has reported it, naming the first
      const repeated = ids.claim(id, here);
      if (repeated === undefined) continue;
      (groups.get(i) ?? groups.set(i, []).get(i)!).push(...repeated.issues);
      if (repeated.firstLocation) firsts.set(i, repeated.firstLocation);
    }
    for (const issue of issues) {
      const m = /^\/units\/(\d+)(?=\/|$)/.exec(issue.path);
      const key = m ? Number(m[1]) : -1;
      const rel = m ? { ...issue, path: issue.path.slice(m[0].length) } : issue;
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(rel);
    }
    for (const [i, group] of [...groups].sort((a, b) => a[0] - b[0])) {
      const loc: RecordLocation = i < 0 ? location : { ...location, index: i, pointer: `${location.pointer}/units/${i}` };
      const id = i < 0 ? undefined : recordId(units[i]);
      if (id === undefined) delete loc.id;
      else loc.id = id;
      await report(loc, group, firsts.get(i));
    }
  };

  for (const file of files) {
    try {
      const input = await openInput(file, { stdin: io.stdin });
      const name = input.name;
      let index = 0;
      for await (const doc of input.documents) {
        if (!doc.ok && doc.table) {
          // A spreadsheet's unit (or loose row) with problems, each at its cell.
          sum.records++;
          await report({ file: name, index: index++, pointer: doc.table.where, ...(doc.table.id !== undefined ? { id: doc.table.id } : {}) }, doc.table.issues);
          continue;
        }
        if (!doc.ok) {
          sum.badLines++;
          const where = { file: name, index: index++, line: doc.line, pointer: "" };
          await out.write(options.json ? `${JSON.stringify({ ...where, ok: false, error: { column: doc.column, message: doc.message, messageEn: doc.messageEn } })}\n` : `${style.red("✗")} ${oneLine(`${name}:${doc.line}:${doc.column}  ${pick(lang, doc.message, doc.messageEn)}`)}\n`);
          continue;
        }
        if (doc.invalidUtf8) writeUtf8Warning(io, lang, { file: name, index, ...(doc.line !== undefined ? { line: doc.line } : {}), pointer: "" });
        const value = doc.value;
        if (doc.line !== undefined) {
          const loc: RecordLocation = { file: name, index: index++, line: doc.line, pointer: "" };
          const id = recordId(value);
          await check(id === undefined ? loc : { ...loc, id }, value);
        } else if (Array.isArray(value) && options.kind === undefined) {
          for (let i = 0; i < value.length; i++) {
            const loc: RecordLocation = { file: name, index: index++, pointer: `/${i}` };
            const id = recordId(value[i]);
            await check(id === undefined ? loc : { ...loc, id }, value[i]);
          }
        } else {
          const loc: RecordLocation = { file: name, index: index++, pointer: "" };
          const id = isDatasetLike(value) ? undefined : recordId(value);
          await check(id === undefined ? loc : { ...loc, id }, value);
        }
      }
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      sum.failedFiles++;
      await out.flush();
      progress.clear();
      writeCliError(io, lang, e);
    }
  }
  await out.flush();
  progress.clear();

  const parts: string[] = [];
  const valid = sum.records - sum.invalid;
  const line = pick(
    lang,
    `共 ${sum.records} 条记录：${valid} 条有效，${sum.invalid} 条无效（${sum.issues} 个问题）${sum.badLines ? `，${sum.badLines} 行不是有效的 JSON` : ""}${sum.failedFiles ? `，${sum.failedFiles} 个文件无法读取或解析` : ""}`,
    `${plural(sum.records, "record")}: ${valid} valid, ${sum.invalid} invalid (${plural(sum.issues, "issue")})${sum.badLines ? `, ${plural(sum.badLines, "line")} not valid JSON` : ""}${sum.failedFiles ? `, ${plural(sum.failedFiles, "file")} could not be read or parsed` : ""}`,
  );
  const ok = sum.invalid === 0 && sum.badLines === 0 && sum.failedFiles === 0;
  parts.push(ok ? `${style.green("✓")} ${line}` : line);
  // The summary goes to stderr in JSON mode, so stdout stays pure JSON lines.
  (options.json ? io.stderr : io.stdout).write(`${parts.join("\n")}\n`);
  if (sum.failedFiles > 0) return EXIT_USAGE;
  return ok ? EXIT_OK : EXIT_INVALID;
}

/**
 * Registers `qsd validate` on the program.
 *
 * @param program - The root command.
 * @param ctx - The shared context (streams, exit code).
 * @returns The subcommand.
 * @example
 * ```ts
 * registerValidate(program, ctx);
 * ```
 */
export function registerValidate(program: Command, ctx: CommandContext): Command {
  return program
    .command("validate")
    .description("校验数据文件 — check files against a schema (unit, dataset, …)")
    .argument("<files...>", "JSON or NDJSON files; - for standard input")
    .option("--kind <kind>", `schema: ${validationKinds.join(" | ")} (default: guess — an object with "units" is a dataset, else a unit)`)
    .option("--max-issues <n>", `list at most n issues per record (default ${DEFAULT_MAX_ISSUES}); the rest are counted`)
    .option("--policy <policy>", "also check what this policy decides (credit classes): nanjing2023, anhui2023, or a policy JSON file (a full policy, or {\"extends\": \"nanjing2023\", …overrides}); default: schemas only")
    .option("--json", "print JSON lines (one per invalid record); the summary goes to stderr")
    .option("--lang <lang>", "message language: zh | en", "zh")
    .addHelpText(
      "after",
      `
Exit codes: 0 all valid, 1 invalid records or bad NDJSON lines, 2 usage error or a file that cannot be read or parsed.
NDJSON (one record per line) is streamed: by extension .ndjson/.jsonl, or detected from the content.
JSON files are read whole, up to 128 MiB.

Examples:
  qsd validate units.ndjson
  qsd validate demo.json --lang en
  qsd validate units.ndjson --policy nanjing2023   # also: credit classes in the policy's set
  cat unit.json | qsd validate - --kind unit
  qsd validate a.json b.ndjson --max-issues 20 --json`,
    )
    .action(async (files: string[], opts: { kind?: string; maxIssues?: string; json?: boolean; lang?: string; policy?: string }) => {
      const lang = parseLang(opts.lang);
      if (opts.kind !== undefined && !isValidationKind(opts.kind)) {
        throw new CliError(`--kind 应为 ${validationKinds.join("、")} 之一，实际为 ${JSON.stringify(opts.kind)}`, `--kind must be one of ${validationKinds.join(", ")}, not ${JSON.stringify(opts.kind)}`);
      }
      const options: RunValidateOptions = { lang, json: opts.json === true };
      if (opts.kind !== undefined) options.kind = opts.kind as ValidationKind;
      if (opts.maxIssues !== undefined) options.maxIssues = parseIntegerOption(opts.maxIssues, "--max-issues", 1);
      if (opts.policy !== undefined) options.policy = await resolvePolicy(opts.policy, lang, ctx.io.stdin);
      ctx.setExitCode(await runValidate(files, options, ctx.io));
    });
}

/** The issues listed per record when `--max-issues` is not given (validate's own default). */
export const DEFAULT_MAX_ISSUES = 100;

/** `--kind policy`: the file's content checked as `--policy` reads it, its issues capped like validate's. */
function policyResult(value: unknown, maxIssues: number): { ok: true } | { ok: false; issues: ValidationIssue[] } {
  const r = checkPolicyFile(value);
  if (r.ok) return { ok: true };
  if (r.issues.length <= maxIssues) return { ok: false, issues: r.issues };
  return { ok: false, issues: [...r.issues.slice(0, maxIssues), _validationIssue("", "too_many_issues", { max: maxIssues, more: r.issues.length - maxIssues })] };
}

/** A record's unit id as given (whole): a non-empty string `id` of an object. */
function unitIdOf(value: unknown): string | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === "string" && id !== "" ? id : undefined;
}
