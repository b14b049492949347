/**
 * The HTTP service behind `qsd serve`: the library's functions under `/v1`, as a Hono app
 * (web-standard `Request` → `Response`, so the same app runs on Node, Deno, Bun and edge
 * runtimes). It only parses, calls the library and serialises: every decision, message and
 * report section comes from the library. It keeps no state between requests.
 */
import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
// Types only: hono is loaded when the service starts, so other qsd commands do not pay for it.
import type { Context, Hono, MiddlewareHandler } from "hono";
import {
  chinaCalendar,
  classifyUnit,
  createReportBuilder,
  evaluateChecklist,
  getChecklistTemplate,
  InvalidDateError,
  isIsoDate,
  isValidationKind,
  obligations,
  prefillChecklist,
  REPORT_GROUPINGS,
  renderChecklist,
  renderSupervisionReport,
  validate,
  validationKinds,
  type Policy,
  type ReportBuilder,
  type ReportGrouping,
  type Unit,
  type WorkCalendar,
} from "../../index";
import { builtInPolicies } from "../options";
import { reportSheets } from "../tabular-output";
import { writeXlsx } from "../xlsx";
import { bodyKindOf, ndjsonLines, readJsonBody, type BodyLimits, NDJSON_TYPE } from "./body";
import { fromLibraryError, relocate, ServeError, type ServeErrorBody } from "./errors";
import { recordsOfBody, resolveAsOf, unitsOfBody, type ResolvedAsOf } from "./records";

/** The formats `POST /v1/report` answers in. */
export const SERVE_REPORT_FORMATS = ["json", "html", "markdown", "xlsx"] as const;
/** The media type of an xlsx workbook. */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** The formats of the checklist routes. */
export const SERVE_CHECKLIST_FORMATS = ["json", "markdown", "html", "csv"] as const;

/** The default body limit: 10 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
/** The default request time limit: 30 s. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** One log line: what was asked, how it ended, how long it took (never a body). */
export interface ServeLogLine {
  time: string;
  level: "info" | "warn" | "error";
  requestId: string;
  method: string;
  /** The route's pattern (`/v1/checklists/:id/prefill`), or `null` when no route matched. */
  route: string | null;
  status: number;
  /** Milliseconds until the response started. */
  ms: number;
  /** For an internal error: its name and message (never sent to the client). */
  error?: string;
}

/** Options of {@link createServeApp}. */
export interface CreateServeAppOptions {
  /** The most bytes of a JSON body, and of one NDJSON line (default {@link DEFAULT_MAX_BODY_BYTES}). */
  maxBodyBytes?: number;
  /** How long a body may take to arrive (JSON), or the next chunk (NDJSON), in ms (default {@link DEFAULT_TIMEOUT_MS}). */
  timeoutMs?: number;
  /** When set, `/v1/*` requires `Authorization: Bearer <token>`. */
  token?: string;
  /** Origins allowed by CORS; none (CORS off) by default. */
  corsOrigins?: readonly string[];
  /** The working-day calendar (default `chinaCalendar`). */
  calendar?: WorkCalendar;
  /** Today in Asia/Shanghai, for requests that give no `asOf`. */
  today: () => string;
  /** Where each request's log line goes (default: nowhere). */
  log?: (line: ServeLogLine) => void;
  /** Whether the server is shutting down (`/readyz` then answers 503). */
  isShuttingDown?: () => boolean;
  /** The OpenAPI document `GET /openapi.json` serves (built on first use). */
  openApiDocument?: () => object;
}

type Env = { Variables: { requestId: string; route: string | null; failure: string | undefined } };

const NO_STORE = { "Cache-Control": "no-store" };

/** A request id that is safe to echo and log: the client's `X-Request-Id` when it is plain, else a new UUID. */
function requestIdOf(header: string | undefined): string {
  return header !== undefined && /^[A-Za-z0-9._:-]{1,128}$/.test(header) ? header : randomUUID();
}

/** Compares two secrets in constant time (SHA-256 digests of equal length, then `timingSafeEqual`). */
function sameSecret(a: string, b: string): boolean {
  const da = createHash("sha256").update(a, "utf8").digest();
  const db = createHash("sha256").update(b, "utf8").digest();
  return timingSafeEqual(da, db);
}

/**
 * Builds the Hono app of `qsd serve`. See docs/api.md (generated from the OpenAPI
 * document) for every route.
 *
 * @param options - See {@link CreateServeAppOptions}.
 * @returns The app; `app.fetch(request)` answers a web-standard `Request`.
 * @example
 * ```ts
 * const app = await createServeApp({ today: () => "2026-11-20" });
 * const res = await app.request("/v1/calendar/add?date=2026-02-13&n=1");
 * ```
 * @see 宁市监质监〔2023〕146号
 */
export async function createServeApp(options: CreateServeAppOptions): Promise<Hono<Env>> {
  const [{ Hono }, { cors }] = await Promise.all([import("hono"), import("hono/cors")]);
  const limits: BodyLimits = { maxBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS };
  const calendar = options.calendar ?? chinaCalendar;
  const today = options.today;
  const log = options.log ?? (() => {});
  const app = new Hono<Env>();
  let openApiText: string | undefined;

  const errorResponse = (c: Context<Env>, error: ServeError) => {
    const body: ServeErrorBody = error.body(c.get("requestId"));
    return c.json(body, error.status as 400, { ...NO_STORE, ...error.headers });
  };

  // Outermost: the request id, the timing, and one log line per request.
  app.use("*", async (c, next) => {
    const start = performance.now();
    const requestId = requestIdOf(c.req.header("x-request-id"));
    c.set("requestId", requestId);
    c.set("route", null);
    try {
      await next();
    } finally {
      c.header("X-Request-Id", requestId);
      c.header("X-Content-Type-Options", "nosniff");
      const failure = c.get("failure");
      const status = c.res.status;
      const line: ServeLogLine = {
        time: new Date().toISOString(),
        level: status >= 500 ? "error" : status >= 400 ? "warn" : "info",
        requestId,
        method: c.req.method,
        route: c.get("route"),
        status,
        ms: Math.round((performance.now() - start) * 100) / 100,
      };
      if (failure !== undefined) line.error = failure;
      log(line);
    }
  });

  if (options.corsOrigins && options.corsOrigins.length > 0) {
    const origins = [...options.corsOrigins];
    app.use("*", cors({ origin: origins, allowMethods: ["GET", "POST", "OPTIONS"], allowHeaders: ["Authorization", "Content-Type", "X-Request-Id"], exposeHeaders: ["X-Request-Id"], maxAge: 600 }));
  }

  if (options.token !== undefined) {
    const token = options.token;
    app.use("/v1/*", async (c, next) => {
      const header = c.req.header("authorization") ?? "";
      const match = /^Bearer[ ]+(.+)$/i.exec(header);
      if (!match || !sameSecret(match[1]!.trim(), token)) throw ServeError.of(401, "unauthorized", {}, { headers: { "WWW-Authenticate": 'Bearer realm="qsd"' } });
      await next();
    });
  }

  /** Registers a route and names it for the log. */
  const route = (method: "get" | "post", path: string, handler: (c: Context<Env>) => Response | Promise<Response>) => {
    const named: MiddlewareHandler<Env> = async (c) => {
      c.set("route", path);
      return handler(c);
    };
    app[method](path, named);
  };

  // ---- query parameters --------------------------------------------------------------

  const asOfParam = (c: Context<Env>, name = "asOf"): string | undefined => {
    const value = c.req.query(name);
    if (value === undefined) return undefined;
    if (!isIsoDate(value)) throw fromLibraryError(new InvalidDateError(value))!;
    return value;
  };
  const requiredDate = (c: Context<Env>, name: string): string => {
    const value = asOfParam(c, name);
    if (value === undefined) throw ServeError.of(400, "invalid_parameter", { name, value: "", expected: "a calendar date YYYY-MM-DD", expectedZh: " YYYY-MM-DD 格式的公历日期" });
    return value;
  };
  const policyParam = (c: Context<Env>): Policy => {
    const id = c.req.query("policy");
    if (id === undefined) return builtInPolicies.nanjing2023!;
    if (Object.prototype.hasOwnProperty.call(builtInPolicies, id)) return builtInPolicies[id]!;
    throw ServeError.of(400, "unknown_policy", { value: id, known: Object.keys(builtInPolicies) });
  };
  const choice = <T extends string>(c: Context<Env>, name: string, allowed: readonly T[], fallback: T): T => {
    const value = c.req.query(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw ServeError.of(400, "invalid_parameter", { name, value, expected: `one of ${allowed.join(", ")}`, expectedZh: ` ${allowed.join("、")} 之一` });
  };
  const integer = (c: Context<Env>, name: string, fallback: number | undefined, min: number): number | undefined => {
    const value = c.req.query(name);
    if (value === undefined) return fallback;
    const n = /^[+-]?\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isSafeInteger(n) && n >= min) return n;
    const bound = min <= Number.MIN_SAFE_INTEGER;
    throw ServeError.of(400, "invalid_parameter", { name, value, expected: bound ? "a whole number" : `a whole number ≥ ${min}`, expectedZh: bound ? "整数" : `不小于 ${min} 的整数` });
  };

  /** Runs a library call for one record; a typed library error becomes a located 422 (or 400/404). */
  const forRecord = <T>(pointer: string, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      throw fromLibraryError(error, pointer) ?? error;
    }
  };

  /**
   * Answers a per-unit route: a JSON body (one unit, an array, a data set) in one response,
   * or an NDJSON body streamed, one result line per input line.
   */
  const perUnit = async (c: Context<Env>, policy: Policy, compute: (unit: Unit, asOf: string) => unknown) => {
    const kind = bodyKindOf(c.req.header("content-type"), true);
    const asOfQuery = asOfParam(c);
    if (kind === "ndjson") {
      const resolved = resolveAsOf(asOfQuery, undefined, today);
      return streamLines(c, (value) => {
        const checked = validate("unit", value);
        if (!checked.ok) throw ServeError.invalid(checked.issues);
        return compute(checked.value, resolved.asOf);
      });
    }
    const body = await readJsonBody(c.req.raw.body, c.req.header("content-length"), limits);
    const { units, asOf, asOfFrom } = unitsOfBody(body, asOfQuery, today);
    const results = units.map(({ unit, pointer }) => forRecord(pointer, () => compute(unit, asOf)));
    return c.json({ asOf, asOfFrom, policy: { id: policy.id, version: policy.version }, results }, 200, NO_STORE);
  };

  /** Streams an NDJSON body: `{ line, result }` or `{ line, error }` per input line, in order. */
  const streamLines = (c: Context<Env>, compute: (value: unknown) => unknown) => {
    const encoder = new TextEncoder();
    const requestId = c.get("requestId");
    async function* lines(): AsyncGenerator<string> {
      try {
        for await (const batch of ndjsonLines(c.req.raw.body, limits)) {
          let text = "";
          for (const item of batch) {
            if (!item.ok) {
              text += `${JSON.stringify({ line: item.line, error: item.error.body().error })}\n`;
              continue;
            }
            try {
              text += `${JSON.stringify({ line: item.line, result: compute(item.value) })}\n`;
            } catch (error) {
              const known = fromLibraryError(error);
              const answer = known ?? ServeError.of(500, "internal_error");
              text += `${JSON.stringify({ line: item.line, error: answer.body(requestId).error })}\n`;
            }
          }
          yield text;
        }
      } catch (error) {
        // The body stopped coming (time limit) or broke off: say so on a last line.
        const known = error instanceof ServeError ? error : ServeError.of(400, "invalid_json", { reason: "the body broke off", reasonZh: "请求体中断" });
        yield `${JSON.stringify({ error: known.body(requestId).error })}\n`;
      }
    }
    const iterator = lines();
    const stream = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          const next = await iterator.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        },
        async cancel() {
          await iterator.return(undefined);
        },
      },
      { highWaterMark: 0 },
    );
    return c.body(stream, 200, { "Content-Type": `${NDJSON_TYPE}; charset=utf-8`, ...NO_STORE });
  };

  // ---- probes and the contract ---------------------------------------------------------

  route("get", "/healthz", (c) => c.json({ status: "ok" }, 200, NO_STORE));
  route("get", "/readyz", (c) => {
    if (options.isShuttingDown?.()) return c.json(ServeError.of(503, "shutting_down").body(c.get("requestId")), 503, NO_STORE);
    return c.json({ status: "ready" }, 200, NO_STORE);
  });
  route("get", "/openapi.json", (c) => {
    openApiText ??= JSON.stringify(options.openApiDocument?.() ?? {});
    return c.body(openApiText, 200, { "Content-Type": "application/json; charset=utf-8" });
  });

  // ---- validation, classification, obligations ------------------------------------------

  route("post", "/v1/validate/:kind", async (c) => {
    const kindName = c.req.param("kind") ?? "";
    if (!isValidationKind(kindName)) throw ServeError.of(404, "unknown_kind", { value: kindName, known: validationKinds });
    const bodyKind = bodyKindOf(c.req.header("content-type"), true);
    const policy = c.req.query("policy") === undefined ? undefined : policyParam(c);
    const check = (value: unknown) => {
      const result = validate(kindName, value, policy ? { policy } : {});
      if (!result.ok) throw ServeError.invalid(result.issues);
      return result;
    };
    if (bodyKind === "ndjson") return streamLines(c, check);
    const body = await readJsonBody(c.req.raw.body, c.req.header("content-length"), limits);
    return c.json(check(body), 200, NO_STORE);
  });

  route("post", "/v1/classify", (c) => {
    const policy = policyParam(c);
    return perUnit(c, policy, (unit, asOf) => classifyUnit(unit, { asOf, policy }));
  });

  route("post", "/v1/obligations", (c) => {
    const policy = policyParam(c);
    return perUnit(c, policy, (unit, asOf) => ({ unitId: unit.id, name: unit.name, asOf, obligations: obligations(unit, { asOf, policy, calendar }) }));
  });

  // ---- the report ---------------------------------------------------------------------

  route("post", "/v1/report", async (c) => {
    const kind = bodyKindOf(c.req.header("content-type"), true);
    const asOfQuery = asOfParam(c);
    const policy = policyParam(c);
    const format = choice(c, "format", SERVE_REPORT_FORMATS, "json");
    const groupBy = choice<ReportGrouping>(c, "groupBy", REPORT_GROUPINGS, "level");
    const lang = choice(c, "lang", ["zh", "en"] as const, "zh");
    const upcomingDays = integer(c, "upcomingDays", 30, 0)!;
    const limit = integer(c, "limit", 50, 0)!;
    // HTML and Markdown show at most `limit` rows per list: keep no more (bounded memory).
    const keep = (format === "html" || format === "markdown") && limit > 0 ? limit : undefined;
    const make = ({ asOf, asOfFrom }: ResolvedAsOf): ReportBuilder =>
      createReportBuilder({ asOf, asOfFrom, policy, calendar, upcomingDays, groupBy, ...(keep !== undefined ? { keep } : {}) });
    let builder: ReportBuilder;
    if (kind === "ndjson") {
      builder = make(resolveAsOf(asOfQuery, undefined, today));
      let index = 0;
      for await (const batch of ndjsonLines(c.req.raw.body, limits)) {
        for (const item of batch) {
          const location = { file: "body", index: index++, line: item.line, pointer: "" };
          if (!item.ok) {
            builder.addInvalid({ location, kind: "parse", issues: [{ path: "", code: "invalid_json", message: item.error.messageZh, messageEn: item.error.message } as never] });
            continue;
          }
          const checked = validate("unit", item.value);
          if (!checked.ok) builder.addInvalid({ location, kind: "invalid", issues: checked.issues });
          else addOrList(builder, checked.value, { ...location, id: checked.value.id });
        }
      }
    } else {
      const body = await readJsonBody(c.req.raw.body, c.req.header("content-length"), limits);
      const { records, datasetAsOf } = recordsOfBody(body);
      builder = make(resolveAsOf(asOfQuery, datasetAsOf, today));
      records.forEach((record, index) => {
        const location = { file: "body", index, pointer: record.pointer, ...(record.id !== undefined ? { id: record.id } : {}) };
        if (record.ok) addOrList(builder, record.unit, location);
        else builder.addInvalid({ location, kind: "invalid", issues: record.issues });
      });
    }
    const report = builder.finish();
    if (format === "json") return c.json(report, 200, NO_STORE);
    if (format === "xlsx") {
      // The workbook qsd report --format xlsx writes: 概况, then one sheet per table of each section.
      const bytes = await writeXlsx(reportSheets(report, lang));
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { "Content-Type": XLSX_TYPE, "Content-Disposition": `attachment; filename="report-${report.asOf}.xlsx"`, ...NO_STORE });
    }
    const text = renderSupervisionReport(report, { format, lang, limit });
    return c.body(text, 200, { "Content-Type": format === "html" ? "text/html; charset=utf-8" : "text/markdown; charset=utf-8", ...NO_STORE });
  });

  /** Adds a unit to the report; a typed library error lists it as a record not processed, as `qsd report` does. */
  function addOrList(builder: ReportBuilder, unit: Unit, location: { file: string; index: number; pointer: string; line?: number; id?: string }): void {
    try {
      builder.add(unit, location);
    } catch (error) {
      const known = fromLibraryError(error);
      if (!known) throw error;
      const issues = known.issues ?? [{ path: "", code: known.code, message: known.messageZh, messageEn: known.message } as never];
      builder.addInvalid({ location, kind: error instanceof Error && error.name === "UnitDataError" ? "invalid" : "error", issues: relocate(issues, "") });
    }
  }

  // ---- checklists ---------------------------------------------------------------------

  const templateOf = (c: Context<Env>) => forRecord("", () => getChecklistTemplate(c.req.param("id") ?? ""));
  const rendered = (c: Context<Env>, text: string, format: "markdown" | "html" | "csv") =>
    c.body(text, 200, { "Content-Type": `${format === "html" ? "text/html" : format === "csv" ? "text/csv" : "text/markdown"}; charset=utf-8`, ...NO_STORE });

  route("get", "/v1/checklists/:id", (c) => {
    const template = templateOf(c);
    const format = choice(c, "format", SERVE_CHECKLIST_FORMATS, "json");
    if (format === "json") return c.json(template, 200, NO_STORE);
    return rendered(c, renderChecklist(template, undefined, { format }), format);
  });

  route("post", "/v1/checklists/:id/prefill", async (c) => {
    const template = templateOf(c);
    bodyKindOf(c.req.header("content-type"), false);
    const format = choice(c, "format", SERVE_CHECKLIST_FORMATS, "json");
    const asOfQuery = asOfParam(c);
    const policy = policyParam(c);
    const body = await readJsonBody(c.req.raw.body, c.req.header("content-length"), limits);
    const checked = validate("unit", body);
    if (!checked.ok) throw ServeError.invalid(checked.issues);
    const { asOf } = resolveAsOf(asOfQuery, undefined, today);
    const prefilled = forRecord("", () => prefillChecklist(template, checked.value, { asOf, policy }));
    if (format === "json") return c.json(prefilled, 200, NO_STORE);
    return rendered(c, renderChecklist(template, prefilled.response, { format }), format);
  });

  route("post", "/v1/checklists/:id/evaluate", async (c) => {
    const template = templateOf(c);
    bodyKindOf(c.req.header("content-type"), false);
    const body = await readJsonBody(c.req.raw.body, c.req.header("content-length"), limits);
    const checked = validate("checklist-response", body);
    if (!checked.ok) throw ServeError.invalid(checked.issues);
    return c.json(
      forRecord("", () => evaluateChecklist(template, checked.value)),
      200,
      NO_STORE,
    );
  });

  // ---- the calendar -------------------------------------------------------------------

  route("get", "/v1/calendar/add", (c) => {
    const date = requiredDate(c, "date");
    const n = integer(c, "n", undefined, Number.MIN_SAFE_INTEGER);
    if (n === undefined) throw ServeError.of(400, "invalid_parameter", { name: "n", value: "", expected: "a whole number", expectedZh: "整数" });
    const result = forRecord("", () => calendar.addWorkingDays(date, n));
    return c.json({ date, workingDays: n, result, calendar: calendar.id }, 200, NO_STORE);
  });

  route("get", "/v1/calendar/count", (c) => {
    const from = requiredDate(c, "from");
    const to = requiredDate(c, "to");
    const workingDays = forRecord("", () => calendar.countWorkingDays(from, to));
    return c.json({ from, to, workingDays, calendar: calendar.id }, 200, NO_STORE);
  });

  // ---- policies -----------------------------------------------------------------------

  route("get", "/v1/policies", (c) =>
    c.json(
      Object.values(builtInPolicies).map((p) => ({ id: p.id, version: p.version, title: p.title, titleEn: p.titleEn })),
      200,
      NO_STORE,
    ),
  );

  route("get", "/v1/policies/:id", (c) => {
    const id = c.req.param("id") ?? "";
    if (!Object.prototype.hasOwnProperty.call(builtInPolicies, id)) throw ServeError.of(404, "unknown_policy", { value: id, known: Object.keys(builtInPolicies) });
    return c.json(builtInPolicies[id]!, 200, NO_STORE);
  });

  // ---- what is left over --------------------------------------------------------------

  app.notFound((c) => errorResponse(c, ServeError.of(404, "not_found", { method: c.req.method, path: c.req.path.slice(0, 200) })));

  app.onError((error, c) => {
    const known = fromLibraryError(error);
    if (known) return errorResponse(c, known);
    const res = errorResponse(c, ServeError.of(500, "internal_error"));
    let what = "unknown error";
    try {
      what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    } catch {
      // an error that cannot be shown
    }
    c.set("failure", what.split("\n")[0]!.slice(0, 300));
    return res;
  });

  return app;
}
