import { IdentifierError } from "./errors";
import { _characterAt, _issue, _typeName, type IdentifierIssue } from "./issue";
import { _orgCodeCheckCharacter, _orgCodeValue, ORG_CODE_ALPHABET_RANGES } from "./org-code";
import { _usccCheckCharacter, USCC_ALPHABET, USCC_ALPHABET_RANGES } from "./uscc-checksum";

/**
 * The GB 32100-2015 check character (校验码, position 18) of the first 17 characters of a
 * unified social credit code: each character's value (its index in the 31-symbol
 * alphabet `0123456789ABCDEFGHJKLMNPQRTUWXY`) times the weight 3^(i−1) mod 31 of its
 * position i, summed; the check value is (31 − Σ mod 31) mod 31, written with the same
 * alphabet (so 31 is written `0`).
 *
 * @param first17 - Positions 1–17 of the code: 17 characters of the alphabet, upper case.
 * @returns The check character, one of the 31 symbols.
 * @throws {@link IdentifierError} (`field: "first17"`) when `first17` is not a string
 *   (`uscc_type`), does not have 17 characters (`uscc_body_length`) or has a character
 *   outside the alphabet (`uscc_character`, with its `position`) — lower case and the
 *   letters I, O, S, V, Z included.
 * @example
 * ```ts
 * usccCheckCharacter("91350100M000100Y4"); // "3" — the standard's own example
 * ```
 * @see GB 32100-2015《法人和其他组织统一社会信用代码编码规则》§5
 */
export function usccCheckCharacter(first17: string): string {
  const check = typeof first17 === "string" ? _usccCheckCharacter(first17) : undefined;
  if (check !== undefined) return check;
  throw new IdentifierError([_bodyIssue(first17, 17, "first17", "uscc_body_length", USCC_ALPHABET_RANGES, (ch) => USCC_ALPHABET.includes(ch))], first17);
}

/**
 * The GB 11714-1997 check character (校验码) of an organisation code's 8 body characters
 * (本体代码): each character's value (`0`–`9` → 0–9, `A`–`Z` → 10–35) times the weight
 * 3, 7, 9, 10, 5, 8, 4, 2 of its position, summed; the check value is 11 − (Σ mod 11),
 * where 10 is written `X` and 11 is written `0`.
 *
 * @param first8 - The 8 body characters: digits and upper-case letters.
 * @returns The check character: `0`–`9` or `X`.
 * @throws {@link IdentifierError} (`field: "first8"`) when `first8` is not a string
 *   (`org_code_type`), does not have 8 characters (`org_code_body_length`) or has a
 *   character other than a digit or an upper-case letter (`org_code_character`, with its
 *   `position`).
 * @example
 * ```ts
 * orgCodeCheckCharacter("M000100Y"); // "4" — inside GB 32100's example 91350100M000100Y43
 * orgCodeCheckCharacter("12345677"); // "X"
 * ```
 * @see GB 11714-1997《全国组织机构代码编制规则》
 */
export function orgCodeCheckCharacter(first8: string): string {
  const check = typeof first8 === "string" ? _orgCodeCheckCharacter(first8) : undefined;
  if (check !== undefined) return check;
  throw new IdentifierError([_bodyIssue(first8, 8, "first8", "org_code_body_length", ORG_CODE_ALPHABET_RANGES, (ch) => _orgCodeValue(ch) >= 0)], first8);
}

/** Why a body has no check character: not a string, the wrong length, or a bad character. */
function _bodyIssue(
  body: unknown,
  length: number,
  field: "first17" | "first8",
  lengthCode: "uscc_body_length" | "org_code_body_length",
  alphabet: string,
  allowed: (ch: string) => boolean,
): IdentifierIssue {
  const uscc = field === "first17";
  if (typeof body !== "string") return _issue(uscc ? "uscc_type" : "org_code_type", { field, expected: "string", received: _typeName(body) });
  if (body.length !== length) return _issue(lengthCode, { field, expected: String(length), received: String(body.length) });
  let i = 0;
  while (i < length && allowed(body[i]!)) i++;
  return _issue(uscc ? "uscc_character" : "org_code_character", { field, expected: alphabet, received: _characterAt(body, i), position: i + 1 });
}
