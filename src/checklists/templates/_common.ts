import type { ChecklistColumns, ChecklistHeaderField, ChecklistNote, ChecklistSource } from "../types";

/** 文号 of the Nanjing plan. @internal */
export const _PLAN_DOCUMENT = "宁市监质监〔2023〕146号";

/** The source of one attachment of the plan. @internal */
export function _planSource(clause: string): ChecklistSource {
  return { document: _PLAN_DOCUMENT, clause, documentTitle: "南京市推动落实工业产品质量安全主体责任实施方案", issuedOn: "2023-11-10" };
}

/** The header fields of Attachments 2 and 3; only the unit-name label differs. @internal */
export function _unitHeader(subjectLabel: string): ChecklistHeaderField[] {
  return [
    { key: "filledBy", label: "填表单位及填表人（盖章或签名）" },
    { key: "filledOn", label: "填表日期", placeholder: "年 月 日" },
    { key: "layer", label: "层级分类", placeholder: "（A、B、C、D）级主体" },
    { key: "subjectName", label: subjectLabel },
    { key: "department", label: "责任部门" },
    { key: "contact", label: "联系人及联系方式" },
  ];
}

/** The columns of Attachments 2 and 3. @internal */
export const _UNIT_COLUMNS: ChecklistColumns = { number: "序号", topic: "重点工作", task: "具体任务", result: "结果", remark: "备注" };

/**
 * 说明 1 and 2, printed under the tables of Attachments 2 and 3 (the same words in both;
 * the extraction's spaces around “√” and “×” dropped, its ASCII brackets kept).
 * @internal
 */
export function _unitNotes(): ChecklistNote[] {
  return [
    { id: "1", text: "监管任务清单包括但不限于以上内容，根据填报需要调整表格大小" },
    { id: "2", text: "在结果栏目中，填写是(√)或否(×),或在备注栏标注须提醒信息" },
  ];
}

export { _deepFreeze } from "../../_lib/deep-freeze";
