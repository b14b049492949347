import { z } from "zod";
import { IsoDateSchema } from "../entities";
import { type Citation, CitationSchema, NANJING_PLAN } from "./citations";

/**
 * 政策依据 — the document a policy implements: its number, title and issuer, the day it was
 * signed (成文日期, the date under the issuer's name) and the day it was issued (印发日期, in
 * the colophon), each with the words that give it.
 *
 * @see 宁市监质监〔2023〕146号 落款、版记
 */
export const PolicySourceSchema = z
  .strictObject({
    /** 文号, e.g. `宁市监质监〔2023〕146号`. */
    document: z.string().min(1).meta({ description: "文号 — the document number." }),
    /** 标题 */
    title: z.string().min(1).meta({ description: "标题 — the document's title." }),
    /** 发文机关 */
    issuer: z.string().min(1).optional().meta({ description: "发文机关 — the issuing authority." }),
    /** 成文日期 — the date under the issuer's name. */
    signedOn: IsoDateSchema.optional().meta({ description: "成文日期 — the date under the issuer's name." }),
    /** 出处 — the signing date. */
    signedCitation: CitationSchema.optional(),
    /** 印发日期 — the date of issue in the colophon. */
    issuedOn: IsoDateSchema.optional().meta({ description: "印发日期 — the date of issue in the colophon (版记)." }),
    /** 出处 — the date of issue. */
    issuedCitation: CitationSchema.optional(),
  })
  .meta({ description: "政策依据 — the document a policy implements: number, title, issuer, signing and issue dates." });

/**
 * The document a policy implements, as parsed (see {@link PolicySourceSchema}).
 *
 * @see 宁市监质监〔2023〕146号 落款、版记
 */
export type PolicySource = z.infer<typeof PolicySourceSchema>;

/**
 * The Nanjing plan as a document: signed by the bureau on 2023-11-10 (the date under its
 * name) and issued by the bureau's office on 2023-11-20 (the colophon: "印发").
 *
 * @example
 * ```ts
 * nanjingPlanSource.signedOn; // "2023-11-10"
 * nanjingPlanSource.issuedOn; // "2023-11-20"
 * ```
 * @see 宁市监质监〔2023〕146号 落款、版记
 */
export const nanjingPlanSource: PolicySource = Object.freeze({
  document: NANJING_PLAN,
  title: "南京市推动落实工业产品质量安全主体责任实施方案",
  issuer: "南京市市场监督管理局",
  signedOn: "2023-11-10",
  signedCitation: Object.freeze<Citation>({ document: NANJING_PLAN, clause: "落款", quote: "南京市市场监督管理局2023年11月10日" }),
  issuedOn: "2023-11-20",
  issuedCitation: Object.freeze<Citation>({ document: NANJING_PLAN, clause: "版记", quote: "南京市市场监督管理局办公室2023年11月20日印发" }),
} satisfies PolicySource);
