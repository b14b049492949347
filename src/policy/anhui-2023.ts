import { ANHUI_PROFILE, anhuiTierCitations as a } from "./citations";
import { _deepFreeze } from "../_lib/deep-freeze";
import { RISK_EVENT_KINDS } from "../entities";
import { nanjingDepartments } from "./departments";
import { nanjingDutiesParameters } from "./duties-parameters";
import { nanjing2023 } from "./nanjing-2023";
import type { Policy } from "./policy-schema";

/**
 * The Anhui provincial profile of tiered supervision (FACTS.md §2 [other]).
 *
 * - Key supervision (重点监管): at least 1 failed sampling inspection (监督抽查不合格),
 *   verified complaint (投诉举报经核实) or media exposure (媒体曝光) within 1 year, or credit
 *   risk 较高 (class C).
 * - Special supervision (特别监管): at least 3 such events within 2 years, or credit risk 高
 *   (class D).
 * - Severity: the profile names kinds of event, not severities, so events of **any**
 *   severity (重大, 较大, 一般) count [reading].
 * - Kinds: Anhui's list "抽查不合格、投诉举报被核实、媒体曝光等" ends with 等 ("and the like"),
 *   so it is read as non-exhaustive: every kind of risk event counts by default [reading];
 *   `supervision.key.kinds` / `supervision.special.kinds` are the parameter (set them to
 *   the three named kinds to count only those).
 * - Districts: none listed (no Anhui division list is held): `validate` warns of no code.
 *
 * Everything else is the Nanjing plan's, because Anhui's was not sourced: the window edges,
 * the routine/trigger reading, the SAMR A/B/C/D class set, annual lists, responsible
 * official (5 working days), on-site inspections per calendar half-year, recall; and the
 * duty parameters (`duties` reuses `nanjingDutiesParameters`: Anhui's duty parameters
 * were not sourced); and the departments (`departments` reuses `nanjingDepartments`: no
 * Anhui division of duties was sourced, and the Nanjing bureau's divisions — 质量监督处,
 * 认证监管处, 执法协调处, 质量发展处 … — are the usual divisions of a market-regulation
 * bureau; every citation still names the Nanjing plan, so a report shows where the routing
 * comes from. A city or province with its own division of duties replaces
 * `departments.members` and the routes with `definePolicy`).
 *
 * @example
 * ```ts
 * classifyUnit(unit, { asOf: "2026-06-30", policy: anhui2023 });
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export const anhui2023: Policy = _deepFreeze({
  id: "anhui2023",
  version: "1.1.0",
  title: "安徽省工业产品质量安全分类监管（省级方案）",
  titleEn: "Anhui provincial profile of tiered supervision of industrial-product quality safety",
  supervision: {
    ...nanjing2023.supervision,
    special: {
      windowYears: 2,
      minEvents: 3,
      severities: ["major", "significant", "minor"],
      kinds: [...RISK_EVENT_KINDS],
      creditLevels: ["high"],
      citation: a.special,
      windowCitation: a.special,
      severityCitation: a.severity,
      kindsCitation: a.kinds,
    },
    key: {
      windowYears: 1,
      minEvents: 1,
      severities: ["major", "significant", "minor"],
      kinds: [...RISK_EVENT_KINDS],
      creditLevels: ["higher"],
      citation: a.key,
      windowCitation: a.key,
      severityCitation: a.severity,
      kindsCitation: a.kinds,
    },
  },
  duties: nanjingDutiesParameters,
  departments: nanjingDepartments,
  districts: {
    codes: {},
    citation: {
      document: ANHUI_PROFILE,
      clause: "—",
      quote: "安徽省",
      note: "No list of Anhui's county-level divisions is held here: the profile names no districts, so validate warns of no district code and the report shows codes without names. Add them with definePolicy (districts.codes).",
    },
  },
} satisfies Policy);
