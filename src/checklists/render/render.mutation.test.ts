/**
 * Mutation tests of render/*.ts (issue 19, part 4): a small hand-made template rendered in
 * each format, the whole Markdown and CSV documents and the HTML page's parts written out by
 * hand from renderChecklist's documented layout (title, source, header fields, the table with
 * merged 序号 / 重点工作, extra sub-items under their free-form item, ✓ / ✗ / 不适用, ※ and its
 * legend, the notes), the escaping rules and the errors' params.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { ChecklistMismatchError, getChecklistTemplate, renderChecklist, type ChecklistTemplate, type RenderableChecklistResponse } from "../index";
import { _chineseDate, _headerValue, _lastColumn, _mark, _rows } from "./_model";
import { _csvField } from "./csv";
import { _escapeHtml } from "./html";
import { _escapeMarkdown } from "./markdown";

const mini: ChecklistTemplate = {
  id: "producer-tasks",
  version: "2.0.0",
  title: "清单（模板）（甲类）",
  source: { document: "某文号", clause: "附件9", documentTitle: "某方案", issuedOn: "2023-11-20" },
  subjectKind: "producer",
  remarkField: "remark",
  header: [
    { key: "filledBy", label: "填表人" },
    { key: "filledOn", label: "填表日期", placeholder: "年 月 日" },
    { key: "layer", label: "层级分类", placeholder: "（A、B、C、D）级主体" },
    { key: "subjectName", label: "单位名称" },
    { key: "department", label: "责任部门" },
    { key: "contact", label: "联系人" },
  ],
  columns: { number: "序号", topic: "重点工作", task: "具体任务", result: "结果", remark: "备注" },
  sections: [
    { id: "1", title: "甲", items: [{ id: "1.1", text: "一一" }, { id: "1.2", text: "一二" }] },
    { id: "2", title: "乙", items: [{ id: "2", text: "自由项", freeForm: true }] },
  ],
  notesLabel: "注",
  notes: [
    { id: "1", text: "注一" },
    { id: "2", text: "注二" },
  ],
};

const filled: RenderableChecklistResponse = {
  templateId: "producer-tasks",
  templateVersion: "2.0.0",
  subject: { name: "某公司", layer: "C", department: "科", contact: "王 1" },
  filledBy: "李",
  filledOn: "2025-03-05",
  answers: {
    "1.1": { result: "yes", remark: "好", highlight: "亮" },
    "1.2": { result: "no", evidence: { rule: "r", facts: [], detail: "d" } },
  },
  extraItems: [
    { id: "2.2", text: "子二", result: "na" },
    { id: "2.1", text: "子一", result: "yes", remark: "r" },
  ],
};

const LEGEND = "※ 依据主体数据预填，须检查人员核实。";

describe("markdown", () => {
  it("the whole document, filled in", () => {
    expect(renderChecklist(mini, filled, { format: "markdown" })).toBe(
      [
        "# 清单（模板）（甲类）",
        "",
        "某文号 附件9（模板版本 2.0.0）",
        "",
        "- 填表人：李",
        "- 填表日期：2025年3月5日",
        "- 层级分类：C级主体",
        "- 单位名称：某公司",
        "- 责任部门：科",
        "- 联系人：王 1",
        "",
        "| 序号 | 重点工作 | 具体任务 | 结果 | 备注 |",
        "| :-: | --- | --- | :-: | --- |",
        "| 1 | 甲 | 1.1 一一 | ✓ | 好；亮点成效：亮 |",
        "|  |  | 1.2 一二 | ✗※ |  |",
        "| 2 | 乙 | 自由项 |  |  |",
        "|  |  | 2.1 子一 | ✓ | r |",
        "|  |  | 2.2 子二 | 不适用 |  |",
        "",
        "注：",
        "",
        "1．注一",
        "",
        "2．注二",
        "",
        LEGEND,
        "",
      ].join("\n"),
    );
  });

  it("the blank form: placeholders, empty cells, no legend; 说明 when the template names no label; 附件4's heading and no notes", () => {
    const blank = { ...mini, notesLabel: undefined, notes: [{ id: "1", text: "注一" }] } as unknown as ChecklistTemplate;
    expect(renderChecklist(blank, undefined, { format: "markdown" })).toBe(
      [
        "# 清单（模板）（甲类）",
        "",
        "某文号 附件9（模板版本 2.0.0）",
        "",
        "- 填表人：",
        "- 填表日期：年 月 日",
        "- 层级分类：（A、B、C、D）级主体",
        "- 单位名称：",
        "- 责任部门：",
        "- 联系人：",
        "",
        "| 序号 | 重点工作 | 具体任务 | 结果 | 备注 |",
        "| :-: | --- | --- | :-: | --- |",
        "| 1 | 甲 | 1.1 一一 |  |  |",
        "|  |  | 1.2 一二 |  |  |",
        "| 2 | 乙 | 自由项 |  |  |",
        "",
        "说明：",
        "",
        "1．注一",
        "",
      ].join("\n"),
    );
    const sup = renderChecklist(getChecklistTemplate("supervision"), undefined, { format: "markdown" });
    expect(sup).toContain("\n\n**督查内容**\n\n| 序号 | 督查事项 | 具体任务 | 是否落实 | 亮点成效 |\n");
    expect(sup.endsWith("| 7.3 制定督查计划，对下级市场监管部门开展督查。 |  |  |\n")).toBe(true);
    // Line breaks in a cell become <br>.
    expect(renderChecklist(mini, { ...filled, answers: { "1.1": { result: "yes", remark: "甲\n乙" } } }, { format: "markdown" })).toContain("| 1 | 甲 | 1.1 一一 | ✓ | 甲<br>乙 |");
    const placeheld: ChecklistTemplate = { ...mini, header: [{ key: "department", label: "责任部门", placeholder: "（科室）" }] };
    expect(renderChecklist(placeheld, { ...filled, subject: { department: "" } }, { format: "markdown" })).toContain("\n- 责任部门：（科室）\n");
    expect(renderChecklist(placeheld, { ...filled, subject: { department: "质检科" } }, { format: "markdown" })).toContain("\n- 责任部门：质检科\n");
    // An empty header value shows the placeholder.
    expect(renderChecklist(mini, { ...filled, subject: { layer: undefined, name: "" } }, { format: "markdown" })).toContain("- 层级分类：（A、B、C、D）级主体\n- 单位名称：\n");
  });

  it("_escapeMarkdown: HTML characters as entities, Markdown punctuation escaped, line breaks as <br> in cells and spaces elsewhere", () => {
    expect(_escapeMarkdown("a&b<c>d", true)).toBe("a&amp;b&lt;c&gt;d");
    expect(_escapeMarkdown("\\`*_[]|#~!{}", true)).toBe("\\\\\\`\\*\\_\\[\\]\\|\\#\\~\\!\\{\\}");
    expect(_escapeMarkdown("a\r\nb\rc\nd", true)).toBe("a<br>b<br>c<br>d");
    expect(_escapeMarkdown("a\r\nb\rc\nd", false)).toBe("a b c d");
    expect(_escapeMarkdown("a&&b", false)).toBe("a&amp;&amp;b");
  });
});

describe("csv", () => {
  it("the whole document, filled in: header rows, a blank row, the table; every row six fields", () => {
    expect(renderChecklist(mini, filled, { format: "csv" })).toBe(
      "\uFEFF" +
        [
          "清单,清单（模板）（甲类）,模板,producer-tasks,版本,2.0.0",
          "填表人,李,,,,",
          "填表日期,2025年3月5日,,,,",
          "层级分类,C级主体,,,,",
          "单位名称,某公司,,,,",
          "责任部门,科,,,,",
          "联系人,王 1,,,,",
          ",,,,,",
          "序号,重点工作,编号,具体任务,结果,备注",
          "1,甲,1.1,一一,✓,好；亮点成效：亮",
          "1,甲,1.2,一二,✗,",
          "2,乙,2,自由项,,",
          "2,乙,2.1,子一,✓,r",
          "2,乙,2.2,子二,不适用,",
        ]
          .map((l) => `${l}\r\n`)
          .join(""),
    );
  });

  it("the unit's USCC and id when either is given", () => {
    const only = (subject: RenderableChecklistResponse["subject"]) => renderChecklist(mini, { ...filled, subject }, { format: "csv" });
    expect(only({ uscc: "91320100MA1XXXXX0X" })).toContain("\r\n联系人,,,,,\r\n统一社会信用代码,91320100MA1XXXXX0X,主体标识,,,\r\n,,,,,\r\n");
    expect(only({ unitId: "NJ07" })).toContain("\r\n统一社会信用代码,,主体标识,NJ07,,\r\n");
    expect(only({ unitId: "=1", uscc: "+1" })).toContain("\r\n统一社会信用代码,'+1,主体标识,'=1,,\r\n");
    expect(only({ name: "x" })).not.toContain("统一社会信用代码");
  });

  it("the template's own text is printed as is; user text is defused", () => {
    const t: ChecklistTemplate = { ...mini, sections: [{ id: "1", title: "甲", items: [{ id: "1.1", text: "-按规定" }, { id: "2", text: "自由项", freeForm: true }] }] };
    const out = renderChecklist(t, { templateId: "producer-tasks", templateVersion: "2.0.0", answers: {}, extraItems: [{ id: "2.1", text: "-子项", result: "yes" }] }, { format: "csv" });
    expect(out).toContain("\r\n1,甲,1.1,-按规定,,\r\n");
    expect(out).toContain("\r\n1,甲,2.1,'-子项,✓,\r\n");
  });

  it("_csvField quotes a field holding a comma, a quote, CR or LF, doubling quotes", () => {
    expect(_csvField("a,b")).toBe('"a,b"');
    expect(_csvField('a"b')).toBe('"a""b"');
    expect(_csvField('""')).toBe('""""""');
    expect(_csvField("a\rb")).toBe('"a\rb"');
    expect(_csvField("a\nb")).toBe('"a\nb"');
    expect(_csvField("a b；c")).toBe("a b；c");
  });
});

describe("html", () => {
  // Rendered inside each test (not when the file is collected), so that the mutation runner counts the tests as covering the renderer.
  let html = "";
  beforeEach(() => {
    html = renderChecklist(mini, filled, { format: "html" });
  });

  it("the page's head and frame", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>清单（模板）（甲类） — 某公司</title>\n<style>')).toBe(true);
    expect(html).toContain('</style>\n</head>\n<body>\n<main class="sheet" data-template="producer-tasks" data-version="2.0.0">\n<p class="attachment">附件9</p>\n<h1>清单（模板）<br>（甲类）</h1>\n<div class="fill-line">');
    expect(html.endsWith('\n<p class="source">某文号 附件9 · 模板 producer-tasks 版本 2.0.0</p>\n</main>\n</body>\n</html>\n')).toBe(true);
    expect(renderChecklist(mini, undefined, { format: "html" })).toContain("<title>清单（模板）（甲类）</title>");
    expect(renderChecklist(mini, { ...filled, subject: { name: "" } }, { format: "html" })).toContain("<title>清单（模板）（甲类）</title>");
  });

  it("the header: who and when on a line, the unit's particulars in a grid", () => {
    expect(html).toContain(
      '<div class="fill-line"><span>填表人：<span class="value">李</span></span><span>填表日期：<span class="value">2025年3月5日</span></span></div>\n<table class="meta"><tbody><tr><th scope="col">层级分类</th><th scope="col">单位名称</th><th scope="col">责任部门</th><th scope="col">联系人</th></tr><tr><td>C级主体</td><td>某公司</td><td>科</td><td>王 1</td></tr></tbody></table>\n',
    );
  });

  it("the blank header: placeholders marked, room to write the date", () => {
    const blank = renderChecklist(mini, undefined, { format: "html" });
    expect(blank).toContain(
      '<div class="fill-line"><span>填表人：<span class="value placeholder"></span></span><span>填表日期：<span class="value placeholder">\u3000\u3000年\u3000\u3000月\u3000\u3000日</span></span></div>\n<table class="meta"><tbody><tr><th scope="col">层级分类</th><th scope="col">单位名称</th><th scope="col">责任部门</th><th scope="col">联系人</th></tr><tr><td class="placeholder">（A、B、C、D）级主体</td><td class="placeholder"></td><td class="placeholder"></td><td class="placeholder"></td></tr></tbody></table>',
    );
    expect(blank).not.toContain('class="legend"');
    // Only the date's placeholder is spread out; another keeps its spaces.
    const spaced: ChecklistTemplate = { ...mini, header: [...mini.header.slice(0, 4), { key: "department", label: "责任部门", placeholder: "（年 度 科 室）" }] };
    expect(renderChecklist(spaced, undefined, { format: "html" })).toContain('<th scope="col">责任部门</th></tr><tr><td class="placeholder">（A、B、C、D）级主体</td><td class="placeholder"></td><td class="placeholder">（年 度 科 室）</td></tr>');
    // An empty value shows the placeholder too.
    expect(renderChecklist(spaced, { ...filled, subject: { department: "" } }, { format: "html" })).toContain('<td class="placeholder">（年 度 科 室）</td>');
    // A template without the who/when fields prints an empty line.
    const t: ChecklistTemplate = { ...mini, header: [{ key: "subjectName", label: "单位名称", placeholder: "<名称>" }] };
    expect(renderChecklist(t, undefined, { format: "html" })).toContain('<div class="fill-line"></div>\n<table class="meta"><tbody><tr><th scope="col">单位名称</th></tr><tr><td class="placeholder">&lt;名称&gt;</td></tr></tbody></table>');
  });

  it("the table: columns, merged section cells, marks, ※, extra rows", () => {
    expect(html).toContain(
      [
        '<table class="items">',
        '<colgroup><col style="width:7%"><col style="width:17%"><col style="width:46%"><col style="width:8%"><col style="width:22%"></colgroup>',
        '<thead><tr><th scope="col">序号</th><th scope="col">重点工作</th><th scope="col">具体任务</th><th scope="col">结果</th><th scope="col">备注</th></tr></thead>',
        "<tbody>",
        '<tr data-item="1.1"><td class="no" rowspan="2">1</td><td class="topic" rowspan="2">甲</td><td class="task">1.1 一一</td><td class="result yes">✓</td><td class="remark">好；亮点成效：亮</td></tr>',
        '<tr data-item="1.2"><td class="task">1.2 一二</td><td class="result no">✗<span class="prefilled-mark">※</span></td><td class="remark"></td></tr>',
        '<tr data-item="2"><td class="no" rowspan="3">2</td><td class="topic" rowspan="3">乙</td><td class="task">自由项</td><td class="result"></td><td class="remark"></td></tr>',
        '<tr data-item="2.1" class="extra"><td class="task">2.1 子一</td><td class="result yes">✓</td><td class="remark">r</td></tr>',
        '<tr data-item="2.2" class="extra"><td class="task">2.2 子二</td><td class="result na">不适用</td><td class="remark"></td></tr>',
        "</tbody>",
        "</table>",
      ].join("\n"),
    );
    // A one-row section spans nothing.
    expect(renderChecklist(mini, undefined, { format: "html" })).toContain('<tr data-item="2"><td class="no">2</td><td class="topic">乙</td><td class="task">自由项</td>');
  });

  it("the notes (the label shown once) and the legend", () => {
    expect(html).toContain(
      '</table>\n<div class="notes">\n<p><span class="label">注：</span>1．注一</p>\n<p><span class="label" style="visibility:hidden">注：</span>2．注二</p>\n</div>\n<p class="legend">※ 依据主体数据预填，须检查人员核实。</p>\n<p class="source">',
    );
    const noLabel = { ...mini, notesLabel: undefined } as unknown as ChecklistTemplate;
    expect(renderChecklist(noLabel, undefined, { format: "html" })).toContain('<p><span class="label">说明：</span>1．注一</p>\n<p><span class="label" style="visibility:hidden">说明：</span>2．注二</p>');
    expect(renderChecklist(mini, { templateId: "producer-tasks", templateVersion: "2.0.0" }, { format: "html" })).not.toContain('class="legend"');
    expect(renderChecklist(mini, { ...filled, answers: { "1.1": { result: "yes" } } }, { format: "html" })).not.toContain('class="legend"');
    expect(renderChecklist(mini, { ...filled, answers: { "1.1": { result: "yes" }, "1.2": { result: "no", evidence: { rule: "r", facts: [], detail: "d" } }, "2": { result: "na" } } }, { format: "html" })).toContain('<p class="legend">');
    const noNotes: ChecklistTemplate = { ...mini, notes: [] };
    expect(renderChecklist(noNotes, undefined, { format: "html" })).toContain('</table>\n<p class="source">');
  });

  it("line breaks in user text become <br>; everything is escaped", () => {
    const out = renderChecklist(mini, { templateId: "producer-tasks", templateVersion: "2.0.0", filledBy: "甲\n乙", answers: { "1.1": { result: "no", remark: "a\r\nb\rc\n<d>" } } }, { format: "html" });
    expect(out).toContain('<span class="value">甲<br>乙</span>');
    expect(out).toContain('<td class="remark">a<br>b<br>c<br>&lt;d&gt;</td>');
    expect(_escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
    expect(_escapeHtml("a&b&c")).toBe("a&amp;b&amp;c");
  });

  it("附件4: the 督查主体 / 督查对象 table and 督查内容", () => {
    const out = renderChecklist(getChecklistTemplate("supervision"), { templateId: "supervision", templateVersion: "1.0.0", inspectingBody: "南京市市场监督管理局", answers: {} }, { format: "html" });
    expect(out).toContain(
      '<h1>市场监管部门督查清单（模板）</h1>\n<table class="meta"><colgroup><col style="width:14%"><col style="width:36%"><col style="width:14%"><col style="width:36%"></colgroup><tbody><tr><th scope="row">督查主体</th><td>南京市市场监督管理局</td><th scope="row">督查对象</th><td class="placeholder">（下级市场监管部门名称）</td></tr></tbody></table>\n<p class="content-heading">督查内容</p>\n<table class="items">',
    );
  });
});

describe("_model", () => {
  it("_rows: one row per item, extra sub-items after their free-form item, the section on its first row", () => {
    const rows = _rows(mini, filled);
    expect(rows.map((r) => [r.itemId, r.section?.rowSpan, r.sectionId, r.sectionTitle, r.taskLabel, r.result, r.remark, r.prefilled, r.extra])).toEqual([
      ["1.1", 2, "1", "甲", "1.1 一一", "yes", "好；亮点成效：亮", false, false],
      ["1.2", undefined, "1", "甲", "1.2 一二", "no", "", true, false],
      ["2", 3, "2", "乙", "自由项", undefined, "", false, false],
      ["2.1", undefined, "2", "乙", "2.1 子一", "yes", "r", false, true],
      ["2.2", undefined, "2", "乙", "2.2 子二", "na", "", false, true],
    ]);
    expect(rows[0]!.section).toEqual({ id: "1", title: "甲", rowSpan: 2 });
    expect(rows[3]!.text).toBe("子一");
    // Sub-items are read under the free-form item only: "1.1.1" is not printed under 1.1.
    const under = _rows(mini, { templateId: "producer-tasks", templateVersion: "2.0.0", extraItems: [{ id: "1.1.1", text: "x", result: "yes" }, { id: "2.1", text: "y", result: "no" }] });
    expect(under.map((r) => r.itemId)).toEqual(["1.1", "1.2", "2", "2.1"]);
    // Answers inherited from the prototype are not answers; an empty section prints no row.
    const inherited = Object.create({ "1.1": { result: "yes" } }) as Record<string, never>;
    expect(_rows(mini, { templateId: "producer-tasks", templateVersion: "2.0.0", answers: inherited })[0]!.result).toBeUndefined();
    const empty: ChecklistTemplate = { ...mini, sections: [{ id: "0", title: "空", items: [] }, ...mini.sections] };
    expect(_rows(empty, undefined).map((r) => r.itemId)).toEqual(["1.1", "1.2", "2"]);
  });

  it("_lastColumn: 备注 with 亮点成效 folded in, or 亮点成效 with 备注 folded in", () => {
    const sup = getChecklistTemplate("supervision");
    expect(_lastColumn(mini, { remark: "甲", highlight: "乙" })).toBe("甲；亮点成效：乙");
    expect(_lastColumn(mini, { highlight: "乙" })).toBe("亮点成效：乙");
    expect(_lastColumn(mini, { remark: "甲" })).toBe("甲");
    expect(_lastColumn(mini, {})).toBe("");
    expect(_lastColumn(sup, { remark: "甲", highlight: "乙" })).toBe("乙；备注：甲");
    expect(_lastColumn(sup, { remark: "甲" })).toBe("备注：甲");
    expect(_lastColumn(sup, { highlight: "乙" })).toBe("乙");
    expect(_lastColumn(sup, { remark: "", highlight: "" })).toBe("");
  });

  it("_headerValue: each key; a layer as its label, an unknown layer as <x>级主体", () => {
    const r: RenderableChecklistResponse = { templateId: "supervision", templateVersion: "1", inspectingBody: "市局", filledBy: "李", filledOn: "2025-10-01", subject: { name: "区局", layer: "A", department: "科", contact: "王" } };
    expect(_headerValue("inspectingBody", r)).toBe("市局");
    expect(_headerValue("filledBy", r)).toBe("李");
    expect(_headerValue("filledOn", r)).toBe("2025年10月1日");
    expect(_headerValue("subjectName", r)).toBe("区局");
    expect(_headerValue("department", r)).toBe("科");
    expect(_headerValue("contact", r)).toBe("王");
    expect(_headerValue("layer", r)).toBe("A级主体");
    expect(_headerValue("layer", { ...r, subject: { layer: "E" } })).toBe("E级主体");
    expect(_headerValue("layer", { ...r, subject: { layer: "toString" } })).toBe("toString级主体");
    expect(_headerValue("layer", { ...r, subject: {} })).toBeUndefined();
    expect(_headerValue("layer", { templateId: "x", templateVersion: "1" })).toBeUndefined();
    expect(_headerValue("filledOn", { templateId: "x", templateVersion: "1" })).toBeUndefined();
    expect(_headerValue("subjectName", undefined)).toBeUndefined();
    expect(_headerValue("filledBy", undefined)).toBeUndefined();
  });

  it("_headerValue: a key the library does not know (a hand-made template from JavaScript) has no value, so the placeholder prints", () => {
    const r: RenderableChecklistResponse = { templateId: "producer-tasks", templateVersion: "2.0.0", subject: { name: "某公司" } };
    expect(_headerValue("bogus" as never, r)).toBeUndefined();
    const t = { ...mini, header: [{ key: "bogus", label: "备用栏", placeholder: "（空）" }] } as unknown as ChecklistTemplate;
    expect(renderChecklist(t, r, { format: "markdown" })).toContain("\n- 备用栏：（空）\n");
    expect(renderChecklist(t, r, { format: "csv" })).toContain("\r\n备用栏,,,,,\r\n");
  });

  it("_chineseDate: YYYY-MM-DD as 年月日 without leading zeros; anything else as given", () => {
    expect(_chineseDate("2025-03-05")).toBe("2025年3月5日");
    expect(_chineseDate("2025-12-31")).toBe("2025年12月31日");
    expect(_chineseDate("2025-3-5")).toBe("2025-3-5");
    expect(_chineseDate("明天")).toBe("明天");
  });

  it("_mark: the mark of a result, nothing without one", () => {
    const marks = { yes: "Y", no: "N", na: "-" };
    expect(_mark("yes", marks)).toBe("Y");
    expect(_mark("no", marks)).toBe("N");
    expect(_mark("na", marks)).toBe("-");
    expect(_mark(undefined, marks)).toBe("");
  });
});

describe("renderChecklist — options and errors", () => {
  it("marks: the given ones replace the defaults one by one", () => {
    const out = renderChecklist(mini, filled, { format: "markdown", marks: { na: "／" } });
    expect(out).toContain("| 1.1 一一 | ✓ |");
    expect(out).toContain("| 1.2 一二 | ✗※ |");
    expect(out).toContain("| 2.2 子二 | ／ |");
  });

  it("a response for another template: template_mismatch with its params", () => {
    let err: unknown;
    try {
      renderChecklist(mini, { ...filled, templateId: "seller-tasks" }, { format: "html" });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ChecklistMismatchError);
    expect(err).toMatchObject({ code: "template_mismatch", value: "seller-tasks", params: { received: "seller-tasks", expected: "producer-tasks", templateId: "producer-tasks" } });
    // The blank form has no response to mismatch.
    expect(() => renderChecklist(mini, undefined, { format: "csv" })).not.toThrow();
  });

  it("an unknown or missing format: unknown_format naming the three", () => {
    for (const [options, received] of [
      [{ format: "pdf" }, '"pdf"'],
      [{}, "undefined"],
      [undefined, "undefined"],
    ] as const) {
      let err: unknown;
      try {
        renderChecklist(mini, undefined, options as never);
      } catch (e) {
        err = e;
      }
      expect(err).toMatchObject({ code: "unknown_format", params: { received, values: ["markdown", "html", "csv"] } });
    }
  });
});
