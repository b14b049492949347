import { _usccCheckCharacter, USCC_ALPHABET, USCC_ALPHABET_RANGES } from "./uscc-checksum";
import { _characterAt, _issue, _typeName, type IdentifierIssue, type ParseResult } from "./issue";

/** The parts of a unified social credit code (统一社会信用代码), GB 32100-2015 §4.1. */
export interface UsccParts {
  /** The whole 18-character code, upper-cased. */
  code: string;
  /** 登记管理部门码 (position 1), e.g. `"9"` 工商. */
  authority: string;
  /** 机构类别码 (position 2), e.g. `"1"` enterprise under authority 9. */
  type: string;
  /** 登记管理机关行政区划码 (positions 3–8), GB/T 2260. */
  region: string;
  /** 主体标识码（组织机构代码） (positions 9–17), GB 11714, its own check last. */
  orgCode: string;
  /** 校验码 (position 18). */
  check: string;
}

/** Options of {@link parseUscc}. */
export interface ParseUsccOptions {
  /**
   * Accept a code whose check character is wrong, with a warning. Some codes issued in
   * pilots before 2016 (e.g. in Fujian) fail the checksum yet are real. Default `false`.
   */
  lenient?: boolean;
}


/**
 * Parses and checks a unified social credit code (统一社会信用代码) under GB 32100-2015:
 * 18 characters from the 31-symbol alphabet `0-9A-HJ-NPQRTUWXY`, with the check
 * character at position 18 computed with weights 3^(i−1) mod 31. Authority codes are not
 * restricted to 1, 5, 9 and Y: lists in use also carry 2–8, A and N.
 *
 * Never throws: a non-string, a wrong length or a bad character is an issue in the
 * result. Lower-case letters and surrounding spaces are rejected, not repaired. A code that
 * passes but whose registration authority code is `0` (assigned to none) or whose region is
 * `000000` (no GB/T 2260 division) is accepted with a warning each (`uscc_authority`,
 * `uscc_region`, `severity: "warning"`): `000000000000000000` is a placeholder, not a unit.
 *
 * @param code - The code to check.
 * @param options - `lenient` accepts a checksum failure with a warning.
 * @returns `{ ok: true, value }` with the parts, or `{ ok: false, issues }`.
 * @example
 * ```ts
 * parseUscc("91350100M000100Y43").ok; // true (the standard's own example)
 * parseUscc("91350100M000100Y44").issues[0].code; // "uscc_checksum"
 * parseUscc("000000000000000000").issues.map((i) => i.code); // ["uscc_authority", "uscc_region"] (warnings; ok: true)
 * ```
 * @see GB 32100-2015《法人和其他组织统一社会信用代码编码规则》
 */
export function parseUscc(code: unknown, options: ParseUsccOptions = {}): ParseResult<UsccParts> {
  if (typeof code !== "string") {
    return { ok: false, issues: [_issue("uscc_type", { expected: "string", received: _typeName(code) })] };
  }
  if (code.length !== 18) {
    return {
      ok: false,
      issues: [_issue("uscc_length", { expected: "18", received: String(code.length) })],
    };
  }
  for (let i = 0; i < 18; i++) {
    const ch = code[i]!;
    if (!USCC_ALPHABET.includes(ch)) {
      return {
        ok: false,
        issues: [_issue("uscc_character", { expected: USCC_ALPHABET_RANGES, received: _characterAt(code, i), position: i + 1 })],
      };
    }
  }
  const expected = _usccCheckCharacter(code.slice(0, 17))!;
  const issues: IdentifierIssue[] = [];
  if (code[17] !== expected) {
    const params = { expected, received: _characterAt(code, 17), position: 18 };
    if (!options?.lenient) return { ok: false, issues: [_issue("uscc_checksum", params)] };
    issues.push(_issue("uscc_checksum", params, "warning"));
  }
  // Accepted, with a warning: no authority has the code 0 and no division the code 000000
  // (a placeholder such as 000000000000000000 passes the checksum).
  if (code[0] === "0") issues.push(_issue("uscc_authority", { received: "0", position: 1 }, "warning"));
  if (code.slice(2, 8) === "000000") issues.push(_issue("uscc_region", { received: "000000", position: 3 }, "warning"));
  return {
    ok: true,
    value: { code, authority: code[0]!, type: code[1]!, region: code.slice(2, 8), orgCode: code.slice(8, 17), check: code[17]! },
    issues,
  };
}

/**
 * Whether `code` is a valid unified social credit code (strict GB 32100-2015 checksum).
 *
 * @example
 * ```ts
 * isValidUscc("91350100M000100Y43"); // true
 * ```
 * @see GB 32100-2015
 */
export function isValidUscc(code: unknown): boolean {
  return parseUscc(code).ok;
}
