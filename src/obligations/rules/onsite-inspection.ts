import { halfYearOf, toDayNumber, type IsoDate } from "../../dates";
import type { Unit } from "../../entities";
import type { Policy } from "../../policy";
import { onsiteInspectionStatus } from "../../supervision";
import { _compiledPolicy } from "../../supervision/compile-policy";
import { _pastHalfYears } from "../../supervision/inspection-compliance";
import type { ObligationOf, ObligationPeriod } from "../types";
import { _obligation } from "./_make";

/**
 * On-site inspection (`onsite-inspection`, the regulator's; key and special units): the
 * current half-year from {@link onsiteInspectionStatus}, and, in calendar-half mode, every
 * past half-year since the orders took effect in which the unit was key or special on any
 * day ({@link pastInspectionObligations}), so a half-year never inspected stays `overdue`.
 * Due on the period's last day, done on the day the minimum was reached. Decided by
 * `onsite.inspections`. Half-years need no working days: always computed.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function _onsiteObligations(unit: Unit, policy: Policy, asOf: IsoDate): ObligationOf<"onsite-inspection">[] {
  const out = _pastHalfYears(unit, asOf, undefined, _compiledPolicy(policy)).map((p) =>
    _obligation("onsite-inspection", "regulator", p.dueOn, p.doneOn, asOf, p.reasons, "onsite.inspections", { period: { ...p.period } }),
  );
  const s = onsiteInspectionStatus(unit, { asOf, policy });
  if (!s.required) return out;
  let doneOn: IsoDate | undefined;
  if (s.satisfied) {
    const day = toDayNumber(asOf);
    // Stryker disable next-line OptionalChaining,ArrayDeclaration: onsiteInspectionStatus always gives the onsite.inspections reason, with its facts
    const ids = new Set(s.reasons.find((r) => r.rule === "onsite.inspections")?.facts ?? []);
    // Stryker disable next-line ArrayDeclaration: a parsed unit always has its inspections list (UnitSchema default), and obligations() refuses an unparsed one
    const dates = (unit.inspections ?? []).filter((i) => ids.has(i.id) && toDayNumber(i.date) <= day).map((i) => i.date).sort();
    doneOn = dates[Math.max(0, s.minimum - 1)];
  }
  const id = policy.supervision.onsiteInspection.halfYear === "calendar" ? halfYearOf(s.period.start).id : undefined;
  const period: ObligationPeriod = id === undefined ? { ...s.period } : { id, ...s.period };
  out.push(_obligation("onsite-inspection", "regulator", s.dueOn, doneOn, asOf, s.reasons, "onsite.inspections", { period }));
  return out;
}
