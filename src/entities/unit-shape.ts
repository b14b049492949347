import type { z } from "zod";
import { UnitSchema } from "./unit";
import { UnitDataError } from "./unit-data-error";

/** What a field of a parsed unit must be: a JavaScript type, and whether it may be absent. */
interface FieldShape {
  key: string;
  /** `"string"`, `"number"`, `"boolean"`, `"array"` or `"object"`. */
  type: string;
  /** Absent is fine (an optional field); a field with a default is always there once parsed. */
  optional: boolean;
  /** The fields of a nested object (`products`), checked one level down. */
  fields?: readonly FieldShape[];
}

let shape: readonly FieldShape[] | undefined;

/** The JavaScript type a zod schema parses to, for the few kinds a unit's fields are. */
function typeOf(def: { type: string }): string {
  switch (def.type) {
    case "string":
    case "enum":
    case "literal":
      return "string";
    case "number":
    case "int":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      return "array";
    case "object":
      return "object";
    default:
      return "any";
  }
}

/** The fields of a zod object, read from its shape (so a field added to the schema is checked too). */
function fieldsOf(schema: z.ZodType, depth: number): FieldShape[] {
  const fields = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
  const out: FieldShape[] = [];
  for (const [key, field] of Object.entries(fields)) {
    let s = field as unknown as { _zod: { def: { type: string; innerType?: unknown } } };
    let optional = false;
    while (s._zod.def.innerType !== undefined) {
      if (s._zod.def.type === "optional" || s._zod.def.type === "nullable") optional = true;
      s = s._zod.def.innerType as typeof s;
    }
    const type = typeOf(s._zod.def);
    const f: FieldShape = { key, type, optional };
    if (type === "object" && depth < 1) f.fields = fieldsOf(s as unknown as z.ZodType, depth + 1);
    out.push(f);
  }
  return out;
}

function actualType(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

function check(value: Record<string, unknown>, fields: readonly FieldShape[], prefix: string, unitId: string | undefined): void {
  for (const f of fields) {
    const v = value[f.key];
    if (v === undefined && f.optional) continue;
    if (f.type !== "any" && actualType(v) !== f.type) {
      throw new UnitDataError({ code: "unit_not_parsed", path: `${prefix}/${f.key}`, value: v, expected: [f.type], unitId });
    }
    if (f.fields !== undefined) check(v as Record<string, unknown>, f.fields, `${prefix}/${f.key}`, unitId);
  }
}

/**
 * The one cheap shape check of every function that takes a {@link Unit}: that `unit` is what
 * `validate("unit", …)` returns, not raw input — every field the schema always fills in
 * (the lists, `products` and its lists and flags) is there with its type, and every field
 * given has its type. O(number of fields): the items of the lists are not looked at.
 * Raw input with a list left out (`riskEvents` absent) would otherwise fail deep inside a
 * rule with a bare `TypeError`, or answer silently wrong (`isInScope` → false).
 *
 * @param unit - What the function was given.
 * @throws {@link UnitDataError} with code `unit_not_parsed`, `path` naming the field
 *   (`/riskEvents`, `/products/licences`, or `""` when `unit` is not an object) and
 *   `expected` its type (`["array"]`).
 * @internal
 */
export function _assertParsedUnit(unit: unknown): void {
  // Inside _withCheckedUnit (one public function answering for this unit, e.g. obligations):
  // the unit was checked on the way in and is not changed until the answer is back.
  if (unit === _checkedUnit && unit !== undefined) return;
  if (unit === null || typeof unit !== "object" || Array.isArray(unit)) {
    throw new UnitDataError({ code: "unit_not_parsed", path: "", value: unit, expected: ["object"] });
  }
  shape ??= Object.freeze(fieldsOf(UnitSchema, 0));
  const id = (unit as { id?: unknown }).id;
  check(unit as Record<string, unknown>, shape, "", typeof id === "string" ? id : undefined);
}

/** The unit checked by the function running now (see {@link _withCheckedUnit}), if any. */
let _checkedUnit: object | undefined;

/**
 * Runs `body` with `unit` — already checked by {@link _assertParsedUnit} — taken as checked:
 * the public functions `body` calls on that same unit (scope, staffing, supervision …) skip
 * their own shape check, so a function that asks ten of them checks once, not ten times.
 * Synchronous only; nests (the previous unit is restored when `body` returns or throws).
 *
 * @param unit - The unit, checked by the caller.
 * @param body - The work on it.
 * @returns What `body` returns.
 * @internal
 */
export function _withCheckedUnit<T>(unit: object, body: () => T): T {
  const previous = _checkedUnit;
  _checkedUnit = unit;
  try {
    return body();
  } finally {
    _checkedUnit = previous;
  }
}
