/**
 * Mutation tests of evaluate.ts (issue 19, part 4). Expectations from the plan's
 * attachments (附件2: 22 items, free-form item 6; 附件3: free-form item 5; 附件4: 17 items,
 * 是否落实 / 亮点成效), evaluateChecklist's documented contract and the message table
 * (template_mismatch, version_mismatch).
 */
import { describe, expect, it } from "vitest";
import { _extraItemsOf } from "./evaluate";
import { ChecklistMismatchError, checklistItems, evaluateChecklist, getChecklistTemplate, type EvaluableChecklistResponse } from "./index";

const producer = getChecklistTemplate("producer-tasks");
const seller = getChecklistTemplate("seller-tasks");
const supervision = getChecklistTemplate("supervision");

// 附件2 as printed: 1.1–1.6, 2.1–2.5, 3.1–3.5, 4.1–4.3, 5.1–5.2, 6.
const PRODUCER_IDS = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3", "3.4", "3.5", "4.1", "4.2", "4.3", "5.1", "5.2", "6"];
// 附件3: 1.1–1.6, 2.1–2.5, 3.1–3.4, 4.1–4.2, 5.
const SELLER_IDS = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "5"];

type Answers = EvaluableChecklistResponse["answers"];
const resp = (templateId: string, answers: Answers, extraItems?: EvaluableChecklistResponse["extraItems"]): EvaluableChecklistResponse => ({
  templateId,
  templateVersion: "1.0.0",
  answers,
  ...(extraItems ? { extraItems } : {}),
});
const all = (ids: readonly string[], result: "yes" | "no" | "na") => Object.fromEntries(ids.map((id) => [id, { result }]));

describe("evaluateChecklist — counts, missing and complete", () => {
  it("附件2 answered in full with each result: counts per result, answered = 22, complete", () => {
    for (const result of ["yes", "no", "na"] as const) {
      const e = evaluateChecklist(producer, resp("producer-tasks", all(PRODUCER_IDS, result)));
      expect(e.counts).toEqual({ yes: 0, no: 0, na: 0, [result]: 22 });
      expect(e.answered).toBe(22);
      expect(e.itemCount).toBe(22);
      expect(e.missing).toEqual([]);
      expect(e.complete).toBe(true);
      expect(e.failed).toEqual(result === "no" ? PRODUCER_IDS : []);
    }
  });

  it("one item missing makes it incomplete, and names it", () => {
    const answers = all(PRODUCER_IDS.filter((id) => id !== "3.3"), "yes");
    const e = evaluateChecklist(producer, resp("producer-tasks", answers));
    expect(e.complete).toBe(false);
    expect(e.missing).toEqual(["3.3"]);
    expect(e.answered).toBe(21);
    expect(e.counts).toEqual({ yes: 21, no: 0, na: 0 });
  });

  it("附件3: 18 items, the free-form item is 5", () => {
    const e = evaluateChecklist(seller, resp("seller-tasks", {}));
    expect(e.missing).toEqual(SELLER_IDS);
    expect(e.itemCount).toBe(18);
    expect(e).toMatchObject({ templateId: "seller-tasks", templateVersion: "1.0.0", template: { id: "seller-tasks", version: "1.0.0" }, answered: 0, complete: false });
  });

  it("names the template it applied: { id, version }", () => {
    const e = evaluateChecklist(supervision, resp("supervision", {}));
    expect(e.template).toEqual({ id: "supervision", version: "1.0.0" });
    expect(e.templateId).toBe("supervision");
    expect(e.templateVersion).toBe("1.0.0");
    expect(e.itemCount).toBe(17);
  });

  it("answers inherited from the prototype are not answers", () => {
    const answers = Object.create({ "1.1": { result: "no" }, "6": { result: "yes" } }) as Answers;
    const e = evaluateChecklist(producer, resp("producer-tasks", answers));
    expect(e.missing).toEqual(PRODUCER_IDS);
    expect(e.failed).toEqual([]);
    expect(e.answered).toBe(0);
  });
});

describe("evaluateChecklist — failed items and rectification", () => {
  it("lists failed items in printed order, with the remark only when one was given", () => {
    const e = evaluateChecklist(
      producer,
      resp("producer-tasks", { "4.3": { result: "no" }, "1.2": { result: "no", remark: "未配备质量安全总监" }, "2.1": { result: "yes", remark: "齐全" }, "3.1": { result: "na", remark: "无证书" } }),
    );
    expect(e.failed).toEqual(["1.2", "4.3"]);
    expect(e.rectification).toStrictEqual([
      { itemId: "1.2", text: "配备质量安全总监和质量安全员。", remark: "未配备质量安全总监" },
      { itemId: "4.3", text: "抽查产品包装标识。" },
    ]);
    expect(Object.keys(e.rectification[1]!)).toEqual(["itemId", "text"]);
    expect(e.counts).toEqual({ yes: 1, no: 2, na: 1 });
  });

  it("an empty remark is kept as given", () => {
    const e = evaluateChecklist(seller, resp("seller-tasks", { "3.2": { result: "no", remark: "" } }));
    expect(e.rectification).toStrictEqual([{ itemId: "3.2", text: "抽查产品包装标识。", remark: "" }]);
  });
});

describe("evaluateChecklist — the free-form item and its extra sub-items", () => {
  const ids = PRODUCER_IDS.filter((id) => id !== "6");

  it("one sub-item answers item 6; the item's own answer and its sub-items all count", () => {
    const one = evaluateChecklist(producer, resp("producer-tasks", all(ids, "yes"), [{ id: "6.1", text: "铜导体电阻率", result: "na" }]));
    expect(one.complete).toBe(true);
    expect(one.missing).toEqual([]);
    expect(one.answered).toBe(22);
    expect(one.counts).toEqual({ yes: 21, no: 0, na: 1 });

    const both = evaluateChecklist(producer, resp("producer-tasks", { ...all(ids, "yes"), "6": { result: "no", remark: "未明确" } }, [{ id: "6.1", text: "铜导体电阻率", result: "no" }]));
    expect(both.answered).toBe(23);
    expect(both.failed).toEqual(["6", "6.1"]);
    expect(both.rectification).toStrictEqual([
      { itemId: "6", text: producer.sections[5]!.items[0]!.text, remark: "未明确" },
      { itemId: "6.1", text: "铜导体电阻率" },
    ]);
  });

  it("sub-items in number order: 6.2 before 6.10, whatever the listed order", () => {
    const e = evaluateChecklist(
      producer,
      resp("producer-tasks", {}, [
        { id: "6.10", text: "十", result: "no" },
        { id: "6.2", text: "二", result: "no" },
        { id: "6.9", text: "九", result: "no" },
        { id: "6.1", text: "一", result: "no" },
      ]),
    );
    expect(e.failed).toEqual(["6.1", "6.2", "6.9", "6.10"]);
    expect(e.rectification.map((r) => r.text)).toEqual(["一", "二", "九", "十"]);
  });

  it("extra items not numbered <free-form id>.<n> are ignored (the schema reports them)", () => {
    const extras = [
      { id: "5.1", text: "销售单位的子项", result: "no" as const },
      { id: "6", text: "无序号", result: "no" as const },
      { id: "6.", text: "无序号", result: "no" as const },
      { id: "6.x", text: "字母", result: "no" as const },
      { id: "6.1a", text: "字母结尾", result: "no" as const },
      { id: "6.a1", text: "字母开头", result: "no" as const },
      { id: "6.1.2", text: "三级", result: "no" as const },
      { id: "x6.1", text: "前缀", result: "no" as const },
      { id: "1.1.1", text: "非自由项之下", result: "no" as const },
      { id: "6.3", text: "有效", result: "no" as const },
    ];
    const e = evaluateChecklist(producer, resp("producer-tasks", {}, extras));
    expect(e.failed).toEqual(["6.3"]);
    expect(e.answered).toBe(1);
    expect(e.missing).toEqual(PRODUCER_IDS.filter((id) => id !== "6"));
  });

  it("on 附件3 sub-items are numbered under 5", () => {
    const e = evaluateChecklist(seller, resp("seller-tasks", {}, [{ id: "5.1", text: "假冒伪劣线索", result: "no", remark: "已报告" }, { id: "6.1", text: "x", result: "no" }]));
    expect(e.failed).toEqual(["5.1"]);
    expect(e.rectification).toStrictEqual([{ itemId: "5.1", text: "假冒伪劣线索", remark: "已报告" }]);
    expect(e.missing).toEqual(SELLER_IDS.filter((id) => id !== "5"));
  });

  it("_extraItemsOf: only <id>.<digits>, sorted by the number", () => {
    const extras = [{ id: "6.12" }, { id: "6.3" }, { id: "6.03x" }, { id: "16.1" }, { id: "6.100" }, { id: "6.20" }];
    expect(_extraItemsOf("6", extras).map((e) => e.id)).toEqual(["6.3", "6.12", "6.20", "6.100"]);
    expect(_extraItemsOf("5", extras)).toEqual([]);
  });
});

describe("evaluateChecklist — 亮点成效 (附件4)", () => {
  it("lists highlights in printed order, skipping empty ones, on any result", () => {
    const e = evaluateChecklist(
      supervision,
      resp("supervision", {
        "7.3": { result: "no", highlight: "制定督查计划1份" },
        "1.1": { result: "yes", highlight: "组织宣贯会12场" },
        "1.2": { result: "yes", highlight: "" },
        "2.1": { result: "na" },
      }),
    );
    expect(e.highlights).toStrictEqual([
      { itemId: "1.1", text: "组织开展法律法规政策文件宣贯落实。", highlight: "组织宣贯会12场" },
      { itemId: "7.3", text: "制定督查计划，对下级市场监管部门开展督查。", highlight: "制定督查计划1份" },
    ]);
    expect(e.counts).toEqual({ yes: 2, no: 1, na: 1 });
  });

  it("extra sub-items carry highlights too", () => {
    const e = evaluateChecklist(producer, resp("producer-tasks", {}, [{ id: "6.1", text: "绝缘层厚度", result: "yes", highlight: "全检" }]));
    expect(e.highlights).toStrictEqual([{ itemId: "6.1", text: "绝缘层厚度", highlight: "全检" }]);
  });
});

describe("evaluateChecklist — another template or version", () => {
  it("template_mismatch: the response's template, the expected one, the texts from the message table", () => {
    let err: unknown;
    try {
      evaluateChecklist(producer, resp("seller-tasks", {}));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ChecklistMismatchError);
    expect(err).toMatchObject({
      code: "template_mismatch",
      value: "seller-tasks",
      params: { received: "seller-tasks", expected: "producer-tasks", templateId: "producer-tasks" },
      messageZh: '所用的模板为 "seller-tasks"，不是 "producer-tasks"。',
      message: 'Made for template "seller-tasks", not "producer-tasks".',
    });
  });

  it("version_mismatch, checked after the template; a long version is cut to 40 characters in the text", () => {
    const long = "9".repeat(45);
    let err: unknown;
    try {
      evaluateChecklist(producer, { ...resp("producer-tasks", {}), templateVersion: long });
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({
      code: "version_mismatch",
      value: long,
      params: { received: `${"9".repeat(40)}…`, expected: "1.0.0", templateId: "producer-tasks" },
      messageZh: `该填报对应模板"producer-tasks"的版本"${"9".repeat(40)}…"，不是 1.0.0。`,
    });
    // A wrong template and a wrong version: the template is reported.
    expect(() => evaluateChecklist(producer, { ...resp("supervision", {}), templateVersion: "0.1" })).toThrow(expect.objectContaining({ code: "template_mismatch" }));
  });

  it("the same template and version evaluate without error", () => {
    expect(() => evaluateChecklist(seller, resp("seller-tasks", {}))).not.toThrow();
  });
});

it("every template's item list is what evaluate walks (sanity of the fixture ids)", () => {
  expect(checklistItems(producer).map((i) => i.id)).toEqual(PRODUCER_IDS);
  expect(checklistItems(seller).map((i) => i.id)).toEqual(SELLER_IDS);
});
