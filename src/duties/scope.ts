import { toDayNumber, type DayNumber, type IsoDate } from "../dates";
import { labels, PRODUCT_CATEGORIES, type CccCertificate, type Licence, type ProductCategory, type Unit } from "../entities";
import type { Citation, Policy, ScopeBasis } from "../policy";
import { _dutiesOf, _isProducer } from "./internal";
import { _reason, type DutyReason } from "./reason";
import { unitSizeWithReasons } from "./unit-size";
import { _assertParsedUnit } from "../entities/unit-shape";
import { _checkAsOfRange, type AS_OF_RANGE } from "../dates/as-of";

/**
 * The three product categories of Orders 75/76 Art. 2: (a) `licence` 工业产品生产许可,
 * (b) `ccc` 强制性产品认证, (c) `mandatory-standard` 涉及人身健康和生命财产安全并有强制性国家标准要求
 * (the data model's `PRODUCT_CATEGORIES`).
 *
 * @see 市场监管总局令第75号、第76号 第二条
 */
export const SCOPE_CATEGORIES = PRODUCT_CATEGORIES;
/** A product category of Art. 2 (see {@link SCOPE_CATEGORIES}). */
export type ScopeCategory = ProductCategory;

/** Options of {@link isInScope} and {@link scopeWithReasons}. */
export interface ScopeOptions {
  /** The policy (default `nanjing2023`): the basis of scope and the size gate of category (c). */
  policy?: Policy;
  /**
   * The day asked. With the default basis (`product-regime`) a licence or CCC certificate
   * issued after this day does not count yet (an expired one still does); with
   * `valid-certificates` only those valid on this day count (issued on or before it, not
   * expired before it; an absent date does not exclude). Without it, every listed licence
   * and certificate counts.
   */
  asOf?: IsoDate;
  /**
   * Overrides the policy's `duties.scope.basis`: `product-regime` (what the unit makes or
   * sells decides; an expired certificate while still producing is a violation, not an
   * exemption) or `valid-certificates` (only certificates valid on `asOf` count).
   */
  basis?: ScopeBasis;
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

/** How a role's reasons word the unit's relation to its products. */
function _verb(unit: Unit): { zh: string; en: string } {
  // Stryker disable next-line ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has its roles
  const roles = unit.roles ?? [];
  const producer = roles.includes("producer");
  const seller = roles.includes("seller");
  // Stryker disable next-line StringLiteral: en "makes and sells" is never shown (the messages print "Makes and sells" for anything but makes/sells)
  if (producer && seller) return { zh: "生产、销售", en: "makes and sells" };
  return seller ? { zh: "销售", en: "sells" } : { zh: "生产", en: "makes" };
}

/**
 * Whether a unit falls under Orders 75/76 and by which product categories, with reasons.
 * Art. 2 scopes units by the regime of the products they make (Order 75) or sell (Order
 * 76): (a) production licensing, (b) compulsory certification (CCC), (c) products that
 * involve personal health and safety and have mandatory national standards.
 *
 * - What the data shows: the licences and CCC certificates listed (for a producer, its own;
 *   for a seller, those of the products it sells), the product categories the unit declares
 *   (`products.categories` — how a seller, which holds no maker's licence, says what it
 *   sells) and `products.mandatoryStandard`.
 * - Basis (policy `duties.scope.basis`, or `options.basis`) [reading]: `product-regime` (the
 *   default) counts every listed certificate issued on or before `asOf`, expired or not — a
 *   producer whose certificate expired while it still produces is in violation, not exempt;
 *   the reason says the certificate has expired. `valid-certificates` (a named option)
 *   counts only certificates valid on `asOf`.
 * - Reasons are worded for the unit's role: "生产…的产品" for a producer, "销售…的产品" for a
 *   seller; they cite Order 75 for a producer, Order 76 for a seller.
 * - Category (c) applies to units of every size by default: Art. 2 names no size. A policy
 *   may turn on `scope.mandatoryStandardSizeGate` (e.g. large and medium only, as some
 *   provincial guides do); a unit whose size cannot be told then follows `whenSizeUnknown`
 *   (in scope by default). [reading, FACTS.md §1]
 *
 * @param unit - A parsed unit.
 * @param options - Optionally `policy`, `asOf` and `basis` (see {@link ScopeOptions}).
 * @returns `{ inScope, categories, reasons }`.
 * @throws {@link PolicyError} when the policy is invalid.
 * @throws {@link UnitDataError} (code `unit_not_parsed`, its `path` naming the field) when `unit` is raw input, not a parsed unit (`validate("unit", …).value`): one cheap shape check.
 * @throws {@link InvalidDateError} for an as-of date (or range end) outside {@link AS_OF_RANGE} (1000-01-01 to 8999-12-31), the range the library and the CLI share.
 * @example
 * ```ts
 * scopeWithReasons(unit).categories; // ["licence", "mandatory-standard"]
 * // A seller of CCC products holds no certificate: it says what it sells.
 * scopeWithReasons({ ...seller, products: { ...seller.products, categories: ["ccc"] } }).reasons[0].message;
 * // "销售实施强制性产品认证管理的产品（products.categories）"
 * ```
 * @see 市场监管总局令第75号、第76号 第二条
 */
export function scopeWithReasons(unit: Unit, options: ScopeOptions = {}): ScopeDecision {
  _assertParsedUnit(unit);
  _checkAsOfRange(options.asOf);
  return _scope(unit, options, false);
}

/**
 * {@link scopeWithReasons} without the checks. With `quiet`, the licence and CCC reasons
 * carry empty `message` and `messageEn` (their rule, facts and citation as usual): for
 * callers that read only the categories, rules and facts (obligations, whose agenda never
 * shows a scope reason), so no evidence text is built for nothing. @internal
 */
export function _scope(unit: Unit, options: ScopeOptions, quiet: boolean): ScopeDecision {
  const duties = _dutiesOf(options.policy);
  const citation: Citation = _isProducer(unit) ? duties.scope.producerCitation : duties.scope.sellerCitation;
  const basis = options.basis ?? duties.scope.basis;
  const day = options.asOf === undefined ? undefined : toDayNumber(options.asOf);
  // Stryker disable next-line OptionalChaining,ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has products and its categories list
  const declared: readonly string[] = unit.products?.categories ?? [];
  const verb = _verb(unit);
  const seller = !_isProducer(unit);
  const categories: ScopeCategory[] = [];
  const reasons: DutyReason[] = [];

  const certificateCategory = (category: "licence" | "ccc", list: readonly (Licence | CccCertificate)[]) => {
    const counted = _countedCertificates(list, day, basis);
    const fromCategories = declared.includes(category);
    if (counted.length === 0 && !fromCategories) return;
    categories.push(category);
    const what = labels.productCategory[category];
    const kindZh = category === "licence" ? "生产许可证" : "强制性产品认证证书";
    const kindEn = category === "licence" ? "production licence" : "CCC certificate";
    const numbers = counted.map((c) => c.number);
    // Stryker disable next-line ConditionalExpression: with day undefined the filter finds nothing either (a number < undefined is false)
    const expired = day === undefined ? [] : counted.filter((c) => c.expiresOn !== undefined && toDayNumber(c.expiresOn) < day);
    if (quiet) {
      reasons.push(_reason(`scope.${category}`, citation, "", "", [...numbers, ...(fromCategories ? ["/products/categories"] : [])]));
      return;
    }
    const evidenceZh = [
      numbers.length > 0 ? `${seller ? "所售产品的" : ""}${kindZh}${numbers.join("、")}` : "",
      fromCategories ? "products.categories" : "",
    ].filter((x) => x !== "");
    const evidenceEn = [
      numbers.length > 0 ? `${seller ? "the products' " : ""}${kindEn}(s) ${numbers.join(", ")}` : "",
      fromCategories ? "products.categories" : "",
    ].filter((x) => x !== "");
    const expiredZh = expired.length === 0 ? "" : `；${expired.map((c) => `${c.number}已于${c.expiresOn}到期`).join("、")}，到期后仍${verb.zh}属违法，不因到期而不适用`;
    const expiredEn =
      expired.length === 0 ? "" : `; ${expired.map((c) => `${c.number} expired on ${c.expiresOn}`).join(", ")}: going on after expiry is a violation, not an exemption`;
    reasons.push(
      _reason(
        `scope.${category}`,
        citation,
        `${verb.zh}${what.zh}（${evidenceZh.join("；")}）${expiredZh}`,
        `${verb.en === "makes" ? "Makes" : verb.en === "sells" ? "Sells" : "Makes and sells"} ${what.en} (${evidenceEn.join("; ")})${expiredEn}`,
        [...numbers, ...(fromCategories ? ["/products/categories"] : [])],
      ),
    );
  };
  // Stryker disable next-line OptionalChaining,ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has products and its licences list
  certificateCategory("licence", unit.products?.licences ?? []);
  // Stryker disable next-line OptionalChaining,ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has products and its cccCertificates list
  certificateCategory("ccc", unit.products?.cccCertificates ?? []);

  // Stryker disable next-line OptionalChaining: a parsed unit (checked by _assertParsedUnit) always has products
  const flagged = unit.products?.mandatoryStandard === true;
  const declaredC = declared.includes("mandatory-standard");
  if (flagged || declaredC) {
    const facts = [...(flagged ? ["/products/mandatoryStandard"] : []), ...(declaredC ? ["/products/categories"] : [])];
    const gate = duties.scope.mandatoryStandardSizeGate;
    if (!gate.enabled) {
      categories.push("mandatory-standard");
      reasons.push(
        _reason(
          "scope.mandatory-standard",
          citation,
          `${verb.zh}${labels.productCategory["mandatory-standard"].zh}（不论规模）`,
          `${verb.en === "makes" ? "Makes" : verb.en === "sells" ? "Sells" : "Makes and sells"} products with mandatory national standards for health and safety (any size)`,
          facts,
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
          `${verb.zh}强制性国家标准产品；该类别仅适用于${gateZh}单位，本单位${sizeZh}：${inGate ? "适用" : "不适用"}`,
          `${verb.en === "makes" ? "Makes" : verb.en === "sells" ? "Sells" : "Makes and sells"} products with mandatory national standards; the category applies to ${gate.sizes.join("/")} units only and this unit is ${size.size ?? "of unknown size"}: ${inGate ? "in scope" : "not in scope"}`,
          [...facts, ...size.reasons.flatMap((r) => r.facts)],
        ),
      );
    }
  }
  if (categories.length === 0) {
    reasons.push(
      _reason(
        "scope.none",
        citation,
        `未${verb.zh}实施生产许可、强制性产品认证管理的产品，也未${verb.zh}适用范围内的强制性国家标准产品：不适用“两个规定”`,
        `${verb.en === "makes" ? "Makes" : verb.en === "sells" ? "Sells" : "Makes and sells"} no product under production licensing or CCC and no in-scope mandatory-standard product: outside Orders 75/76`,
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
 * @throws {@link UnitDataError} (code `unit_not_parsed`, its `path` naming the field) when `unit` is raw input, not a parsed unit (`validate("unit", …).value`): one cheap shape check.
 * @example
 * ```ts
 * isInScope({ ...unit, products: { ...unit.products, mandatoryStandard: true } }); // true, any size by default
 * ```
 * @see 市场监管总局令第75号、第76号 第二条
 */
export function isInScope(unit: Unit, options: ScopeOptions = {}): boolean {
  _assertParsedUnit(unit);
  return scopeWithReasons(unit, options).inScope;
}

/**
 * The listed licences or certificates that count on `day` under `basis`: with
 * `product-regime`, those issued on or before it (expired or not); with
 * `valid-certificates`, those valid on it. All of them when `day` is undefined. @internal
 */
export function _countedCertificates<T extends Licence | CccCertificate>(list: readonly T[], day: DayNumber | undefined, basis: ScopeBasis): T[] {
  // Stryker disable next-line MethodExpression: the one caller maps and filters the list, never changes it
  if (day === undefined) return list.slice();
  return list.filter(
    (c) =>
      (c.issuedOn === undefined || toDayNumber(c.issuedOn) <= day) &&
      (basis === "product-regime" || c.expiresOn === undefined || toDayNumber(c.expiresOn) >= day),
  );
}
