import { toDayNumber, type DayNumber } from "../dates";
import type { Person, Unit } from "../entities";
import { nanjing2023, type DutiesParameters, type Policy } from "../policy";
import { _assertPolicy } from "../policy/assert-policy";

/**
 * The duties parameters of `policy` (default `nanjing2023`), after checking it is a valid
 * policy (once for a frozen one), so a malformed policy is a `PolicyError`, never a silently
 * wrong answer. @internal
 */
export function _dutiesOf(policy: Policy | undefined): DutiesParameters {
  return _assertPolicy(policy ?? nanjing2023).duties;
}

/** Whether `person` is in post on day `day`: from ≤ day ≤ to (no `to`: still in post). @internal */
export function _inPost(person: Person, day: DayNumber): boolean {
  return toDayNumber(person.from) <= day && (person.to === undefined || toDayNumber(person.to) >= day);
}

/** The unit's people, tolerating an unparsed unit without the list. @internal */
export function _people(unit: Unit): readonly Person[] {
  // Stryker disable next-line ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has its people list
  return unit.people ?? [];
}

/** Whether the unit has the producer role. @internal */
export function _isProducer(unit: Unit): boolean {
  // Stryker disable next-line ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has its roles
  return (unit.roles ?? []).includes("producer");
}
