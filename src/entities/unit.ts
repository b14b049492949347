import { z } from "zod";
import {
  INSPECTION_KINDS,
  MECHANISM_RECORD_KINDS,
  PERSON_ROLES,
  PRODUCT_CATEGORIES,
  RISK_EVENT_KINDS,
  RISK_SEVERITIES,
  UNIT_LAYERS,
  UNIT_ROLES,
  UNIT_SIZES,
} from "./labels";
import { isIsoDate } from "../_lib/iso-date";
import { _addIssue, _checkUniqueIds, IdSchema, IsoDateSchema, UsccSchema } from "./primitives";
import { DutyDocumentSchema, HazardSchema, RiskControlListSchema, TrainingSchema, VetoProposalSchema } from "./records";

export {
  TrainingSchema,
  RiskControlRevisionSchema,
  RiskControlPointSchema,
  RiskControlListSchema,
  DutyDocumentSchema,
  VetoProposalSchema,
  HazardSchema,
  type Training,
  type RiskControlRevision,
  type RiskControlPoint,
  type RiskControlList,
  type DutyDocument,
  type VetoProposal,
  type Hazard,
} from "./records";

/** 生产许可证 — an industrial product production licence held by the unit. */
export const LicenceSchema = z
  .object({
    /** 证书编号, e.g. `XK08-001-04763` or `(鄂)XK12-001-00018`. */
    number: z.string().min(1).meta({ description: "证书编号 — licence number, e.g. XK08-001-04763." }),
    /** 产品名称 */
    product: z.string().min(1).meta({ description: "产品名称 — product." }),
    /** 发证日期 */
    issuedOn: IsoDateSchema.optional().meta({ description: "发证日期 — date of issue." }),
    /** 有效期至 */
    expiresOn: IsoDateSchema.optional().meta({ description: "有效期至 — expiry date." }),
  })
  .meta({ title: "Licence", description: "生产许可证 — industrial product production licence." });

/** CCC 证书 — a compulsory product certification certificate. */
export const CccCertificateSchema = z
  .object({
    /** 证书编号 (16 digits: year, body, category, sequence). */
    number: z.string().min(1).meta({ description: "证书编号 — certificate number (16 digits)." }),
    /** 产品名称 */
    product: z.string().min(1).meta({ description: "产品名称 — product." }),
    /** 发证日期 */
    issuedOn: IsoDateSchema.optional().meta({ description: "发证日期 — date of issue." }),
    /** 有效期至 */
    expiresOn: IsoDateSchema.optional().meta({ description: "有效期至 — expiry date." }),
    /** 证书状态, e.g. 有效 / 暂停 / 撤销 / 注销 (valid, suspended, withdrawn, cancelled). */
    status: z.string().optional().meta({ description: "证书状态 — status, e.g. valid / suspended / withdrawn." }),
  })
  .meta({ title: "CccCertificate", description: "CCC 证书 — compulsory product certification certificate." });

/** 产品范围 — what the unit makes or sells, which decides scope under Art. 2. */
export const ProductsSchema = z
  .object({
    /** 生产许可证 */
    licences: z.array(LicenceSchema).default([]).meta({ description: "生产许可证 — production licences." }),
    /** CCC 证书 */
    cccCertificates: z.array(CccCertificateSchema).default([]).meta({ description: "CCC 证书 — CCC certificates." }),
    /** 涉及人身健康和生命财产安全并有强制性国家标准要求的产品 */
    mandatoryStandard: z.boolean().default(false).meta({ description: "涉及人身健康和生命财产安全并有强制性国家标准要求 — products with mandatory national standards." }),
    /** 灶管阀 — gas stoves, hoses, valves and regulators. */
    gasAppliance: z.boolean().default(false).meta({ description: "灶管阀 — gas appliances (stoves, hoses, valves, regulators)." }),
    /** 食品相关产品 — food-contact products. */
    foodContact: z.boolean().default(false).meta({ description: "食品相关产品 — food-contact products." }),
    /**
     * 产品类别 — the Art. 2 regimes of what the unit makes or sells, whether or not it holds
     * a certificate: `licence`, `ccc`, `mandatory-standard`. A seller names the regimes of the
     * products it sells here (sellers hold no maker's licence); a producer's licences and
     * certificates already show theirs.
     */
    categories: z
      .array(z.enum(PRODUCT_CATEGORIES))
      .default([])
      .meta({
        description:
          "产品类别 — the Art. 2 regimes of the products made or sold, certificate or not: licence (生产许可管理), ccc (强制性产品认证管理), mandatory-standard (强制性国家标准). A seller names what it sells here.",
      }),
  })
  .meta({ title: "Products", description: "产品范围 — the unit's products." });

/** 人员 — a principal, director or officer, in post from `from` to `to` (inclusive). */
export const PersonSchema = z
  .object({
    /** 标识 */
    id: IdSchema,
    /** 姓名 */
    name: z.string().min(1).meta({ description: "姓名 — name." }),
    /** 岗位：主要负责人 / 质量安全总监 / 质量安全员 */
    role: z.enum(PERSON_ROLES).meta({ description: "岗位 — principal (主要负责人), director (质量安全总监) or officer (质量安全员)." }),
    /** 任职日期 */
    from: IsoDateSchema.meta({ description: "任职日期 — first day in post." }),
    /** 离任日期 (last day in post; absent while in post) */
    to: IsoDateSchema.optional().meta({ description: "离任日期 — last day in post; absent while in post." }),
    /** 联系电话 */
    phone: z.string().optional().meta({ description: "联系电话 — phone." }),
  })
  .check((ctx) => {
    const { from, to } = ctx.value;
    if (to !== undefined && before(to, from)) {
      _addIssue(ctx, ["to"], "to_before_from", { received: to, earliest: from });
    }
  })
  .meta({ title: "Person", description: "人员 — a person in a quality-safety role. validate() also checks that to is not before from." });

/** 考核 — an assessment of a director or officer under SAMR's assessment guide (plan 二（三）). */
export const AssessmentSchema = z
  .object({
    /** 被考核人员标识 */
    personId: IdSchema.meta({ description: "被考核人员 — id of the person assessed (a person of the unit)." }),
    /** 考核日期 */
    date: IsoDateSchema.meta({ description: "考核日期 — date of the assessment." }),
    /** 是否合格 */
    passed: z.boolean().meta({ description: "是否合格 — passed." }),
    /** 成绩 (no pass mark is set by any source; recorded as given) */
    score: z.number().optional().meta({ description: "成绩 — score, as recorded." }),
    /** 考核结果公布日期 — the day the regulator published the result (二（三）“公布考核结果”; 附件4 4.3). */
    publishedOn: IsoDateSchema.optional().meta({ description: "公布日期 — the day the regulator published the result (plan 二（三）, 附件4 4.3); not before date." }),
  })
  .check((ctx) => {
    const { date, publishedOn } = ctx.value;
    if (publishedOn !== undefined && before(publishedOn, date)) {
      _addIssue(ctx, ["publishedOn"], "published_before_assessed", { received: publishedOn, earliest: date });
    }
  })
  .meta({
    title: "Assessment",
    description: "监督抽查考核 — the regulator's spot-check assessment of a director or officer (plan 二（三）). validate() also checks that publishedOn is not before date.",
  });

/** 质量安全风险事件 — a quality-safety risk found at the unit. */
export const RiskEventSchema = z
  .object({
    /** 标识 */
    id: IdSchema,
    /** 发现日期 */
    date: IsoDateSchema.meta({ description: "发现日期 — date the risk was found." }),
    /** 风险等级：重大 / 较大 / 一般 */
    severity: z.enum(RISK_SEVERITIES).meta({ description: "风险等级 — major (重大), significant (较大) or minor (一般)." }),
    /** 风险来源 */
    kind: z.enum(RISK_EVENT_KINDS).meta({ description: "风险来源 — how the risk was found." }),
    /** 情况说明 */
    description: z.string().optional().meta({ description: "情况说明 — description." }),
    /** 处置完毕日期 */
    closedOn: IsoDateSchema.optional().meta({ description: "处置完毕日期 — date closed; not before date." }),
  })
  .check((ctx) => {
    const { date, closedOn } = ctx.value;
    if (closedOn !== undefined && before(closedOn, date)) {
      _addIssue(ctx, ["closedOn"], "closed_before_found", { received: closedOn, earliest: date });
    }
  })
  .meta({ title: "RiskEvent", description: "质量安全风险事件 — a quality-safety risk found. validate() also checks that closedOn is not before date." });

/** 信用风险分类 — the unit's enterprise credit-risk class. */
export const CreditRiskSchema = z
  .object({
    /** 信用风险等级, e.g. SAMR A (低) / B (一般) / C (较高) / D (高); the class set is the policy's. */
    grade: z.string().min(1).meta({ description: "信用风险等级 — credit-risk class, e.g. A/B/C/D; the policy maps it." }),
    /** 分类日期 */
    asOf: IsoDateSchema.meta({ description: "分类日期 — date of the classification." }),
  })
  .meta({ title: "CreditRisk", description: "信用风险分类 — enterprise credit-risk class." });

/** 缺陷产品 — a confirmed product defect (二（七）: recall under national rules). */
export const DefectSchema = z
  .object({
    /** 标识 */
    id: IdSchema,
    /** 缺陷确认日期 */
    confirmedOn: IsoDateSchema.meta({ description: "缺陷确认日期 — date the defect was confirmed." }),
    /** 召回启动日期 */
    recallStartedOn: IsoDateSchema.optional().meta({ description: "召回启动日期 — date the recall started." }),
  })
  .meta({ title: "Defect", description: "缺陷产品 — a confirmed product defect." });

/** 监管责任人 — the regulator's named responsible official for the unit (二（七）). */
export const AssignmentSchema = z
  .object({
    /** 监管责任人 */
    official: z.string().min(1).meta({ description: "监管责任人 — responsible official." }),
    /** 责任部门 */
    department: z.string().optional().meta({ description: "责任部门 — department." }),
    /** 生效日期 (the day the official changed) */
    from: IsoDateSchema.meta({ description: "生效日期 — the day this official took over." }),
    /** 录入（更新）日期 (the day the change was recorded; 5 working days allowed) */
    recordedOn: IsoDateSchema.meta({ description: "更新日期 — the day the change was recorded." }),
  })
  .meta({ title: "Assignment", description: "监管责任人 — responsible-official assignment; newest last." });

/** 检查 — an inspection of the unit. */
export const InspectionSchema = z
  .object({
    /** 标识 */
    id: IdSchema,
    /** 检查日期 */
    date: IsoDateSchema.meta({ description: "检查日期 — date." }),
    /** 检查方式 */
    kind: z.enum(INSPECTION_KINDS).meta({ description: "检查方式 — onsite (现场检查), document (书面检查) or sampling (监督抽查)." }),
    /** 检查发现 */
    findings: z.string().optional().meta({ description: "检查发现 — findings." }),
  })
  .meta({ title: "Inspection", description: "检查 — an inspection." });

/** 日管控 / 周排查 / 月调度记录 — a record of the dynamic mechanism (plan 二（四）). */
export const MechanismRecordSchema = z
  .object({
    /** 记录类型：日 / 周 / 月 */
    kind: z.enum(MECHANISM_RECORD_KINDS).meta({ description: "记录类型 — daily (日管控), weekly (周排查) or monthly (月调度)." }),
    /** 记录日期 */
    date: IsoDateSchema.meta({ description: "记录日期 — date." }),
    /** 记录人 (a person of the unit) */
    byPersonId: IdSchema.meta({ description: "记录人 — id of the person who made it (a person of the unit)." }),
    /** 零风险报告 — nothing found that day (still recorded). */
    zeroRisk: z.boolean().optional().meta({ description: "零风险 — nothing found (a zero-risk report is still a record)." }),
    /** 发现问题 */
    findings: z.string().optional().meta({ description: "发现问题 — findings." }),
  })
  .meta({ title: "MechanismRecord", description: "日管控/周排查/月调度记录 — daily check, weekly review or monthly minutes." });

/** 信息平台录入 — the unit's entry on the provincial platform (plan 一, 二（五）). */
export const PlatformEntrySchema = z
  .object({
    /** 录入日期 */
    enteredOn: IsoDateSchema.meta({ description: "录入日期 — date entered." }),
  })
  .meta({ title: "PlatformEntry", description: "信息平台录入 — platform entry." });

/**
 * 行政区划代码 — a county-level division code of GB/T 2260: six digits (e.g. `320105`
 * 建邺区). The form is checked here (`invalid_district`); whether the code is one of the
 * policy's districts is a warning of `validate` with a policy (`unknown_district`), never an
 * error.
 */
export const DistrictCodeSchema = z
  .string()
  .check((ctx) => {
    if (!/^\d{6}$/.test(ctx.value)) _addIssue(ctx, [], "invalid_district", { expected: "6 digits", received: ctx.value.slice(0, 40) });
  })
  .meta({ pattern: "^\\d{6}$", description: "行政区划代码 — district code (GB/T 2260): six digits, e.g. 320105." });

const UnitObject = z.object({
  /** 标识 */
  id: IdSchema,
  /** 单位名称 */
  name: z.string().min(1).meta({ description: "单位名称 — name." }),
  /** 统一社会信用代码 */
  uscc: UsccSchema,
  /** 主体角色：生产单位 / 销售单位 (at least one) */
  roles: z.array(z.enum(UNIT_ROLES)).min(1).meta({ description: "主体角色 — producer (生产单位) and/or seller (销售单位)." }),
  /** 企业规模 */
  size: z.enum(UNIT_SIZES).optional().meta({ description: "企业规模 — large, medium, small or micro." }),
  /** 员工人数 (to derive size when `size` is absent) */
  staff: z.number().int().nonnegative().optional().meta({ description: "从业人员 — staff count." }),
  /** 营业收入（万元） (to derive size when `size` is absent) */
  revenueWan: z.number().nonnegative().optional().meta({ description: "营业收入（万元） — revenue in 10,000 yuan." }),
  /** 层级分类 A/B/C/D */
  layer: z.enum(UNIT_LAYERS).optional().meta({ description: "层级分类 — layer A/B/C/D." }),
  /** 行政区划代码 (GB/T 2260): six digits; with a policy, `validate` warns of a code the policy does not know. */
  district: DistrictCodeSchema.optional(),
  /** 产品范围 (the default is built afresh for every unit: zod copies a default object only one level deep, so a literal's lists would be shared by every parsed unit) */
  products: ProductsSchema.default(() => ({ licences: [], cccCertificates: [], mandatoryStandard: false, gasAppliance: false, foodContact: false, categories: [] })),
  /** 人员 */
  people: z.array(PersonSchema).default([]).meta({ description: "人员 — principal, directors, officers." }),
  /** 考核 */
  assessments: z.array(AssessmentSchema).default([]).meta({ description: "考核 — assessments." }),
  /** 质量安全风险 */
  riskEvents: z.array(RiskEventSchema).default([]).meta({ description: "质量安全风险 — risk events." }),
  /** 信用风险分类 */
  creditRisk: CreditRiskSchema.optional(),
  /** 缺陷产品 */
  defects: z.array(DefectSchema).default([]).meta({ description: "缺陷产品 — confirmed defects." }),
  /** 监管责任人 (newest last) */
  assignments: z.array(AssignmentSchema).default([]).meta({ description: "监管责任人 — responsible officials, oldest first." }),
  /** 检查 */
  inspections: z.array(InspectionSchema).default([]).meta({ description: "检查 — inspections." }),
  /** 日管控 / 周排查 / 月调度记录 */
  records: z.array(MechanismRecordSchema).default([]).meta({ description: "日管控/周排查/月调度记录 — mechanism records." }),
  /** 信息平台录入 */
  platformEntry: PlatformEntrySchema.optional(),
  /** 培训考核 — the unit's own training and assessment of its director and officers */
  trainings: z.array(TrainingSchema).default([]).meta({ description: "培训考核 — the unit's own training and assessment of its director and officers (附件2/3 2.5)." }),
  /** 《工业产品质量安全风险管控清单》 */
  riskControlList: RiskControlListSchema.optional(),
  /** 岗位职责文件 */
  dutyDocuments: z.array(DutyDocumentSchema).default([]).meta({ description: "岗位职责文件 — 《主要负责人质量安全职责》《质量安全总监职责》《质量安全员守则》 (附件2/3 1.1, 1.3)." }),
  /** 否决建议 (Orders 75/76 Art. 4) */
  vetoProposals: z.array(VetoProposalSchema).default([]).meta({ description: "否决建议 — proposals to stop production or sale (Orders 75/76 Art. 4)." }),
  /** 风险隐患及整改 */
  hazards: z.array(HazardSchema).default([]).meta({ description: "风险隐患 — hazards found by the daily/weekly/monthly mechanism and their rectification (附件2/3 2.4)." }),
});

/**
 * 主体 — a producer or seller of industrial products (Orders 75/76 Art. 2).
 *
 * Input may omit the lists (`people`, `riskEvents`, `records`, …) and the product flags:
 * they default to empty lists and `false`, so the parsed {@link Unit} always has them.
 * Cross-field rules: ids unique within each list; a record's `byPersonId` and an
 * assessment's `personId` name a person of the unit; a person's `to` is not before
 * `from`; a risk's `closedOn` is not before its `date`; `roles` has no repeats;
 * assignments are oldest first.
 */
export const UnitSchema = UnitObject.check((ctx) => {
  const u = ctx.value;
  _checkUniqueIds(ctx, u.people, "people");
  _checkUniqueIds(ctx, u.riskEvents, "riskEvents");
  _checkUniqueIds(ctx, u.defects, "defects");
  _checkUniqueIds(ctx, u.inspections, "inspections");
  _checkUniqueIds(ctx, u.vetoProposals, "vetoProposals");
  _checkUniqueIds(ctx, u.hazards, "hazards");
  const roles = new Set<string>();
  const repeated = u.roles.find((r) => roles.size === roles.add(r).size);
  if (repeated !== undefined) _addIssue(ctx, ["roles"], "duplicate_role", { received: repeated });
  const personIds = new Set(u.people.map((p) => p.id));
  u.records.forEach((r, i) => {
    if (!personIds.has(r.byPersonId)) {
      _addIssue(ctx, ["records", i, "byPersonId"], "unknown_person", { field: "byPersonId", received: r.byPersonId });
    }
  });
  u.assessments.forEach((a, i) => {
    if (!personIds.has(a.personId)) {
      _addIssue(ctx, ["assessments", i, "personId"], "unknown_person", { field: "personId", received: a.personId });
    }
  });
  u.trainings.forEach((t, i) => {
    if (!personIds.has(t.personId)) {
      _addIssue(ctx, ["trainings", i, "personId"], "unknown_person", { field: "personId", list: "trainings", received: t.personId });
    }
  });
  u.vetoProposals.forEach((v, i) => {
    if (!personIds.has(v.byPersonId)) {
      _addIssue(ctx, ["vetoProposals", i, "byPersonId"], "unknown_person", { field: "byPersonId", list: "vetoProposals", received: v.byPersonId });
    }
  });
  if (u.riskControlList !== undefined) {
    const points = u.riskControlList.points;
    const seen = new Set<string>();
    points.forEach((p, i) => {
      if (seen.has(p.id)) _addIssue(ctx, ["riskControlList", "points", i, "id"], "duplicate_id", { list: "riskControlList.points", received: p.id });
      seen.add(p.id);
    });
  }
  for (let i = 1; i < u.assignments.length; i++) {
    if (before(u.assignments[i]!.from, u.assignments[i - 1]!.from)) {
      _addIssue(ctx, ["assignments", i, "from"], "assignments_order", { received: u.assignments[i]!.from, earliest: u.assignments[i - 1]!.from });
    }
  }
}).meta({
  title: "Unit",
  description:
    "主体 — a producer or seller of industrial products (SAMR Orders 75/76 Art. 2). JSON Schema cannot express: the USCC check character, unique ids within each list, byPersonId/personId naming a person of the unit (records, assessments, trainings, veto proposals), to ≥ from, closedOn ≥ date, decidedOn ≥ date, publishedOn ≥ date, revisions not before adoptedOn, assignments oldest first; validate() checks them, and with a policy warns of a district code the policy does not know.",
});

/** 数据集 — a batch of units, with the date it describes. */
export const DatasetSchema = z
  .object({
    /** 数据截止日期 (the default "as of" date) */
    asOf: IsoDateSchema.optional().meta({ description: "数据截止日期 — the date the data set describes." }),
    /** 主体 */
    units: z.array(UnitSchema).meta({ description: "主体 — units." }),
  })
  .check((ctx) => _checkUniqueIds(ctx, ctx.value.units, "units"))
  .meta({
    title: "Dataset",
    description: "数据集 — a batch of units. JSON Schema cannot express: unique unit ids and each unit's cross-field rules; validate() checks them.",
  });

/** A licence (生产许可证), as parsed. */
export type Licence = z.infer<typeof LicenceSchema>;
/** A CCC certificate, as parsed. */
export type CccCertificate = z.infer<typeof CccCertificateSchema>;
/** The product scope, as parsed. */
export type Products = z.infer<typeof ProductsSchema>;
/** A person (principal, director or officer), as parsed. */
export type Person = z.infer<typeof PersonSchema>;
/** An assessment, as parsed. */
export type Assessment = z.infer<typeof AssessmentSchema>;
/** A risk event, as parsed. */
export type RiskEvent = z.infer<typeof RiskEventSchema>;
/** A credit-risk class record, as parsed. */
export type CreditRisk = z.infer<typeof CreditRiskSchema>;
/** A confirmed defect, as parsed. */
export type Defect = z.infer<typeof DefectSchema>;
/** A responsible-official assignment, as parsed. */
export type Assignment = z.infer<typeof AssignmentSchema>;
/** An inspection, as parsed. */
export type Inspection = z.infer<typeof InspectionSchema>;
/** A mechanism record (daily / weekly / monthly), as parsed. */
export type MechanismRecord = z.infer<typeof MechanismRecordSchema>;
/** A platform entry, as parsed. */
export type PlatformEntry = z.infer<typeof PlatformEntrySchema>;
/** A unit (主体), as parsed: every list present. */
export type Unit = z.infer<typeof UnitSchema>;
/** A unit as accepted on input: lists and product flags may be omitted. */
export type UnitInput = z.input<typeof UnitSchema>;
/** A data set, as parsed. */
export type Dataset = z.infer<typeof DatasetSchema>;
/** A data set as accepted on input. */
export type DatasetInput = z.input<typeof DatasetSchema>;

/**
 * Whether date `a` is before date `b`, for the cross-field checks; `false` when either is
 * not a calendar date (that is reported on its own, and our issues continue, so these
 * checks do see invalid dates). For two valid `YYYY-MM-DD` strings text order is date
 * order, so no day numbers are computed.
 */
function before(a: string, b: string): boolean {
  return a < b && isIsoDate(a) && isIsoDate(b);
}
