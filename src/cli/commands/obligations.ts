import type { Command } from "commander";
import { OBLIGATION_KINDS, OBLIGATION_STATUSES, obligationLabels, obligations, reportText, type ObligationKind, type ObligationStatus, type Policy, type WorkCalendar } from "../../index";
import { CALENDAR_OPTION_HELP, collectOption, resolveCalendar } from "../calendar-files";
import { CliError, EXIT_INVALID, EXIT_OK, pick, type Lang } from "../errors";
import { BufferedWriter, type CliIo } from "../io";
import { compactReasons } from "../json-lines";
import { calendarGapWarning, parseDateOption, parseLang, parseListOption, resolvePolicy } from "../options";
import { shortKind } from "../report/render-text";
import { styleFor, type Style } from "../style";
import { renderTable } from "../table";
import { withCutMarker } from "../cut-stream";
import { forEachUnit, unitsFooter, type CommandContext } from "./shared";
import { TABULAR_FORMATS, writeTabular, type TabularFormat } from "../tabular-output";

/** Options of {@link runObligations}. */
export interface RunObligationsOptions {
  /** `--as-of`, already checked. */
  asOf?: string;
  /** Only these statuses (default all). */
  statuses?: readonly ObligationStatus[];
  /** Only these kinds (default all). */
  kinds?: readonly ObligationKind[];
  /** The policy. */
  policy: Policy;
  /** `--policy` as given (worker threads resolve it again). */
  policySpec?: string;
  /** JSON lines (one unit's agenda per line) instead of text. */
  json: boolean;
  /** With `json`: citations by document and clause only, without quote and note. */
  compact?: boolean;
  /** The language. */
  lang: Lang;
  /** The working-day calendar (default `chinaCalendar`; `--calendar` adds years). */
  calendar?: WorkCalendar;
  /** `csv` or `xlsx`: one row per obligation (unit, due date as a date, status, kind, owed by, detail) instead of the tables. */
  format?: TabularFormat;
  /** With `format`: the file to write (default standard output). */
  output?: string;
}

function statusLabel(status: ObligationStatus, lang: Lang, s: Style): string {
  const text = pick(lang, obligationLabels.status[status].zh, obligationLabels.status[status].en);
  return status === "overdue" ? s.red(text) : status === "late" ? s.yellow(text) : status === "open" ? s.cyan(text) : s.green(text);
}

/**
 * `qsd obligations`: the agenda of every unit — each deadline the unit or its regulator
 * owes, with its due date and status (met, late, open, overdue) as of a day. Streams:
 * NDJSON of any size runs in bounded memory.
 *
 * @param file - A path, or `-` for stdin.
 * @param options - See {@link RunObligationsOptions}.
 * @param io - The streams and clock.
 * @returns The exit code: 0, or 1 when records were invalid (reported on stderr).
 * @example
 * ```ts
 * await runObligations("demo.json", { policy: nanjing2023, statuses: ["overdue"], json: false, lang: "zh" }, io);
 * ```
 * @see 宁市监质监〔2023〕146号 二（三）、二（四）、二（五）、二（七）
 */
export async function runObligations(file: string, options: RunObligationsOptions, io: CliIo): Promise<number> {
  const { lang, policy } = options;
  const s = styleFor(io.stdout, io.env);
  const out = new BufferedWriter(io.stdout);
  const statuses = new Set(options.statuses ?? OBLIGATION_STATUSES);
  const kinds = new Set(options.kinds ?? OBLIGATION_KINDS);
  const totals = new Map<ObligationStatus, number>();
  const missingYears = new Set<number>();
  const width = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : undefined;
  let done = 0;
  const words = reportText[lang];
  const col = words.columns;
  const sheet: (string | Date | null)[][] = [
    [pick(lang, "单位编号", "ID"), col.name, col.due, pick(lang, "状态", "Status"), pick(lang, "状态代码", "Status code"), pick(lang, "完成日", "Done"), col.obligation, pick(lang, "事项代码", "Kind"), col.owedBy, col.detail],
  ];
  const day = (d: string | null | undefined) => (d ? new Date(`${d}T00:00:00Z`) : null);
  // A fatal error mid-stream: what was computed is written out, then a last line says the output is cut.
  const summary = await withCutMarker(out, { json: options.json, lang, results: () => done }, () => forEachUnit(file, { ...(options.asOf ? { asOf: options.asOf } : {}), lang }, io, async ({ unit, asOf }) => {
    done++;
    const agenda = obligations(unit, { asOf, policy, ...(options.calendar ? { calendar: options.calendar } : {}) }).filter((o) => statuses.has(o.status) && kinds.has(o.kind));
    for (const o of agenda) {
      totals.set(o.status, (totals.get(o.status) ?? 0) + 1);
      if (o.status === "unknown") for (const r of o.reasons) if ("missingYears" in r) for (const y of r.missingYears) missingYears.add(y);
    }
    if (options.json) {
      const listed = options.compact === true ? agenda.map((o) => ({ ...o, reasons: compactReasons(o.reasons) })) : agenda;
      await out.writeJsonLine({ unitId: unit.id, name: unit.name, asOf, policy: { id: policy.id, version: policy.version }, obligations: listed });
      return;
    }
    if (options.format) {
      for (const o of agenda) {
        const reason = o.reasons.find((r) => r.rule === o.decidedBy) ?? o.reasons[o.reasons.length - 1];
        const st = obligationLabels.status[o.status];
        sheet.push([unit.id, unit.name, day(o.dueOn), pick(lang, st.zh, st.en), o.status, day(o.doneOn), shortKind(o.kind, lang), o.kind, words.owedBy[o.owedBy], reason ? pick(lang, reason.message, reason.messageEn) : null]);
      }
      return;
    }
    if (agenda.length === 0) return;
    const rows = agenda.map((o) => {
      const reason = o.reasons.find((r) => r.rule === o.decidedBy) ?? o.reasons[o.reasons.length - 1];
      return [
        o.dueOn ?? "—",
        statusLabel(o.status, lang, s),
        o.doneOn ?? "—",
        shortKind(o.kind, lang),
        words.owedBy[o.owedBy],
        reason ? pick(lang, reason.message, reason.messageEn) : "",
      ];
    });
    await out.write(
      `${s.bold(`${unit.id}  ${unit.name}`)}\n` +
        renderTable(
          [
            { header: col.due },
            { header: pick(lang, "状态", "Status") },
            { header: pick(lang, "完成日", "Done") },
            { header: col.obligation, maxWidth: lang === "en" ? 34 : 18 },
            { header: col.owedBy },
            { header: col.detail },
          ],
          rows,
          { indent: 2, styleHeader: s.dim, ...(width ? { lineWidth: width } : {}) },
        ) +
        "\n",
    );
  }));
  if (options.format) {
    const widths = [14, 30, 12, 10, 10, 12, 24, 24, 10, 60];
    await writeTabular([{ name: pick(lang, "义务与期限", "Obligations"), rows: sheet, columns: widths.map((width, i) => ({ width, kind: i === 2 || i === 5 ? "date" : "text" })), autoFilter: true }], { format: options.format, ...(options.output ? { output: options.output } : {}), lang }, io);
  } else if (!options.json) {
    const counts = OBLIGATION_STATUSES.filter((st) => totals.has(st)).map((st) => `${statusLabel(st, lang, s)} ${totals.get(st)}`);
    await out.write(unitsFooter(summary, { counts, whenNone: ["：无符合条件的事项", ": no matching obligations"], policy, lang, style: s }));
  }
  await out.flush();
  const warning = calendarGapWarning(missingYears, lang);
  if (warning !== undefined) io.stderr.write(`${warning}\n`);
  return summary.rejected > 0 ? EXIT_INVALID : EXIT_OK;
}

/**
 * Registers `qsd obligations` on the program.
 *
 * @param program - The root command.
 * @param ctx - The shared context.
 * @returns The subcommand.
 * @example
 * ```ts
 * registerObligations(program, ctx);
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function registerObligations(program: Command, ctx: CommandContext): Command {
  return program
    .command("obligations")
    .description("义务与期限 — each unit's agenda: every deadline with its due date and status (met, late, open, overdue)")
    .argument("<file>", "units: a JSON data set, array or unit, or NDJSON; - for standard input")
    .option("--as-of <date>", "judge as of this date (default: the data set's asOf, else today in Asia/Shanghai)")
    .option("--status <list>", `only these statuses, comma-separated: ${OBLIGATION_STATUSES.join(",")}`)
    .option("--kind <list>", `only these kinds, comma-separated: ${OBLIGATION_KINDS.join(",")}`)
    .option("--policy <policy>", "nanjing2023 (default), anhui2023, or a policy JSON file")
    .option("--json", "print JSON lines, one unit's agenda per line")
    .option("--compact", "with --json: cite each reason by its document and clause only (no quote or note: they are the policy's, the same on every line)")
    .option("--format <format>", `a spreadsheet instead of the tables: ${TABULAR_FORMATS.join(" | ")} (one row per obligation, due dates as date cells)`)
    .option("-o, --output <file>", "with --format: write to this file instead of standard output")
    .option("--calendar <file>", CALENDAR_OPTION_HELP, collectOption)
    .option("--lang <lang>", "language: zh | en", "zh")
    .addHelpText(
      "after",
      `
Invalid records are reported on stderr and skipped; the exit code is then 1. A repeated unit
id is such a record (the first one wins). A run stopped by a fatal error (exit 2) first
writes out every result computed, then ends standard output with a line that says so:
{"error":{"code":"output_incomplete",…}} with --json, "qsd: 输出不完整：…" in text.
A deadline that needs working days of a year without a published holiday notice is listed
as "unknown" (无法计算) with the missing years, and one warning on stderr says how to add
the year (--calendar FILE, a file made by qsd calendar import); everything else is answered.

Examples:
  qsd obligations examples/nanjing-demo.json --status overdue,open
  qsd obligations units.ndjson --as-of 2026-06-30 --json > agenda.ndjson
  qsd obligations demo.json --kind onsite-inspection,official-change --lang en`,
    )
    .action(async (file: string, opts: { asOf?: string; status?: string; kind?: string; policy?: string; json?: boolean; compact?: boolean; lang?: string; calendar?: string[]; format?: string; output?: string }) => {
      const lang = parseLang(opts.lang);
      const { calendar } = await resolveCalendar(opts.calendar, ctx.io.env, lang);
      const options: RunObligationsOptions = { lang, json: opts.json === true, compact: opts.compact === true, policy: await resolvePolicy(opts.policy, lang, ctx.io.stdin), calendar };
      if (opts.policy !== undefined) options.policySpec = opts.policy;
      if (opts.asOf !== undefined) options.asOf = parseDateOption(opts.asOf, "--as-of");
      if (opts.status !== undefined) options.statuses = parseListOption(opts.status, OBLIGATION_STATUSES, "--status");
      if (opts.kind !== undefined) options.kinds = parseListOption(opts.kind, OBLIGATION_KINDS, "--kind");
      if (opts.format !== undefined) {
        if (!(TABULAR_FORMATS as readonly string[]).includes(opts.format)) throw new CliError(`--format 应为 ${TABULAR_FORMATS.join("、")} 之一，实际为 ${JSON.stringify(opts.format)}`, `--format must be one of ${TABULAR_FORMATS.join(", ")}, not ${JSON.stringify(opts.format)}`);
        options.format = opts.format as TabularFormat;
      }
      if (opts.output !== undefined) options.output = opts.output;
      ctx.setExitCode(await runObligations(file, options, ctx.io));
    });
}
