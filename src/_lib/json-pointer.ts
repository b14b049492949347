/**
 * JSON pointers (RFC 6901), the one copy every module uses: issue paths (entities,
 * validation), canonical JSON errors and decision-record mismatches (audit). Kept here,
 * with no imports, so that a module that builds pointers does not load zod or anything
 * else with it.
 */

/**
 * One key as an RFC 6901 reference token: `~` → `~0` first, then `/` → `~1` (in that order,
 * so that a `/` never turns into a `~0`-looking sequence).
 *
 * @internal
 */
export function _escapePointerToken(key: PropertyKey): string {
  const s = String(key);
  // Most keys have neither character: skip the two regex passes for them.
  if (!s.includes("~") && !s.includes("/")) return s;
  return s.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * `pointer` extended by one key: `_appendPointer("/units", 3)` → `"/units/3"`.
 *
 * @internal
 */
export function _appendPointer(pointer: string, key: PropertyKey): string {
  return `${pointer}/${_escapePointerToken(key)}`;
}

/**
 * The keys a JSON pointer names, unescaped (`~1` → `/` first, then `~0` → `~`, as RFC 6901
 * §4 says); `[]` for `""`, the whole document.
 *
 * @internal
 */
export function _pointerKeys(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((token) => (token.includes("~") ? token.replace(/~1/g, "/").replace(/~0/g, "~") : token));
}

/**
 * Turns a path of keys into a JSON pointer, escaping `~` and `/` (RFC 6901).
 *
 * @param path - The keys from the root to the value: property names and array indexes.
 * @returns The JSON pointer, `""` for the empty path (the whole document).
 * @example
 * ```ts
 * toJsonPointer(["riskEvents", 0, "date"]); // "/riskEvents/0/date"
 * toJsonPointer(["answers", "a/b~c"]);      // "/answers/a~1b~0c"
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6901 — JavaScript Object Notation (JSON) Pointer
 */
export function toJsonPointer(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) out += `/${_escapePointerToken(key)}`;
  return out;
}
