import { toDayNumber, type DayNumber, type IsoDate } from "../dates";
import type { Unit } from "../entities";
import type { DataEntryPriorityCriterion, DutiesParameters, Policy } from "../policy";
import { _dutiesOf, _isProducer, _people } from "./internal";
import { _factsOf, _reason, type DutyReason } from "./reason";
import { _assertParsedUnit } from "../entities/unit-shape";

/**
 * The classes of platform data entry, earliest deadline first:
 * `gas-appliance` (灶管阀生产和销售单位, 2023-11-30), `licensed-producer` (生产许可证、CCC
 * 管理的产品生产单位, 2023-12-31), `priority` (二（五）的重点主体, 2023-12-31) and `general`
 * (应录尽录, 2024-12-31).
 *
 * @see 宁市监质监〔2023〕146号 一（一）、一（二）、二（五）
 */
export const DATA_ENTRY_CLASSES = ["gas-appliance", "licensed-producer", "priority", "general"] as const;
/** A class of platform data entry (see {@link DATA_ENTRY_CLASSES}). */
export type DataEntryClass = (typeof DATA_ENTRY_CLASSES)[number];

/** Options of {@link dataEntryDeadline}, {@link dataEntryDeadlineWithReasons} and {@link dataEntryOrder}. */
export interface DataEntryOptions {
  /** The policy (default `nanjing2023`). */
  policy?: Policy;
}

/** The platform data-entry deadline of a unit, with its class and reasons. */
export interface DataEntryDeadline {
  /** 录入截止日期 — the last day (inclusive). */
  dueOn: IsoDate;
  /** The class whose deadline applies (the earliest of those the unit falls in). */
  class: DataEntryClass;
  /** 重点主体 — whether the unit is a priority unit for the order of entry (any class but `general`). */
  priority: boolean;
  /** The criteria of 二（五） the unit meets (empty when none). */
  criteria: DataEntryPriorityCriterion[];
  /** Why: one reason per class the unit falls in, earliest deadline first. */
  reasons: DutyReason[];
}

/**
 * When a unit's quality-safety information must be on the provincial platform, with the
 * class and the reasons.
 *
 * - 灶管阀 (gas-appliance) producers and sellers: by the end of November 2023 (2023-11-30).
 * - Producers under the production licence or CCC: by the end of December 2023.
 * - Priority units of 二（五）— with a director, under risk monitoring, with a defective-
 *   product recall, a licence, CCC, an on-site inspection, an enforcement case or a
 *   verified complaint (policy `dataEntry.priority.criteria`): by the end of December 2023
 *   ("原则上").
 * - Everyone else: 2024 ("应录尽录"), read as by 2024-12-31 [reading].
 *
 * A unit in several classes gets the earliest date. With `factsUpToDueDate` (default on, a
 * reading) a dated fact counts toward a class only if dated on or before that class's due
 * date (a licence issued in 2024 does not make a 2023 deadline); undated facts always count.
 * The dates and criteria are policy parameters (`dataEntry`).
 *
 * @param unit - A parsed unit.
 * @param options - Optionally `policy`.
 * @returns `{ dueOn, class, priority, criteria, reasons }`.
 * @throws {@link InvalidDateError} when a date of the unit is not a calendar date.
 * @throws {@link UnitDataError} (code `unit_not_parsed`, its `path` naming the field) when `unit` is raw input, not a parsed unit (`validate("unit", …).value`): one cheap shape check.
 * @example
 * ```ts
 * dataEntryDeadlineWithReasons(gasStoveSeller); // { dueOn: "2023-11-30", class: "gas-appliance", priority: true, … }
 * ```
 * @see 宁市监质监〔2023〕146号 一（一）、一（二）、二（五）
 */
export function dataEntryDeadlineWithReasons(unit: Unit, options: DataEntryOptions = {}): DataEntryDeadline {
  _assertParsedUnit(unit);
  const e = _dutiesOf(options.policy).dataEntry;
  const deadlines = _deadlineDays(e);
  const upTo = e.factsUpToDueDate.enabled;
  const candidates: { cls: DataEntryClass; dueOn: IsoDate; reason: DutyReason }[] = [];

  // Stryker disable next-line OptionalChaining: a parsed unit (checked by _assertParsedUnit) always has products
  if (unit.products?.gasAppliance === true) {
    candidates.push({
      cls: "gas-appliance",
      dueOn: e.gasAppliance.dueOn,
      reason: _reason("data-entry.gas-appliance", e.gasAppliance.citation, `灶管阀生产、销售单位：${e.gasAppliance.dueOn}前完成录入`, `Gas-appliance (灶管阀) producer or seller: enter by ${e.gasAppliance.dueOn}`, ["/products/gasAppliance"]),
    });
  }
  if (_isProducer(unit)) {
    const due = deadlines["licensed-producer"];
    // Stryker disable next-line OptionalChaining,ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has products and its licences and cccCertificates lists
    const facts = [...(unit.products?.licences ?? []), ...(unit.products?.cccCertificates ?? [])]
      .filter((c) => !upTo || c.issuedOn === undefined || toDayNumber(c.issuedOn) <= due)
      .map((c) => c.number);
    if (facts.length > 0) {
      candidates.push({
        cls: "licensed-producer",
        dueOn: e.licensedProducers.dueOn,
        reason: _reason(
          "data-entry.licensed-producer",
          e.licensedProducers.citation,
          `工业产品生产许可证或强制性产品认证管理的产品生产单位（${facts.join("、")}）：${e.licensedProducers.dueOn}前完成录入`,
          `Producer under the production licence or CCC (${facts.join(", ")}): enter by ${e.licensedProducers.dueOn}`,
          facts,
        ),
      });
    }
  }
  const matched = _priorityCriteria(unit, e.priority.criteria, upTo ? deadlines.priority : Infinity);
  const criteria = matched.map((m) => m.criterion);
  if (matched.length > 0) {
    candidates.push({
      cls: "priority",
      dueOn: e.priority.dueOn,
      reason: _reason(
        "data-entry.priority",
        e.priority.citation,
        `重点主体（${matched.map((m) => CRITERION_ZH[m.criterion]).join("、")}）：原则上${e.priority.dueOn}前录入`,
        `Priority unit (${criteria.join(", ")}): enter by ${e.priority.dueOn} in principle`,
        _factsOf(matched),
      ),
    });
  }
  candidates.push({
    cls: "general",
    dueOn: e.general.dueOn,
    reason: _reason("data-entry.general", e.general.citation, `所有工业产品生产和销售单位应录尽录：${e.general.dueOn}前`, `Every producer and seller is entered ("应录尽录"): by ${e.general.dueOn}`),
  });
  // Earliest deadline first; equal dates keep the class order.
  candidates.sort((a, b) => deadlines[a.cls] - deadlines[b.cls]);
  const first = candidates[0]!;
  return {
    dueOn: first.dueOn,
    class: first.cls,
    priority: candidates.some((c) => c.cls !== "general"),
    criteria,
    reasons: candidates.map((c) => c.reason),
  };
}

/**
 * The day by which a unit's quality-safety information must be on the provincial platform
 * (see {@link dataEntryDeadlineWithReasons} for the classes and reasons).
 *
 * @param unit - A parsed unit.
 * @param options - Optionally `policy`.
 * @returns The due date `YYYY-MM-DD`: 2023-11-30, 2023-12-31 or 2024-12-31 under `nanjing2023`.
 * @example
 * ```ts
 * dataEntryDeadline(licensedProducer); // "2023-12-31"
 * dataEntryDeadline(ordinarySeller);   // "2024-12-31"
 * ```
 * @see 宁市监质监〔2023〕146号 一（一）、一（二）、二（五）
 */
export function dataEntryDeadline(unit: Unit, options: DataEntryOptions = {}): IsoDate {
  return dataEntryDeadlineWithReasons(unit, options).dueOn;
}

/**
 * Units in the order their information is entered: "先重点后一般、先生产后流通".
 *
 * Sorted by (1) priority units first (any class but `general`, see
 * {@link dataEntryDeadlineWithReasons}), (2) earlier deadline first (as the plan itself
 * schedules 灶管阀 units in November before licensed producers in December), (3) producers
 * (units with the producer role) before seller-only units; otherwise the input order is kept
 * (stable). Returns a new array of the same unit objects. A unit whose id an earlier unit
 * of `units` has is left out — first wins, the one rule for repeated unit ids (validate the
 * data set to see them as `duplicate_id` issues naming both places).
 *
 * @param units - Parsed units.
 * @param options - Optionally `policy`.
 * @returns The units, sorted (each id once: the first unit with it).
 * @example
 * ```ts
 * dataEntryOrder([seller, licensedProducer, gasSeller]); // [gasSeller, licensedProducer, seller]
 * ```
 * @see 宁市监质监〔2023〕146号 一（一）、二（五）
 */
export function dataEntryOrder<U extends Unit>(units: readonly U[], options: DataEntryOptions = {}): U[] {
  const seen = new Set<string>();
  const firsts = units.filter((unit) => {
    if (seen.has(unit?.id)) return false;
    seen.add(unit?.id);
    return true;
  });
  const keyed = firsts.map((unit, index) => {
    const d = dataEntryDeadlineWithReasons(unit, options);
    return { unit, index, priority: d.priority ? 0 : 1, due: toDayNumber(d.dueOn), producer: _isProducer(unit) ? 0 : 1 };
  });
  // Stryker disable next-line ArithmeticOperator: Array.prototype.sort is stable, so the index key only restates the input order (other keys' operators are tested)
  keyed.sort((a, b) => a.priority - b.priority || a.due - b.due || a.producer - b.producer || a.index - b.index);
  return keyed.map((k) => k.unit);
}

/** Each frozen policy's four deadlines as day numbers, read once per policy. */
const _deadlineDaysCache = new WeakMap<object, Record<DataEntryClass, DayNumber>>();

/** The day numbers of the data-entry deadlines of `e` (a policy's `duties.dataEntry`). */
function _deadlineDays(e: DutiesParameters["dataEntry"]): Record<DataEntryClass, DayNumber> {
  let days = _deadlineDaysCache.get(e);
  // Stryker disable next-line ConditionalExpression: a cache: reading the four dates again gives the same days
  if (days !== undefined) return days;
  days = {
    "gas-appliance": toDayNumber(e.gasAppliance.dueOn),
    "licensed-producer": toDayNumber(e.licensedProducers.dueOn),
    priority: toDayNumber(e.priority.dueOn),
    general: toDayNumber(e.general.dueOn),
  };
  // A policy that is not deep-frozen may change between calls: read again each time.
  if (Object.isFrozen(e) && Object.isFrozen(e.gasAppliance) && Object.isFrozen(e.licensedProducers) && Object.isFrozen(e.priority) && Object.isFrozen(e.general)) _deadlineDaysCache.set(e, days);
  return days;
}

const CRITERION_ZH: Record<DataEntryPriorityCriterion, string> = {
  director: "设立质量安全总监",
  "risk-monitoring": "风险监测",
  "defect-recall": "缺陷产品召回",
  licence: "工业产品生产许可",
  ccc: "强制性产品认证",
  "onsite-inspection": "现场检查",
  enforcement: "执法查处",
  "verified-complaint": "被投诉举报并经核实",
};

/** The criteria of 二（五） the unit meets with facts dated on or before `upTo`. @internal */
export function _priorityCriteria(
  unit: Unit,
  criteria: readonly DataEntryPriorityCriterion[],
  upTo: DayNumber,
): { criterion: DataEntryPriorityCriterion; facts: string[] }[] {
  const on = (date: IsoDate | undefined) => date === undefined || toDayNumber(date) <= upTo;
  // Stryker disable next-line ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has its riskEvents list
  const events = (kind: string) => (unit.riskEvents ?? []).filter((r) => r.kind === kind && on(r.date)).map((r) => r.id);
  const out: { criterion: DataEntryPriorityCriterion; facts: string[] }[] = [];
  for (const criterion of criteria) {
    let facts: string[];
    switch (criterion) {
      case "director":
        facts = _people(unit).filter((p) => p.role === "director" && on(p.from)).map((p) => p.id);
        break;
      case "risk-monitoring":
      case "enforcement":
      case "verified-complaint":
        facts = events(criterion);
        break;
      case "defect-recall":
        // Stryker disable next-line ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has its defects list
        facts = (unit.defects ?? []).filter((d) => on(d.confirmedOn)).map((d) => d.id);
        break;
      case "licence":
        // Stryker disable next-line OptionalChaining,ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has products and its licences list
        facts = (unit.products?.licences ?? []).filter((l) => on(l.issuedOn)).map((l) => l.number);
        break;
      case "ccc":
        // Stryker disable next-line OptionalChaining,ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has products and its cccCertificates list
        facts = (unit.products?.cccCertificates ?? []).filter((l) => on(l.issuedOn)).map((l) => l.number);
        break;
      case "onsite-inspection":
        // Stryker disable next-line ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has its inspections list
        facts = (unit.inspections ?? []).filter((i) => i.kind === "onsite" && on(i.date)).map((i) => i.id);
        break;
    }
    if (facts.length > 0) out.push({ criterion, facts });
  }
  return out;
}
