import { describe, expect, it } from "vitest";
import { ChecklistMismatchError, ChecklistResponseSchema, checklistItems, evaluateChecklist, getChecklistTemplate, type ChecklistResponse } from "./index";

const producer = getChecklistTemplate("producer-tasks");
const allIds = checklistItems(producer).map((i) => i.id);

/** A response answering `ids` "yes", with `overrides` on top. */
function response(ids: readonly string[], overrides: ChecklistResponse["answers"] = {}, extraItems?: ChecklistResponse["extraItems"]): ChecklistResponse {
  return ChecklistResponseSchema.parse({
    templateId: "producer-tasks",
    templateVersion: "1.0.0",
    subject: { name: "某电器有限公司" },
    filledOn: "2025-03-05",
    answers: { ...Object.fromEntries(ids.map((id) => [id, { result: "yes" }])), ...overrides },
    ...(extraItems ? { extraItems } : {}),
  });
}

describe("evaluateChecklist", () => {
  it("an empty response: incomplete, all 22 items of 附件2 missing, nothing counted", () => {
    const e = evaluateChecklist(producer, response([]));
    expect(e.complete).toBe(false);
    expect(e.missing).toEqual(allIds);
    expect(e.missing).toHaveLength(22);
    expect(e.counts).toEqual({ yes: 0, no: 0, na: 0 });
    expect(e.failed).toEqual([]);
    expect(e).toMatchObject({ templateId: "producer-tasks", templateVersion: "1.0.0", answered: 0, itemCount: 22 });
  });

  it("counts yes / no / na, lists failed items with their text and remark for rectification", () => {
    const e = evaluateChecklist(
      producer,
      response(allIds, { "1.2": { result: "no", remark: "未配备质量安全总监" }, "2.1": { result: "no" }, "3.1": { result: "na" }, "3.5": { result: "na" } }),
    );
    expect(e.complete).toBe(true);
    expect(e.missing).toEqual([]);
    expect(e.counts).toEqual({ yes: 18, no: 2, na: 2 });
    expect(e.failed).toEqual(["1.2", "2.1"]);
    expect(e.rectification).toEqual([
      { itemId: "1.2", text: "配备质量安全总监和质量安全员。", remark: "未配备质量安全总监" },
      { itemId: "2.1", text: "检查《每日工业产品质量安全检查记录》。" },
    ]);
  });

  it("the free-form item is answered by its extra sub-items, which count and can fail", () => {
    const ids = allIds.filter((id) => id !== "6");
    const without = evaluateChecklist(producer, response(ids));
    expect(without.missing).toEqual(["6"]);
    const e = evaluateChecklist(
      producer,
      response(ids, {}, [
        { id: "6.2", text: "绝缘层厚度", result: "no", remark: "抽查1批次不合格" },
        { id: "6.1", text: "原材料铜导体电阻率", result: "yes" },
        { id: "6.10", text: "成品耐压试验", result: "na" },
      ]),
    );
    expect(e.complete).toBe(true);
    expect(e.counts).toEqual({ yes: 22, no: 1, na: 1 });
    expect(e.failed).toEqual(["6.2"]);
    expect(e.rectification).toEqual([{ itemId: "6.2", text: "绝缘层厚度", remark: "抽查1批次不合格" }]);
    expect(e.answered).toBe(24);
  });

  it("collects 亮点成效 on 附件4", () => {
    const t = getChecklistTemplate("supervision");
    const e = evaluateChecklist(t, {
      templateId: "supervision",
      templateVersion: "1.0.0",
      answers: { "1.1": { result: "yes", highlight: "组织宣贯会12场" }, "7.3": { result: "no" } },
    });
    expect(e.itemCount).toBe(17);
    expect(e.highlights).toEqual([{ itemId: "1.1", text: "组织开展法律法规政策文件宣贯落实。", highlight: "组织宣贯会12场" }]);
    expect(e.failed).toEqual(["7.3"]);
    expect(e.missing).toHaveLength(15);
  });

  it("throws a typed error for another template or version", () => {
    const r = response(allIds);
    expect(() => evaluateChecklist(getChecklistTemplate("seller-tasks"), r)).toThrow(ChecklistMismatchError);
    expect(() => evaluateChecklist(producer, { ...r, templateVersion: "0.9.0" })).toThrow(expect.objectContaining({ code: "version_mismatch", value: "0.9.0" }));
  });

  it("ignores answers for unknown ids (the schema reports them) and inherited names", () => {
    const e = evaluateChecklist(producer, { templateId: "producer-tasks", templateVersion: "1.0.0", answers: { "9.9": { result: "no" } } });
    expect(e.counts).toEqual({ yes: 0, no: 0, na: 0 });
    expect(e.missing).toHaveLength(22);
  });
});
