import { _issue, _typeName, type ParseResult } from "./issue";

/** The parts of an industrial product production licence number (工业产品生产许可证编号). */
export interface LicenceNumberParts {
  /** The number in canonical form: ASCII brackets, e.g. `"(鄂)XK12-001-00018"`. */
  number: string;
  /** 省份简称 of a provincially issued licence, e.g. `"鄂"`; absent for a national one. */
  province?: string;
  /** 行业编号 — the 2-digit industry code after `XK`, e.g. `"12"`. */
  industry: string;
  /** 产品编号 — the 3-digit product code, e.g. `"001"`. */
  product: string;
  /** 顺序号 — the 5-digit sequence number, e.g. `"00018"`. */
  sequence: string;
}

/**
 * One-character abbreviations of the 31 mainland provincial-level divisions, with the
 * second abbreviations in use (蜀, 黔, 滇, 秦, 陇).
 */
const PROVINCES = new Set("京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新");

const LICENCE = /^(?:[(（]([^()（）]*)[)）])?XK(\d{2})-(\d{3})-(\d{5})$/;


/**
 * Parses an industrial product production licence number (工业产品生产许可证编号):
 * `XK` + 2-digit industry + `-` + 3-digit product + `-` + 5-digit sequence, e.g.
 * `XK08-001-04763`; a provincially issued licence carries the province's abbreviation
 * in brackets first, e.g. `(鄂)XK12-001-00018`. Half-width `( )` and full-width `（ ）`
 * brackets are both accepted (the value is returned with half-width brackets); the
 * abbreviation must be one of the mainland provinces'.
 *
 * Never throws. Lower-case `xk`, spaces and other dashes are rejected, not repaired.
 * The format comes from secondary sources (FACTS.md §5); the industry and product codes
 * are not checked against the catalogue.
 *
 * @param s - The licence number.
 * @returns `{ ok: true, value }` with the parts, or `{ ok: false, issues }`.
 * @example
 * ```ts
 * parseLicenceNumber("（苏）XK06-001-01234").value;
 * // { number: "(苏)XK06-001-01234", province: "苏", industry: "06", product: "001", sequence: "01234" }
 * ```
 * @see 宁市监质监〔2023〕146号 一（一）(工业产品生产许可证管理的产品生产单位)
 */
export function parseLicenceNumber(s: unknown): ParseResult<LicenceNumberParts> {
  if (typeof s !== "string") {
    return { ok: false, issues: [_issue("licence_type", { expected: "string", received: _typeName(s) })] };
  }
  const m = LICENCE.exec(s);
  if (!m) {
    return { ok: false, issues: [_issue("licence_format", { expected: "XK##-###-##### | (省)XK##-###-#####", received: s.slice(0, 40) })] };
  }
  const [, province, industry, product, sequence] = m as unknown as [string, string | undefined, string, string, string];
  if (province !== undefined && !PROVINCES.has(province)) {
    return { ok: false, issues: [_issue("licence_province", { received: province.slice(0, 40) })] };
  }
  const body = `XK${industry}-${product}-${sequence}`;
  return {
    ok: true,
    value: province === undefined ? { number: body, industry, product, sequence } : { number: `(${province})${body}`, province, industry, product, sequence },
    issues: [],
  };
}
