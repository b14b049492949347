import type { ChecklistTemplate } from "../types";
import { _deepFreeze, _planSource, _unitHeader, _unitNotes, _UNIT_COLUMNS } from "./_common";

/** Licence or CCC holders only (the subject of section 3, 检查生产许可和强制性产品认证情况). */
const LICENCE_OR_CCC = { anyOf: ["licence", "ccc"] } as const;
/** Food-contact products only (“（食品相关产品）” in the printed text). */
const FOOD_CONTACT = { allOf: ["foodContact"] } as const;

/**
 * 市场监管部门监管任务清单（模板）（生产单位类） — the regulator's task list for a producer,
 * Attachment 2 of the Nanjing plan, as frozen data.
 *
 * Item texts are as printed: broken lines joined, the PDF extraction's spaces around Latin
 * letters and numbers dropped (“未经 CCC 认证” → “未经CCC认证”), and its stray space in the
 * section 6 title (“与生产单位明确 的关键风险点”) removed.
 *
 * Which items apply to which unit (`appliesWhen`, our reading — the attachment prints no
 * conditions besides “（食品相关产品）”):
 * - 1.6 and 4.1: the words about 生产全过程控制（食品相关产品） apply to food-contact
 *   producers only (`parts`); the rest of each item applies to every producer.
 * - 3.1 (certificate contents, facilities), 3.4 (entrusted processing under the licence /
 *   CCC rules) and 3.5 (the licence holder's annual self-inspection) apply to licence or
 *   CCC holders.
 * - 3.2 applies to every producer: it asks whether the unit makes licensed or CCC products
 *   without (or beyond) a certificate, which a unit with no certificate on record can do.
 * - 3.3 applies to every producer: it concerns inputs bought in under licence or CCC, and
 *   the unit data does not record purchases; the inspector answers 不适用 where none are.
 * - 6 is the free-form item: the key risk points agreed with the unit go in `extraItems`.
 *
 * @example
 * ```ts
 * producerTasksTemplate.sections[0].items[1]; // { id: "1.2", text: "配备质量安全总监和质量安全员。" }
 * ```
 * @see 宁市监质监〔2023〕146号 附件2
 */
export const producerTasksTemplate: ChecklistTemplate = _deepFreeze({
  id: "producer-tasks",
  version: "1.0.0",
  title: "市场监管部门监管任务清单（模板）（生产单位类）",
  source: _planSource("附件2"),
  subjectKind: "producer",
  remarkField: "remark",
  header: _unitHeader("生产单位名称"),
  columns: _UNIT_COLUMNS,
  sections: [
    {
      id: "1",
      title: "建立安全管理体系",
      items: [
        { id: "1.1", text: "建立产品质量安全管理制度。" },
        { id: "1.2", text: "配备质量安全总监和质量安全员。" },
        { id: "1.3", text: "制定《质量安全总监职责》《质量安全员守则》。" },
        { id: "1.4", text: "制定《工业产品质量安全风险管控清单》。" },
        { id: "1.5", text: "建立日管控、周排查、月调度工作制度。" },
        {
          id: "1.6",
          text: "建立健全原材料检查验收制度、产品出厂检验制度、生产全过程控制体系（食品相关产品）制度。",
          parts: [{ text: "生产全过程控制体系（食品相关产品）制度", appliesWhen: FOOD_CONTACT }],
        },
      ],
    },
    {
      id: "2",
      title: "抓好常态化监管",
      items: [
        { id: "2.1", text: "检查《每日工业产品质量安全检查记录》。" },
        { id: "2.2", text: "检查《每周工业产品质量安全排查治理报告》。" },
        { id: "2.3", text: "检查《每月工业产品质量安全调度会议纪要》。" },
        { id: "2.4", text: "检查在日管控、周排查、月调度中发现的质量安全风险隐患整改情况。" },
        { id: "2.5", text: "检查质量安全总监和质量安全员培训考核情况。" },
      ],
    },
    {
      id: "3",
      title: "检查生产许可和强制性产品认证情况",
      items: [
        {
          id: "3.1",
          text: "检查生产许可、强制性产品认证证书标注的内容是否与实际一致；是否具备满足生产检验所需的工作场所和设施。",
          appliesWhen: LICENCE_OR_CCC,
        },
        { id: "3.2", text: "检查是否存在超出生产许可范围生产、未经CCC认证出厂销售的行为。" },
        { id: "3.3", text: "对原材料、零部件等进货产品属于生产许可或CCC认证范围的，检查是否查验相应证书及其有效性。" },
        { id: "3.4", text: "检查有无委托加工行为；是否符合委托加工有关规定，发生重大变化，是否按规定办理手续。", appliesWhen: LICENCE_OR_CCC },
        { id: "3.5", text: "是否按要求开展并公示年度自查；年度自查报告内容是否与实际情况相符。", appliesWhen: LICENCE_OR_CCC },
      ],
    },
    {
      id: "4",
      title: "检查生产单位义务履行情况",
      items: [
        {
          id: "4.1",
          text: "抽查进货查验、生产全过程控制（食品相关产品）、入库验收、出厂检验等信息记录情况。",
          parts: [{ text: "生产全过程控制（食品相关产品）", appliesWhen: FOOD_CONTACT }],
        },
        { id: "4.2", text: "抽查包装或说明书上标明执行标准情况。" },
        { id: "4.3", text: "抽查产品包装标识。" },
      ],
    },
    {
      id: "5",
      title: "检查生产单位配合质量安全监管情况",
      items: [
        { id: "5.1", text: "检查配合市场监管部门组织开展的产品质量安全监管工作情况。" },
        { id: "5.2", text: "检查产品质量安全问题整改落实情况。" },
      ],
    },
    {
      id: "6",
      title: "与生产单位明确的关键风险点和风险管控事项",
      items: [
        {
          id: "6",
          text: "结合生产单位自身特点，由生产单位列出影响质量安全的关键风险点，或由属地市场监管部门明确的质量安全风险管控事项。",
          freeForm: true,
        },
      ],
    },
  ],
  notesLabel: "说明",
  notes: _unitNotes(),
} satisfies ChecklistTemplate);
