import { toDayNumber, type DayNumber, type IsoDate } from "../dates";
import { labels, type CccCertificate, type Licence, type Unit } from "../entities";
import type { Citation, Policy } from "../policy";
import { _dutiesOf, _isProducer } from "./internal";
import { _reason, type DutyReason } from "./reason";
import { unitSizeWithReasons } from "./unit-size";

/**
 * The three product categories of Orders 75/76 Art. 2: (a) `licence` 工业产品生产许可,
 * (b) `ccc` 强制性产品认证, (c) `mandatory-standard` 涉及人身健康和生命财产安全并有强制性国家标准要求.
 *
 * @see 市场监管总局令第75号、第76号 第二条
 */
export const SCOPE_CATEGORIES = ["licence", "ccc", "mandatory-standard"] as const;
/** A product category of Art. 2 (see {@link SCOPE_CATEGORIES}). */
export type ScopeCategory = (typeof SCOPE_CATEGORIES)[number];

/** Options of {@link isInScope} and {@link scopeWithReasons}. */
export interface ScopeOptions {
  /** The policy (default `nanjing2023`): the size gate of category (c). */
  policy?: Policy;
  /**
   * When given, only licences and CCC certificates valid on this day count (issued on or
   * before it, not expired before it; an absent date does not exclude). Without it, every
   * listed licence and certificate counts.
   */
  asOf?: IsoDate;
}

/** Whether a unit is in scope, by which categories, and why. */
export interface ScopeDecision {
  /** 是否适用“两个规定” */
  inScope: boolean;
  /** The categories that bring the unit into scope (empty when out of scope). */
  categories: ScopeCategory[];
  /** Why, one reason per category considered. */
  reasons: DutyReason[];
}

/**
 * Whether a unit falls under Orders 75/76 and by which product categories, with reasons:
 * (a) it holds a production licence, (b) a CCC certificate, or (c) its products involve
 * personal health and safety and have mandatory national standards
 * (`products.mandatoryStandard`).
 *
 * Category (c) applies to units of every size by default: Art. 2 names no size. A policy may
 * turn on `scope.mandatoryStandardSizeGate` (e.g. large and medium only, as some provincial
 * guides do); a unit whose size cannot be told then follows `whenSizeUnknown` (in scope by
 * default). [reading, FACTS.md §1]
 *
 * @param unit - A parsed unit.
 * @param options - Optionally `policy` and `asOf` (see {@link ScopeOptions}).
 * @returns `{ inScope, categories, reasons }`.
 * @example
 * ```ts
 * scopeWithReasons(unit).categories; // ["licence", "mandatory-standard"]
 * ```
 * @see 市场监管总局令第75号、第76号 第二条
 */
export function scopeWithReasons(unit: Unit, options: ScopeOptions = {}): ScopeDecision {
  const duties = _dutiesOf(options.policy);
  const citation: Citation = _isProducer(unit) ? duties.scope.producerCitation : duties.scope.sellerCitation;
  const day = options.asOf === undefined ? undefined : toDayNumber(options.asOf);
  const categories: ScopeCategory[] = [];
  const reasons: DutyReason[] = [];

  const licences = _validCertificates(unit.products?.licences ?? [], day);
  if (licences.length > 0) {
    categories.push("licence");
    reasons.push(_reason("scope.licence", citation, `持有工业产品生产许可证（${licences.map((l) => l.number).join("、")}）`, `Holds production licence(s) ${licences.map((l) => l.number).join(", ")}`, licences.map((l) => l.number)));
  }
  const ccc = _validCertificates(unit.products?.cccCertificates ?? [], day);
  if (ccc.length > 0) {
    categories.push("ccc");
    reasons.push(_reason("scope.ccc", citation, `持有强制性产品认证证书（${ccc.map((l) => l.number).join("、")}）`, `Holds CCC certificate(s) ${ccc.map((l) => l.number).join(", ")}`, ccc.map((l) => l.number)));
  }
  if (unit.products?.mandatoryStandard === true) {
    const gate = duties.scope.mandatoryStandardSizeGate;
    if (!gate.enabled) {
      categories.push("mandatory-standard");
      reasons.push(
        _reason(
          "scope.mandatory-standard",
          citation,
          "产品涉及人身健康和生命财产安全并有强制性国家标准要求（不论规模）",
          "Products involve personal health and safety and have mandatory national standards (any size)",
          ["/products/mandatoryStandard"],
        ),
      );
    } else {
      const size = unitSizeWithReasons(unit, options);
      const sizes: readonly string[] = gate.sizes;
      const inGate = size.size === undefined ? gate.whenSizeUnknown === "in-scope" : sizes.includes(size.size);
      const sizeZh = size.size === undefined ? "规模不明" : labels.unitSize[size.size].zh;
      const gateZh = gate.sizes.map((s) => labels.unitSize[s].zh).join("、");
      if (inGate) categories.push("mandatory-standard");
      reasons.push(
        _reason(
          inGate ? "scope.mandatory-standard" : "scope.mandatory-standard.size-gate",
          gate.citation,
          `产品涉及强制性国家标准；该类别仅适用于${gateZh}单位，本单位${sizeZh}：${inGate ? "适用" : "不适用"}`,
          `Products have mandatory national standards; the category applies to ${gate.sizes.join("/")} units only and this unit is ${size.size ?? "of unknown size"}: ${inGate ? "in scope" : "not in scope"}`,
          ["/products/mandatoryStandard", ...size.reasons.flatMap((r) => r.facts)],
        ),
      );
    }
  }
  if (categories.length === 0) {
    reasons.push(
      _reason(
        "scope.none",
        citation,
        "未持有生产许可证、CCC证书，产品亦不属于适用范围内的强制性国家标准产品：不适用“两个规定”",
        "No production licence, no CCC certificate and no in-scope mandatory-standard products: outside Orders 75/76",
      ),
    );
  }
  return { inScope: categories.length > 0, categories, reasons };
}

/**
 * Whether a unit falls under Orders 75/76 (licence, CCC, or mandatory-standard products;
 * see {@link scopeWithReasons} for the reasons and the size gate).
 *
 * @param unit - A parsed unit.
 * @param options - Optionally `policy` and `asOf`.
 * @returns `true` when in scope.
 * @example
 * ```ts
 * isInScope({ ...unit, products: { ...unit.products, mandatoryStandard: true } }); // true, any size by default
 * ```
 * @see 市场监管总局令第75号、第76号 第二条
 */
export function isInScope(unit: Unit, options: ScopeOptions = {}): boolean {
  return scopeWithReasons(unit, options).inScope;
}

/** Licences or certificates valid on `day` (all of them when `day` is undefined). @internal */
export function _validCertificates<T extends Licence | CccCertificate>(list: readonly T[], day: DayNumber | undefined): T[] {
  if (day === undefined) return list.slice();
  return list.filter(
    (c) => (c.issuedOn === undefined || toDayNumber(c.issuedOn) <= day) && (c.expiresOn === undefined || toDayNumber(c.expiresOn) >= day),
  );
}
