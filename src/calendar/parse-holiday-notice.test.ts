import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { thrown } from "../../test/_thrown";
import {
  chinaCalendar,
  chinaCalendarYear2023,
  chinaCalendarYear2024,
  chinaCalendarYear2025,
  chinaCalendarYear2026,
  createWorkCalendar,
  extendCalendar,
  NoticeParseError,
  parseHolidayNotice,
  type CalendarYearData,
  type NoticeParseErrorCode,
} from "./index";

/** The notices' texts as published (sources/notices/ in the repository). */
const NOTICES = new URL("../../sources/notices/", import.meta.url);
const noticeText = (year: number) => readFileSync(new URL(`${year}.txt`, NOTICES), "utf8");

/**
 * The weekday of a date, computed independently of the code under test (the host's UTC
 * calendar): `星期六` or, short, `周六`.
 */
function wd(date: string, short = false): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${short ? "周" : "星期"}${"日一二三四五六"[w]}`;
}

/**
 * A notice around the given holiday items, laid out as the State Council's are: title,
 * document number, salutation, opening sentence, items, closing paragraph, signature, date
 * line. MADE-UP TEST TEXT built from the notices' real wording — not an official notice.
 */
function notice(year: number, items: readonly string[], options: { title?: string; number?: string | null; dateLine?: string } = {}): string {
  return [
    options.title ?? `国务院办公厅关于${year}年部分节假日安排的通知`,
    ...(options.number === null ? [] : [options.number ?? `国办发明电〔${year - 1}〕99号`]),
    "",
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
    "",
    `经国务院批准，现将${year}年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。`,
    "",
    ...items.flatMap((item) => [item, ""]),
    "节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。",
    "",
    "国务院办公厅",
    options.dateLine ?? `${year - 1}年11月20日`,
  ].join("\n");
}

/** Every date from `from` to `to`, inclusive (independent of src/dates). */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

function refused(text: string, code: NoticeParseErrorCode, options?: { year?: number }): NoticeParseError {
  const e = thrown(() => parseHolidayNotice(text, options));
  expect(e).toBeInstanceOf(NoticeParseError);
  const err = e as NoticeParseError;
  expect(err.name).toBe("NoticeParseError");
  expect(err.code).toBe(code);
  expect(err.messageZh).not.toBe(err.message);
  return err;
}

/** The 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("the published notices 2023–2026 round-trip to the shipped data", () => {
  const shipped: [number, CalendarYearData][] = [
    [2023, chinaCalendarYear2023],
    [2024, chinaCalendarYear2024],
    [2025, chinaCalendarYear2025],
    [2026, chinaCalendarYear2026],
  ];
  it.each(shipped)("%i", (year, data) => {
    const parsed = parseHolidayNotice(noticeText(year));
    const { url: _url, ...source } = data.source;
    if (year === 2026) {
      // The 2026 notice's text (sources/notices/2026.txt) carries no document number; the
      // shipped 国办发明电〔2025〕7号 comes from its publication page, not from the text.
      expect(noticeText(year)).not.toContain("国办发明电");
      delete source.documentNumber;
    }
    expect(parsed).toEqual({
      year: data.year,
      offDays: [...data.offDays].sort(),
      workingWeekendDays: [...data.workingWeekendDays].sort(),
      source,
    });
  });

  it("a parsed year replaces the shipped one without changing any answer", () => {
    const rebuilt = extendCalendar(chinaCalendar, parseHolidayNotice(noticeText(2026)), { replace: true });
    for (const d of days("2026-01-01", "2026-12-31")) expect(rebuilt.isWorkingDay(d), d).toBe(chinaCalendar.isWorkingDay(d));
  });

  it("2023 keeps 2022-12-31 (listed in the notice) and the 2024 New Year's Eve works", () => {
    expect(parseHolidayNotice(noticeText(2023)).offDays[0]).toBe("2022-12-31");
    expect(parseHolidayNotice(noticeText(2024)).offDays).not.toContain("2024-02-09");
  });
});

describe("sentence forms", () => {
  it("a single day: 4月5日放假，共1天", () => {
    const y = parseHolidayNotice(notice(2023, ["三、清明节：4月5日放假，共1天。"]));
    expect(y.offDays).toEqual(["2023-04-05"]);
    expect(y.workingWeekendDays).toEqual([]);
  });

  it("a single day with nothing after it: 9月27日放假", () => {
    expect(parseHolidayNotice(notice(2015, ["六、中秋节：9月27日放假。"])).offDays).toEqual(["2015-09-27"]);
  });

  it("a range whose end omits the month: 1月21日至27日", () => {
    expect(parseHolidayNotice(notice(2023, ["二、春节：1月21日至27日放假调休，共7天。"])).offDays).toEqual(days("2023-01-21", "2023-01-27"));
  });

  it("a range across months: 4月29日至5月3日", () => {
    expect(parseHolidayNotice(notice(2023, ["四、劳动节：4月29日至5月3日放假调休，共5天。"])).offDays).toEqual(days("2023-04-29", "2023-05-03"));
  });

  it("a range across the year end: 2022年12月31日至2023年1月2日", () => {
    expect(parseHolidayNotice(notice(2023, ["一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。"])).offDays).toEqual(["2022-12-31", "2023-01-01", "2023-01-02"]);
  });

  it("放假，与周末连休: only the named day", () => {
    expect(parseHolidayNotice(notice(2024, ["一、元旦：1月1日放假，与周末连休。"])).offDays).toEqual(["2024-01-01"]);
  });

  it("放假，X月Y日（星期一）补休: the 补休 day is a day off too", () => {
    const y = parseHolidayNotice(notice(2015, [`三、清明节：4月5日放假，4月6日（${wd("2015-04-06")}）补休。`]));
    expect(y.offDays).toEqual(["2015-04-05", "2015-04-06"]);
  });

  it("放假1天，不调休", () => {
    const y = parseHolidayNotice(notice(2025, [`一、元旦：1月1日（${wd("2025-01-01", true)}）放假1天，不调休。`]));
    expect(y.offDays).toEqual(["2025-01-01"]);
    expect(y.workingWeekendDays).toEqual([]);
  });

  it("working days with （星期六）/（星期日） annotations", () => {
    const y = parseHolidayNotice(notice(2023, [`二、春节：1月21日至27日放假调休，共7天。1月28日（${wd("2023-01-28")}）、1月29日（${wd("2023-01-29")}）上班。`]));
    expect(y.workingWeekendDays).toEqual(["2023-01-28", "2023-01-29"]);
  });

  it("working days with （周六）/（周日） annotations", () => {
    const y = parseHolidayNotice(notice(2026, [`二、春节：2月15日至23日放假调休，共9天。2月14日（${wd("2026-02-14", true)}）、2月28日（${wd("2026-02-28", true)}）上班。`]));
    expect(y.workingWeekendDays).toEqual(["2026-02-14", "2026-02-28"]);
  });

  it("lunar annotations: （农历除夕）, （农历腊月二十八、周日）, （农历正月初七、周一）", () => {
    const a = parseHolidayNotice(notice(2011, ["二、春节：2月2日（农历除夕）至8日放假调休，共7天。"]));
    expect(a.offDays).toEqual(days("2011-02-02", "2011-02-08"));
    const b = parseHolidayNotice(notice(2026, [`二、春节：2月15日（农历腊月二十八、${wd("2026-02-15", true)}）至23日（农历正月初七、${wd("2026-02-23", true)}）放假调休，共9天。`]));
    expect(b.offDays).toEqual(days("2026-02-15", "2026-02-23"));
  });

  it("ignores encouragement: 鼓励……安排职工在除夕（2月9日）休息 is not a day off", () => {
    const y = parseHolidayNotice(
      notice(2024, [`二、春节：2月10日至17日放假调休，共8天。2月4日（${wd("2024-02-04")}）、2月18日（${wd("2024-02-18")}）上班。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。`]),
    );
    expect(y.offDays).toEqual(days("2024-02-10", "2024-02-17"));
    expect(y.offDays).not.toContain("2024-02-09");
  });

  it("an encouragement on a line of its own between two items is skipped too", () => {
    const y = parseHolidayNotice(notice(2024, ["一、元旦：1月1日放假，与周末连休。\n鼓励各单位安排职工在除夕（2月9日）休息。", "三、清明节：4月4日至6日放假调休，共3天。"]));
    expect(y.offDays).toEqual(["2024-01-01", "2024-04-04", "2024-04-05", "2024-04-06"]);
  });
});

describe("older wordings (2007–2022)", () => {
  it("放假公休; 中秋节、国庆节 in one item; a working-day list whose second day omits the month", () => {
    const y = parseHolidayNotice(
      notice(2010, [
        "一、元旦：1月1日至3日放假公休，共3天。",
        `六、中秋节：9月22日至24日放假调休，共3天。9月19日（${wd("2010-09-19")}）、25日（${wd("2010-09-25")}）上班。`,
      ]),
    );
    expect(y.offDays).toEqual([...days("2010-01-01", "2010-01-03"), ...days("2010-09-22", "2010-09-24")]);
    expect(y.workingWeekendDays).toEqual(["2010-09-19", "2010-09-25"]);
  });

  it("a working day in the previous December: 2011年12月31日（星期六）上班", () => {
    const y = parseHolidayNotice(notice(2012, [`一、元旦：2012年1月1日至3日放假调休，共3天。2011年12月31日（${wd("2011-12-31")}）上班。`]));
    expect(y.offDays).toEqual(days("2012-01-01", "2012-01-03"));
    expect(y.workingWeekendDays).toEqual(["2011-12-31"]);
  });

  it("a heading without its colon, a body on the next line, a two-line title, a date line in Chinese numerals, [] around the year", () => {
    const text = [
      "国务院办公厅关于2009年",
      "部分节假日安排的通知",
      "国办发明电[2008]99号",
      "三、清明节4月4日至6日放假，共3天。",
      "四、劳动节：",
      "5月1日至3日放假，共3天。",
      "国务院办公厅",
      "二○○八年十二月十日",
    ].join("\n");
    expect(parseHolidayNotice(text)).toEqual({
      year: 2009,
      offDays: [...days("2009-04-04", "2009-04-06"), ...days("2009-05-01", "2009-05-03")],
      workingWeekendDays: [],
      source: { title: "《国务院办公厅关于2009年部分节假日安排的通知》", documentNumber: "国办发明电〔2008〕99号", publishedOn: "2008-12-10" },
    });
  });

  it("explanations: 其中，…为法定节假日，…照常公休；…公休日调至…; then …上班", () => {
    const y = parseHolidayNotice(
      notice(2009, [
        `一、元旦：1月1日至3日放假，共3天。其中，1月1日（${wd("2009-01-01")}、新年）为法定节假日，1月3日（${wd("2009-01-03")}）为公休日。1月4日（${wd("2009-01-04")}）公休日调至1月2日（${wd("2009-01-02")}）。1月4日（${wd("2009-01-04")}）上班。`,
      ]),
    );
    expect(y.offDays).toEqual(days("2009-01-01", "2009-01-03"));
    expect(y.workingWeekendDays).toEqual(["2009-01-04"]);
  });

  it("a New Year item starting in the previous December: its December dates are read in that year", () => {
    const y = parseHolidayNotice(
      notice(2008, [
        `一、元旦：2007年12月30日—2008年1月1日放假，共3天。其中：1月1日（${wd("2008-01-01")}）为法定节假日，12月30日（${wd("2007-12-30")}）为公休日，12月29日（${wd("2007-12-29")}）公休日调至12月31日（${wd("2007-12-31")}），12月29日（${wd("2007-12-29")}）上班。`,
        `二、春节：2月6日—12日（即农历除夕至正月初六）放假，共7天。其中，2月6日（除夕）、2月7日（春节）、2月8日（正月初二）为法定节假日，2月9日（${wd("2008-02-09")}）、2月10日（${wd("2008-02-10")}）照常公休，将2月2日（${wd("2008-02-02")}）、2月3日（${wd("2008-02-03")}）两个公休日调至2月11日（${wd("2008-02-11")}）、2月12日（${wd("2008-02-12")}），2月2日（${wd("2008-02-02")}）、2月3日（${wd("2008-02-03")}）上班。`,
        `五、端午节：6月7日—9日放假3天。其中：6月7日（${wd("2008-06-07")}）照常公休，6月8日（农历五月初五，端午节）为法定节假日，6月8日（${wd("2008-06-08")}）公休日调至6月9日（${wd("2008-06-09")}）。`,
      ]),
    );
    expect(y.offDays).toEqual([...days("2007-12-30", "2008-01-01"), ...days("2008-02-06", "2008-02-12"), ...days("2008-06-07", "2008-06-09")]);
    expect(y.workingWeekendDays).toEqual(["2007-12-29", "2008-02-02", "2008-02-03"]);
  });

  it("公历 before a date, a weekday without brackets, 放假，调休，共N天", () => {
    const y = parseHolidayNotice(notice(2009, [`一、元旦：公历1月1日${wd("2009-01-01")}至3日放假，调休，共3天。`]));
    expect(y.offDays).toEqual(days("2009-01-01", "2009-01-03"));
    refused(notice(2009, ["一、元旦：公历1月1日星期五至3日放假，调休，共3天。"]), "weekday_mismatch");
  });

  it("half-width punctuation and spaces as pasted from a web page", () => {
    const y = parseHolidayNotice(notice(2023, [`二、春节: 1月21日至27日放假调休, 共7天。1月28日(${wd("2023-01-28")})、1月29日(${wd("2023-01-29")})上班。`]));
    expect(y.offDays).toEqual(days("2023-01-21", "2023-01-27"));
    expect(y.workingWeekendDays).toEqual(["2023-01-28", "2023-01-29"]);
  });

  it("the built year is accepted by createWorkCalendar", () => {
    const y = parseHolidayNotice(notice(2012, [`一、元旦：2012年1月1日至3日放假调休，共3天。2011年12月31日（${wd("2011-12-31")}）上班。`]));
    // 2012-01-01 (Sunday) to 01-03 off: the first working day of 2012 is Wednesday 01-04.
    expect(createWorkCalendar({ id: "t", years: [y] }).addWorkingDays("2012-01-01", 1)).toBe("2012-01-04");
  });
});

describe("refuses what it cannot read, with the sentence and its line", () => {
  it("a wrong weekday annotation", () => {
    // 2023-01-28 is a Saturday; the text says Friday.
    const text = notice(2023, ["二、春节：1月21日至27日放假调休，共7天。1月28日（星期五）、1月29日（星期日）上班。"]);
    const e = refused(text, "weekday_mismatch");
    expect(e.line).toBe(lineOf(text, "二、春节"));
    expect(e.sentence).toBe("1月28日（星期五）、1月29日（星期日）上班");
    expect(e.params).toMatchObject({ date: "2023-01-28", stated: "星期五", actual: "星期六" });
    expect(e.message).toContain(`Line ${e.line}:`);
    expect(e.messageZh).toContain(`第 ${e.line} 行`);
  });

  it("a wrong weekday in a range's annotation (周) on a later line", () => {
    const text = notice(2026, ["一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。", "七、国庆节：10月1日（周五）至7日（周三）放假调休，共7天。"]);
    const e = refused(text, "weekday_mismatch");
    expect(e.line).toBe(lineOf(text, "七、国庆节"));
  });

  it("an unreadable sentence in the holiday list", () => {
    const text = notice(2024, ["一、元旦：1月1日放假，与周末连休。", "二、春节：除夕至正月初七放假，共8天。"]);
    const e = refused(text, "unreadable_sentence");
    expect(e.line).toBe(lineOf(text, "二、春节"));
    expect(e.sentence).toBe("除夕至正月初七放假，共8天");
  });

  it("an unknown clause after the days off", () => {
    const text = notice(2024, ["一、元旦：1月1日放假，另行通知。"]);
    expect(refused(text, "unreadable_sentence").sentence).toBe("1月1日放假，另行通知");
  });

  it("a stated count that does not match the range", () => {
    const e = refused(notice(2023, ["二、春节：1月21日至27日放假调休，共8天。"]), "count_mismatch");
    expect(e.params).toEqual({ expected: 8, found: 7 });
  });

  it("a working day that is not a Saturday or Sunday", () => {
    // 2023-01-30 is a Monday.
    const e = refused(notice(2023, ["二、春节：1月21日至27日放假调休，共7天。1月30日上班。"]), "not_weekend");
    expect(e.params.date).toBe("2023-01-30");
  });

  it("an explanation naming a date that is neither off nor working", () => {
    refused(notice(2009, [`一、元旦：1月1日至3日放假，共3天。其中，1月5日（${wd("2009-01-05")}）为法定节假日。`]), "unconfirmed_date");
  });

  it("an explanation that changes the days (其中…补休) is not guessed at", () => {
    refused(notice(2009, ["一、元旦：1月1日至3日放假，共3天。其中，元旦次日补休。"]), "unreadable_sentence");
  });

  it("an impossible date, a backwards range, a date outside the year", () => {
    refused(notice(2023, ["三、清明节：2月30日放假。"]), "invalid_date");
    refused(notice(2023, ["二、春节：1月27日至21日放假调休。"]), "invalid_range");
    refused(notice(2023, ["一、元旦：2022年12月1日放假。"]), "outside_year");
  });

  it("a day both off and working, a day off twice", () => {
    refused(notice(2023, ["二、春节：1月21日至27日放假调休，共7天。", `三、其他：1月21日（${wd("2023-01-21")}）上班。`]), "no_days_off");
    refused(notice(2023, ["二、春节：1月21日至27日放假调休，共7天。1月22日上班。"]), "off_and_working");
    refused(notice(2023, ["二、春节：1月21日至27日放假调休，共7天。", "三、清明节：1月27日放假。"]), "duplicate_date");
  });

  it("no holiday items, no title, no date line, no year", () => {
    refused("国务院办公厅关于2027年部分节假日安排的通知\n\n国务院办公厅\n2026年11月20日", "no_holidays");
    refused(notice(2023, ["三、清明节：4月5日放假。"], { title: "部分节假日安排" }), "no_title");
    refused(notice(2023, ["三、清明节：4月5日放假。"], { dateLine: "（此件公开发布）" }), "no_published_date");
    refused("关于部分节假日安排的通知\n三、清明节：4月5日放假。\n2022年12月8日", "no_year");
    refused("", "empty");
  });

  it("a year option: fills a missing year, and must agree with a stated one", () => {
    expect(parseHolidayNotice("关于部分节假日安排的通知\n三、清明节：4月5日放假。\n2022年12月8日", { year: 2023 }).offDays).toEqual(["2023-04-05"]);
    expect(refused(notice(2023, ["三、清明节：4月5日放假。"]), "year_mismatch", { year: 2024 }).params).toEqual({ expected: 2024, found: 2023 });
    refused(notice(2023, ["三、清明节：4月5日放假。"]), "invalid_option", { year: 20.5 });
  });

  it("a stray paragraph between two items", () => {
    const text = notice(2023, ["三、清明节：4月5日放假。\n另：以上安排如有调整另行通知。", "五、端午节：6月22日至24日放假调休，共3天。"]);
    expect(refused(text, "unreadable_sentence").line).toBe(lineOf(text, "另："));
  });
});

describe("parseHolidayNotice — a numeral that reads as no number", () => {
  it("is refused with NoticeParseError, never another error", () => {
    // "一二月" is no numeral (twelve is 十二): the month reads as NaN.
    const notice = readFileSync(new URL("../../sources/notices/2026.txt", import.meta.url), "utf8");
    const text = notice.replace(/\d{4}年\d{1,2}月\d{1,2}日\s*$/u, "二〇二五年一一月四日\n");
    expect(text).not.toBe(notice);
    expect(() => parseHolidayNotice(text)).toThrow(NoticeParseError);
  });
});

describe("parseHolidayNotice — a sentence of separators only", () => {
  it("is refused with NoticeParseError (found by the property test: \"，。\" inserted into an item)", () => {
    const notice = readFileSync(new URL("2024.txt", NOTICES), "utf8");
    const text = notice.replace("共3天。4月7日", "共3天。，。4月7日");
    expect(text).not.toBe(notice);
    expect(() => parseHolidayNotice(text)).toThrow(NoticeParseError);
  });
});
