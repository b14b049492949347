/**
 * The response schemas of the OpenAPI document describe the library's result types: every
 * library type fits its schema's output type (readonly lists made writable first, since a
 * JSON answer has no readonly). A field renamed or retyped in the library, or described
 * wrongly here, fails this check.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type {
  ChecklistEvaluation,
  ChecklistTemplate,
  Classification,
  Obligation,
  PrefilledChecklist,
  SupervisionReason,
  SupervisionReport,
  ValidationIssue,
} from "../../index";
import type {
  ChecklistEvaluationSchema,
  ChecklistTemplateSchema,
  ClassificationSchema,
  ObligationSchema,
  PrefilledChecklistSchema,
  ReasonSchema,
  SupervisionReportSchema,
  ValidationIssueSchema,
} from "./schemas";

/** A JSON answer's view of a type: no readonly anywhere. */
type Writable<T> = T extends (infer U)[] ? Writable<U>[] : T extends readonly (infer U)[] ? Writable<U>[] : T extends object ? { -readonly [K in keyof T]: Writable<T[K]> } : T;

describe("the OpenAPI response schemas describe the library's types", () => {
  it("Classification, Reason, Obligation", () => {
    expectTypeOf<Writable<Classification>>().toExtend<z.output<typeof ClassificationSchema>>();
    expectTypeOf<Writable<SupervisionReason>>().toExtend<z.output<typeof ReasonSchema>>();
    expectTypeOf<Writable<Obligation>>().toExtend<z.output<typeof ObligationSchema>>();
  });

  it("SupervisionReport", () => {
    expectTypeOf<Writable<SupervisionReport>>().toExtend<z.output<typeof SupervisionReportSchema>>();
  });

  it("checklists: the template, the prefilled checklist, the evaluation", () => {
    expectTypeOf<Writable<ChecklistTemplate>>().toExtend<z.output<typeof ChecklistTemplateSchema>>();
    expectTypeOf<Writable<PrefilledChecklist>>().toExtend<z.output<typeof PrefilledChecklistSchema>>();
    expectTypeOf<Writable<ChecklistEvaluation>>().toExtend<z.output<typeof ChecklistEvaluationSchema>>();
  });

  it("ValidationIssue", () => {
    expectTypeOf<Writable<ValidationIssue>>().toExtend<z.output<typeof ValidationIssueSchema>>();
  });
});
