import type { Command } from "commander";
import { CliError, EXIT_OK, type Lang } from "../errors";
import type { CliIo } from "../io";
import { parseLang } from "../options";
import { TABULAR_FORMATS, templateSheets, writeTabular, type TabularFormat } from "../tabular-output";
import type { CommandContext } from "./shared";

/** Options of {@link runTemplate}. */
export interface RunTemplateOptions {
  /** `xlsx` (default) or `csv` (a folder of header-only CSV files). */
  format: TabularFormat;
  /** The workbook (or folder) to write. */
  output: string;
  /** The language of the 说明 sheet. */
  lang: Lang;
}

/**
 * `qsd template`: writes the blank workbook regulators fill in (台账模板) from the
 * library's `workbookSpec()` — one sheet per list of the data model with Chinese headers
 * (required ones in red), the header frozen, column widths, dropdown lists for every
 * enumeration, date and text formats on the rows to fill, and a 说明 sheet with each
 * field's meaning, values and clause.
 *
 * @param options - See {@link RunTemplateOptions}.
 * @param io - The streams.
 * @returns 0.
 * @throws {CliError} (exit 2) when the file cannot be written.
 * @example
 * ```ts
 * await runTemplate({ format: "xlsx", output: "台账模板.xlsx", lang: "zh" }, io);
 * ```
 * @see 宁市监质监〔2023〕146号 一（五）、附件2 2.1–2.2
 */
export async function runTemplate(options: RunTemplateOptions, io: CliIo): Promise<number> {
  const sheets = templateSheets(options.lang);
  await writeTabular(options.format === "csv" ? sheets.slice(0, -1) : sheets, { format: options.format, output: options.output, lang: options.lang }, io);
  return EXIT_OK;
}

/**
 * Registers `qsd template` on the program.
 *
 * @param program - The root command.
 * @param ctx - The shared context.
 * @returns The subcommand.
 * @example
 * ```ts
 * registerTemplate(program, ctx);
 * ```
 */
export function registerTemplate(program: Command, ctx: CommandContext): Command {
  return program
    .command("template")
    .description("台账模板 — write the blank workbook to fill in (dropdowns, date cells, a 说明 sheet)")
    .option("-o, --output <file>", "the workbook to write (a folder with --format csv)", "台账模板.xlsx")
    .option("--format <format>", `${TABULAR_FORMATS.join(" | ")}`, "xlsx")
    .option("--lang <lang>", "language of the 说明 sheet: zh | en", "zh")
    .addHelpText(
      "after",
      `
Fill it in Excel or WPS, then: qsd import 台账模板.xlsx -o dataset.json

Examples:
  qsd template -o 台账模板.xlsx
  qsd template --format csv -o 台账模板/`,
    )
    .action(async (opts: { output: string; format: string; lang?: string }) => {
      const lang = parseLang(opts.lang);
      if (!(TABULAR_FORMATS as readonly string[]).includes(opts.format)) {
        throw new CliError(`--format 应为 ${TABULAR_FORMATS.join("、")} 之一，实际为 ${JSON.stringify(opts.format)}`, `--format must be one of ${TABULAR_FORMATS.join(", ")}, not ${JSON.stringify(opts.format)}`);
      }
      ctx.setExitCode(await runTemplate({ format: opts.format as TabularFormat, output: opts.output, lang }, ctx.io));
    });
}
