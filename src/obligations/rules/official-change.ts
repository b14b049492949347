import { _addWorkingDaysOrGap } from "../../calendar/coverage-gap";
import type { WorkCalendar } from "../../calendar";
import { toDayNumber, type IsoDate } from "../../dates";
import type { Unit } from "../../entities";
import type { Policy } from "../../policy";
import type { SupervisionReason } from "../../supervision";
import type { ObligationOf } from "../types";
import { _obligation, _unknownObligation } from "./_make";

const RULE = "official.change-record";

/**
 * Official change (`official-change`, the regulator's): every assignment after the first
 * whose `from` is on or before `asOf`, due `updateWithinWorkingDays` (5) working days after
 * its `from` ({@link responsibleOfficialUpdateDue}: a change on 2026-04-30 is due
 * 2026-05-11), done on `recordedOn`. When the count needs a year whose holiday notice the
 * calendar does not hold (a change on 2022-06-01, or on 2026-12-28 with only 2026 known),
 * the obligation is `unknown` with a `calendar-coverage` reason. Decided by
 * `official.change-record`.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function _officialChangeObligations(unit: Unit, policy: Policy, asOf: IsoDate, calendar: WorkCalendar): ObligationOf<"official-change">[] {
  const day = toDayNumber(asOf);
  const r = policy.supervision.responsibleOfficial;
  const n = r.updateWithinWorkingDays;
  const out: ObligationOf<"official-change">[] = [];
  // Stryker disable next-line ArrayDeclaration: a parsed unit always has its assignments list (UnitSchema default), and obligations() refuses an unparsed one
  (unit.assignments ?? []).forEach((a, index) => {
    if (index === 0 || toDayNumber(a.from) > day) return;
    const subject = { official: a.official, assignmentIndex: index, changedOn: a.from };
    const facts = [`/assignments/${index}`];
    const due = _addWorkingDaysOrGap(calendar, a.from, n);
    if (!due.ok) {
      const rule = {
        rule: RULE,
        citation: r.updateCitation,
        facts,
        message: `监管责任人于${a.from}变更为${a.official}，应在${n}个工作日内更新`,
        messageEn: `The responsible official changed to ${a.official} on ${a.from}: to be recorded within ${n} working days`,
      };
      out.push(_unknownObligation("official-change", "regulator", due.gap, rule, a.recordedOn, asOf, [], subject));
      return;
    }
    const dueOn = due.value;
    const reason: SupervisionReason = {
      rule: RULE,
      fired: true,
      facts,
      window: { start: a.from, end: dueOn },
      citation: r.updateCitation,
      message: `监管责任人于${a.from}变更为${a.official}，应在${n}个工作日内（${dueOn}前）更新`,
      messageEn: `The responsible official changed to ${a.official} on ${a.from}: to be recorded within ${n} working days (by ${dueOn})`,
    };
    out.push(_obligation("official-change", "regulator", dueOn, a.recordedOn, asOf, [reason], RULE, subject));
  });
  return out;
}
