/**
 * A list that counts every row but keeps only the first `keep` — by `compare`, stably, when
 * given; else in the order pushed. Memory stays bounded (at most `2 × keep + 16` rows held
 * between trims) whatever the input's size; without `keep` every row is kept.
 *
 * @example
 * ```ts
 * const late = new _Kept<{ dueOn: string }>(2, (a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
 * for (const row of rows) late.push(row);
 * late.done(); // the two earliest due
 * late.total;  // how many were pushed
 * ```
 * @internal
 */
export class _Kept<T> {
  /** The rows kept so far (sorted only after {@link _Kept.done}). */
  items: T[] = [];
  /** How many rows were pushed in all. */
  total = 0;
  /**
   * @param keep - The most rows to keep (absent: all).
   * @param compare - The order that decides which rows are kept (absent: the first pushed).
   */
  constructor(
    private readonly keep?: number,
    private readonly compare?: (a: T, b: T) => number,
  ) {}
  /** Counts a row and keeps it if it is among the first `keep`. */
  push(item: T): void {
    this.total++;
    if (this.keep === undefined) this.items.push(item);
    else if (!this.compare) {
      if (this.items.length < this.keep) this.items.push(item);
    } else {
      this.items.push(item);
      if (this.items.length >= 2 * this.keep + 16) this.trim();
    }
  }
  /** The rows kept, in order. */
  done(): T[] {
    if (this.compare) this.items.sort(this.compare);
    this.trim();
    return this.items;
  }
  private trim(): void {
    if (this.keep === undefined) return;
    if (this.compare) this.items.sort(this.compare); // stable: equal keys keep input order
    if (this.items.length > this.keep) this.items.length = this.keep;
  }
}

/** Orders rows by due date (`YYYY-MM-DD` strings compare as dates). @internal */
export const _byDue = <T extends { dueOn: string }>(a: T, b: T): number => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0);
