import type { Command } from "commander";
import { classifyUnit, reportText, type Policy, type SupervisionLevel } from "../../index";
import { CliError, EXIT_INVALID, EXIT_OK, pick, type Lang } from "../errors";
import { BufferedWriter, type CliIo } from "../io";
import { classificationForJson } from "../json-lines";
import { LEVELS_HIGH_TO_LOW, levelLabel } from "../labels";
import { parseDateOption, parseLang, resolvePolicy } from "../options";
import { plainStyle, styleFor } from "../style";
import { StreamingTable } from "../table";
import { CALENDAR_OPTION_HELP, collectOption, resolveCalendar } from "../calendar-files";
import { withCutMarker } from "../cut-stream";
import { forEachUnit, unitsFooter, type CommandContext } from "./shared";
import { TABULAR_FORMATS, writeTabular, type TabularFormat } from "../tabular-output";

/** Options of {@link runClassify}. */
export interface RunClassifyOptions {
  /** `--as-of`, already checked. */
  asOf?: string;
  /** The policy. */
  policy: Policy;
  /** `--policy` as given (worker threads resolve it again). */
  policySpec?: string;
  /** JSON lines instead of a table. */
  json: boolean;
  /** Include every rule considered (`considered`), not only those that fired. */
  explain: boolean;
  /** With `json`: citations by document and clause only, without quote and note. */
  compact?: boolean;
  /** Message language. */
  lang: Lang;
  /** `csv` or `xlsx`: one row per unit (id, name, level, the level's code, why) instead of the table. */
  format?: TabularFormat;
  /** With `format`: the file to write (default standard output). */
  output?: string;
}

/**
 * `qsd classify`: the supervision level of every unit in a file, with the rules that
 * fired — a table (`#`, id, name, level, why) or JSON lines. Streams: NDJSON of any size
 * runs in bounded memory.
 *
 * @param file - A path, or `-` for stdin.
 * @param options - See {@link RunClassifyOptions}.
 * @param io - The streams.
 * @returns The exit code: 0, or 1 when a record was invalid (reported on stderr).
 * @example
 * ```ts
 * await runClassify("demo.json", { policy: nanjing2023, json: true, explain: false, lang: "zh" }, io);
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export async function runClassify(file: string, options: RunClassifyOptions, io: CliIo): Promise<number> {
  const { lang, policy } = options;
  const style = styleFor(io.stdout, io.env);
  const out = new BufferedWriter(io.stdout);
  const counts = new Map<SupervisionLevel, number>();
  const table = new StreamingTable(
    [{ header: "#", align: "right" }, { header: "ID", maxWidth: 16 }, { header: reportText[lang].columns.name, maxWidth: 32 }, { header: reportText[lang].columns.level }, { header: pick(lang, "依据", "Why") }],
    (s) => out.write(s),
    { ...(io.stdout.isTTY && io.stdout.columns ? { lineWidth: io.stdout.columns } : {}), styleHeader: style.bold },
  );
  let n = 0;
  const sheet: (string | number)[][] = [[pick(lang, "序号", "#"), pick(lang, "单位编号", "ID"), reportText[lang].columns.name, pick(lang, "统一社会信用代码", "USCC"), reportText[lang].columns.level, pick(lang, "层级代码", "Level code"), pick(lang, "依据", "Why"), pick(lang, "规则", "Rules")]];
  // A fatal error mid-stream: what was computed is written out, then a last line says the output is cut.
  const summary = await withCutMarker(out, { json: options.json, lang, results: () => n, beforeMarker: () => !options.json && table.end() }, () => forEachUnit(file, { ...(options.asOf ? { asOf: options.asOf } : {}), lang }, io, ({ unit, asOf }) => {
    const c = classifyUnit(unit, { asOf, policy });
    counts.set(c.level, (counts.get(c.level) ?? 0) + 1);
    n++;
    // Synchronous unless the output must drain: no await per unit.
    // Without --explain or --compact the classification itself, `considered` left out as it is written (no copy).
    if (options.json) return options.explain || options.compact === true ? out.writeJsonLine(classificationForJson(c, options.explain, options.compact === true)) : out.writeJsonLine(c, "considered");
    // The table shows the rules that decided the level; --json has them all.
    const deciding = c.reasons.filter((r) => r.level === c.level);
    const why = (deciding.length > 0 ? deciding : c.reasons).map((r) => pick(lang, r.message, r.messageEn)).join(pick(lang, "；", "; "));
    if (options.format) {
      sheet.push([n, unit.id, unit.name, unit.uscc, levelLabel(c.level, lang, plainStyle), c.level, why, (deciding.length > 0 ? deciding : c.reasons).map((r) => r.rule).join(" ")]);
      return;
    }
    return table.add([String(n), unit.id, unit.name, levelLabel(c.level, lang, style), why]);
  }));
  if (options.format) {
    const widths = [6, 14, 32, 22, 12, 10, 60, 30];
    await writeTabular([{ name: reportText[lang].columns.level, rows: sheet, columns: widths.map((width, i) => ({ width, kind: i === 0 ? "integer" : "text" })), autoFilter: true }], { format: options.format, ...(options.output ? { output: options.output } : {}), lang }, io);
  } else if (!options.json) {
    await table.end();
    const levels = LEVELS_HIGH_TO_LOW.filter((l) => counts.has(l)).map((l) => `${levelLabel(l, lang, style)} ${counts.get(l)}`);
    await out.write(`\n${unitsFooter(summary, { counts: levels, policy, lang, style })}`);
  }
  await out.flush();
  return summary.rejected > 0 ? EXIT_INVALID : EXIT_OK;
}

/**
 * Registers `qsd classify` on the program.
 *
 * @param program - The root command.
 * @param ctx - The shared context.
 * @returns The subcommand.
 * @example
 * ```ts
 * registerClassify(program, ctx);
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function registerClassify(program: Command, ctx: CommandContext): Command {
  return program
    .command("classify")
    .description("监管层级 — the supervision level of each unit (special / key / routine / trigger) and why")
    .argument("<file>", "units: a JSON data set, array or unit, or NDJSON (one unit per line); - for standard input")
    .option("--as-of <date>", "classify as of this date (default: the data set's asOf, else today in Asia/Shanghai)")
    .option("--policy <policy>", "nanjing2023 (default), anhui2023, or a policy JSON file (a full policy, or {\"extends\": \"nanjing2023\", …overrides})")
    .option("--json", "print JSON lines, one classification per line")
    .option("--explain", "with --json: include every rule considered, fired or not")
    .option("--compact", "with --json: cite each reason by its document and clause only (no quote or note: they are the policy's, the same on every line)")
    .option("--format <format>", `a spreadsheet instead of the table: ${TABULAR_FORMATS.join(" | ")} (one row per unit)`)
    .option("-o, --output <file>", "with --format: write to this file instead of standard output")
    .option("--calendar <file>", `${CALENDAR_OPTION_HELP} (checked; tiers need no working days)`, collectOption)
    .option("--lang <lang>", "language: zh | en", "zh")
    .addHelpText(
      "after",
      `
Invalid records are reported on stderr and skipped; the exit code is then 1. A repeated unit
id is such a record (the first one wins). A run stopped by a fatal error (exit 2) first
writes out every result computed, then ends standard output with a line that says so:
{"error":{"code":"output_incomplete",…}} with --json, "qsd: 输出不完整：…" in text.

Examples:
  qsd classify examples/nanjing-demo.json
  qsd classify units.ndjson --as-of 2026-06-30 --json > levels.ndjson
  qsd classify units.ndjson --json --compact | jq -r .level
  qsd classify units.ndjson --policy anhui2023 --lang en`,
    )
    .action(async (file: string, opts: { asOf?: string; policy?: string; json?: boolean; explain?: boolean; compact?: boolean; lang?: string; calendar?: string[]; format?: string; output?: string }) => {
      const lang = parseLang(opts.lang);
      // Accepted like on the other commands (and checked), so one QSD_CALENDAR or --calendar serves every command.
      await resolveCalendar(opts.calendar, ctx.io.env, lang);
      const options: RunClassifyOptions = { lang, json: opts.json === true, explain: opts.explain === true, compact: opts.compact === true, policy: await resolvePolicy(opts.policy, lang, ctx.io.stdin) };
      if (opts.policy !== undefined) options.policySpec = opts.policy;
      if (opts.asOf !== undefined) options.asOf = parseDateOption(opts.asOf, "--as-of");
      if (opts.format !== undefined) {
        if (!(TABULAR_FORMATS as readonly string[]).includes(opts.format)) throw new CliError(`--format 应为 ${TABULAR_FORMATS.join("、")} 之一，实际为 ${JSON.stringify(opts.format)}`, `--format must be one of ${TABULAR_FORMATS.join(", ")}, not ${JSON.stringify(opts.format)}`);
        options.format = opts.format as TabularFormat;
      }
      if (opts.output !== undefined) options.output = opts.output;
      ctx.setExitCode(await runClassify(file, options, ctx.io));
    });
}
