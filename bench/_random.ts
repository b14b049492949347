/**
 * Seeded pseudo-random numbers for the benchmarks and the demo data (scripts/make-demo.ts),
 * so every run sees the same inputs. Changing anything here changes the demo data set:
 * `npx tsx scripts/make-demo.ts --check` then fails.
 */
import { USCC_ALPHABET, _usccCheckCharacter } from "../src/identifiers/uscc-checksum";

/** A seeded generator: call it for a number in [0, 1); `int` and `pick` draw from the same sequence. */
export interface Random {
  /** The next number in [0, 1). */
  (): number;
  /** A whole number in [0, n): `Math.floor(random() * n)`. */
  int(n: number): number;
  /** One of `items`, drawn with {@link Random.int}. */
  pick<T>(items: readonly T[]): T;
}

/**
 * mulberry32: a small, fast 32-bit PRNG — deterministic, not for anything secret.
 *
 * @param seed - Any integer (taken modulo 2^32).
 * @returns The generator.
 * @example
 * ```ts
 * const random = mulberry32(20231110);
 * random(); // the same number on every run
 * random.pick(["A", "B", "C"]);
 * ```
 */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return Object.assign(next, { int, pick: <T>(items: readonly T[]): T => items[int(items.length)]! });
}

/**
 * A valid USCC of a Nanjing enterprise: `913201`, 11 random characters, and its GB 32100
 * check character.
 *
 * @param random - The generator (draws 11 numbers).
 * @returns The 18-character code.
 * @example
 * ```ts
 * randomNanjingUscc(mulberry32(1)); // "913201…" (18 characters, valid checksum)
 * ```
 */
export function randomNanjingUscc(random: Random): string {
  let body = "913201";
  for (let i = 0; i < 11; i++) body += USCC_ALPHABET[random.int(USCC_ALPHABET.length)];
  return body + _usccCheckCharacter(body)!;
}
