import { describe, expect, it } from "vitest";
import { todayInShanghai } from "./clock";

describe("todayInShanghai", () => {
  it("is the Shanghai date (UTC+8), not the host's", () => {
    // 16:00 UTC is midnight in Shanghai: the date changes there.
    expect(todayInShanghai(new Date("2026-11-19T15:59:59Z"))).toBe("2026-11-19");
    expect(todayInShanghai(new Date("2026-11-19T16:00:00Z"))).toBe("2026-11-20");
  });
  it("handles the turn of the year and Feb 29", () => {
    expect(todayInShanghai(new Date("2025-12-31T16:00:00Z"))).toBe("2026-01-01");
    expect(todayInShanghai(new Date("2024-02-28T16:30:00Z"))).toBe("2024-02-29");
  });
});
