import { z } from "zod";
import { _uniqueList } from "./_unique-list";
import { IsoDateSchema, PERSON_ROLES } from "../entities";
import { type Citation, CitationSchema, NANJING_PLAN } from "./citations";

/**
 * Parameters of the units' duties added by the fidelity review (issue 15): the basis of
 * scope, the start of the daily / weekly / monthly mechanism per product category (the
 * plan's phasing), who may make the weekly review when no director is required, and the
 * veto proposal of Orders 75/76 Art. 4. `DutiesParametersSchema` embeds them.
 */

const ORDERS = "市场监管总局令第75号、第76号";

/**
 * The verbatim sentences these parameters rest on (PDF line breaks joined; the spaces the
 * PDF puts around Arabic numerals dropped).
 *
 * @see 宁市监质监〔2023〕146号 一（一）、一（二）
 */
export const phasingQuotes = Object.freeze({
  /** Plan 一（一） — 2023: licence and CCC producers set up the mechanism. */
  year2023: "2023年，建立工业产品生产和销售单位质量安全数据库，推动工业产品生产许可、强制性产品认证管理的产品生产单位建立“日管控、周排查、月调度”工作机制",
  /** Plan 一（二） — 2024: licence, CCC and mandatory-standard producers and sellers run it. */
  year2024: "工业产品生产许可、强制性产品认证管理、涉及人身健康和生命财产安全并有强制性国家标准要求的产品生产和销售单位“日管控、周排查、月调度”机制有效运行",
  /** Orders 75/76 — the day they took effect. */
  orders: "自2023年5月5日起施行",
});

/** The first day a category's units owe daily / weekly / monthly records, per role. */
const StartByCategory = z.strictObject({
  /** 生产许可管理的产品 */
  licence: IsoDateSchema.meta({ description: "生产许可管理的产品 — first day records are owed." }),
  /** 强制性产品认证管理的产品 */
  ccc: IsoDateSchema.meta({ description: "强制性产品认证管理的产品 — first day records are owed." }),
  /** 强制性国家标准要求的产品 */
  "mandatory-standard": IsoDateSchema.meta({ description: "强制性国家标准要求的产品 — first day records are owed." }),
});

/**
 * 机制起始日期 — the first day the daily / weekly / monthly records are owed, by role and
 * product category; a unit in several categories (or with both roles) owes them from the
 * earliest of its days, and never before the orders took effect.
 *
 * @see 宁市监质监〔2023〕146号 一（一）、一（二）
 */
export const MechanismStartSchema = z
  .strictObject({
    /** 生产单位 */
    producer: StartByCategory.meta({ description: "生产单位 — producers, by product category." }),
    /** 销售单位 */
    seller: StartByCategory.meta({ description: "销售单位 — sellers, by product category." }),
    /** 出处 */
    citation: CitationSchema,
  })
  .meta({ description: "机制起始日期 — the first day daily/weekly/monthly records are owed, by role and product category." });

/** The start of the mechanism per role and category: the first day records are owed, by role (`producer`, `seller`) and product category, with the citation (policy `duties.mechanism.start`). */
export type MechanismStart = z.infer<typeof MechanismStartSchema>;

function freeze<T extends object>(o: T): T {
  for (const v of Object.values(o)) if (v !== null && typeof v === "object") freeze(v as object);
  return Object.freeze(o);
}

/**
 * The orders' start: every in-scope unit owes the records from the day Orders 75/76 took
 * effect, 2023-05-05, whatever its role and products. Use it with `definePolicy` for a
 * policy that follows the orders rather than the Nanjing plan's phasing.
 *
 * @example
 * ```ts
 * const strict = definePolicy(nanjing2023, { duties: { mechanism: { start: mechanismStartOrders } } });
 * ```
 * @see 市场监管总局令第75号、第76号 公布令（自2023年5月5日起施行）
 */
export const mechanismStartOrders: MechanismStart = freeze({
  producer: { licence: "2023-05-05", ccc: "2023-05-05", "mandatory-standard": "2023-05-05" },
  seller: { licence: "2023-05-05", ccc: "2023-05-05", "mandatory-standard": "2023-05-05" },
  citation: {
    document: ORDERS,
    clause: "公布令",
    quote: phasingQuotes.orders,
    note: "The orders require the mechanism of every unit in scope from the day they took effect (FACTS.md §1 [order]).",
  },
} satisfies MechanismStart);

/**
 * The Nanjing plan's phasing (the default of `nanjing2023`): producers under production
 * licensing or CCC from 2024-01-01, everyone else — producers of mandatory-standard
 * products, and sellers — from 2025-01-01 [reading].
 *
 * @example
 * ```ts
 * mechanismStartPlan.producer.licence;            // "2024-01-01"
 * mechanismStartPlan.seller["mandatory-standard"]; // "2025-01-01"
 * ```
 * @see 宁市监质监〔2023〕146号 一（一）、一（二）
 */
export const mechanismStartPlan: MechanismStart = freeze({
  producer: { licence: "2024-01-01", ccc: "2024-01-01", "mandatory-standard": "2025-01-01" },
  seller: { licence: "2025-01-01", ccc: "2025-01-01", "mandatory-standard": "2025-01-01" },
  citation: {
    document: NANJING_PLAN,
    clause: "一（一）、一（二）",
    quote: `${phasingQuotes.year2023}；${phasingQuotes.year2024}`,
    reading: true,
    note: "The plan phases the mechanism: in 2023 it pushes licence and CCC producers to set it up (一（一）), and expects it running in 2024 for licence, CCC and mandatory-standard producers and sellers (一（二）). Each year's target is read as reached by the end of that year, as the plan's \"2024年……应录尽录\" is read for data entry (by 2024-12-31): licence and CCC producers owe the records from 2024-01-01, everyone else from 2025-01-01. The orders themselves apply from 2023-05-05 to every unit in scope (mechanismStartOrders); pick that with definePolicy for the orders' reading. A unit in several categories owes them from its earliest day.",
  },
} satisfies MechanismStart);

/**
 * 无总监时的周排查 — who may make the weekly review (周排查) when the unit need not appoint a
 * director and none is in post on the record's date.
 *
 * @see 宁市监质监〔2023〕146号 二（四）
 */
export const WeeklyWithoutDirectorSchema = z
  .strictObject({
    /** 岗位 — the roles accepted then (default principal and officer; empty: none, only a director's review counts). */
    roles: _uniqueList(PERSON_ROLES, 0, "岗位 — the roles whose weekly review counts when no director is required and none is in post (principal, officer)."),
    /** 出处 (a reading) */
    citation: CitationSchema,
  })
  .meta({ description: "无总监时的周排查 — who may make the weekly review when no director is required and none is in post." });

/**
 * 否决建议 — the veto proposal of Orders 75/76 Art. 4: the principal must analyse it at once.
 *
 * @see 市场监管总局令第75号、第76号 第四条
 */
export const VetoProposalParametersSchema = z
  .strictObject({
    /** Days after the proposal by which the principal has analysed it and decided (default 0: the same day). */
    days: z.number().int().min(0).max(366).meta({ description: "Days after the proposal by which the principal decides (default 0: the same day)." }),
    /** 出处 (a reading) */
    citation: CitationSchema,
  })
  .meta({ description: "否决建议 — the principal's analysis of a proposal to stop production or sale (Art. 4)." });

/**
 * The bases of scope: `product-regime` (the default) — what the unit makes or sells is
 * under production licensing, CCC or mandatory national standards, whatever the state of
 * its certificates; `valid-certificates` — only licences and CCC certificates valid on the
 * day asked count (an expired certificate takes the unit out of categories (a) and (b)).
 *
 * @see 市场监管总局令第75号、第76号 第二条
 */
export const SCOPE_BASES = ["product-regime", "valid-certificates"] as const;
/** A basis of scope (see {@link SCOPE_BASES}). */
export type ScopeBasis = (typeof SCOPE_BASES)[number];

/**
 * The citations of the parameters above, for the Nanjing profile. Readings say
 * `reading: true` with a note.
 *
 * @see 宁市监质监〔2023〕146号 二（四）
 * @see 市场监管总局令第75号、第76号 第二条、第四条
 */
export const dutiesReadingCitations = Object.freeze({
  /** Scope follows the product regime (a reading of Art. 2's wording). */
  scopeBasis: Object.freeze<Citation>({
    document: ORDERS,
    clause: "第二条",
    quote: "实施工业产品生产许可、强制性产品认证管理，以及涉及人身健康和生命财产安全并有强制性国家标准要求的产品生产单位",
    reading: true,
    note: "Art. 2 scopes units by the regime of the products they make or sell, not by the certificates they hold: a producer whose licence or CCC certificate has expired while it still produces is in violation, not exempt, and a seller holds no maker's certificate at all. So by default every listed certificate issued on or before the day asked counts, expired or not, and so do the categories a unit declares (products.categories). valid-certificates (a named option) counts only certificates valid that day.",
  }),
  /** Weekly review by the principal or officer when no director is required (a reading). */
  weeklyWithoutDirector: Object.freeze<Citation>({
    document: NANJING_PLAN,
    clause: "二（四）",
    quote: "建立健全日管控、周排查、月调度工作制度, 形成《每日工业产品质量安全检查记录》《每周工业产品质量安全排查治理报告》和《每月工业产品质量安全调度会议纪要》",
    reading: true,
    note: "The weekly review is the director's (FACTS.md §1), but a unit that need not appoint a director (e.g. a micro seller of mandatory-standard products) could then never make one. When no director is required and none is in post on the record's date, a review by the principal (主要负责人, who bears overall responsibility) or by an officer counts. A unit that must have a director and has none still owes the director's review: the vacancy is its own finding.",
  }),
  /** Art. 4: the principal analyses a veto proposal at once — read as the same day. */
  vetoProposal: Object.freeze<Citation>({
    document: ORDERS,
    clause: "第四条",
    quote: "when the director or officer finds a defect that endangers safety, they propose stopping production (sale); the principal must analyse and act at once",
    reading: true,
    note: "The orders' Chinese text is not held in this repository: the quote is FACTS.md §1's summary of Art. 4 [order]. \"At once\" is read as the same day: the analysis and decision are due on the day of the proposal (0 days), done on decidedOn.",
  }),
});
