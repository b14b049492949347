/**
 * The identifier issues' messages: one table per language keyed by code, each entry
 * built from the issue's params (valibot's i18n tables are the model). A call site never
 * writes its own text.
 * @internal
 */
import type { IdentifierField, IdentifierIssue, IdentifierIssueCode, IdentifierIssueParams } from "./issue";

type MessageTable = { readonly [C in IdentifierIssueCode]: (p: IdentifierIssueParams, severity: IdentifierIssue["severity"]) => string };

/** The name of each field, as the messages say it. */
const FIELD_ZH: { readonly [F in IdentifierField]: string } = {
  first17: "统一社会信用代码前17位",
  first8: "组织机构代码本体代码",
  parts: "统一社会信用代码各组成部分",
  authority: "登记管理部门码（第1位）",
  type: "机构类别码（第2位）",
  region: "登记管理机关行政区划码（第3—8位）",
  orgCode: "主体标识码（组织机构代码，第9—17位）",
};
const FIELD_EN: { readonly [F in IdentifierField]: string } = {
  first17: "first 17 characters of the unified social credit code",
  first8: "body of the organisation code",
  parts: "parts of the unified social credit code",
  authority: "registration authority code (position 1)",
  type: "organisation type code (position 2)",
  region: "administrative division code (positions 3–8)",
  orgCode: "organisation code (positions 9–17)",
};

const fieldZh = (p: IdentifierIssueParams) => FIELD_ZH[p.field ?? "parts"];
const fieldEn = (p: IdentifierIssueParams) => FIELD_EN[p.field ?? "parts"];
const DIGITS = "0-9";
const ALPHABET_ZH = "编码字符集0-9A-HJ-NPQRTUWXY内的字符，不使用I、O、S、V、Z及小写字母";
const ALPHABET_EN = "in the code alphabet 0-9A-HJ-NPQRTUWXY (no I, O, S, V, Z or lower case)";
const LENIENT_ZH = "（宽松模式：按2016年前试点代码接受）";
const LENIENT_EN = " (lenient mode: accepted as a pre-2016 pilot code)";

const ZH: MessageTable = {
  uscc_type: () => "统一社会信用代码应为字符串",
  uscc_length: (p) => `统一社会信用代码应为${p.expected}位，实际为${p.received}位`,
  uscc_character: (p) => `统一社会信用代码第${p.position}位字符"${p.received}"不在编码字符集内（不使用I、O、S、V、Z及小写字母）`,
  uscc_checksum: (p, severity) =>
    `统一社会信用代码校验位错误：应为"${p.expected}"，实际为"${p.received}"${severity === "warning" ? LENIENT_ZH : ""}`,
  uscc_authority: (p) => `统一社会信用代码的登记管理部门码（第1位）"${p.received}"不是已分配的代码，请核对是否为占位代码`,
  uscc_region: (p) => `统一社会信用代码的登记管理机关行政区划码（第3—8位）"${p.received}"不是行政区划代码（GB/T 2260），请核对是否为占位代码`,
  uscc_body_length: (p) => `计算统一社会信用代码校验位需要前17位，实际为${p.received}位`,
  // No "实际为${p.received}": the received type is an English word (number, null, …).
  uscc_part_type: (p) => `${fieldZh(p)}应为${p.expected === "object" ? "对象" : "字符串"}`,
  uscc_part_length: (p) => `${fieldZh(p)}应为${p.expected?.replace(" | ", "或")}位，实际为${p.received}位`,
  uscc_part_character: (p) =>
    `${fieldZh(p)}第${p.position}位字符"${p.received}"无效（应为${p.expected === DIGITS ? "数字" : ALPHABET_ZH}）`,
  org_code_type: () => "组织机构代码应为字符串",
  org_code_length: (p) => `组织机构代码应为9位（或8位本体代码加连字符和校验码），实际为${p.received}位`,
  org_code_character: (p) => `组织机构代码第${p.position}位字符"${p.received}"无效（应为数字或大写字母）`,
  org_code_checksum: (p) => `组织机构代码校验码错误：应为"${p.expected}"，实际为"${p.received}"`,
  org_code_body_length: (p) => `计算组织机构代码校验码需要8位本体代码，实际为${p.received}位`,
  licence_type: () => "生产许可证编号应为字符串",
  licence_format: (p) => `生产许可证编号"${p.received}"格式无效，应为 XK##-###-##### 或（省份简称）XK##-###-#####`,
  licence_province: (p) => `生产许可证编号中的省份简称"${p.received}"无效`,
  ccc_type: () => "CCC证书编号应为字符串",
  ccc_format: (p) => `CCC证书编号"${p.received}"格式无效，应为16位数字`,
  ccc_year: (p) => `CCC证书编号中的首次发证年份${p.received}早于强制性产品认证制度实施的${p.min}年`,
};

const EN: MessageTable = {
  uscc_type: () => "The unified social credit code must be a string",
  uscc_length: (p) => `The unified social credit code must have ${p.expected} characters, got ${p.received}`,
  uscc_character: (p) =>
    `Character ${p.position} of the unified social credit code, "${p.received}", is not in the code alphabet (no I, O, S, V, Z or lower case)`,
  uscc_checksum: (p, severity) =>
    `The check character of the unified social credit code is wrong: expected "${p.expected}", got "${p.received}"${severity === "warning" ? LENIENT_EN : ""}`,
  uscc_authority: (p) => `The registration authority code (position 1) of the unified social credit code, "${p.received}", is not assigned to any authority: check that it is not a placeholder`,
  uscc_region: (p) => `The administrative division code (positions 3–8) of the unified social credit code, "${p.received}", is not a GB/T 2260 code: check that it is not a placeholder`,
  uscc_body_length: (p) => `The check character of a unified social credit code needs its first 17 characters, got ${p.received}`,
  uscc_part_type: (p) => `The ${fieldEn(p)} must be ${p.expected === "object" ? "an object" : "a string"}, got ${p.received}`,
  uscc_part_length: (p) =>
    `The ${fieldEn(p)} must have ${p.expected?.replace(" | ", " or ")} character${p.expected === "1" ? "" : "s"}, got ${p.received}`,
  uscc_part_character: (p) =>
    `Character ${p.position} of the ${fieldEn(p)}, "${p.received}", is not ${p.expected === DIGITS ? "a digit" : ALPHABET_EN}`,
  org_code_type: () => "The organisation code must be a string",
  org_code_length: (p) => `The organisation code must have 9 characters (or 8, a hyphen and the check), got ${p.received}`,
  org_code_character: (p) => `Character ${p.position} of the organisation code, "${p.received}", is not a digit or an upper-case letter`,
  org_code_checksum: (p) => `The check character of the organisation code is wrong: expected "${p.expected}", got "${p.received}"`,
  org_code_body_length: (p) => `The check character of an organisation code needs its 8 body characters, got ${p.received}`,
  licence_type: () => "The licence number must be a string",
  licence_format: (p) => `"${p.received}" is not a licence number of the form XK##-###-##### or (province)XK##-###-#####`,
  licence_province: (p) => `"${p.received}" in the licence number is not a province abbreviation`,
  ccc_type: () => "The CCC certificate number must be a string",
  ccc_format: (p) => `"${p.received}" is not a CCC certificate number of 16 digits`,
  ccc_year: (p) => `The year of first issue in the CCC certificate number, ${p.received}, is before CCC began in ${p.min}`,
};

/** The Chinese and English messages of an issue, from the two tables. @internal */
export function _identifierMessage(
  code: IdentifierIssueCode,
  params: IdentifierIssueParams,
  severity: IdentifierIssue["severity"],
): { zh: string; en: string } {
  return { zh: ZH[code](params, severity), en: EN[code](params, severity) };
}

/** Every issue code, in table order (for the test that each has text in both languages). @internal */
export function _identifierIssueCodes(): IdentifierIssueCode[] {
  return Object.keys(ZH) as IdentifierIssueCode[];
}

/** The Chinese table, linked into the library's one table per language (src/entities/messages/zh.ts). @internal */
export const _identifierZh = ZH;
/** The English table, linked into the library's one table per language (src/entities/messages/en.ts). @internal */
export const _identifierEn = EN;
