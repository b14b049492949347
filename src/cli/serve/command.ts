/**
 * `qsd serve`: runs the HTTP service ({@link createServeApp}) on Node with
 * `@hono/node-server`, logs one JSON line per request on standard error, and stops
 * gracefully on SIGTERM or SIGINT: it stops accepting connections, finishes the requests
 * in flight, and exits 0.
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Command } from "commander";
import { CALENDAR_OPTION_HELP, collectOption, resolveCalendar } from "../calendar-files";
import { CliError, EXIT_INTERNAL, EXIT_OK, type Lang } from "../errors";
import type { CliIo } from "../io";
import { parseIntegerOption, parseLang } from "../options";
import type { CommandContext } from "../commands/shared";
import type { WorkCalendar } from "../../index";
import { createServeApp, DEFAULT_MAX_BODY_BYTES, DEFAULT_TIMEOUT_MS, type ServeLogLine } from "./app";
import { formatBytes } from "./errors";
import { buildOpenApiDocument } from "./openapi";

/** Options of {@link runServe}. */
export interface RunServeOptions {
  /** The port (0: any free port). */
  port: number;
  /** The address to bind (default 127.0.0.1: this machine only). */
  host: string;
  /** The body limit in bytes. */
  maxBodyBytes: number;
  /** The request time limit in ms. */
  timeoutMs: number;
  /** The bearer token `/v1/*` requires, if any. */
  token?: string;
  /** CORS origins (none: CORS off). */
  corsOrigins: string[];
  /** The working-day calendar. */
  calendar?: WorkCalendar;
  /** Message language (of usage errors). */
  lang: Lang;
}

/** Options of {@link startServer}. */
export interface StartServerOptions extends RunServeOptions {
  /** Where log lines go (one JSON object per line). */
  writeLog: (line: object) => void;
  /** Today in Asia/Shanghai. */
  today: () => string;
}

/** A running server. */
export interface RunningServer {
  /** The URL it answers on, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** The Node server. */
  server: Server;
  /**
   * Stops accepting connections, lets the requests in flight finish (at most `graceMs`,
   * then the remaining connections are closed), and resolves with whether every request finished.
   */
  shutdown(graceMs: number): Promise<boolean>;
}

/**
 * Parses a size: bytes, or with a unit `kb`/`kib`, `mb`/`mib` (both 1024-based): `10mb`, `512kb`, `1048576`.
 *
 * @param value - The text.
 * @param name - The option's name for the message.
 * @returns The bytes.
 * @throws {CliError} (exit 2) for anything else.
 * @example
 * ```ts
 * parseByteSize("10mb", "--max-body"); // 10485760
 * ```
 */
export function parseByteSize(value: string, name: string): number {
  const m = /^\s*(\d{1,12})\s*(b|k|kb|kib|m|mb|mib)?\s*$/i.exec(value);
  const unit = (m?.[2] ?? "b").toLowerCase();
  const n = m ? Number(m[1]) * (unit.startsWith("m") ? 1024 * 1024 : unit.startsWith("k") ? 1024 : 1) : Number.NaN;
  if (Number.isSafeInteger(n) && n >= 1) return n;
  throw new CliError(`${name} 应为字节数（可带单位 kb、mb），实际为 ${JSON.stringify(value)}`, `${name} must be a size in bytes (or with kb, mb), not ${JSON.stringify(value)}`);
}

/**
 * Starts the service and resolves once it listens.
 *
 * @param options - See {@link StartServerOptions}.
 * @returns The running server.
 * @throws {CliError} (exit 2) when the address cannot be bound (in use, not allowed, unknown host).
 * @example
 * ```ts
 * const running = await startServer({ port: 0, host: "127.0.0.1", … });
 * await fetch(`${running.url}/healthz`);
 * await running.shutdown(5000);
 * ```
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  let shuttingDown = false;
  // Loaded here, not at the top: other qsd commands do not pay for the HTTP server.
  const { serve } = await import("@hono/node-server");
  const app = await createServeApp({
    maxBodyBytes: options.maxBodyBytes,
    timeoutMs: options.timeoutMs,
    ...(options.token !== undefined ? { token: options.token } : {}),
    corsOrigins: options.corsOrigins,
    ...(options.calendar ? { calendar: options.calendar } : {}),
    today: options.today,
    log: (line: ServeLogLine) => options.writeLog(line),
    isShuttingDown: () => shuttingDown,
    openApiDocument: buildOpenApiDocument,
  });
  const inFlight = new Set<ServerResponse>();
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(s as Server)) as Server;
    s.once("error", (error: NodeJS.ErrnoException) => {
      const why: Record<string, [string, string]> = {
        EADDRINUSE: ["端口已被占用", "the port is in use"],
        EACCES: ["没有权限绑定该端口", "not allowed to bind that port"],
        EADDRNOTAVAIL: ["本机没有这个地址", "this machine has no such address"],
        ENOTFOUND: ["找不到该主机名", "unknown host name"],
      };
      const [zh, en] = why[error.code ?? ""] ?? [error.message, error.message];
      reject(new CliError(`无法在 ${options.host}:${options.port} 上启动服务：${zh}`, `cannot listen on ${options.host}:${options.port}: ${en}`));
    });
  });
  // The body is streamed and limited by the app; the app's time limit governs slow bodies.
  server.requestTimeout = 0;
  server.on("request", (_req: IncomingMessage, res: ServerResponse) => {
    inFlight.add(res);
    if (shuttingDown) res.setHeader("Connection", "close");
    res.once("close", () => {
      inFlight.delete(res);
      if (shuttingDown) setImmediate(() => server.closeIdleConnections());
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  let closed: Promise<boolean> | undefined;
  return {
    url,
    server,
    shutdown(graceMs: number): Promise<boolean> {
      closed ??= new Promise<boolean>((resolve) => {
        shuttingDown = true;
        let forced = false;
        const timer = setTimeout(() => {
          forced = inFlight.size > 0;
          server.closeAllConnections();
        }, graceMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve(!forced);
        });
        server.closeIdleConnections();
      });
      return closed;
    },
  };
}

/**
 * `qsd serve`: starts the service, prints where it listens (a JSON line on standard error),
 * and runs until SIGTERM or SIGINT; then it finishes the requests in flight and returns.
 *
 * @param options - See {@link RunServeOptions}.
 * @param io - The streams and clock.
 * @returns The exit code: 0 after a graceful stop, 70 when requests had to be cut off.
 * @example
 * ```ts
 * await runServe({ port: 8080, host: "127.0.0.1", maxBodyBytes: 10485760, timeoutMs: 30000, corsOrigins: [], lang: "zh" }, io);
 * ```
 */
export async function runServe(options: RunServeOptions, io: CliIo): Promise<number> {
  const writeLog = (line: object) => void io.stderr.write(`${JSON.stringify(line)}\n`);
  const running = await startServer({ ...options, writeLog, today: io.today });
  writeLog({
    time: new Date().toISOString(),
    level: "info",
    event: "listening",
    url: running.url,
    maxBody: formatBytes(options.maxBodyBytes),
    timeoutMs: options.timeoutMs,
    auth: options.token !== undefined ? "bearer" : "none",
    cors: options.corsOrigins,
  });
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    const on = (s: NodeJS.Signals) => {
      process.off("SIGTERM", on);
      process.off("SIGINT", on);
      resolve(s);
    };
    process.on("SIGTERM", on);
    process.on("SIGINT", on);
  });
  writeLog({ time: new Date().toISOString(), level: "info", event: "shutting-down", signal });
  // In-flight requests get the request time limit to finish, and a little more.
  const clean = await running.shutdown(options.timeoutMs + 5_000);
  writeLog({ time: new Date().toISOString(), level: clean ? "info" : "warn", event: "stopped", clean });
  return clean ? EXIT_OK : EXIT_INTERNAL;
}

/**
 * Registers `qsd serve` on the program.
 *
 * @param program - The root command.
 * @param ctx - The shared context.
 * @returns The subcommand.
 * @example
 * ```ts
 * registerServe(program, ctx);
 * ```
 */
export function registerServe(program: Command, ctx: CommandContext): Command {
  return program
    .command("serve")
    .description("HTTP 服务 — the rules over HTTP under /v1 (OpenAPI 3.1 at /openapi.json), for back ends in any language")
    .option("--port <port>", "port to listen on (0: any free port)", "8080")
    .option("--host <host>", "address to bind (0.0.0.0 or :: to listen on every interface)", "127.0.0.1")
    .option("--max-body <size>", "largest JSON body, and longest NDJSON line (bytes, or with kb / mb)", "10mb")
    .option("--timeout <ms>", "how long a body may take to arrive (NDJSON: the next chunk)", String(DEFAULT_TIMEOUT_MS))
    .option("--token <token>", "require Authorization: Bearer <token> on /v1/* (default: QSD_TOKEN)")
    .option("--cors <origin>", "allow this origin (CORS); repeat for more; off by default", collectOption)
    .option("--calendar <file>", CALENDAR_OPTION_HELP, collectOption)
    .option("--lang <lang>", "language of usage errors: zh | en", "zh")
    .addHelpText(
      "after",
      `
Routes (see GET /openapi.json, or docs/api.md):
  POST /v1/validate/{kind}   POST /v1/classify   POST /v1/obligations   POST /v1/report
  GET  /v1/checklists/{id}   POST /v1/checklists/{id}/prefill   POST /v1/checklists/{id}/evaluate
  GET  /v1/calendar/add      GET  /v1/calendar/count
  GET  /v1/policies          GET  /v1/policies/{id}
  GET  /openapi.json         GET  /healthz   GET /readyz
Bodies are application/json (a unit, an array of units, or a data set) or, on validate,
classify, obligations and report, application/x-ndjson (one record per line, streamed:
one result line per input line). Logs: one JSON line per request on standard error.
SIGTERM or SIGINT: stop accepting, finish the requests in flight, exit 0.

Examples:
  qsd serve
  QSD_TOKEN=secret qsd serve --host 0.0.0.0 --port 8080
  curl -s localhost:8080/v1/classify -H 'Content-Type: application/json' -d @examples/nanjing-demo.json`,
    )
    .action(async (opts: { port?: string; host?: string; maxBody?: string; timeout?: string; token?: string; cors?: string[]; calendar?: string[]; lang?: string }) => {
      const lang = parseLang(opts.lang);
      const port = parseIntegerOption(opts.port ?? "8080", "--port", 0);
      if (port > 65535) throw new CliError(`--port 应不大于 65535，实际为 ${port}`, `--port must be at most 65535, not ${port}`);
      const token = opts.token ?? (ctx.io.env.QSD_TOKEN !== undefined && ctx.io.env.QSD_TOKEN !== "" ? ctx.io.env.QSD_TOKEN : undefined);
      const { calendar } = await resolveCalendar(opts.calendar, ctx.io.env, lang);
      const options: RunServeOptions = {
        port,
        host: opts.host ?? "127.0.0.1",
        maxBodyBytes: parseByteSize(opts.maxBody ?? String(DEFAULT_MAX_BODY_BYTES), "--max-body"),
        timeoutMs: parseIntegerOption(opts.timeout ?? String(DEFAULT_TIMEOUT_MS), "--timeout", 1),
        corsOrigins: opts.cors ?? [],
        calendar,
        lang,
      };
      if (token !== undefined) options.token = token;
      ctx.setExitCode(await runServe(options, ctx.io));
    });
}
