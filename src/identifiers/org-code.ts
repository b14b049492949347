import { _characterAt, _issue, _typeName, type ParseResult } from "./issue";

/** The parts of an organisation code (组织机构代码), GB 11714-1997. */
export interface OrganizationCodeParts {
  /** The 9 characters without the hyphen, e.g. `"M000100Y4"` (the form inside a USCC). */
  code: string;
  /** 本体代码 — the 8 body characters. */
  body: string;
  /** 校验码 — the check character: `0`–`9` or `X`. */
  check: string;
}

/** Weights of the 8 body characters. GB 11714-1997 §5. */
const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** The body characters as ranges, the form `params.expected` names them in. @internal */
export const ORG_CODE_ALPHABET_RANGES = "0-9A-Z";

/** Value of a body character: `0`–`9` → 0–9, `A`–`Z` → 10–35; −1 otherwise. */
export function _orgCodeValue(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  return -1;
}

/**
 * The GB 11714 check character of an 8-character body, or `undefined` when the body has
 * the wrong length or a character outside `0-9A-Z`.
 * C9 = 11 − (Σ Ci·Wi mod 11); 10 → `X`, 11 → `0`.
 * @internal
 */
export function _orgCodeCheckCharacter(body: string): string | undefined {
  if (body.length !== 8) return undefined;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const v = _orgCodeValue(body[i]!);
    if (v < 0) return undefined;
    sum += v * WEIGHTS[i]!;
  }
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}


/**
 * Parses and checks an organisation code (组织机构代码) under GB 11714-1997: 8 body
 * characters (`0-9`, `A-Z`, letters valued A=10 … Z=35) and a check character computed
 * with the weights 3, 7, 9, 10, 5, 8, 4, 2 — C9 = 11 − (Σ mod 11), where 10 is written
 * `X` and 11 is written `0`. Accepts the printed form with a hyphen before the check
 * (`M000100Y-4`) and the 9-character form used inside a USCC (`M000100Y4`).
 *
 * Never throws: a non-string, a wrong length, a bad character or a wrong check is an
 * issue in the result. Lower-case letters and spaces are rejected, not repaired.
 *
 * Note: the organisation code inside a USCC (positions 9–17) is not always a GB 11714
 * code, so {@link parseUscc} does not apply this check.
 *
 * @param code - The code to check.
 * @returns `{ ok: true, value }` with the parts, or `{ ok: false, issues }`.
 * @example
 * ```ts
 * parseOrganizationCode("M000100Y-4").value?.code; // "M000100Y4"
 * parseOrganizationCode("M000100Y-5").issues[0].code; // "org_code_checksum"
 * ```
 * @see GB 11714-1997《全国组织机构代码编制规则》
 */
export function parseOrganizationCode(code: unknown): ParseResult<OrganizationCodeParts> {
  if (typeof code !== "string") {
    return { ok: false, issues: [_issue("org_code_type", { expected: "string", received: _typeName(code) })] };
  }
  const hyphenated = code.length === 10 && code[8] === "-";
  const compact = hyphenated ? code.slice(0, 8) + code[9] : code;
  if (compact.length !== 9) {
    return { ok: false, issues: [_issue("org_code_length", { expected: "9 | 10", received: String(code.length) })] };
  }
  const body = compact.slice(0, 8);
  for (let i = 0; i < 8; i++) {
    const ch = body[i]!;
    if (_orgCodeValue(ch) < 0) {
      return { ok: false, issues: [_issue("org_code_character", { expected: ORG_CODE_ALPHABET_RANGES, received: _characterAt(body, i), position: i + 1 })] };
    }
  }
  const check = compact[8]!;
  const expected = _orgCodeCheckCharacter(body)!;
  if (check !== expected) {
    // The check sits at position 9, or 10 after a hyphen.
    return { ok: false, issues: [_issue("org_code_checksum", { expected, received: _characterAt(compact, 8), position: hyphenated ? 10 : 9 })] };
  }
  return { ok: true, value: { code: compact, body, check }, issues: [] };
}

/**
 * Whether `code` is a valid organisation code (GB 11714-1997 checksum), with or without
 * the hyphen before the check character.
 *
 * @param code - Anything.
 * @returns `true` when {@link parseOrganizationCode} accepts it.
 * @example
 * ```ts
 * isValidOrganizationCode("M000100Y4"); // true
 * ```
 * @see GB 11714-1997
 */
export function isValidOrganizationCode(code: unknown): boolean {
  return parseOrganizationCode(code).ok;
}
