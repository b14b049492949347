import type { CalendarCoverageGap } from "../../calendar";
import type { DateRange, IsoDate } from "../../dates";
import type { DutyReason } from "../../duties";
import type { Citation } from "../../policy";
import type { ObligationKind, ObligationParty } from "../kinds";
import { toDayNumber, type DayNumber } from "../../dates";
import { _statusOn } from "../obligation-status";
import type { CalendarCoverageReason, ObligationOf, ObligationReason, ObligationSubjects } from "../types";

/** What one rule needs to know about the day asked. @internal */
export interface _RuleContext {
  asOf: IsoDate;
}

/**
 * An obligation due on `dueOn`, done on `doneOn` (if at all), judged as of `asOf`, decided
 * by the reason whose rule is `decidedBy`. `department` and `policy` are filled in once for
 * the whole agenda by `obligations`. @internal
 */
export function _obligation<K extends ObligationKind>(
  kind: K,
  owedBy: ObligationParty,
  dueOn: IsoDate,
  doneOn: IsoDate | undefined,
  asOf: IsoDate,
  reasons: ObligationReason[],
  decidedBy: string,
  subject: ObligationSubjects[K],
  dueDay: DayNumber = toDayNumber(dueOn),
): ObligationOf<K> {
  // obligationStatus, with the as-of day read once for the whole agenda (and the due day when the rule has it).
  const status = _statusOn(dueDay, doneOn === undefined ? undefined : toDayNumber(doneOn), _dayOf(asOf));
  // Stryker disable next-line StringLiteral: placeholders; obligations() sets every entry's department and policy
  const o: ObligationOf<K> = { kind, owedBy, dueOn, status, reasons, decidedBy, subject, department: "", policy: { id: "", version: "" } };
  if (doneOn !== undefined && (status === "met" || status === "late")) o.doneOn = doneOn;
  return o;
}

/**
 * An obligation whose due date needs a calendar year not yet published: status `unknown`,
 * `dueOn: null`, and a `calendar-coverage` reason under the rule `rule` (which decides it).
 * A `doneOn` on or before `asOf` is kept: it is known to be done, not whether in time. @internal
 */
export function _unknownObligation<K extends ObligationKind>(
  kind: K,
  owedBy: ObligationParty,
  gap: CalendarCoverageGap,
  rule: { rule: string; citation: Citation; message: string; messageEn: string; facts?: readonly string[]; window?: DateRange },
  doneOn: IsoDate | undefined,
  asOf: IsoDate,
  reasons: ObligationReason[],
  subject: ObligationSubjects[K],
): ObligationOf<K> {
  const reason: CalendarCoverageReason = {
    ...gap,
    rule: rule.rule,
    facts: rule.facts ?? [],
    citation: rule.citation,
    message: `${rule.message}：${gap.message}，无法计算期限`,
    messageEn: `${rule.messageEn}: ${gap.messageEn}, so the deadline cannot be computed`,
  };
  if (rule.window !== undefined) reason.window = rule.window;
  const o: ObligationOf<K> = { kind, owedBy, dueOn: null, status: "unknown", reasons: [...reasons, reason], decidedBy: rule.rule, subject, department: "", policy: { id: "", version: "" } };
  if (doneOn !== undefined && doneOn <= asOf) o.doneOn = doneOn;
  return o;
}

/** Whether a reason is a {@link CalendarCoverageReason}. @internal */
export function _isCoverageReason(r: ObligationReason | DutyReason): r is CalendarCoverageReason {
  return (r as Partial<CalendarCoverageReason>).code === "calendar-coverage";
}

let _lastAsOf: { asOf: IsoDate; day: DayNumber } | undefined;

/** `toDayNumber(asOf)`, kept for the last as-of day asked (every obligation of an agenda shares it). */
function _dayOf(asOf: IsoDate): DayNumber {
  if (_lastAsOf === undefined || _lastAsOf.asOf !== asOf) _lastAsOf = { asOf, day: toDayNumber(asOf) };
  return _lastAsOf.day;
}
