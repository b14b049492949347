/**
 * The response shapes of `qsd serve`, as zod schemas for the OpenAPI document. The request
 * bodies are the library's own schemas (the JSON Schemas `npm run schemas` publishes); the
 * answers are the library's result types (`Classification`, `Obligation`,
 * `SupervisionReport`, …), which are TypeScript types, not zod schemas. Their contract
 * fields are described here — loose objects, so a field the library adds later is allowed —
 * and `schemas.test-d.ts` checks that every library type fits its schema, so the two cannot
 * drift apart silently; the e2e tests check live answers against the document.
 *
 * A schema that stands for a component of the document is marked with {@link componentRef}
 * and becomes a `$ref`.
 */
import { z } from "zod";
import { CitationSchema, IsoDateSchema, OBLIGATION_KINDS, OBLIGATION_STATUSES, REPORT_GROUPINGS, SUPERVISION_LEVELS } from "../../index";

/** The metadata key that marks a reference to a component of the OpenAPI document. */
export const COMPONENT_REF_KEY = "x-qsd-component";

/**
 * A placeholder that the OpenAPI builder replaces by `{ "$ref": "#/components/schemas/<name>" }`.
 *
 * @param name - The component's name.
 * @returns A schema accepting anything, carrying the reference in its metadata.
 */
export function componentRef(name: string): z.ZodType<unknown> {
  return z.unknown().meta({ [COMPONENT_REF_KEY]: name });
}

const date = IsoDateSchema;
const dateRange = z.looseObject({ start: date, end: date });
const policyRef = z.looseObject({ id: z.string(), version: z.string() }).meta({ description: "The policy that decided: its id and version." });
const level = z.enum(SUPERVISION_LEVELS).meta({ description: "监管层级 — special 特别监管, key 重点监管, routine 日常监管, trigger 触发式监管." });
const asOfFrom = z.enum(["option", "dataset", "today"]).meta({ description: "Where asOf came from: the asOf query parameter, the data set's asOf, or today in Asia/Shanghai." });

/** 校验问题 — one located problem: a JSON pointer into the request body, a code, its params, and the messages. */
export const ValidationIssueSchema = z
  .looseObject({
    path: z.string().meta({ description: "JSON pointer (RFC 6901) into the request body, e.g. /units/3/uscc; empty for the whole body." }),
    code: z.string().meta({ description: "A stable machine-readable code." }),
    params: z.record(z.string(), z.unknown()).optional().meta({ description: "What was expected and received, as data." }),
    message: z.string().meta({ description: "中文说明" }),
    messageEn: z.string().meta({ description: "English message" }),
  })
  .meta({ title: "ValidationIssue" });

/** The one error shape of every error response. */
export const ErrorSchema = z
  .object({
    error: z.looseObject({
      code: z.string().meta({ description: "invalid_json, invalid_parameter, unsupported_media_type, payload_too_large, line_too_long, not_found, unknown_kind, unknown_policy, unauthorized, invalid_data, request_timeout, internal_error, shutting_down — or the library error's own code (invalid_date, unknown_template, template_mismatch, calendar_coverage, …)." }),
      message: z.string().meta({ description: "中文说明" }),
      messageEn: z.string().meta({ description: "English message" }),
      issues: z.array(componentRef("ValidationIssue")).optional().meta({ description: "422: the located problems." }),
      requestId: z.string().optional().meta({ description: "The request's id (also the X-Request-Id header): its log line has it." }),
    }),
  })
  .meta({ title: "Error", description: "错误 — every error answers with this shape; never a stack trace." });

/** 依据 — one rule considered in a decision. */
export const ReasonSchema = z
  .looseObject({
    rule: z.string().meta({ description: "The rule's id." }),
    level: level.optional(),
    fired: z.boolean().optional(),
    facts: z.array(z.string()).optional().meta({ description: "Ids of the events, inspections, assignments … the rule used." }),
    window: dateRange.optional(),
    citation: CitationSchema.optional(),
    message: z.string(),
    messageEn: z.string(),
  })
  .meta({ title: "Reason", description: "依据 — a rule, the facts it used, its window and its citation." });

/** 监管层级 — the result of `classifyUnit`. */
export const ClassificationSchema = z
  .looseObject({
    unitId: z.string(),
    asOf: date,
    level,
    reasons: z.array(componentRef("Reason")).meta({ description: "The rules that fired." }),
    considered: z.array(componentRef("Reason")).meta({ description: "Every rule considered, fired or not." }),
    window: dateRange,
    duties: z.array(z.looseObject({ duty: z.string(), message: z.string(), messageEn: z.string(), citation: CitationSchema })),
    policy: policyRef,
  })
  .meta({ title: "Classification", description: "监管层级 — classifyUnit(unit, { asOf, policy })." });

/** 义务 — one entry of `obligations`. */
export const ObligationSchema = z
  .looseObject({
    kind: z.enum(OBLIGATION_KINDS),
    owedBy: z.enum(["unit", "regulator"]),
    dueOn: date.nullable().meta({ description: "The due date; null when it needs a calendar year not yet published (status unknown)." }),
    status: z.enum(OBLIGATION_STATUSES),
    doneOn: date.optional(),
    reasons: z.array(z.looseObject({ rule: z.string(), message: z.string(), messageEn: z.string() })),
    decidedBy: z.string().meta({ description: "The id of the rule that decided the due date and status." }),
    subject: z.looseObject({}).meta({ description: "What the obligation is about; its fields depend on kind." }),
    department: z.string(),
    policy: policyRef,
  })
  .meta({ title: "Obligation", description: "义务 — one deadline of obligations(unit, { asOf, policy, calendar })." });

/** One unit's agenda. */
export const UnitObligationsSchema = z
  .object({ unitId: z.string(), name: z.string(), asOf: date, obligations: z.array(componentRef("Obligation")) })
  .meta({ title: "UnitObligations", description: "One unit's obligations." });

const envelope = (item: string) =>
  z.object({
    asOf: date,
    asOfFrom,
    policy: policyRef,
    results: z.array(componentRef(item)).meta({ description: "One result per unit, in the order of the request body." }),
  });

/** `POST /v1/classify` (JSON). */
export const ClassifyResponseSchema = envelope("Classification").meta({ title: "ClassifyResponse" });
/** `POST /v1/obligations` (JSON). */
export const ObligationsResponseSchema = envelope("UnitObligations").meta({ title: "ObligationsResponse" });

/**
 * One line of an NDJSON answer: `{ line, result }` for an input line that was answered,
 * `{ line, error }` for one that was not (answered in place; the stream goes on), and a
 * last `{ error }` when the body stopped coming.
 *
 * @param item - The component of `result`.
 * @returns The line's schema.
 */
export function ndjsonLineSchema(item: string): z.ZodType {
  return z
    .object({
      line: z.number().int().min(1).optional().meta({ description: "The input line (1-based) this answers; absent on a last line that reports the stream broke off." }),
      result: componentRef(item).optional(),
      error: z.looseObject({ code: z.string(), message: z.string(), messageEn: z.string(), issues: z.array(componentRef("ValidationIssue")).optional() }).optional(),
    })
    .meta({ description: `One line of the answer: { line, result } or { line, error }.` });
}

/** `POST /v1/validate/{kind}` (JSON). */
export const ValidationSuccessSchema = z
  .object({ ok: z.literal(true), value: z.looseObject({}).meta({ description: "The document as parsed: defaults filled in, unknown keys dropped." }) })
  .meta({ title: "ValidationSuccess" });

const reportRow = z.looseObject({});

/** 监管概况 — `buildSupervisionReport`. */
export const SupervisionReportSchema = z
  .looseObject({
    generator: z.looseObject({ name: z.string(), version: z.string() }),
    source: z.string(),
    asOf: date,
    asOfFrom,
    policy: z.looseObject({ id: z.string(), version: z.string(), title: z.string(), titleEn: z.string() }),
    calendar: z.looseObject({ id: z.string(), missingYears: z.array(z.number().int()) }),
    totals: z.looseObject({
      records: z.number().int(),
      units: z.number().int(),
      invalid: z.number().int(),
      overdue: z.number().int(),
      upcoming: z.number().int(),
      unknown: z.number().int(),
      mechanismGaps: z.number().int(),
      noRecords: z.number().int(),
      findings: z.number().int(),
    }),
    levels: z.array(z.looseObject({ level, count: z.number().int(), units: z.array(reportRow) })),
    annualLists: z.looseObject({ year: z.number().int(), producers: reportRow, sellers: reportRow }),
    obligations: z.looseObject({ upcomingDays: z.number().int(), overdue: z.array(reportRow), upcoming: z.array(reportRow), unknown: z.array(reportRow) }),
    mechanism: z.looseObject({ period: dateRange, checked: z.number().int(), units: z.array(reportRow) }),
    findings: z.array(reportRow),
    invalid: z.array(
      z.looseObject({
        location: z.looseObject({ file: z.string(), index: z.number().int(), pointer: z.string() }),
        kind: z.enum(["parse", "invalid", "error"]),
        issues: z.array(componentRef("ValidationIssue")),
      }),
    ),
    byDepartment: z.record(z.string(), reportRow).optional(),
    byDistrict: z.record(z.string(), reportRow).optional(),
  })
  .meta({ title: "SupervisionReport", description: `监管概况 — buildSupervisionReport(units, { asOf, policy, groupBy: ${REPORT_GROUPINGS.join(" | ")} }).` });

/** 检查清单模板 — Attachments 2, 3 and 4. */
export const ChecklistTemplateSchema = z
  .looseObject({
    id: z.enum(["producer-tasks", "seller-tasks", "supervision"]),
    version: z.string(),
    title: z.string(),
    source: z.looseObject({ document: z.string(), clause: z.string() }),
    sections: z.array(z.looseObject({ id: z.string(), title: z.string(), items: z.array(z.looseObject({ id: z.string(), text: z.string() })) })),
  })
  .meta({ title: "ChecklistTemplate", description: "检查清单模板 — 宁市监质监〔2023〕146号 附件2/3/4, item text verbatim." });

/** `prefillChecklist`. */
export const PrefilledChecklistSchema = z
  .looseObject({
    response: componentRef("ChecklistResponse"),
    unanswered: z.array(z.looseObject({ itemId: z.string(), reason: z.string() })),
    asOf: date,
    period: dateRange,
    policy: policyRef,
    template: z.looseObject({ id: z.string(), version: z.string() }),
  })
  .meta({ title: "PrefilledChecklist", description: "预填清单 — prefillChecklist(template, unit, { asOf, policy })." });

/** `evaluateChecklist`. */
export const ChecklistEvaluationSchema = z
  .looseObject({
    templateId: z.string(),
    templateVersion: z.string(),
    complete: z.boolean(),
    missing: z.array(z.string()),
    failed: z.array(z.string()),
    counts: z.looseObject({ yes: z.number().int(), no: z.number().int(), na: z.number().int() }),
    rectification: z.array(z.looseObject({ itemId: z.string(), text: z.string(), remark: z.string().optional() })),
    template: z.looseObject({ id: z.string(), version: z.string() }),
  })
  .meta({ title: "ChecklistEvaluation", description: "清单评价 — evaluateChecklist(template, response)." });

/** `GET /v1/calendar/add`. */
export const CalendarAddResultSchema = z
  .object({ date, workingDays: z.number().int(), result: date, calendar: z.string() })
  .meta({ title: "CalendarAddResult", description: "calendar.addWorkingDays(date, n): the n-th working day after date (date not counted; n < 0 counts back)." });

/** `GET /v1/calendar/count`. */
export const CalendarCountResultSchema = z
  .object({ from: date, to: date, workingDays: z.number().int(), calendar: z.string() })
  .meta({ title: "CalendarCountResult", description: "calendar.countWorkingDays(from, to): working days in (from, to]." });

/** `GET /v1/policies`. */
export const PolicySummarySchema = z
  .object({ id: z.string(), version: z.string(), title: z.string(), titleEn: z.string() })
  .meta({ title: "PolicySummary", description: "A built-in policy: nanjing2023 (the default) or anhui2023." });

/** `/healthz`, `/readyz`. */
export const HealthSchema = z.object({ status: z.enum(["ok", "ready"]) }).meta({ title: "Health" });

/** The response components, by name. */
export const RESPONSE_COMPONENTS: Readonly<Record<string, z.ZodType>> = {
  Error: ErrorSchema,
  ValidationIssue: ValidationIssueSchema,
  ValidationSuccess: ValidationSuccessSchema,
  Reason: ReasonSchema,
  Classification: ClassificationSchema,
  ClassifyResponse: ClassifyResponseSchema,
  Obligation: ObligationSchema,
  UnitObligations: UnitObligationsSchema,
  ObligationsResponse: ObligationsResponseSchema,
  SupervisionReport: SupervisionReportSchema,
  ChecklistTemplate: ChecklistTemplateSchema,
  PrefilledChecklist: PrefilledChecklistSchema,
  ChecklistEvaluation: ChecklistEvaluationSchema,
  CalendarAddResult: CalendarAddResultSchema,
  CalendarCountResult: CalendarCountResultSchema,
  PolicySummary: PolicySummarySchema,
  Health: HealthSchema,
};
