import { z } from "zod";
import { _addIssue } from "../entities/primitives";
import { _uniqueList } from "./_unique-list";
import { CREDIT_RISK_LEVELS, INSPECTION_KINDS, RISK_EVENT_KINDS, RISK_SEVERITIES, SUPERVISION_LEVELS, UNIT_ROLES } from "../entities";
import { CitationSchema } from "./citations";
import { DepartmentsSchema } from "./departments";
import { DistrictsSchema } from "./districts";
import { PolicySourceSchema } from "./plan-source";
import { DutiesParametersSchema } from "./duties-parameters";


const WindowYears = z
  .number()
  .int()
  .min(1)
  .max(100)
  .meta({ description: "计入期间（年） — the window in whole years ending on the as-of day (FACTS.md §3)." });

/** One tier rule (special or key): how many counted risks within how many years, or which credit-risk levels. */
const TierRuleSchema = z.strictObject({
  /** 计入期间（年） — the window, whole years ending on the as-of day (Nanjing: 2). */
  windowYears: WindowYears,
  /** 次数 — the fewest counted risk events within the window that make the tier (special 3, key 1). */
  minEvents: z.number().int().min(1).max(1000).meta({ description: "次数 — the fewest counted risk events within the window that make the tier." }),
  /** 计入的风险等级 — which severities count (special: major 重大; key: major and significant 较大). */
  severities: _uniqueList(RISK_SEVERITIES, 1, "计入的风险等级 — which severities count (major 重大, significant 较大, minor 一般)."),
  /** 计入的风险来源 — which kinds of risk event count (Nanjing: all; Anhui: sampling failures, verified complaints, media exposure). */
  kinds: _uniqueList(RISK_EVENT_KINDS, 1, "计入的风险来源 — which kinds of risk event count."),
  /** 信用风险等级 — the credit-risk levels that alone make the tier (special: high 高; key: higher 较高). */
  creditLevels: _uniqueList(CREDIT_RISK_LEVELS, 0, "信用风险等级 — which credit-risk levels alone make the tier (may be empty)."),
  /** 出处 — the rule's clause. */
  citation: CitationSchema,
  /** 出处 — where the window comes from (a reading for Nanjing's key window). */
  windowCitation: CitationSchema,
  /** 出处 — how a finding gets its severity (a reading: the plan never says how one finding is graded). */
  severityCitation: CitationSchema,
  /** 出处 — which kinds of event count (a reading where the source's list ends with 等). */
  kindsCitation: CitationSchema,
});

/** A low-risk supervision level: routine (日常监管) or trigger-based (触发式监管). */
const LowLevel = z.enum(["routine", "trigger"] as const satisfies readonly (typeof SUPERVISION_LEVELS)[number][]);

/**
 * 监管政策 — the supervision policy: thresholds, windows and mappings of the Nanjing plan's
 * tiered supervision (二（七）), each parameter with its citation, plus the duties
 * parameters (`duties`). Built-ins: `nanjing2023`, `anhui2023`; derive a city's own with
 * `definePolicy`.
 *
 * Unknown keys are rejected (a misspelt override must not pass silently).
 *
 * @example
 * ```ts
 * PolicySchema.safeParse(nanjing2023).success; // true
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export const PolicySchema = z
  .strictObject({
    /** 标识, e.g. `"nanjing2023"`. */
    id: z.string().min(1).max(100).meta({ description: "标识 — policy id, e.g. nanjing2023." }),
    /** 版本, e.g. `"1.0.0"`. */
    version: z.string().min(1).max(50).meta({ description: "版本 — version." }),
    /** 政策依据 — the document the policy implements, with its signing and issue dates. */
    source: PolicySourceSchema.optional(),
    /** 名称 (Chinese). */
    title: z.string().min(1).meta({ description: "名称 — title (Chinese)." }),
    /** Title in English. */
    titleEn: z.string().min(1).meta({ description: "Title in English." }),
    /** 分类监管 — the supervision tiers and the duties they bring (plan 二（七）). */
    supervision: z.strictObject({
      /** 期间起点 — how the first day of a window counts. */
      windowEdge: z.strictObject({
        /**
         * Whether day T − N years counts: `"inclusive"` (the default reading, FACTS.md §3) or
         * `"exclusive"` (Civil Code Art. 201 style). The last day T always counts.
         */
        start: z.enum(["inclusive", "exclusive"]).meta({ description: "Whether day T − N years counts: inclusive (default reading) or exclusive." }),
        /** 出处 (a reading). */
        citation: CitationSchema,
      }),
      /** 特别监管 — special supervision. */
      special: TierRuleSchema.meta({ description: "特别监管 — special supervision." }),
      /** 重点监管 — key supervision. */
      key: TierRuleSchema.meta({ description: "重点监管 — key supervision." }),
      /** 日常监管 / 触发式监管 — the levels below key ([reading]). */
      lowRisk: z.strictObject({
        /** 未发现风险 — the level when no risk was found within the window (default `trigger`). */
        noRisk: LowLevel.meta({ description: "未发现风险 — the level when no risk was found within the window (default trigger)." }),
        /** 风险小 — the level when risks were found but none counts for key or special (default `routine`). */
        minorOnly: LowLevel.meta({ description: "风险小 — the level when risks were found but none counts for key or special (default routine)." }),
        /** The window, in years, in which "found" is looked for (default 2). */
        windowYears: WindowYears,
        /** 出处 (a reading). */
        citation: CitationSchema,
      }),
      /** 信用风险分类 — the class set and its levels. */
      credit: z.strictObject({
        /** 信用风险分类 — class → level (low 低, general 一般, higher 较高, high 高), e.g. SAMR A/B/C/D; replaced whole by `definePolicy`. */
        classes: z
          .record(z.string().min(1).max(20), z.enum(CREDIT_RISK_LEVELS))
          .check((ctx) => {
            if (Object.keys(ctx.value).length === 0) {
              _addIssue(ctx, [], "empty_class_set", {}, { continue: false });
            }
          })
          .meta({ description: "信用风险分类 — class → level (low 低, general 一般, higher 较高, high 高), e.g. SAMR A/B/C/D." }),
        /** 出处 (a reading: the plan names levels, not classes). */
        citation: CitationSchema,
      }),
      /** 年度名单 — separate annual lists of key and special producers and sellers. */
      annualLists: z.strictObject({
        /** 出处 */
        citation: CitationSchema,
      }),
      /** 监管责任人 — the named responsible official. */
      responsibleOfficial: z.strictObject({
        /** 工作日 — working days allowed to record a change of responsible official (5). */
        updateWithinWorkingDays: z
          .number()
          .int()
          .min(1)
          .max(365)
          .meta({ description: "工作日 — working days allowed to record a change of responsible official (5)." }),
        /** 出处 — naming the official. */
        citation: CitationSchema,
        /** 出处 — recording a change within 5 working days. */
        updateCitation: CitationSchema,
      }),
      /** 现场检查 — on-site inspections of key and special units. */
      onsiteInspection: z.strictObject({
        /** 次数 — the fewest on-site inspections per half-year (1). */
        minPerHalfYear: z.number().int().min(1).max(366).meta({ description: "次数 — the fewest on-site inspections per half-year (1)." }),
        /** 检查方式 — which inspection kinds count (`onsite`). */
        kinds: _uniqueList(INSPECTION_KINDS, 1, "检查方式 — which inspection kinds count (onsite)."),
        /** 半年 — `"calendar"` halves (default reading) or `"rolling"`: the six months ending on the as-of day. */
        halfYear: z.enum(["calendar", "rolling"]).meta({ description: "半年 — calendar halves (default reading) or the six months ending on the as-of day." }),
        /** 出处 */
        citation: CitationSchema,
        /** 出处 — the half-year reading. */
        halfYearCitation: CitationSchema,
      }),
      /** 缺陷召回 — recall of confirmed defects. */
      recall: z.strictObject({
        /** 主体角色 — which roles are made to recall (`producer`: "督促生产单位"). */
        roles: _uniqueList(UNIT_ROLES, 0, "主体角色 — which roles are made to recall confirmed defects (producer)."),
        /** 出处 */
        citation: CitationSchema,
      }),
    }),
    /** The units' own duties (scope, staffing, mechanism, data entry). */
    duties: DutiesParametersSchema,
    /**
     * 成员处室（单位）职责分工 — the departments of the regulator and which of them handles
     * what (obligation kinds, finding codes, checklist items, topics), with a default
     * (plan 附件1 三). See `departmentFor`.
     */
    departments: DepartmentsSchema,
    /** 辖区 — the districts the policy knows (GB/T 2260 codes and names); `validate` warns of a unit's code outside them. */
    districts: DistrictsSchema,
  })
  .meta({
    title: "Policy",
    description:
      "监管政策 — the thresholds, windows and mappings of tiered supervision (宁市监质监〔2023〕146号 二（七）), the units' duties and the departments that handle each matter (附件1 三), each parameter with its citation.",
  });

/**
 * A supervision policy, as parsed (see {@link PolicySchema}). Built-in policies and those
 * made by `definePolicy` are deeply frozen.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export type Policy = z.infer<typeof PolicySchema>;

/**
 * A policy as accepted on input (see {@link PolicySchema}).
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export type PolicyInput = z.input<typeof PolicySchema>;
