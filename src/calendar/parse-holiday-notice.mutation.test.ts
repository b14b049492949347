/**
 * parseHolidayNotice on the State Council's 2026 notice (sources/notices/2026.txt, 国办发明电
 * 〔2025〕7号) as it may arrive: with full-width digits, ideographic spaces and a byte-order
 * mark; with its title or its date line lost; with an opening sentence naming another
 * year; with its date line in Chinese numerals. The expected year is the notice's own list.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { thrownAs } from "../../test/_thrown";
import { NoticeParseError, parseHolidayNotice, chinaCalendarYear2026 } from "./index";

const text = readFileSync(new URL("../../sources/notices/2026.txt", import.meta.url), "utf8");
const lines = text.split("\n");
const parsed = parseHolidayNotice(text);

const refused = (t: string): NoticeParseError => thrownAs(NoticeParseError, () => parseHolidayNotice(t));

describe("parseHolidayNotice: the 2026 notice, reshaped", () => {
  it("reads the notice's own days off and working days", () => {
    expect(parsed.offDays).toEqual(chinaCalendarYear2026.offDays);
    expect(parsed.workingWeekendDays).toEqual(chinaCalendarYear2026.workingWeekendDays);
    expect(parsed.source.publishedOn).toBe("2025-11-04");
  });

  it("full-width digits read as digits", () => {
    const wide = text.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    expect(wide).not.toBe(text);
    expect(parseHolidayNotice(wide)).toEqual(parsed);
  });

  it("ideographic spaces, ordinary spaces and a byte-order mark are skipped", () => {
    const spaced = `\ufeff${lines.map((l) => l.replace(/：/g, "：\u3000").replace(/日/g, "日 ")).join("\n")}`;
    expect(parseHolidayNotice(spaced)).toEqual(parsed);
  });

  it("an opening sentence naming another year than the title is refused, at its line", () => {
    const e = refused(text.replace("现将2026年", "现将2027年"));
    const line = lines.findIndex((l) => l.includes("现将2026年")) + 1;
    expect([e.code, e.line, e.params]).toEqual(["year_mismatch", line, { expected: 2026, found: 2027 }]);
  });

  it("no date line: refused, naming the last non-empty line", () => {
    const cut = lines.filter((l) => l !== "2025年11月4日").join("\n");
    const e = refused(`${cut}\n\n`);
    expect([e.code, e.sentence, e.line]).toEqual(["no_published_date", "国务院办公厅", cut.split("\n").lastIndexOf("国务院办公厅") + 1]);
  });

  it("no title: refused, naming the first non-empty line", () => {
    const e = refused(`\n${lines.slice(1).join("\n")}`);
    expect([e.code, e.sentence, e.line]).toEqual(["no_title", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", 3]);
  });

  it("a date line in Chinese numerals with a tens digit: 二〇二五年十一月二十四日", () => {
    const t = text.replace("2025年11月4日", "二〇二五年十一月二十四日");
    expect(parseHolidayNotice(t).source.publishedOn).toBe("2025-11-24");
    expect(parseHolidayNotice(text.replace("2025年11月4日", "二〇二五年十二月三十日")).source.publishedOn).toBe("2025-12-30");
    expect(parseHolidayNotice(text.replace("2025年11月4日", "二〇二五年十月十日")).source.publishedOn).toBe("2025-10-10");
  });
});
