import { toDayNumber, type DayNumber, type IsoDate } from "../dates";
import { labels, type Unit } from "../entities";
import type { Citation, DutiesParameters } from "../policy";
import type { ScopeDecision } from "./scope";

/** When a unit's daily / weekly / monthly records are first owed. @internal */
export interface _MechanismStart {
  /** The first day owed: the earliest start of the unit's roles and categories, never before the orders took effect. */
  day: DayNumber;
  /** The same day, `YYYY-MM-DD`. */
  date: IsoDate;
  /** Whether the policy's phasing (not the orders' effective date) sets the day. */
  phased: boolean;
  /** The citation of the day: the phasing's, or the effective date's. */
  citation: Citation;
  /** The role and category that set the day, e.g. `生产单位·实施工业产品生产许可管理的产品`. */
  by?: { zh: string; en: string };
}

/**
 * The first day a unit in scope owes its mechanism records: the earliest of the policy's
 * `mechanism.start` dates over the unit's roles and its scope categories, but never before
 * the orders took effect (`effectiveFrom`). @internal
 */
export function _mechanismStart(unit: Unit, duties: DutiesParameters, scope: ScopeDecision): _MechanismStart {
  const effective = toDayNumber(duties.effectiveFrom.date);
  const start = duties.mechanism.start;
  let best: { day: DayNumber; date: IsoDate; by: { zh: string; en: string } } | undefined;
  // Stryker disable next-line ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has its roles
  for (const role of unit.roles ?? []) {
    for (const category of scope.categories) {
      const date = start[role][category];
      const day = toDayNumber(date);
      if (best === undefined || day < best.day) {
        best = {
          day,
          date,
          by: { zh: `${labels.unitRole[role].zh}·${labels.productCategory[category].zh}`, en: `${labels.unitRole[role].en}, ${labels.productCategory[category].en}` },
        };
      }
    }
  }
  // Stryker disable next-line ConditionalExpression: a unit in scope has a role (UnitSchema: at least one) and a category, so best is always set here
  if (best === undefined || best.day <= effective) {
    return { day: effective, date: duties.effectiveFrom.date, phased: false, citation: duties.effectiveFrom.citation };
  }
  return { day: best.day, date: best.date, phased: true, citation: start.citation, by: best.by };
}
