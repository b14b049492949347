import { _hasIsoDateShape } from "../../_lib/iso-date";
import { labels } from "../../entities";
import { _extraItemsOf } from "../evaluate";
import type { ChecklistAnswer, ChecklistExtraItem, ChecklistResult } from "../response";
import type { ChecklistHeaderKey, ChecklistTemplate } from "../types";

/**
 * The part of a response {@link renderChecklist} reads: a parsed {@link ChecklistResponse}
 * fits, and so does a partial one (every field optional but the template id and version).
 *
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export interface RenderableChecklistResponse {
  /** 模板 — must equal the rendered template's `id` (else {@link ChecklistMismatchError}). */
  templateId: string;
  /** 模板版本 — the version the answers were given against (the printed version is the template's). */
  templateVersion: string;
  /** 主体 — the header fields about the unit or regulator; an absent field prints blank. */
  subject?:
    | {
        /** 生产单位名称 / 销售单位名称 / 督查对象 */
        name?: string | undefined;
        /** 层级分类 — `"A"`–`"D"`, printed as its label (A级主体 …). */
        layer?: string | undefined;
        /** 责任部门 */
        department?: string | undefined;
        /** 联系人及联系方式 */
        contact?: string | undefined;
        /** 主体标识 — the unit's id in the data (printed in the CSV's header rows). */
        unitId?: string | undefined;
        /** 统一社会信用代码 — the unit's USCC (printed in the CSV's header rows). */
        uscc?: string | undefined;
      }
    | undefined;
  /** 督查主体（市场监管部门名称） — Attachment 4 only. */
  inspectingBody?: string | undefined;
  /** 填表单位及填表人 */
  filledBy?: string | undefined;
  /** 填表日期 — `YYYY-MM-DD`, printed as `2025年3月5日`. */
  filledOn?: string | undefined;
  /** 各项结果, keyed by item id as printed (`"1.1"`, `"6"`); an item without one prints blank. */
  answers?: Readonly<Record<string, ChecklistAnswer>> | undefined;
  /** 关键风险点 — sub-items printed under the free-form item (`6.1`, `6.2` … / `5.1` …). */
  extraItems?: readonly ChecklistExtraItem[] | undefined;
}

/**
 * The marks shown in the result column (结果 / 是否落实).
 *
 * @see 宁市监质监〔2023〕146号 附件2/3 说明2
 */
export interface ChecklistMarks {
  /** 是 — default `"✓"`. */
  yes: string;
  /** 否 — default `"✗"`. */
  no: string;
  /** 不适用 — default `"不适用"`. */
  na: string;
}

/** ✓ / ✗ / 不适用. The plan's 说明2 prints √ and ×; pass `marks` to use those. @internal */
export const _DEFAULT_MARKS: ChecklistMarks = Object.freeze({ yes: "✓", no: "✗", na: "不适用" });

/** One printed row of the table. @internal */
export interface _Row {
  /** The section's 序号 and 重点工作, and how many rows the section spans (set on its first row only). */
  section: { id: string; title: string; rowSpan: number } | undefined;
  /** The section id, on every row. */
  sectionId: string;
  sectionTitle: string;
  /** 编号: `"1.1"`, `"6"`, `"6.1"`. */
  itemId: string;
  /** The task text alone. */
  text: string;
  /** The task cell as printed: `"1.1 建立…"`; the free-form item's text without its number. */
  taskLabel: string;
  /** The answer's result, if any. */
  result: ChecklistResult | undefined;
  /** The last column (备注 or 亮点成效), the other note folded in. */
  remark: string;
  /** Whether the answer was prefilled from data (it has evidence). */
  prefilled: boolean;
  /** Whether the row is an extra sub-item (its text is user input). */
  extra: boolean;
}

/** The rows of the table, in printed order, with extra sub-items under their free-form item. @internal */
export function _rows(template: ChecklistTemplate, response: RenderableChecklistResponse | undefined): _Row[] {
  const rows: _Row[] = [];
  const answers = response?.answers ?? {};
  const extras = response?.extraItems ?? [];
  for (const section of template.sections) {
    const sectionRows: _Row[] = [];
    for (const item of section.items) {
      const answer = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
      sectionRows.push({
        section: undefined,
        sectionId: section.id,
        sectionTitle: section.title,
        itemId: item.id,
        text: item.text,
        taskLabel: item.id === section.id ? item.text : `${item.id} ${item.text}`,
        result: answer?.result,
        remark: answer ? _lastColumn(template, answer) : "",
        prefilled: answer?.evidence !== undefined,
        extra: false,
      });
      if (item.freeForm === true) {
        for (const e of _extraItemsOf(item.id, extras)) {
          sectionRows.push({
            section: undefined,
            sectionId: section.id,
            sectionTitle: section.title,
            itemId: e.id,
            text: e.text,
            taskLabel: `${e.id} ${e.text}`,
            result: e.result,
            remark: _lastColumn(template, e),
            prefilled: false,
            extra: true,
          });
        }
      }
    }
    const first = sectionRows[0];
    if (first) first.section = { id: section.id, title: section.title, rowSpan: sectionRows.length };
    rows.push(...sectionRows);
  }
  return rows;
}

/** 备注 (附件2/3) or 亮点成效 (附件4), with the other one folded in so nothing is lost. @internal */
export function _lastColumn(template: ChecklistTemplate, a: { remark?: string | undefined; highlight?: string | undefined }): string {
  const remark = a.remark ?? "";
  const highlight = a.highlight ?? "";
  if (template.remarkField === "highlight") return [highlight, remark && `备注：${remark}`].filter((s) => s !== "").join("；");
  return [remark, highlight && `亮点成效：${highlight}`].filter((s) => s !== "").join("；");
}

/** The value of a header field, or `undefined` when the response has none. @internal */
export function _headerValue(key: ChecklistHeaderKey, response: RenderableChecklistResponse | undefined): string | undefined {
  if (!response) return undefined;
  switch (key) {
    case "filledBy":
      return response.filledBy;
    case "filledOn":
      // Stryker disable next-line ConditionalExpression: _chineseDate gives back what is not a YYYY-MM-DD date as it is, so undefined stays undefined either way
      return response.filledOn === undefined ? undefined : _chineseDate(response.filledOn);
    case "layer": {
      const layer = response.subject?.layer;
      if (layer === undefined) return undefined;
      return Object.hasOwn(labels.unitLayer, layer) ? labels.unitLayer[layer as keyof typeof labels.unitLayer].zh : `${layer}级主体`;
    }
    case "subjectName":
      return response.subject?.name;
    case "department":
      return response.subject?.department;
    case "contact":
      return response.subject?.contact;
    case "inspectingBody":
      return response.inspectingBody;
    // Stryker disable next-line ConditionalExpression: emptying the default case falls out of the switch, which returns undefined too
    default:
      // A key the library does not know (e.g. a typo in a hand-made template from JavaScript): no value, the placeholder prints.
      key satisfies never;
      return undefined;
  }
}

/** `"2025-03-05"` → `"2025年3月5日"` (the form prints 年 月 日). @internal */
export function _chineseDate(date: string): string {
  return _hasIsoDateShape(date) ? `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8))}日` : date;
}

/** The mark for a result, or `""`. @internal */
export function _mark(result: ChecklistResult | undefined, marks: ChecklistMarks): string {
  return result === undefined ? "" : marks[result];
}

/** The legend printed when some answers were prefilled from data. @internal */
export const _PREFILL_LEGEND = "※ 依据主体数据预填，须检查人员核实。";
