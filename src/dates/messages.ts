/**
 * The dates module's messages, one table per language keyed by code and built from the
 * params; linked into the library's one table per language (src/entities/messages), where
 * validation's `invalid_date` issue takes the same text. (This module sits below entities,
 * so its entries live here.)
 * @internal
 */

/** What the date messages are built from (a subset of the library's `ProblemParams`). @internal */
export interface _DateParams {
  /** The value as text: a string as given (at most 40 characters), another value as `describeValue` shows it. */
  received?: string;
  /** Why, when more can be said (English; not translated). */
  detail?: string;
}

type Table = { readonly invalid_date: (p: _DateParams) => string };

/** The Chinese table. @internal */
export const _datesZh: Table = {
  invalid_date: (p) => `日期"${p.received}"无效，应为 YYYY-MM-DD 格式的公历日期${p.detail ? `（${p.detail}）` : ""}`,
};

/** The English table. @internal */
export const _datesEn: Table = {
  invalid_date: (p) => `"${p.received}" is not a calendar date YYYY-MM-DD${p.detail ? ` (${p.detail})` : ""}`,
};
