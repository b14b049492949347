/**
 * The language of a rendered report: `"zh"` (Chinese headings with their English) or
 * `"en"` (English only).
 */
export type ReportLanguage = "zh" | "en";

/** The Chinese or the English text. @internal */
export function _pick(lang: ReportLanguage, zh: string, en: string): string {
  return lang === "en" ? en : zh;
}
