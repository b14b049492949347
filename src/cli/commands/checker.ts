import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Command } from "commander";
import { CliError, EXIT_OK, pick, type Lang } from "../errors";
import type { CliIo } from "../io";
import { writeFileAtomic } from "../output";
import { parseLang } from "../options";
import type { CommandContext } from "./shared";

/**
 * The built checker page, `site/index.html` (shipped in the package's `files`, written by
 * `npm run build:site`): `../site/` from the bundle `dist/cli.js`, `../../../site/` from the
 * source `src/cli/commands/checker.ts`.
 *
 * @returns The absolute path, or `undefined` when it is not there.
 * @example
 * ```ts
 * checkerPagePath(); // "/…/node_modules/quality-safety-duty/site/index.html"
 * ```
 */
export function checkerPagePath(): string | undefined {
  for (const rel of ["../site/index.html", "../../../site/index.html"]) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** Options of {@link runChecker}. */
export interface RunCheckerOptions {
  /** The folder to write `index.html` into (created if missing). */
  dir: string;
  /** Open the page in the default browser (`BROWSER`, else `xdg-open` / `open` / `start`). */
  open: boolean;
  /** Message language. */
  lang: Lang;
  /** The page to copy (default {@link checkerPagePath}). */
  page?: string;
}

/** The command that opens a file URL: `BROWSER` when set, else the platform's opener. */
function opener(env: CliIo["env"], url: string): { command: string; args: string[] } {
  if (env.BROWSER) return { command: env.BROWSER, args: [url] };
  if (process.platform === "darwin") return { command: "open", args: [url] };
  if (process.platform === "win32") return { command: "cmd", args: ["/c", "start", "", url] };
  return { command: "xdg-open", args: [url] };
}

/**
 * `qsd checker`: writes the in-browser checker page (one self-contained `index.html`) to a
 * folder and, with `--open`, opens it. The page reads JSON, NDJSON, CSV and .xlsx files,
 * validates them and shows the interactive supervision report — all in the browser; it may
 * make no network connection (Content-Security-Policy `connect-src 'none'`).
 *
 * @param options - See {@link RunCheckerOptions}.
 * @param io - The streams and environment.
 * @returns 0.
 * @throws {CliError} (exit 2) when the page is not built or cannot be written.
 * @example
 * ```ts
 * await runChecker({ dir: "qsd-checker", open: true, lang: "zh" }, io);
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export async function runChecker(options: RunCheckerOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  const page = options.page ?? checkerPagePath();
  if (page === undefined || !existsSync(page)) {
    throw new CliError("找不到检查器页面 site/index.html：请先运行 npm run build:site", "the checker page site/index.html is missing: run npm run build:site first");
  }
  const dir = resolve(options.dir);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new CliError(`无法创建目录 ${options.dir}：${(e as Error).message}`, `cannot create the folder ${options.dir}: ${(e as Error).message}`);
  }
  const out = join(dir, "index.html");
  await writeFileAtomic(out, readFileSync(page, "utf8"));
  io.stderr.write(pick(lang, `已写入 ${out}（在浏览器中打开；数据不会离开本机）\n`, `wrote ${out} (open it in a browser; the data never leaves the machine)\n`));
  if (options.open) {
    const url = pathToFileURL(out).href;
    const { command, args } = opener(io.env, url);
    // Loaded here, not at start-up: only --open starts a process.
    const { spawn } = await import("node:child_process");
    await new Promise<void>((done) => {
      const child = spawn(command, args, { detached: true, stdio: "ignore" });
      child.once("error", () => {
        io.stderr.write(pick(lang, `无法自动打开浏览器（${command}）：请手动打开 ${url}\n`, `could not open a browser (${command}): open ${url} yourself\n`));
        done();
      });
      child.once("spawn", () => {
        child.unref();
        done();
      });
    });
  }
  return EXIT_OK;
}

/**
 * Registers `qsd checker` on the program.
 *
 * @param program - The root command.
 * @param ctx - The shared context.
 * @returns The subcommand.
 * @example
 * ```ts
 * registerChecker(program, ctx);
 * ```
 */
export function registerChecker(program: Command, ctx: CommandContext): Command {
  return program
    .command("checker")
    .description("检查器页面 — write the in-browser checker page (drop a file, see the report; nothing is uploaded)")
    .argument("[dir]", "the folder to write index.html into", "qsd-checker")
    .option("--open", "open the page in the default browser (BROWSER, else xdg-open / open / start)")
    .option("--lang <lang>", "language of the messages: zh | en", "zh")
    .addHelpText(
      "after",
      `
The page is one self-contained file that works from file:// and offline: it reads JSON,
NDJSON, CSV and .xlsx files, validates every record, builds the supervision report in a Web
Worker and shows it with charts, filters and unit panels; exports as HTML, JSON and xlsx.
Its Content-Security-Policy allows no network connection: the data never leaves the machine.

Examples:
  qsd checker
  qsd checker ./checker --open`,
    )
    .action(async (dir: string, opts: { open?: boolean; lang?: string }) => {
      const lang = parseLang(opts.lang);
      ctx.setExitCode(await runChecker({ dir, open: opts.open === true, lang }, ctx.io));
    });
}
