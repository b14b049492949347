/**
 * The one error shape of `qsd serve`: `{ error: { code, message, messageEn, issues?, requestId } }`,
 * with the message in Chinese (`message`) and English (`messageEn`), as everywhere in this
 * package. The service's own errors (a body that is not JSON, too large, the wrong content
 * type, an unknown route …) are worded here, from one table; errors the library raises
 * (typed errors with `code` and `messageZh`, validation issues) keep the library's words.
 * No error body ever holds a stack trace.
 */
import type { ValidationIssue } from "../../index";

/** The codes of the errors the service itself raises (the library's own codes pass through). */
export const SERVE_ERROR_CODES = [
  "invalid_json",
  "invalid_parameter",
  "unsupported_media_type",
  "payload_too_large",
  "line_too_long",
  "not_found",
  "unknown_kind",
  "unknown_policy",
  "unauthorized",
  "invalid_data",
  "request_timeout",
  "internal_error",
  "shutting_down",
] as const;

/** A code of an error the service itself raises. */
export type ServeErrorCode = (typeof SERVE_ERROR_CODES)[number];

/** The body of every error response. */
export interface ServeErrorBody {
  error: {
    /** A stable machine-readable code: one of {@link SERVE_ERROR_CODES}, or the library error's own `code`. */
    code: string;
    /** 中文说明 */
    message: string;
    /** English message */
    messageEn: string;
    /** The located problems (422): JSON pointers into the request body. */
    issues?: ValidationIssue[];
    /** The request's id (also the `X-Request-Id` response header), to find its log line. */
    requestId?: string;
  };
}

/** The parameters the messages are built from. */
export interface ServeErrorParams {
  /** `invalid_json`: what went wrong, and where. */
  reason?: string;
  reasonZh?: string;
  line?: number;
  column?: number;
  /** `invalid_parameter`: the parameter's name, the value, and what it must be. */
  name?: string;
  value?: string;
  expected?: string;
  expectedZh?: string;
  /** `unsupported_media_type`: the type received and those accepted. */
  received?: string;
  accepted?: readonly string[];
  /** `payload_too_large`: the limit in bytes. */
  limit?: number;
  /** `not_found`: the method and path; `unknown_kind`, `unknown_policy`: the known ones. */
  method?: string;
  path?: string;
  known?: readonly string[];
  /** `request_timeout`: the limit in milliseconds. */
  ms?: number;
  /** `invalid_data`: how many issues. */
  count?: number;
}

/** A byte count for people: `10 MiB`, `512 KiB`, `100 bytes`. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

/** The message table: one entry per code, Chinese and English, built from the params. */
const MESSAGES: Record<ServeErrorCode, (p: ServeErrorParams) => [zh: string, en: string]> = {
  invalid_json: (p) => [
    `请求体不是有效的 JSON：${p.reasonZh ?? "语法错误"}${p.line !== undefined ? `（第 ${p.line} 行第 ${p.column ?? 1} 列）` : ""}`,
    `the request body is not valid JSON: ${p.reason ?? "syntax error"}${p.line !== undefined ? ` (line ${p.line}, column ${p.column ?? 1})` : ""}`,
  ],
  invalid_parameter: (p) => [
    `参数 ${p.name} 的值 ${JSON.stringify(p.value ?? "")} 无效：应为${p.expectedZh ?? p.expected}`,
    `invalid value ${JSON.stringify(p.value ?? "")} for parameter ${p.name}: expected ${p.expected}`,
  ],
  unsupported_media_type: (p) => [
    `不支持的内容类型 ${p.received ? JSON.stringify(p.received) : "（未给出 Content-Type）"}：应为 ${(p.accepted ?? []).join(" 或 ")}`,
    `unsupported content type ${p.received ? JSON.stringify(p.received) : "(no Content-Type given)"}: expected ${(p.accepted ?? []).join(" or ")}`,
  ],
  payload_too_large: (p) => [
    `请求体超过 ${formatBytes(p.limit ?? 0)} 的上限：较大的数据请用 NDJSON（Content-Type: application/x-ndjson，每行一个主体）逐行发送`,
    `the request body is over the ${formatBytes(p.limit ?? 0)} limit: send larger data as NDJSON (Content-Type: application/x-ndjson, one unit per line)`,
  ],
  line_too_long: (p) => [`第 ${p.line} 行超过 ${formatBytes(p.limit ?? 0)} 的上限，已跳过`, `line ${p.line} is over the ${formatBytes(p.limit ?? 0)} limit, skipped`],
  not_found: (p) => [`没有这个地址：${p.method} ${p.path}（接口说明见 GET /openapi.json）`, `no such route: ${p.method} ${p.path} (the API is described at GET /openapi.json)`],
  unknown_kind: (p) => [`没有校验类型 ${JSON.stringify(p.value ?? "")}：可用的类型：${(p.known ?? []).join("、")}`, `no validation kind ${JSON.stringify(p.value ?? "")}; known kinds: ${(p.known ?? []).join(", ")}`],
  unknown_policy: (p) => [`没有监管政策 ${JSON.stringify(p.value ?? "")}：可用的政策：${(p.known ?? []).join("、")}`, `no policy ${JSON.stringify(p.value ?? "")}; known policies: ${(p.known ?? []).join(", ")}`],
  unauthorized: () => ["需要有效的访问令牌：请在请求头中加入 Authorization: Bearer <令牌>", "a valid token is required: send the header Authorization: Bearer <token>"],
  invalid_data: (p) => [`数据未通过校验（${p.count ?? 0} 个问题，见 issues）`, `the data is invalid (${p.count ?? 0} ${p.count === 1 ? "issue" : "issues"}, see issues)`],
  request_timeout: (p) => [`请求未能在 ${p.ms} 毫秒内接收完毕`, `the request was not received within ${p.ms} ms`],
  shutting_down: () => ["服务正在停止，不再接收新请求", "the service is shutting down and takes no new requests"],
  internal_error: () => ["服务内部错误：请凭 requestId 查找日志并报告", "internal error: look up the requestId in the log, and report it"],
};

/**
 * An error the service answers with: an HTTP status, a code, messages in Chinese and
 * English, and the located issues when the data was invalid.
 *
 * @example
 * ```ts
 * throw ServeError.of(413, "payload_too_large", { limit: 10 * 1024 * 1024 });
 * ```
 */
export class ServeError extends Error {
  override readonly name = "ServeError";
  /** The HTTP status. */
  readonly status: number;
  /** The machine-readable code. */
  readonly code: string;
  /** 中文说明 */
  readonly messageZh: string;
  /** The located problems (422). */
  readonly issues: ValidationIssue[] | undefined;
  /** Extra response headers (e.g. `WWW-Authenticate`). */
  readonly headers: Readonly<Record<string, string>>;

  /**
   * @param status - The HTTP status.
   * @param code - The code.
   * @param messageZh - The Chinese message.
   * @param messageEn - The English message.
   * @param options - `issues` and extra `headers`.
   */
  constructor(status: number, code: string, messageZh: string, messageEn: string, options: { issues?: ValidationIssue[]; headers?: Record<string, string> } = {}) {
    super(messageEn);
    this.status = status;
    this.code = code;
    this.messageZh = messageZh;
    this.issues = options.issues;
    this.headers = options.headers ?? {};
  }

  /**
   * An error of the service's own, worded from the message table.
   *
   * @param status - The HTTP status.
   * @param code - One of {@link SERVE_ERROR_CODES}.
   * @param params - What the message is built from.
   * @param options - `issues` and extra `headers`.
   * @returns The error.
   */
  static of(status: number, code: ServeErrorCode, params: ServeErrorParams = {}, options: { issues?: ValidationIssue[]; headers?: Record<string, string> } = {}): ServeError {
    const [zh, en] = MESSAGES[code](params);
    return new ServeError(status, code, zh, en, options);
  }

  /**
   * 422: the data is invalid; the issues carry JSON pointers into the request body.
   *
   * @param issues - The library's located issues (at least one).
   * @returns The error.
   */
  static invalid(issues: ValidationIssue[]): ServeError {
    return ServeError.of(422, "invalid_data", { count: issues.length }, { issues });
  }

  /**
   * The response body.
   *
   * @param requestId - The request's id.
   * @returns `{ error: { code, message, messageEn, issues?, requestId } }`.
   */
  body(requestId?: string): ServeErrorBody {
    return {
      error: {
        code: this.code,
        message: this.messageZh,
        messageEn: this.message,
        ...(this.issues ? { issues: this.issues } : {}),
        ...(requestId !== undefined ? { requestId } : {}),
      },
    };
  }
}

/** The HTTP status of each typed library error, by its `name`. */
const LIBRARY_ERROR_STATUS: Readonly<Record<string, number>> = {
  ChecklistTemplateNotFoundError: 404,
  InvalidDateError: 400,
  ReportOptionsError: 400,
  InvalidWorkingDayCountError: 400,
  CalendarCoverageError: 422,
  UnitDataError: 422,
  ChecklistMismatchError: 422,
  PolicyError: 422,
};

/**
 * Turns a typed error of the library (one with `messageZh`: `UnitDataError`,
 * `CalendarCoverageError`, `ChecklistMismatchError`, …) into a {@link ServeError} with the
 * library's code and words; its issues' paths are put under `pointer` (where the record sits
 * in the request body). Anything else — a bug — gives `undefined`.
 *
 * @param error - What was thrown.
 * @param pointer - The JSON pointer of the record the error is about ("" for the whole body).
 * @returns The error to answer with, or `undefined`.
 * @example
 * ```ts
 * fromLibraryError(new InvalidDateError("2026-02-30"))?.status; // 400
 * ```
 */
export function fromLibraryError(error: unknown, pointer = ""): ServeError | undefined {
  if (error instanceof ServeError) return error;
  if (!(error instanceof Error)) return undefined;
  const zh = (error as { messageZh?: unknown }).messageZh;
  if (typeof zh !== "string") return undefined;
  const code = (error as { code?: unknown }).code;
  const issues = (error as { issues?: unknown }).issues;
  const located = Array.isArray(issues) && issues.length > 0 ? (issues as ValidationIssue[]).map((i) => ({ ...i, path: `${pointer}${i.path}` })) : undefined;
  return new ServeError(LIBRARY_ERROR_STATUS[error.name] ?? 422, typeof code === "string" ? code : error.name, zh, error.message, located ? { issues: located } : {});
}

/**
 * Issues located inside a record, re-located inside the request body.
 *
 * @param issues - Issues with paths inside the record.
 * @param pointer - The record's pointer in the body (`/units/3`, `/0`, or `""`).
 * @returns New issues with `pointer` before each path.
 */
export function relocate(issues: readonly ValidationIssue[], pointer: string): ValidationIssue[] {
  return pointer === "" ? [...issues] : issues.map((i) => ({ ...i, path: `${pointer}${i.path}` }));
}
