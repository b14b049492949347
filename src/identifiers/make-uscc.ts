import { IdentifierError } from "./errors";
import { _characterAt, _issue, _typeName, type IdentifierIssue } from "./issue";
import { _orgCodeCheckCharacter } from "./org-code";
import { _usccCheckCharacter, USCC_ALPHABET, USCC_ALPHABET_RANGES } from "./uscc-checksum";

/** The parts {@link makeUscc} builds a unified social credit code from (GB 32100-2015 §4.1). */
export interface MakeUsccInput {
  /** 登记管理部门码 (position 1): one character of the code alphabet, e.g. `"9"` 工商. */
  authority: string;
  /** 机构类别码 (position 2): one character of the code alphabet, e.g. `"1"` enterprise under authority 9. */
  type: string;
  /** 登记管理机关行政区划码 (positions 3–8): 6 digits, a GB/T 2260 division, e.g. `"320102"` 南京市玄武区. */
  region: string;
  /**
   * 主体标识码（组织机构代码） (positions 9–17): the 8 body characters, whose GB 11714 check
   * character is then computed, or all 9, whose check character is verified. Characters
   * of the code alphabet only (no I, O, S, V, Z), upper case.
   */
  orgCode: string;
}

type Part = keyof MakeUsccInput;

/** Each part's allowed lengths and characters, in code order. */
const PARTS: readonly { field: Part; lengths: readonly number[]; alphabet: string; allowed: (ch: string) => boolean }[] = [
  { field: "authority", lengths: [1], alphabet: USCC_ALPHABET_RANGES, allowed: (ch) => USCC_ALPHABET.includes(ch) },
  { field: "type", lengths: [1], alphabet: USCC_ALPHABET_RANGES, allowed: (ch) => USCC_ALPHABET.includes(ch) },
  { field: "region", lengths: [6], alphabet: "0-9", allowed: (ch) => ch >= "0" && ch <= "9" },
  { field: "orgCode", lengths: [8, 9], alphabet: USCC_ALPHABET_RANGES, allowed: (ch) => USCC_ALPHABET.includes(ch) },
];

/**
 * Builds a complete unified social credit code (统一社会信用代码) from its parts:
 * authority + type + region + organisation code (its GB 11714 check character computed
 * when only the 8 body characters are given) + the GB 32100-2015 check character of those
 * 17 characters. For test data, demo data sets and rebuilding a code from a register's
 * columns.
 *
 * Every part is checked, and all bad parts are reported at once. The authority and type
 * codes may be any symbol of the alphabet (lists in use carry more than 1, 5, 9, Y); the
 * region is checked as 6 digits only — the library holds no GB/T 2260 list, which changes
 * every year. Lower case and surrounding spaces are rejected, not repaired. An
 * organisation code that does not follow GB 11714 (a few inside real codes do not) is
 * rejected: join such a code's first 17 characters yourself and use
 * {@link usccCheckCharacter}.
 *
 * @param parts - The four parts, see {@link MakeUsccInput}.
 * @returns The 18-character code, accepted by {@link parseUscc}, whose `value` gives the
 *   parts back (with `orgCode` as 9 characters).
 * @throws {@link IdentifierError} naming the first bad `field` (`"authority"`, `"type"`,
 *   `"region"`, `"orgCode"`; `"parts"` when `parts` is not an object), with one issue per
 *   bad field: `uscc_part_type` (not a string), `uscc_part_length`, `uscc_part_character`
 *   (with its `position` in the part) or `org_code_checksum` (a 9-character organisation
 *   code whose check character is wrong; `params.expected` is the right one).
 * @example
 * ```ts
 * makeUscc({ authority: "9", type: "1", region: "350100", orgCode: "M000100Y" }); // "91350100M000100Y43"
 * makeUscc({ authority: "9", type: "1", region: "350100", orgCode: "M000100Y4" }); // "91350100M000100Y43"
 * ```
 * @see GB 32100-2015《法人和其他组织统一社会信用代码编码规则》§4, §5
 * @see GB 11714-1997《全国组织机构代码编制规则》
 */
export function makeUscc(parts: MakeUsccInput): string {
  if (parts === null || typeof parts !== "object" || Array.isArray(parts)) {
    throw new IdentifierError([_issue("uscc_part_type", { field: "parts", expected: "object", received: _typeName(parts) })], parts);
  }
  const values = parts as Partial<Record<Part, unknown>>;
  const issues: IdentifierIssue[] = [];
  for (const part of PARTS) {
    const issue = _partIssue(part, values[part.field]);
    if (issue !== undefined) issues.push(issue);
  }
  if (issues.length > 0) throw new IdentifierError(issues as [IdentifierIssue, ...IdentifierIssue[]], values[issues[0]!.params.field as Part]);
  const { authority, type, region, orgCode } = parts;
  const first17 = authority + type + region + (orgCode.length === 8 ? orgCode + _orgCodeCheckCharacter(orgCode)! : orgCode);
  return first17 + _usccCheckCharacter(first17)!;
}

/** The first problem of one part, or `undefined` when it is usable. */
function _partIssue(part: (typeof PARTS)[number], value: unknown): IdentifierIssue | undefined {
  const { field, lengths, alphabet, allowed } = part;
  if (typeof value !== "string") return _issue("uscc_part_type", { field, expected: "string", received: _typeName(value) });
  if (!lengths.includes(value.length)) return _issue("uscc_part_length", { field, expected: lengths.join(" | "), received: String(value.length) });
  for (let i = 0; i < value.length; i++) {
    if (!allowed(value[i]!)) return _issue("uscc_part_character", { field, expected: alphabet, received: _characterAt(value, i), position: i + 1 });
  }
  if (field === "orgCode" && value.length === 9) {
    // Every symbol of the USCC alphabet is a GB 11714 body character, so the body has a check.
    const expected = _orgCodeCheckCharacter(value.slice(0, 8))!;
    if (value[8] !== expected) return _issue("org_code_checksum", { field, expected, received: value[8]!, position: 9 });
  }
  return undefined;
}
