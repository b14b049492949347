/**
 * End-to-end: a year added at run time from a holiday notice's text — `qsd calendar
 * import`, then `--calendar FILE` or `QSD_CALENDAR` — on the built CLI (`npm run build`
 * first). The notice is MADE-UP TEST TEXT in the State Council's wording, not the real 2027
 * notice (none is published); its weekday annotations are computed here independently, and
 * the expected answers are worked out by hand from it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireFreshDist } from "../_dist";
import { STACK_FRAME, qsd } from "./_cli";

/** `周五` for 2027-01-01: the host's UTC calendar, not the code under test. */
function wd(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `周${"日一二三四五六"[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`;
}

/**
 * A plausible 2027 notice. Days off: 01-01..01-03, 02-05..02-12 (除夕 Friday 02-05 to
 * 正月初七), 04-03..04-05, 05-01..05-05, 06-09, 09-15, 10-01..10-07; working weekend
 * days: 02-20 (Sat), 04-25 (Sun), 05-08 (Sat), 09-26 (Sun), 10-09 (Sat).
 */
const NOTICE_2027 = [
  "国务院办公厅关于2027年部分节假日安排的通知",
  "国办发明电〔2026〕99号",
  "",
  "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
  "",
  "经国务院批准，现将2027年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。",
  "",
  `一、元旦：1月1日（${wd("2027-01-01")}）至3日（${wd("2027-01-03")}）放假，共3天。`,
  "",
  `二、春节：2月5日（农历除夕、${wd("2027-02-05")}）至12日（农历正月初七、${wd("2027-02-12")}）放假调休，共8天。2月20日（${wd("2027-02-20")}）上班。`,
  "",
  `三、清明节：4月3日（${wd("2027-04-03")}）至5日（${wd("2027-04-05")}）放假，共3天。`,
  "",
  `四、劳动节：5月1日（${wd("2027-05-01")}）至5日（${wd("2027-05-05")}）放假调休，共5天。4月25日（${wd("2027-04-25")}）、5月8日（${wd("2027-05-08")}）上班。`,
  "",
  `五、端午节：6月9日（${wd("2027-06-09")}）放假1天，不调休。`,
  "",
  `六、中秋节：9月15日（${wd("2027-09-15")}）放假1天，不调休。`,
  "",
  `七、国庆节：10月1日（${wd("2027-10-01")}）至7日（${wd("2027-10-07")}）放假调休，共7天。9月26日（${wd("2027-09-26")}）、10月9日（${wd("2027-10-09")}）上班。`,
  "",
  "节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。",
  "",
  "国务院办公厅",
  "2026年11月20日",
].join("\n");

let dir = "";
const path = (name: string) => join(dir, name);
let yearFile = "";

beforeAll(() => {
  requireFreshDist(["dist/cli.js"]);
  dir = mkdtempSync(join(tmpdir(), "qsd-e2e-calendar-"));
  writeFileSync(path("notice-2027.txt"), NOTICE_2027);
  yearFile = path("cn-2027.json");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("qsd calendar import", () => {
  it("writes the year's JSON and prints a per-month summary on stdout", () => {
    const r = qsd(["calendar", "import", path("notice-2027.txt"), "-o", yearFile]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const year = JSON.parse(readFileSync(yearFile, "utf8")) as Record<string, unknown>;
    const range = (a: string, b: string) => {
      const out: string[] = [];
      for (let t = Date.parse(`${a}T00:00:00Z`); t <= Date.parse(`${b}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
      return out;
    };
    expect(year).toEqual({
      year: 2027,
      offDays: [
        ...range("2027-01-01", "2027-01-03"),
        ...range("2027-02-05", "2027-02-12"),
        ...range("2027-04-03", "2027-04-05"),
        ...range("2027-05-01", "2027-05-05"),
        "2027-06-09",
        "2027-09-15",
        ...range("2027-10-01", "2027-10-07"),
      ],
      workingWeekendDays: ["2027-02-20", "2027-04-25", "2027-05-08", "2027-09-26", "2027-10-09"],
      source: { title: "《国务院办公厅关于2027年部分节假日安排的通知》", documentNumber: "国办发明电〔2026〕99号", publishedOn: "2026-11-20" },
    });
    // The summary: each month's days off and working days, with weekdays, to compare with the notice.
    expect(r.stdout).toContain("2027-02  放假  2027-02-05（周五） 至 2027-02-12（周五），共 8 天");
    expect(r.stdout).toMatch(/上班 {2}2027-02-20（周六）/);
    expect(r.stdout).toContain("2027-09  放假  2027-09-15（周三）");
    expect(r.stdout).toContain(`已写入 ${yearFile}`);
  });

  it("reads standard input and writes the JSON to stdout, the summary to stderr (English)", () => {
    const r = qsd(["calendar", "import", "-", "--lang", "en"], { input: NOTICE_2027 });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(yearFile, "utf8")));
    expect(r.stderr).toContain("2027: 28 days off, 5 working weekend days");
  });

  it("refuses a wrong weekday with the file, the line and the sentence; writes nothing", () => {
    const bad = NOTICE_2027.replace(`5月8日（${wd("2027-05-08")}）`, "5月8日（周日）");
    writeFileSync(path("bad.txt"), bad);
    const r = qsd(["calendar", "import", path("bad.txt"), "-o", path("never.json")]);
    expect(r.code).toBe(1);
    const line = bad.split("\n").findIndex((l) => l.startsWith("四、劳动节")) + 1;
    expect(r.stderr).toContain(`${path("bad.txt")}:${line}：无法读取放假通知`);
    expect(r.stderr).toContain("4月25日（周日）、5月8日（周日）上班");
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(existsSync(path("never.json"))).toBe(false);
  });
});

describe("--calendar and QSD_CALENDAR", () => {
  // 2026-12-28 is a Monday: 12-29, 12-30, 12-31 are working days 1–3; 2027-01-01 to 01-03
  // are off (the notice's 元旦); 01-04 is 4 and 01-05 is 5.
  it("calendar add 2026-12-28 5 answers 2027-01-05 with the imported year, and is refused without it", () => {
    expect(qsd(["calendar", "add", "2026-12-28", "5", "--calendar", yearFile])).toEqual({ code: 0, stdout: "2027-01-05\n", stderr: "" });
    const without = qsd(["calendar", "add", "2026-12-28", "5"]);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain("2026-12-31");
    expect(without.stderr).not.toMatch(STACK_FRAME);
  });

  it("QSD_CALENDAR works the same (a path list)", () => {
    // Empty entries of the list are skipped.
    expect(qsd(["calendar", "add", "2026-12-28", "5"], { env: { QSD_CALENDAR: `${delimiter}${yearFile}${delimiter}` } })).toEqual({ code: 0, stdout: "2027-01-05\n", stderr: "" });
    const missing = qsd(["calendar", "add", "2026-12-28", "5", "--lang", "en"], { env: { QSD_CALENDAR: path("missing.json") } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`cannot read ${path("missing.json")}: no such file`);
  });

  it("a bad calendar file is a clear usage error (exit 2) naming the file", () => {
    writeFileSync(path("bad-year.json"), JSON.stringify({ year: 2027, offDays: ["2027-13-01"], workingWeekendDays: [] }));
    const r = qsd(["calendar", "add", "2026-12-28", "5", "--calendar", path("bad-year.json"), "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path("bad-year.json")} is not a valid calendar year file`);
    expect(r.stderr).toContain("/offDays/0");
    expect(r.stderr).toContain("/source");
    expect(r.stderr).not.toMatch(STACK_FRAME);
    // A year that leaves a gap: 2029 alone, after the built-in 2023–2026.
    writeFileSync(path("cn-2029.json"), readFileSync(yearFile, "utf8").replace('"year": 2027', '"year": 2029').replaceAll("2027-", "2029-"));
    const gap = qsd(["calendar", "add", "2026-12-28", "5", "--calendar", path("cn-2029.json"), "--lang", "en"]);
    expect(gap.code).toBe(2);
    expect(gap.stderr).toContain("2027 is missing");
  });

  it("calendar info lists the added year and its file", () => {
    const r = qsd(["calendar", "info", "2027", "--calendar", yearFile, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2023-01-01 to 2027-12-31");
    expect(r.stdout).toContain(`(from ${yearFile})`);
    expect(r.stdout).toContain("Working-day calendar 2027");
  });

  it("obligations: a change of official on 2026-12-28 is due 2027-01-05 with the year, unknown without it", () => {
    const unit = {
      id: "NJ-E2E-1",
      name: "南京测试燃气具有限公司",
      uscc: "91350100M000100Y43",
      roles: ["producer"],
      assignments: [
        { official: "赵六", from: "2023-11-10", recordedOn: "2023-11-15" },
        { official: "钱七", from: "2026-12-28", recordedOn: "2027-01-04" },
      ],
    };
    writeFileSync(path("unit.json"), JSON.stringify(unit));
    const change = (args: string[], env?: Record<string, string>) => {
      const r = qsd(["obligations", path("unit.json"), "--as-of", "2027-01-15", "--kind", "official-change", "--json", ...args], env ? { env } : {});
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { obligations: { dueOn: string | null; status: string; doneOn?: string }[] }).obligations;
    };
    expect(change(["--calendar", yearFile])).toEqual([expect.objectContaining({ dueOn: "2027-01-05", status: "met", doneOn: "2027-01-04" })]);
    expect(change([], { QSD_CALENDAR: yearFile })).toEqual([expect.objectContaining({ dueOn: "2027-01-05", status: "met" })]);
    expect(change([])).toEqual([expect.objectContaining({ dueOn: null, status: "unknown" })]);
  });

  it("report: the imported year is in the report's calendar; without it 2027 is missing", () => {
    const report = (args: string[]) => {
      const r = qsd(["report", path("unit.json"), "--as-of", "2027-01-15", "--format", "json", ...args]);
      expect(r.code, r.stderr).toBe(0);
      return { json: JSON.parse(r.stdout) as { calendar: { coverage: { end: string }; missingYears: number[] } }, stderr: r.stderr };
    };
    const withYear = report(["--calendar", yearFile]);
    expect(withYear.json.calendar.coverage.end).toBe("2027-12-31");
    expect(withYear.json.calendar.missingYears).not.toContain(2027);
    const without = report([]);
    expect(without.json.calendar.coverage.end).toBe("2026-12-31");
    expect(without.json.calendar.missingYears).toContain(2027);
  });
});
