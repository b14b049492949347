import { RISK_EVENT_KINDS } from "../entities";
import { nanjingTierCitations as c } from "./citations";
import { _deepFreeze } from "../_lib/deep-freeze";
import { nanjingDepartments } from "./departments";
import { nanjingDistricts } from "./districts";
import { nanjingPlanSource } from "./plan-source";
import { nanjingDutiesParameters } from "./duties-parameters";
import type { Policy } from "./policy-schema";

/**
 * The Nanjing plan's policy (宁市监质监〔2023〕146号), the default everywhere.
 *
 * - Special supervision (特别监管): at least 3 major (重大) risks found within the last
 *   2 years, or credit risk 高 (SAMR class D).
 * - Key supervision (重点监管): a significant (较大) or major risk found within the key
 *   window, or credit risk 较高 (class C). The plan gives no key window: 2 years, as for
 *   special supervision [reading].
 * - Otherwise: no risk found within 2 years → trigger-based (触发式监管); only minor risks
 *   → routine (日常监管) [reading].
 * - Windows as of T: [T − 2 years (Civil Code Art. 202 clamping), T], both ends inclusive
 *   [reading]. Every kind of risk event counts.
 * - Key and special units: annual lists, a named responsible official, at least 1 on-site
 *   inspection per calendar half-year [reading: calendar halves], a change of official
 *   recorded within 5 working days; producers recall confirmed defects.
 * - Severity: only events recorded as major (重大) count for special supervision; the
 *   plan never says how one finding is graded [reading].
 * - Departments (附件1): the twelve member units and which handles what
 *   (`nanjingDepartments`; see `departmentFor`), default 质量监督处.
 * - Districts: Nanjing's eleven districts by GB/T 2260 code (`nanjingDistricts`).
 * - Source: signed 2023-11-10, issued (印发) 2023-11-20 (`nanjingPlanSource`).
 *
 * Each parameter carries its citation; readings say `reading: true` with a note
 * (FACTS.md §2–§3).
 *
 * @example
 * ```ts
 * classifyUnit(unit, { asOf: "2026-06-30" }); // uses nanjing2023
 * nanjing2023.supervision.special.minEvents;  // 3
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export const nanjing2023: Policy = _deepFreeze({
  id: "nanjing2023",
  version: "1.1.0",
  source: nanjingPlanSource,
  title: "南京市推动落实工业产品质量安全主体责任实施方案（宁市监质监〔2023〕146号）",
  titleEn: "Nanjing implementation plan for quality-safety responsibility of industrial-product units (Ning Shi Jian Zhi Jian [2023] No. 146)",
  supervision: {
    windowEdge: { start: "inclusive", citation: c.windowEdge },
    special: {
      windowYears: 2,
      minEvents: 3,
      severities: ["major"],
      kinds: [...RISK_EVENT_KINDS],
      creditLevels: ["high"],
      citation: c.special,
      windowCitation: c.specialWindow,
      severityCitation: c.severity,
      kindsCitation: c.kinds,
    },
    key: {
      windowYears: 2,
      minEvents: 1,
      severities: ["major", "significant"],
      kinds: [...RISK_EVENT_KINDS],
      creditLevels: ["higher"],
      citation: c.key,
      windowCitation: c.keyWindow,
      severityCitation: c.severity,
      kindsCitation: c.kinds,
    },
    lowRisk: { noRisk: "trigger", minorOnly: "routine", windowYears: 2, citation: c.lowRisk },
    credit: { classes: { A: "low", B: "general", C: "higher", D: "high" }, citation: c.credit },
    annualLists: { citation: c.annualLists },
    responsibleOfficial: { updateWithinWorkingDays: 5, citation: c.responsibleOfficial, updateCitation: c.officialChange },
    onsiteInspection: { minPerHalfYear: 1, kinds: ["onsite"], halfYear: "calendar", citation: c.onsiteInspection, halfYearCitation: c.halfYear },
    recall: { roles: ["producer"], citation: c.recall },
  },
  duties: nanjingDutiesParameters,
  departments: nanjingDepartments,
  districts: nanjingDistricts,
} satisfies Policy);
