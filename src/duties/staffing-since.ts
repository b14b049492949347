import { toDayNumber, type DayNumber, type IsoDate } from "../dates";
import type { CccCertificate, Licence, Unit } from "../entities";
import type { DutiesParameters } from "../policy";
import type { ScopeDecision } from "./scope";
import type { StaffedRole } from "./staffing-findings";
import type { StaffingRequirements } from "./staffing-requirements";

/** When a staffing requirement began, as far as the data tells. @internal */
export interface _StaffingSince {
  /** The first day the post was required: the later of the orders' effective date and `basisDay`. */
  day: DayNumber;
  /**
   * `"certificate"`: the unit came under the requirement on the issue date of `certificate`
   * (after the effective date); `"effective"`: it was under it before the orders took
   * effect; `"unknown"`: the data does not tell (a certificate without `issuedOn`, or a
   * mandatory-standard / size reason), so the effective date is kept.
   */
  basis: "certificate" | "effective" | "unknown";
  /** The licence or certificate whose issue began the requirement (basis `"certificate"`). */
  certificate?: string;
}

/**
 * The first day a post required on `asOf` was required: the later of the orders' effective
 * date and the start of the unbroken run of licences / CCC certificates (issue to expiry —
 * or, under the default `product-regime` basis of scope, issue onwards, an expiry not ending
 * the regime — back-to-back or overlapping ones merged) that brings the requirement on `asOf`. Only the
 * categories behind the requirement count: for the officer, the unit's scope categories on `asOf`
 * (`scope`); for the director, the director reasons. A run under way by the effective date gives the effective date; otherwise a
 * mandatory-standard (or size) reason, or a certificate in the run without `issuedOn`,
 * leaves the start unknown: the effective date. @internal
 */
export function _staffingSince(
  unit: Unit,
  role: StaffedRole,
  requirements: StaffingRequirements,
  scope: ScopeDecision,
  duties: DutiesParameters,
  asOf: IsoDate,
): _StaffingSince {
  const effective = toDayNumber(duties.effectiveFrom.date);
  const rules = new Set(requirements[role].reasons.map((r) => r.rule));
  const categories =
    role === "officer"
      ? { licence: scope.categories.includes("licence"), ccc: scope.categories.includes("ccc"), other: scope.categories.includes("mandatory-standard") }
      : {
          licence: rules.has("staffing.director.licence"),
          ccc: rules.has("staffing.director.ccc"),
          other: rules.has("staffing.director.mandatory-standard") || rules.has("staffing.director.size-unknown"),
        };
  const day = toDayNumber(asOf);
  const certs: (Licence | CccCertificate)[] = [
    // Stryker disable next-line OptionalChaining,ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has products and its licences list
    ...(categories.licence ? (unit.products?.licences ?? []) : []),
    // Stryker disable next-line OptionalChaining,ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has products and its cccCertificates list
    ...(categories.ccc ? (unit.products?.cccCertificates ?? []) : []),
  ];
  const spans = certs
    .map((c) => ({
      number: c.number,
      start: c.issuedOn === undefined ? -Infinity : toDayNumber(c.issuedOn),
      // Under the product-regime basis an expiry does not end the requirement (scope.basis).
      end: c.expiresOn === undefined || duties.scope.basis === "product-regime" ? Infinity : toDayNumber(c.expiresOn),
    }))
    .filter((s) => s.start <= day)
    .sort((a, b) => a.start - b.start);
  let run: { start: number; end: number; number: string } | undefined;
  for (const s of spans) {
    if (run !== undefined && s.start <= run.end + 1) {
      run.end = Math.max(run.end, s.end);
    } else {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: unreachable as true: a span not joining the run starts after run.end + 1, and spans start on or before day
      if (run !== undefined && run.end >= day) break;
      run = { ...s };
    }
  }
  const known = run !== undefined && run.end >= day && run.start !== -Infinity ? run : undefined;
  // A run under way by the effective date settles it, whatever the other reasons.
  if (known !== undefined && known.start <= effective) return { day: effective, basis: "effective" };
  // A mandatory-standard or size reason, or a certificate without an issue date: unknown.
  if (known === undefined || categories.other) return { day: effective, basis: "unknown" };
  return { day: known.start, basis: "certificate", certificate: known.number };
}
