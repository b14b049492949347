import { z } from "zod";
import { _addIssue } from "../entities/primitives";

/**
 * Where a rule or a policy parameter comes from: the document, the clause and the words.
 *
 * A parameter that is our own reading where no source settles the point (FACTS.md
 * [reading]) says so with `reading: true` and a `note` explaining the reading; the quote is
 * then the text being read.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface Citation {
  /** 文件 — the document, e.g. `宁市监质监〔2023〕146号`. */
  readonly document: string;
  /** 条款 — the clause, e.g. `二（七）`. */
  readonly clause: string;
  /** 原文 — the words, verbatim from the document (PDF line breaks joined). */
  readonly quote: string;
  /** `true` when the parameter is our reading of the quote, not stated by it (FACTS.md [reading]). */
  readonly reading?: true;
  /** 说明 — how the quote is read, or where the text comes from. */
  readonly note?: string;
}

/**
 * The zod schema of a {@link Citation}. A reading (`reading: true`) must carry a `note`.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export const CitationSchema = z
  .strictObject({
    /** 文件 — the document, e.g. `宁市监质监〔2023〕146号`. */
    document: z.string().min(1).meta({ description: "文件 — the document." }),
    /** 条款 — the clause, e.g. `二（七）`. */
    clause: z.string().min(1).meta({ description: "条款 — the clause." }),
    /** 原文 — the words, verbatim (PDF line breaks joined). */
    quote: z.string().min(1).meta({ description: "原文 — the words, verbatim." }),
    /** `true` when the parameter is our reading of the quote (FACTS.md [reading]). */
    reading: z.literal(true).optional().meta({ description: "Our reading where no source settles the point (FACTS.md [reading])." }),
    /** 说明 — how the quote is read, or where the text comes from. */
    note: z.string().min(1).optional().meta({ description: "说明 — how the quote is read." }),
  })
  .check((ctx) => {
    if (ctx.value.reading === true && ctx.value.note === undefined) {
      _addIssue(ctx, ["note"], "reading_without_note", {}, { continue: false });
    }
  })
  .meta({ title: "Citation", description: "出处 — document, clause and verbatim quote of a rule or parameter." });

/**
 * 文号 of the Nanjing plan (南京市推动落实工业产品质量安全主体责任实施方案).
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export const NANJING_PLAN = "宁市监质监〔2023〕146号";

/**
 * The clause of the Nanjing plan on supervision tiers: 二、（七）实施分类监管.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export const NANJING_TIERS_CLAUSE = "二（七）";

/**
 * The verbatim sentences of the Nanjing plan 二（七） (实施分类监管), PDF line breaks joined.
 * The PDF's spaces around Arabic numerals ("近 2 年内", "不少于 1次") are dropped, as
 * everywhere in this package ("近2年内", "不少于1次").
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export const nanjingTierQuotes = Object.freeze({
  /** Routine or trigger-based supervision for units with no or small risk. */
  lowRisk: "对未发现或者质量安全风险小的工业产品生产和销售单位，按照“无事不扰”原则，纳入属地日常监管或者实施触发式监管",
  /** Key supervision. */
  key: "对发现较大质量安全风险或者信用风险较高的生产和销售单位，实施重点监管",
  /** Special supervision. */
  special: "对近2年内发现3次及以上重大质量安全风险或者信用风险高的生产和销售单位，实施特别监管",
  /** The window of special supervision: "近2年内". */
  window: "近2年内",
  /** The credit-risk levels named by the plan. */
  credit: "信用风险较高",
  /** Separate annual lists for producers and sellers. */
  annualLists: "对实施重点监管、特别监管的，分别建立生产、销售单位年度名单",
  /** A named responsible official. */
  responsibleOfficial: "将监管责任建档锁定明确到人",
  /** At least one on-site inspection within each half-year. */
  onsiteInspection: "半年内现场检查不少于1次",
  /** A change of responsible official is recorded within 5 working days. */
  officialChange: "监管责任人如有变动，应在5个工作日内更新",
  /** Recall of confirmed defective products (producers). */
  recall: "经确认产品存在缺陷的，督促生产单位按照国家有关规定进行召回",
});

function nanjing(quote: string, reading?: string): Citation {
  return Object.freeze(
    reading === undefined
      ? { document: NANJING_PLAN, clause: NANJING_TIERS_CLAUSE, quote }
      : { document: NANJING_PLAN, clause: NANJING_TIERS_CLAUSE, quote, reading: true as const, note: reading },
  );
}

/**
 * The citations of the Nanjing plan's supervision rules (二（七）), one per rule or
 * parameter. Readings (FACTS.md §2–§3 [reading]) are marked `reading: true` with a note.
 *
 * @example
 * ```ts
 * nanjingTierCitations.special.quote; // "对近2年内发现3次及以上重大质量安全风险或者信用风险高的生产和销售单位，实施特别监管"
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export const nanjingTierCitations = Object.freeze({
  /** Special supervision: at least 3 major risks within 2 years, or credit risk 高. */
  special: nanjing(nanjingTierQuotes.special),
  /** The special-supervision window, 近2年内 (stated). */
  specialWindow: nanjing(nanjingTierQuotes.window),
  /** Key supervision: a significant risk, or credit risk 较高. */
  key: nanjing(nanjingTierQuotes.key),
  /** The key-supervision window: the plan gives none. */
  keyWindow: nanjing(
    nanjingTierQuotes.key,
    "The plan gives no window for key supervision; the Nanjing profile counts risks found within the same two years as special supervision (FACTS.md §2 [reading]). 计入期间：同特别监管，近2年内。A major risk also counts for key supervision: 重大 is above 较大.",
  ),
  /** The window edges: [T − N years, T], both ends inclusive. */
  windowEdge: nanjing(
    nanjingTierQuotes.window,
    "\"近2年内\" as of day T covers risks found from T minus 2 years (Civil Code Art. 202 clamping: 2026-02-28 − 2 years = 2024-02-28; 2028-02-29 − 2 years = 2026-02-28) through T, both days inclusive; risks dated after T are ignored (FACTS.md §3 [reading]).",
  ),
  /** No risk → trigger-based; only small risks → routine. */
  lowRisk: nanjing(
    nanjingTierQuotes.lowRisk,
    "The plan allows routine (日常监管) or trigger-based (触发式监管) supervision for units with no or small risk without saying which; we read \"未发现\" (no risk found within the window) → trigger-based and \"风险小\" (only risks below the key threshold, i.e. minor 一般) → routine. Both may be set to routine (FACTS.md §2 [reading]).",
  ),
  /** Credit classes → credit-risk levels (SAMR A/B/C/D). */
  credit: nanjing(
    nanjingTierQuotes.credit,
    "The plan names the levels 较高 and 高 but no class set; SAMR's enterprise credit-risk classification is A (低 low), B (一般 general), C (较高 higher), D (高 high), so C → key and D → special (FACTS.md §2 [other]). The class set is a parameter (e.g. Shandong A–E). The unit's newest class dated on or before the as-of day applies.",
  ),
  /** Separate annual lists of key and special producers and sellers. */
  annualLists: nanjing(nanjingTierQuotes.annualLists),
  /** A named responsible official per key or special unit. */
  responsibleOfficial: nanjing(nanjingTierQuotes.responsibleOfficial),
  /** At least one on-site inspection within each half-year. */
  onsiteInspection: nanjing(nanjingTierQuotes.onsiteInspection),
  /** "半年内": calendar halves by default. */
  halfYear: nanjing(
    nanjingTierQuotes.onsiteInspection,
    "\"半年内\" is read as each calendar half-year (1 January – 30 June, 1 July – 31 December) by default; the rolling mode counts the six months ending on the as-of day instead (FACTS.md §3 [reading]).",
  ),
  /** A change of responsible official recorded within 5 working days. */
  officialChange: nanjing(
    nanjingTierQuotes.officialChange,
    "\"5个工作日内\" after a change on day D ends on the 5th working day after D on the official calendar (Civil Code Art. 201: D not counted; statutory holidays excluded, adjusted weekend working days count) (FACTS.md §3).",
  ),
  /** Recall of confirmed defective products by producers. */
  recall: nanjing(nanjingTierQuotes.recall),
  /** How a finding is graded 重大 / 较大 / 一般: the plan never says (a reading). */
  severity: nanjing(
    nanjingTierQuotes.special,
    "The plan counts 重大 (major) risks for special supervision (3次及以上) and 较大 (significant) ones for key supervision, but never says how one finding is graded 重大, 较大 or 一般. The grade is an input (riskEvents[].severity), recorded by whoever records the event; special supervision counts only events recorded as major, key supervision major or significant ones (重大 is above 较大). Grading itself is not decided here.",
  ),
  /** Which kinds of event count: the plan names no source of a risk (a reading). */
  kinds: nanjing(
    nanjingTierQuotes.key,
    "\"发现…质量安全风险\" names no way of finding: a risk found by sampling, a verified complaint, media, risk monitoring, an inspection, enforcement, an accident or otherwise counts alike (every kind of risk event).",
  ),
});

/**
 * The Anhui provincial profile's source, as summarised in FACTS.md §2 [other] (no document
 * number was sourced).
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export const ANHUI_PROFILE = "安徽省工业产品质量安全分类监管规则（省级方案）";

/**
 * Anhui's own Chinese wording of its two tiers, as far as it was found (the full text of
 * the profile is not held in this repository).
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export const anhuiTierQuotes = Object.freeze({
  /** Key supervision: within 1 year, 1 or more failed sampling inspections, verified complaints, media exposures, etc. */
  key: "1年内发现1次以上抽查不合格、投诉举报被核实、媒体曝光等",
  /** Special supervision: within the last two years, 3 or more … */
  special: "近两年内发现3次及以上",
});

/**
 * The citations of the Anhui provincial profile, quoting Anhui's own Chinese words
 * ({@link anhuiTierQuotes}); the rest of each rule (the credit levels, what the special tier
 * counts) is FACTS.md §2's summary [other], and the notes say so.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export const anhuiTierCitations = Object.freeze({
  /** Special: at least 3 such events within 2 years, or credit risk 高. */
  special: Object.freeze<Citation>({
    document: ANHUI_PROFILE,
    clause: "特别监管",
    quote: anhuiTierQuotes.special,
    note: "Anhui's wording of the special tier as found; the rest of the sentence is summarised in FACTS.md §2 [other]: at least 3 such events (the kinds of the key tier) within 2 years, or credit risk 高.",
  }),
  /** Key: at least 1 event within 1 year, or credit risk 较高. */
  key: Object.freeze<Citation>({
    document: ANHUI_PROFILE,
    clause: "重点监管",
    quote: anhuiTierQuotes.key,
    note: "Anhui's wording of the key tier; the credit level (信用风险较高) is FACTS.md §2's summary [other].",
  }),
  /** The events of the profile are not graded: every severity counts (a reading). */
  severity: Object.freeze<Citation>({
    document: ANHUI_PROFILE,
    clause: "重点监管",
    quote: anhuiTierQuotes.key,
    reading: true,
    note: "The profile counts events (抽查不合格、投诉举报被核实、媒体曝光), not graded risks: events of every severity (重大, 较大, 一般) count for both tiers.",
  }),
  /** The list of event kinds ends with 等: non-exhaustive (a reading). */
  kinds: Object.freeze<Citation>({
    document: ANHUI_PROFILE,
    clause: "重点监管",
    quote: anhuiTierQuotes.key,
    reading: true,
    note: "The list 抽查不合格、投诉举报被核实、媒体曝光 ends with 等 (\"and the like\"): it names examples, not every kind. Read as non-exhaustive, every kind of risk event counts for both tiers by default. To count only the three named kinds, set supervision.key.kinds and supervision.special.kinds to [\"sampling-failure\", \"verified-complaint\", \"media-exposure\"] with definePolicy.",
  }),
});
