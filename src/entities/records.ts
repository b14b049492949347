import { z } from "zod";
import { isIsoDate } from "../_lib/iso-date";
import { DUTY_DOCUMENT_KINDS, MECHANISM_RECORD_KINDS, RISK_CONTROL_POINT_KINDS, TRAINING_KINDS, VETO_ACTIONS } from "./labels";
import { _addIssue, IdSchema, IsoDateSchema } from "./primitives";

/**
 * The unit's own records of plan 二（三）、二（四） and Orders 75/76 Art. 4 that the
 * checklists of 附件2/3 ask about: training and assessment of its director and officers,
 * the risk-control list, the job-duty documents, veto proposals and the hazards found by
 * the daily / weekly / monthly mechanism. `UnitSchema` holds them; the cross-field checks
 * that need the unit (a person of the unit) live there.
 */

/** 培训考核 — the unit's own training or assessment of its director or officer (附件2/3 2.5). */
export const TrainingSchema = z
  .object({
    /** 被培训考核人员 (a person of the unit) */
    personId: IdSchema.meta({ description: "被培训考核人员 — id of the person trained or assessed (a person of the unit)." }),
    /** 日期 */
    date: IsoDateSchema.meta({ description: "日期 — date of the training or assessment." }),
    /** 培训 / 考核 */
    kind: z.enum(TRAINING_KINDS).meta({ description: "类型 — training (培训) or assessment (考核)." }),
    /** 是否合格 (an assessment's result; absent for a training, or not recorded) */
    passed: z.boolean().optional().meta({ description: "是否合格 — an assessment's result; absent for a training." }),
    /** 学时 */
    hours: z.number().nonnegative().optional().meta({ description: "学时 — hours of training." }),
  })
  .meta({
    title: "Training",
    description: "培训考核 — the unit's own training or assessment of its director or officer (附件2/3 2.5); the regulator's spot checks are `assessments`.",
  });

/** 修订 — a revision of the risk-control list. */
export const RiskControlRevisionSchema = z
  .object({
    /** 修订日期 */
    date: IsoDateSchema.meta({ description: "修订日期 — date of the revision." }),
    /** 修订内容 */
    summary: z.string().optional().meta({ description: "修订内容 — what changed." }),
  })
  .meta({ title: "RiskControlRevision", description: "修订 — a revision of the risk-control list." });

/** 风险点 — one point of the risk-control list and how it is controlled. */
export const RiskControlPointSchema = z
  .object({
    /** 标识 */
    id: IdSchema,
    /** 风险点 */
    text: z.string().min(1).meta({ description: "风险点 — the risk point and its control, as listed." }),
    /** 类别 */
    kind: z.enum(RISK_CONTROL_POINT_KINDS).default("other").meta({
      description: "类别 — abnormal-price (进货价格明显低于市场正常价格等异常情况), untraceable (产品难以追溯到源头) or other.",
    }),
  })
  .meta({ title: "RiskControlPoint", description: "风险点 — a point of the risk-control list." });

/** 《工业产品质量安全风险管控清单》 — the unit's risk-control list (plan 二（四）; 附件2/3 1.4; 附件3 3.3). */
export const RiskControlListSchema = z
  .object({
    /** 制定日期 */
    adoptedOn: IsoDateSchema.meta({ description: "制定日期 — the day the list was adopted." }),
    /** 修订 */
    revisions: z.array(RiskControlRevisionSchema).default([]).meta({ description: "修订 — revisions, each not before adoptedOn." }),
    /** 风险点 */
    points: z.array(RiskControlPointSchema).default([]).meta({ description: "风险点 — the points listed (optional)." }),
  })
  .check((ctx) => {
    const { adoptedOn, revisions } = ctx.value;
    revisions.forEach((r, i) => {
      if (before(r.date, adoptedOn)) _addIssue(ctx, ["revisions", i, "date"], "revised_before_adopted", { received: r.date, earliest: adoptedOn });
    });
  })
  .meta({
    title: "RiskControlList",
    description: "《工业产品质量安全风险管控清单》 — risk-control list: adopted, revised. validate() also checks that no revision is dated before adoptedOn.",
  });

/** 岗位职责文件 — a job-duty document adopted by the unit (plan 二（三）; 附件2/3 1.1, 1.3). */
export const DutyDocumentSchema = z
  .object({
    /** 文件 */
    kind: z.enum(DUTY_DOCUMENT_KINDS).meta({
      description: "文件 — principal-duties 《主要负责人质量安全职责》, director-duties 《质量安全总监职责》 or officer-code 《质量安全员守则》.",
    }),
    /** 制定日期 */
    adoptedOn: IsoDateSchema.meta({ description: "制定日期 — the day it was adopted." }),
    /** 最近修订日期 */
    revisedOn: IsoDateSchema.optional().meta({ description: "最近修订日期 — the day it was last revised." }),
  })
  .meta({ title: "DutyDocument", description: "岗位职责文件 — 《主要负责人质量安全职责》《质量安全总监职责》《质量安全员守则》." });

/**
 * 否决建议 — a director's or officer's proposal to stop production (Order 75) or sale
 * (Order 76) of a product with a defect that endangers safety; the principal must analyse
 * it and act at once (Orders 75/76 Art. 4).
 */
export const VetoProposalSchema = z
  .object({
    /** 标识 */
    id: IdSchema,
    /** 提出日期 */
    date: IsoDateSchema.meta({ description: "提出日期 — the day the proposal was made." }),
    /** 提出人 (a person of the unit: its director or an officer) */
    byPersonId: IdSchema.meta({ description: "提出人 — id of the director or officer who made it (a person of the unit)." }),
    /** 建议：停止生产 / 停止销售 */
    action: z.enum(VETO_ACTIONS).meta({ description: "建议 — stop-production (停止生产) or stop-sale (停止销售)." }),
    /** 情况说明 */
    description: z.string().optional().meta({ description: "情况说明 — the defect and the proposal." }),
    /** 主要负责人研判处置日期 */
    decidedOn: IsoDateSchema.optional().meta({ description: "研判处置日期 — the day the principal analysed it and decided; not before date." }),
    /** 处置结果 */
    decision: z.string().optional().meta({ description: "处置结果 — what was decided." }),
  })
  .check((ctx) => {
    const { date, decidedOn } = ctx.value;
    if (decidedOn !== undefined && before(decidedOn, date)) _addIssue(ctx, ["decidedOn"], "decided_before_proposed", { received: decidedOn, earliest: date });
  })
  .meta({
    title: "VetoProposal",
    description: "否决建议 — a proposal to stop production or sale (Orders 75/76 Art. 4). validate() also checks that decidedOn is not before date and byPersonId names a person of the unit.",
  });

/** 风险隐患 — a hazard found by the daily / weekly / monthly mechanism, and its rectification (附件2/3 2.4). */
export const HazardSchema = z
  .object({
    /** 标识 */
    id: IdSchema,
    /** 发现日期 */
    date: IsoDateSchema.meta({ description: "发现日期 — date the hazard was found." }),
    /** 发现环节：日管控 / 周排查 / 月调度 */
    source: z.enum(MECHANISM_RECORD_KINDS).optional().meta({ description: "发现环节 — daily (日管控), weekly (周排查) or monthly (月调度)." }),
    /** 隐患描述 */
    description: z.string().optional().meta({ description: "隐患描述 — description." }),
    /** 整改完毕日期 */
    closedOn: IsoDateSchema.optional().meta({ description: "整改完毕日期 — date rectified; not before date." }),
  })
  .check((ctx) => {
    const { date, closedOn } = ctx.value;
    if (closedOn !== undefined && before(closedOn, date)) _addIssue(ctx, ["closedOn"], "closed_before_found", { received: closedOn, earliest: date });
  })
  .meta({ title: "Hazard", description: "风险隐患 — a hazard found by the mechanism and its rectification. validate() also checks that closedOn is not before date." });

/** A training or assessment of the unit's own, as parsed. */
export type Training = z.infer<typeof TrainingSchema>;
/** A revision of the risk-control list, as parsed. */
export type RiskControlRevision = z.infer<typeof RiskControlRevisionSchema>;
/** A point of the risk-control list, as parsed. */
export type RiskControlPoint = z.infer<typeof RiskControlPointSchema>;
/** The risk-control list, as parsed. */
export type RiskControlList = z.infer<typeof RiskControlListSchema>;
/** A job-duty document, as parsed. */
export type DutyDocument = z.infer<typeof DutyDocumentSchema>;
/** A veto proposal, as parsed. */
export type VetoProposal = z.infer<typeof VetoProposalSchema>;
/** A hazard found by the mechanism, as parsed. */
export type Hazard = z.infer<typeof HazardSchema>;

/** Whether date `a` is before date `b` (both valid; an invalid one is reported on its own). */
function before(a: string, b: string): boolean {
  return a < b && isIsoDate(a) && isIsoDate(b);
}
