import { describe, expect, it } from "vitest";
import type { IssueParams } from "../entities";
import { _messages } from "../entities/messages";
import { ChecklistResponseSchema, type ChecklistResponseInput } from "./index";

const valid: ChecklistResponseInput = {
  templateId: "producer-tasks",
  templateVersion: "1.0.0",
  subject: { name: "某电器有限公司", layer: "B", department: "质量监督科", contact: "王某 025-00000000" },
  filledBy: "某区市场监管局 李某",
  filledOn: "2025-03-05",
  answers: { "1.1": { result: "yes" }, "1.2": { result: "no", remark: "未配备质量安全总监" }, "3.1": { result: "na" } },
  extraItems: [
    { id: "6.1", text: "原材料铜导体电阻率", result: "yes" },
    { id: "6.2", text: "绝缘层厚度", result: "no", remark: "抽查1批次不合格" },
  ],
};

/** The issues of a failed parse, as { path, code, zh, en }. */
function issues(input: unknown) {
  const r = ChecklistResponseSchema.safeParse(input);
  if (r.success) return [];
  return r.error.issues.map((i) => {
    // Our own checks carry code and params; the Chinese comes from the message table.
    const own = i.code === "custom" ? (i.params as IssueParams | undefined) : undefined;
    return { path: i.path.join("/"), code: own?.code ?? i.code, zh: own ? _messages(own.code, own.params).zh : undefined, en: i.message };
  });
}

describe("ChecklistResponseSchema", () => {
  it("accepts a valid response, extra sub-items included", () => {
    expect(ChecklistResponseSchema.safeParse(valid).success).toBe(true);
  });

  it("reports an unknown item id, bilingually, at answers/<id>", () => {
    const found = issues({ ...valid, answers: { ...valid.answers, "9.9": { result: "yes" } } });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: "answers/9.9", code: "unknown_item" });
    expect(found[0]!.zh).toContain("9.9");
    expect(found[0]!.en).toContain("9.9");
  });

  it("reports a seller item id used on the producer template only when it does not exist there", () => {
    // "6" exists in 附件2 (the free-form item); "6.1" is not an item but an extra sub-item id.
    expect(issues({ ...valid, answers: { "6": { result: "na" } } })).toEqual([]);
    expect(issues({ ...valid, answers: { "6.1": { result: "yes" } } })[0]).toMatchObject({ code: "unknown_item" });
  });

  it("reports a different template version", () => {
    const found = issues({ ...valid, templateVersion: "0.9.0" });
    expect(found).toEqual([expect.objectContaining({ path: "templateVersion", code: "template_version_mismatch" })]);
    expect(found[0]!.zh).toContain("1.0.0");
  });

  it("reports an unknown template id", () => {
    const found = issues({ ...valid, templateId: "food-tasks" });
    expect(found).toEqual([expect.objectContaining({ path: "templateId", code: "unknown_template" })]);
    expect(found[0]!.zh).toContain("producer-tasks");
  });

  it("reports extra sub-items that are not numbered under the free-form item, and repeats", () => {
    const found = issues({
      ...valid,
      extraItems: [
        { id: "5.1", text: "a", result: "yes" },
        { id: "6", text: "b", result: "yes" },
        { id: "6.0", text: "c", result: "yes" },
        { id: "6.01", text: "d", result: "yes" },
        { id: "6.3", text: "e", result: "yes" },
        { id: "6.3", text: "f", result: "no" },
      ],
    });
    expect(found.map((f) => `${f.path} ${f.code}`)).toEqual([
      "extraItems/0/id invalid_extra_item_id",
      "extraItems/1/id invalid_extra_item_id",
      "extraItems/2/id invalid_extra_item_id",
      "extraItems/3/id invalid_extra_item_id",
      "extraItems/5/id duplicate_id",
    ]);
  });

  it("numbers seller sub-items under 5", () => {
    const seller = { ...valid, templateId: "seller-tasks", answers: {}, extraItems: [{ id: "5.1", text: "假冒伪劣线索", result: "yes" }] };
    expect(issues(seller)).toEqual([]);
    expect(issues({ ...seller, extraItems: [{ id: "6.1", text: "x", result: "yes" }] })[0]).toMatchObject({ code: "invalid_extra_item_id" });
  });

  it("rejects extra sub-items on 附件4, which has no free-form item", () => {
    const found = issues({ ...valid, templateId: "supervision", answers: {}, extraItems: [{ id: "7.4", text: "x", result: "yes" }] });
    expect(found).toEqual([expect.objectContaining({ path: "extraItems", code: "extra_items_not_allowed" })]);
  });

  it("accepts 附件4 answers with 亮点成效 and the 督查主体", () => {
    const r = ChecklistResponseSchema.parse({
      templateId: "supervision",
      templateVersion: "1.0.0",
      inspectingBody: "南京市市场监督管理局",
      subject: { name: "某区市场监督管理局" },
      filledOn: "2025-06-30",
      answers: { "1.1": { result: "yes", highlight: "组织宣贯会12场" } },
    });
    expect(r.answers["1.1"]!.highlight).toBe("组织宣贯会12场");
  });

  it("rejects a bad result, a bad date and a missing subject name with zod's issues", () => {
    const found = issues({ ...valid, filledOn: "2025-02-30", subject: { name: "" }, answers: { "1.1": { result: "maybe" } } });
    expect(found.map((f) => f.path).sort()).toEqual(["answers/1.1/result", "filledOn", "subject/name"]);
    expect(found.find((f) => f.path === "filledOn")!.code).toBe("invalid_date");
  });

  it("never throws on arbitrary JSON", () => {
    for (const input of [null, 1, "x", [], {}, { templateId: 1 }, { answers: [] }, { templateId: "producer-tasks", answers: { __proto__: { result: "yes" } } }]) {
      expect(() => ChecklistResponseSchema.safeParse(input)).not.toThrow();
    }
  });
});
