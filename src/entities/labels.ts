import { _labelTable, type Label } from "../_lib/label-table";

export type { Label };

/** 主体角色 — the roles a unit plays (Order 75 producers, Order 76 sellers). */
export const UNIT_ROLES = ["producer", "seller"] as const;
/** 主体角色 — a role a unit plays: `"producer"` (生产单位, Order 75) or `"seller"` (销售单位, Order 76). */
export type UnitRole = (typeof UNIT_ROLES)[number];

/** 企业规模 — unit size per the national statistical standard (2017). */
export const UNIT_SIZES = ["large", "medium", "small", "micro"] as const;
/** 企业规模 — a unit size class: `"large"` 大型, `"medium"` 中型, `"small"` 小型, `"micro"` 微型. */
export type UnitSize = (typeof UNIT_SIZES)[number];

/** 层级分类 — the A/B/C/D layer of Attachments 2 and 3 (which government level owns the unit). */
export const UNIT_LAYERS = ["A", "B", "C", "D"] as const;
/** 层级分类 — a unit's layer `"A"`–`"D"` (A/B/C/D级主体) in Attachments 2 and 3. */
export type UnitLayer = (typeof UNIT_LAYERS)[number];

/** 人员角色 — principal, quality-safety director, quality-safety officer (Orders 75/76 Art. 3). */
export const PERSON_ROLES = ["principal", "director", "officer"] as const;
/** 人员角色 — `"principal"` 主要负责人, `"director"` 质量安全总监 or `"officer"` 质量安全员. */
export type PersonRole = (typeof PERSON_ROLES)[number];

/** 风险等级 — 重大 / 较大 / 一般 (Nanjing plan 二（七）). */
export const RISK_SEVERITIES = ["major", "significant", "minor"] as const;
/** 风险等级 — `"major"` 重大, `"significant"` 较大 or `"minor"` 一般 (plan 二（七）). */
export type RiskSeverity = (typeof RISK_SEVERITIES)[number];

/** 风险来源 — where a quality-safety risk was found. */
export const RISK_EVENT_KINDS = [
  "sampling-failure",
  "verified-complaint",
  "media-exposure",
  "risk-monitoring",
  "inspection-finding",
  "enforcement",
  "accident",
  "other",
] as const;
/** 风险来源 — where a risk was found, one of {@link RISK_EVENT_KINDS}. */
export type RiskEventKind = (typeof RISK_EVENT_KINDS)[number];

/** 检查方式 — on-site, document review, sampling. */
export const INSPECTION_KINDS = ["onsite", "document", "sampling"] as const;
/** 检查方式 — `"onsite"` 现场检查, `"document"` 书面检查 or `"sampling"` 监督抽查. */
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** 日管控 / 周排查 / 月调度 — the three mechanism records (plan 二（四）). */
export const MECHANISM_RECORD_KINDS = ["daily", "weekly", "monthly"] as const;
/** `"daily"` 日管控, `"weekly"` 周排查 or `"monthly"` 月调度 (plan 二（四）). */
export type MechanismRecordKind = (typeof MECHANISM_RECORD_KINDS)[number];

/**
 * 产品类别 — the three product regimes of Orders 75/76 Art. 2 that bring a unit into scope:
 * `licence` 实施工业产品生产许可管理的产品, `ccc` 实施强制性产品认证管理的产品,
 * `mandatory-standard` 涉及人身健康和生命财产安全并有强制性国家标准要求的产品.
 */
export const PRODUCT_CATEGORIES = ["licence", "ccc", "mandatory-standard"] as const;
/** 产品类别 — one of {@link PRODUCT_CATEGORIES}. */
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

/** 培训考核 — the unit's own training (培训) or assessment (考核) of its director or officer (附件2/3 2.5). */
export const TRAINING_KINDS = ["training", "assessment"] as const;
/** `"training"` 培训 or `"assessment"` 考核. */
export type TrainingKind = (typeof TRAINING_KINDS)[number];

/**
 * 岗位职责文件 — the job-duty documents of plan 二（三）: 《主要负责人质量安全职责》,
 * 《质量安全总监职责》, 《质量安全员守则》.
 */
export const DUTY_DOCUMENT_KINDS = ["principal-duties", "director-duties", "officer-code"] as const;
/** `"principal-duties"` 《主要负责人质量安全职责》, `"director-duties"` 《质量安全总监职责》 or `"officer-code"` 《质量安全员守则》. */
export type DutyDocumentKind = (typeof DUTY_DOCUMENT_KINDS)[number];

/** 否决建议 — what a director or officer proposes (Orders 75/76 Art. 4): stop production (Order 75) or stop sale (Order 76). */
export const VETO_ACTIONS = ["stop-production", "stop-sale"] as const;
/** `"stop-production"` 停止生产 or `"stop-sale"` 停止销售. */
export type VetoAction = (typeof VETO_ACTIONS)[number];

/**
 * 风险点类别 — what a point of the risk-control list (风险管控清单) is about: the two
 * situations seller item 3.3 (附件3) asks to be listed — `abnormal-price` (进货价格明显低于
 * 市场正常价格等异常情况) and `untraceable` (产品难以追溯到源头) — or `other`.
 */
export const RISK_CONTROL_POINT_KINDS = ["abnormal-price", "untraceable", "other"] as const;
/** A kind of risk-control point (see {@link RISK_CONTROL_POINT_KINDS}). */
export type RiskControlPointKind = (typeof RISK_CONTROL_POINT_KINDS)[number];

/** 监管层级 — the supervision tiers of plan 二（七）. */
export const SUPERVISION_LEVELS = ["routine", "trigger", "key", "special"] as const;
/** 监管层级 — `"routine"` 日常, `"trigger"` 触发式, `"key"` 重点 or `"special"` 特别监管 (plan 二（七）). */
export type SupervisionLevel = (typeof SUPERVISION_LEVELS)[number];

/** 信用风险等级 — enterprise credit-risk levels (SAMR: A 低, B 一般, C 较高, D 高); a policy maps its class set onto them. */
export const CREDIT_RISK_LEVELS = ["low", "general", "higher", "high"] as const;
/** 信用风险等级 — `"low"` 低, `"general"` 一般, `"higher"` 较高 or `"high"` 高. */
export type CreditRiskLevel = (typeof CREDIT_RISK_LEVELS)[number];

/** The labels, keyed by enumeration then value. */
export const labels = Object.freeze({
  /** 主体角色 labels, by {@link UnitRole}. */
  unitRole: _labelTable<UnitRole>({
    producer: { zh: "生产单位", en: "producer" },
    seller: { zh: "销售单位", en: "seller" },
  }),
  /** 企业规模 labels, by {@link UnitSize}. */
  unitSize: _labelTable<UnitSize>({
    large: { zh: "大型", en: "large" },
    medium: { zh: "中型", en: "medium" },
    small: { zh: "小型", en: "small" },
    micro: { zh: "微型", en: "micro" },
  }),
  /** 层级分类 labels, by {@link UnitLayer}. */
  unitLayer: _labelTable<UnitLayer>({
    A: { zh: "A级主体", en: "layer A" },
    B: { zh: "B级主体", en: "layer B" },
    C: { zh: "C级主体", en: "layer C" },
    D: { zh: "D级主体", en: "layer D" },
  }),
  /** 人员角色 labels, by {@link PersonRole}. */
  personRole: _labelTable<PersonRole>({
    principal: { zh: "主要负责人", en: "principal" },
    director: { zh: "质量安全总监", en: "quality-safety director" },
    officer: { zh: "质量安全员", en: "quality-safety officer" },
  }),
  /** 风险等级 labels, by {@link RiskSeverity}. */
  riskSeverity: _labelTable<RiskSeverity>({
    major: { zh: "重大", en: "major" },
    significant: { zh: "较大", en: "significant" },
    minor: { zh: "一般", en: "minor" },
  }),
  /** 风险来源 labels, by {@link RiskEventKind}. */
  riskEventKind: _labelTable<RiskEventKind>({
    "sampling-failure": { zh: "监督抽查不合格", en: "failed sampling inspection" },
    "verified-complaint": { zh: "投诉举报经核实", en: "verified complaint" },
    "media-exposure": { zh: "媒体曝光", en: "media exposure" },
    "risk-monitoring": { zh: "风险监测", en: "risk monitoring" },
    "inspection-finding": { zh: "现场检查发现", en: "inspection finding" },
    enforcement: { zh: "执法查处", en: "enforcement case" },
    accident: { zh: "质量安全事故", en: "accident" },
    other: { zh: "其他", en: "other" },
  }),
  /** 检查方式 labels, by {@link InspectionKind}. */
  inspectionKind: _labelTable<InspectionKind>({
    onsite: { zh: "现场检查", en: "on-site inspection" },
    document: { zh: "书面检查", en: "document review" },
    sampling: { zh: "监督抽查", en: "sampling inspection" },
  }),
  /** 日管控 / 周排查 / 月调度 record labels, by {@link MechanismRecordKind}. */
  mechanismRecordKind: _labelTable<MechanismRecordKind>({
    daily: { zh: "日管控（每日工业产品质量安全检查记录）", en: "daily check record" },
    weekly: { zh: "周排查（每周工业产品质量安全排查治理报告）", en: "weekly review report" },
    monthly: { zh: "月调度（每月工业产品质量安全调度会议纪要）", en: "monthly scheduling minutes" },
  }),
  /** 产品类别 labels, by {@link ProductCategory}. */
  productCategory: _labelTable<ProductCategory>({
    licence: { zh: "实施工业产品生产许可管理的产品", en: "products under production licensing" },
    ccc: { zh: "实施强制性产品认证管理的产品", en: "products under compulsory certification (CCC)" },
    "mandatory-standard": { zh: "涉及人身健康和生命财产安全并有强制性国家标准要求的产品", en: "products with mandatory national standards for health and safety" },
  }),
  /** 培训考核 labels, by {@link TrainingKind}. */
  trainingKind: _labelTable<TrainingKind>({
    training: { zh: "培训", en: "training" },
    assessment: { zh: "考核", en: "assessment" },
  }),
  /** 岗位职责文件 labels, by {@link DutyDocumentKind}. */
  dutyDocumentKind: _labelTable<DutyDocumentKind>({
    "principal-duties": { zh: "《主要负责人质量安全职责》", en: "principal's quality-safety duties" },
    "director-duties": { zh: "《质量安全总监职责》", en: "quality-safety director's duties" },
    "officer-code": { zh: "《质量安全员守则》", en: "quality-safety officer's code" },
  }),
  /** 否决建议 labels, by {@link VetoAction}. */
  vetoAction: _labelTable<VetoAction>({
    "stop-production": { zh: "停止生产", en: "stop production" },
    "stop-sale": { zh: "停止销售", en: "stop sale" },
  }),
  /** 风险点类别 labels, by {@link RiskControlPointKind}. */
  riskControlPointKind: _labelTable<RiskControlPointKind>({
    "abnormal-price": { zh: "进货价格明显低于市场正常价格等异常情况", en: "purchase price clearly below the market or other anomalies" },
    untraceable: { zh: "产品难以追溯到源头", en: "products that cannot be traced to their source" },
    other: { zh: "其他风险点", en: "other risk point" },
  }),
  /** 信用风险等级 labels, by {@link CreditRiskLevel}. */
  creditRiskLevel: _labelTable<CreditRiskLevel>({
    low: { zh: "信用风险低", en: "low credit risk" },
    general: { zh: "信用风险一般", en: "general credit risk" },
    higher: { zh: "信用风险较高", en: "higher credit risk" },
    high: { zh: "信用风险高", en: "high credit risk" },
  }),
  /** 监管层级 labels, by {@link SupervisionLevel}. */
  supervisionLevel: _labelTable<SupervisionLevel>({
    routine: { zh: "日常监管", en: "routine supervision" },
    trigger: { zh: "触发式监管", en: "trigger-based supervision" },
    key: { zh: "重点监管", en: "key supervision" },
    special: { zh: "特别监管", en: "special supervision" },
  }),
});
