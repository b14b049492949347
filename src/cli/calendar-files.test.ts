import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { thrown } from "../../test/_thrown";
import { chinaCalendar, chinaCalendarYear2026, type CalendarYearData } from "../index";
import { _runQsd } from "./_test-io";
import { calendarFilePaths, calendarWithYears, loadCalendarFiles, nextYearNote, resolveCalendar } from "./calendar-files";
import { CliError } from "./errors";

/**
 * MADE-UP TEST DATA — not official calendars. Weekdays worked out by hand: 2027-01-01 is a
 * Friday (2026-01-01 was a Thursday and 2026 has 365 days), 2028-01-01 a Saturday.
 */
const YEAR_2027: CalendarYearData = {
  year: 2027,
  offDays: ["2027-01-01", "2027-01-02", "2027-01-03"],
  workingWeekendDays: [],
  source: { title: "《测试用虚构数据 2027》", publishedOn: "2026-11-20" },
};
const YEAR_2028: CalendarYearData = { year: 2028, offDays: ["2028-01-01"], workingWeekendDays: [], source: { title: "《测试用虚构数据 2028》", publishedOn: "2027-11-20" } };
// The 2022 notice: 元旦 2022年1月1日至3日放假 (Saturday to Monday).
const YEAR_2022: CalendarYearData = { year: 2022, offDays: ["2022-01-01", "2022-01-02", "2022-01-03"], workingWeekendDays: [], source: { title: "《测试用 2022》", publishedOn: "2021-10-25" } };

let dir = "";
const path = (name: string) => join(dir, name);
const file = (name: string, data: unknown) => {
  writeFileSync(path(name), typeof data === "string" ? data : JSON.stringify(data));
  return path(name);
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qsd-calendar-files-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cliError(f: () => unknown): CliError {
  const e = thrown(f);
  expect(e).toBeInstanceOf(CliError);
  expect((e as CliError).exitCode).toBe(2);
  return e as CliError;
}

async function cliErrorAsync(p: Promise<unknown>): Promise<CliError> {
  const e = await p.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(CliError);
  expect((e as CliError).exitCode).toBe(2);
  return e as CliError;
}

describe("calendarFilePaths", () => {
  it("takes QSD_CALENDAR (split by the path delimiter, empty entries skipped) first, then --calendar", () => {
    expect(calendarFilePaths(["c.json"], { QSD_CALENDAR: `a.json${delimiter}${delimiter}b.json` })).toEqual(["a.json", "b.json", "c.json"]);
    expect(calendarFilePaths(undefined, {})).toEqual([]);
    expect(calendarFilePaths(undefined, { QSD_CALENDAR: "" })).toEqual([]);
  });
});

describe("loadCalendarFiles", () => {
  it("reads a year file", async () => {
    const f = file("y2027.json", YEAR_2027);
    expect(await loadCalendarFiles([f], "zh")).toEqual([{ file: f, data: YEAR_2027 }]);
  });

  it("names the file of a year that fails the schema, with the issues' paths", async () => {
    const f = file("bad-schema.json", { ...YEAR_2027, offDays: ["2027-02-30"] });
    const e = await cliErrorAsync(loadCalendarFiles([f], "en"));
    expect(e.message).toContain(f);
    expect(e.messageZh).toContain(f);
    expect(e.details.join("\n")).toContain("/offDays/0");
  });

  it("names the file that is not JSON, is missing, or is standard input", async () => {
    expect((await cliErrorAsync(loadCalendarFiles([file("broken.json", '{"year": 2027,')], "zh"))).message).toContain("broken.json");
    expect((await cliErrorAsync(loadCalendarFiles([path("missing.json")], "zh"))).message).toContain("missing.json");
    await cliErrorAsync(loadCalendarFiles(["-"], "zh"));
  });
});

describe("calendarWithYears", () => {
  it("adds the next year: 2026-12-28 (Mon) + 5 working days is 2027-01-05", () => {
    // 12-29, 12-30, 12-31 (1-3); 2027-01-01 to 03 off; 01-04 (4), 01-05 (5).
    const cal = calendarWithYears([{ file: "a.json", data: YEAR_2027 }]);
    expect(cal.coverage).toEqual({ start: "2023-01-01", end: "2027-12-31" });
    expect(cal.addWorkingDays("2026-12-28", 5)).toBe("2027-01-05");
  });

  it("takes the years in any order, forwards and backwards", () => {
    const cal = calendarWithYears([
      { file: "b.json", data: YEAR_2028 },
      { file: "z.json", data: YEAR_2022 },
      { file: "a.json", data: YEAR_2027 },
    ]);
    expect(cal.coverage).toEqual({ start: "2022-01-01", end: "2028-12-31" });
    expect(cal.isWorkingDay("2022-01-03")).toBe(false);
    expect(cal.isWorkingDay("2028-01-03")).toBe(true);
  });

  it("replaces a covered year (an amended notice)", () => {
    const amended = { ...chinaCalendarYear2026, offDays: [...chinaCalendarYear2026.offDays, "2026-12-31"] };
    expect(chinaCalendar.isWorkingDay("2026-12-31")).toBe(true);
    expect(calendarWithYears([{ file: "amended.json", data: amended }]).isWorkingDay("2026-12-31")).toBe(false);
  });

  it("returns the base calendar when there is nothing to add", () => {
    expect(calendarWithYears([])).toBe(chinaCalendar);
  });

  it("refuses a gap, naming the file and the missing year", () => {
    const e = cliError(() => calendarWithYears([{ file: "y2028.json", data: YEAR_2028 }]));
    expect(e.message).toContain("y2028.json");
    expect(e.message).toContain("2027 is missing");
    expect(e.messageZh).toContain("缺少 2027 年");
  });

  it("refuses the same year in two files", () => {
    const e = cliError(() => calendarWithYears([{ file: "a.json", data: YEAR_2027 }, { file: "b.json", data: YEAR_2027 }]));
    expect(e.message).toContain("a.json");
    expect(e.message).toContain("b.json");
  });

  it("refuses year data extendCalendar rejects, naming the file", () => {
    // 2027-01-04 is a Monday: not a weekend day that could be a working day.
    const e = cliError(() => calendarWithYears([{ file: "weekday.json", data: { ...YEAR_2027, workingWeekendDays: ["2027-01-04"] } }]));
    expect(e.message).toMatch(/^weekday\.json: /);
    expect(e.message).toContain("2027-01-04");
  });
});

describe("resolveCalendar", () => {
  it("adds QSD_CALENDAR's and --calendar's years", async () => {
    const a = file("r2027.json", YEAR_2027);
    const b = file("r2028.json", YEAR_2028);
    const { calendar, files } = await resolveCalendar([b], { QSD_CALENDAR: a }, "zh");
    expect(calendar.coverage.end).toBe("2028-12-31");
    expect(files.map((f) => f.file)).toEqual([a, b]);
  });
});

describe("nextYearNote", () => {
  it("speaks within 60 days of the coverage's end, and only then", () => {
    // 2026-12-31 minus 60 days is 2026-11-01.
    expect(nextYearNote(chinaCalendar, "2026-10-31", "zh")).toBeUndefined();
    expect(nextYearNote(chinaCalendar, "2026-11-01", "en")).toMatch(/2027/);
    const zh = nextYearNote(chinaCalendar, "2026-12-20", "zh")!;
    for (const s of ["2027", "qsd calendar import", "--calendar cn-2027.json", "QSD_CALENDAR", "src/calendar/data/cn-2027.ts"]) expect(zh).toContain(s);
    expect(nextYearNote(chinaCalendar, "2027-01-15", "en")).toMatch(/ended on 2026-12-31/);
  });
});

describe("qsd with --calendar (in process)", () => {
  it("calendar add answers with the added year and is refused without it", async () => {
    const f = file("cli2027.json", YEAR_2027);
    expect(await _runQsd(["calendar", "add", "2026-12-28", "5", "--calendar", f])).toEqual({ code: 0, stdout: "2027-01-05\n", stderr: "" });
    expect((await _runQsd(["calendar", "add", "2026-12-28", "5"])).code).toBe(2);
    expect((await _runQsd(["calendar", "add", "2026-12-28", "5"], { env: { QSD_CALENDAR: f } })).stdout).toBe("2027-01-05\n");
    expect((await _runQsd(["calendar", "count", "2026-12-31", "2027-01-05", "--calendar", f])).stdout).toBe("2\n");
  });

  it("a bad calendar file is a usage error naming it", async () => {
    const f = file("cli-bad.json", { year: 2027 });
    const r = await _runQsd(["calendar", "add", "2026-12-28", "5", "--calendar", f, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${f} is not a valid calendar year file`);
    expect(r.stderr).toContain("/offDays");
  });

  it("calendar info shows the coverage and, near its end, the missing year", async () => {
    const near = await _runQsd(["calendar", "info", "--lang", "en"], { today: "2026-11-20" });
    expect(near.code).toBe(0);
    expect(near.stdout).toContain("2023-01-01 to 2026-12-31");
    expect(near.stdout).toContain("the 2027 holiday notice is not in it yet");
    const far = await _runQsd(["calendar", "info", "--json"], { today: "2026-06-01" });
    expect(JSON.parse(far.stdout)).toMatchObject({ coverage: { start: "2023-01-01", end: "2026-12-31" } });
    expect(JSON.parse(far.stdout).nextYearMissing).toBeUndefined();
    const added = await _runQsd(["calendar", "info", "2027", "--json", "--calendar", file("info2027.json", YEAR_2027)], { today: "2026-11-20" });
    const info = JSON.parse(added.stdout) as { year: number; offDays: unknown[]; coverage: { years: { year: number; file?: string }[]; nextYearMissing?: unknown } };
    expect(info.year).toBe(2027);
    expect(info.offDays).toEqual([{ start: "2027-01-01", end: "2027-01-03", days: 3 }]);
    expect(info.coverage.years.at(-1)).toMatchObject({ year: 2027, file: path("info2027.json") });
    expect(info.coverage.nextYearMissing).toBeUndefined();
  });

  it("calendar import reads standard input, writes the JSON to stdout and the summary to stderr", async () => {
    const notice = [
      "国务院办公厅关于2027年部分节假日安排的通知",
      "（测试用虚构文本）",
      "一、元旦：1月1日（周五）至3日（周日）放假，共3天。",
      "国务院办公厅",
      "2026年11月20日",
    ].join("\n");
    const r = await _runQsd(["calendar", "import", "-"], { stdin: notice });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ ...YEAR_2027, source: { title: "《国务院办公厅关于2027年部分节假日安排的通知》", publishedOn: "2026-11-20" } });
    expect(r.stderr).toContain("2027-01  放假  2027-01-01（周五） 至 2027-01-03（周日），共 3 天");
  });

  it("calendar import refuses a wrong weekday with the file and line, exit 1", async () => {
    const f = file("notice-bad.txt", "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周四）至3日（周日）放假，共3天。\n2026年11月20日\n");
    const r = await _runQsd(["calendar", "import", f, "-o", path("never.json"), "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${f}:2: cannot read the holiday notice:`);
    expect(r.stderr).toContain("is a Friday");
    const zh = await _runQsd(["calendar", "import", f]);
    expect(zh.stderr).toContain(`${f}:2：无法读取放假通知`);
  });
});
