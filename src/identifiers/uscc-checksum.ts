/**
 * GB 32100-2015 check-character arithmetic for the unified social credit code.
 * @internal
 */

/** The 31 code symbols, value = index (no I, O, S, V, Z). GB 32100-2015 §4.2. */
export const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** {@link USCC_ALPHABET} as ranges, the form `params.expected` names it in. */
export const USCC_ALPHABET_RANGES = "0-9A-HJ-NPQRTUWXY";

/** Weights for positions 1..17: 3^(i−1) mod 31. GB 32100-2015 §5.1. */
export const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Each code unit of {@link USCC_ALPHABET} → its value 0–30; every other code unit → undefined. */
const USCC_VALUES: readonly (number | undefined)[] = Array.from({ length: 128 }, (_, c) => {
  const v = USCC_ALPHABET.indexOf(String.fromCharCode(c));
  return v < 0 ? undefined : v;
});

/**
 * The check character for the first 17 characters of a code, or `undefined` when the
 * body has a character outside the alphabet or the wrong length.
 */
export function _usccCheckCharacter(body: string): string | undefined {
  if (body.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    // A table lookup by code unit (validate's hot path: every unit has a USCC), not indexOf.
    const v = USCC_VALUES[body.charCodeAt(i)];
    // Stryker disable next-line ConditionalExpression: without it the sum is NaN and the result USCC_ALPHABET[NaN], undefined all the same
    if (v === undefined) return undefined;
    sum += v * USCC_WEIGHTS[i]!;
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}
