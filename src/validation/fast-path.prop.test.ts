/**
 * validate("unit") first tries the fast path (fast-path.ts: code generated from UnitSchema's
 * definition that proves a unit valid, or gives up). With it on and off, validate must give
 * deep-equal answers — the same value (keys in the same order, `undefined`-valued keys
 * included) or the same issues and warnings — on valid units of every shape, on units one
 * or a few edits away from valid (a bad date, USCC, enum, id, a missing or `undefined`
 * field, an unknown key, a duplicated id, a lone surrogate or private-use character, a list
 * over `maxListItems`, a non-object), and on random values. And the fast path must really
 * be taken: it accepts the valid units, and whatever it accepts, zod's own schema (not
 * compiled) accepts with the same value.
 */
import fc from "fast-check";
import { z } from "zod";
import { afterEach, describe, expect, test } from "vitest";
import demo from "../../examples/nanjing-demo.json";
import { UnitSchema } from "../entities";
import { _usccCheckCharacter, USCC_ALPHABET } from "../identifiers/uscc-checksum";
import { nanjing2023 } from "../policy";
import { _textIssues } from "./bounded-parse";
import { _fastParser, _fastPathDisabled, FALLBACK } from "./fast-path";
import { validate, type ValidateOptions } from ".";

afterEach(() => {
  _fastPathDisabled.value = false;
});

/** validate's answer with the fast path on and off. */
function both(input: unknown, options?: ValidateOptions, kind: "unit" | "dataset" = "unit"): [unknown, unknown] {
  _fastPathDisabled.value = false;
  const fast = validate(kind, input, options);
  _fastPathDisabled.value = true;
  const plain = validate(kind, input, options);
  _fastPathDisabled.value = false;
  return [fast, plain];
}

/** Deep-equal, `undefined`-valued keys and key order included. */
function expectSame(input: unknown, options?: ValidateOptions, kind: "unit" | "dataset" = "unit"): void {
  const [fast, plain] = both(input, options, kind);
  expect(fast).toStrictEqual(plain);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(plain));
  expect(Object.keys((fast as { value?: object }).value ?? {})).toEqual(Object.keys((plain as { value?: object }).value ?? {}));
}

const fastUnit = _fastParser(UnitSchema)!;

// ---------------------------------------------------------------- valid units of every shape

const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const cjk = fc.array(fc.constantFrom(..."南京市江宁区燃气具有限公司张王李赵伟芳（）·"), { minLength: 1, maxLength: 12 }).map((a) => a.join(""));
const ascii = fc.string({ unit: fc.constantFrom(..."abcXYZ019-_ ./"), minLength: 1, maxLength: 10 });
const name = fc.oneof(cjk, ascii);
const uscc = fc.array(fc.constantFrom(...USCC_ALPHABET), { minLength: 17, maxLength: 17 }).map((a) => {
  const body = a.join("");
  return body + _usccCheckCharacter(body)!;
});
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drops the `undefined` values fc.record leaves for absent optional keys (so they are absent). */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const validUnit = fc
  .record({
    peopleCount: fc.integer({ min: 0, max: 4 }),
    name,
    uscc,
    roles: fc.constantFrom(["producer"], ["seller"], ["producer", "seller"]),
    size: opt(fc.constantFrom("large", "medium", "small", "micro")),
    staff: opt(fc.nat({ max: 5000 })),
    revenueWan: opt(fc.double({ min: 0, max: 1e6, noNaN: true })),
    layer: opt(fc.constantFrom("A", "B", "C", "D")),
    district: opt(fc.constantFrom("320115", "320105", "320199")),
    products: opt(
      fc.record(
        {
          licences: fc.array(fc.record({ number: ascii, product: cjk, issuedOn: opt(day), expiresOn: opt(day) }).map(compact), { maxLength: 2 }),
          cccCertificates: fc.array(fc.record({ number: ascii, product: cjk, status: opt(cjk) }).map(compact), { maxLength: 2 }),
          mandatoryStandard: fc.boolean(),
          gasAppliance: fc.boolean(),
          foodContact: fc.boolean(),
          categories: fc.subarray(["licence", "ccc", "mandatory-standard"]),
        },
        { requiredKeys: [] },
      ),
    ),
    riskEvents: opt(
      fc.array(
        fc.record({ date: day, severity: fc.constantFrom("major", "significant", "minor"), kind: fc.constantFrom("sampling-failure", "inspection-finding", "other"), description: opt(cjk) }).map(compact),
        { maxLength: 3 },
      ),
    ),
    creditRisk: opt(fc.record({ grade: fc.constantFrom("A", "B", "C", "D", "E"), asOf: day })),
    inspections: opt(fc.array(fc.record({ date: day, kind: fc.constantFrom("onsite", "document", "sampling"), findings: opt(cjk) }).map(compact), { maxLength: 2 })),
    assignments: opt(fc.array(fc.record({ official: name, department: opt(cjk), recordedOn: day }).map(compact), { maxLength: 3 })),
    records: opt(fc.array(fc.record({ kind: fc.constantFrom("daily", "weekly", "monthly"), date: day, zeroRisk: opt(fc.boolean()), findings: opt(cjk) }).map(compact), { maxLength: 6 })),
    platformEntry: opt(fc.record({ enteredOn: day })),
    defects: opt(fc.array(fc.record({ confirmedOn: day }), { maxLength: 2 })),
    emptyLists: fc.subarray(["trainings", "dutyDocuments", "vetoProposals", "hazards", "assessments"]),
    extra: fc.boolean(),
  })
  .map((r) => {
    const people = Array.from({ length: r.peopleCount }, (_, i) => ({ id: `p${i + 1}`, name: "张伟", role: (["principal", "director", "officer"] as const)[i % 3], from: "2023-05-05" }));
    const unit: Record<string, unknown> = compact({
      id: "u1",
      name: r.name,
      uscc: r.uscc,
      roles: r.roles,
      size: r.size,
      staff: r.staff,
      revenueWan: r.revenueWan,
      layer: r.layer,
      district: r.district,
      products: r.products,
      people: r.peopleCount === 0 && r.extra ? undefined : people,
      riskEvents: r.riskEvents?.map((e, i) => ({ id: `r${i + 1}`, ...e })),
      creditRisk: r.creditRisk,
      inspections: r.inspections?.map((e, i) => ({ id: `i${i + 1}`, ...e })),
      // Oldest first, as the schema requires.
      assignments: r.assignments?.map((a, i) => ({ ...a, from: `202${i}-01-01` })),
      records: people.length === 0 ? undefined : r.records?.map((rec, i) => ({ ...rec, byPersonId: people[i % people.length]!.id })),
      platformEntry: r.platformEntry,
      defects: r.defects?.map((d, i) => ({ id: `d${i + 1}`, ...d })),
    });
    for (const list of r.emptyLists) unit[list] = [];
    if (r.extra) unit.note = "an unknown key, dropped";
    return unit;
  });

// ---------------------------------------------------------------- edits that may break a unit

/** Values an edit may write: near-misses of every kind of field, and odd JavaScript values. */
const badValue = fc.oneof(
  fc.constantFrom(
    "2024-02-30",
    "2024-02-29",
    "2023-1-01",
    "",
    "x",
    "91350100M000100Y44",
    "91350100M000100Y43",
    "320105",
    "32010",
    "p1",
    "p9",
    "daily",
    "producer",
    "other",
    "\ud800",
    "a\udc00b",
    "\ue000",
    "张\u0378",
    "😀",
    "😀".repeat(200),
    "x".repeat(201),
    -1,
    0,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 60,
    true,
    null,
    undefined,
  ),
  fc.constant([]),
  fc.constant({}),
  fc.jsonValue({ maxDepth: 2 }),
);

type Edit = { path: number[]; op: "drop" | "replace" | "add" | "repeat" | "undefined"; value: unknown };
const edits = fc.array(
  fc.record({ path: fc.array(fc.nat(), { maxLength: 4 }), op: fc.constantFrom("drop", "replace", "add", "repeat", "undefined"), value: badValue }) as fc.Arbitrary<Edit>,
  { minLength: 1, maxLength: 3 },
);

/** Applies edits to a copy: a key dropped or set to `undefined`, a value replaced, an unknown key or item added, an item repeated. */
function edited(base: Record<string, unknown>, list: Edit[]): unknown {
  const copy = structuredClone(base);
  for (const e of list) {
    let node: unknown = copy;
    for (const step of e.path.slice(0, -1)) {
      const keys = node !== null && typeof node === "object" ? Object.keys(node) : [];
      if (keys.length === 0) break;
      const next = (node as Record<string, unknown>)[keys[step % keys.length]!];
      if (next === null || typeof next !== "object") break;
      node = next;
    }
    const obj = node as Record<string, unknown>;
    const keys = Object.keys(obj);
    const key = keys[(e.path.at(-1) ?? 0) % Math.max(1, keys.length)];
    if (e.op === "drop" && key !== undefined) delete obj[key];
    else if (e.op === "undefined" && key !== undefined) obj[key] = undefined;
    else if (e.op === "replace" && key !== undefined) obj[key] = e.value;
    else if (e.op === "add") obj[Array.isArray(obj) ? String(keys.length) : "extra"] = e.value;
    else if (e.op === "repeat" && Array.isArray(obj) && obj.length > 0) obj.push(structuredClone(obj[0]));
  }
  return copy;
}

const options = fc.constantFrom<ValidateOptions | undefined>(undefined, { maxIssues: 3 }, { maxListItems: 2 }, { policy: nanjing2023 }, { policy: nanjing2023, maxListItems: 1, maxIssues: 1 });

// ---------------------------------------------------------------- the properties

describe("the fast path answers as zod", () => {
  test("it is built for the unit schema, and not for a schema it does not model", () => {
    expect(typeof fastUnit).toBe("function");
    expect(_fastParser(z.object({ a: z.union([z.string(), z.number()]) }))).toBeUndefined();
    expect(_fastParser(z.object({ a: z.string().transform((s) => s.length) }))).toBeUndefined();
    expect(_fastParser(z.looseObject({ a: z.string() }))).toBeUndefined();
    expect(_fastParser(z.object({ a: z.string().trim() }))).toBeUndefined();
  });

  test("valid units: taken, the same value as zod's own schema, the same validate answer", () => {
    fc.assert(
      fc.property(validUnit, options, (unit, opts) => {
        const fast = fastUnit(unit, opts?.maxListItems ?? 10_000);
        const plain = UnitSchema.safeParse(unit);
        if (fast !== FALLBACK) {
          // Whatever the fast path accepts, zod accepts with the same value and the text check finds nothing.
          expect(plain.success).toBe(true);
          expect(fast).toStrictEqual(plain.data);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(plain.data));
          expect(_textIssues(fast)).toEqual([]);
        }
        // The generated units are valid (their text is clean): the fast path takes every one within the list bound.
        if (plain.success && opts?.maxListItems === undefined) expect(fast).not.toBe(FALLBACK);
        expectSame(unit, opts);
      }),
      { numRuns: 600 },
    );
  });

  test("units a few edits from valid: the same value or the same issues", () => {
    let taken = 0;
    fc.assert(
      fc.property(validUnit, edits, options, (unit, list, opts) => {
        const input = edited(unit, list);
        const fast = fastUnit(input, opts?.maxListItems ?? 10_000);
        if (fast !== FALLBACK) {
          taken++;
          const plain = UnitSchema.safeParse(input);
          expect(plain.success).toBe(true);
          expect(fast).toStrictEqual(plain.data);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(plain.data));
        }
        expectSame(input, opts);
      }),
      { numRuns: 1500 },
    );
    // Some edits keep a unit valid (an unknown key, a dropped optional field): those still go the fast way.
    expect(taken).toBeGreaterThan(0);
  });

  test("data sets of valid and edited units (each unit by the fast path, or not): the same answer", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(validUnit, fc.option(edits, { nil: undefined })), { maxLength: 4 }), fc.boolean(), options, (items, withAsOf, opts) => {
        const units = items.map(([u, e], i) => (e === undefined ? { ...u, id: `u${i}` } : edited({ ...u, id: `u${i % 2}` }, e)));
        expectSame(withAsOf ? { asOf: "2026-01-01", units } : { units }, opts, "dataset");
      }),
      { numRuns: 300 },
    );
    expectSame(demo, undefined, "dataset");
  });

  test("a data set: a unit the fast path proved is not checked again, one it did not still gets the text check", () => {
    const [first, second] = (demo as { units: Record<string, unknown>[] }).units;
    // A lone surrogate (U+D800) in the second unit's name, its 3rd character: invalid_character there, and only there.
    const r = validate("dataset", { units: [first, { ...second, name: "南京\ud800公司" }] });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code, i.params])).toEqual([["/units/1/name", "invalid_character", { received: "U+D800", position: 3, format: "lone_surrogate" }]]);
  });

  test("the demo's units, and each with a present undefined optional field or a __proto__ key", () => {
    for (const u of (demo as { units: Record<string, unknown>[] }).units) {
      expect(fastUnit(u, 10_000)).not.toBe(FALLBACK);
      expectSame(u);
      expectSame({ ...u, size: undefined, creditRisk: undefined });
      expectSame(JSON.parse(JSON.stringify({ ...u, __proto__: null }).replace('"id"', '"__proto__":{"id":"x"},"id"')));
    }
  });

  test("a unit with a getter that throws, an inherited field, a list over the bound", () => {
    const base = (demo as { units: Record<string, unknown>[] }).units[0]!;
    const throwing = { ...base };
    Object.defineProperty(throwing, "name", {
      enumerable: true,
      get() {
        throw new Error("no name");
      },
    });
    expectSame(throwing);
    expectSame(Object.create({ ...base }));
    expectSame(Object.assign(Object.create({ size: "small" }), base));
    expectSame({ ...base, people: [...(base.people as unknown[])] }, { maxListItems: 1 });
  });

  test("random values: the same answer", () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }), options, (input, opts) => {
        expectSame(input, opts);
      }),
      { numRuns: 300 },
    );
  });
});
