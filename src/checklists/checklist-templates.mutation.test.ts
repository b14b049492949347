/**
 * Mutation tests of checklist-templates.ts and errors.ts (issue 19, part 4): the three
 * built-in templates by id (附件2 producer-tasks, 附件3 seller-tasks, 附件4 supervision), their
 * items in printed order, and the two error classes with their params and both texts from the
 * message table (unknown_template; template_mismatch … unknown_format).
 */
import { describe, expect, it } from "vitest";
import {
  ChecklistMismatchError,
  ChecklistTemplateNotFoundError,
  checklistItems,
  getChecklistTemplate,
  isChecklistTemplateId,
  producerTasksTemplate,
  sellerTasksTemplate,
  supervisionTemplate,
} from "./index";

const KNOWN = ["producer-tasks", "seller-tasks", "supervision"];

describe("isChecklistTemplateId", () => {
  it("the three ids, exactly", () => {
    for (const id of KNOWN) expect(isChecklistTemplateId(id), id).toBe(true);
    for (const id of ["", "producer", "Producer-tasks", "producer-tasks ", "food-tasks", "toString", "__proto__"]) expect(isChecklistTemplateId(id), id).toBe(false);
  });

  it("any other value is not an id", () => {
    for (const v of [undefined, null, 1, true, ["supervision"], { id: "supervision" }, new String("supervision")]) expect(isChecklistTemplateId(v)).toBe(false);
  });
});

describe("getChecklistTemplate", () => {
  it("returns each built-in template by its id", () => {
    expect(getChecklistTemplate("producer-tasks")).toBe(producerTasksTemplate);
    expect(getChecklistTemplate("seller-tasks")).toBe(sellerTasksTemplate);
    expect(getChecklistTemplate("supervision")).toBe(supervisionTemplate);
    expect(getChecklistTemplate("supervision").title).toBe("市场监管部门督查清单（模板）");
  });

  it("an unknown id throws ChecklistTemplateNotFoundError with the id, the known ids and both texts", () => {
    let err: unknown;
    try {
      getChecklistTemplate("food-tasks");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ChecklistTemplateNotFoundError);
    expect(err).toBeInstanceOf(Error);
    expect(err).toMatchObject({
      name: "ChecklistTemplateNotFoundError",
      code: "unknown_template",
      id: "food-tasks",
      known: KNOWN,
      params: { received: "food-tasks", values: KNOWN },
      message: 'Unknown checklist template "food-tasks"; known templates: producer-tasks, seller-tasks, supervision.',
      messageZh: '清单模板 "food-tasks" 不存在，可用的模板：producer-tasks、seller-tasks、supervision。',
    });
  });

  it("what is not a string is described, a long id cut to 40 characters", () => {
    const received = (id: unknown) => {
      try {
        getChecklistTemplate(id as string);
      } catch (e) {
        return (e as ChecklistTemplateNotFoundError).params.received;
      }
      return undefined;
    };
    expect(received(42)).toBe("42");
    expect(received(null)).toBe("null");
    expect(received(undefined)).toBe("undefined");
    expect(received({})).toBe("object");
    expect(received("x".repeat(45))).toBe(`${"x".repeat(40)}…`);
  });
});

describe("ChecklistTemplateNotFoundError", () => {
  it("keeps its own copy of the known ids in params", () => {
    const known = ["a", "b"];
    const e = new ChecklistTemplateNotFoundError("c", known);
    known.push("d");
    expect(e.params.values).toEqual(["a", "b"]);
    expect(e.known).toBe(known);
  });
});

describe("ChecklistMismatchError", () => {
  it("carries code, value and params; the texts come from the message table", () => {
    const e = new ChecklistMismatchError("unknown_format", "pdf", { received: '"pdf"', values: ["markdown", "html", "csv"] });
    expect(e).toBeInstanceOf(Error);
    expect(e).toMatchObject({
      name: "ChecklistMismatchError",
      code: "unknown_format",
      value: "pdf",
      params: { received: '"pdf"', values: ["markdown", "html", "csv"] },
    });
    expect(e.message.startsWith("Unknown format")).toBe(true);
    expect(e.messageZh.startsWith("未知的输出格式")).toBe(true);
    const r = new ChecklistMismatchError("role_mismatch", ["producer"], { unitId: "u1", expected: "seller", templateId: "seller-tasks" });
    expect(r.messageZh).toBe('主体"u1"不是销售单位，模板"seller-tasks"适用于销售单位。');
    expect(r.message).toBe('Unit "u1" is not a seller; template "seller-tasks" is for sellers.');
  });
});

describe("checklistItems", () => {
  it("every item of every section in printed order: 22 (附件2), 18 (附件3), 17 (附件4)", () => {
    expect(checklistItems(producerTasksTemplate).map((i) => i.id)).toEqual([
      "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3", "3.4", "3.5", "4.1", "4.2", "4.3", "5.1", "5.2", "6",
    ]);
    expect(checklistItems(sellerTasksTemplate)).toHaveLength(18);
    expect(checklistItems(supervisionTemplate).map((i) => i.id).slice(-3)).toEqual(["7.1", "7.2", "7.3"]);
    expect(checklistItems(supervisionTemplate)[0]!.text).toBe("组织开展法律法规政策文件宣贯落实。");
  });
});
