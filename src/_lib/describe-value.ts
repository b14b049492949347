/**
 * A short, safe rendering of any value for an error message: a string quoted as JSON (cut
 * at 40 characters, with `…`), `null`, `"array"`, `"object"`, `"Date object"`, or
 * `String(value)` for numbers, booleans, `undefined`, BigInts, symbols and functions.
 * Never throws, and never reads inside an object (so a hostile getter or a huge array
 * costs nothing).
 *
 * @param value - Anything.
 * @returns The text to put in a message.
 * @example
 * ```ts
 * describeValue("2025-02-30"); // "\"2025-02-30\""
 * describeValue(null);         // "null"
 * describeValue([1, 2]);       // "array"
 * describeValue(new Date(0));  // "Date object"
 * ```
 * @see DESIGN.md principle 5 — errors carry the offending value
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value instanceof Date) return `Date object`;
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "object") return "object";
  return String(value);
}
