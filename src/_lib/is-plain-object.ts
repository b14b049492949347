/**
 * Whether `value` is a plain object — what a JSON object literal or `JSON.parse` makes:
 * a non-null object, not an array, whose prototype is `null` or an `Object.prototype`.
 *
 * "An `Object.prototype`" is recognised as a prototype whose own prototype is `null`, so an
 * object from another realm (an iframe, a `vm` context) counts, as does
 * `Object.create(null)`. Class instances, `Date`, `Map`, `RegExp`, boxed primitives and
 * arrays (of any realm) do not.
 *
 * The one rule for every caller: canonical JSON (audit) writes plain objects and rejects
 * everything else; `definePolicy`'s merge goes into plain objects and replaces anything else
 * whole; the docs script walks policies by it. (Before src/_lib, the merge accepted only this
 * realm's `Object.prototype` — a cross-realm override was replaced whole instead of merged.)
 *
 * @internal
 */
export function _isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}
