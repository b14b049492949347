import type { z } from "zod";
import { ChecklistResponseSchema, type ChecklistResponse, type ChecklistResponseInput } from "../checklists";
import { CalendarYearDataSchema, DatasetSchema, UnitSchema, type CalendarYearDataInput, type CalendarYearDataOutput, type Dataset, type DatasetInput, type Unit, type UnitInput } from "../entities";
import { PolicySchema, type Policy, type PolicyInput } from "../policy";

/**
 * One kind of document that {@link validate} checks and `npm run schemas` publishes as
 * `schemas/<kind>.schema.json`.
 *
 * @see DESIGN.md "Entities and validation"
 */
export interface ValidationKindInfo<S extends z.ZodType = z.ZodType> {
  /** The zod schema that checks and parses the document (including the checks JSON Schema cannot express). */
  readonly schema: S;
  /** A short ASCII title; also the JSON Schema `title` and the root type's name in generated TypeScript. */
  readonly title: string;
  /** What the document is, in Chinese and English, and which rules only {@link validate} checks. */
  readonly description: string;
}

/**
 * The shape of {@link validationRegistry}: one {@link ValidationKindInfo} per kind. Each
 * schema is typed by what it parses to and from (e.g. `Unit` from `UnitInput`), which is
 * what {@link ValidationOutput} and {@link ValidationInput} read.
 *
 * @see DESIGN.md "Entities and validation"
 */
export interface ValidationRegistry {
  /** 主体 — one producer or seller. */
  readonly unit: ValidationKindInfo<z.ZodType<Unit, UnitInput>>;
  /** 数据集 — a batch of units with its `asOf` date. */
  readonly dataset: ValidationKindInfo<z.ZodType<Dataset, DatasetInput>>;
  /** 清单填报 — a filled-in checklist of Attachments 2, 3 or 4. */
  readonly "checklist-response": ValidationKindInfo<z.ZodType<ChecklistResponse, ChecklistResponseInput>>;
  /** 监管政策 — a supervision policy. */
  readonly policy: ValidationKindInfo<z.ZodType<Policy, PolicyInput>>;
  /** 日历年 — one year of the working-day calendar, from one State Council holiday notice. */
  readonly "calendar-year": ValidationKindInfo<z.ZodType<CalendarYearDataOutput, CalendarYearDataInput>>;
}

/** The schema's own `.meta({ description })`, so the text is written once, beside the schema. */
function describedBy(schema: z.ZodType, fallback: string): string {
  return schema.meta()?.description ?? fallback;
}

/**
 * The schema registry: every kind {@link validate} accepts, with its zod schema, title
 * and description. This is the ONE list — `validationKinds`, `validate`, the JSON Schema
 * files and the CLI's `--kind` all read it.
 *
 * - `unit` — 主体: one producer or seller ({@link UnitSchema}).
 * - `dataset` — 数据集: a batch of units with its `asOf` date ({@link DatasetSchema}).
 * - `checklist-response` — 清单填报: a filled-in checklist of Attachments 2, 3 or 4,
 *   checked against its template ({@link ChecklistResponseSchema}).
 * - `policy` — 监管政策: a supervision policy such as `nanjing2023` ({@link PolicySchema}).
 * - `calendar-year` — 日历年: one year of the working-day calendar, as `qsd calendar import`
 *   writes it from a holiday notice ({@link CalendarYearDataSchema}).
 *
 * @example
 * ```ts
 * validationRegistry.unit.title; // "Unit"
 * ```
 * @see DESIGN.md "Entities and validation"; 宁市监质监〔2023〕146号 二（五）（“核实一批录入一批”）、附件2/3/4、二（七）
 */
export const validationRegistry: ValidationRegistry = Object.freeze({
  unit: Object.freeze({
    schema: UnitSchema,
    title: "Unit",
    description: describedBy(UnitSchema, "主体 — a producer or seller of industrial products."),
  }),
  dataset: Object.freeze({
    schema: DatasetSchema,
    title: "Dataset",
    description: describedBy(DatasetSchema, "数据集 — a batch of units."),
  }),
  "checklist-response": Object.freeze({
    schema: ChecklistResponseSchema,
    title: "ChecklistResponse",
    description: describedBy(ChecklistResponseSchema, "清单填报 — a filled-in checklist of 宁市监质监〔2023〕146号 附件2/3/4."),
  }),
  policy: Object.freeze({
    schema: PolicySchema,
    title: "Policy",
    // PolicySchema's own description does not list what only validate() checks; add it here.
    description: `${describedBy(PolicySchema, "监管政策 — a supervision policy.")} JSON Schema cannot express: no value repeated in the lists of severities, kinds, credit levels, inspection kinds and roles; a non-empty credit class set; size thresholds that do not decrease from small to large; a note on every reading (reading: true); validate() checks them.`,
  }),
  "calendar-year": Object.freeze({
    schema: CalendarYearDataSchema,
    title: "CalendarYear",
    description: describedBy(CalendarYearDataSchema, "日历年 — one year of the working-day calendar."),
  }),
});

/**
 * A kind of document {@link validate} checks: `"unit"`, `"dataset"`, ….
 *
 * @see DESIGN.md "Entities and validation"
 */
export type ValidationKind = keyof typeof validationRegistry;

/**
 * The value {@link validate} returns for a kind on success: the parsed document, with
 * defaults filled in (e.g. a `Unit` always has its lists).
 */
export type ValidationOutput<K extends ValidationKind> = z.output<(typeof validationRegistry)[K]["schema"]>;

/** What a kind accepts as input (lists and flags with defaults may be omitted). */
export type ValidationInput<K extends ValidationKind> = z.input<(typeof validationRegistry)[K]["schema"]>;

/**
 * Every kind {@link validate} accepts, in registry order.
 *
 * @example
 * ```ts
 * validationKinds.includes("unit"); // true
 * ```
 * @see DESIGN.md "Entities and validation"
 */
export const validationKinds: readonly ValidationKind[] = Object.freeze(Object.keys(validationRegistry) as ValidationKind[]);

/**
 * Tells whether `kind` names a registered kind (own keys only: `"constructor"` or
 * `"__proto__"` are not kinds). Use it to narrow a user-supplied string, e.g. the CLI's
 * `--kind`.
 *
 * @param kind - Any value.
 * @returns `true` when `kind` is one of {@link validationKinds}.
 * @example
 * ```ts
 * isValidationKind("unit"); // true
 * isValidationKind("toString"); // false
 * ```
 */
export function isValidationKind(kind: unknown): kind is ValidationKind {
  return typeof kind === "string" && Object.prototype.hasOwnProperty.call(validationRegistry, kind);
}
