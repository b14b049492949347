import type { ChecklistTemplate } from "../types";
import { _deepFreeze, _planSource, _unitHeader, _unitNotes, _UNIT_COLUMNS } from "./_common";

/**
 * 市场监管部门监管任务清单（模板）（销售单位类） — the regulator's task list for a seller,
 * Attachment 3 of the Nanjing plan, as frozen data.
 *
 * Item texts are as printed: broken lines joined, the PDF extraction's spaces around Latin
 * letters and numbers dropped (“或 CCC 认证” → “或CCC认证”), and its stray space in the
 * section 5 title (“关键风险 点”) removed.
 *
 * @remarks
 * The section 5 title reads “与销售位明确的关键风险点和风险管控事项”: “销售位” (for 销售单位)
 * is the plan's own typo, kept verbatim as printed.
 *
 * No item carries `appliesWhen`: 3.3 (price or traceability anomalies) and 3.4 (purchased
 * products under licence or CCC) depend on what the seller buys, which the unit data does
 * not record, so the inspector answers 不适用 where they do not arise. Item 5 is the
 * free-form item: the key risk points agreed with the unit go in `extraItems`.
 *
 * @example
 * ```ts
 * sellerTasksTemplate.sections[4].items[0].id; // "5"
 * ```
 * @see 宁市监质监〔2023〕146号 附件3
 */
export const sellerTasksTemplate: ChecklistTemplate = _deepFreeze({
  id: "seller-tasks",
  version: "1.0.0",
  title: "市场监管部门监管任务清单（模板）（销售单位类）",
  source: _planSource("附件3"),
  subjectKind: "seller",
  remarkField: "remark",
  header: _unitHeader("销售单位名称"),
  columns: _UNIT_COLUMNS,
  sections: [
    {
      id: "1",
      title: "指导督促建立安全管理体系",
      items: [
        { id: "1.1", text: "建立产品质量安全管理制度。" },
        { id: "1.2", text: "配备质量安全总监和质量安全员。" },
        { id: "1.3", text: "制定《质量安全总监职责》《质量安全员守则》。" },
        { id: "1.4", text: "制定《工业产品质量安全风险管控清单》。" },
        { id: "1.5", text: "建立日管控、周排查、月调度工作制度。" },
        { id: "1.6", text: "建立健全进货检查验收制度。" },
      ],
    },
    {
      id: "2",
      title: "抓好常态化监督检查",
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
      title: "检查销售单位义务履行情况",
      items: [
        { id: "3.1", text: "抽查进货查验、入库验收等信息记录情况。" },
        { id: "3.2", text: "抽查产品包装标识。" },
        { id: "3.3", text: "对进货价格明显低于市场正常价格等异常情况或产品难以追溯到源头的，是否列入风险清单并主动排查和报告属地监管部门。" },
        { id: "3.4", text: "进货产品属于生产许可或CCC认证范围的，是否查验证书，是否存在应获生产许可或CCC认证，实际未获证的情况。" },
      ],
    },
    {
      id: "4",
      title: "检查销售单位配合质量安全监管情况",
      items: [
        { id: "4.1", text: "检查配合市场监管部门组织开展的产品质量安全监管工作情况。" },
        { id: "4.2", text: "检查产品质量安全问题整改落实情况。" },
      ],
    },
    {
      id: "5",
      title: "与销售位明确的关键风险点和风险管控事项",
      items: [
        {
          id: "5",
          text: "结合销售单位自身特点，由销售单位列出影响质量安全的关键风险点，或由属地市场监管部门明确的质量安全风险管控事项。如，得知销售产品可能是假冒伪劣，是否主动停止销售或及时报告属地监管部门。",
          freeForm: true,
        },
      ],
    },
  ],
  notesLabel: "说明",
  notes: _unitNotes(),
} satisfies ChecklistTemplate);
