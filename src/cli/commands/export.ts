import type { Command } from "commander";
import type { Unit } from "../../index";
import { CliError, EXIT_INVALID, EXIT_OK, type Lang } from "../errors";
import type { CliIo } from "../io";
import { parseLang } from "../options";
import { datasetSheets, TABULAR_FORMATS, writeTabular, type TabularFormat } from "../tabular-output";
import { streamUnits } from "../unit-stream";
import type { CommandContext } from "./shared";

/** Options of {@link runExport}. */
export interface RunExportOptions {
  /** The workbook (xlsx) or folder (csv) to write. */
  output: string;
  /** `xlsx` or `csv`; by default from `output` (`.xlsx` → xlsx, else a folder of CSV files). */
  format: TabularFormat;
  /** Message language (and the 说明 sheet's). */
  lang: Lang;
}

/**
 * `qsd export`: writes a data set (JSON, NDJSON, or a workbook) as the workbook regulators
 * keep — the inverse of `qsd import` (`datasetToTables`): one sheet per list, Chinese
 * headers and labels, date cells, dropdowns, frozen headers, autofilters and the 说明
 * sheet; or a folder of CSV files (UTF-8 with BOM, CRLF, formula-guarded). Invalid records
 * are reported on standard error and left out.
 *
 * @param file - The data file (`-` for standard input).
 * @param options - See {@link RunExportOptions}.
 * @param io - The streams.
 * @returns 0, or 1 when records were invalid (left out).
 * @throws {CliError} (exit 2) when a file cannot be read or written.
 * @example
 * ```ts
 * await runExport("dataset.json", { output: "台账.xlsx", format: "xlsx", lang: "zh" }, io);
 * ```
 * @see 宁市监质监〔2023〕146号 一（五）、附件2 2.1–2.2
 */
export async function runExport(file: string, options: RunExportOptions, io: CliIo): Promise<number> {
  const units: Unit[] = [];
  let asOf: string | undefined;
  const summary = await streamUnits(file, { lang: options.lang, progress: true }, io, ({ unit, asOf: a, asOfFrom }) => {
    units.push(unit);
    if (asOfFrom === "dataset") asOf = a;
  });
  const dataset = asOf !== undefined ? { asOf, units } : { units };
  const sheets = datasetSheets(dataset, options.lang);
  await writeTabular(options.format === "csv" ? sheets.slice(0, -1) : sheets, { format: options.format, output: options.output, lang: options.lang }, io);
  return summary.rejected > 0 ? EXIT_INVALID : EXIT_OK;
}

/**
 * Registers `qsd export` on the program.
 *
 * @param program - The root command.
 * @param ctx - The shared context.
 * @returns The subcommand.
 * @example
 * ```ts
 * registerExport(program, ctx);
 * ```
 */
export function registerExport(program: Command, ctx: CommandContext): Command {
  return program
    .command("export")
    .description("导出台账 — write a data set as the workbook (.xlsx) or a folder of CSV files; the inverse of import")
    .argument("<file>", "a JSON data set, NDJSON, or a workbook; - for standard input")
    .requiredOption("-o, --output <path>", "the workbook (.xlsx) or the folder of CSV files to write")
    .option("--format <format>", `${TABULAR_FORMATS.join(" | ")} (default: xlsx for a .xlsx path, else csv)`)
    .option("--lang <lang>", "message language: zh | en", "zh")
    .addHelpText(
      "after",
      `
Examples:
  qsd export dataset.json -o 台账.xlsx
  qsd export dataset.json -o 台账/ --format csv`,
    )
    .action(async (file: string, opts: { output: string; format?: string; lang?: string }) => {
      const lang = parseLang(opts.lang);
      const format = opts.format ?? (/\.xlsx$/i.test(opts.output) ? "xlsx" : "csv");
      if (!(TABULAR_FORMATS as readonly string[]).includes(format)) {
        throw new CliError(`--format 应为 ${TABULAR_FORMATS.join("、")} 之一，实际为 ${JSON.stringify(format)}`, `--format must be one of ${TABULAR_FORMATS.join(", ")}, not ${JSON.stringify(format)}`);
      }
      ctx.setExitCode(await runExport(file, { output: opts.output, format: format as TabularFormat, lang }, ctx.io));
    });
}
