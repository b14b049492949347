import { z } from "zod";

/**
 * The schemas `validate` parses with, compiled by zod's own ahead-of-time compiler
 * (`z.compile`, zod ≥ 4.6) where the installed zod has it: a generated fast path for a
 * valid input that returns the value zod's runtime parser returns, and hands every other
 * input to that runtime parser, whose issues are then the plain path's. zod returns the
 * schema unchanged when it cannot compile it (a feature its fast path does not model, or no
 * `new Function` under a strict Content-Security-Policy), and with zod 4.0–4.5 there is no
 * compiler: the plain schema is used. Never a weaker check: the checks are the schema's
 * own, and src/validation/compiled.prop.test.ts compares the two paths' values and issues
 * on random input.
 *
 * What the runtime parser pays per object and per field (a payload and an issues array for
 * each, absent-key bookkeeping) is most of the cost of a small, sparse unit; the compiled
 * parser pays a type test and the checks.
 *
 * @internal
 */
export function _compiled<S extends z.ZodType>(schema: S): S {
  // Stryker disable next-line ConditionalExpression: the tests' switch to compare the two paths, which answer alike
  if (_compiledDisabled.value) return schema;
  let c = cache.get(schema);
  if (c === undefined) {
    const compile = (z as unknown as { compile?: (schema: z.ZodType) => z.ZodType }).compile;
    // Stryker disable next-line ConditionalExpression: always a function with the zod this package is tested on (≥ 4.6); the fallback is for older zod
    c = typeof compile === "function" ? compile(schema) : schema;
    cache.set(schema, c);
  }
  return c as S;
}

/** Each schema's compiled clone (or itself). */
const cache = new WeakMap<z.ZodType, z.ZodType>();

/** Tests turn the compiled path off to compare it with the plain one. @internal */
export const _compiledDisabled = { value: false };
