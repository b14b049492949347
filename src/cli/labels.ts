import { labels, type SupervisionLevel } from "../index";
import { pick, type Lang } from "./errors";
import type { Style } from "./style";

/**
 * A supervision level's label in the chosen language, coloured by severity on a terminal
 * (special red, key yellow).
 *
 * @param level - The level.
 * @param lang - The language.
 * @param style - The styles.
 * @returns E.g. `特别监管` or `special supervision`.
 * @example
 * ```ts
 * levelLabel("key", "zh", plainStyle); // "重点监管"
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function levelLabel(level: SupervisionLevel, lang: Lang, style: Style): string {
  const l = labels.supervisionLevel[level];
  const text = pick(lang, l.zh, l.en);
  return level === "special" ? style.red(style.bold(text)) : level === "key" ? style.yellow(text) : text;
}

/** The supervision levels from the highest to the lowest. */
export const LEVELS_HIGH_TO_LOW: readonly SupervisionLevel[] = Object.freeze(["special", "key", "routine", "trigger"]);
