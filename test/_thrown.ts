/** Runs `f` and returns what it throws; fails the test when it does not throw. */
export function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

/**
 * Runs `f` and returns what it throws as an instance of `type`; fails the test when it
 * does not throw, or throws something else.
 */
export function thrownAs<T>(type: abstract new (...args: never[]) => T, f: () => unknown): T {
  const e = thrown(f);
  if (!(e instanceof type)) throw new Error(`expected a ${type.name}, got ${String(e)}`);
  return e;
}
