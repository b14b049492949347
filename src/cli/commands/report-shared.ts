import { reportText } from "../../index";
import { pick, type Lang } from "../errors";

/**
 * The as-of date with where it came from (the words of `reportText.asOfFrom`):
 * `2026-11-20（数据集 asOf）`.
 *
 * @param asOf - The date.
 * @param from - Where it came from.
 * @param lang - The language.
 * @returns The note.
 * @example
 * ```ts
 * asOfNote("2026-11-20", "dataset", "en"); // "2026-11-20 (the data set's asOf)"
 * ```
 */
export function asOfNote(asOf: string, from: "option" | "dataset" | "today", lang: Lang): string {
  // The report's words for where it came from; "given" is the --as-of option here.
  const why = from === "option" ? "--as-of" : reportText[lang].asOfFrom[from];
  return pick(lang, `${asOf}（${why}）`, `${asOf} (${why})`);
}
