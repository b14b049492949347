import type { Command } from "commander";
import { CHECKLIST_TEMPLATE_IDS, getChecklistTemplate, prefillChecklist, renderChecklist, type Policy, type Unit } from "../../index";
import { CliError, EXIT_INVALID, EXIT_OK, pick, type Lang } from "../errors";
import { openInput } from "../input";
import type { CliIo } from "../io";
import { writeFileAtomic } from "../output";
import { escapeOutputText } from "../terminal-text";
import { parseDateOption, parseLang, resolveAsOf, resolvePolicy } from "../options";
import { describeLocation, unitRecords, type RecordLocation } from "../records";
import { writeRejected } from "../unit-stream";
import { validate } from "../../index";
import type { CommandContext } from "./shared";

/** The formats of `qsd checklist`. */
export const CHECKLIST_FORMATS = ["markdown", "html", "csv"] as const;
/** A format of `qsd checklist`. */
export type ChecklistFormat = (typeof CHECKLIST_FORMATS)[number];

/** Options of {@link runChecklist}. */
export interface RunChecklistOptions {
  /** The template id: `producer-tasks`, `seller-tasks` or `supervision`. */
  template: string;
  /** A file holding the unit to prefill the checklist for. */
  unitFile?: string;
  /** Which unit of the file (needed when it holds more than one). */
  unitId?: string;
  /** `--as-of`, already checked. */
  asOf?: string;
  /** The output format. */
  format: ChecklistFormat;
  /** Write to this file instead of stdout. */
  output?: string;
  /** The policy (for prefilling). */
  policy: Policy;
  /** Use the plan's own marks √ and × instead of ✓ and ✗. */
  planMarks: boolean;
  /** Message language. */
  lang: Lang;
}

/** Reads the unit to prefill for: the one with `unitId`, or the only one in the file. */
async function readUnit(file: string, unitId: string | undefined, lang: Lang, io: CliIo): Promise<{ unit: Unit; datasetAsOf: unknown } | { invalid: true }> {
  const input = await openInput(file, { stdin: io.stdin });
  const found: { value: unknown; location: RecordLocation; datasetAsOf: unknown }[] = [];
  const ids: string[] = [];
  for await (const record of unitRecords(input)) {
    if (!record.ok) {
      if (unitId === undefined) {
        writeRejected(io, lang, { location: record.location, kind: "parse", issues: [{ path: "", code: record.error.code, params: record.error.params, message: record.error.message, messageEn: record.error.messageEn }] });
        return { invalid: true };
      }
      continue;
    }
    if (record.location.id !== undefined) ids.push(record.location.id);
    if (unitId === undefined || record.location.id === unitId) found.push({ value: record.value, location: record.location, datasetAsOf: record.datasetAsOf });
    if (unitId !== undefined && found.length > 0) break;
  }
  if (found.length === 0) {
    throw unitId === undefined
      ? new CliError(`${input.name} 中没有主体`, `${input.name} holds no unit`)
      : new CliError(`${input.name} 中没有标识为 "${unitId}" 的主体`, `${input.name} has no unit with id "${unitId}"`);
  }
  if (found.length > 1) {
    const shown = ids.slice(0, 10).join(", ") + (ids.length > 10 ? ", …" : "");
    throw new CliError(`${input.name} 中有 ${found.length} 个主体：请用 --unit-id 选择一个（${shown}）`, `${input.name} holds ${found.length} units: choose one with --unit-id (${shown})`);
  }
  const { value, location, datasetAsOf } = found[0]!;
  const result = validate("unit", value);
  if (!result.ok) {
    writeRejected(io, lang, { location, kind: "invalid", issues: result.issues });
    io.stderr.write(pick(lang, `qsd: ${describeLocation(location, lang)} 不是有效的主体，无法预填\n`, `qsd: ${describeLocation(location, lang)} is not a valid unit; cannot prefill\n`));
    return { invalid: true };
  }
  return { unit: result.value, datasetAsOf };
}

/**
 * `qsd checklist`: prints a checklist template (附件2 producers, 附件3 sellers, 附件4
 * supervision) blank, or prefilled from a unit's data (what the data can answer, each answer
 * with its evidence; the rest left for the inspector), as Markdown, HTML or CSV.
 *
 * @param options - See {@link RunChecklistOptions}.
 * @param io - The streams and clock.
 * @returns The exit code: 0, or 1 when the unit is invalid.
 * @throws {CliError} (exit 2) for an unknown template, an unreadable file, or a unit the
 *   template does not fit.
 * @example
 * ```ts
 * await runChecklist({ template: "producer-tasks", format: "html", policy: nanjing2023, planMarks: false, lang: "zh" }, io);
 * ```
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export async function runChecklist(options: RunChecklistOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  const template = getChecklistTemplate(options.template);
  let response: Parameters<typeof renderChecklist>[1];
  let note: string | undefined;
  if (options.unitFile !== undefined) {
    const read = await readUnit(options.unitFile, options.unitId, lang, io);
    if ("invalid" in read) return EXIT_INVALID;
    const { asOf, from } = resolveAsOf(options.asOf, read.datasetAsOf, io.today);
    const prefilled = prefillChecklist(template, read.unit, { asOf, policy: options.policy });
    response = prefilled.response;
    const answered = Object.keys(prefilled.response.answers).length;
    const open = prefilled.unanswered.map((u) => u.itemId);
    note = pick(
      lang,
      `已根据 ${read.unit.id} 的数据预填 ${answered} 项（基准日 ${asOf}，检查期间 ${prefilled.period.start} 至 ${prefilled.period.end}）；${open.length} 项待检查人员填写${open.length ? `：${open.join("、")}` : ""}`,
      `prefilled ${answered} items from the data of ${read.unit.id} (as of ${asOf}, period ${prefilled.period.start} to ${prefilled.period.end}); ${open.length} left for the inspector${open.length ? `: ${open.join(", ")}` : ""}`,
    );
  }
  const text = renderChecklist(template, response, { format: options.format, ...(options.planMarks ? { marks: { yes: "√", no: "×" } } : {}) });
  if (options.output !== undefined) {
    // Atomic: a temporary file renamed over the target; a failure leaves the old file as it was.
    await writeFileAtomic(options.output, escapeOutputText(text));
    io.stderr.write(pick(lang, `已写入 ${options.output}\n`, `wrote ${options.output}\n`));
  } else io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
  if (note) io.stderr.write(`qsd: ${note}\n`);
  return EXIT_OK;
}

/**
 * Registers `qsd checklist` on the program.
 *
 * @param program - The root command.
 * @param ctx - The shared context.
 * @returns The subcommand.
 * @example
 * ```ts
 * registerChecklist(program, ctx);
 * ```
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export function registerChecklist(program: Command, ctx: CommandContext): Command {
  return program
    .command("checklist")
    .description("检查清单 — a checklist of the plan (附件2 producers, 附件3 sellers, 附件4 supervision), blank or prefilled from a unit")
    .argument("<template>", `template: ${CHECKLIST_TEMPLATE_IDS.join(" | ")}`)
    .option("--unit <file>", "prefill from this unit's data (a unit, or a data set with --unit-id)")
    .option("--unit-id <id>", "the unit to use when the file holds several")
    .option("--as-of <date>", "the day the checklist is filled in (default: the data set's asOf, else today in Asia/Shanghai)")
    .option("--format <format>", `output: ${CHECKLIST_FORMATS.join(" | ")}`, "markdown")
    .option("-o, --output <file>", "write to a file instead of standard output")
    .option("--policy <policy>", "nanjing2023 (default), anhui2023, or a policy JSON file")
    .option("--plan-marks", "mark results with the plan's √ and × instead of ✓ and ✗")
    .option("--lang <lang>", "message language: zh | en", "zh")
    .addHelpText(
      "after",
      `
Examples:
  qsd checklist producer-tasks                          # blank 附件2 as Markdown
  qsd checklist seller-tasks --format html -o seller.html
  qsd checklist producer-tasks --unit examples/nanjing-demo.json --unit-id NJ07 --format html -o NJ07.html
  qsd checklist supervision --format csv > supervision.csv`,
    )
    .action(async (template: string, opts: { unit?: string; unitId?: string; asOf?: string; format?: string; output?: string; policy?: string; planMarks?: boolean; lang?: string }) => {
      const lang = parseLang(opts.lang);
      const format = opts.format ?? "markdown";
      if (!(CHECKLIST_FORMATS as readonly string[]).includes(format)) {
        throw new CliError(`--format 应为 ${CHECKLIST_FORMATS.join("、")} 之一，实际为 ${JSON.stringify(format)}`, `--format must be one of ${CHECKLIST_FORMATS.join(", ")}, not ${JSON.stringify(format)}`);
      }
      if (opts.unitId !== undefined && opts.unit === undefined) throw new CliError("--unit-id 需要与 --unit 一起使用", "--unit-id needs --unit");
      const options: RunChecklistOptions = { template, format: format as ChecklistFormat, lang, planMarks: opts.planMarks === true, policy: await resolvePolicy(opts.policy, lang, ctx.io.stdin) };
      if (opts.unit !== undefined) options.unitFile = opts.unit;
      if (opts.unitId !== undefined) options.unitId = opts.unitId;
      if (opts.asOf !== undefined) options.asOf = parseDateOption(opts.asOf, "--as-of");
      if (opts.output !== undefined) options.output = opts.output;
      ctx.setExitCode(await runChecklist(options, ctx.io));
    });
}
