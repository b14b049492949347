/**
 * The shapes of a checklist template (Attachments 2, 3 and 4 of the Nanjing plan) as
 * plain, frozen data.
 *
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */

/** The ids of the built-in templates: 附件2 `producer-tasks`, 附件3 `seller-tasks`, 附件4 `supervision`. @see 宁市监质监〔2023〕146号 附件2/3/4 */
export const CHECKLIST_TEMPLATE_IDS = ["producer-tasks", "seller-tasks", "supervision"] as const;

/**
 * A built-in template id.
 *
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export type ChecklistTemplateId = (typeof CHECKLIST_TEMPLATE_IDS)[number];

/**
 * A fact about a unit that {@link AppliesWhen} can test, each read from the unit data:
 *
 * - `licence` — the unit holds at least one production licence (生产许可证) on record;
 * - `ccc` — the unit holds at least one CCC certificate on record;
 * - `foodContact` — it makes or sells food-contact products (食品相关产品);
 * - `gasAppliance` — 灶管阀 (gas stoves, hoses, valves, regulators);
 * - `mandatoryStandard` — products with mandatory national standards (强制性国家标准);
 * - `producer` / `seller` — the unit's roles.
 *
 * @see 宁市监质监〔2023〕146号 附件2/3
 */
export type UnitFact = "licence" | "ccc" | "foodContact" | "gasAppliance" | "mandatoryStandard" | "producer" | "seller";

/** Every {@link UnitFact}, in a fixed order. @see 宁市监质监〔2023〕146号 附件2/3 */
export const UNIT_FACTS = ["licence", "ccc", "foodContact", "gasAppliance", "mandatoryStandard", "producer", "seller"] as const satisfies readonly UnitFact[];

/**
 * When an item (or part of an item) applies to a unit: a small declarative condition.
 * `anyOf` holds when at least one listed fact is true, `allOf` when all are; when both
 * are given, both must hold. `{ allOf: ["foodContact"] }` reads "food-contact products
 * only"; `{ anyOf: ["licence", "ccc"] }` reads "licence or CCC holders only".
 *
 * A condition only narrows an item when the data can prove the item does not apply;
 * where the data cannot tell (for example whether a unit buys licensed inputs), the item
 * has no condition and the inspector answers 不适用 (`"na"`) by hand.
 *
 * @see 宁市监质监〔2023〕146号 附件2/3
 */
export interface AppliesWhen {
  /** At least one of these facts holds. */
  readonly anyOf?: readonly UnitFact[];
  /** Every one of these facts holds. */
  readonly allOf?: readonly UnitFact[];
}

/**
 * A part of an item's text that applies only to some units, e.g. “生产全过程控制体系（食品相关
 * 产品）制度” in producer item 1.6. `text` is a verbatim substring of the item's text.
 *
 * @see 宁市监质监〔2023〕146号 附件2
 */
export interface ChecklistItemPart {
  /** The words of the item this condition covers (a substring of the item text). */
  readonly text: string;
  /** When this part applies. */
  readonly appliesWhen: AppliesWhen;
}

/**
 * 具体任务 — one row of a checklist.
 *
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export interface ChecklistItem {
  /** The number as printed, e.g. `"1.1"`; the free-form item has its section's number (`"6"` / `"5"`). */
  readonly id: string;
  /** The text as printed in the plan (extraction artefacts removed). */
  readonly text: string;
  /** When the whole item applies; absent = every unit the template is for. */
  readonly appliesWhen?: AppliesWhen;
  /** Parts of the text that apply only to some units (the item itself still applies). */
  readonly parts?: readonly ChecklistItemPart[];
  /**
   * `true` for the free-form item (与…单位明确的关键风险点和风险管控事项): a response lists
   * any number of sub-items for it in `extraItems`, numbered `"6.1"`, `"6.2"`, ….
   */
  readonly freeForm?: boolean;
}

/**
 * 重点工作 / 督查事项 — one section (a merged cell of the printed table) and its items.
 *
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export interface ChecklistSection {
  /** 序号 as printed, e.g. `"1"`. */
  readonly id: string;
  /** The section title as printed, broken lines joined. */
  readonly title: string;
  /** The items, in printed order. */
  readonly items: readonly ChecklistItem[];
}

/**
 * Which response field a header field of the printed form shows.
 * `subjectName` / `layer` / `department` / `contact` are `subject.*`; `inspectingBody`
 * is the 督查主体 of Attachment 4.
 *
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export type ChecklistHeaderKey = "filledBy" | "filledOn" | "layer" | "subjectName" | "department" | "contact" | "inspectingBody";

/**
 * A header field printed above the table (填表单位及填表人, 填表日期, 层级分类, …).
 *
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export interface ChecklistHeaderField {
  /** The response field it shows. */
  readonly key: ChecklistHeaderKey;
  /** The label as printed, e.g. `"填表单位及填表人（盖章或签名）"`. */
  readonly label: string;
  /** What the blank form prints in the field, e.g. `"（A、B、C、D）级主体"` or `"年 月 日"`. */
  readonly placeholder?: string;
}

/**
 * The printed column headings of the table.
 *
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export interface ChecklistColumns {
  /** 序号 */
  readonly number: string;
  /** 重点工作 (附件2/3) or 督查事项 (附件4) */
  readonly topic: string;
  /** 具体任务 */
  readonly task: string;
  /** 结果 (附件2/3) or 是否落实 (附件4) — answered ✓ / ✗ / 不适用. */
  readonly result: string;
  /** 备注 (附件2/3) or 亮点成效 (附件4). */
  readonly remark: string;
}

/**
 * A note printed under the table (说明).
 *
 * @see 宁市监质监〔2023〕146号 附件2/3
 */
export interface ChecklistNote {
  /** Its number as printed, e.g. `"1"`. */
  readonly id: string;
  /** The text as printed. */
  readonly text: string;
}

/**
 * Where a template comes from.
 *
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export interface ChecklistSource {
  /** 文号 — `"宁市监质监〔2023〕146号"`. */
  readonly document: string;
  /** The attachment, e.g. `"附件2"`. */
  readonly clause: string;
  /** The title of the plan the attachment belongs to. */
  readonly documentTitle: string;
  /** The date the plan was signed. */
  readonly issuedOn: string;
}

/**
 * A checklist template: the printed form of Attachment 2, 3 or 4 as data.
 *
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export interface ChecklistTemplate {
  /** `"producer-tasks"`, `"seller-tasks"` or `"supervision"`. */
  readonly id: ChecklistTemplateId;
  /**
   * The version of this encoding of the template. A response names it; a correction of
   * the text or of the item list gives a new version.
   */
  readonly version: string;
  /** The title as printed, e.g. `"市场监管部门监管任务清单（模板）（生产单位类）"`. */
  readonly title: string;
  /** Where it comes from. */
  readonly source: ChecklistSource;
  /**
   * Who the checklist is about: `"producer"` / `"seller"` units (附件2/3), or a lower-level
   * market regulator (`"regulator"`, 附件4).
   */
  readonly subjectKind: "producer" | "seller" | "regulator";
  /** Which answer field fills the last column: `"remark"` (备注) or `"highlight"` (亮点成效). */
  readonly remarkField: "remark" | "highlight";
  /** The header fields, in printed order. */
  readonly header: readonly ChecklistHeaderField[];
  /** A heading printed between the header and the table (附件4: `"督查内容"`). */
  readonly contentHeading?: string;
  /** The column headings. */
  readonly columns: ChecklistColumns;
  /** The sections, in printed order. */
  readonly sections: readonly ChecklistSection[];
  /** The label of the notes (`"说明"`); absent when the attachment prints none. */
  readonly notesLabel?: string;
  /** The notes printed under the table (说明 1 and 2), in order; empty for 附件4. */
  readonly notes: readonly ChecklistNote[];
}
