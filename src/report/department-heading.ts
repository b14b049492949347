import type { ReportLanguage as Lang } from "./language";
import { reportText } from "./report-text";
import type { ReportDepartmentGroup } from "./types";

/**
 * Shortens a quote or summary to at most `max` characters: whole when it fits, else cut at
 * the last punctuation mark (or, in English, space) in the second half of the allowance,
 * else at `max`, with "…".
 *
 * @param text - The words.
 * @param max - The most characters kept before "…".
 * @returns The words, or their head and "…".
 * @example
 * ```ts
 * _shortQuote("负责缺陷产品召回的监督管理工作", 30); // unchanged
 * _shortQuote("负责组织协调对未按规定建立质量安全管理制度，或者未按规定配备、培训……", 25); // "负责组织协调对未按规定建立质量安全管理制度…"
 * ```
 * @internal
 */
export function _shortQuote(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max + 1);
  for (let i = max; i >= Math.ceil(max / 2); i--) {
    if (/[，、；。,;: ]/.test(head[i]!)) return `${head.slice(0, i).join("").trimEnd()}…`;
  }
  return `${chars.slice(0, max).join("")}…`;
}

/**
 * The heading of a department's section in a report grouped by department: its names and the
 * words of its duties (shortened), and a note with the clauses — e.g.
 * `质量发展处 Quality Development Division — 负责缺陷产品召回的监督管理工作` with
 * `宁市监质监〔2023〕146号 附件1 三（五）` — plus the notes of any route that is a reading.
 *
 * @param group - The department's group.
 * @param lang - `zh` (Chinese names and quotes, with the English name) or `en` (English names and summaries).
 * @returns The title, the note, and the readings' notes (each once).
 * @example
 * ```ts
 * departmentHeading(report.byDepartment["quality-development"], "zh").title;
 * // "质量发展处 Quality Development Division — 负责缺陷产品召回的监督管理工作"
 * ```
 * @see 宁市监质监〔2023〕146号 附件1 三、成员处室（单位）职责分工
 * @internal
 */
export function departmentHeading(group: ReportDepartmentGroup, lang: Lang): { title: string; note: string; readings: string[] } {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const d of group.duties) {
    if (seen.has(d.duty)) continue; // the same duty by a stated route and by a reading
    seen.add(d.duty);
    words.push(lang === "en" ? _shortQuote(d.summaryEn, 60) : _shortQuote(d.citation.quote, 30));
  }
  const text = reportText[lang];
  const title = (lang === "en" ? group.nameEn : `${group.name} ${group.nameEn}`) + (words.length ? ` — ${words.join(text.dutySeparator)}` : "");
  const byDocument = new Map<string, string[]>();
  for (const d of group.duties) {
    const clauses = byDocument.get(d.citation.document) ?? byDocument.set(d.citation.document, []).get(d.citation.document)!;
    if (!clauses.includes(d.citation.clause)) clauses.push(d.citation.clause);
  }
  const readings = [...new Set(group.duties.flatMap((d) => (d.citation.reading && d.citation.note ? [d.citation.note] : [])))];
  const note =
    [...byDocument].map(([doc, clauses]) => `${doc} ${clauses.join("、")}`).join("; ") + (readings.length ? text.partlyReading : "");
  return { title, note, readings };
}
