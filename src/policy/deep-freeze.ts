/**
 * Freezes an object and everything reachable from it (plain objects and arrays).
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
