import { _padYear } from "../_lib/pad";
import { InvalidDateError, toDayNumber, type IsoDate } from "../dates";
import type { Unit } from "../entities";
import type { Policy } from "../policy";
import { _classify } from "./classify-unit";
import { _compiledPolicy } from "./compile-policy";
import { _tierHistory } from "./tier-history";
import type { AnnualListDuplicate, AnnualListEntry, AnnualListMode, AnnualListPair, AnnualLists, SupervisedPeriod } from "./types";
import { _assertParsedUnit } from "../entities/unit-shape";
import { _short, _validationIssue } from "../entities/messages";
import { _checkAsOfRange, type AS_OF_RANGE } from "../dates/as-of";

/**
 * Options of {@link buildAnnualLists}.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface BuildAnnualListsOptions {
  /** 年度 — the list's year. */
  year: number;
  /** The day to classify as of, within `year` (default: 31 December of `year`). */
  asOf?: IsoDate;
  /** The policy (default `nanjing2023`). */
  policy?: Policy;
  /**
   * `"as-of"` (default): the units key or special as of `asOf`. `"any-time"`: every unit key
   * or special on any day from 1 January of `year` through `asOf`, with the dates
   * (`periods`), from {@link tierHistory}.
   */
  mode?: AnnualListMode;
}

/**
 * Builds the year's annual lists (年度名单) of units under key and special supervision,
 * separately for producers and sellers.
 *
 * Each unit is classified with {@link classifyUnit} as of `asOf` (default: the year's last
 * day). A unit with both roles appears on both the producer and the seller lists. Each
 * list is sorted by unit id (UTF-16 code-unit order, not locale order, so the result is the
 * same everywhere). A unit whose id an earlier unit of `units` has is left out and listed
 * in `duplicates` (`duplicate_id`, naming both places): first wins, as everywhere.
 *
 * With `mode: "any-time"`, the lists hold every unit that was key or special on any day
 * from 1 January through `asOf` ({@link tierHistory} over that range): each entry's
 * `periods` lists its key and special stretches `{ level, from, to }` clipped to the
 * range, and the entry goes on the list of the highest level it reached in that time
 * (special if it was ever special, else key), once per role — `level` is that level and
 * `reasons` are those of its latest stretch at that level. A unit key from January and
 * special from May is on the special list with both stretches in `periods`.
 *
 * @param units - Parsed units.
 * @param options - `year`, optionally `asOf` (within the year), `policy` and `mode`.
 * @returns `{ year, asOf, mode, policy, producers: { key, special }, sellers: { key, special } }`.
 * @throws {@link InvalidDateError} when `year` is not a whole year 1–9999, or `asOf` is not
 *   a date within `year`.
 * @throws {@link PolicyError} when the policy is invalid.
 * @throws {@link UnitDataError} (code `unknown_credit_class`, path `/creditRisk/grade`) when a unit's credit class,
 *   dated within the time looked at, is not in the policy's class set (`unitId` names the unit).
 * @throws {@link InvalidDateError} for an as-of date (or range end) outside {@link AS_OF_RANGE} (1000-01-01 to 8999-12-31), the range the library and the CLI share.
 * @throws {@link UnitDataError} (code `unit_not_parsed`) when a unit is raw input, not a parsed unit.
 * @example
 * ```ts
 * const lists = buildAnnualLists(units, { year: 2026 });
 * lists.producers.special.map((u) => u.id);
 * const seen = buildAnnualLists(units, { year: 2026, asOf: "2026-11-20", mode: "any-time" });
 * seen.producers.special[0]?.periods; // [{ level: "key", from: "2026-01-01", to: "2026-04-30" }, { level: "special", from: "2026-05-01", to: "2026-11-20" }]
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function buildAnnualLists(units: readonly Unit[], options: BuildAnnualListsOptions): AnnualLists {
  _checkAsOfRange(options.asOf);
  const year = options.year;
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new InvalidDateError(year, "year must be a whole number 1–9999");
  const y = _padYear(year);
  const asOf = options.asOf ?? `${y}-12-31`;
  const day = toDayNumber(asOf);
  if (day < toDayNumber(`${y}-01-01`) || day > toDayNumber(`${y}-12-31`)) {
    throw new InvalidDateError(asOf, `asOf must lie within the list's year ${y}`);
  }
  const mode = options.mode ?? "as-of";
  if (mode !== "as-of" && mode !== "any-time") throw new TypeError(`buildAnnualLists: mode must be "as-of" or "any-time", got ${JSON.stringify(mode)}`);
  const c = _compiledPolicy(options.policy);
  const producers: AnnualListPair = { key: [], special: [] };
  const sellers: AnnualListPair = { key: [], special: [] };
  const first = toDayNumber(`${y}-01-01`);
  // One rule for repeated unit ids: the first unit with an id wins, later ones are left out and listed.
  const firstIndex = new Map<string, number>();
  const duplicates: AnnualListDuplicate[] = [];
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!;
    _assertParsedUnit(unit);
    const firstAt = firstIndex.get(unit.id);
    if (firstAt !== undefined) {
      duplicates.push({ id: unit.id, index, firstIndex: firstAt, issue: _validationIssue(`/${index}/id`, "duplicate_id", { list: "units", received: _short(unit.id), path: `/${firstAt}` }) });
      continue;
    }
    firstIndex.set(unit.id, index);
    let entry: AnnualListEntry;
    if (mode === "as-of") {
      const r = _classify(unit, asOf, c);
      if (r.level !== "key" && r.level !== "special") continue;
      entry = { id: unit.id, name: unit.name, level: r.level, reasons: r.reasons };
    } else {
      const supervised = _tierHistory(unit, first, day, c).filter((i) => i.level === "key" || i.level === "special");
      if (supervised.length === 0) continue;
      const level = supervised.some((i) => i.level === "special") ? "special" : "key";
      const periods: SupervisedPeriod[] = supervised.map((i) => ({ level: i.level as SupervisedPeriod["level"], from: i.from, to: i.to }));
      const latest = supervised.filter((i) => i.level === level).at(-1)!;
      entry = { id: unit.id, name: unit.name, level, reasons: latest.reasons, periods };
    }
    if (unit.roles.includes("producer")) producers[entry.level as "key" | "special"].push(entry);
    if (unit.roles.includes("seller")) sellers[entry.level as "key" | "special"].push(entry);
  }
  for (const list of [producers.key, producers.special, sellers.key, sellers.special]) list.sort(byId);
  const lists: AnnualLists = { year, asOf, mode, policy: c.ref, producers, sellers };
  if (duplicates.length > 0) lists.duplicates = duplicates;
  return lists;
}

function byId(a: AnnualListEntry, b: AnnualListEntry): number {
  // Stryker disable next-line EqualityOperator,ConditionalExpression: V8's sort reads only whether the result is below 0, and one list never holds an id twice (repeats are left out)
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
