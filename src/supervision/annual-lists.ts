import { InvalidDateError, toDayNumber, type IsoDate } from "../dates";
import type { Unit } from "../entities";
import type { Policy } from "../policy";
import { _classify } from "./classify-unit";
import { _compiledPolicy } from "./compile-policy";
import type { AnnualListEntry, AnnualListPair, AnnualLists } from "./types";

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
}

/**
 * Builds the year's annual lists (年度名单) of units under key and special supervision,
 * separately for producers and sellers.
 *
 * Each unit is classified with {@link classifyUnit} as of `asOf` (default: the year's last
 * day). A unit with both roles appears on both the producer and the seller lists. Each
 * list is sorted by unit id (UTF-16 code-unit order, not locale order, so the result is the
 * same everywhere); units with equal ids keep their input order.
 *
 * @param units - Parsed units.
 * @param options - `year`, optionally `asOf` (within the year) and `policy`.
 * @returns `{ year, asOf, policy, producers: { key, special }, sellers: { key, special } }`.
 * @throws {@link InvalidDateError} when `year` is not a whole year 1–9999, or `asOf` is not
 *   a date within `year`.
 * @example
 * ```ts
 * const lists = buildAnnualLists(units, { year: 2026 });
 * lists.producers.special.map((u) => u.id);
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function buildAnnualLists(units: readonly Unit[], options: BuildAnnualListsOptions): AnnualLists {
  const year = options.year;
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new InvalidDateError(year, "year must be a whole number 1–9999");
  const y = String(year).padStart(4, "0");
  const asOf = options.asOf ?? `${y}-12-31`;
  const day = toDayNumber(asOf);
  if (day < toDayNumber(`${y}-01-01`) || day > toDayNumber(`${y}-12-31`)) {
    throw new InvalidDateError(asOf, `asOf must lie within the list's year ${y}`);
  }
  const c = _compiledPolicy(options.policy);
  const producers: AnnualListPair = { key: [], special: [] };
  const sellers: AnnualListPair = { key: [], special: [] };
  for (const unit of units) {
    const r = _classify(unit, asOf, c);
    if (r.level !== "key" && r.level !== "special") continue;
    const entry: AnnualListEntry = { id: unit.id, name: unit.name, level: r.level, reasons: r.reasons };
    if (unit.roles.includes("producer")) producers[r.level].push(entry);
    if (unit.roles.includes("seller")) sellers[r.level].push(entry);
  }
  for (const list of [producers.key, producers.special, sellers.key, sellers.special]) list.sort(byId);
  return { year, asOf, policy: c.ref, producers, sellers };
}

function byId(a: AnnualListEntry, b: AnnualListEntry): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
