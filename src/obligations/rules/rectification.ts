import { addPeriod, fromDayNumber, toDayNumber, type DayNumber, type IsoDate } from "../../dates";
import { _dutiesOf } from "../../duties/internal";
import { _reason } from "../../duties/reason";
import { labels, type Unit } from "../../entities";
import type { Policy } from "../../policy";
import type { ObligationOf, RectificationSubject } from "../types";
import { _obligation } from "./_make";

/**
 * Rectification (`rectification`): each failed assessment dated on or before `asOf`, due
 * `rectification.days` after it (30 by default, a reading; Civil Code counting), done on
 * the first later passed assessment of the same person, or on the person's last day in
 * post if earlier. Decided by `rectification.failed-assessment`.
 *
 * Cost: O(a log a) in the assessments (each person's passes sorted once, then a binary
 * search per failure), not a scan of all assessments per failure.
 *
 * @see 宁市监质监〔2023〕146号 二（三）
 */
export function _rectificationObligations(unit: Unit, policy: Policy, asOf: IsoDate): ObligationOf<"rectification">[] {
  const duties = _dutiesOf(policy);
  const day = toDayNumber(asOf);
  // Stryker disable next-line ArrayDeclaration: a parsed unit always has its assessments list (UnitSchema default), and obligations() refuses an unparsed one
  const assessments = unit.assessments ?? [];
  if (assessments.length === 0) return [];
  const people = new Map((unit.people ?? []).map((p) => [p.id, p]));
  // Each person's passed assessments on or before asOf, sorted by day.
  const passes = new Map<string, DayNumber[]>();
  for (const a of assessments) {
    if (!a.passed) continue;
    const d = toDayNumber(a.date);
    if (d > day) continue;
    const list = passes.get(a.personId);
    if (list === undefined) passes.set(a.personId, [d]);
    else list.push(d);
  }
  for (const list of passes.values()) list.sort((x, y) => x - y);

  const out: ObligationOf<"rectification">[] = [];
  assessments.forEach((a, index) => {
    const d = toDayNumber(a.date);
    if (a.passed || d > day) return;
    const dueOn = addPeriod(a.date, { days: duties.rectification.days });
    let done = _firstAfter(passes.get(a.personId), d);
    let how: "pass" | "left" = "pass";
    const person = people.get(a.personId);
    // Stryker disable next-line OptionalChaining: UnitSchema refuses an assessment whose personId names no person of the unit
    if (person?.to !== undefined) {
      const left = Math.max(toDayNumber(person.to), d);
      if (left <= day && (done === undefined || left < done)) {
        done = left;
        // Stryker disable next-line StringLiteral: how is only ever compared with "pass"
        how = "left";
      }
    }
    const doneOn = done === undefined ? undefined : fromDayNumber(done);
    // Stryker disable next-line StringLiteral: UnitSchema refuses an assessment whose personId names no person of the unit, so "人员" is never used
    const roleZh = person === undefined ? "人员" : labels.personRole[person.role].zh;
    const reason = _reason(
      "rectification.failed-assessment",
      duties.rectification.citation,
      `${roleZh}${a.personId}于${a.date}监督抽查考核不合格，应于${dueOn}前整改${doneOn === undefined ? "" : how === "pass" ? `；${doneOn}复考合格` : `；${doneOn}离任`}`,
      // Stryker disable next-line OptionalChaining: UnitSchema refuses an assessment whose personId names no person of the unit
      `${person?.role ?? "person"} ${a.personId} failed the assessment of ${a.date}; to be rectified by ${dueOn}${doneOn === undefined ? "" : how === "pass" ? `; passed again on ${doneOn}` : `; left the post on ${doneOn}`}`,
      [a.personId, `/assessments/${index}`],
    );
    const subject: RectificationSubject = { personId: a.personId, assessmentIndex: index };
    if (person !== undefined) subject.role = person.role;
    out.push(_obligation("rectification", "unit", dueOn, doneOn, asOf, [reason], reason.rule, subject));
  });
  return out;
}

/** The first value in the sorted list strictly greater than `d`. */
function _firstAfter(sorted: readonly DayNumber[] | undefined, d: DayNumber): DayNumber | undefined {
  if (sorted === undefined) return undefined;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= d) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}
