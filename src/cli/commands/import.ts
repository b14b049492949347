import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { formatTableIssue, type Policy } from "../../index";
import { CliError, EXIT_INVALID, EXIT_OK, pick, type Lang } from "../errors";
import type { CliIo } from "../io";
import { parseLang, resolvePolicy } from "../options";
import { styleFor } from "../style";
import { importTabular } from "../tabular-input";
import { plural, type CommandContext } from "./shared";

/** Options of {@link runImport}. */
export interface RunImportOptions {
  /** Where to write the data set (JSON); standard output when absent. */
  output?: string;
  /** Print the issues as JSON lines on standard error. */
  json: boolean;
  /** Message language. */
  lang: Lang;
  /** Also check what this policy decides (credit classes). */
  policy?: Policy;
}

/**
 * `qsd import`: reads a workbook, CSV files or a folder of them (`datasetFromTables`) and
 * writes the data set as JSON, with every problem located at its cell (`人员!C5`) on
 * standard error. Units with problems are left out of the data set and listed.
 *
 * @param files - Workbooks, CSV files or folders.
 * @param options - See {@link RunImportOptions}.
 * @param io - The streams.
 * @returns 0 when every row was imported, 1 when there were problems (the valid units are still written), as `qsd validate`.
 * @throws {CliError} (exit 2) when a file cannot be read or written.
 * @example
 * ```ts
 * await runImport(["台账.xlsx"], { output: "dataset.json", json: false, lang: "zh" }, io);
 * ```
 * @see 宁市监质监〔2023〕146号 一（五）、附件2 2.1–2.2
 */
export async function runImport(files: readonly string[], options: RunImportOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  const result = await importTabular(files, options.policy);
  const text = `${JSON.stringify(result.dataset, null, 2)}\n`;
  if (options.output !== undefined && options.output !== "-") {
    await writeFile(options.output, text, "utf8").catch((e: NodeJS.ErrnoException) => {
      throw new CliError(`无法写入 ${options.output}：${e.code ?? e.message}`, `cannot write ${options.output}: ${e.code ?? e.message}`);
    });
  } else io.stdout.write(text);
  const style = styleFor(io.stderr, io.env);
  let lines = "";
  for (const note of result.encodings) lines += pick(lang, `qsd: ${note}（已按此编码读取）\n`, `qsd: ${note} (decoded as such)\n`);
  for (const issue of result.issues) {
    lines += options.json ? `${JSON.stringify(issue)}\n` : `${style.red("✗")} ${formatTableIssue(issue, { lang })}\n`;
  }
  const n = result.dataset.units.length;
  const left = result.rejectedUnits.length;
  const summary = pick(
    lang,
    `导入 ${n} 个主体${left ? `，${left} 个因有问题未导入（${result.rejectedUnits.slice(0, 10).join("、")}${left > 10 ? "…" : ""}）` : ""}；${result.issues.length} 个问题${options.output && options.output !== "-" ? `；已写入 ${options.output}` : ""}`,
    `imported ${plural(n, "unit")}${left ? `, ${left} left out for their problems (${result.rejectedUnits.slice(0, 10).join(", ")}${left > 10 ? "…" : ""})` : ""}; ${plural(result.issues.length, "issue")}${options.output && options.output !== "-" ? `; wrote ${options.output}` : ""}`,
  );
  io.stderr.write(`${lines}${result.issues.length === 0 ? `${style.green("✓")} ` : ""}${summary}\n`);
  return result.issues.length > 0 ? EXIT_INVALID : EXIT_OK;
}

/**
 * Registers `qsd import` on the program.
 *
 * @param program - The root command.
 * @param ctx - The shared context.
 * @returns The subcommand.
 * @example
 * ```ts
 * registerImport(program, ctx);
 * ```
 */
export function registerImport(program: Command, ctx: CommandContext): Command {
  return program
    .command("import")
    .description("导入台账 — read a workbook (.xlsx) or CSV files into a data set, every problem located (人员!C5)")
    .argument("<files...>", "a workbook, CSV files named after their sheet (人员.csv), or a folder of them")
    .option("-o, --output <file>", "write the data set (JSON) here instead of standard output")
    .option("--policy <policy>", "also check what this policy decides (credit classes): nanjing2023, anhui2023, or a policy JSON file")
    .option("--json", "print the issues as JSON lines on standard error")
    .option("--lang <lang>", "message language: zh | en", "zh")
    .addHelpText(
      "after",
      `
CSV files may be UTF-8 (with or without BOM) or GB18030/GBK (detected).
Exit codes: 0 all imported, 1 problems found (the valid units are still written), 2 unreadable file.

Examples:
  qsd import 台账.xlsx -o dataset.json
  qsd import 单位.csv 人员.csv -o dataset.json
  qsd import 台账/ --lang en`,
    )
    .action(async (files: string[], opts: { output?: string; json?: boolean; lang?: string; policy?: string }) => {
      const lang = parseLang(opts.lang);
      const options: RunImportOptions = { json: opts.json === true, lang };
      if (opts.output !== undefined) options.output = opts.output;
      if (opts.policy !== undefined) options.policy = await resolvePolicy(opts.policy, lang, ctx.io.stdin);
      ctx.setExitCode(await runImport(files, options, ctx.io));
    });
}
