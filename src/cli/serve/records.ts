/**
 * The units of a JSON request body — one unit, an array of units, or a data set
 * `{ asOf?, units }` — checked by the library's own schemas, with every issue located by a
 * JSON pointer into the body.
 */
import { isIsoDate, validate, type Unit, type ValidationIssue } from "../../index";
import { isDatasetLike, recordId } from "../records";
import { ServeError } from "./errors";

/** A unit of the body with where it sits. */
export interface BodyUnit {
  /** The parsed unit. */
  unit: Unit;
  /** Its JSON pointer in the body: `/units/3`, `/3`, or `""` for a body that is one unit. */
  pointer: string;
}

/** One record of a body, valid or not (for the report, which lists invalid records). */
export type BodyRecord = { ok: true; unit: Unit; pointer: string; id?: string } | { ok: false; pointer: string; id?: string; issues: ValidationIssue[] };

/** What the as-of date of a request is and where it came from. */
export interface ResolvedAsOf {
  /** The date. */
  asOf: string;
  /** `option` (the `asOf` query parameter), `dataset` (the body's `asOf`) or `today` (in Asia/Shanghai). */
  asOfFrom: "option" | "dataset" | "today";
}

/** Moves `/units/…` paths of a data-set check to where the units sit in an array body. */
function fromDatasetPaths(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.map((i) => (i.path.startsWith("/units") ? { ...i, path: i.path.slice("/units".length) } : i));
}

/**
 * The as-of date: the query's (already checked), else the body's data set's `asOf`
 * (checked by the library's data-set schema), else today.
 *
 * @param query - The `asOf` query parameter, checked.
 * @param datasetAsOf - The body's `asOf`, unchecked (`undefined` when absent).
 * @param today - Today in Asia/Shanghai.
 * @returns The date and its source.
 * @throws {ServeError} 422 when the body's `asOf` is not a date (the library's issue at `/asOf`).
 */
export function resolveAsOf(query: string | undefined, datasetAsOf: unknown, today: () => string): ResolvedAsOf {
  if (query !== undefined) return { asOf: query, asOfFrom: "option" };
  if (datasetAsOf === undefined) return { asOf: today(), asOfFrom: "today" };
  if (isIsoDate(datasetAsOf)) return { asOf: datasetAsOf, asOfFrom: "dataset" };
  const checked = validate("dataset", { asOf: datasetAsOf, units: [] });
  throw ServeError.invalid(checked.ok ? [] : checked.issues);
}

/**
 * The units of a JSON body, all valid, or a 422 with every issue: a data set is checked as
 * a data set (so repeated ids are found too), an array as the units of one, an object as a unit.
 *
 * @param body - The parsed body.
 * @param asOfQuery - The `asOf` query parameter, already checked.
 * @param today - Today in Asia/Shanghai.
 * @returns The units with their pointers, and the as-of date.
 * @throws {ServeError} 422 with the library's located issues.
 */
export function unitsOfBody(body: unknown, asOfQuery: string | undefined, today: () => string): { units: BodyUnit[] } & ResolvedAsOf {
  if (isDatasetLike(body)) {
    const checked = validate("dataset", body);
    if (!checked.ok) throw ServeError.invalid(checked.issues);
    return { units: checked.value.units.map((unit, i) => ({ unit, pointer: `/units/${i}` })), ...resolveAsOf(asOfQuery, body.asOf, today) };
  }
  if (Array.isArray(body)) {
    const checked = validate("dataset", { units: body });
    if (!checked.ok) throw ServeError.invalid(fromDatasetPaths(checked.issues));
    return { units: checked.value.units.map((unit, i) => ({ unit, pointer: `/${i}` })), ...resolveAsOf(asOfQuery, undefined, today) };
  }
  const checked = validate("unit", body);
  if (!checked.ok) throw ServeError.invalid(checked.issues);
  return { units: [{ unit: checked.value, pointer: "" }], ...resolveAsOf(asOfQuery, undefined, today) };
}

/**
 * The records of a JSON body one by one, each checked as a unit: for the report, which
 * lists invalid records instead of refusing the request.
 *
 * @param body - The parsed body.
 * @returns The records, and the body's data-set `asOf` (unchecked) when it is a data set.
 */
export function recordsOfBody(body: unknown): { records: BodyRecord[]; datasetAsOf?: unknown } {
  const items: { value: unknown; pointer: string }[] = isDatasetLike(body)
    ? Array.isArray(body.units)
      ? body.units.map((value: unknown, i: number) => ({ value, pointer: `/units/${i}` }))
      : []
    : Array.isArray(body)
      ? body.map((value: unknown, i: number) => ({ value, pointer: `/${i}` }))
      : [{ value: body, pointer: "" }];
  if (isDatasetLike(body) && !Array.isArray(body.units)) {
    const checked = validate("dataset", body);
    throw ServeError.invalid(checked.ok ? [] : checked.issues);
  }
  const records = items.map(({ value, pointer }): BodyRecord => {
    const id = recordId(value);
    const checked = validate("unit", value);
    if (checked.ok) return { ok: true, unit: checked.value, pointer, ...(id !== undefined ? { id } : {}) };
    return { ok: false, pointer, issues: checked.issues, ...(id !== undefined ? { id } : {}) };
  });
  return isDatasetLike(body) ? { records, datasetAsOf: body.asOf } : { records };
}
