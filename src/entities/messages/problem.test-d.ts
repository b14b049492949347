import { describe, expectTypeOf, test } from "vitest";
import type { DecisionMismatch } from "../../audit";
import type { JsonSyntaxProblem } from "../../cli/json-syntax";
import type { IdentifierIssue, IdentifierIssueCode } from "../../identifiers";
import type { DecisionMismatchCode, JsonSyntaxCode, Problem, ProblemCode, ValidationIssue, ValidationIssueCode } from "./index";

describe("one problem shape", () => {
  test("every kind of problem is a Problem: code from a typed union, params, message, messageEn", () => {
    expectTypeOf<ValidationIssue>().toMatchTypeOf<Problem>();
    expectTypeOf<ValidationIssue<ValidationIssueCode>>().toMatchTypeOf<Problem<ValidationIssueCode>>();
    // identifiers sit below entities, so IdentifierIssue cannot extend Problem: it has its shape.
    expectTypeOf<IdentifierIssue>().toMatchTypeOf<Problem<IdentifierIssueCode>>();
    expectTypeOf<DecisionMismatch>().toMatchTypeOf<Problem<DecisionMismatchCode>>();
    expectTypeOf<JsonSyntaxProblem>().toMatchTypeOf<Problem<JsonSyntaxCode>>();
  });

  test("the codes are unions of literals, not string", () => {
    expectTypeOf<string>().not.toMatchTypeOf<ProblemCode>();
    expectTypeOf<"invalid_type">().toMatchTypeOf<ValidationIssueCode>();
    expectTypeOf<"uscc_checksum">().toMatchTypeOf<ProblemCode>();
    expectTypeOf<"record_decision_differs">().toMatchTypeOf<DecisionMismatchCode>();
    expectTypeOf<"json_expected_comma">().toMatchTypeOf<JsonSyntaxCode>();
    // @ts-expect-error not a code
    const bad: ProblemCode = "expected_string";
    void bad;
  });
});
