import { describe, expect, it } from "vitest";
import { nanjing2023 } from "../../policy";
import { _boss, _dir, _of, _off, _unit } from "../_fixture";
import { obligations } from "../obligations";

// Plan 二（三）: "对监督抽查考核不合格的，要督促指导生产和销售单位采取措施进行整改". The plan gives no
// period: nanjing2023.duties.rectification is 30 days (Civil Code counting, a reading), done by
// the first LATER passed assessment of the same person, or the person's last day in post if
// earlier (the citation's note). 2026-03-10 + 30 days = 2026-04-09 (21 days to 03-31, 9 more).
const RULE = "rectification.failed-assessment";
const fail = (personId: string, date: string) => ({ personId, date, passed: false });
const pass = (personId: string, date: string) => ({ personId, date, passed: true });
const rect = (over: Parameters<typeof _unit>[0], asOf: string) => _of(obligations(_unit(over), { asOf }), "rectification");

describe("rectification — the obligation and its reason (plan 二（三）)", () => {
  // Index 1: another person's pass comes first in the list.
  const assessments = [pass("dir", "2026-02-01"), fail("off", "2026-03-10")];

  it("is the unit's, due 30 days after, decided by its one reason, with the person, role and index", () => {
    const [o, ...rest] = rect({ assessments }, "2026-04-09");
    expect(rest).toEqual([]);
    expect(o).toMatchObject({ kind: "rectification", owedBy: "unit", dueOn: "2026-04-09", status: "open", decidedBy: RULE });
    expect(o!.subject).toStrictEqual({ personId: "off", role: "officer", assessmentIndex: 1 });
    expect(o).not.toHaveProperty("doneOn");
    expect(o!.reasons).toStrictEqual([
      {
        rule: RULE,
        facts: ["off", "/assessments/1"],
        citation: nanjing2023.duties.rectification.citation,
        message: "质量安全员off于2026-03-10监督抽查考核不合格，应于2026-04-09前整改",
        messageEn: "officer off failed the assessment of 2026-03-10; to be rectified by 2026-04-09",
      },
    ]);
    expect(o!.reasons[0]!.citation).toMatchObject({ clause: "二（三）", reading: true });
  });

  it("a director's failure names the director", () => {
    const [o] = rect({ assessments: [fail("dir", "2026-03-10")] }, "2026-03-31");
    expect(o!.subject).toStrictEqual({ personId: "dir", role: "director", assessmentIndex: 0 });
    expect(o!.reasons[0]!.message).toBe("质量安全总监dir于2026-03-10监督抽查考核不合格，应于2026-04-09前整改");
    expect(o!.reasons[0]!.messageEn).toBe("director dir failed the assessment of 2026-03-10; to be rectified by 2026-04-09");
  });

  it("the failure day itself counts; the day before nothing is owed; a passed assessment owes nothing", () => {
    expect(rect({ assessments }, "2026-03-09")).toEqual([]);
    expect(rect({ assessments }, "2026-03-10").map((o) => [o.dueOn, o.status])).toEqual([["2026-04-09", "open"]]);
    expect(rect({ assessments: [pass("off", "2026-03-10")] }, "2026-04-20")).toEqual([]);
  });

  it("open on the due day, overdue the day after", () => {
    expect(rect({ assessments }, "2026-04-09")[0]!.status).toBe("open");
    expect(rect({ assessments }, "2026-04-10")[0]!.status).toBe("overdue");
  });
});

describe("rectification — done by a later pass", () => {
  it("a pass on the due day: met, and the reason says so", () => {
    const [o] = rect({ assessments: [fail("off", "2026-03-10"), pass("off", "2026-04-09")] }, "2026-04-09");
    expect(o).toMatchObject({ dueOn: "2026-04-09", status: "met", doneOn: "2026-04-09" });
    expect(o!.reasons[0]!.message).toBe("质量安全员off于2026-03-10监督抽查考核不合格，应于2026-04-09前整改；2026-04-09复考合格");
    expect(o!.reasons[0]!.messageEn).toBe("officer off failed the assessment of 2026-03-10; to be rectified by 2026-04-09; passed again on 2026-04-09");
  });

  it("a pass the day after the due day: late", () => {
    const [o] = rect({ assessments: [fail("off", "2026-03-10"), pass("off", "2026-04-10")] }, "2026-04-10");
    expect(o).toMatchObject({ status: "late", doneOn: "2026-04-10" });
    expect(o!.reasons[0]!.messageEn).toBe("officer off failed the assessment of 2026-03-10; to be rectified by 2026-04-09; passed again on 2026-04-10");
  });

  it("a pass after the day asked is not known yet: not done, and not in the reason", () => {
    const [o] = rect({ assessments: [fail("off", "2026-03-10"), pass("off", "2026-04-10")] }, "2026-04-09");
    expect(o).toMatchObject({ status: "open" });
    expect(o).not.toHaveProperty("doneOn");
    expect(o!.reasons[0]!.message).toBe("质量安全员off于2026-03-10监督抽查考核不合格，应于2026-04-09前整改");
    expect(o!.reasons[0]!.messageEn).toBe("officer off failed the assessment of 2026-03-10; to be rectified by 2026-04-09");
  });

  it("another failure does not rectify: both stay undone", () => {
    const list = rect({ assessments: [fail("off", "2026-03-10"), fail("off", "2026-03-20")] }, "2026-05-01");
    expect(list.map((o) => [o.subject.assessmentIndex, o.dueOn, o.status, o.doneOn])).toEqual([
      [0, "2026-04-09", "overdue", undefined],
      [1, "2026-04-19", "overdue", undefined],
    ]);
    expect(list[0]!.reasons[0]!.message).toBe("质量安全员off于2026-03-10监督抽查考核不合格，应于2026-04-09前整改");
  });

  it("another person's pass does not rectify", () => {
    const [o] = rect({ assessments: [fail("off", "2026-03-10"), pass("dir", "2026-03-20")] }, "2026-05-01");
    expect(o).toMatchObject({ status: "overdue" });
    expect(o).not.toHaveProperty("doneOn");
  });

  it("only a LATER pass counts: one the same day or before does not", () => {
    expect(rect({ assessments: [pass("off", "2026-03-10"), fail("off", "2026-03-10")] }, "2026-05-01")[0]).toMatchObject({ status: "overdue" });
    expect(rect({ assessments: [fail("off", "2026-03-10"), pass("off", "2026-03-10")] }, "2026-05-01")[0]).toMatchObject({ status: "overdue" });
    const [o] = rect({ assessments: [pass("off", "2026-02-01"), fail("off", "2026-03-10"), pass("off", "2026-03-20")] }, "2026-05-01");
    expect(o).toMatchObject({ status: "met", doneOn: "2026-03-20" });
    // Several passes before: the first after the failure still wins.
    const many = [pass("off", "2025-01-01"), pass("off", "2025-06-01"), pass("off", "2026-01-01"), fail("off", "2026-03-10"), pass("off", "2026-04-20"), pass("off", "2026-03-25")];
    expect(rect({ assessments: many }, "2026-05-01")[0]).toMatchObject({ status: "met", doneOn: "2026-03-25" });
  });

  it("the FIRST later pass, whatever the list order", () => {
    expect(rect({ assessments: [fail("off", "2026-03-10"), pass("off", "2026-03-20"), pass("off", "2026-04-20")] }, "2026-05-01")[0]).toMatchObject({ status: "met", doneOn: "2026-03-20" });
    expect(rect({ assessments: [fail("off", "2026-03-10"), pass("off", "2026-04-20"), pass("off", "2026-03-20")] }, "2026-05-01")[0]).toMatchObject({ status: "met", doneOn: "2026-03-20" });
  });

  it("dates sort as dates, not as text: 1997-05-10 comes before 1997-06-01 (day 9991 and day 10013 since 1970)", () => {
    const people = [{ ..._off, from: "1990-01-01" }];
    // 1997-05-01 + 30 days = 1997-05-31.
    const [o] = rect({ people, products: { licences: [] }, assessments: [fail("off", "1997-05-01"), pass("off", "1997-05-10"), pass("off", "1997-06-01")] }, "1997-07-01");
    expect(o).toMatchObject({ dueOn: "1997-05-31", status: "met", doneOn: "1997-05-10" });
  });
});

describe("rectification — done when the person leaves the post", () => {
  const withOff = (to: string) => [_boss, { ..._off, to }, _dir];

  it("leaving on the day asked: done that day", () => {
    const [o] = rect({ people: withOff("2026-04-05"), assessments: [fail("off", "2026-03-10")] }, "2026-04-05");
    expect(o).toMatchObject({ status: "met", doneOn: "2026-04-05" });
    expect(o!.reasons[0]!.message).toBe("质量安全员off于2026-03-10监督抽查考核不合格，应于2026-04-09前整改；2026-04-05离任");
    expect(o!.reasons[0]!.messageEn).toBe("officer off failed the assessment of 2026-03-10; to be rectified by 2026-04-09; left the post on 2026-04-05");
  });

  it("leaving after the due day: late", () => {
    const [o] = rect({ people: withOff("2026-04-12"), assessments: [fail("off", "2026-03-10")] }, "2026-04-20");
    expect(o).toMatchObject({ status: "late", doneOn: "2026-04-12" });
    expect(o!.reasons[0]!.messageEn).toBe("officer off failed the assessment of 2026-03-10; to be rectified by 2026-04-09; left the post on 2026-04-12");
  });

  it("leaving after the day asked is not known yet", () => {
    const [o] = rect({ people: withOff("2026-04-20"), assessments: [fail("off", "2026-03-10")] }, "2026-04-10");
    expect(o).toMatchObject({ status: "overdue" });
    expect(o).not.toHaveProperty("doneOn");
    expect(o!.reasons[0]!.message).toBe("质量安全员off于2026-03-10监督抽查考核不合格，应于2026-04-09前整改");
  });

  it("a pass before leaving: done by the pass", () => {
    const [o] = rect({ people: withOff("2026-04-30"), assessments: [fail("off", "2026-03-10"), pass("off", "2026-03-20")] }, "2026-05-10");
    expect(o).toMatchObject({ status: "met", doneOn: "2026-03-20" });
    expect(o!.reasons[0]!.message).toBe("质量安全员off于2026-03-10监督抽查考核不合格，应于2026-04-09前整改；2026-03-20复考合格");
  });

  it("a pass on the last day in post: done by the pass (leaving must be earlier to count)", () => {
    const [o] = rect({ people: withOff("2026-03-20"), assessments: [fail("off", "2026-03-10"), pass("off", "2026-03-20")] }, "2026-05-10");
    expect(o).toMatchObject({ status: "met", doneOn: "2026-03-20" });
    expect(o!.reasons[0]!.messageEn).toBe("officer off failed the assessment of 2026-03-10; to be rectified by 2026-04-09; passed again on 2026-03-20");
  });

  it("leaving before a later pass: done on the last day in post", () => {
    const [o] = rect({ people: withOff("2026-03-15"), assessments: [fail("off", "2026-03-10"), pass("off", "2026-04-20")] }, "2026-05-10");
    expect(o).toMatchObject({ status: "met", doneOn: "2026-03-15" });
    expect(o!.reasons[0]!.message).toBe("质量安全员off于2026-03-10监督抽查考核不合格，应于2026-04-09前整改；2026-03-15离任");
  });
});
