import type { IsoDate } from "../../dates";
import { dataEntryDeadlineWithReasons } from "../../duties";
import type { Unit } from "../../entities";
import type { Policy } from "../../policy";
import type { ObligationOf } from "../types";
import { _obligation } from "./_make";

/**
 * Data entry (`data-entry`): due {@link dataEntryDeadline}, done on
 * `platformEntry.enteredOn`. Owed by the regulator for priority units of 二（五）
 * ("属地市场监管部门核实一批录入一批"), by the unit otherwise. Decided by the reason of
 * the earliest deadline class that applies (`data-entry.<class>`).
 *
 * @see 宁市监质监〔2023〕146号 一、二（五）
 */
export function _dataEntryObligation(unit: Unit, policy: Policy, asOf: IsoDate): ObligationOf<"data-entry"> {
  const d = dataEntryDeadlineWithReasons(unit, { policy });
  // The candidates' reasons come earliest deadline first: the first decides.
  // Stryker disable next-line LogicalOperator,OptionalChaining,StringLiteral: dataEntryDeadlineWithReasons always returns the general class at least, and its first reason's rule is data-entry.<class>
  const decidedBy = d.reasons[0]?.rule ?? `data-entry.${d.class}`;
  return _obligation("data-entry", d.class === "priority" ? "regulator" : "unit", d.dueOn, unit.platformEntry?.enteredOn, asOf, d.reasons, decidedBy, { class: d.class });
}
