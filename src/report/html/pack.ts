/**
 * Stores every string of a JSON value that occurs more than once (and is longer than a few
 * characters) once: the report's citations, messages and names repeat across lists and
 * unit panels, and the page must stay small. A stored string is replaced by `"~<index>"`;
 * a data string that itself starts with `~` gets one more `~` in front. The page's script
 * undoes it ({@link _unpackStrings} is the same algorithm, for tests).
 *
 * @internal
 */

/** The packed form: the string table and the value. @internal */
export interface _Packed {
  /** The strings stored once. */
  s: string[];
  /** The value, with references `"~<index>"` in place of those strings. */
  d: unknown;
}

/** Sets an own property, even one named `__proto__` (a data key must stay a key). */
const define = (o: Record<string, unknown>, k: string, value: unknown) => Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });

const isPlainObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === "object" && !Array.isArray(x);

/** @internal */
export function _packStrings(value: unknown, minLength = 6): _Packed {
  const counts = new Map<string, number>();
  const count = (x: unknown): void => {
    if (typeof x === "string") counts.set(x, (counts.get(x) ?? 0) + 1);
    else if (Array.isArray(x)) for (const v of x) count(v);
    else if (x !== null && typeof x === "object") for (const v of Object.values(x)) count(v);
  };
  count(value);
  const table: string[] = [];
  const index = new Map<string, number>();
  for (const [s, n] of counts) if (n > 1 && s.length >= minLength) index.set(s, table.push(s) - 1);
  const pack = (x: unknown): unknown => {
    if (typeof x === "string") {
      const i = index.get(x);
      return i !== undefined ? `~${i}` : x.startsWith("~") ? `~${x}` : x;
    }
    if (Array.isArray(x)) {
      if (x.length >= 2 && x.every(isPlainObject)) {
        const keys = [...new Set(x.flatMap((o) => Object.keys(o).filter((k) => o[k] !== undefined)))];
        return ["~o", keys, ...x.map((o) => keys.map((k) => (o[k] === undefined ? "~u" : pack(o[k]))))];
      }
      return x.map(pack);
    }
    if (isPlainObject(x)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(x)) if (v !== undefined) define(out, k, pack(v));
      return out;
    }
    return x;
  };
  return { s: table, d: pack(value) };
}

/** @internal */
export function _unpackStrings(packed: _Packed): unknown {
  const un = (x: unknown): unknown => {
    if (typeof x === "string") return x.startsWith("~~") ? x.slice(1) : x.startsWith("~") ? packed.s[Number(x.slice(1))] : x;
    if (Array.isArray(x)) {
      if (x[0] === "~o") {
        const keys = x[1] as string[];
        return x.slice(2).map((row: unknown[]) => {
          const out: Record<string, unknown> = {};
          keys.forEach((k, i) => {
            if (row[i] !== "~u") define(out, k, un(row[i]));
          });
          return out;
        });
      }
      return x.map(un);
    }
    if (x !== null && typeof x === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(x)) define(out, k, un(v));
      return out;
    }
    return x;
  };
  return un(packed.d);
}
