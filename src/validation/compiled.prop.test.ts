/**
 * validate parses with zod's compiled schemas (compiled.ts: `z.compile`, a generated fast
 * path for valid input that hands every other input to zod's runtime parser). The compiled
 * path must answer exactly as the plain one: the same value (keys in the same order) for a
 * valid input, the same issues for an invalid one — on the demo's units, on those units
 * with random damage, and on random values, for every kind.
 */
import fc from "fast-check";
import { afterEach, describe, expect, test } from "vitest";
import demo from "../../examples/nanjing-demo.json";
import { UnitSchema } from "../entities";
import { nanjing2023 } from "../policy";
import { _compiled, _compiledDisabled } from "./compiled";
import { validate, validationKinds, type ValidationKind } from ".";

const units = (demo as { units: Record<string, unknown>[] }).units;

/** The validate answer with the compiled path on and off, as JSON (which keeps key order). */
function both(kind: ValidationKind, input: unknown, options?: Parameters<typeof validate>[2]): [string, string] {
  _compiledDisabled.value = false;
  const compiled = JSON.stringify(validate(kind, input, options));
  _compiledDisabled.value = true;
  const plain = JSON.stringify(validate(kind, input, options));
  _compiledDisabled.value = false;
  return [compiled, plain];
}

afterEach(() => {
  _compiledDisabled.value = false;
});

/** Random damage to a JSON value: a key dropped, a value replaced, an unknown key added, an item repeated. */
const damage = fc.array(
  fc.record({
    path: fc.array(fc.nat(), { maxLength: 4 }),
    op: fc.constantFrom("drop", "replace", "add", "repeat"),
    value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom("2024-02-30", "2024-02-29", "", "91350100M000100Y44", "p1", "daily", -1, 1e400 as number)),
  }),
  { minLength: 1, maxLength: 4 },
);

function damaged(base: unknown, edits: { path: number[]; op: string; value: unknown }[]): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  for (const e of edits) {
    let node: unknown = copy;
    for (const step of e.path) {
      const keys = node !== null && typeof node === "object" ? Object.keys(node) : [];
      if (keys.length === 0) break;
      const next = (node as Record<string, unknown>)[keys[step % keys.length]!];
      if (next === null || typeof next !== "object") break;
      node = next;
    }
    if (node === null || typeof node !== "object") continue;
    const obj = node as Record<string, unknown>;
    const keys = Object.keys(obj);
    const key = keys[(e.path.at(-1) ?? 0) % Math.max(1, keys.length)];
    if (e.op === "drop" && key !== undefined) delete obj[key];
    else if (e.op === "replace" && key !== undefined) obj[key] = e.value;
    else if (e.op === "add") obj[Array.isArray(obj) ? String(keys.length) : "extra"] = e.value;
    else if (e.op === "repeat" && Array.isArray(obj) && obj.length > 0) obj.push(structuredClone(obj[0]));
  }
  return copy;
}

describe("the compiled schemas answer as the plain ones", () => {
  test("every demo unit: the same value, keys in the same order", () => {
    // zod ≥ 4.6 compiles the unit schema (custom checks included): the compiled path is real.
    expect(_compiled(UnitSchema)).not.toBe(UnitSchema);
    for (const u of units) {
      const [compiled, plain] = both("unit", u);
      expect(JSON.parse(compiled).ok).toBe(true);
      expect(compiled).toBe(plain);
      expect(JSON.stringify(_compiled(UnitSchema).safeParse(u).data)).toBe(JSON.stringify(UnitSchema.safeParse(u).data));
    }
    const [compiled, plain] = both("dataset", demo);
    expect(compiled).toBe(plain);
  });

  test("damaged demo units: the same value or the same issues", () => {
    fc.assert(
      fc.property(fc.nat({ max: units.length - 1 }), damage, fc.boolean(), (i, edits, withPolicy) => {
        const input = damaged(units[i], edits);
        const [compiled, plain] = both("unit", input, withPolicy ? { policy: nanjing2023, maxIssues: 5 } : undefined);
        expect(compiled).toBe(plain);
      }),
      { numRuns: 400 },
    );
  });

  test("random values of every kind: the same answer", () => {
    fc.assert(
      fc.property(fc.constantFrom(...validationKinds), fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }), (kind, input) => {
        const [compiled, plain] = both(kind, input);
        expect(compiled).toBe(plain);
      }),
      { numRuns: 300 },
    );
  });
});
