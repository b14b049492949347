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

/**
 * The check character for the first 17 characters of a code, or `undefined` when the
 * body has a character outside the alphabet or the wrong length.
 */
export function _usccCheckCharacter(body: string): string | undefined {
  if (body.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(body[i]!);
    if (v < 0) return undefined;
    sum += v * USCC_WEIGHTS[i]!;
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}
