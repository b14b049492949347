import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { anhui2023, nanjing2023 } from "../index";
import { CliError } from "./errors";
import { calendarGapWarning, parseDateOption, parseIntegerOption, parseLang, parseListOption, resolveAsOf, resolvePolicy } from "./options";

const dir = mkdtempSync(join(tmpdir(), "qsd-options-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
async function* none(): AsyncGenerator<string> {}

describe("option parsers", () => {
  it("accepts real dates only (2024 is a leap year, 2026 is not)", () => {
    expect(parseDateOption("2024-02-29", "--as-of")).toBe("2024-02-29");
    expect(() => parseDateOption("2026-02-29", "--as-of")).toThrow(CliError);
    expect(() => parseDateOption("2026/11/20", "--as-of")).toThrow(/YYYY-MM-DD/);
  });
  it("parses whole numbers with a minimum", () => {
    expect(parseIntegerOption("-5", "<n>", -10)).toBe(-5);
    expect(() => parseIntegerOption("1.5", "<n>", 0)).toThrow(CliError);
    expect(() => parseIntegerOption("-1", "--limit", 0)).toThrow(/≥ 0/);
    expect(() => parseIntegerOption("1e3", "--limit", 0)).toThrow(CliError);
    // No lower bound: the message must not print Number.MIN_SAFE_INTEGER.
    expect(() => parseIntegerOption("abc", "<n>", Number.MIN_SAFE_INTEGER)).toThrow('<n> must be a whole number, not "abc"');
  });
  it("checks --lang and comma lists", () => {
    expect(parseLang(undefined)).toBe("zh");
    expect(parseLang("en")).toBe("en");
    expect(() => parseLang("fr")).toThrow(CliError);
    expect(parseListOption("overdue, open,overdue", ["met", "late", "open", "overdue"], "--status")).toEqual(["overdue", "open"]);
    expect(() => parseListOption("overdue,soon", ["open", "overdue"], "--status")).toThrow(/"soon"/);
    expect(() => parseListOption(",", ["open"], "--status")).toThrow(CliError);
  });
});

describe("resolveAsOf", () => {
  const today = () => "2026-12-01";
  it("prefers --as-of, then the data set's asOf, then today", () => {
    expect(resolveAsOf("2026-06-30", "2026-11-20", today)).toEqual({ asOf: "2026-06-30", from: "option" });
    expect(resolveAsOf(undefined, "2026-11-20", today)).toEqual({ asOf: "2026-11-20", from: "dataset" });
    expect(resolveAsOf(undefined, undefined, today)).toEqual({ asOf: "2026-12-01", from: "today" });
  });
  it("rejects an invalid data-set asOf instead of guessing", () => {
    expect(() => resolveAsOf(undefined, "2026-13-01", today)).toThrow(/--as-of/);
  });
});

describe("calendarGapWarning", () => {
  it("names the missing years once each, in order, and how to add them", () => {
    expect(calendarGapWarning([], "zh")).toBeUndefined();
    const zh = calendarGapWarning([2027, 2022, 2027], "zh")!;
    expect(zh).toContain("2022、2027 年放假安排尚未收录");
    expect(zh).toContain("qsd calendar import");
    expect(zh).toContain("--calendar cn-2027.json");
    expect(zh).toContain("QSD_CALENDAR");
    expect(calendarGapWarning([2027], "en")).toContain("the holiday notice for 2027 is not in the calendar yet");
  });
});

describe("resolvePolicy", () => {
  it("knows the built-in policies and defaults to nanjing2023", async () => {
    expect(await resolvePolicy(undefined, "zh", none())).toBe(nanjing2023);
    expect(await resolvePolicy("anhui2023", "zh", none())).toBe(anhui2023);
    await expect(resolvePolicy("shanghai", "zh", none())).rejects.toThrow(/nanjing2023/);
  });
  it("reads overrides of a built-in policy from a JSON file", async () => {
    const path = join(dir, "city.json");
    writeFileSync(path, JSON.stringify({ extends: "nanjing2023", id: "both-routine", supervision: { lowRisk: { noRisk: "routine" } } }));
    const policy = await resolvePolicy(path, "zh", none());
    expect(policy.id).toBe("both-routine");
    expect(policy.supervision.lowRisk.noRisk).toBe("routine");
  });
  it("lists the issues of an invalid policy file with JSON pointers", async () => {
    const path = join(dir, "bad.json");
    writeFileSync(path, JSON.stringify({ extends: "nanjing2023", supervision: { special: { windowYears: -1 } } }));
    const e = await resolvePolicy(path, "en", none()).catch((x: CliError) => x);
    expect(e).toBeInstanceOf(CliError);
    expect((e as CliError).details.join("\n")).toContain("/supervision/special/windowYears");
    const full = join(dir, "full.json");
    writeFileSync(full, JSON.stringify({ id: "x" }));
    await expect(resolvePolicy(full, "en", none())).rejects.toThrow(/not a valid policy/);
  });
});
