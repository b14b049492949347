/**
 * The fast path's generator on small schemas: what it models gives zod's value or falls
 * back (never a value zod would not give), and what it does not model gives no fast path
 * at all, so zod alone parses. Expected values are zod's own (`safeParse` of the same
 * schema), the definition the fast path stands in for.
 */
import { z } from "zod";
import { describe, expect, test } from "vitest";
import { UnitSchema } from "../entities";
import { _fastParser, _fastParserSource, FALLBACK } from "./fast-path";

/** The fast answer: zod's value exactly (keys in order), or FALLBACK where zod fails. */
function agrees(schema: z.ZodType, input: unknown, max = 10_000): unknown {
  const fast = _fastParser(schema)!(input, max);
  const plain = schema.safeParse(input);
  if (fast !== FALLBACK) {
    expect(plain.success).toBe(true);
    expect(fast).toStrictEqual(plain.data);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(plain.data));
  }
  return fast;
}

const NINE = ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9"] as const;

const Modelled = z.object({
  n: z.number().int().nonnegative().optional(),
  f: z.number().optional(),
  list: z.array(z.string()).default(["a", "b"]),
  obj: z.object({ x: z.boolean(), y: z.number().default(1.5) }).default({ x: true, y: 2 }),
  nothing: z.string().default(null as unknown as string),
  s: z.string().default("x"),
  few: z.enum(["a", "b"]).optional(),
  many: z.enum(NINE).optional(),
  codes: z.array(z.string().min(2).max(3)).optional(),
  tags: z.array(z.string()).min(1).max(2).optional(),
  name: z.string().optional(),
  note: z.string().refine((s) => s !== "bad").optional(),
});

describe("the generated code", () => {
  test("reads every field of the unit and of its people, and builds the products default fresh", () => {
    const source = _fastParserSource(UnitSchema);
    for (const key of Object.keys(UnitSchema.shape)) expect([key, source.includes(`v.${key};`)]).toEqual([key, true]);
    for (const key of ["role", "from", "to", "phone"]) expect(source).toContain(`v.${key};`);
    expect(source).toContain(`{"licences":[],"cccCertificates":[],"mandatoryStandard":false,"gasAppliance":false,"foodContact":false,"categories":[]}`);
  });
});

describe("modelled schemas: zod's value, or fall back", () => {
  test("defaults of every JSON kind are fresh copies", () => {
    const a = agrees(Modelled, {}) as { list: string[]; obj: object };
    expect(a).toEqual({ list: ["a", "b"], obj: { x: true, y: 2 }, nothing: null, s: "x" });
    const b = agrees(Modelled, {}) as typeof a;
    expect(b.list).not.toBe(a.list);
    expect(b.obj).not.toBe(a.obj);
    a.list.push("c");
    expect((agrees(Modelled, {}) as typeof a).list).toEqual(["a", "b"]);
  });

  test("optional fields: absent stays absent, present undefined stays, values are checked", () => {
    expect(Object.keys(agrees(Modelled, { n: undefined }) as object)).toContain("n");
    expect(Object.keys(agrees(Modelled, {}) as object)).not.toContain("n");
    expect(agrees(Modelled, { n: 3, f: -2.5, few: "b", many: "v9", extra: 1 })).toMatchObject({ n: 3, f: -2.5, few: "b", many: "v9" });
    for (const bad of [{ n: -1 }, { n: 1.5 }, { n: 2 ** 60 }, { f: Number.NaN }, { f: Number.POSITIVE_INFINITY }, { few: "c" }, { many: "v10" }, { n: "1" }, { s: 1 }]) {
      expect([bad, agrees(Modelled, bad)]).toEqual([bad, FALLBACK]);
    }
  });

  test("length checks: a sure pass skips the check, anything else runs it", () => {
    expect(agrees(Modelled, { codes: ["ab", "abc"] })).toMatchObject({ codes: ["ab", "abc"] });
    for (const codes of [["a"], ["abcd"], [""], ["ab", 1]]) expect(agrees(Modelled, { codes })).toBe(FALLBACK);
    expect(agrees(Modelled, { tags: ["a"] })).toMatchObject({ tags: ["a"] });
    for (const tags of [[], ["a", "b", "c"]]) expect(agrees(Modelled, { tags })).toBe(FALLBACK);
    // A list longer than the bound falls back (the bounded path reports it).
    expect(agrees(Modelled, { tags: ["a", "b"] }, 1)).toBe(FALLBACK);
  });

  test("refinements run; a check that replaces the value or answers with a promise falls back", () => {
    expect(agrees(Modelled, { note: "ok" })).toMatchObject({ note: "ok" });
    expect(agrees(Modelled, { note: "bad" })).toBe(FALLBACK);
    const replacing = z.object({
      a: z.string().check((ctx) => {
        ctx.value = "other";
      }),
    });
    expect(_fastParser(replacing)!({ a: "x" }, 10)).toBe(FALLBACK);
    const async = z.object({ a: z.string().check(async () => undefined) });
    expect(_fastParser(async)!({ a: "x" }, 10)).toBe(FALLBACK);
  });

  test("text: a lone surrogate anywhere, private use or unassigned in a name, falls back", () => {
    expect(agrees(Modelled, { s: "a\ud800" })).toBe(FALLBACK);
    expect(agrees(Modelled, { name: "\ue000" })).toBe(FALLBACK);
    expect(agrees(Modelled, { name: "南京" })).toMatchObject({ name: "南京" });
    expect(agrees(Modelled, { s: "\ue000" })).toMatchObject({ s: "\ue000" });
  });

  test("not an object, an array, null, a throwing getter: fall back", () => {
    for (const input of [null, [], "x", 1, undefined]) expect(agrees(Modelled, input)).toBe(FALLBACK);
    const throwing = Object.defineProperty({}, "s", {
      get() {
        throw new Error("no");
      },
    });
    expect(_fastParser(Modelled)!(throwing, 10)).toBe(FALLBACK);
  });

  test("a check that validates again: the inner call falls back, the outer answers", () => {
    let inner: unknown;
    const outer = z.object({
      a: z.string().check(() => {
        inner = _fastParser(outer)!({ a: "y" }, 10);
      }),
    });
    expect(_fastParser(outer)!({ a: "x" }, 10)).toEqual({ a: "x" });
    expect(inner).toBe(FALLBACK);
  });
});

let reads = 0;

describe("what the fast path does not model: no fast path", () => {
  const optional32 = z.object(Object.fromEntries(Array.from({ length: 32 }, (_, i) => [`k${i}`, z.string().optional()])));
  const cases: [string, z.ZodType][] = [
    ["a union", z.object({ a: z.union([z.string(), z.number()]) })],
    ["a transform", z.object({ a: z.string().transform((s) => s.length) })],
    ["an overwrite check (trim)", z.object({ a: z.string().trim() })],
    ["a catchall (loose)", z.looseObject({ a: z.string() })],
    ["a catchall (strict)", z.strictObject({ a: z.string() })],
    ["coercion", z.object({ a: z.coerce.string() })],
    ["a schema that is also a check (z.int())", z.object({ a: z.int() })],
    ["nullable", z.object({ a: z.string().nullable() })],
    ["a default inside an optional", z.object({ a: z.string().default("x").optional() })],
    ["an optional inside a default", z.object({ a: z.string().optional().default("x") })],
    ["a check on a wrapper", z.object({ a: z.string().optional().check(() => undefined) })],
    ["a default that is not JSON data", z.object({ a: z.array(z.number()).default([Number.NaN]) })],
    ["a default of -0", z.object({ a: z.number().default(-0) })],
    ["a default that changes on every read", z.object({ a: z.number().default(() => ++reads) })],
    ["a default the text check flags", z.object({ a: z.string().default("\ud800") })],
    ["an enum value the text check flags in a name", z.object({ name: z.enum(["\ue000"]) })],
    ["a symbol key", z.object({ [Symbol("s")]: z.string() } as unknown as Record<string, z.ZodString>)],
    ["more than 31 optional fields", optional32],
    ["a date", z.object({ a: z.date() })],
  ];
  test.each(cases)("%s", (_, schema) => {
    expect(_fastParser(schema)).toBeUndefined();
  });

  test("31 optional fields are modelled", () => {
    const s = z.object(Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`k${i}`, z.string().optional()])));
    expect(agrees(s, { k0: "a", k30: "b" })).toEqual({ k0: "a", k30: "b" });
  });
});
