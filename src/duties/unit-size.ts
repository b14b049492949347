import { labels, type Unit, type UnitSize } from "../entities";
import { type Policy, UNIT_SIZE_SECTORS, type UnitSizeSector } from "../policy";
import { DutiesInputError } from "./errors";
import { _dutiesOf, _isProducer } from "./internal";
import { _reason, type DutyReason } from "./reason";
import { _assertParsedUnit } from "../entities/unit-shape";

/** The input of {@link classifyUnitSize}. */
export interface ClassifyUnitSizeInput {
  /** 行业 — `producer` (工业), `wholesale` (批发业) or `retail` (零售业). */
  sector: UnitSizeSector;
  /** 从业人员（人） — staff, a whole number ≥ 0. */
  staff: number;
  /** 营业收入（万元） — revenue in 10,000 yuan (400 million yuan = 40000), ≥ 0. */
  revenueWan: number;
}

/** Options of {@link classifyUnitSize}. */
export interface ClassifyUnitSizeOptions {
  /** The policy whose thresholds and `combine` apply (default `nanjing2023`). */
  policy?: Policy;
  /** Overrides the policy's `combine`: `"all"` (both bounds, the statistical standard) or `"any"`. */
  combine?: "all" | "any";
}

/**
 * The size of a unit from its staff and revenue, by the national statistical standard
 * (统计上大中小微型企业划分办法（2017）).
 *
 * Each class has lower bounds of staff and revenue (the policy's `unitSize.thresholds`, by
 * sector). With `combine: "all"` (the standard, the default) a unit is the largest class
 * whose BOTH lower bounds it meets ("须同时满足所列指标的下限，否则下划一档"), and micro when it
 * meets neither small bound in full; with `"any"`, the largest class of which it meets
 * EITHER bound. Bounds are inclusive: 1000 staff and 40000 万元 is a large producer, 999
 * staff is medium.
 *
 * Nanjing thresholds (staff / 万元): industry large 1000 / 40000, medium 300 / 2000, small
 * 20 / 300; wholesale 200 / 40000, 20 / 5000, 5 / 1000; retail 300 / 20000, 50 / 500,
 * 10 / 100.
 *
 * @param input - Sector, staff and revenue in 万元.
 * @param options - Optionally `policy` and `combine`.
 * @returns `"large"`, `"medium"`, `"small"` or `"micro"`.
 * @throws {@link DutiesInputError} when the sector is unknown, staff is not a whole number
 *   ≥ 0 or revenue not a finite number ≥ 0.
 * @example
 * ```ts
 * classifyUnitSize({ sector: "producer", staff: 1000, revenueWan: 40000 }); // "large"
 * classifyUnitSize({ sector: "producer", staff: 999, revenueWan: 40000 });  // "medium"
 * classifyUnitSize({ sector: "producer", staff: 999, revenueWan: 40000 }, { combine: "any" }); // "large"
 * ```
 * @see 统计上大中小微型企业划分办法（2017）（国统字〔2017〕213号）
 * @see 市场监管总局令第75号 第三条（“与单位规模……相适应”）
 */
export function classifyUnitSize(input: ClassifyUnitSizeInput, options: ClassifyUnitSizeOptions = {}): UnitSize {
  const params = _dutiesOf(options.policy).unitSize;
  const { sector, staff, revenueWan } = input ?? ({} as ClassifyUnitSizeInput);
  if (!(UNIT_SIZE_SECTORS as readonly unknown[]).includes(sector)) {
    throw new DutiesInputError("sector", sector, { values: UNIT_SIZE_SECTORS.slice() });
  }
  // Stryker disable next-line ConditionalExpression: Number.isSafeInteger is false for anything not a number, so the typeof test only restates it
  if (typeof staff !== "number" || !Number.isSafeInteger(staff) || staff < 0) {
    throw new DutiesInputError("staff", staff, { expected: "integer", min: 0 });
  }
  // Stryker disable next-line ConditionalExpression: Number.isFinite is false for anything not a number, so the typeof test only restates it
  if (typeof revenueWan !== "number" || !Number.isFinite(revenueWan) || revenueWan < 0) {
    throw new DutiesInputError("revenueWan", revenueWan, { expected: "number", min: 0 });
  }
  const combine = options.combine ?? params.combine;
  const t = params.thresholds[sector];
  const meets = (b: { staff: number; revenueWan: number }) =>
    combine === "all" ? staff >= b.staff && revenueWan >= b.revenueWan : staff >= b.staff || revenueWan >= b.revenueWan;
  if (meets(t.large)) return "large";
  if (meets(t.medium)) return "medium";
  if (meets(t.small)) return "small";
  return "micro";
}

/** How a unit's size was found: declared, derived from staff and revenue, or unknown. */
export interface UnitSizeDecision {
  /** The size, when known. */
  size?: UnitSize;
  /** `declared` (the unit's `size`), `derived` (from `staff` and `revenueWan`) or `unknown`. */
  source: "declared" | "derived" | "unknown";
  /** The sector used to derive the size (derived only). */
  sector?: UnitSizeSector;
  /** Why. */
  reasons: DutyReason[];
}

/** Options of {@link unitSize} and {@link unitSizeWithReasons}. */
export interface UnitSizeOptions {
  /** The policy (default `nanjing2023`). */
  policy?: Policy;
}

/**
 * A unit's size with its reasons: the declared `size` when given; otherwise derived from
 * `staff` and `revenueWan` (万元) with {@link classifyUnitSize} — sector `producer` (工业)
 * for a unit that produces, the policy's `unitSize.sellerSector` (wholesale by default,
 * a reading) for a seller-only unit; otherwise unknown (`size` absent).
 *
 * @param unit - A parsed unit.
 * @param options - Optionally `policy`.
 * @returns The size (when known), how it was found, and the reasons.
 * @throws {@link UnitDataError} (code `unit_not_parsed`, its `path` naming the field) when `unit` is raw input, not a parsed unit (`validate("unit", …).value`): one cheap shape check.
 * @example
 * ```ts
 * unitSizeWithReasons({ ...unit, size: undefined, staff: 350, revenueWan: 2500 }).size; // "medium"
 * ```
 * @see 统计上大中小微型企业划分办法（2017）（国统字〔2017〕213号）
 */
export function unitSizeWithReasons(unit: Unit, options: UnitSizeOptions = {}): UnitSizeDecision {
  _assertParsedUnit(unit);
  const params = _dutiesOf(options.policy).unitSize;
  if (unit.size !== undefined) {
    return {
      size: unit.size,
      source: "declared",
      reasons: [_reason("size.declared", params.citation, `企业规模按申报为${labels.unitSize[unit.size].zh}`, `Size as declared: ${unit.size}`, ["/size"])],
    };
  }
  if (unit.staff !== undefined && unit.revenueWan !== undefined) {
    const sector: UnitSizeSector = _isProducer(unit) ? "producer" : params.sellerSector;
    const size = classifyUnitSize({ sector, staff: unit.staff, revenueWan: unit.revenueWan }, options);
    const reasons = [
      _reason(
        "size.derived",
        sector === "producer" ? params.citation : params.sellerSectorCitation,
        `按${SECTOR_ZH[sector]}标准，从业人员${unit.staff}人、营业收入${unit.revenueWan}万元，${params.combine === "all" ? "须同时满足" : "满足任一"}下限：${labels.unitSize[size].zh}`,
        `By the ${sector} thresholds, ${unit.staff} staff and revenue ${unit.revenueWan} 万元 (${params.combine === "all" ? "both bounds needed" : "either bound enough"}): ${size}`,
        ["/staff", "/revenueWan"],
      ),
    ];
    return { size, source: "derived", sector, reasons };
  }
  return {
    source: "unknown",
    reasons: [
      _reason(
        "size.unknown",
        params.citation,
        "企业规模无法确定：未申报规模，且从业人员、营业收入不全",
        "Size unknown: no declared size, and staff or revenue missing",
        [],
      ),
    ],
  };
}

/**
 * A unit's size: its declared `size`, else derived from `staff` and `revenueWan`
 * (see {@link unitSizeWithReasons}), else `undefined`.
 *
 * @param unit - A parsed unit.
 * @param options - Optionally `policy`.
 * @returns The size, or `undefined` when it cannot be told.
 * @example
 * ```ts
 * unitSize({ ...unit, size: "small" }); // "small" (declared wins)
 * ```
 * @see 统计上大中小微型企业划分办法（2017）（国统字〔2017〕213号）
 */
export function unitSize(unit: Unit, options: UnitSizeOptions = {}): UnitSize | undefined {
  return unitSizeWithReasons(unit, options).size;
}

const SECTOR_ZH: Record<UnitSizeSector, string> = { producer: "工业", wholesale: "批发业", retail: "零售业" };
