/**
 * Label tables: the Chinese and English names of each value of an enumeration
 * (CONVENTIONS: every tier, severity and role name has a `labels.zh` / `labels.en` entry in
 * one place). Entities' `labels` and obligations' `obligationLabels` are built with it.
 */
import { _deepFreeze } from "./deep-freeze";

/**
 * Chinese and English labels for every enumerated value of the data model, in one
 * place (CONVENTIONS: tier, severity and role names are string literals, each with a
 * `zh` / `en` label here).
 */
export interface Label {
  /** 中文名称 */
  readonly zh: string;
  /** English name */
  readonly en: string;
}

/**
 * Freezes a label table (and each label), typed by its keys:
 * `_labelTable<UnitRole>({ producer: { zh: "生产单位", en: "producer" }, … })`.
 *
 * @internal
 */
export function _labelTable<const K extends string>(entries: Record<K, Label>): Readonly<Record<K, Label>> {
  return _deepFreeze(entries);
}
