import { describe, expect, test } from "vitest";
import { formatIssue } from ".";
import type { ValidationIssue } from "../entities";

const issue: ValidationIssue = { path: "/riskEvents/0/date", code: "invalid_date", params: { received: "2025-02-30" }, message: "日期无效", messageEn: "Not a calendar date" };

describe("formatIssue", () => {
  test("Chinese by default: path, colon, message", () => {
    expect(formatIssue(issue)).toBe("/riskEvents/0/date: 日期无效");
    expect(formatIssue(issue, { lang: "zh" })).toBe("/riskEvents/0/date: 日期无效");
  });

  test("English", () => {
    expect(formatIssue(issue, { lang: "en" })).toBe("/riskEvents/0/date: Not a calendar date");
  });

  test("both languages", () => {
    expect(formatIssue(issue, { lang: "both" })).toBe("/riskEvents/0/date: 日期无效 (Not a calendar date)");
  });

  test("the root path is named, not left empty", () => {
    const root = { ...issue, path: "" };
    expect(formatIssue(root)).toBe("（根）: 日期无效");
    expect(formatIssue(root, { lang: "en" })).toBe("(root): Not a calendar date");
  });

  test("always one line", () => {
    const multi = { ...issue, message: "第一行\n第二行", messageEn: "line one\r\n  line two" };
    expect(formatIssue(multi)).toBe("/riskEvents/0/date: 第一行 第二行");
    expect(formatIssue(multi, { lang: "en" })).toBe("/riskEvents/0/date: line one line two");
  });
});
