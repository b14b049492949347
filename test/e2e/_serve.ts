/**
 * Starts the BUILT service (`node dist/cli.js serve --port 0 …`) as a child process and
 * reads the address it bound from its first log line on standard error.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { request } from "node:http";
import { CLI, ROOT } from "./_cli";

/** A running `qsd serve`. */
export interface ServeProcess {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** The child process. */
  child: ChildProcess;
  /** Every line it wrote on standard error so far, parsed where it is JSON. */
  logs: () => Record<string, unknown>[];
  /** Its standard error as text so far. */
  stderr: () => string;
  /** Its standard output as text so far. */
  stdout: () => string;
  /** Sends a signal (default SIGTERM) and resolves with the exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
  /** Resolves with the exit code once it exits. */
  exited: Promise<number | null>;
}

/**
 * Starts `qsd serve --port 0` with more arguments and environment variables.
 *
 * @param args - More arguments (`--token x`, `--max-body 1kb`, …).
 * @param env - More environment variables.
 * @returns The running service.
 */
export async function startServe(args: readonly string[] = [], env: Record<string, string> = {}): Promise<ServeProcess> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before the end-to-end tests`);
  const child = spawn(process.execPath, [CLI, "serve", "--port", "0", ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", TZ: "UTC", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  let out = "";
  child.stdout!.setEncoding("utf8").on("data", (s: string) => (out += s));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`qsd serve did not start within 20 s:\n${err}`)), 20_000);
    child.stderr!.setEncoding("utf8").on("data", (s: string) => {
      err += s;
      const first = err.split("\n").find((l) => l.includes('"listening"'));
      if (first) {
        clearTimeout(timer);
        resolve((JSON.parse(first) as { url: string }).url);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`qsd serve exited (${code}) before listening:\n${err}`));
    });
  });
  const logs = () =>
    err
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return {
    url,
    child,
    logs,
    stderr: () => err,
    stdout: () => out,
    exited,
    stop: (signal: NodeJS.Signals = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** A raw HTTP answer. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Sends a request with node:http (so the body can be written slowly, or cut), and reads the whole answer.
 *
 * @param url - The full URL.
 * @param options - Method, headers, and the body as pieces written `gapMs` apart.
 * @returns The answer.
 */
export function rawRequest(url: string, options: { method?: string; headers?: Record<string, string>; pieces?: (string | Buffer)[]; gapMs?: number; end?: boolean } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? "POST", headers: options.headers ?? {}, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (s: string) => (body += s));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on("error", reject);
    });
    req.on("error", reject);
    const pieces = options.pieces ?? [];
    let i = 0;
    const next = () => {
      if (i < pieces.length) {
        req.write(pieces[i++]!);
        setTimeout(next, options.gapMs ?? 0);
      } else if (options.end !== false) req.end();
    };
    next();
  });
}
