/**
 * The OpenAPI 3.1 document of `qsd serve`, built from the same zod schemas as everything
 * else: the request bodies are the published JSON Schemas of the validation kinds
 * (`validationJsonSchema`, exactly what `schemas/<kind>.schema.json` holds), the answers
 * the response schemas of ./schemas.ts. The examples are computed by the library from the
 * bundled demo data set (examples/nanjing-demo.json). `npm run schemas` writes the document
 * to schemas/openapi.json (drift-checked like the other schemas); `GET /openapi.json`
 * serves the same document.
 */
import { z } from "zod";
import demo from "../../../examples/nanjing-demo.json";
import {
  chinaCalendar,
  REPORT_GROUPINGS,
  validate,
  validationJsonSchema,
  validationKinds,
  validationRegistry,
  CHECKLIST_TEMPLATE_IDS,
  type ValidationKind,
} from "../../index";
import { builtInPolicies } from "../options";
import { PACKAGE_VERSION } from "../package-info";
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_TIMEOUT_MS, SERVE_CHECKLIST_FORMATS, SERVE_REPORT_FORMATS, XLSX_TYPE } from "./app";
import { NDJSON_TYPE, JSON_TYPE } from "./body";
import { ServeError, formatBytes } from "./errors";
import { COMPONENT_REF_KEY, ndjsonLineSchema, RESPONSE_COMPONENTS } from "./schemas";

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

/** Replaces every `{ "x-qsd-component": name }` placeholder by a `$ref` to the component. */
function resolveRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(resolveRefs);
  if (node === null || typeof node !== "object") return node;
  const name = (node as Json)[COMPONENT_REF_KEY];
  if (typeof name === "string") {
    const { [COMPONENT_REF_KEY]: _, ...rest } = node as Json;
    return { ...ref(name), ...(typeof rest.description === "string" ? { description: rest.description } : {}) };
  }
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) out[k] = resolveRefs(v);
  return out;
}

/** A response schema as JSON Schema, `$schema` left out (OpenAPI 3.1's dialect is draft 2020-12). */
function responseJsonSchema(schema: z.ZodType): Json {
  const { $schema: _, ...body } = z.toJSONSchema(schema, { target: "draft-2020-12", io: "output", unrepresentable: "throw" }) as Json;
  return resolveRefs(body) as Json;
}

/** A request component: a kind's published JSON Schema without `$schema` and `$id` (the document gives the dialect; the `$id` stays in the file). */
function requestJsonSchema(kind: ValidationKind): Json {
  const { $schema: _s, $id: _i, ...body } = validationJsonSchema(kind);
  return body;
}

/** A JSON value's text with object keys sorted, to compare two schemas. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  return `{${Object.keys(value)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical((value as Json)[k])}`)
    .join(",")}}`;
}

/** The data set's `units.items` is the unit schema (zod inlines it): refer to the Unit component instead, when the two are the same. */
function shareUnitSchema(schemas: Json): void {
  const dataset = schemas.Dataset as { properties?: { units?: { items?: Json } } } | undefined;
  const items = dataset?.properties?.units?.items;
  if (!items) return;
  const { title: _t, description: _d, ...unit } = schemas.Unit as Json;
  const { title: _t2, description: _d2, ...inline } = items;
  if (canonical(unit) === canonical(inline)) dataset.properties!.units!.items = ref("Unit");
}

/** The component name of each validation kind. */
const KIND_COMPONENTS: Record<ValidationKind, string> = Object.fromEntries(validationKinds.map((k) => [k, validationRegistry[k].title])) as Record<ValidationKind, string>;

/**
 * The examples: request bodies from the demo data set (its as-of date and first two
 * units), and the error shape with the library's issues for a demo unit whose USCC is
 * broken. Answers of the rules are not copied in as examples: every rule's wording would
 * then be part of this document, and docs/api.md shows where to see real answers.
 */
function demoExamples() {
  const dataset = demo as unknown as { asOf: string; units: unknown[] };
  const units = dataset.units.slice(0, 2);
  const brokenUnit = { ...(units[0] as Json), uscc: "91320100MA00000000" };
  const broken = validate("unit", brokenUnit);
  return { dataset: { asOf: dataset.asOf, units }, unit: units[0], brokenUnit, brokenIssues: broken.ok ? [] : broken.issues };
}

/** The examples of the error responses. */
function errorExamples(brokenIssues: ServeError["issues"]): Record<string, Json> {
  const e = (error: ServeError) => ({ value: error.body("0b9c5a1e-7f2d-4c36-9d1a-5e8f2b7c4a10") });
  return {
    invalid_json: e(ServeError.of(400, "invalid_json", { reason: "expected a property name in double quotes, found '}'", reasonZh: "应为双引号括起的属性名，实际为 '}'", line: 3, column: 1 })),
    invalid_parameter: e(ServeError.of(400, "invalid_parameter", { name: "format", value: "pdf", expected: `one of ${SERVE_REPORT_FORMATS.join(", ")}`, expectedZh: ` ${SERVE_REPORT_FORMATS.join("、")} 之一` })),
    unauthorized: e(ServeError.of(401, "unauthorized")),
    not_found: e(ServeError.of(404, "not_found", { method: "GET", path: "/v1/classify" })),
    request_timeout: e(ServeError.of(408, "request_timeout", { ms: DEFAULT_TIMEOUT_MS })),
    payload_too_large: e(ServeError.of(413, "payload_too_large", { limit: DEFAULT_MAX_BODY_BYTES })),
    unsupported_media_type: e(ServeError.of(415, "unsupported_media_type", { received: "text/plain", accepted: [JSON_TYPE, NDJSON_TYPE] })),
    invalid_data: e(ServeError.invalid(brokenIssues ?? [])),
    internal_error: e(ServeError.of(500, "internal_error")),
    shutting_down: e(ServeError.of(503, "shutting_down")),
  };
}

/** The error responses, by status. */
const ERROR_RESPONSES: Record<string, { name: string; description: string; example: string }> = {
  "400": { name: "BadRequest", description: "The body is not JSON (invalid_json, with line and column), or a parameter is invalid (invalid_parameter, unknown_policy, invalid_date).", example: "invalid_json" },
  "401": { name: "Unauthorized", description: "The service was started with a token (--token / QSD_TOKEN) and the request has no valid Authorization: Bearer header.", example: "unauthorized" },
  "404": { name: "NotFound", description: "No such route, checklist template, validation kind or policy.", example: "not_found" },
  "408": { name: "RequestTimeout", description: "The body did not arrive within the time limit (--timeout).", example: "request_timeout" },
  "413": { name: "PayloadTooLarge", description: `The JSON body is over the limit (--max-body, default ${formatBytes(DEFAULT_MAX_BODY_BYTES)}); send larger data as NDJSON.`, example: "payload_too_large" },
  "415": { name: "UnsupportedMediaType", description: "The Content-Type is not application/json (or, where the route streams, application/x-ndjson).", example: "unsupported_media_type" },
  "422": { name: "InvalidData", description: "Valid JSON, invalid data: the library's located issues (JSON pointers into the body), or a typed library error (calendar_coverage, template_mismatch, …).", example: "invalid_data" },
  "500": { name: "InternalError", description: "A bug: the body names the requestId to look up in the log; never a stack trace.", example: "internal_error" },
};

const errors = (...statuses: string[]): Json => Object.fromEntries(["400", "401", ...statuses, "500"].sort().map((s) => [s, { $ref: `#/components/responses/${ERROR_RESPONSES[s]!.name}` }]));

const param = (name: string, where: "query" | "path", schema: Json, description: string, required = where === "path"): Json => ({ name, in: where, required, description, schema });

const P = {
  asOf: param("asOf", "query", { type: "string", format: "date" }, "基准日 — the as-of date YYYY-MM-DD (default: the data set's asOf, else today in Asia/Shanghai)."),
  policy: param("policy", "query", { type: "string", enum: Object.keys(builtInPolicies), default: "nanjing2023" }, "The policy (GET /v1/policies lists them)."),
  templateId: param("id", "path", { type: "string", enum: [...CHECKLIST_TEMPLATE_IDS] }, "The checklist template: producer-tasks (附件2), seller-tasks (附件3), supervision (附件4)."),
};

const jsonContent = (schema: Json, example?: unknown): Json => ({ [JSON_TYPE]: { schema, ...(example !== undefined ? { example } : {}) } });

const unitsBody = (): Json => ({
  required: true,
  description: "A unit, an array of units, or a data set { asOf?, units } (JSON); or NDJSON, one unit per line, streamed.",
  content: {
    [JSON_TYPE]: {
      schema: { anyOf: [ref("Dataset"), { type: "array", items: ref("Unit") }, ref("Unit")] },
      examples: { dataset: { $ref: "#/components/examples/DemoDataset" }, unit: { $ref: "#/components/examples/DemoUnit" } },
    },
    [NDJSON_TYPE]: { schema: { ...ref("Unit"), description: "One unit per line (NDJSON: each line one JSON value)." } },
  },
});

/**
 * Builds the OpenAPI 3.1 document of `qsd serve`.
 *
 * @returns The document (a fresh JSON-compatible object).
 * @example
 * ```ts
 * buildOpenApiDocument().openapi; // "3.1.0"
 * ```
 */
export function buildOpenApiDocument(): Json {
  const ex = demoExamples();
  const schemas: Json = {};
  for (const kind of validationKinds) schemas[KIND_COMPONENTS[kind]] = requestJsonSchema(kind);
  shareUnitSchema(schemas);
  for (const [name, schema] of Object.entries(RESPONSE_COMPONENTS)) schemas[name] = responseJsonSchema(schema);
  const errorExamplesByCode = errorExamples(ex.brokenIssues);
  const responses: Json = {};
  for (const [, r] of Object.entries(ERROR_RESPONSES)) {
    responses[r.name] = { description: r.description, content: { [JSON_TYPE]: { schema: ref("Error"), example: errorExamplesByCode[r.example]!.value } } };
  }
  const ndjson = (item: string): Json => ({ [NDJSON_TYPE]: { schema: { ...responseJsonSchema(ndjsonLineSchema(item)), description: "One line of the answer. NDJSON bodies stream: one line per input line, in order; a bad line is answered in place with { line, error }." } } });
  const v1 = [{ bearer: [] }, {}];

  const paths: Json = {
    "/v1/validate/{kind}": {
      post: {
        operationId: "validate",
        tags: ["validation"],
        summary: "Validate a document",
        description: "validate(kind, body, { policy }): the parsed document (defaults filled in) or 422 with every located issue. NDJSON: one answer line per input line.",
        parameters: [param("kind", "path", { type: "string", enum: [...validationKinds] }, "The kind of document (schemas/<kind>.schema.json)."), { ...P.policy, description: "With a policy, also check what the policy decides (credit classes, …)." }],
        requestBody: {
          required: true,
          content: {
            [JSON_TYPE]: { schema: { anyOf: validationKinds.map((k) => ref(KIND_COMPONENTS[k])) }, examples: { unit: { $ref: "#/components/examples/DemoUnit" }, invalid: { summary: "A unit whose USCC check character is wrong", value: ex.brokenUnit } } },
            [NDJSON_TYPE]: { schema: { anyOf: validationKinds.map((k) => ref(KIND_COMPONENTS[k])), description: "One document per line." } },
          },
        },
        responses: { "200": { description: "Valid.", content: { ...jsonContent(ref("ValidationSuccess")), ...ndjson("ValidationSuccess") } }, ...errors("404", "408", "413", "415", "422") },
        security: v1,
      },
    },
    "/v1/classify": {
      post: {
        operationId: "classify",
        tags: ["supervision"],
        summary: "监管层级 — classify units",
        description: "classifyUnit(unit, { asOf, policy }) for every unit: the level (special, key, routine, trigger), the rules that fired and the duties. A JSON body is answered whole (422 when any unit is invalid); an NDJSON body is streamed, one line per unit.",
        parameters: [P.asOf, P.policy],
        requestBody: unitsBody(),
        responses: { "200": { description: "The classifications, in the order of the body.", content: { ...jsonContent(ref("ClassifyResponse")), ...ndjson("Classification") } }, ...errors("408", "413", "415", "422") },
        security: v1,
      },
    },
    "/v1/obligations": {
      post: {
        operationId: "obligations",
        tags: ["obligations"],
        summary: "义务与期限 — each unit's obligations",
        description: "obligations(unit, { asOf, policy, calendar }) for every unit: each deadline with its due date and status (met, late, open, overdue, unknown — dueOn null when it needs a calendar year not yet published).",
        parameters: [P.asOf, P.policy],
        requestBody: unitsBody(),
        responses: { "200": { description: "The agendas, in the order of the body.", content: { ...jsonContent(ref("ObligationsResponse")), ...ndjson("UnitObligations") } }, ...errors("408", "413", "415", "422") },
        security: v1,
      },
    },
    "/v1/report": {
      post: {
        operationId: "report",
        tags: ["report"],
        summary: "监管概况 — the supervision report",
        description:
          "buildSupervisionReport: units per level, the annual key and special lists, overdue, upcoming and not-yet-computable obligations, mechanism gaps, findings, and invalid records (listed in the report, as qsd report lists them — not refused). NDJSON bodies are read line by line into the report builder. format=html|markdown renders it (renderSupervisionReport). format=xlsx answers the workbook qsd report --format xlsx writes (概况, then one sheet per table of each section).",
        parameters: [
          P.asOf,
          P.policy,
          param("groupBy", "query", { type: "string", enum: [...REPORT_GROUPINGS], default: "level" }, "Group obligations, gaps and findings by department (附件1 三) or district."),
          param("format", "query", { type: "string", enum: [...SERVE_REPORT_FORMATS], default: "json" }, "json (the SupervisionReport), html (one self-contained page), markdown, or xlsx (a workbook)."),
          param("lang", "query", { type: "string", enum: ["zh", "en"], default: "zh" }, "The language of html, markdown and xlsx."),
          param("limit", "query", { type: "integer", minimum: 0, default: 50 }, "html and markdown: the most rows per list (0 = all)."),
          param("upcomingDays", "query", { type: "integer", minimum: 0, default: 30 }, "Open obligations due within this many days are upcoming."),
        ],
        requestBody: unitsBody(),
        responses: {
          "200": {
            description: "The report.",
            content: {
              ...jsonContent(ref("SupervisionReport")),
              "text/html": { schema: { type: "string" } },
              "text/markdown": { schema: { type: "string" } },
              [XLSX_TYPE]: { schema: { type: "string", contentMediaType: XLSX_TYPE } },
            },
          },
          ...errors("408", "413", "415", "422"),
        },
        security: v1,
      },
    },
    "/v1/checklists/{id}": {
      get: {
        operationId: "getChecklist",
        tags: ["checklists"],
        summary: "检查清单 — a checklist template",
        description: "The template as data (json), or rendered blank (markdown, html, csv).",
        parameters: [P.templateId, param("format", "query", { type: "string", enum: [...SERVE_CHECKLIST_FORMATS], default: "json" }, "json (the template) or a rendering.")],
        responses: {
          "200": { description: "The template.", content: { ...jsonContent(ref("ChecklistTemplate")), "text/markdown": { schema: { type: "string" } }, "text/html": { schema: { type: "string" } }, "text/csv": { schema: { type: "string" } } } },
          ...errors("404"),
        },
        security: v1,
      },
    },
    "/v1/checklists/{id}/prefill": {
      post: {
        operationId: "prefillChecklist",
        tags: ["checklists"],
        summary: "预填清单 — prefill a checklist from a unit's data",
        description: "prefillChecklist(template, unit, { asOf, policy }): the items the data answers, and those left for the inspector. format=markdown|html|csv renders the prefilled checklist.",
        parameters: [P.templateId, P.asOf, P.policy, param("format", "query", { type: "string", enum: [...SERVE_CHECKLIST_FORMATS], default: "json" }, "json (the PrefilledChecklist) or a rendering.")],
        requestBody: { required: true, content: { [JSON_TYPE]: { schema: ref("Unit"), examples: { unit: { $ref: "#/components/examples/DemoUnit" } } } } },
        responses: {
          "200": { description: "The prefilled checklist.", content: { ...jsonContent(ref("PrefilledChecklist")), "text/markdown": { schema: { type: "string" } }, "text/html": { schema: { type: "string" } }, "text/csv": { schema: { type: "string" } } } },
          ...errors("404", "408", "413", "415", "422"),
        },
        security: v1,
      },
    },
    "/v1/checklists/{id}/evaluate": {
      post: {
        operationId: "evaluateChecklist",
        tags: ["checklists"],
        summary: "清单评价 — evaluate a filled-in checklist",
        description: "evaluateChecklist(template, response): complete or not, the missing and failed items, the counts, the rectification list. 422 when the response is invalid or names another template or version.",
        parameters: [P.templateId],
        requestBody: { required: true, content: jsonContent(ref("ChecklistResponse")) },
        responses: { "200": { description: "The evaluation.", content: jsonContent(ref("ChecklistEvaluation")) }, ...errors("404", "408", "413", "415", "422") },
        security: v1,
      },
    },
    "/v1/calendar/add": {
      get: {
        operationId: "calendarAdd",
        tags: ["calendar"],
        summary: "第 n 个工作日 — add working days",
        description: "calendar.addWorkingDays(date, n): the n-th working day after date (date not counted; n < 0 counts back; n = 0 gives date). 422 (calendar_coverage) outside the calendar's years.",
        parameters: [param("date", "query", { type: "string", format: "date" }, "The start date.", true), param("n", "query", { type: "integer" }, "Working days to add (negative counts back).", true)],
        responses: { "200": { description: "The date.", content: jsonContent(ref("CalendarAddResult"), { date: "2026-02-13", workingDays: 1, result: chinaCalendar.addWorkingDays("2026-02-13", 1), calendar: chinaCalendar.id }) }, ...errors("422") },
        security: v1,
      },
    },
    "/v1/calendar/count": {
      get: {
        operationId: "calendarCount",
        tags: ["calendar"],
        summary: "工作日天数 — count working days",
        description: "calendar.countWorkingDays(from, to): the working days in (from, to] — from not counted, to counted.",
        parameters: [param("from", "query", { type: "string", format: "date" }, "The start date (not counted).", true), param("to", "query", { type: "string", format: "date" }, "The end date (counted).", true)],
        responses: { "200": { description: "The count.", content: jsonContent(ref("CalendarCountResult"), { from: "2025-12-31", to: "2026-12-31", workingDays: chinaCalendar.countWorkingDays("2025-12-31", "2026-12-31"), calendar: chinaCalendar.id }) }, ...errors("422") },
        security: v1,
      },
    },
    "/v1/policies": {
      get: {
        operationId: "listPolicies",
        tags: ["policies"],
        summary: "监管政策 — the built-in policies",
        responses: { "200": { description: "The policies.", content: jsonContent({ type: "array", items: ref("PolicySummary") }, Object.values(builtInPolicies).map((p) => ({ id: p.id, version: p.version, title: p.title, titleEn: p.titleEn }))) }, ...errors() },
        security: v1,
      },
    },
    "/v1/policies/{id}": {
      get: {
        operationId: "getPolicy",
        tags: ["policies"],
        summary: "A policy in full",
        description: "Thresholds, windows, citations and readings: the Policy as data (schemas/policy.schema.json).",
        parameters: [param("id", "path", { type: "string", enum: Object.keys(builtInPolicies) }, "The policy's id.")],
        responses: { "200": { description: "The policy.", content: jsonContent(ref("Policy")) }, ...errors("404") },
        security: v1,
      },
    },
    "/openapi.json": {
      get: { operationId: "openapi", tags: ["service"], summary: "This document", responses: { "200": { description: "The OpenAPI 3.1 document.", content: jsonContent({ type: "object" }) } }, security: [{}] },
    },
    "/healthz": {
      get: { operationId: "healthz", tags: ["service"], summary: "Liveness", responses: { "200": { description: "The process answers.", content: jsonContent(ref("Health"), { status: "ok" }) } }, security: [{}] },
    },
    "/readyz": {
      get: {
        operationId: "readyz",
        tags: ["service"],
        summary: "Readiness",
        description: "503 once SIGTERM was received: a load balancer stops sending requests while those in flight finish.",
        responses: {
          "200": { description: "Ready.", content: jsonContent(ref("Health"), { status: "ready" }) },
          "503": { description: "Shutting down.", content: jsonContent(ref("Error"), errorExamplesByCode.shutting_down!.value) },
        },
        security: [{}],
      },
    },
  };

  return {
    openapi: "3.1.0",
    info: {
      // A plain title: client generators name the package after it (openapi-python-client: qsd_serve_client).
      title: "qsd serve",
      version: PACKAGE_VERSION,
      summary: "China's industrial-product quality-safety rules (SAMR Orders 75/76, 宁市监质监〔2023〕146号) for back ends in any language.",
      description:
        "工业产品质量安全主体责任 — the library's functions over HTTP: validation, supervision tiers, obligations and deadlines, the supervision report, checklists, the working-day calendar and the policies. Stateless: it scales out behind any load balancer. " +
        `Bodies: application/json (limit ${formatBytes(DEFAULT_MAX_BODY_BYTES)} by default, --max-body) or, where noted, application/x-ndjson (streamed, one answer line per input line; the limit applies to each line). ` +
        "Every error answers with one shape, { error: { code, message (Chinese), messageEn, issues?, requestId } }. " +
        "When started with --token or QSD_TOKEN, /v1/* requires Authorization: Bearer <token>.",
      license: { name: "MIT", identifier: "MIT" },
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: "http://127.0.0.1:8080", description: "qsd serve (the default address)" }],
    tags: [
      { name: "validation", description: "校验 — validate(kind, input, { policy })" },
      { name: "supervision", description: "监管层级 — classifyUnit" },
      { name: "obligations", description: "义务与期限 — obligations" },
      { name: "report", description: "监管概况 — buildSupervisionReport" },
      { name: "checklists", description: "检查清单 — 附件2/3/4" },
      { name: "calendar", description: "工作日历 — the official working-day calendar" },
      { name: "policies", description: "监管政策 — nanjing2023, anhui2023" },
      { name: "service", description: "The contract and the probes" },
    ],
    paths,
    components: {
      schemas,
      examples: {
        DemoDataset: { summary: "The demo data set's as-of date and first two units (examples/nanjing-demo.json)", value: ex.dataset },
        DemoUnit: { summary: "One unit of the demo data set", value: ex.unit },
      },
      responses,
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "Only when the service was started with --token or QSD_TOKEN." } },
    },
  };
}
