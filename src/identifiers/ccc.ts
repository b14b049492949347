import { _issue, _typeName, type ParseResult } from "./issue";

/** The parts of a CCC certificate number (强制性产品认证证书编号). */
export interface CccCertificateNumberParts {
  /** The 16 digits. */
  number: string;
  /** 首次发证年份 — year of first issue, e.g. `2016`. */
  year: number;
  /** 认证机构代码 — certification body, 2 digits; `"01"` is CQC (中国质量认证中心). */
  body: string;
  /** 产品类别代码 — product category, 4 digits. */
  category: string;
  /** 顺序号 — sequence, 6 digits. */
  sequence: string;
}

/**
 * The first year a CCC certificate can carry: the compulsory product certification
 * system began in 2002 (certificates issued from 2002-05-01).
 */
export const CCC_FIRST_YEAR = 2002;

const CCC = /^\d{16}$/;


/**
 * Parses a CCC certificate number (强制性产品认证证书编号): 16 digits = year of first issue
 * (4) + certification body (2, `01` = CQC) + product category (4) + sequence (6), e.g.
 * `2016010901123456`.
 *
 * A year before 2002 is an issue: CCC began in 2002. There is no upper bound beyond the
 * four digits — the library has no clock, so a future year cannot be judged here.
 * Never throws; spaces and other characters are rejected, not repaired. The layout
 * comes from secondary sources (FACTS.md §5); body and category codes are not checked
 * against a register.
 *
 * @param s - The certificate number.
 * @returns `{ ok: true, value }` with the parts, or `{ ok: false, issues }`.
 * @example
 * ```ts
 * parseCccCertificateNumber("2016010901123456").value;
 * // { number: "2016010901123456", year: 2016, body: "01", category: "0901", sequence: "123456" }
 * ```
 * @see 宁市监质监〔2023〕146号 一（一）(实施强制性产品认证管理的产品生产单位)
 */
export function parseCccCertificateNumber(s: unknown): ParseResult<CccCertificateNumberParts> {
  if (typeof s !== "string") {
    return { ok: false, issues: [_issue("ccc_type", { expected: "string", received: _typeName(s) })] };
  }
  if (!CCC.test(s)) {
    return { ok: false, issues: [_issue("ccc_format", { expected: "################", received: s.slice(0, 40) })] };
  }
  const year = Number(s.slice(0, 4));
  if (year < CCC_FIRST_YEAR) {
    return { ok: false, issues: [_issue("ccc_year", { expected: `>=${CCC_FIRST_YEAR}`, received: String(year), min: CCC_FIRST_YEAR })] };
  }
  return {
    ok: true,
    value: { number: s, year, body: s.slice(4, 6), category: s.slice(6, 10), sequence: s.slice(10) },
    issues: [],
  };
}
