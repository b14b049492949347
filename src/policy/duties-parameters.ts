import { z } from "zod";
import { _addIssue } from "../entities/primitives";
import { _uniqueList } from "./_unique-list";
import { IsoDateSchema, PERSON_ROLES, UNIT_SIZES } from "../entities";
import { type Citation, CitationSchema, NANJING_PLAN } from "./citations";
import {
  dutiesReadingCitations,
  mechanismStartPlan,
  MechanismStartSchema,
  SCOPE_BASES,
  VetoProposalParametersSchema,
  WeeklyWithoutDirectorSchema,
} from "./duties-readings";

/**
 * The criteria of the Nanjing plan's priority units for platform data entry (二（五）:
 * 设立质量安全总监的、风险监测、缺陷产品召回、工业产品生产许可、强制性产品认证、现场检查、执法查处的以及被投诉举报并经核实的),
 * each read from the unit's data:
 *
 * - `director` 设立质量安全总监 — a person with role `director`;
 * - `risk-monitoring` 风险监测 — a risk event of kind `risk-monitoring`;
 * - `defect-recall` 缺陷产品召回 — a confirmed defect;
 * - `licence` 工业产品生产许可 — a production licence;
 * - `ccc` 强制性产品认证 — a CCC certificate;
 * - `onsite-inspection` 现场检查 — an inspection of kind `onsite`;
 * - `enforcement` 执法查处 — a risk event of kind `enforcement`;
 * - `verified-complaint` 被投诉举报并经核实 — a risk event of kind `verified-complaint`.
 *
 * @see 宁市监质监〔2023〕146号 二（五）
 */
export const DATA_ENTRY_PRIORITY_CRITERIA = [
  "director",
  "risk-monitoring",
  "defect-recall",
  "licence",
  "ccc",
  "onsite-inspection",
  "enforcement",
  "verified-complaint",
] as const;
/** One criterion of a priority unit for data entry (see {@link DATA_ENTRY_PRIORITY_CRITERIA}). */
export type DataEntryPriorityCriterion = (typeof DATA_ENTRY_PRIORITY_CRITERIA)[number];

/**
 * The size sectors of the national statistical standard used here: industry (producers),
 * wholesale, retail (统计上大中小微型企业划分办法（2017）; FACTS.md §1).
 *
 * @see 市场监管总局令第75号、第76号 第三条 (“与单位规模……相适应”)
 */
export const UNIT_SIZE_SECTORS = ["producer", "wholesale", "retail"] as const;
/** A size sector (see {@link UNIT_SIZE_SECTORS}). */
export type UnitSizeSector = (typeof UNIT_SIZE_SECTORS)[number];


/** The lower bounds of one size class: staff (从业人员, persons) and revenue (营业收入, 万元). */
const SizeBoundSchema = z.strictObject({
  /** 从业人员下限（人） */
  staff: z.number().int().min(0).meta({ description: "从业人员下限（人） — the fewest staff." }),
  /** 营业收入下限（万元） */
  revenueWan: z.number().min(0).meta({ description: "营业收入下限（万元） — the least revenue, in 10,000 yuan." }),
});

/** The lower bounds of large, medium and small in one sector; below small is micro. */
const SectorThresholdsSchema = z
  .strictObject({
    /** 大型 */
    large: SizeBoundSchema.meta({ description: "大型 — lower bounds of large." }),
    /** 中型 */
    medium: SizeBoundSchema.meta({ description: "中型 — lower bounds of medium." }),
    /** 小型 (below: 微型) */
    small: SizeBoundSchema.meta({ description: "小型 — lower bounds of small; below them, micro." }),
  })
  .check((ctx) => {
    const { large, medium, small } = ctx.value;
    for (const key of ["staff", "revenueWan"] as const) {
      if (!(large[key] >= medium[key] && medium[key] >= small[key])) {
        _addIssue(ctx, [key], "thresholds_order", { field: key }, { continue: false });
      }
    }
  });

const DueDate = IsoDateSchema.meta({ description: "截止日期 — the last day (inclusive)." });

/** A deadline of platform data entry with its citation. */
const DeadlineSchema = z.strictObject({
  /** 截止日期 — the last day (inclusive). */
  dueOn: DueDate,
  /** 出处 */
  citation: CitationSchema,
});

/**
 * 主体责任参数 — the policy parameters of the units' own duties: scope (Orders 75/76 Art. 2),
 * unit size, staffing (Art. 3), the daily / weekly / monthly mechanism (plan 二（四）),
 * platform data entry (plan 一, 二（五）), rectification after a failed assessment (二（三）)
 * and recall after a confirmed defect (二（七）). Every parameter carries its citation;
 * our readings (FACTS.md [reading]) are marked `reading: true` with a note.
 *
 * `PolicySchema` embeds it as `policy.duties`. Unknown keys are rejected.
 *
 * @see 宁市监质监〔2023〕146号 二（三）、二（四）、二（五）
 * @see 市场监管总局令第75号、第76号 第二条、第三条
 */
export const DutiesParametersSchema = z
  .strictObject({
    /** 施行日期 — the day the orders took effect; no mechanism or staffing duty is owed before it. */
    effectiveFrom: z.strictObject({
      /** 施行日期 (2023-05-05) */
      date: IsoDateSchema.meta({ description: "施行日期 — the first day the duties apply (2023-05-05)." }),
      /** 出处 */
      citation: CitationSchema,
    }),
    /** 适用范围 (Art. 2): licence, CCC, or mandatory-standard products. */
    scope: z.strictObject({
      /**
       * The basis of scope: `product-regime` (default, a reading: what the unit makes or sells;
       * an expired certificate still counts) or `valid-certificates` (only certificates valid
       * on the day asked count).
       */
      basis: z.enum(SCOPE_BASES).meta({
        description: "The basis of scope: product-regime (default: what the unit makes or sells; an expired certificate still counts) or valid-certificates.",
      }),
      /** 出处 — the basis (a reading). */
      basisCitation: CitationSchema,
      /** The size gate of category (c) (mandatory-standard products); off by default. */
      mandatoryStandardSizeGate: z.strictObject({
        /** Whether category (c) applies only to units of the listed sizes (default `false`: every size). */
        enabled: z.boolean().meta({ description: "Whether category (c) applies only to units of the listed sizes (default false: every size)." }),
        /** 规模 — the sizes category (c) applies to when the gate is on (large, medium). */
        sizes: _uniqueList(UNIT_SIZES, 1, "规模 — the sizes category (c) applies to when the gate is on (large, medium)."),
        /** When the gate is on and the unit's size cannot be told: `in-scope` (default) or `out-of-scope`. */
        whenSizeUnknown: z
          .enum(["in-scope", "out-of-scope"])
          .meta({ description: "When the gate is on and the unit's size cannot be told: in scope (default) or out." }),
        /** 出处 (a reading) */
        citation: CitationSchema,
      }),
      /** Order 75 Art. 2 (producers). */
      producerCitation: CitationSchema,
      /** Order 76 Art. 2 (sellers). */
      sellerCitation: CitationSchema,
    }),
    /** 企业规模 — the national statistical standard's thresholds (2017). */
    unitSize: z.strictObject({
      /** Lower bounds by sector. */
      thresholds: z.strictObject({
        /** 工业 — industry (producers). */
        producer: SectorThresholdsSchema.meta({ description: "工业 — industry (producers)." }),
        /** 批发业 — wholesale. */
        wholesale: SectorThresholdsSchema.meta({ description: "批发业 — wholesale." }),
        /** 零售业 — retail. */
        retail: SectorThresholdsSchema.meta({ description: "零售业 — retail." }),
      }),
      /** `all`: a class needs both lower bounds (the statistical standard); `any`: one is enough. */
      combine: z
        .enum(["all", "any"])
        .meta({ description: "all: a class needs both lower bounds (the statistical standard); any: one is enough." }),
      /** The sector of a seller-only unit (default `wholesale`, a reading); a producer is always industry. */
      sellerSector: z
        .enum(["wholesale", "retail"])
        .meta({ description: "The sector of a seller-only unit (default wholesale); a producer is always industry." }),
      /** 出处 — the thresholds. */
      citation: CitationSchema,
      /** 出处 — `combine` (a reading). */
      combineCitation: CitationSchema,
      /** 出处 — `sellerSector` (a reading). */
      sellerSectorCitation: CitationSchema,
    }),
    /** 质量安全管理人员配备 (Art. 3). */
    staffing: z.strictObject({
      /** 质量安全员 — required for every in-scope unit. */
      officer: z.strictObject({
        /** Order 75 Art. 3 (producers). */
        producerCitation: CitationSchema,
        /** Order 76 Art. 3 (sellers). */
        sellerCitation: CitationSchema,
      }),
      /** 质量安全总监 — who needs one (a reading). */
      director: z.strictObject({
        /** A production-licence holder needs a director (`true`). */
        licence: z.boolean().meta({ description: "A production-licence holder needs a director (true)." }),
        /** A CCC certificate holder needs a director (`true`). */
        ccc: z.boolean().meta({ description: "A CCC certificate holder needs a director (true)." }),
        /**
         * Whether the licence and CCC criteria also reach a seller-only unit of such products
         * (default `false`: a seller holds no maker's licence; its director follows the sizes
         * of category (c)).
         */
        licenceAndCccSellers: z.boolean().meta({
          description: "Whether the licence and CCC criteria also reach seller-only units of such products (default false: their director follows the sizes of category (c)).",
        }),
        /** 规模 — the sizes at which a category (c) unit needs a director (large, medium). */
        mandatoryStandardSizes: _uniqueList(UNIT_SIZES, 0, "规模 — the sizes at which a category (c) unit needs a director (large, medium)."),
        /** A category (c) unit whose size cannot be told: director `required` (default) or `not-required`. */
        whenSizeUnknown: z
          .enum(["required", "not-required"])
          .meta({ description: "A category (c) unit whose size cannot be told: director required (default) or not." }),
        /** 出处 (a reading) */
        citation: CitationSchema,
      }),
      /** A required post that falls vacant. */
      vacancy: z.strictObject({
        /** Days allowed to fill a required post after it falls vacant (default 0: due the first vacant day). */
        graceDays: z
          .number()
          .int()
          .min(0)
          .max(366)
          .meta({ description: "Days allowed to fill a required post after it falls vacant (default 0: due the first vacant day)." }),
        /** 出处 (a reading) */
        citation: CitationSchema,
      }),
    }),
    /** 日管控、周排查、月调度 (plan 二（四）). */
    mechanism: z.strictObject({
      /** Which days need a daily record: the unit's `working-days` (default) or `every-day`. */
      days: z
        .enum(["working-days", "every-day"])
        .meta({ description: "Which days need a daily record: the unit's working days (default) or every day." }),
      /** Which weeks and months of [from, to] are checked: `due-in-range` (last day inside; default) or `inside-range` (entirely inside). */
      periods: z
        .enum(["due-in-range", "inside-range"])
        .meta({ description: "Which weeks and months of [from, to] are checked: those whose last day is inside it (default) or only those entirely inside it." }),
      /** Who makes each record. */
      roles: z.strictObject({
        /** 日管控 — who makes the daily check record (officer). */
        daily: _uniqueList(PERSON_ROLES, 1, "日管控 — who makes the daily check record (officer)."),
        /** 周排查 — who makes the weekly review report (director). */
        weekly: _uniqueList(PERSON_ROLES, 1, "周排查 — who makes the weekly review report (director)."),
        /** 月调度 — who holds the monthly scheduling meeting (principal). */
        monthly: _uniqueList(PERSON_ROLES, 1, "月调度 — who holds the monthly scheduling meeting (principal)."),
      }),
      /** 无总监时的周排查 — who may make the weekly review when no director is required and none is in post (a reading). */
      weeklyWithoutDirector: WeeklyWithoutDirectorSchema,
      /** 机制起始日期 — the first day the records are owed, by role and product category (the plan's phasing, a reading). */
      start: MechanismStartSchema,
      /** 出处 — the mechanism. */
      citation: CitationSchema,
      /** 出处 — `days` (a reading). */
      daysCitation: CitationSchema,
      /** 出处 — `periods` (a reading). */
      periodsCitation: CitationSchema,
      /** 出处 — `roles`. */
      rolesCitation: CitationSchema,
    }),
    /** 信息平台录入 (plan 一, 二（五）). */
    dataEntry: z.strictObject({
      /** 灶管阀生产和销售单位 (2023-11-30). */
      gasAppliance: DeadlineSchema,
      /** 生产许可证、CCC 管理的产品生产单位 (2023-12-31). */
      licensedProducers: DeadlineSchema,
      /** 二（五）的重点主体 (2023-12-31). */
      priority: z.strictObject({
        /** 截止日期 — the last day (inclusive). */
        dueOn: DueDate,
        /** 重点主体 — which criteria of 二（五） make a priority unit. */
        criteria: _uniqueList(DATA_ENTRY_PRIORITY_CRITERIA, 0, "重点主体 — which criteria of 二（五） make a priority unit."),
        /** 出处 */
        citation: CitationSchema,
      }),
      /** 应录尽录 — everyone else (2024-12-31, a reading). */
      general: DeadlineSchema,
      /** Whether a dated fact counts toward a class only when dated on or before that class's due date. */
      factsUpToDueDate: z.strictObject({
        /** On by default (a reading). */
        enabled: z.boolean().meta({ description: "A dated fact counts toward a class only when dated on or before its due date (default true)." }),
        /** 出处 (a reading) */
        citation: CitationSchema,
      }),
      /** 出处 — 先重点后一般、先生产后流通. */
      orderCitation: CitationSchema,
    }),
    /** 考核不合格整改 (plan 二（三）). */
    rectification: z.strictObject({
      /** Days after a failed assessment by which it is rectified (default 30, a reading). */
      days: z.number().int().min(0).max(3660).meta({ description: "Days after a failed assessment by which it is rectified (default 30)." }),
      /** 出处 (a reading) */
      citation: CitationSchema,
    }),
    /** 否决建议 (Orders 75/76 Art. 4). */
    vetoProposal: VetoProposalParametersSchema,
    /** 缺陷产品召回 (plan 二（七）). */
    recall: z.strictObject({
      /** Days after a defect is confirmed by which the recall starts (default 0: due immediately, a reading). */
      days: z.number().int().min(0).max(3660).meta({ description: "Days after a defect is confirmed by which the recall starts (default 0: due immediately)." }),
      /** 出处 (a reading) */
      citation: CitationSchema,
    }),
  })
  .meta({
    title: "DutiesParameters",
    description:
      "主体责任参数 — scope, unit size, staffing, the daily/weekly/monthly mechanism, platform data entry, rectification, veto proposals and recall; each parameter with its citation.",
  });

/** The duties parameters, as parsed (see {@link DutiesParametersSchema}). */
export type DutiesParameters = z.infer<typeof DutiesParametersSchema>;

const ORDER_75 = "市场监管总局令第75号";
const ORDER_76 = "市场监管总局令第76号";
const STATS_2017 = "统计上大中小微型企业划分办法（2017）";

function cite(document: string, clause: string, quote: string, reading?: string, note?: string): Citation {
  if (reading !== undefined) return Object.freeze({ document, clause, quote, reading: true as const, note: reading });
  return Object.freeze(note === undefined ? { document, clause, quote } : { document, clause, quote, note });
}

/**
 * The verbatim sentences of the Nanjing plan and the orders that the duties rely on
 * (PDF line breaks joined; the spaces the PDF puts around Arabic numerals dropped).
 *
 * @see 宁市监质监〔2023〕146号 一、二（三）、二（四）、二（五）、二（七）
 */
export const dutiesQuotes = Object.freeze({
  /** Order 75 Art. 2 — scope (producers). */
  scopeProducer:
    "在中华人民共和国境内，实施工业产品生产许可、强制性产品认证管理，以及涉及人身健康和生命财产安全并有强制性国家标准要求的产品生产单位主要负责人和质量安全总监、质量安全员，依法落实产品质量安全责任的行为及其监督管理，适用本规定",
  /** Order 76 Art. 2 — scope (sellers). */
  scopeSeller:
    "在中华人民共和国境内，实施工业产品生产许可、强制性产品认证管理，以及涉及人身健康和生命财产安全并有强制性国家标准要求的产品销售单位主要负责人和质量安全总监、质量安全员，依法落实产品质量安全责任的行为及其监督管理，适用本规定",
  /** Order 75 Art. 3 — staffing (producers). */
  staffingProducer: "生产单位应当建立健全产品质量安全管理制度，落实产品质量安全责任制，依法配备与单位规模、产品类别、风险等级相适应的质量安全总监和质量安全员",
  /** Order 76 Art. 3 — staffing (sellers). */
  staffingSeller: "销售单位应当建立健全产品质量安全管理制度，落实产品质量安全责任制，依法配备与单位规模、产品类别、风险等级相适应的质量安全总监和质量安全员",
  /** Plan 二（三） — staffing. */
  staffingPlan: "各单位要督促工业产品生产和销售单位依法配备与单位规模、产品类别、风险等级相适应的质量安全总监和质量安全员",
  /** Plan 二（三） — rectification after a failed assessment. */
  rectification: "对监督抽查考核不合格的，要督促指导生产和销售单位采取措施进行整改",
  /** Plan 二（四） — the mechanism and its three records. */
  mechanism:
    "建立健全日管控、周排查、月调度工作制度, 形成《每日工业产品质量安全检查记录》《每周工业产品质量安全排查治理报告》和《每月工业产品质量安全调度会议纪要》",
  /** Plan 一（一） — gas appliances by the end of November 2023. */
  gasAppliance: "2023年11月底前，督促指导灶管阀生产和销售单位完成质量安全基本信息录入工作",
  /** Plan 一（一） — licence and CCC producers by the end of December 2023. */
  licensedProducers:
    "12月底前，督促指导工业产品生产许可证管理的产品生产单位和实施强制性产品认证管理的产品生产单位完成质量安全基本信息录入工作",
  /** Plan 二（五） — priority units by the end of December 2023. */
  priority:
    "对设立质量安全总监的、风险监测、缺陷产品召回、工业产品生产许可、强制性产品认证、现场检查、执法查处的以及被投诉举报并经核实的生产和销售单位，属地市场监管部门核实一批录入一批，原则上要在2023年12月底前录入相关信息",
  /** Plan 一（二） — every unit in 2024. */
  general: "2024年，工业产品生产和销售单位质量安全相关信息在省局信息平台上应录尽录",
  /** Plan 二（五） — the order of entry. */
  order: "按照“先重点后一般、先生产后流通”的原则",
  /** Plan 二（七） — recall. */
  recall: "经确认产品存在缺陷的，督促生产单位按照国家有关规定进行召回",
});

const q = dutiesQuotes;

/**
 * The citations of the duties parameters of the Nanjing profile. Readings (FACTS.md §1,
 * §7 [reading] and our own choices where no source speaks) say `reading: true` with a note.
 *
 * @see 宁市监质监〔2023〕146号 一、二（三）、二（四）、二（五）、二（七）
 */
export const dutiesCitations = Object.freeze({
  /** The orders' effective date, 2023-05-05. */
  effectiveFrom: cite(
    `${ORDER_75}、${ORDER_76}`,
    "公布令",
    "自2023年5月5日起施行",
    undefined,
    "Both orders were adopted 2023-03-27, published 2023-04-04 and took effect on 2023-05-05 (FACTS.md §1 [order]). No staffing or mechanism duty is owed before that day.",
  ),
  /** Order 75 Art. 2 — scope of producers. */
  scopeProducer: cite(ORDER_75, "第二条", q.scopeProducer),
  /** Order 76 Art. 2 — scope of sellers. */
  scopeSeller: cite(ORDER_76, "第二条", q.scopeSeller),
  /** The size gate of category (c), off by default (a reading). */
  sizeGate: cite(
    `${ORDER_75}、${ORDER_76}`,
    "第二条",
    "涉及人身健康和生命财产安全并有强制性国家标准要求的产品",
    "Art. 2 names no size for category (c) (mandatory-standard products): it applies to units of every size by default. Some provincial guides apply it to large and medium units only; turn the gate on for that (FACTS.md §1 [reading]). With the gate on, a unit whose size cannot be told (no size, no staff and revenue) stays in scope unless whenSizeUnknown says otherwise.",
  ),
  /** The statistical standard's size thresholds. */
  unitSize: cite(
    STATS_2017,
    "附表",
    "大型、中型和小型企业须同时满足所列指标的下限，否则下划一档；微型企业只须满足所列指标中的一项即可",
    undefined,
    "国统字〔2017〕213号. Lower bounds (staff / revenue in 万元): industry large 1000 / 40000, medium 300 / 2000, small 20 / 300; wholesale large 200 / 40000, medium 20 / 5000, small 5 / 1000; retail large 300 / 20000, medium 50 / 500, small 10 / 100 (FACTS.md §1 [other]; 400 million yuan = 40000 万元).",
  ),
  /** Both bounds (`all`) or either (`any`) (a reading). */
  combine: cite(
    STATS_2017,
    "附表",
    "大型、中型和小型企业须同时满足所列指标的下限，否则下划一档",
    "The statistical standard needs both lower bounds (all, the default); some apps need either (any). FACTS.md §1.",
  ),
  /** A seller-only unit is sized as wholesale (a reading). */
  sellerSector: cite(
    STATS_2017,
    "附表",
    "批发业 / 零售业",
    "The quote names the two rows of the standard's table that fit sellers. A seller of industrial products may be a wholesaler or a retailer; the data model does not say which. A seller-only unit is sized as wholesale by default (the sector of the distributors that Order 76 mostly reaches); set retail for a city whose sellers are mostly shops. A unit that also produces is sized as industry.",
  ),
  /** Order 75 Art. 3 — staffing of producers. */
  officerProducer: cite(ORDER_75, "第三条", q.staffingProducer),
  /** Order 76 Art. 3 — staffing of sellers. */
  officerSeller: cite(ORDER_76, "第三条", q.staffingSeller),
  /** Who needs a director (a reading from two provincial guides). */
  director: cite(
    NANJING_PLAN,
    "二（三）",
    q.staffingPlan,
    "Who needs a director is not settled by the orders (\"与单位规模、产品类别、风险等级相适应\"). Following two provincial guides: licence holders, CCC holders, and large or medium units in category (c) (mandatory-standard products) need a director; every in-scope unit needs at least one officer (FACTS.md §1 [reading]). A category (c) unit whose size cannot be told needs one by default (whenSizeUnknown). A seller holds no maker's licence or certificate: a seller-only unit of licence or CCC products needs a director by the same sizes as category (c), unless licenceAndCccSellers extends the holders' criteria to it.",
  ),
  /** No grace period to fill a vacant post (a reading). */
  vacancy: cite(
    NANJING_PLAN,
    "二（三）",
    q.staffingPlan,
    "No source gives a period to fill a post that falls vacant; by default none is allowed: the duty is due on the first day nobody holds the post (the day after the last holder's last day). A unit that never had a holder owes it from the day the orders took effect.",
  ),
  /** Plan 二（四） — the three records. */
  mechanism: cite(NANJING_PLAN, "二（四）", q.mechanism),
  /** Daily records on working days (a reading). */
  mechanismDays: cite(
    NANJING_PLAN,
    "二（四）",
    q.mechanism,
    "\"每日\" is read as each of the unit's working days on the official calendar (DESIGN, FACTS.md §4): no daily record is owed on a statutory holiday or a rest weekend, and one is owed on an adjusted working weekend day (调休上班). A unit's own operating calendar may be passed instead, or every day required.",
  ),
  /** Weeks and months checked when due inside the range (a reading). */
  mechanismPeriods: cite(
    NANJING_PLAN,
    "二（四）",
    q.mechanism,
    "Weekly reviews are per ISO week (Monday–Sunday), monthly minutes per calendar month. Asked about [from, to], a week or month is checked when its last day (the day its record is due by) lies inside [from, to], and a record dated anywhere in it counts, even before from (due-in-range, the default); the week or month still running at to is not yet due. inside-range checks only weeks and months lying entirely inside [from, to].",
  ),
  /** Who makes each record (the strictness is a reading). */
  mechanismRoles: cite(
    NANJING_PLAN,
    "二（四）",
    q.mechanism,
    "The plan names the three records; who makes each follows the orders' mechanism articles (FACTS.md §1): the officer (质量安全员) checks daily, the director (质量安全总监) organises the weekly review, the principal (主要负责人) holds the monthly scheduling meeting. Our reading: a record made by anyone else, or by a person not in post on its date, does not fill the gap (it is reported instead).",
  ),
  /** Plan 一（一） — 灶管阀 by 2023-11-30. */
  gasAppliance: cite(NANJING_PLAN, "一（一）", q.gasAppliance),
  /** Plan 一（一） — licence and CCC producers by 2023-12-31. */
  licensedProducers: cite(NANJING_PLAN, "一（一）", q.licensedProducers),
  /** Plan 二（五） — priority units by 2023-12-31. */
  priority: cite(NANJING_PLAN, "二（五）", q.priority),
  /** Plan 一（二） — everyone in 2024, read as by 2024-12-31 (a reading). */
  general: cite(
    NANJING_PLAN,
    "一（二）",
    q.general,
    "\"2024年……应录尽录\" gives the year, not a day: read as by 2024-12-31 (FACTS.md §7). A unit that first appears after that is late by the plan's terms; the plan sets no period for newcomers.",
  ),
  /** Dated facts count toward a class only up to its due date (a reading). */
  factsUpToDueDate: cite(
    NANJING_PLAN,
    "二（五）",
    q.priority,
    "A dated fact (a director's first day, a licence's date of issue, an inspection, a risk event, a defect) makes a unit a priority or licensed unit only if dated on or before that class's due date: a unit cannot be late for 2023-12-31 because of a licence issued in 2024. Undated facts (a licence without issuedOn, the gas-appliance flag) always count.",
  ),
  /** Plan 二（五） — 先重点后一般、先生产后流通. */
  order: cite(NANJING_PLAN, "二（五）", q.order),
  /** Rectification within 30 days of a failed assessment (a reading). */
  rectification: cite(
    NANJING_PLAN,
    "二（三）",
    q.rectification,
    "No source found: the plan (二（三）) says rectify but gives no period, and none was found in the parts of Orders 75/76 that could be read. 30 days (Civil Code counting: the assessment day not counted) is our default, not a sourced period. It is done by a later passed assessment of the same person, or when the person leaves the post (their last day).",
  ),
  /** Recall due on the day a defect is confirmed (a reading). */
  recall: cite(
    NANJING_PLAN,
    "二（七）",
    q.recall,
    "The plan defers to national rules and gives no period: by default the recall is due on the day the defect is confirmed (0 days, \"due immediately\"); a recall started later is late.",
  ),
});

const c = dutiesCitations;

/**
 * The Nanjing 2023 values of the duties parameters (used by both built-in policies).
 *
 * - Scope: licence, CCC, or mandatory-standard products, every size (size gate off); by
 *   the product regime, an expired certificate still counting [reading].
 * - Size: the 2017 statistical standard, both bounds (`combine: "all"`); seller-only units
 *   sized as wholesale [reading].
 * - Staffing: an officer always; a director for producers under licence or CCC and for large
 *   or medium category (c) units — a seller-only unit by those sizes [reading]; a vacant
 *   post is due at once [reading].
 * - Mechanism: daily records on working days, ISO weeks, calendar months; periods checked
 *   when due inside the range [reading]; daily by the officer, weekly by the director — by
 *   the principal or an officer when no director is required and none is in post
 *   [reading] — monthly by the principal; owed from 2024-01-01 by licence and CCC
 *   producers, from 2025-01-01 by everyone else (the plan's phasing, 一（一）、一（二）)
 *   [reading].
 * - Data entry: 灶管阀 by 2023-11-30; licence and CCC producers and priority units by
 *   2023-12-31; everyone by 2024-12-31 [reading].
 * - Rectification within 30 days (no source found) [reading]; a veto proposal decided the
 *   same day [reading]; recall due on confirmation [reading].
 *
 * @example
 * ```ts
 * nanjingDutiesParameters.dataEntry.gasAppliance.dueOn; // "2023-11-30"
 * ```
 * @see 宁市监质监〔2023〕146号 一、二（三）、二（四）、二（五）
 */
export const nanjingDutiesParameters: DutiesParameters = Object.freeze({
  effectiveFrom: { date: "2023-05-05", citation: c.effectiveFrom },
  scope: {
    basis: "product-regime",
    basisCitation: dutiesReadingCitations.scopeBasis,
    mandatoryStandardSizeGate: { enabled: false, sizes: ["large", "medium"], whenSizeUnknown: "in-scope", citation: c.sizeGate },
    producerCitation: c.scopeProducer,
    sellerCitation: c.scopeSeller,
  },
  unitSize: {
    thresholds: {
      producer: { large: { staff: 1000, revenueWan: 40000 }, medium: { staff: 300, revenueWan: 2000 }, small: { staff: 20, revenueWan: 300 } },
      wholesale: { large: { staff: 200, revenueWan: 40000 }, medium: { staff: 20, revenueWan: 5000 }, small: { staff: 5, revenueWan: 1000 } },
      retail: { large: { staff: 300, revenueWan: 20000 }, medium: { staff: 50, revenueWan: 500 }, small: { staff: 10, revenueWan: 100 } },
    },
    combine: "all",
    sellerSector: "wholesale",
    citation: c.unitSize,
    combineCitation: c.combine,
    sellerSectorCitation: c.sellerSector,
  },
  staffing: {
    officer: { producerCitation: c.officerProducer, sellerCitation: c.officerSeller },
    director: { licence: true, ccc: true, licenceAndCccSellers: false, mandatoryStandardSizes: ["large", "medium"], whenSizeUnknown: "required", citation: c.director },
    vacancy: { graceDays: 0, citation: c.vacancy },
  },
  mechanism: {
    days: "working-days",
    periods: "due-in-range",
    roles: { daily: ["officer"], weekly: ["director"], monthly: ["principal"] },
    weeklyWithoutDirector: { roles: ["principal", "officer"], citation: dutiesReadingCitations.weeklyWithoutDirector },
    start: mechanismStartPlan,
    citation: c.mechanism,
    daysCitation: c.mechanismDays,
    periodsCitation: c.mechanismPeriods,
    rolesCitation: c.mechanismRoles,
  },
  dataEntry: {
    gasAppliance: { dueOn: "2023-11-30", citation: c.gasAppliance },
    licensedProducers: { dueOn: "2023-12-31", citation: c.licensedProducers },
    priority: { dueOn: "2023-12-31", criteria: [...DATA_ENTRY_PRIORITY_CRITERIA], citation: c.priority },
    general: { dueOn: "2024-12-31", citation: c.general },
    factsUpToDueDate: { enabled: true, citation: c.factsUpToDueDate },
    orderCitation: c.order,
  },
  rectification: { days: 30, citation: c.rectification },
  vetoProposal: { days: 0, citation: dutiesReadingCitations.vetoProposal },
  recall: { days: 0, citation: c.recall },
} satisfies DutiesParameters);
