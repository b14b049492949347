/**
 * The bounded path's edges (issue 19, part 4), on units that fail elsewhere so that the
 * bounded zod path (not the fast path) parses them: a list of exactly `maxListItems` items
 * is no issue and one more is one `too_big` (ValidateOptions.maxListItems: "A longer list is
 * one issue"); a list longer than 1,000 items is checked item by item *first*, so its issues
 * come before those of the rest of the unit (bounded-parse.ts). Expectations come from those
 * documented rules, and from the same unit without the list (a metamorphic check: adding a
 * valid list adds no issue).
 */
import { describe, expect, test } from "vitest";
import { validate } from ".";

// GB 32100-2015's example code with a wrong check character (the right one is 3).
const BAD_USCC = "91350100M000100Y44";
const base = { id: "u1", name: "南京某燃气具有限公司", uscc: BAD_USCC, roles: ["producer"], people: [{ id: "p1", name: "张三", role: "officer", from: "2023-05-05" }] };
const event = (i: number) => ({ id: `r${i}`, date: "2025-01-02", severity: "minor", kind: "other" });

function pathsAndCodes(input: unknown, options?: Parameters<typeof validate>[2]): [string, string][] {
  const r = validate("unit", input, options);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.issues.map((i) => [i.path, i.code]);
}

describe("the bounded path's edges", () => {
  const alone = pathsAndCodes(base);

  test("the unit without lists fails at its USCC only", () => {
    expect(alone.map(([p]) => p)).toEqual(["/uscc"]);
  });

  test("a list of exactly maxListItems items adds no issue; one more is one too_big at the list, first", () => {
    expect(pathsAndCodes({ ...base, riskEvents: [event(1), event(2)] }, { maxListItems: 2 })).toEqual(alone);
    expect(pathsAndCodes({ ...base, riskEvents: [event(1), event(2), event(3)] }, { maxListItems: 2 })).toEqual([["/riskEvents", "too_big"], ...alone]);
    // Nested (products.licences) alike.
    const licence = (i: number) => ({ number: `XK08-001-0000${i}`, product: "燃气灶" });
    expect(pathsAndCodes({ ...base, products: { licences: [licence(1)] } }, { maxListItems: 1 })).toEqual(alone);
    expect(pathsAndCodes({ ...base, products: { licences: [licence(1), licence(2)] } }, { maxListItems: 1 })).toEqual([["/products/licences", "too_big"], ...alone]);
  });

  test("a list of 1,001 items with a bad last item: its issue first (checked item by item first), then the rest of the unit's", () => {
    const events = Array.from({ length: 1001 }, (_, i) => event(i));
    expect(pathsAndCodes({ ...base, riskEvents: events })).toEqual(alone);
    events[1000] = { ...event(1000), date: "2025-02-30" };
    expect(pathsAndCodes({ ...base, riskEvents: events })).toEqual([["/riskEvents/1000/date", "invalid_date"], ...alone]);
    // Its first item bad too: both, in order, and nothing past the end.
    events[0] = { ...event(0), severity: "tiny" };
    expect(pathsAndCodes({ ...base, riskEvents: events })).toEqual([["/riskEvents/0/severity", "invalid_value"], ["/riskEvents/1000/date", "invalid_date"], ...alone]);
  });
});
