import { _assertPolicy } from "./assert-policy";
import { nanjing2023 } from "./nanjing-2023";
import type { Policy } from "./policy-schema";

/**
 * A district's code and names (see {@link districtName}).
 *
 * @see GB/T 2260 中华人民共和国行政区划代码
 */
export interface DistrictNames {
  /** 行政区划代码, e.g. `"320105"`. */
  code: string;
  /** 名称, e.g. `建邺区`. */
  name: string;
  /** The name in English, e.g. `Jianye District`. */
  nameEn: string;
}

/**
 * Options of {@link districtName}.
 *
 * @see GB/T 2260 中华人民共和国行政区划代码
 */
export interface DistrictNameOptions {
  /** The policy whose districts to use (default `nanjing2023`). */
  policy?: Policy;
}

/**
 * A district's names under a policy, from its GB/T 2260 code.
 *
 * @param code - A district code, e.g. `"320105"` (a unit's `district`).
 * @param options - Optionally `policy` (default `nanjing2023`).
 * @returns `{ code, name, nameEn }`, or `undefined` when the policy does not know the code.
 * @throws {@link PolicyError} when the policy is invalid.
 * @example
 * ```ts
 * districtName("320105"); // { code: "320105", name: "建邺区", nameEn: "Jianye District" }
 * districtName("310101"); // undefined: not a Nanjing district
 * ```
 * @see GB/T 2260 中华人民共和国行政区划代码
 * @see 宁市监质监〔2023〕146号 主送（江北新区、各区市场监管局）
 */
export function districtName(code: string, options: DistrictNameOptions = {}): DistrictNames | undefined {
  const codes = _assertPolicy(options.policy ?? nanjing2023).districts.codes;
  if (!Object.hasOwn(codes, code)) return undefined;
  const d = codes[code]!;
  return { code, name: d.name, nameEn: d.nameEn };
}
