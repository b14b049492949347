/**
 * Escaping for the report page: every data string goes through {@link _escapeHtml} (text and
 * attribute values) or {@link _jsonForScript} (the data island). Characters that could
 * reorder or hide what a reader sees — C0/C1 controls, bidi embeddings, overrides and
 * isolates (the "Trojan Source" characters), line and paragraph separators, zero-width
 * spaces and the BOM — become visible escapes such as `\u202E`, as the terminal shows them
 * (src/cli/terminal-text.ts), so a hostile unit name cannot flip the order of a row.
 *
 * @internal
 */

/** The characters shown as visible `\uXXXX` escapes (tab and line feed stay). */
// eslint-disable-next-line no-control-regex
export const _INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

/** `\u202E` for U+202E. @internal */
export function _visible(text: string): string {
  return text.replace(_INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML content and double- or single-quoted attribute values, with the
 * invisible characters made visible ({@link _visible}).
 *
 * @param text - Any string.
 * @returns The escaped text.
 * @internal
 */
export function _escapeHtml(text: string): string {
  return _visible(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * JSON for a `<script type="application/json">` element: `<`, `>` and `&` become `\u003c`
 * etc., so no data string can close the element (`</script>`) or open a comment; the
 * invisible characters of {@link _visible} (U+2028, U+2029, bidi controls, …) are escaped too. `JSON.parse` of the element's text gives the value back.
 *
 * @param value - A JSON-serialisable value.
 * @returns The JSON text.
 * @internal
 */
export function _jsonForScript(value: unknown): string {
  // JSON escapes: JSON.parse gives every character back exactly; the page's source shows no raw control or bidi character.
  return JSON.stringify(value)
    .replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(_INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
