/**
 * The fast path's generator, on small hand-made schemas (issue 19, part 4): keys that are
 * not identifiers, each optional field alone, lists at their bound, wrong types at every
 * level, a failed check followed by a passing one, a default that is not JSON data, a
 * `__proto__` key, the parser compiled once per schema, and the generated source's layout.
 * Expected values are zod's own (`safeParse` of the same schema, the definition the fast
 * path stands in for) or written out by hand from zod's documented behaviour (an absent
 * optional key stays absent, a default is filled in), never the fast path's answer.
 */
import { z } from "zod";
import { describe, expect, test } from "vitest";
import demo from "../../examples/nanjing-demo.json";
import { UnitSchema } from "../entities";
import { _fastParser, _fastParserSource, FALLBACK } from "./fast-path";

/** The fast answer: zod's value exactly (keys in order), or FALLBACK where zod fails. */
function agrees(schema: z.ZodType, input: unknown, max = 10_000): unknown {
  const parse = _fastParser(schema);
  expect(parse).toBeTypeOf("function");
  const fast = parse!(input, max);
  const plain = schema.safeParse(input);
  if (fast !== FALLBACK) {
    expect(plain.success).toBe(true);
    expect(fast).toStrictEqual(plain.data);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(plain.data));
  }
  return fast;
}

/** A fresh schema per call: the fast parser is built (and cached) per schema object, so each test builds its own. */
const opt = () => z.object({
  r: z.string(),
  a: z.string().optional(),
  b: z.number().optional(),
  c: z.boolean().optional(),
  d: z.array(z.string()).optional(),
  e: z.object({ x: z.boolean() }).optional(),
  f: z.string().default("f"),
});

describe("fields and keys", () => {
  test("keys that are not identifiers are read and written as they are", () => {
    const keys = ["a-b", "1a", "a b", "-a", "a-", "$x", "_y", "ü", "x1", "é1"];
    const schema = z.object(Object.fromEntries(keys.map((k) => [k, z.string()])));
    const input = Object.fromEntries(keys.map((k, i) => [k, `v${i}`]));
    expect(agrees(schema, input)).toEqual(input);
    expect(Object.keys(agrees(schema, input) as object)).toEqual(keys);
    // One key missing: zod fails, so must the fast path.
    expect(agrees(schema, { ...input, "a-b": undefined })).toBe(FALLBACK);
  });

  test("each optional field alone, and all of them: only the keys given, in the shape's order", () => {
    const Opt = opt();
    const values: Record<string, unknown> = { a: "x", b: 1, c: false, d: ["y"], e: { x: true } };
    expect(agrees(Opt, { r: "r" })).toEqual({ r: "r", f: "f" });
    expect(Object.keys(agrees(Opt, { r: "r" }) as object)).toEqual(["r", "f"]);
    for (const [k, v] of Object.entries(values)) {
      const out = agrees(Opt, { [k]: v, r: "r" });
      expect(out).toStrictEqual({ r: "r", [k]: v, f: "f" });
      expect(Object.keys(out as object)).toEqual(["r", k, "f"]);
      // Present as undefined: the key stays, undefined (zod's `key in input`).
      const undef = agrees(Opt, { r: "r", [k]: undefined });
      expect(Object.keys(undef as object)).toEqual(["r", k, "f"]);
    }
    const all = agrees(Opt, { f: "g", e: { x: false, y: 1 }, d: [], c: true, b: -0.5, a: "", r: "" });
    expect(all).toStrictEqual({ r: "", a: "", b: -0.5, c: true, d: [], e: { x: false }, f: "g" });
    expect(Object.keys(all as object)).toEqual(["r", "a", "b", "c", "d", "e", "f"]);
    // Two of them: both, and not the others.
    expect(Object.keys(agrees(Opt, { r: "r", c: true, a: "a" }) as object)).toEqual(["r", "a", "c", "f"]);
    expect(Object.keys(agrees(Opt, { r: "r", e: { x: true }, b: 2 }) as object)).toEqual(["r", "b", "e", "f"]);
  });

  test("a required field absent or undefined, and a wrong type at every level, fall back", () => {
    const Opt = opt();
    for (const bad of [
      {},
      { r: undefined },
      { r: 1 },
      { r: "r", a: 1 },
      { r: "r", b: "1" },
      { r: "r", b: Number.NaN },
      { r: "r", c: 1 },
      { r: "r", c: "true" },
      { r: "r", d: "y" },
      { r: "r", d: { 0: "y", length: 1 } },
      { r: "r", d: [1] },
      { r: "r", d: ["y", null] },
      { r: "r", e: null },
      { r: "r", e: [] },
      { r: "r", e: "x" },
      { r: "r", e: {} },
      { r: "r", e: { x: 0 } },
      { r: "r", f: 1 },
      { r: "r", f: null },
    ]) {
      expect([bad, agrees(Opt, bad)]).toEqual([bad, FALLBACK]);
    }
    // A default field given as undefined gets the default (zod: undefined is "absent" for a default).
    expect(agrees(Opt, { r: "r", f: undefined })).toStrictEqual({ r: "r", f: "f" });
  });

  test("a list of exactly the bound is taken, one more falls back", () => {
    const schema = z.object({ l: z.array(z.number()) });
    expect(agrees(schema, { l: [1, 2, 3] }, 3)).toEqual({ l: [1, 2, 3] });
    expect(agrees(schema, { l: [1, 2, 3, 4] }, 3)).toBe(FALLBACK);
    expect(agrees(schema, { l: [] }, 1)).toEqual({ l: [] });
    const items = agrees(z.object({ l: z.array(z.object({ s: z.string() })) }), { l: [{ s: "a", t: 1 }, { s: "b" }] }) as { l: object[] };
    expect(items).toStrictEqual({ l: [{ s: "a" }, { s: "b" }] });
  });

  test("a check that failed does not make the next input fall back", () => {
    const schema = z.object({ s: z.string().refine((s) => s !== "bad"), n: z.number().int() });
    expect(agrees(schema, { s: "bad", n: 1 })).toBe(FALLBACK);
    expect(agrees(schema, { s: "ok", n: 1.5 })).toBe(FALLBACK);
    expect(agrees(schema, { s: "ok", n: 1 })).toEqual({ s: "ok", n: 1 });
  });

  test("length checks on strings and lists: every side of the bounds", () => {
    const schema = z.object({ s: z.string().min(2).max(4), l: z.array(z.string()).min(2).max(3) });
    for (const s of ["ab", "abc", "abcd"]) expect(agrees(schema, { s, l: ["x", "y"] })).toEqual({ s, l: ["x", "y"] });
    for (const s of ["", "a", "abcde"]) expect(agrees(schema, { s, l: ["x", "y"] })).toBe(FALLBACK);
    expect(agrees(schema, { s: "ab", l: ["x", "y", "z"] })).toEqual({ s: "ab", l: ["x", "y", "z"] });
    for (const l of [[], ["x"], ["w", "x", "y", "z"]]) expect(agrees(schema, { s: "ab", l })).toBe(FALLBACK);
    // An exact length (zod's length_equals) is no min or max: it always runs.
    const exact = z.object({ s: z.string().length(3), l: z.array(z.string()).length(2) });
    expect(agrees(exact, { s: "abc", l: ["x", "y"] })).toEqual({ s: "abc", l: ["x", "y"] });
    for (const bad of [{ s: "ab", l: ["x", "y"] }, { s: "abcd", l: ["x", "y"] }, { s: "abc", l: ["x"] }, { s: "abc", l: ["x", "y", "z"] }]) expect(agrees(exact, bad)).toBe(FALLBACK);
  });

  test("number checks: bounds, int, multiple of", () => {
    const schema = z.object({ n: z.number().gt(0).lte(10).multipleOf(0.5) });
    for (const n of [0.5, 10, 2]) expect(agrees(schema, { n })).toEqual({ n });
    for (const n of [0, 10.5, 1.25, -1]) expect(agrees(schema, { n })).toBe(FALLBACK);
  });
});

describe("the unit schema's parser, built in the test", () => {
  // A clone of UnitSchema (the same definition, a new object): its fast parser is generated here, not taken from the cache.
  test("the demo's units are taken with zod's value; a bad value in any field or a person's falls back or is zod's", () => {
    const schema = UnitSchema.clone();
    const parse = _fastParser(schema)!;
    expect(parse).toBeTypeOf("function");
    expect(parse).not.toBe(_fastParser(UnitSchema));
    const bad: unknown[] = [1, -1, 1.5, "x", "", true, null, [], {}, [1], [{}], "\ud800", "\ue000", "南\u0378", "2024-02-30", undefined];
    let taken = 0;
    for (const unit of (demo as { units: Record<string, unknown>[] }).units) {
      const fast = parse(unit, 10_000);
      expect(fast).not.toBe(FALLBACK);
      expect(fast).toStrictEqual(UnitSchema.parse(unit));
      expect(JSON.stringify(fast)).toBe(JSON.stringify(UnitSchema.parse(unit)));
      const person = (unit.people as Record<string, unknown>[])[0]!;
      const variants: unknown[] = [];
      for (const key of Object.keys(UnitSchema.shape)) for (const v of bad) variants.push({ ...unit, [key]: v });
      for (const key of ["id", "name", "role", "from", "to", "phone"]) for (const v of bad) variants.push({ ...unit, people: [{ ...person, [key]: v }] });
      for (const key of ["licences", "cccCertificates", "mandatoryStandard", "gasAppliance", "foodContact", "categories"]) for (const v of bad) variants.push({ ...unit, products: { [key]: v } });
      for (const input of variants) {
        const f = parse(input, 10_000);
        const plain = UnitSchema.safeParse(input);
        if (f === FALLBACK) continue;
        taken++;
        expect(plain.success).toBe(true);
        expect(f).toStrictEqual(plain.data);
        expect(JSON.stringify(f)).toBe(JSON.stringify(plain.data));
      }
    }
    // Some variants stay valid (an optional field undefined, an empty list): taken.
    expect(taken).toBeGreaterThan(0);
  });
});

describe("what the fast path does not model: no fast path", () => {
  const proto = { a: z.string() } as Record<string, z.ZodString>;
  Object.defineProperty(proto, "__proto__", { value: z.string(), enumerable: true, configurable: true, writable: true });
  const cases: [string, z.ZodType][] = [
    ["a default that is a Map", z.object({ a: z.object({}).default(new Map() as never) })],
    ["a default that is a Date", z.object({ a: z.object({}).default(new Date(0) as never) })],
    ["a default with a symbol key", z.object({ a: z.object({}).default({ [Symbol("s")]: 1 } as never) })],
    ["a default with a __proto__ key", z.object({ a: z.object({}).default(JSON.parse('{"__proto__":{"x":1}}') as never) })],
    ["a default holding undefined in a list", z.object({ a: z.array(z.string()).default([undefined] as never) })],
    ["a default of undefined", z.object({ a: z.string().default(undefined as never) })],
    ["a default of Infinity", z.object({ a: z.number().default(Number.POSITIVE_INFINITY) })],
    ["a field named __proto__", z.object(proto)],
    ["a nullable inside an optional", z.object({ a: z.string().nullable().optional() })],
    ["a string with a regex check", z.object({ a: z.string().regex(/^a$/) })],
    ["a numeric enum", z.object({ a: z.enum({ one: 1 } as never) })],
  ];
  test.each(cases)("%s", (_, schema) => {
    expect(_fastParser(schema)).toBeUndefined();
  });
});

describe("a definition that is not zod's own: no fast path", () => {
  /** A string schema whose definition lists one more check object (zod's parse keeps the checks it was built with). */
  function withCheck(check: unknown): z.ZodType {
    const s = z.string();
    (s._zod.def as { checks?: unknown[] }).checks = [check];
    return z.object({ a: s });
  }
  const refine = z.string().refine(() => true)._zod.def.checks![0]!;
  test.each([
    ["a check with no check function", withCheck({ _zod: { def: { check: "custom" } } })],
    ["a check with no definition", withCheck({ _zod: { check: () => undefined } })],
    ["a check whose when is not a function", withCheck({ _zod: { def: { check: "custom", when: true }, check: () => undefined } })],
    ["a field that is no zod schema", z.object({ a: { type: "string" } as never })],
    ["a field whose traits are not a Set", z.object({ a: { _zod: { def: { type: "string" }, traits: ["$ZodString"] } } as never })],
    ["an enum without its value set", z.object({ a: { _zod: { def: { type: "enum" }, traits: new Set(["$ZodEnum"]) } } as never })],
    ["an enum with no values", z.object({ a: { _zod: { def: { type: "enum" }, traits: new Set(["$ZodEnum"]), values: new Set() } } as never })],
  ])("%s", (_, schema) => {
    expect(_fastParser(schema)).toBeUndefined();
  });
  test("zod's own check object, listed the same way, is modelled", () => {
    expect(agrees(withCheck(refine), { a: "x" })).toEqual({ a: "x" });
  });
});

/** A string schema whose definition lists these check objects (zod's own parse keeps the checks it was built with). */
function withChecks(checks: unknown[]): z.ZodString {
  const s = z.string();
  (s._zod.def as { checks?: unknown[] }).checks = checks;
  return s;
}

describe("what is not modelled is named (_fastParserSource throws the reason)", () => {
  const proto = { a: z.string() } as Record<string, z.ZodString>;
  Object.defineProperty(proto, "__proto__", { value: z.string(), enumerable: true, configurable: true, writable: true });
  const s = z.string();
  (s._zod.def as { checks?: unknown[] }).checks = [{ _zod: { def: { check: "custom", when: 1 }, check: () => undefined } }];
  const t = z.string();
  (t._zod.def as { checks?: unknown[] }).checks = [{ _zod: { def: { check: "custom" } } }];
  const cases: [z.ZodType, RegExp][] = [
    [z.object({ a: z.union([z.string(), z.number()]) }), /zod type union/],
    [z.object({ a: z.string().transform((x) => x.length) }), /zod type pipe/],
    [z.object({ a: z.string().trim() }), /an? overwrite check/],
    [z.looseObject({ a: z.string() }), /catchall/],
    [z.object({ a: z.coerce.string() }), /coercion/],
    [z.object({ a: z.int() }), /also a check/],
    [z.object({ a: z.string().nullable() }), /zod type nullable/],
    [z.object({ a: z.string().default("x").optional() }), /nested wrappers/],
    [z.object({ a: z.string().optional().default("x") }), /nested wrappers/],
    [z.object({ a: z.string().optional().optional() }), /nested wrappers/],
    [z.object({ a: z.string().prefault("x").optional() }), /nested wrappers/],
    [z.object({ a: z.string().nullable().optional() }), /nested wrappers/],
    [z.object({ a: z.string().optional().nonoptional().optional() }), /nested wrappers/],
    [z.object({ a: z.string().catch("x").optional() }), /nested wrappers/],
    [z.object({ a: z.string().transform((x) => x).optional() }), /nested wrappers/],
    [{ _zod: { def: { type: "object" }, traits: new Set(["$ZodObject"]) } } as never, /plain shape/],
    [z.object({ a: z.string().optional().check(() => undefined) }), /a check on a wrapper/],
    [z.object({ a: z.number().default(Number.NaN) }), /not JSON data/],
    [z.object({ a: z.string().default(undefined as never) }), /not JSON data/],
    [z.object({ a: z.array(z.string()).default([() => "x"] as never) }), /not JSON data/],
    [z.object({ a: z.number().default(() => Math.random()) }), /a default that changes/],
    [z.object({ a: z.string().default("\ud800") }), /text check would flag/],
    [z.object({ name: z.enum(["\ue000"]) }), /not clean text/],
    [z.object({ [Symbol("s")]: z.string() } as unknown as Record<string, z.ZodString>), /plain shape/],
    [z.object(Object.fromEntries(Array.from({ length: 32 }, (_, i) => [`k${i}`, z.string().optional()]))), /more than 31 optional fields/],
    [z.object({ a: z.object({}).default(JSON.parse('{"__proto__":{}}') as never) }), /__proto__ in a default/],
    [z.object(proto), /a __proto__ key/],
    [z.object({ a: z.string().regex(/^a$/) }), /a string_format check/],
    [z.object({ a: s }), /when is not a function/],
    [z.object({ a: t }), /a check without a function/],
    [z.object({ a: { _zod: { def: { type: "string" }, traits: [] } } as never }), /not a zod schema/],
    [undefined as never, /not a zod schema/],
    [{} as never, /not a zod schema/],
    [{ _zod: { traits: new Set() } } as never, /not a zod schema/],
    [z.object({ a: { _zod: { def: { type: "enum" }, traits: new Set() } } as never }), /an enum without values/],
    [z.object({ a: Object.assign(z.string(), {}) }).extend({ b: withChecks([null]) }), /a check without a function/],
    [z.object({ b: withChecks([{ _zod: { check: () => undefined } }]) }), /a check without a function/],
    [z.object({ b: withChecks([{}]) }), /a check without a function/],
    [z.object({ a: { _zod: { def: { type: "enum" }, traits: new Set(), values: new Set() } } as never }), /an enum without values/],
  ];
  test.each(cases)("%#: %s", (schema, reason) => {
    // (_fastParser keys its cache by the schema object: it takes schemas only.)
    if (schema !== undefined) expect(_fastParser(schema)).toBeUndefined();
    expect(() => _fastParserSource(schema)).toThrow(reason);
  });
});

describe("compiled once per schema", () => {
  test("the same parser for the same schema", () => {
    const schema = z.object({ a: z.string() });
    const first = _fastParser(schema);
    expect(first).toBeTypeOf("function");
    expect(_fastParser(schema)).toBe(first);
  });

  test("a schema with no fast path is not looked at again", () => {
    let reads = 0;
    const schema = z.object({ a: z.number().default(() => ++reads) });
    expect(_fastParser(schema)).toBeUndefined();
    const after = reads;
    expect(after).toBeGreaterThan(0);
    expect(_fastParser(schema)).toBeUndefined();
    expect(reads).toBe(after);
  });
});

describe("the generated source (_fastParserSource)", () => {
  test("one function per object and per list, each on its own lines, then the root", () => {
    const source = _fastParserSource(z.object({ a: z.array(z.string()), b: z.object({ c: z.string() }) }));
    const [functions, root] = source.split("\n// root\n");
    // The root object, the list and the nested object: three functions, each starting a line.
    expect(functions!.match(/^function f\d+\(v\) \{$/gm)).toEqual(["function f0(v) {", "function f1(v) {", "function f2(v) {"]);
    expect(root).toMatch(/^x = f0\(x\);/);
    expect(root!.endsWith("return x;")).toBe(true);
  });

  test("an object schema used in several places is one function", () => {
    const P = z.object({ c: z.string() });
    const source = _fastParserSource(z.object({ a: P, b: P, l: z.array(P) }));
    // The root, P once, the list: three.
    expect(source.match(/^function f\d+\(v\) \{$/gm)).toHaveLength(3);
    expect(agrees(z.object({ a: P, b: P, l: z.array(P) }), { a: { c: "1" }, b: { c: "2", d: 0 }, l: [{ c: "3" }] })).toStrictEqual({ a: { c: "1" }, b: { c: "2" }, l: [{ c: "3" }] });
  });
});
