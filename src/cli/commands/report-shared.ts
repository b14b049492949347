import { pick, type Lang } from "../errors";

/**
 * The as-of date with where it came from: `2026-11-20（数据集 asOf）`.
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
  const why = { option: ["--as-of", "--as-of"], dataset: ["数据集 asOf", "the data set's asOf"], today: ["今天，Asia/Shanghai", "today in Asia/Shanghai"] }[from];
  return pick(lang, `${asOf}（${why[0]}）`, `${asOf} (${why[1]})`);
}
