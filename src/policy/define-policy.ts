import { _isPlainObject } from "../_lib/is-plain-object";
import { _toValidationIssues } from "../entities/issues";
import type { Citation } from "./citations";
import { _deepFreeze } from "../_lib/deep-freeze";
import { PolicyError } from "./policy-error";
import { PolicySchema, type Policy } from "./policy-schema";

/**
 * A deep partial of a {@link Policy}: any field at any depth may be left out. Arrays, the
 * credit class set and citations are given whole (they replace, never merge).
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export type PolicyOverrides = DeepPartial<Policy>;

/**
 * Every property optional, at every depth; arrays and citations are taken whole (the shape
 * of {@link definePolicy}'s overrides).
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends Citation
    ? T
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;

/** Paths whose value an override replaces as a whole instead of merging key by key. */
const REPLACED_WHOLE = new Set(["supervision.credit.classes"]);

/** Citations (`citation`, `windowCitation`, …) replace as a whole: a new quote must not keep the old note. */
function replacedWhole(path: string): boolean {
  return REPLACED_WHOLE.has(path) || /(^|\.)([a-z]+C|c)itation$/.test(path);
}

/**
 * Derives a policy from `base`: merges `overrides` in, validates the result with
 * {@link PolicySchema} and returns it deeply frozen.
 *
 * Merging: plain objects merge key by key, at any depth; a value given in `overrides`
 * replaces the base value; `undefined` leaves the base value. **Arrays replace** (to add a
 * severity, give the whole list). The credit class set `supervision.credit.classes` also
 * replaces as a whole, so a Shandong A–E mapping does not keep stale SAMR classes; and so
 * does every citation (`citation`, `windowCitation`, …), so a new quote never keeps the
 * old note. Give
 * the derived policy its own `id` (and `version`): results name the policy they used.
 *
 * @param base - The policy to start from, e.g. `nanjing2023`.
 * @param overrides - The fields to change (a deep partial).
 * @returns The derived policy, validated and deeply frozen.
 * @throws {@link PolicyError} when the result is not a valid policy (a negative window, a
 *   class mapped to an unknown credit-risk level, an unknown supervision level, an unknown
 *   key…), with issues whose paths are JSON pointers such as
 *   `/supervision/special/windowYears` and the offending value.
 * @example
 * ```ts
 * const shandong = definePolicy(nanjing2023, {
 *   id: "shandong-example",
 *   supervision: { credit: { classes: { A: "low", B: "general", C: "general", D: "higher", E: "high" } } },
 * });
 * const lenient = definePolicy(nanjing2023, { id: "both-routine", supervision: { lowRisk: { noRisk: "routine" } } });
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function definePolicy(base: Policy, overrides: PolicyOverrides): Policy {
  const merged = _merge(base, overrides, "");
  // reportInput: the issues' params say what was received (the input itself is not kept).
  const result = PolicySchema.safeParse(merged, { reportInput: true });
  if (!result.success) {
    const issues = _toValidationIssues(result.error.issues);
    const first = result.error.issues[0];
    const value = first ? _valueAt(merged, first.path) : merged;
    const id = merged !== null && typeof merged === "object" ? (merged as { id?: unknown }).id : undefined;
    throw new PolicyError(issues, value, typeof id === "string" ? id : undefined);
  }
  return _deepFreeze(result.data);
}

/** Merges `over` into `base` (new objects; base untouched). @internal */
export function _merge(base: unknown, over: unknown, path: string): unknown {
  if (over === undefined) return base;
  if (!_isPlainObject(over) || !_isPlainObject(base) || replacedWhole(path)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(over)) {
    out[key] = _merge(base[key], over[key], path === "" ? key : `${path}.${key}`);
  }
  return out;
}

/** The value at a zod issue path, or undefined. @internal */
export function _valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}
