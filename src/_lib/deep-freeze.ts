/**
 * Freezes an object and everything reachable from it (plain objects and arrays): the
 * built-in policies, department tables, checklist templates, label tables and report texts
 * are frozen data (DESIGN principle 7), and so is every policy `definePolicy` returns.
 *
 * @internal
 */
export function _deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) _deepFreeze((value as Record<string, unknown>)[key]);
  } else if (value !== null && typeof value === "object") {
    // Already frozen (e.g. a shared citation): still walk it, its children may not be.
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === "object" && !Object.isFrozen(child)) _deepFreeze(child);
    }
  }
  return value;
}

/**
 * Whether `value` and everything reachable from it (plain objects and arrays) is frozen,
 * i.e. can never change. Caches keyed by a policy object rely on this: an object that can
 * still be mutated must be read afresh on every call.
 *
 * @internal
 */
export function _isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== "object") return true;
  if (!Object.isFrozen(value)) return false;
  for (const key of Object.keys(value)) if (!_isDeepFrozen((value as Record<string, unknown>)[key])) return false;
  return true;
}
