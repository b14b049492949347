import { memorySink, type CliIo } from "./io";
import { runCli } from "./run";

/** A {@link CliIo} for in-process tests: captured stdout/stderr, a given stdin and today. @internal */
export function _testIo(options: { stdin?: string; today?: string; env?: Record<string, string>; tty?: boolean; columns?: number } = {}): { io: CliIo; out: () => string; err: () => string } {
  const out = memorySink(options.tty ? { isTTY: true, columns: options.columns ?? 120 } : {});
  const err = memorySink(options.tty ? { isTTY: true, columns: options.columns ?? 120 } : {});
  async function* stdin(): AsyncGenerator<string> {
    if (options.stdin !== undefined) yield options.stdin;
  }
  const io: CliIo = {
    stdout: out.sink,
    stderr: err.sink,
    stdin: stdin(),
    env: { NO_COLOR: "1", ...options.env },
    today: () => options.today ?? "2026-11-20",
  };
  return { io, out: out.text, err: err.text };
}

/** Runs `qsd` in-process and returns the exit code and what it printed. @internal */
export async function _runQsd(args: string[], options: Parameters<typeof _testIo>[0] = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const t = _testIo(options);
  const code = await runCli(args, t.io);
  return { code, stdout: t.out(), stderr: t.err() };
}
