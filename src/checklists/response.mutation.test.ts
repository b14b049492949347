/**
 * Mutation tests of response.ts (issue 19, part 4): ChecklistResponseSchema's checks against
 * the template, each issue with its path, code, params and both texts from the message table
 * (src/entities/messages: unknown_template, template_version_mismatch, unknown_item,
 * extra_items_not_allowed, invalid_extra_item_id, duplicate_id), and _isExtraItemId's
 * documented form `<free-form id>.<positive integer without leading zero>`. The item ids are
 * the plan's (附件2: free-form item 6; 附件3: 5; 附件4: none).
 */
import { describe, expect, it } from "vitest";
import type { IssueParams } from "../entities";
import { ChecklistResponseSchema, type ChecklistResponseInput } from "./index";
import { _isExtraItemId } from "./response";

const valid: ChecklistResponseInput = {
  templateId: "producer-tasks",
  templateVersion: "1.0.0",
  subject: { name: "某电器有限公司" },
  filledOn: "2025-03-05",
  answers: { "1.1": { result: "yes" } },
};

/** The issues of a parse, as { path, code, params, en }. */
function issues(input: unknown) {
  const r = ChecklistResponseSchema.safeParse(input);
  if (r.success) return [];
  return r.error.issues.map((i) => {
    const own = i.code === "custom" ? (i.params as IssueParams | undefined) : undefined;
    return { path: i.path.join("/"), code: own?.code ?? i.code, params: own?.params, en: i.message };
  });
}

describe("ChecklistResponseSchema — the template", () => {
  it("an unknown template id: one issue, nothing else checked", () => {
    const found = issues({ ...valid, templateId: "food-tasks", templateVersion: "9", answers: { "9.9": { result: "yes" } }, extraItems: [{ id: "x", text: "x", result: "yes" }] });
    expect(found).toEqual([
      {
        path: "templateId",
        code: "unknown_template",
        params: { received: "food-tasks", values: ["producer-tasks", "seller-tasks", "supervision"] },
        en: 'Unknown checklist template "food-tasks"; known templates: producer-tasks, seller-tasks, supervision',
      },
    ]);
  });

  it("a long unknown id is cut to 40 characters", () => {
    const long = "x".repeat(50);
    expect(issues({ ...valid, templateId: long })[0]!.params).toEqual({ received: `${"x".repeat(40)}…`, values: ["producer-tasks", "seller-tasks", "supervision"] });
  });

  it("another version: reported, and the answers are still checked", () => {
    const found = issues({ ...valid, templateVersion: "0.9.0", answers: { "9.9": { result: "yes" } } });
    expect(found).toEqual([
      {
        path: "templateVersion",
        code: "template_version_mismatch",
        params: { received: "0.9.0", expected: "1.0.0", templateId: "producer-tasks" },
        en: 'Template version "0.9.0" does not match "producer-tasks" version 1.0.0; the answers cannot be checked against it',
      },
      { path: "answers/9.9", code: "unknown_item", params: { received: "9.9", templateId: "producer-tasks" }, en: 'Template "producer-tasks" has no item "9.9"' },
    ]);
  });
});

describe("ChecklistResponseSchema — answers name the template's items", () => {
  it("every item of each template is accepted", () => {
    const producerIds = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3", "3.4", "3.5", "4.1", "4.2", "4.3", "5.1", "5.2", "6"];
    const answers = Object.fromEntries(producerIds.map((id) => [id, { result: "na" }]));
    expect(issues({ ...valid, answers })).toEqual([]);
    const supervisionIds = ["1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.2", "4.3", "5.1", "5.2", "6.1", "6.2", "7.1", "7.2", "7.3"];
    expect(issues({ ...valid, templateId: "supervision", answers: Object.fromEntries(supervisionIds.map((id) => [id, { result: "yes" }])) })).toEqual([]);
  });

  it("each unknown id is its own issue, in the answers' order; seller item 5 is not a producer item 3.6", () => {
    const found = issues({ ...valid, answers: { "3.6": { result: "no" }, "1.1": { result: "yes" }, "7.1": { result: "yes" } } });
    expect(found.map((f) => [f.path, f.code, f.params])).toEqual([
      ["answers/3.6", "unknown_item", { received: "3.6", templateId: "producer-tasks" }],
      ["answers/7.1", "unknown_item", { received: "7.1", templateId: "producer-tasks" }],
    ]);
    expect(issues({ ...valid, templateId: "seller-tasks", answers: { "5": { result: "yes" }, "6": { result: "yes" }, "3.5": { result: "yes" } } }).map((f) => f.path)).toEqual(["answers/6", "answers/3.5"]);
  });
});

describe("ChecklistResponseSchema — extra sub-items", () => {
  it("an empty list is no list, on every template", () => {
    expect(issues({ ...valid, templateId: "supervision", answers: {}, extraItems: [] })).toEqual([]);
    expect(issues({ ...valid, extraItems: [] })).toEqual([]);
  });

  it("on 附件4 (no free-form item): one issue for the list", () => {
    const found = issues({ ...valid, templateId: "supervision", answers: {}, extraItems: [{ id: "7.4", text: "x", result: "yes" }, { id: "7.4", text: "y", result: "no" }] });
    expect(found).toEqual([
      { path: "extraItems", code: "extra_items_not_allowed", params: { templateId: "supervision" }, en: 'Template "supervision" has no free-form item to hold extra sub-items' },
    ]);
  });

  it("an id not numbered under the free-form item: located at its index, naming the free-form id", () => {
    const found = issues({ ...valid, extraItems: [{ id: "6.1", text: "a", result: "yes" }, { id: "5.1", text: "b", result: "yes" }] });
    expect(found).toEqual([
      {
        path: "extraItems/1/id",
        code: "invalid_extra_item_id",
        params: { received: "5.1", values: ["6"], templateId: "producer-tasks" },
        en: 'Extra item id "5.1" is invalid; expected 6.1, 6.2, …',
      },
    ]);
  });

  it("repeats after the first are duplicates, at their index", () => {
    const found = issues({
      ...valid,
      extraItems: [
        { id: "6.1", text: "a", result: "yes" },
        { id: "6.2", text: "b", result: "yes" },
        { id: "6.1", text: "c", result: "no" },
      ],
    });
    expect(found).toEqual([{ path: "extraItems/2/id", code: "duplicate_id", params: { list: "extraItems", received: "6.1" }, en: 'Duplicate id "6.1" in extraItems' }]);
  });

  it("sellers number under 5, up to four digits", () => {
    const seller = { ...valid, templateId: "seller-tasks", answers: {} };
    expect(issues({ ...seller, extraItems: [{ id: "5.1", text: "a", result: "yes" }, { id: "5.9999", text: "b", result: "yes" }] })).toEqual([]);
    expect(issues({ ...seller, extraItems: [{ id: "5.10000", text: "a", result: "yes" }] }).map((f) => f.code)).toEqual(["invalid_extra_item_id"]);
  });
});

describe("_isExtraItemId — <free-form id>.<1–9999 without leading zero>", () => {
  const cases: [string, readonly string[], boolean][] = [
    ["6.1", ["6"], true],
    ["6.9", ["6"], true],
    ["6.10", ["6"], true],
    ["6.9999", ["6"], true],
    ["6.10000", ["6"], false],
    ["6.0", ["6"], false],
    ["6.01", ["6"], false],
    ["6.", ["6"], false],
    ["6", ["6"], false],
    ["6.1a", ["6"], false],
    ["6.a1", ["6"], false],
    ["6.1 ", ["6"], false],
    ["5.1", ["6"], false],
    ["6.1", ["5", "6"], true],
    ["6.1", [], false],
    // The number is after the last dot; the free-form id may itself hold a dot.
    ["6.1.2", ["6.1"], true],
    ["6.1.2", ["6"], false],
    // No free-form id before the dot: never an extra item id, whatever the list holds.
    [".1", [""], false],
    [".1", ["6"], false],
  ];
  for (const [id, ff, expected] of cases) {
    it(`${JSON.stringify(id)} under ${JSON.stringify(ff)} → ${expected}`, () => expect(_isExtraItemId(id, ff)).toBe(expected));
  }
});
