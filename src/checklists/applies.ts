import type { Unit } from "../entities";
import type { AppliesWhen, ChecklistItem, ChecklistItemPart, UnitFact } from "./types";

/** The unit fields a condition reads (a parsed {@link Unit} has them all). @see 宁市监质监〔2023〕146号 附件2/3 */
export type ChecklistUnitFacts = Pick<Unit, "roles" | "products">;

/**
 * Whether a unit fact holds, read from the unit data.
 *
 * @param fact - The fact, e.g. `"licence"`.
 * @param unit - The unit (roles and products).
 * @returns `true` when the data shows the fact (`false` for a fact the library does not know).
 * @example
 * ```ts
 * unitFactHolds("ccc", unit); // true when unit.products.cccCertificates is not empty
 * ```
 * @see 宁市监质监〔2023〕146号 附件2/3
 */
export function unitFactHolds(fact: UnitFact, unit: ChecklistUnitFacts): boolean {
  const p = unit.products;
  switch (fact) {
    case "licence":
      return (p?.licences?.length ?? 0) > 0;
    case "ccc":
      return (p?.cccCertificates?.length ?? 0) > 0;
    case "foodContact":
      return p?.foodContact === true;
    case "gasAppliance":
      return p?.gasAppliance === true;
    case "mandatoryStandard":
      return p?.mandatoryStandard === true;
    case "producer":
    case "seller":
      return unit.roles.includes(fact);
    default:
      // A fact the library does not know (e.g. a typo in a hand-made template from JavaScript): the data cannot show it.
      fact satisfies never;
      return false;
  }
}

/**
 * Whether an {@link AppliesWhen} condition holds for a unit. An absent condition holds;
 * `anyOf` needs one listed fact, `allOf` all of them (both, when both are given).
 *
 * @param condition - The condition, or `undefined`.
 * @param unit - The unit (roles and products).
 * @returns `true` when the condition holds.
 * @example
 * ```ts
 * conditionHolds({ anyOf: ["licence", "ccc"] }, unit);
 * ```
 * @see 宁市监质监〔2023〕146号 附件2/3
 */
export function conditionHolds(condition: AppliesWhen | undefined, unit: ChecklistUnitFacts): boolean {
  if (condition === undefined) return true;
  if (condition.anyOf !== undefined && !condition.anyOf.some((f) => unitFactHolds(f, unit))) return false;
  if (condition.allOf !== undefined && !condition.allOf.every((f) => unitFactHolds(f, unit))) return false;
  return true;
}

/**
 * Whether a checklist item applies to a unit, by its `appliesWhen` (absent = applies).
 *
 * @param item - A checklist item.
 * @param unit - The unit (roles and products).
 * @returns `true` when the item applies; `false` means the answer is 不适用 (`"na"`).
 * @example
 * ```ts
 * const item = getChecklistTemplate("producer-tasks").sections[2].items[0]; // 3.1
 * itemApplies(item, { roles: ["producer"], products: { licences: [], cccCertificates: [], mandatoryStandard: true, gasAppliance: false, foodContact: false } }); // false
 * ```
 * @see 宁市监质监〔2023〕146号 附件2/3
 */
export function itemApplies(item: ChecklistItem, unit: ChecklistUnitFacts): boolean {
  return conditionHolds(item.appliesWhen, unit);
}

/**
 * The parts of an item's text that do not apply to a unit, e.g. the food-contact part
 * of producer item 1.6 for a unit without food-contact products.
 *
 * @param item - A checklist item.
 * @param unit - The unit (roles and products).
 * @returns The parts whose condition fails (empty when all apply or the item has none).
 * @example
 * ```ts
 * inapplicableParts(item16, unit).map((p) => p.text); // ["生产全过程控制体系（食品相关产品）制度"]
 * ```
 * @see 宁市监质监〔2023〕146号 附件2
 */
export function inapplicableParts(item: ChecklistItem, unit: ChecklistUnitFacts): ChecklistItemPart[] {
  // Stryker disable next-line ArrayDeclaration: a filler element has no appliesWhen, so its condition holds and it is filtered out — the result is [] either way
  return (item.parts ?? []).filter((p) => !conditionHolds(p.appliesWhen, unit));
}
