import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ValidationIssue } from "../entities";
import { validate, validationKinds, type ValidationKind } from ".";

// The example code of GB 32100-2015 itself; its check character is right.
const USCC = "91350100M000100Y43";

function validUnit(): Record<string, unknown> {
  return {
    id: "u1",
    name: "南京某燃气具有限公司",
    uscc: USCC,
    roles: ["producer"],
    products: { licences: [{ number: "XK08-001-04763", product: "燃气灶" }], gasAppliance: true },
    people: [
      { id: "p1", name: "张三", role: "principal", from: "2023-05-05" },
      { id: "p2", name: "王五", role: "officer", from: "2023-05-05", to: "2024-02-29" },
    ],
    riskEvents: [{ id: "r1", date: "2024-02-29", severity: "minor", kind: "sampling-failure" }],
    records: [{ kind: "daily", date: "2024-02-29", byPersonId: "p2" }],
    assignments: [{ official: "赵六", from: "2023-11-10", recordedOn: "2023-11-15" }],
    creditRisk: { grade: "B", asOf: "2023-12-31" },
  };
}

/** Keys that have hurt parsers before, plus our own field names so values land in the schema. */
const TRICKY_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "__defineGetter__",
  "then",
  "length",
  "",
  "~/",
  "id",
  "name",
  "uscc",
  "roles",
  "people",
  "riskEvents",
  "records",
  "products",
  "licences",
  "date",
  "from",
  "to",
  "byPersonId",
  "units",
  "asOf",
];
const trickyKey = fc.constantFrom(...TRICKY_KEYS);

/** Sets an own, enumerable property — even `__proto__`, which `obj[key] = v` would not. */
function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** An object whose own keys include the tricky ones, values drawn from `values`. */
function trickyObject(values: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc.array(fc.tuple(fc.oneof(trickyKey, fc.string()), values), { maxLength: 8 }).map((entries) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of entries) setOwn(out, k, v);
    return out;
  });
}

/** Every JS value fast-check can make, including boxed values, Maps, typed arrays, null prototypes. */
const anyValue = fc.anything({
  key: fc.oneof(trickyKey, fc.string()),
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withObjectString: true,
  withBigInt: true,
  maxDepth: 3,
});

/** A valid unit with one value, somewhere in it, replaced or added under a (tricky) key. */
const mutatedUnit = fc
  .tuple(fc.constantFrom("", "products", "people.0", "riskEvents.0", "records.0", "creditRisk", "products.licences.0"), trickyKey, anyValue)
  .map(([where, key, value]) => {
    const unit = validUnit();
    let target: Record<string, unknown> = unit;
    for (const step of where.split(".").filter(Boolean)) target = target[step] as Record<string, unknown>;
    setOwn(target, key, value);
    return unit;
  });

/** Objects reachable from `value` (own enumerable properties), each once. */
function* objectsIn(value: unknown, seen = new Set<object>()): Generator<object> {
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  yield value;
  for (const key of Object.keys(value)) yield* objectsIn((value as Record<string, unknown>)[key], seen);
}

/**
 * The properties every result must have. Plain checks that throw (not `expect`) keep
 * 10,000 runs fast; fast-check reports the counter-example.
 */
/**
 * `allowInternalError`: for JavaScript values that are not JSON (null prototypes, boxed
 * values, Maps), validate's documented answer to an exception inside the parse is one
 * `internal_error` issue — e.g. zod's min-length check compares a `length` that is a
 * null-prototype object and throws ({"name":{"length":Object.create(null)}}). JSON input
 * never gets there, and is checked strictly.
 */
function checkResult(kind: ValidationKind, input: unknown, allowInternalError = false): void {
  let result: ReturnType<typeof validate>;
  try {
    result = validate(kind, input);
  } catch (error) {
    throw new Error(`validate("${kind}") threw: ${String(error)}`);
  }
  if (result.ok) {
    // The parsed value is built by the schema: plain objects and arrays, no copied prototype keys.
    for (const object of objectsIn(result.value)) {
      const proto: unknown = Object.getPrototypeOf(object);
      if (proto !== Object.prototype && proto !== Array.prototype) throw new Error("a parsed object has an unexpected prototype");
      if (Object.prototype.hasOwnProperty.call(object, "__proto__")) throw new Error("a parsed object has an own __proto__ key");
    }
    return;
  }
  if (result.issues.length === 0) throw new Error("ok: false without issues");
  for (const issue of result.issues as ValidationIssue[]) {
    const keys = Object.keys(issue).sort().join();
    if (keys !== "code,message,messageEn,params,path") throw new Error(`issue keys: ${keys}`);
    if (issue.params === null || typeof issue.params !== "object") throw new Error("params is not an object");
    if (!(issue.path === "" || issue.path.startsWith("/"))) throw new Error(`not a JSON pointer: ${issue.path}`);
    if (typeof issue.code !== "string" || (issue.code as string) === "") throw new Error("empty code");
    if (typeof issue.message !== "string" || issue.message === "") throw new Error("empty message");
    if (typeof issue.messageEn !== "string" || issue.messageEn === "") throw new Error("empty messageEn");
    if (issue.code === "internal_error" && !allowInternalError) throw new Error(`internal_error: ${issue.messageEn}`);
  }
}

let prototypeKeys: string[];
beforeAll(() => {
  prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
});
afterAll(() => {
  // Nothing was added to Object.prototype by any run.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
});

describe("validate never throws and never hits internal_error on JSON input", () => {
  test("unit: 10,000 arbitrary JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => checkResult("unit", input)),
      { numRuns: 10_000 },
    );
  });

  test("unit: JSON text with __proto__ / constructor keys, parsed by JSON.parse", () => {
    const json = fc
      .tuple(fc.array(fc.tuple(trickyKey, fc.jsonValue({ maxDepth: 2 })), { maxLength: 6 }), fc.boolean())
      .map(([entries, wrapUnit]) => {
        const body = entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(",");
        return wrapUnit && body ? `{${body},${JSON.stringify(validUnit()).slice(1)}` : `{${body}}`;
      });
    fc.assert(
      fc.property(json, (text) => {
        checkResult("unit", JSON.parse(text));
        if (({} as Record<string, unknown>)["polluted"] !== undefined) throw new Error("Object.prototype polluted");
      }),
      { numRuns: 2_000 },
    );
  });

  test("unit: a valid unit with one JSON value replaced or added under a tricky key", () => {
    const mutatedJson = fc
      .tuple(fc.constantFrom("", "products", "people.0", "riskEvents.0", "records.0", "creditRisk"), trickyKey, fc.jsonValue({ maxDepth: 3 }))
      .map(([where, key, value]) => {
        const unit = validUnit();
        let target: Record<string, unknown> = unit;
        for (const step of where.split(".").filter(Boolean)) target = target[step] as Record<string, unknown>;
        setOwn(target, key, value);
        return unit;
      });
    fc.assert(
      fc.property(mutatedJson, (input) => checkResult("unit", input)),
      { numRuns: 3_000 },
    );
  });

  for (const kind of validationKinds.filter((k) => k !== "unit")) {
    test(`${kind}: 2,000 arbitrary JSON values and tricky objects`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), trickyObject(fc.jsonValue({ maxDepth: 3 }))), (input) => checkResult(kind, input)),
        { numRuns: 2_000 },
      );
    });
  }

  test("dataset: units that are valid units with one value mutated", () => {
    fc.assert(
      fc.property(fc.array(mutatedUnit, { maxLength: 3 }), (units) => checkResult("dataset", { units })),
      { numRuns: 1_000 },
    );
  });
});

describe("validate never throws on any JavaScript value", () => {
  test("unit: fc.anything() with tricky keys, boxed values, Maps, null prototypes", () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, trickyObject(anyValue), mutatedUnit), (input) => checkResult("unit", input, true)),
      { numRuns: 3_000 },
    );
  });
});
