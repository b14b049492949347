import { _usccCheckCharacter, USCC_ALPHABET } from "./uscc-checksum";
import { _issue, type IdentifierIssue, type ParseResult } from "./issue";

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
 * result. Lower-case letters and surrounding spaces are rejected, not repaired.
 *
 * @param code - The code to check.
 * @param options - `lenient` accepts a checksum failure with a warning.
 * @returns `{ ok: true, value }` with the parts, or `{ ok: false, issues }`.
 * @example
 * ```ts
 * parseUscc("91350100M000100Y43").ok; // true (the standard's own example)
 * parseUscc("91350100M000100Y44").issues[0].code; // "uscc_checksum"
 * ```
 * @see GB 32100-2015《法人和其他组织统一社会信用代码编码规则》
 */
export function parseUscc(code: unknown, options: ParseUsccOptions = {}): ParseResult<UsccParts> {
  if (typeof code !== "string") {
    return { ok: false, issues: [_issue("uscc_type", "统一社会信用代码应为字符串", "The unified social credit code must be a string")] };
  }
  if (code.length !== 18) {
    return {
      ok: false,
      issues: [_issue("uscc_length", `统一社会信用代码应为18位，实际为${code.length}位`, `The unified social credit code must have 18 characters, got ${code.length}`)],
    };
  }
  for (let i = 0; i < 18; i++) {
    const ch = code[i]!;
    if (!USCC_ALPHABET.includes(ch)) {
      return {
        ok: false,
        issues: [
          _issue(
            "uscc_character",
            `统一社会信用代码第${i + 1}位字符"${ch}"不在编码字符集内（不使用I、O、S、V、Z及小写字母）`,
            `Character ${i + 1} of the unified social credit code, "${ch}", is not in the code alphabet (no I, O, S, V, Z or lower case)`,
          ),
        ],
      };
    }
  }
  const expected = _usccCheckCharacter(code.slice(0, 17))!;
  const issues: IdentifierIssue[] = [];
  if (code[17] !== expected) {
    const message = `统一社会信用代码校验位错误：应为"${expected}"，实际为"${code[17]}"`;
    const messageEn = `The check character of the unified social credit code is wrong: expected "${expected}", got "${code[17]}"`;
    if (!options?.lenient) return { ok: false, issues: [_issue("uscc_checksum", message, messageEn)] };
    issues.push(_issue("uscc_checksum", `${message}（宽松模式：按2016年前试点代码接受）`, `${messageEn} (lenient mode: accepted as a pre-2016 pilot code)`, "warning"));
  }
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
