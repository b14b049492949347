import { _pick as pick, type ReportLanguage as Lang } from "./language";
import type { ReportDepartmentGroup } from "./departments";
import type { SupervisionReport } from "./builder";

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
 * The heading of a department's part of `qsd report --by department`: its names and the
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
 */
export function departmentHeading(group: ReportDepartmentGroup, lang: Lang): { title: string; note: string; readings: string[] } {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const d of group.duties) {
    if (seen.has(d.duty)) continue; // the same duty by a stated route and by a reading
    seen.add(d.duty);
    words.push(lang === "en" ? _shortQuote(d.summaryEn, 60) : _shortQuote(d.citation.quote, 30));
  }
  const title = (lang === "en" ? group.nameEn : `${group.name} ${group.nameEn}`) + (words.length ? ` — ${words.join(lang === "en" ? "; " : "；")}` : "");
  const byDocument = new Map<string, string[]>();
  for (const d of group.duties) {
    const clauses = byDocument.get(d.citation.document) ?? byDocument.set(d.citation.document, []).get(d.citation.document)!;
    if (!clauses.includes(d.citation.clause)) clauses.push(d.citation.clause);
  }
  const readings = [...new Set(group.duties.flatMap((d) => (d.citation.reading && d.citation.note ? [d.citation.note] : [])))];
  const note =
    [...byDocument].map(([doc, clauses]) => `${doc} ${clauses.join("、")}`).join("; ") + (readings.length ? pick(lang, "（含解读）", " (partly a reading)") : "");
  return { title, note, readings };
}

/**
 * The header line of a report grouped by department: what is grouped, by which clause, and
 * the mechanism period with the units checked.
 *
 * @param report - A report with `byDepartment`.
 * @param lang - The language.
 * @returns E.g. `按处室（宁市监质监〔2023〕146号 附件1 三）；日管控、周排查、月调度 2026-11-01 – 2026-11-20，已检查 20 个适用主体`.
 * @example
 * ```ts
 * groupedByNote(report, "en");
 * ```
 * @see 宁市监质监〔2023〕146号 附件1 三
 */
export function groupedByNote(report: SupervisionReport, lang: Lang): string {
  const m = report.mechanism;
  return pick(
    lang,
    `按处室（宁市监质监〔2023〕146号 附件1 三）；日管控、周排查、月调度 ${m.period.start} – ${m.period.end}，已检查 ${m.checked} 个适用主体，未结束的周、月不计缺失`,
    `department (宁市监质监〔2023〕146号 附件1 三); daily / weekly / monthly records ${m.period.start} – ${m.period.end}, ${m.checked} units in scope checked, a week or month still running not counted`,
  );
}
