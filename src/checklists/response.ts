import { z } from "zod";
import { IsoDateSchema, UNIT_LAYERS } from "../entities";
import { _short } from "../entities/messages";
import { _addIssue, _checkUniqueIds } from "../entities/primitives";
import { checklistItems, checklistTemplates, isChecklistTemplateId } from "./checklist-templates";

/**
 * The answer to an item: `"yes"` (是 ✓), `"no"` (否 ✗) or `"na"` (不适用, not applicable).
 *
 * @see 宁市监质监〔2023〕146号 附件2/3 说明2
 */
export const ChecklistResultSchema = z.enum(["yes", "no", "na"]).meta({ description: "结果 — yes (是 ✓), no (否 ✗) or na (不适用)." });

/** An item's result: `"yes"`, `"no"` or `"na"`. @see 宁市监质监〔2023〕146号 附件2/3/4 */
export type ChecklistResult = z.infer<typeof ChecklistResultSchema>;

/**
 * 依据 — why a prefilled answer says what it says: the rule, the ids of the facts used,
 * the window looked at, and a plain-language detail.
 *
 * @see 宁市监质监〔2023〕146号 附件2/3
 */
export const ChecklistEvidenceSchema = z
  .object({
    /** 规则 — a stable rule id, e.g. `"prefill.staffing"`. */
    rule: z.string().min(1).meta({ description: "规则 — rule id, e.g. prefill.staffing." }),
    /** 所用事实 — ids of the people, records, assessments or certificates used. */
    facts: z.array(z.string()).meta({ description: "所用事实 — ids (or certificate numbers) of the facts used." }),
    /** 说明 — what was found, in Chinese. */
    detail: z.string().meta({ description: "说明 — what was found (Chinese)." }),
    /** 期间 — the dates looked at, both inclusive. */
    window: z
      .object({
        /** 起始日 — the first day looked at, inclusive. */
        start: IsoDateSchema,
        /** 截止日 — the last day looked at, inclusive. */
        end: IsoDateSchema,
      })
      .optional()
      .meta({ description: "期间 — the dates looked at, both ends inclusive." }),
    /** 依据条款 */
    citation: z
      .object({
        /** 文件 — the document, e.g. `"宁市监质监〔2023〕146号"`. */
        document: z.string(),
        /** 条款 — the clause, e.g. `"二（四）"`. */
        clause: z.string(),
        /** 原文 — the clause's words, quoted verbatim. */
        quote: z.string(),
      })
      .optional()
      .meta({ description: "依据条款 — document, clause and verbatim quote." }),
  })
  .meta({ title: "ChecklistEvidence", description: "依据 — the evidence of a prefilled answer." });

/** The evidence of a prefilled answer. @see 宁市监质监〔2023〕146号 附件2/3 */
export type ChecklistEvidence = z.infer<typeof ChecklistEvidenceSchema>;

/**
 * The answer to one item: 结果 / 是否落实 and 备注, plus 亮点成效 (`highlight`, Attachment 4)
 * and the evidence of a prefilled answer.
 *
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export const ChecklistAnswerSchema = z
  .object({
    /** 结果（附件2/3）/ 是否落实（附件4） */
    result: ChecklistResultSchema,
    /** 备注 — e.g. a reminder for the unit (说明2: 在备注栏标注须提醒信息). */
    remark: z.string().optional().meta({ description: "备注 — remark, e.g. a reminder (附件2/3 说明2)." }),
    /** 亮点成效 — highlights and results (附件4). */
    highlight: z.string().optional().meta({ description: "亮点成效 — highlights and results (附件4)." }),
    /** 依据 — set when the answer was prefilled from data. */
    evidence: ChecklistEvidenceSchema.optional(),
  })
  .meta({ title: "ChecklistAnswer", description: "The answer to one checklist item." });

/** The answer to one item. @see 宁市监质监〔2023〕146号 附件2/3/4 */
export type ChecklistAnswer = z.infer<typeof ChecklistAnswerSchema>;

/**
 * A sub-item of the free-form item (key risk points agreed with the unit), numbered
 * under it: `"6.1"`, `"6.2"` … for producers, `"5.1"` … for sellers.
 *
 * @see 宁市监质监〔2023〕146号 附件2 6、附件3 5
 */
export const ChecklistExtraItemSchema = z
  .object({
    /** 序号, e.g. `"6.1"` — the free-form item's number, a dot, a positive whole number. */
    id: z.string().min(1).meta({ description: "序号 — e.g. 6.1 (producers) or 5.1 (sellers)." }),
    /** 关键风险点或风险管控事项 */
    text: z.string().min(1).meta({ description: "关键风险点或风险管控事项 — the key risk point or control item." }),
    /** 结果 */
    result: ChecklistResultSchema,
    /** 备注 */
    remark: z.string().optional().meta({ description: "备注 — remark." }),
    /** 亮点成效 */
    highlight: z.string().optional().meta({ description: "亮点成效 — highlights (附件4 style)." }),
  })
  .meta({ title: "ChecklistExtraItem", description: "A key risk point agreed with the unit, a sub-item of the free-form item." });

/** A sub-item of the free-form item. @see 宁市监质监〔2023〕146号 附件2/3 */
export type ChecklistExtraItem = z.infer<typeof ChecklistExtraItemSchema>;

/**
 * 主体 — who the checklist is about: the unit (生产/销售单位名称, 层级分类, 责任部门,
 * 联系人及联系方式), or for Attachment 4 the lower-level regulator (督查对象).
 *
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export const ChecklistSubjectSchema = z
  .object({
    /** 生产单位名称 / 销售单位名称 / 督查对象 */
    name: z.string().min(1).meta({ description: "生产/销售单位名称，或督查对象 — name." }),
    /** 层级分类 A/B/C/D */
    layer: z.enum(UNIT_LAYERS).optional().meta({ description: "层级分类 — layer A/B/C/D." }),
    /** 责任部门 */
    department: z.string().optional().meta({ description: "责任部门 — responsible department." }),
    /** 联系人及联系方式 */
    contact: z.string().optional().meta({ description: "联系人及联系方式 — contact person and details." }),
    /** 主体标识 — the unit's id in the data (a prefilled checklist carries it; printed in the CSV's header rows). */
    unitId: z.string().min(1).optional().meta({ description: "主体标识 — the unit's id in the data (prefilled checklists carry it)." }),
    /** 统一社会信用代码 — the unit's USCC (a prefilled checklist carries it; printed in the CSV's header rows). */
    uscc: z.string().min(1).optional().meta({ description: "统一社会信用代码 — the unit's unified social credit code (prefilled checklists carry it)." }),
  })
  .meta({ title: "ChecklistSubject", description: "主体 — the unit or regulator the checklist is about." });

/** 主体 — the unit or regulator a checklist is about, as parsed. @see 宁市监质监〔2023〕146号 附件2/3/4 */
export type ChecklistSubject = z.infer<typeof ChecklistSubjectSchema>;

const ChecklistResponseObject = z.object({
  /** 模板 — `"producer-tasks"` (附件2), `"seller-tasks"` (附件3) or `"supervision"` (附件4). */
  templateId: z.string().min(1).meta({ description: "模板 — producer-tasks (附件2), seller-tasks (附件3) or supervision (附件4)." }),
  /** 模板版本 — must equal the template's `version`. */
  templateVersion: z.string().min(1).meta({ description: "模板版本 — the template version the answers were given against." }),
  /** 主体 */
  subject: ChecklistSubjectSchema,
  /** 督查主体（市场监管部门名称） — Attachment 4 only. */
  inspectingBody: z.string().optional().meta({ description: "督查主体 — the inspecting regulator (附件4)." }),
  /** 填表单位及填表人 */
  filledBy: z.string().optional().meta({ description: "填表单位及填表人 — who filled in the form." }),
  /** 填表日期 */
  filledOn: IsoDateSchema.meta({ description: "填表日期 — date filled in." }),
  /** 各项结果, keyed by item id as printed (`"1.1"`, `"6"`). */
  answers: z.record(z.string(), ChecklistAnswerSchema).meta({ description: "各项结果 — answers keyed by item id as printed (1.1, 6)." }),
  /** 关键风险点 — sub-items of the free-form item. */
  extraItems: z.array(ChecklistExtraItemSchema).optional().meta({ description: "关键风险点 — sub-items of the free-form item (6.1, 6.2 … / 5.1 …)." }),
});

/**
 * 清单填报 — a filled-in checklist (zod schema). The validation module registers it as
 * `validate("checklist-response", …)`.
 *
 * Besides the shape, it checks the response against its template and reports, as issues
 * with a Chinese and an English message (never silently dropping anything): an unknown
 * `templateId` (`unknown_template`); a `templateVersion` other than the template's
 * (`template_version_mismatch`); an answer for an item id the template does not have
 * (`unknown_item`); `extraItems` on a template without a free-form item
 * (`extra_items_not_allowed`), an extra item id not of the form `<free-form id>.<n>`
 * (`invalid_extra_item_id`), and repeated extra item ids (`duplicate_id`).
 *
 * @example
 * ```ts
 * ChecklistResponseSchema.safeParse({
 *   templateId: "producer-tasks", templateVersion: "1.0.0", subject: { name: "某公司" },
 *   filledOn: "2025-03-05", answers: { "1.1": { result: "yes" }, "9.9": { result: "no" } },
 * }).success; // false: "9.9" is not an item of 附件2
 * ```
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export const ChecklistResponseSchema = ChecklistResponseObject.check((ctx) => {
  const r = ctx.value;
  if (!isChecklistTemplateId(r.templateId)) {
    const known = Object.keys(checklistTemplates);
    _addIssue(ctx, ["templateId"], "unknown_template", { received: _short(r.templateId), values: known });
    return;
  }
  const template = checklistTemplates[r.templateId];
  if (r.templateVersion !== template.version) {
    _addIssue(ctx, ["templateVersion"], "template_version_mismatch", { received: _short(r.templateVersion), expected: template.version, templateId: template.id });
  }
  const items = checklistItems(template);
  const itemIds = new Set(items.map((i) => i.id));
  for (const id of Object.keys(r.answers)) {
    if (!itemIds.has(id)) {
      _addIssue(ctx, ["answers", id], "unknown_item", { received: _short(id), templateId: template.id });
    }
  }
  const extra = r.extraItems;
  if (extra === undefined || extra.length === 0) return;
  const freeForm = items.filter((i) => i.freeForm === true).map((i) => i.id);
  if (freeForm.length === 0) {
    _addIssue(ctx, ["extraItems"], "extra_items_not_allowed", { templateId: template.id });
    return;
  }
  extra.forEach((e, i) => {
    if (!_isExtraItemId(e.id, freeForm) || itemIds.has(e.id)) {
      _addIssue(ctx, ["extraItems", i, "id"], "invalid_extra_item_id", { received: _short(e.id), values: freeForm, templateId: template.id });
    }
  });
  _checkUniqueIds(ctx, extra, "extraItems");
}).meta({
  title: "ChecklistResponse",
  description:
    "清单填报 — a filled-in checklist of 宁市监质监〔2023〕146号 附件2/3/4. JSON Schema cannot express: templateId names a known template, templateVersion equals its version, answers name its items, extraItems ids are <free-form id>.<n> and unique; validate() checks them.",
});

/** A filled-in checklist, as parsed. @see 宁市监质监〔2023〕146号 附件2/3/4 */
export type ChecklistResponse = z.infer<typeof ChecklistResponseSchema>;

/** A filled-in checklist as accepted on input. @see 宁市监质监〔2023〕146号 附件2/3/4 */
export type ChecklistResponseInput = z.input<typeof ChecklistResponseSchema>;

/** Whether `id` is `<one of freeFormIds>.<positive integer without leading zero>`. @internal */
export function _isExtraItemId(id: string, freeFormIds: readonly string[]): boolean {
  const dot = id.lastIndexOf(".");
  if (dot <= 0) return false;
  return freeFormIds.includes(id.slice(0, dot)) && /^[1-9]\d{0,3}$/.test(id.slice(dot + 1));
}
