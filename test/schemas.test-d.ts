/**
 * The TypeScript that json-schema-to-typescript makes of our published JSON Schemas
 * (test/generated/*.d.ts, written by `npm run schemas` and drift-checked in
 * test/schemas.test.ts) is exactly the zod input type of each kind: a consumer who
 * generates types from schemas/<kind>.schema.json gets the same shape as one who uses
 * `z.input<typeof UnitSchema>`.
 *
 * Exact equality holds without normalisation because scripts/schemas.ts compiles with
 * `additionalProperties: false` (no `[k: string]: unknown` index signatures) and
 * `ignoreMinAndMaxItems: true` (no `[T, ...T[]]` tuple for `roles`' `minItems: 1`).
 * Optional properties compare equal because `exactOptionalPropertyTypes` is off:
 * `to?: string` and zod's `to?: string | undefined` are the same type.
 */
import { describe, expectTypeOf, test } from "vitest";
import type { z } from "zod";
import type { ChecklistResponseSchema } from "../src/checklists";
import type { CalendarYearData } from "../src/calendar";
import type { CalendarYearDataSchema, DatasetSchema, UnitSchema } from "../src/entities";
import type { PolicySchema } from "../src/policy";
import type { ValidationInput, ValidationKind } from "../src/validation";
import type { CalendarYear as GeneratedCalendarYear } from "./generated/calendar-year";
import type { ChecklistResponse as GeneratedChecklistResponse } from "./generated/checklist-response";
import type { Dataset as GeneratedDataset } from "./generated/dataset";
import type { Policy as GeneratedPolicy } from "./generated/policy";
import type { Unit as GeneratedUnit } from "./generated/unit";

describe("generated types from schemas/*.schema.json equal the zod input types", () => {
  test("unit", () => {
    expectTypeOf<GeneratedUnit>().toEqualTypeOf<z.input<typeof UnitSchema>>();
    expectTypeOf<GeneratedUnit>().toEqualTypeOf<ValidationInput<"unit">>();
  });

  test("dataset", () => {
    expectTypeOf<GeneratedDataset>().toEqualTypeOf<z.input<typeof DatasetSchema>>();
    expectTypeOf<GeneratedDataset>().toEqualTypeOf<ValidationInput<"dataset">>();
  });

  test("checklist-response", () => {
    expectTypeOf<GeneratedChecklistResponse>().toEqualTypeOf<z.input<typeof ChecklistResponseSchema>>();
    expectTypeOf<GeneratedChecklistResponse>().toEqualTypeOf<ValidationInput<"checklist-response">>();
  });

  test("policy", () => {
    expectTypeOf<GeneratedPolicy>().toEqualTypeOf<z.input<typeof PolicySchema>>();
    expectTypeOf<GeneratedPolicy>().toEqualTypeOf<ValidationInput<"policy">>();
  });

  test("calendar-year", () => {
    expectTypeOf<GeneratedCalendarYear>().toEqualTypeOf<z.input<typeof CalendarYearDataSchema>>();
    expectTypeOf<GeneratedCalendarYear>().toEqualTypeOf<ValidationInput<"calendar-year">>();
    // What the schema parses to is what createWorkCalendar and extendCalendar take.
    expectTypeOf<z.output<typeof CalendarYearDataSchema>>().toExtend<CalendarYearData>();
  });

  test("every kind has a generated type checked here", () => {
    expectTypeOf<ValidationKind>().toEqualTypeOf<"unit" | "dataset" | "checklist-response" | "policy" | "calendar-year">();
  });
});
