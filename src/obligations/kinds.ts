import { _labelTable } from "../_lib/label-table";

/**
 * The kinds of {@link Obligation}, in the order used to break ties of due date:
 *
 * - `staffing-officer` 配备质量安全员, `staffing-director` 配备质量安全总监 — fill a required
 *   post (Orders 75/76 Art. 3);
 * - `rectification` 考核不合格整改 — rectify after a failed assessment (plan 二（三）);
 * - `veto-proposal` 否决建议研判处置 — the principal analyses a director's or officer's
 *   proposal to stop production or sale at once (Orders 75/76 Art. 4);
 * - `daily-record` 日管控, `weekly-record` 周排查, `monthly-record` 月调度 (plan 二（四）);
 * - `data-entry` 信息平台录入 (plan 一, 二（五）);
 * - `onsite-inspection` 半年内现场检查 and `official-change` 监管责任人变更更新 — the
 *   regulator's, for key and special units (plan 二（七）);
 * - `recall` 缺陷产品召回 — a producer's, after a confirmed defect (plan 二（七）).
 *
 * @see 宁市监质监〔2023〕146号 二（三）、二（四）、二（五）、二（七）
 * @see 市场监管总局令第75号、第76号 第三条、第四条
 */
export const OBLIGATION_KINDS = [
  "staffing-officer",
  "staffing-director",
  "rectification",
  "veto-proposal",
  "daily-record",
  "weekly-record",
  "monthly-record",
  "data-entry",
  "onsite-inspection",
  "official-change",
  "recall",
] as const;
/** A kind of obligation (see {@link OBLIGATION_KINDS}). */
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

/**
 * The statuses of an {@link Obligation} as of a day: `met` (done by the due date), `late`
 * (done after it), `open` (not done, not yet past due), `overdue` (not done, past due),
 * `unknown` (the due date needs working days of a year whose State Council holiday notice
 * the calendar does not hold; `dueOn` is then `null` and a reason with code
 * `calendar-coverage` names the missing years).
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export const OBLIGATION_STATUSES = ["met", "late", "open", "overdue", "unknown"] as const;
/** The status of an obligation (see {@link OBLIGATION_STATUSES}). */
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

/** Who owes an obligation: the unit (生产、销售单位) or its regulator (属地市场监管部门). */
export type ObligationParty = "unit" | "regulator";


/**
 * Chinese and English labels of the obligation kinds, statuses and parties.
 *
 * @example
 * ```ts
 * obligationLabels.kind["weekly-record"].zh; // "周排查（每周工业产品质量安全排查治理报告）"
 * obligationLabels.status.overdue.en;         // "overdue"
 * ```
 * @see 宁市监质监〔2023〕146号 二（四）
 */
export const obligationLabels = Object.freeze({
  /** The kinds of obligation. */
  kind: _labelTable<ObligationKind>({
    "staffing-officer": { zh: "配备质量安全员", en: "appoint a quality-safety officer" },
    "staffing-director": { zh: "配备质量安全总监", en: "appoint a quality-safety director" },
    rectification: { zh: "考核不合格整改", en: "rectify after a failed assessment" },
    "veto-proposal": { zh: "否决建议研判处置（主要负责人立即分析研判）", en: "act at once on a proposal to stop production or sale" },
    "daily-record": { zh: "日管控（每日工业产品质量安全检查记录）", en: "daily check record" },
    "weekly-record": { zh: "周排查（每周工业产品质量安全排查治理报告）", en: "weekly review report" },
    "monthly-record": { zh: "月调度（每月工业产品质量安全调度会议纪要）", en: "monthly scheduling minutes" },
    "data-entry": { zh: "信息平台录入", en: "platform data entry" },
    "onsite-inspection": { zh: "现场检查（半年内不少于1次）", en: "on-site inspection (at least once each half-year)" },
    "official-change": { zh: "监管责任人变更更新（5个工作日内）", en: "record a change of responsible official (within 5 working days)" },
    recall: { zh: "缺陷产品召回", en: "recall of defective products" },
  }),
  /** The statuses. */
  status: _labelTable<ObligationStatus>({
    met: { zh: "按期完成", en: "met" },
    late: { zh: "逾期完成", en: "done late" },
    open: { zh: "未到期", en: "open" },
    overdue: { zh: "已逾期", en: "overdue" },
    unknown: { zh: "无法计算", en: "cannot be computed yet" },
  }),
  /** Who owes it. */
  party: _labelTable<ObligationParty>({
    unit: { zh: "生产、销售单位", en: "the unit" },
    regulator: { zh: "属地市场监管部门", en: "the regulator" },
  }),
});
