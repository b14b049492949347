import { toDayNumber, type IsoDate } from "../dates";
import { labels, type Unit } from "../entities";
import type { Policy } from "../policy";
import { _dutiesOf, _isProducer } from "./internal";
import { _factsOf, _reason, type DutyReason } from "./reason";
import { scopeWithReasons, type ScopeDecision } from "./scope";
import { unitSizeWithReasons } from "./unit-size";
import { _assertParsedUnit } from "../entities/unit-shape";

/** Whether a post must be filled, and why. */
export interface RoleRequirement {
  /** 是否须配备 */
  required: boolean;
  /** Why (the scope reasons when out of scope). */
  reasons: DutyReason[];
}

/** The posts a unit must fill. */
export interface StaffingRequirements {
  /** 质量安全员 — quality-safety officer. */
  officer: RoleRequirement;
  /** 质量安全总监 — quality-safety director. */
  director: RoleRequirement;
}

/** Options of {@link staffingRequirements}. */
export interface StaffingRequirementsOptions {
  /** The policy (default `nanjing2023`). */
  policy?: Policy;
  /**
   * The day asked. When given, only licences and CCC certificates valid on this day count
   * (see {@link ScopeOptions}), and a day before the orders took effect (policy
   * `duties.effectiveFrom`, 2023-05-05) requires nothing. Without it, every listed licence
   * and certificate counts and the effective date is not checked.
   */
  asOf?: IsoDate;
}

/**
 * Which quality-safety posts a unit must fill.
 *
 * - Officer (质量安全员): every in-scope unit (Orders 75/76 Art. 3).
 * - Director (质量安全总监): producers under production licensing or CCC (holders of a
 *   licence or certificate, or declaring the category), and large or medium units in
 *   category (c) (mandatory-standard products); a category (c) unit whose size cannot be
 *   told needs one by default. A seller holds no maker's licence: unless the policy sets
 *   `staffing.director.licenceAndCccSellers`, a seller-only unit of licence or CCC products
 *   needs a director by the same sizes as category (c). The orders only say "与单位规模、
 *   产品类别、风险等级相适应": these criteria are a reading from two provincial guides
 *   (FACTS.md §1 [reading]), each a policy parameter (`staffing.director`).
 * - A unit out of scope needs neither.
 * - With `asOf` before the orders took effect (policy `duties.effectiveFrom`, 2023-05-05),
 *   neither is required, with the one reason `staffing.not-yet-effective` citing the
 *   effective date. Without `asOf` the effective date is not checked.
 *
 * Size is the declared `size`, else derived from staff and revenue ({@link unitSize}).
 *
 * @param unit - A parsed unit.
 * @param options - Optionally `policy` and `asOf`.
 * @returns `{ officer: { required, reasons }, director: { required, reasons } }`.
 * @throws {@link UnitDataError} (code `unit_not_parsed`, its `path` naming the field) when `unit` is raw input, not a parsed unit (`validate("unit", …).value`): one cheap shape check.
 * @example
 * ```ts
 * staffingRequirements(licenceHolder).director.required;            // true
 * staffingRequirements(smallMandatoryStandardUnit).director.required; // false
 * staffingRequirements(licenceHolder, { asOf: "2023-05-04" }).director.required; // false: not yet in force
 * ```
 * @see 市场监管总局令第75号、第76号 第三条
 * @see 宁市监质监〔2023〕146号 二（三）
 * @see 市场监管总局令第75号、第76号 公布令（自2023年5月5日起施行）
 */
export function staffingRequirements(unit: Unit, options: StaffingRequirementsOptions = {}): StaffingRequirements {
  _assertParsedUnit(unit);
  return _staffingRequirements(unit, options);
}

/**
 * {@link staffingRequirements} without the shape check, given `scopeWithReasons(unit, options)`
 * when the caller has it already (obligations asks for it once per call). @internal
 */
export function _staffingRequirements(unit: Unit, options: StaffingRequirementsOptions, known?: ScopeDecision): StaffingRequirements {
  const duties = _dutiesOf(options.policy);
  if (options.asOf !== undefined && toDayNumber(options.asOf) < toDayNumber(duties.effectiveFrom.date)) {
    const reasons = [
      _reason(
        "staffing.not-yet-effective",
        duties.effectiveFrom.citation,
        `${options.asOf}“两个规定”尚未施行（自${duties.effectiveFrom.date}起施行）：尚无配备质量安全总监、质量安全员的义务`,
        `On ${options.asOf} the orders were not yet in force (in force from ${duties.effectiveFrom.date}): no post is required yet`,
      ),
    ];
    return { officer: { required: false, reasons }, director: { required: false, reasons } };
  }
  const scope = known ?? scopeWithReasons(unit, options);
  if (!scope.inScope) {
    return {
      officer: { required: false, reasons: scope.reasons },
      director: { required: false, reasons: scope.reasons },
    };
  }
  const officerCitation = _isProducer(unit) ? duties.staffing.officer.producerCitation : duties.staffing.officer.sellerCitation;
  const officer: RoleRequirement = {
    required: true,
    reasons: [
      _reason(
        "staffing.officer",
        officerCitation,
        "适用“两个规定”的单位均须配备质量安全员",
        "Every unit under Orders 75/76 needs a quality-safety officer",
        _factsOf(scope.reasons),
      ),
    ],
  };

  const d = duties.staffing.director;
  const reasons: DutyReason[] = [];
  // Stryker disable next-line OptionalChaining,ArrayDeclaration: called only for a category in scope, whose scope reason is always there
  const byReason = (cat: "licence" | "ccc") => scope.reasons.find((r) => r.rule === `scope.${cat}`)?.facts ?? [];
  // A seller holds no maker's licence or certificate: unless the policy extends the licence
  // and CCC criteria to sellers, its director follows size, as in category (c) [reading].
  const producer = _isProducer(unit);
  const certificateCriteria = producer || d.licenceAndCccSellers;
  // Stryker disable next-line ConditionalExpression: sellerBySize is read only beside the mandatory-standard category, and a unit in scope without it has licence or CCC
  const sellerBySize = !certificateCriteria && (scope.categories.includes("licence") || scope.categories.includes("ccc"));
  if (certificateCriteria && d.licence && scope.categories.includes("licence")) {
    reasons.push(
      _reason(
        "staffing.director.licence",
        d.citation,
        producer ? "生产实施生产许可证管理产品的单位须配备质量安全总监" : "销售实施生产许可证管理产品的单位须配备质量安全总监",
        producer ? "A maker of licensed products needs a quality-safety director" : "A seller of licensed products needs a quality-safety director",
        byReason("licence"),
      ),
    );
  }
  if (certificateCriteria && d.ccc && scope.categories.includes("ccc")) {
    reasons.push(
      _reason(
        "staffing.director.ccc",
        d.citation,
        producer ? "生产实施强制性产品认证管理产品的单位须配备质量安全总监" : "销售实施强制性产品认证管理产品的单位须配备质量安全总监",
        producer ? "A maker of CCC products needs a quality-safety director" : "A seller of CCC products needs a quality-safety director",
        byReason("ccc"),
      ),
    );
  }
  if ((scope.categories.includes("mandatory-standard") || sellerBySize) && d.mandatoryStandardSizes.length > 0) {
    const size = unitSizeWithReasons(unit, options);
    const sizes: readonly string[] = d.mandatoryStandardSizes;
    const which = d.mandatoryStandardSizes.map((s) => labels.unitSize[s].zh).join("、");
    // Stryker disable next-line MethodExpression,StringLiteral: every reason of an in-scope decision is a scope.* rule
    const categoryFacts = scope.reasons.filter((r) => r.rule.startsWith("scope.")).flatMap((r) => r.facts);
    const facts = [...new Set([...categoryFacts, ...size.reasons.flatMap((r) => r.facts)])];
    const what = scope.categories.includes("mandatory-standard") ? "强制性国家标准产品" : "生产许可、强制性产品认证管理产品的销售";
    const whatEn = scope.categories.includes("mandatory-standard") ? "Mandatory-standard" : "Seller-only licence/CCC";
    if (size.size === undefined) {
      if (d.whenSizeUnknown === "required") {
        reasons.push(
          _reason(
            "staffing.director.size-unknown",
            d.citation,
            `${what}单位中${which}单位须配备质量安全总监；本单位规模无法确定，按须配备处理（请补充规模或从业人员、营业收入）`,
            `${whatEn} units of size ${d.mandatoryStandardSizes.join("/")} need a director; this unit's size is unknown, so one is required (add size, or staff and revenue)`,
            facts,
          ),
        );
      }
    } else if (sizes.includes(size.size)) {
      reasons.push(
        _reason(
          "staffing.director.mandatory-standard",
          d.citation,
          `${what}的${labels.unitSize[size.size].zh}单位须配备质量安全总监`,
          `A ${size.size} ${whatEn.toLowerCase()} unit needs a quality-safety director`,
          facts,
        ),
      );
    }
  }
  if (reasons.length > 0) return { officer, director: { required: true, reasons } };
  return {
    officer,
    director: {
      required: false,
      reasons: [
        _reason(
          "staffing.director.not-required",
          d.citation,
          producer
            ? "未生产实施生产许可、强制性产品认证管理的产品，且不属于须配备总监规模的强制性国家标准产品单位：不强制配备质量安全总监"
            : "销售单位不持有生产许可证、CCC证书，且不属于须配备总监的规模：不强制配备质量安全总监",
          producer
            ? "Makes no licensed or CCC product, and not a mandatory-standard unit of a size that needs one: a director is not required"
            : "A seller holds no licence or CCC certificate, and is not of a size that needs one: a director is not required",
          _factsOf(scope.reasons),
        ),
      ],
    },
  };
}
