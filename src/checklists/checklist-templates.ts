import { ChecklistTemplateNotFoundError } from "./errors";
import { producerTasksTemplate } from "./templates/producer-tasks";
import { sellerTasksTemplate } from "./templates/seller-tasks";
import { supervisionTemplate } from "./templates/supervision";
import { CHECKLIST_TEMPLATE_IDS, type ChecklistItem, type ChecklistTemplate, type ChecklistTemplateId } from "./types";

/**
 * The built-in checklist templates keyed by id (frozen): `producer-tasks` (附件2),
 * `seller-tasks` (附件3) and `supervision` (附件4).
 *
 * @example
 * ```ts
 * checklistTemplates["seller-tasks"].title; // "市场监管部门监管任务清单（模板）（销售单位类）"
 * ```
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export const checklistTemplates: Readonly<Record<ChecklistTemplateId, ChecklistTemplate>> = Object.freeze({
  "producer-tasks": producerTasksTemplate,
  "seller-tasks": sellerTasksTemplate,
  supervision: supervisionTemplate,
});

/**
 * Whether `id` names a built-in template.
 *
 * @param id - Any value.
 * @returns `true` for `"producer-tasks"`, `"seller-tasks"` and `"supervision"`.
 * @example
 * ```ts
 * isChecklistTemplateId("supervision"); // true
 * ```
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export function isChecklistTemplateId(id: unknown): id is ChecklistTemplateId {
  // Stryker disable next-line ConditionalExpression: includes() uses SameValueZero, so a value that is not a string is never among the ids either way
  return typeof id === "string" && (CHECKLIST_TEMPLATE_IDS as readonly string[]).includes(id);
}

/**
 * The built-in template with this id.
 *
 * An unknown id throws (rather than returning `undefined`) so that a typo in a CLI
 * argument or a stored response is reported with the ids that do exist; test with
 * {@link isChecklistTemplateId} first to avoid the throw.
 *
 * @param id - `"producer-tasks"`, `"seller-tasks"` or `"supervision"`.
 * @returns The frozen template.
 * @throws {@link ChecklistTemplateNotFoundError} for any other id.
 * @example
 * ```ts
 * getChecklistTemplate("producer-tasks").source.clause; // "附件2"
 * ```
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export function getChecklistTemplate(id: string): ChecklistTemplate {
  if (!isChecklistTemplateId(id)) throw new ChecklistTemplateNotFoundError(id, CHECKLIST_TEMPLATE_IDS);
  return checklistTemplates[id];
}

/**
 * Every item of a template, in printed order.
 *
 * @param template - A checklist template.
 * @returns The items of all sections, flattened.
 * @example
 * ```ts
 * checklistItems(checklistTemplates["producer-tasks"]).length; // 22
 * ```
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export function checklistItems(template: ChecklistTemplate): ChecklistItem[] {
  return template.sections.flatMap((s) => s.items);
}
