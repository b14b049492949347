/** Runs `f` and returns what it throws; fails the test when it does not throw. */
export function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}
