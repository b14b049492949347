import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  ChecklistTemplateNotFoundError,
  checklistItems,
  checklistTemplates,
  getChecklistTemplate,
  isChecklistTemplateId,
  type ChecklistTemplate,
} from "./index";

// The plan text (宁市监质监〔2023〕146号 as extracted from the PDF), committed under sources/.
const here = dirname(fileURLToPath(import.meta.url));
const plan = readFileSync(resolve(here, "../../sources/nanjing-2023-146.txt"), "utf8");

/** The printed text between two markers of the plan, as the PDF extraction gave it. */
function region(text: string, from: string, to: string | undefined): string {
  const start = text.indexOf(from);
  const end = to === undefined ? text.length : text.indexOf(to, start + from.length);
  if (start < 0 || end < 0) throw new Error(`markers ${from} / ${to} not found in the plan text`);
  return text.slice(start, end);
}

/**
 * Undoes the extraction's artefacts as the issue describes: join broken lines, drop the
 * spaces the extraction put around Latin letters, digits, the √/× marks and ASCII
 * brackets and commas, and fix the
 * two stray spaces between Chinese characters named in the issue.
 */
function normalise(text: string): string {
  return text
    .replace(/\r?\n/g, "")
    .replace(/ *([A-Za-z0-9√×(),]+) */g, "$1")
    .replace("与生产单位明确 的关键风险点", "与生产单位明确的关键风险点")
    .replace("关键风险 点", "关键风险点");
}

/** Item ids as printed: the numbers "d.d" opening a line of the attachment. */
function printedItemIds(raw: string): string[] {
  return [...raw.matchAll(/^\s*(\d+\.\d+) /gm)].map((m) => m[1]!);
}

const attachments: { template: ChecklistTemplate; from: string; to: string | undefined }[] = [
  { template: checklistTemplates["producer-tasks"], from: "附件2\n", to: "附件3\n" },
  { template: checklistTemplates["seller-tasks"], from: "附件3\n", to: "附件4\n" },
  { template: checklistTemplates.supervision, from: "附件4\n", to: "南京市市场监督管理局办公室" },
];

describe("checklistTemplates", () => {
  it("has the three templates keyed by id, each naming its attachment", () => {
    expect(Object.keys(checklistTemplates)).toEqual(["producer-tasks", "seller-tasks", "supervision"]);
    expect(checklistTemplates["producer-tasks"].source).toMatchObject({ document: "宁市监质监〔2023〕146号", clause: "附件2" });
    expect(checklistTemplates["seller-tasks"].source.clause).toBe("附件3");
    expect(checklistTemplates.supervision.source.clause).toBe("附件4");
    for (const t of Object.values(checklistTemplates)) expect(t.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("titles as printed", () => {
    expect(checklistTemplates["producer-tasks"].title).toBe("市场监管部门监管任务清单（模板）（生产单位类）");
    expect(checklistTemplates["seller-tasks"].title).toBe("市场监管部门监管任务清单（模板）（销售单位类）");
    expect(checklistTemplates.supervision.title).toBe("市场监管部门督查清单（模板）");
  });

  it("is deeply frozen", () => {
    const t = checklistTemplates["producer-tasks"];
    expect(Object.isFrozen(checklistTemplates)).toBe(true);
    expect(Object.isFrozen(t)).toBe(true);
    expect(Object.isFrozen(t.sections)).toBe(true);
    expect(Object.isFrozen(t.sections[0]!.items[0])).toBe(true);
    expect(Object.isFrozen(t.sections[0]!.items[5]!.parts![0]!.appliesWhen)).toBe(true);
    expect(Object.isFrozen(t.notes[1])).toBe(true);
    expect(() => {
      (t.sections[0]!.items[0] as { text: string }).text = "x";
    }).toThrow(TypeError);
  });

  // Ids and counts typed from the printed attachments.
  it("producer (附件2) item ids as printed: 1.1–1.6, 2.1–2.5, 3.1–3.5, 4.1–4.3, 5.1–5.2, 6", () => {
    const t = checklistTemplates["producer-tasks"];
    expect(t.sections.map((s) => s.items.length)).toEqual([6, 5, 5, 3, 2, 1]);
    expect(checklistItems(t).map((i) => i.id)).toEqual(
      "1.1 1.2 1.3 1.4 1.5 1.6 2.1 2.2 2.3 2.4 2.5 3.1 3.2 3.3 3.4 3.5 4.1 4.2 4.3 5.1 5.2 6".split(" "),
    );
    expect(checklistItems(t).filter((i) => i.freeForm).map((i) => i.id)).toEqual(["6"]);
  });

  it("seller (附件3) item ids as printed: 1.1–1.6, 2.1–2.5, 3.1–3.4, 4.1–4.2, 5", () => {
    const t = checklistTemplates["seller-tasks"];
    expect(t.sections.map((s) => s.items.length)).toEqual([6, 5, 4, 2, 1]);
    expect(checklistItems(t).map((i) => i.id)).toEqual("1.1 1.2 1.3 1.4 1.5 1.6 2.1 2.2 2.3 2.4 2.5 3.1 3.2 3.3 3.4 4.1 4.2 5".split(" "));
    expect(checklistItems(t).filter((i) => i.freeForm).map((i) => i.id)).toEqual(["5"]);
  });

  it("supervision (附件4) item ids as printed: 1.1 … 7.3, no free-form item, no notes", () => {
    const t = checklistTemplates.supervision;
    expect(t.sections.map((s) => s.items.length)).toEqual([2, 3, 2, 3, 2, 2, 3]);
    expect(checklistItems(t).map((i) => i.id)).toEqual("1.1 1.2 2.1 2.2 2.3 3.1 3.2 4.1 4.2 4.3 5.1 5.2 6.1 6.2 7.1 7.2 7.3".split(" "));
    expect(checklistItems(t).some((i) => i.freeForm)).toBe(false);
    expect(t.notes).toEqual([]);
  });

  it("a few texts typed from the printed plan", () => {
    const p = checklistItems(checklistTemplates["producer-tasks"]);
    expect(p.find((i) => i.id === "3.2")!.text).toBe("检查是否存在超出生产许可范围生产、未经CCC认证出厂销售的行为。");
    expect(p.find((i) => i.id === "1.3")!.text).toBe("制定《质量安全总监职责》《质量安全员守则》。");
    expect(checklistTemplates["producer-tasks"].sections[5]!.title).toBe("与生产单位明确的关键风险点和风险管控事项");
    // The plan's own typo 销售位, kept as printed.
    expect(checklistTemplates["seller-tasks"].sections[4]!.title).toBe("与销售位明确的关键风险点和风险管控事项");
  });

  it("header fields and answer columns of each attachment", () => {
    const p = checklistTemplates["producer-tasks"];
    expect(p.header.map((h) => h.label)).toEqual(["填表单位及填表人（盖章或签名）", "填表日期", "层级分类", "生产单位名称", "责任部门", "联系人及联系方式"]);
    expect(p.header.find((h) => h.key === "layer")!.placeholder).toBe("（A、B、C、D）级主体");
    expect(checklistTemplates["seller-tasks"].header[3]!.label).toBe("销售单位名称");
    expect(p.columns).toEqual({ number: "序号", topic: "重点工作", task: "具体任务", result: "结果", remark: "备注" });
    const s = checklistTemplates.supervision;
    expect(s.header.map((h) => h.label)).toEqual(["督查主体", "督查对象"]);
    expect(s.contentHeading).toBe("督查内容");
    expect(s.columns).toEqual({ number: "序号", topic: "督查事项", task: "具体任务", result: "是否落实", remark: "亮点成效" });
    expect(s.remarkField).toBe("highlight");
  });

  it("item ids and free-form ids are unique within each template", () => {
    for (const t of Object.values(checklistTemplates)) {
      const ids = checklistItems(t).map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("each conditional part is a substring of its item", () => {
    for (const t of Object.values(checklistTemplates))
      for (const item of checklistItems(t)) for (const part of item.parts ?? []) expect(item.text).toContain(part.text);
  });
});

describe("templates against the plan text (sources/nanjing-2023-146.txt)", () => {
  for (const { template, from, to } of attachments) {
    describe(template.id, () => {
      const raw = region(plan, from, to);
      const text = normalise(raw);

      it("numbered item ids are those the attachment prints, in order", () => {
        expect(checklistItems(template).filter((i) => i.id.includes(".")).map((i) => i.id)).toEqual(printedItemIds(raw));
      });

      it("every item's number and text appear verbatim in the attachment", () => {
        for (const item of checklistItems(template)) {
          const printed = item.freeForm ? item.text : normalise(`${item.id} ${item.text}`);
          expect(text, `item ${item.id}`).toContain(printed);
        }
      });

      it("every section title appears verbatim, between its number and its first item", () => {
        for (const section of template.sections) {
          const first = section.items[0]!;
          const next = first.freeForm ? first.text.slice(0, 6) : first.id;
          expect(text, `section ${section.id}`).toContain(`${section.id}${section.title}${next}`);
        }
      });

      it("the title and the notes appear verbatim", () => {
        expect(text).toContain(template.title);
        for (const note of template.notes) expect(text).toContain(`${note.id}．${note.text}`);
        if (template.notes.length > 0) expect(template.notes.map((n) => n.id)).toEqual(["1", "2"]);
      });
    });
  }
});

describe("getChecklistTemplate / isChecklistTemplateId", () => {
  it("returns the template for each id", () => {
    expect(getChecklistTemplate("producer-tasks")).toBe(checklistTemplates["producer-tasks"]);
    expect(getChecklistTemplate("supervision").id).toBe("supervision");
  });

  it("throws a typed error with the known ids for an unknown id", () => {
    expect(() => getChecklistTemplate("producer")).toThrow(ChecklistTemplateNotFoundError);
    try {
      getChecklistTemplate("producer");
    } catch (e) {
      expect(e).toMatchObject({ code: "unknown_template", id: "producer", known: ["producer-tasks", "seller-tasks", "supervision"] });
      expect((e as ChecklistTemplateNotFoundError).messageZh).toContain("producer-tasks");
    }
  });

  it("guards ids, including inherited property names", () => {
    expect(isChecklistTemplateId("seller-tasks")).toBe(true);
    expect(isChecklistTemplateId("toString")).toBe(false);
    expect(isChecklistTemplateId(1)).toBe(false);
    expect(() => getChecklistTemplate("__proto__")).toThrow(ChecklistTemplateNotFoundError);
  });
});
