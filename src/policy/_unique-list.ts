import { z } from "zod";
import { _addIssue } from "../entities/primitives";

/** A policy list of enum values with no repeats; `min` the fewest allowed. @internal */
export function _uniqueList<const T extends readonly [string, ...string[]]>(values: T, min: number, description: string) {
  return z
    .array(z.enum(values))
    .min(min)
    .check((ctx) => {
      const seen = new Set<string>();
      ctx.value.forEach((v, i) => {
        if (seen.has(v)) _addIssue(ctx, [i], "duplicate_value", { received: v });
        seen.add(v);
      });
    })
    .meta({ description });
}
