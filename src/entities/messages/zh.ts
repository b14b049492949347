/**
 * The Chinese messages of every problem code, built from its params (valibot's
 * `packages/i18n/src/zh-CN.ts` is the model). Type names are Chinese words (文本, 数字,
 * 列表, 对象, 是/否（布尔值）), never zod's English ones.
 * @internal
 */
import { _calendarZh } from "../../calendar/messages";
import { _datesZh } from "../../dates/messages";
import { _identifierZh } from "../../identifiers/messages";
import { labels, type UnitRole } from "../labels";
import type { ProblemParams } from "./problem";
import { _charZh, _count, _quoted, _shownZh, _typeZh, type _MessageTable } from "./table";

const q = (s: string | undefined) => `"${s ?? ""}"`;
const list = (p: ProblemParams) => (p.values ?? []).map(_quoted).join("、");
const plain = (p: ProblemParams) => (p.values ?? []).map(String).join("、");
const cause = (p: ProblemParams) => (p.cause ? zh[p.cause.code](p.cause.params, "error") : "");
const more = (p: ProblemParams) => (p.more ? `（另有${p.more}处问题）` : "");
const where = (p: ProblemParams) => (p.path === undefined ? "" : `（${p.path || "/"}）`);
const role = (r: string | undefined) => (r === "producer" || r === "seller" ? labels.unitRole[r as UnitRole].zh : q(r));

/** How a size bound reads: characters of a string, items of a list, else the value itself. */
function bound(p: ProblemParams, kind: "min" | "max"): string {
  const n = kind === "min" ? p.min : p.max;
  const inclusive = p.inclusive !== false;
  const got = p.received === undefined ? "" : p.origin === "string" ? `（实际为 ${p.received} 个字符）` : p.origin === "array" || p.origin === "set" ? `（实际为 ${p.received} 项）` : `（实际为 ${p.received}）`;
  if (p.origin === "string") {
    if (kind === "min" && n === 1 && inclusive) return "不能为空";
    return `长度应${kind === "min" ? (inclusive ? "至少为" : "多于") : inclusive ? "至多为" : "少于"} ${n} 个字符${got}`;
  }
  if (p.origin === "array" || p.origin === "set") {
    if (kind === "min" && n === 1 && inclusive) return "不能为空列表";
    return `应${kind === "min" ? (inclusive ? "至少有" : "多于") : inclusive ? "至多有" : "少于"} ${n} 项${got}`;
  }
  return `应${kind === "min" ? (inclusive ? "不小于" : "大于") : inclusive ? "不大于" : "小于"} ${n}${got}`;
}

/** 应为…之一 for a DutiesInputError. */
function dutiesExpected(p: ProblemParams): string {
  if (p.values) return `${plain(p)}之一`;
  if (p.earliest !== undefined) return `不早于 from（${p.earliest}）的日期`;
  if (p.expected === "integer") return `不小于${p.min ?? 0}的整数`;
  if (p.expected === "number") return `不小于${p.min ?? 0}的有限数${p.field === "revenueWan" ? "（万元）" : ""}`;
  return p.expected ?? "";
}

/** What a value without a canonical JSON form is. */
const CANONICAL: Readonly<Record<"unsupported_type" | "non_finite_number" | "cycle" | "lone_surrogate", string>> = {
  unsupported_type: "不是JSON值",
  non_finite_number: "不是有限数",
  cycle: "包含自身（循环引用）",
  lone_surrogate: "含有不成对的UTF-16代理项",
};
const canonical = (what: keyof typeof CANONICAL) => (p: ProblemParams) =>
  `无法生成规范JSON：${p.path ? `${p.path}处的值` : "该值"}${CANONICAL[what]}；实际值 ${_shownZh(p.received)}`;

/** The Chinese table. @internal */
export const zh: _MessageTable = {
  // zod's own issues, in our words.
  invalid_type: (p) =>
    p.received === "undefined" ? `缺少必填项（应为${_typeZh(p.expected)}）` : `类型错误：应为${_typeZh(p.expected)}${p.received === undefined ? "" : `，实际为${_typeZh(p.received)}`}`,
  too_small: (p) => bound(p, "min"),
  too_big: (p) => bound(p, "max"),
  invalid_value: (p) =>
    `${(p.values ?? []).length === 1 ? `应为 ${list(p)}` : `应为以下之一：${list(p)}`}${p.received === undefined ? "" : `，实际为 ${_shownZh(p.received)}`}`,
  invalid_format: (p) => (p.format === "regex" && p.pattern ? `格式无效：应匹配正则表达式 ${p.pattern}` : `格式无效${p.format ? `（应为 ${p.format} 格式）` : ""}`),
  not_multiple_of: (p) => `应为 ${p.divisor} 的倍数`,
  unrecognized_keys: (p) => `不允许的字段：${(p.keys ?? []).map(q).join("、")}`,
  invalid_key: (p) => `键 ${q(p.received)} 无效${p.cause ? `：${cause(p)}` : ""}`,
  invalid_element: (p) => `其中的值${p.received === undefined ? "" : ` ${q(p.received)}`}无效${p.cause ? `：${cause(p)}` : ""}`,
  invalid_union: () => "不符合任何一种允许的形式",
  custom: () => "值无效",

  // The data model's own checks.
  duplicate_id: (p) => `${p.list} 中的标识"${p.received}"重复${p.path === undefined ? "" : `（首次出现于 ${p.path}）`}`,
  duplicate_value: (p) => (p.list === undefined ? `"${p.received}"重复` : `"${p.received}"在"${p.list}"中重复`),
  duplicate_role: (p) => `主体角色${p.received === undefined ? "" : `“${role(p.received)}”`}重复`,
  to_before_from: (p) => `离任日期 ${p.received} 早于任职日期 ${p.earliest}`,
  closed_before_found: (p) => `处置完毕日期 ${p.received} 早于发现日期 ${p.earliest}`,
  revised_before_adopted: (p) => `修订日期 ${p.received} 早于制定日期 ${p.earliest}`,
  decided_before_proposed: (p) => `研判处置日期 ${p.received} 早于提出日期 ${p.earliest}`,
  published_before_assessed: (p) => `考核结果公布日期 ${p.received} 早于考核日期 ${p.earliest}`,
  invalid_district: (p) => `行政区划代码 ${q(p.received)} 无效，应为6位数字（GB/T 2260）`,
  unknown_district: (p) =>
    `行政区划代码 ${q(p.received)} 不在监管政策${p.policyId === undefined ? "" : `“${p.policyId}”`}的辖区之内${(p.values ?? []).length > 0 ? `（${plain(p)}）` : ""}，请核对（不影响校验通过）`,
  assignments_order: () => "监管责任人变更应按时间先后排列（最新在最后）",
  unknown_person: (p) =>
    `${p.list === "trainings" ? "被培训考核人员" : p.list === "vetoProposals" ? "提出人" : p.field === "personId" ? "被考核人员" : "记录人"}"${p.received}"不是本单位人员`,

  // Checklist responses.
  unknown_template: (p) => `清单模板 ${q(p.received)} 不存在，可用的模板：${plain(p)}`,
  template_version_mismatch: (p) => `模板版本"${p.received}"与模板"${p.templateId}"的当前版本 ${p.expected} 不符，答案不能按现行模板核对`,
  unknown_item: (p) => `模板"${p.templateId}"中没有第 ${p.received} 项`,
  extra_items_not_allowed: (p) => `模板"${p.templateId}"没有可增列子项的条目`,
  invalid_extra_item_id: (p) => `子项序号"${p.received}"无效，应为 ${(p.values ?? []).map((f) => `${String(f)}.1、${String(f)}.2`).join("；")} 等`,

  // Policies.
  reading_without_note: () => "解读性参数（reading: true）必须在 note 中说明解读",
  thresholds_order: (p) => `规模划分下限应自小型至大型递增（${p.field}）`,
  empty_class_set: () => "信用风险分类为空",
  unknown_department: (p) => `未知的处室（单位）"${p.received}"`,
  unknown_duty: (p) => `处室（单位）"${p.list}"没有职责"${p.received}"`,
  unsupported_half_year: (p) => `监管政策"${p.policyId}"按滚动6个月计算“半年内”，无法按历史半年度核对现场检查`,
  unknown_credit_class: (p) =>
    `信用风险分类 ${q(p.received)} 不属于监管政策${p.policyId === undefined ? "" : `“${p.policyId}”`}规定的分类，应为以下之一：${plain(p)}`,
  invalid_policy: (p) =>
    `监管政策${p.policyId === undefined ? "" : ` "${p.policyId}"`}无效${where(p)}：${p.cause ? cause(p) : "无效"}${p.received === undefined ? "" : `；实际值 ${_shownZh(p.received)}`}${more(p)}`,
  unknown_kind: (p) => `未知的类型 ${_shownZh(p.received)}，应为以下之一：${plain(p)}`,
  internal_error: (p) => `校验时发生内部错误${p.detail ? `：${p.detail}` : ""}`,
  too_many_issues: (p) => `另有 ${p.more} 个问题未列出（每条记录最多列出 ${p.max} 个）`,
  invalid_character: (p) =>
    `第 ${p.position} 个字符 ${p.received} ${p.format === "lone_surrogate" ? "是不成对的 UTF-16 代理项" : p.format === "private_use" ? "是私用区字符" : p.format === "unassigned" ? "是未分配的 Unicode 码位" : "无法显示"}，不能用于标识或名称`,

  // Dates, calendars and identifiers sit below this module: their tables are linked in.
  ..._datesZh,
  ..._calendarZh,
  ...(_identifierZh as unknown as Pick<_MessageTable, keyof typeof _identifierZh>),

  // Audit records that fail to verify.
  record_invalid: () => "不是决定记录",
  record_kind_differs: (p) => `输入的决定类型与记录（${p.expected}）不符`,
  record_algorithm_unsupported: (p) => `不支持的摘要算法 ${p.received}`,
  record_canonicalization_unsupported: (p) => `不支持的规范化方式 ${p.received}`,
  record_policy_unavailable: (p) => `未提供记录所用的监管政策${p.expected === undefined ? "" : ` ${p.expected}`}`,
  record_policy_id_differs: (p) => `监管政策标识不符：记录为 ${p.expected}，实际为 ${p.received}`,
  record_policy_version_differs: (p) => `监管政策版本不符：记录为 ${p.expected}，实际为 ${p.received}`,
  record_policy_digest_differs: () => "监管政策内容与记录不符（摘要不同）",
  record_template_id_differs: () => "模板标识与记录不符",
  record_template_version_differs: () => "模板版本与记录不符",
  record_template_digest_differs: () => "模板内容与记录不符（摘要不同）",
  record_input_digest_differs: () => "输入数据与记录不符（摘要不同）",
  record_decision_differs: (p) => `重新计算的决定与记录不符（首个差异位于 ${p.path || "/"}）`,
  record_decision_not_recomputable: (p) => `无法重新计算该决定：${p.cause ? cause(p) : (p.detail ?? "")}`,

  // JSON texts (RFC 8259).
  invalid_json: (p) =>
    p.cause?.code === "json_line_too_long"
      ? `第 ${p.line} 行：${cause(p)}`
      : `第 ${p.line} 行不是有效的 JSON：${p.cause ? cause(p) : "语法错误"}${p.column === undefined ? "" : `（第 ${p.column} 列）`}`,
  json_unexpected_end: () => "意外的输入结尾（文件不完整？）",
  json_unexpected_character: (p) => `意外的字符 ${_charZh(p.received)}`,
  json_trailing_content: (p) => `JSON 值结束后还有多余内容 ${_charZh(p.received)}`,
  json_expected_colon: (p) => `属性名后应为 ':'，实际为 ${_charZh(p.received)}`,
  json_expected_comma: (p) => `应为 ',' 或 '${p.expected}'，实际为 ${_charZh(p.received)}`,
  json_expected_property_name: (p) => `应为双引号括起的属性名，实际为 ${_charZh(p.received)}`,
  json_invalid_literal: (p) => `无效的字面量（应为 ${p.expected}）`,
  json_control_character: () => "字符串中含有控制字符（如换行）",
  json_invalid_unicode_escape: () => "字符串中的 \\u 转义无效",
  json_invalid_escape: (p) => `字符串中的转义 ${p.received} 无效`,
  json_unterminated_string: () => "字符串没有结束（文件不完整？）",
  json_invalid_number: () => "数字格式无效",
  json_line_too_long: (p) => `该行过长（超过 ${_count(p.max)} 个字符），已跳过`,

  // The error classes.
  invalid_duties_input: (p) => `${p.field} 的值 ${_shownZh(p.received)} 无效：应为${dutiesExpected(p)}`,
  template_mismatch: (p) => `所用的模板为 ${q(p.received)}，不是 ${q(p.expected)}`,
  version_mismatch: (p) => `该填报对应模板"${p.templateId}"的版本"${p.received}"，不是 ${p.expected}`,
  role_mismatch: (p) => `主体"${p.unitId}"不是${role(p.expected)}，模板"${p.templateId}"适用于${role(p.expected)}`,
  not_a_unit_checklist: (p) => `模板"${p.templateId}"的督查对象是市场监管部门，不能用主体数据预填`,
  unknown_format: (p) => `未知的输出格式 ${_shownZh(p.received)}：应为 ${list(p)}`,
  unsupported_type: canonical("unsupported_type"),
  non_finite_number: canonical("non_finite_number"),
  cycle: canonical("cycle"),
  lone_surrogate: canonical("lone_surrogate"),
  digest_unavailable: () => "当前运行环境不提供 Web Crypto（crypto.subtle），无法计算 SHA-256 摘要（浏览器须在 HTTPS 等安全上下文中运行）",
  policy_mismatch: (p) => `该决定所用的监管政策为 ${p.received}，不是 ${p.expected}`,
  decision_mismatch: (p) => `该决定与输入和监管政策重新计算的结果不一致（首个差异位于 ${p.path || "/"}）`,
  unit_not_parsed: (p) => `主体数据未经解析：应为${_typeZh(p.expected)}，实际为${_typeZh(p.received)}；请传入 validate("unit", …) 返回的 value`,
};
