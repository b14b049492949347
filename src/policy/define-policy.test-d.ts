import { describe, expectTypeOf, it } from "vitest";
import type { Citation } from "./citations";
import { definePolicy, type PolicyOverrides } from "./define-policy";
import { nanjing2023 } from "./nanjing-2023";
import type { Policy } from "./policy-schema";

describe("PolicyOverrides", () => {
  it("is a deep partial whose arrays and citations are whole", () => {
    expectTypeOf<{ supervision: { special: { windowYears: number } } }>().toExtend<PolicyOverrides>();
    expectTypeOf<NonNullable<NonNullable<NonNullable<PolicyOverrides["supervision"]>["key"]>["severities"]>>().toEqualTypeOf<Policy["supervision"]["key"]["severities"]>();
    expectTypeOf<NonNullable<NonNullable<NonNullable<PolicyOverrides["supervision"]>["key"]>["citation"]>>().toExtend<Citation>();
    // A partial citation is not accepted: a quote must come with its document and clause.
    expectTypeOf<{ supervision: { key: { citation: { quote: string } } } }>().not.toExtend<PolicyOverrides>();
  });
  it("definePolicy returns a Policy", () => {
    expectTypeOf(definePolicy(nanjing2023, { id: "x" })).toEqualTypeOf<Policy>();
  });
});
