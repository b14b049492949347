import { addDays, toDayNumber, type IsoDate } from "../../dates";
import { _dutiesOf } from "../../duties/internal";
import { _reason } from "../../duties/reason";
import type { Unit } from "../../entities";
import type { Policy } from "../../policy";
import type { ObligationOf } from "../types";
import { _obligation } from "./_make";

/**
 * Recall (`recall`; producers, per the policy's recall roles): each defect confirmed on or
 * before `asOf`, due `recall.days` after confirmation (0 by default: due immediately, a
 * reading), done on `recallStartedOn`. Decided by `recall.defect`.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function _recallObligations(unit: Unit, policy: Policy, asOf: IsoDate): ObligationOf<"recall">[] {
  const duties = _dutiesOf(policy);
  const roles: readonly string[] = policy.supervision.recall.roles;
  if (!(unit.roles ?? []).some((r) => roles.includes(r))) return [];
  const day = toDayNumber(asOf);
  const out: ObligationOf<"recall">[] = [];
  // Stryker disable next-line ArrayDeclaration: a parsed unit always has its defects list (UnitSchema default), and obligations() refuses an unparsed one
  for (const d of unit.defects ?? []) {
    if (toDayNumber(d.confirmedOn) > day) continue;
    const dueOn = addDays(d.confirmedOn, duties.recall.days);
    const reason = _reason(
      "recall.defect",
      duties.recall.citation,
      `缺陷${d.id}于${d.confirmedOn}确认，生产单位应按照国家有关规定召回（${dueOn}前启动）`,
      `Defect ${d.id} confirmed on ${d.confirmedOn}: the producer recalls under national rules (start by ${dueOn})`,
      [d.id],
    );
    out.push(_obligation("recall", "unit", dueOn, d.recallStartedOn, asOf, [reason], reason.rule, { defectId: d.id }));
  }
  return out;
}
