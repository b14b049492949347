import type { ChecklistTemplate } from "../types";
import { _deepFreeze, _planSource } from "./_common";

/**
 * 市场监管部门督查清单（模板） — a market regulator's supervision checklist for a lower-level
 * regulator, Attachment 4 of the Nanjing plan, as frozen data.
 *
 * Its subject is a regulator, not a unit: no item carries `appliesWhen`, and there is no
 * free-form item. The answer columns are 是否落实 (✓ / ✗ / 不适用) and 亮点成效 (an answer's
 * `highlight`). The attachment prints no notes.
 *
 * @example
 * ```ts
 * supervisionTemplate.columns.remark; // "亮点成效"
 * ```
 * @see 宁市监质监〔2023〕146号 附件4
 */
export const supervisionTemplate: ChecklistTemplate = _deepFreeze({
  id: "supervision",
  version: "1.0.0",
  title: "市场监管部门督查清单（模板）",
  source: _planSource("附件4"),
  subjectKind: "regulator",
  remarkField: "highlight",
  header: [
    { key: "inspectingBody", label: "督查主体", placeholder: "（市场监管部门名称）" },
    { key: "subjectName", label: "督查对象", placeholder: "（下级市场监管部门名称）" },
  ],
  contentHeading: "督查内容",
  columns: { number: "序号", topic: "督查事项", task: "具体任务", result: "是否落实", remark: "亮点成效" },
  sections: [
    {
      id: "1",
      title: "法律法规政策文件贯彻落实情况",
      items: [
        { id: "1.1", text: "组织开展法律法规政策文件宣贯落实。" },
        { id: "1.2", text: "加强组织保障，组建工作专班有效运转。" },
      ],
    },
    {
      id: "2",
      title: "工业产品质量安全主体责任信息平台建设情况",
      items: [
        { id: "2.1", text: "建设和使用工业产品质量安全主体责任信息平台。" },
        { id: "2.2", text: "对工业产品质量安全主体责任信息平台进行动态更新。" },
        { id: "2.3", text: "将工业产品质量安全主体责任信息平台信息逐级按要求进行归集和汇总。" },
      ],
    },
    {
      id: "3",
      title: "分层分级责任清单建立及执行情况",
      items: [
        { id: "3.1", text: "建立本层级对应主体清单。" },
        { id: "3.2", text: "按清单落实相应监督检查任务。" },
      ],
    },
    {
      id: "4",
      title: "监督检查任务清单建立及落实情况",
      items: [
        { id: "4.1", text: "建立监督检查任务清单，组织监管任务落实。" },
        { id: "4.2", text: "监督检查任务清单全面、完整、准确，建立关键风险点和重点风险管控子项。" },
        { id: "4.3", text: "组织对本辖区的质量安全总监、质量安全员随机进行监督抽查考核并公布结果。" },
      ],
    },
    {
      id: "5",
      title: "督查清单建立及督查情况",
      items: [
        { id: "5.1", text: "建立督查清单，按要求组织开展调研督查。" },
        { id: "5.2", text: "将督查工作数据信息归集到监管督查信息平台。" },
      ],
    },
    {
      id: "6",
      title: "生产销售单位产品质量安全管理制度建立及运行情况",
      items: [
        { id: "6.1", text: "督促指导生产销售单位建立健全产品质量安全管理制度。" },
        { id: "6.2", text: "抽查企业产品质量安全管理制度建立及质量安全总监、质量安全员配备情况。" },
      ],
    },
    {
      id: "7",
      title: "监管督查信息平台落实情况",
      items: [
        { id: "7.1", text: "按要求将数据信息归集到监管督查信息平台。" },
        { id: "7.2", text: "完成监管督查信息平台工作任务。" },
        { id: "7.3", text: "制定督查计划，对下级市场监管部门开展督查。" },
      ],
    },
  ],
  notes: [],
} satisfies ChecklistTemplate);
