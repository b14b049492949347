import { describe, expect, it } from "vitest";
import { obligationStatus } from "./obligation-status";

describe("obligationStatus", () => {
  it("met on or before the due date, late after it", () => {
    expect(obligationStatus("2026-05-11", "2026-05-11", "2026-06-01")).toBe("met");
    expect(obligationStatus("2026-05-11", "2026-05-01", "2026-06-01")).toBe("met");
    expect(obligationStatus("2026-05-11", "2026-05-12", "2026-06-01")).toBe("late");
  });
  it("open through the due date, overdue the day after", () => {
    expect(obligationStatus("2026-05-11", undefined, "2026-05-11")).toBe("open");
    expect(obligationStatus("2026-05-11", undefined, "2026-05-12")).toBe("overdue");
  });
  it("a doneOn after asOf is not known yet", () => {
    expect(obligationStatus("2026-05-11", "2026-05-12", "2026-05-11")).toBe("open");
    expect(obligationStatus("2026-05-11", "2026-05-20", "2026-05-15")).toBe("overdue");
  });
});
