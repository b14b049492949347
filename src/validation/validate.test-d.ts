import { describe, expectTypeOf, test } from "vitest";
import type { ChecklistResponse } from "../checklists";
import type { CalendarYearDataOutput, Dataset, Problem, Unit, ValidationIssue, ValidationIssueCode } from "../entities";
import type { Policy } from "../policy";
import { isValidationKind, validate, validationKinds, type ValidationKind, type ValidationResult } from ".";

describe("validate is typed per kind", () => {
  test("the value's type follows the kind", () => {
    expectTypeOf(validate("unit", {})).toEqualTypeOf<ValidationResult<Unit>>();
    expectTypeOf(validate("dataset", {})).toEqualTypeOf<ValidationResult<Dataset>>();
    expectTypeOf(validate("checklist-response", {})).toEqualTypeOf<ValidationResult<ChecklistResponse>>();
    expectTypeOf(validate("policy", {})).toEqualTypeOf<ValidationResult<Policy>>();
    expectTypeOf(validate("calendar-year", {})).toEqualTypeOf<ValidationResult<CalendarYearDataOutput>>();
  });

  test("ok narrows to the value or the issues", () => {
    const result = validate("unit", null);
    if (result.ok) expectTypeOf(result.value.riskEvents).toEqualTypeOf<Unit["riskEvents"]>();
    else {
      expectTypeOf(result.issues).toEqualTypeOf<ValidationIssue<ValidationIssueCode>[]>();
      // Each issue is a located Problem: code from the typed union, params as data.
      expectTypeOf(result.issues[0]!).toMatchTypeOf<Problem<ValidationIssueCode> & { path: string }>();
      expectTypeOf(result.issues[0]!.params.expected).toEqualTypeOf<string | undefined>();
    }
  });

  test("a kind outside the registry does not compile", () => {
    // @ts-expect-error "units" is not a kind
    validate("units", {});
    const kind: string = "unit";
    // @ts-expect-error a plain string must be narrowed first
    validate(kind, {});
    if (isValidationKind(kind)) expectTypeOf(validate(kind, {})).toEqualTypeOf<ValidationResult<Unit | Dataset | ChecklistResponse | Policy | CalendarYearDataOutput>>();
  });

  test("validationKinds lists ValidationKind values", () => {
    expectTypeOf(validationKinds).toEqualTypeOf<readonly ValidationKind[]>();
  });
});
