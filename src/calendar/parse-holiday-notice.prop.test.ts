import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, it } from "vitest";
import { createWorkCalendar, NoticeParseError, parseHolidayNotice } from "./index";

const NOTICES = new URL("../../sources/notices/", import.meta.url);
const texts = [2023, 2024, 2025, 2026].map((y) => readFileSync(new URL(`${y}.txt`, NOTICES), "utf8"));

/** Parses; a NoticeParseError is an answer, anything else thrown is a failure. A year returned must build a calendar. */
function check(text: string): void {
  let year;
  try {
    year = parseHolidayNotice(text);
  } catch (e) {
    if (e instanceof NoticeParseError && e.line >= 0 && typeof e.sentence === "string" && e.messageZh !== "") return;
    throw e;
  }
  createWorkCalendar({ id: "prop", years: [year] });
}

describe("parseHolidayNotice never crashes and never returns a year the calendar rejects", () => {
  it("arbitrary text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), check), { numRuns: 2_000 });
  });

  it("a published notice with a few characters changed, deleted or inserted", () => {
    // Characters that matter to the grammar, so the edits land on dates, separators and annotations.
    const alphabet = fc.constantFrom(..."0123456789年月日至、，。：（）()星期周六日一上班放假调休共天补休与末连鼓励其中—-\n ");
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.string({ unit: alphabet, maxLength: 3 }));
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 3 }), (text, edits) => {
        let t = text;
        for (const [at, remove, insert] of edits) {
          const i = at % (t.length + 1);
          t = t.slice(0, i) + insert + t.slice(i + remove);
        }
        check(t);
      }),
      { numRuns: 3_000 },
    );
  });
});
