import { describe, expect, it } from "vitest";
import { ChecklistMismatchError, ChecklistResponseSchema, checklistItems, getChecklistTemplate, prefillChecklist, renderChecklist, UnitSchema, type ChecklistResponse } from "../../index";

const producer = getChecklistTemplate("producer-tasks");
const XSS = `<script>alert("x")</script> & "quoted", 'single'`;

const filled: ChecklistResponse = ChecklistResponseSchema.parse({
  templateId: "producer-tasks",
  templateVersion: "1.0.0",
  subject: { name: "某电器<有限>公司", layer: "B", department: "质量监督科", contact: "王某 025-00000000" },
  filledBy: "某区市场监管局 李某",
  filledOn: "2025-03-05",
  answers: {
    "1.1": { result: "yes" },
    "1.2": { result: "no", remark: XSS },
    "3.1": { result: "na", remark: "无生产许可证、CCC证书" },
    "2.1": { result: "yes", remark: "检查了 2025-02 的记录", evidence: { rule: "prefill.daily", facts: ["r1"], detail: "无缺失" } },
  },
  extraItems: [{ id: "6.1", text: "=HYPERLINK(\"http://x\")|绝缘, 厚度\n第二行", result: "no", remark: "-1批次" }],
});

describe("renderChecklist — markdown", () => {
  const md = renderChecklist(producer, filled, { format: "markdown" });

  it("has the title, header fields, the table header and one row per item plus the extra sub-item", () => {
    expect(md).toContain("# 市场监管部门监管任务清单（模板）（生产单位类）");
    expect(md).toContain("- 层级分类：B级主体");
    expect(md).toContain("- 填表日期：2025年3月5日");
    expect(md).toContain("| 序号 | 重点工作 | 具体任务 | 结果 | 备注 |");
    const rows = md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| 序号") && !l.startsWith("| :-:"));
    expect(rows).toHaveLength(22 + 1);
    expect(rows[0]).toBe("| 1 | 建立安全管理体系 | 1.1 建立产品质量安全管理制度。 | ✓ |  |");
    expect(rows[1]).toBe("|  |  | 1.2 配备质量安全总监和质量安全员。 | ✗ | &lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; \"quoted\", 'single' |");
  });

  it("escapes pipes and line breaks inside cells, marks prefilled answers, prints 不适用 and the notes", () => {
    expect(md).toContain("6.1 =HYPERLINK(\"http://x\")\\|绝缘, 厚度<br>第二行");
    expect(md).toContain("| ✓※ | 检查了 2025-02 的记录 |");
    expect(md).toContain("| 不适用 | 无生产许可证、CCC证书 |");
    expect(md).toContain("1．监管任务清单包括但不限于以上内容，根据填报需要调整表格大小");
    expect(md).toContain("※ 依据主体数据预填");
    expect(md).toContain("&lt;有限&gt;");
  });

  it("a blank form shows the placeholders and empty result cells", () => {
    const blank = renderChecklist(producer, undefined, { format: "markdown" });
    expect(blank).toContain("- 层级分类：（A、B、C、D）级主体");
    expect(blank).toContain("| 1 | 建立安全管理体系 | 1.1 建立产品质量安全管理制度。 |  |  |");
    expect(blank).not.toContain("※");
  });
});

describe("renderChecklist — csv", () => {
  const csv = renderChecklist(producer, filled, { format: "csv" });

  it("starts with a UTF-8 BOM and ends every record with CRLF", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "").includes("\r")).toBe(false);
  });

  it("says in header rows which template, version, unit and date the sheet is for", () => {
    const lines = csv.slice(1).split("\r\n");
    expect(lines.slice(0, 9)).toEqual([
      "清单,市场监管部门监管任务清单（模板）（生产单位类）,模板,producer-tasks,版本,1.0.0",
      "填表单位及填表人（盖章或签名）,某区市场监管局 李某,,,,",
      "填表日期,2025年3月5日,,,,",
      "层级分类,B级主体,,,,",
      "生产单位名称,某电器<有限>公司,,,,",
      "责任部门,质量监督科,,,,",
      "联系人及联系方式,王某 025-00000000,,,,",
      ",,,,,",
      "序号,重点工作,编号,具体任务,结果,备注",
    ]);
    const forUnit = renderChecklist(producer, { ...filled, subject: { ...filled.subject, unitId: "NJ07", uscc: "91320100MA1XXXXX0X" } }, { format: "csv" });
    expect(forUnit).toContain("\r\n统一社会信用代码,91320100MA1XXXXX0X,主体标识,NJ07,,\r\n,,,,,\r\n序号,");
    expect(renderChecklist(producer, undefined, { format: "csv" })).toContain("\r\n填表日期,,,,,\r\n");
  });

  it("a prefilled checklist carries the unit's id and USCC into the header rows", () => {
    const unit = UnitSchema.parse({ id: "NJ07", name: "南京某燃气具有限公司", uscc: "91350100M000100Y43", roles: ["producer"] });
    const { response } = prefillChecklist(producer, unit, { asOf: "2026-11-20" });
    expect(response.subject).toMatchObject({ name: "南京某燃气具有限公司", unitId: "NJ07", uscc: "91350100M000100Y43" });
    const out = renderChecklist(producer, response, { format: "csv" });
    expect(out).toContain("\r\n填表日期,2026年11月20日,,,,\r\n");
    expect(out).toContain("\r\n统一社会信用代码,91350100M000100Y43,主体标识,NJ07,,\r\n");
  });

  it("has the table header row and RFC 4180 quoting (quotes doubled; commas and line breaks quoted)", () => {
    const lines = csv.slice(1).split("\r\n");
    const [header, first] = lines.slice(lines.indexOf("序号,重点工作,编号,具体任务,结果,备注"));
    expect(header).toBe("序号,重点工作,编号,具体任务,结果,备注");
    expect(first).toBe("1,建立安全管理体系,1.1,建立产品质量安全管理制度。,✓,");
    expect(csv).toContain(`1,建立安全管理体系,1.2,配备质量安全总监和质量安全员。,✗,"<script>alert(""x"")</script> & ""quoted"", 'single'"\r\n`);
    // A formula-like user cell is defused with a leading apostrophe, then quoted.
    expect(csv).toContain(`6,与生产单位明确的关键风险点和风险管控事项,6.1,"'=HYPERLINK(""http://x"")|绝缘, 厚度\n第二行",✗,'-1批次\r\n`);
  });

  it("parses back to one record per item with a tiny RFC 4180 reader", () => {
    const all = parseCsv(csv.slice(1));
    expect(all.every((r) => r.length === 6)).toBe(true);
    const records = all.slice(all.findIndex((r) => r[0] === "序号"));
    expect(records).toHaveLength(1 + 22 + 1);
    expect(records.map((r) => r[2]).slice(1)).toEqual([...checklistItems(producer).map((i) => i.id), "6.1"]);
    expect(records[2]![5]).toBe(XSS);
  });

  it("defuses every formula trigger of the list, also behind white space, zero-width characters or a BOM", () => {
    // Each of these would run (or become) a formula in Excel, LibreOffice or Google Sheets.
    const hostile = [
      "=1+1",
      "+1+1",
      "-1+1",
      "@SUM(A1)",
      "\t=1+1",
      "\r=1+1",
      "\n=1",
      "＝1+1", // full-width equals U+FF1D
      "＋1",
      "－1",
      "＠SUM(A1)",
      "﹦1", // small equals U+FE66
      "﹢1",
      "﹣1",
      "﹫x",
      " =1+1",
      "   +1",
      "\u00a0=1", // no-break space
      "\u3000=1", // ideographic space
      "\u2003=1", // em space
      "\u200b=1", // zero-width space
      "\u200c\u200d=1",
      "\u2060=1", // word joiner
      "\ufeff=1", // BOM
      "\ufeff \u200b＝1",
      "\u0000=1",
    ];
    const harmless = ["1+1", "备注=说明", "A-1", "a@b.c", "'=1", "（=1）", "", "１＝１"];
    for (const text of hostile) {
      const out = renderChecklist(producer, { templateId: "producer-tasks", templateVersion: "1.0.0", answers: { "1.1": { result: "yes", remark: text } } }, { format: "csv" });
      const remark = parseCsv(out.slice(1)).find((r) => r[2] === "1.1")![5]!;
      expect(remark, JSON.stringify(text)).toBe(`'${text}`);
    }
    for (const text of harmless) {
      const out = renderChecklist(producer, { templateId: "producer-tasks", templateVersion: "1.0.0", answers: { "1.1": { result: "yes", remark: text } } }, { format: "csv" });
      expect(parseCsv(out.slice(1)).find((r) => r[2] === "1.1")![5], JSON.stringify(text)).toBe(text);
    }
    // Header values are user text too.
    const named = renderChecklist(producer, { templateId: "producer-tasks", templateVersion: "1.0.0", subject: { name: "＝HYPERLINK(1)" } }, { format: "csv" });
    expect(named).toContain("生产单位名称,'＝HYPERLINK(1),,,,");
  });
});

describe("renderChecklist — html", () => {
  const html = renderChecklist(producer, filled, { format: "html" });

  it("is a self-contained A4 page", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("@page { size: A4;");
    // No fetchable resource anywhere (the only "http" is inside an escaped user remark).
    expect(html).not.toMatch(/<link|<script|<img|<iframe|\ssrc=|\shref=|url\(|@import/i);
    expect(html).toContain("default-src 'none'");
  });

  it("escapes all user text: a remark with <script> is inert", () => {
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quoted&quot;, &#39;single&#39;");
    expect(html).toContain("某电器&lt;有限&gt;公司");
    expect(html).toContain("第二行");
    expect(html.match(/<script/gi)).toBeNull();
  });

  it("merges each section's 序号 and 重点工作 over its rows", () => {
    expect(html).toContain('<td class="no" rowspan="6">1</td><td class="topic" rowspan="6">建立安全管理体系</td>');
    // Section 6: the free-form item and one extra sub-item.
    expect(html).toContain('<td class="no" rowspan="2">6</td>');
    expect(html.match(/<tr data-item=/g)).toHaveLength(23);
    expect(html).toContain("<th scope=\"col\">序号</th><th scope=\"col\">重点工作</th><th scope=\"col\">具体任务</th><th scope=\"col\">结果</th><th scope=\"col\">备注</th>");
  });

  it("shows ✓ / ✗ / 不适用, the header fields and the notes", () => {
    expect(html).toMatch(/<td class="result yes">✓<span class="prefilled-mark">※<\/span><\/td>/);
    expect(html).toContain('<td class="result no">✗</td>');
    expect(html).toContain('<td class="result na">不适用</td>');
    expect(html).toContain("<th scope=\"col\">层级分类</th>");
    expect(html).toContain("B级主体");
    expect(html).toContain("2．在结果栏目中，填写是(√)或否(×),或在备注栏标注须提醒信息");
  });

  it("renders 附件4 with 督查主体 / 督查对象, 督查内容 and 是否落实 / 亮点成效", () => {
    const t = getChecklistTemplate("supervision");
    const out = renderChecklist(
      t,
      { templateId: "supervision", templateVersion: "1.0.0", inspectingBody: "南京市市场监督管理局", subject: { name: "某区市场监督管理局" }, filledOn: "2025-06-30", answers: { "1.1": { result: "yes", highlight: "宣贯会<12>场", remark: "见附件" } } },
      { format: "html" },
    );
    expect(out).toContain("督查内容");
    expect(out).toContain("<th scope=\"col\">是否落实</th><th scope=\"col\">亮点成效</th>");
    expect(out).toContain("宣贯会&lt;12&gt;场；备注：见附件");
    expect(out).not.toContain("说明");
  });
});

describe("renderChecklist — errors and options", () => {
  it("rejects a response for another template and an unknown format", () => {
    expect(() => renderChecklist(getChecklistTemplate("seller-tasks"), filled, { format: "html" })).toThrow(ChecklistMismatchError);
    expect(() => renderChecklist(producer, undefined, { format: "pdf" as "html" })).toThrow(expect.objectContaining({ code: "unknown_format" }));
  });

  it("can print the plan's own marks √ and ×", () => {
    const md = renderChecklist(producer, filled, { format: "markdown", marks: { yes: "√", no: "×" } });
    expect(md).toContain("| 1.1 建立产品质量安全管理制度。 | √ |");
    expect(md).toContain("| ×");
  });
});

/** A minimal RFC 4180 reader for the round-trip test. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") record.push(field), (field = "");
    else if (ch === "\r" && text[i + 1] === "\n") record.push(field), records.push(record), (record = []), (field = ""), i++;
    else field += ch;
  }
  return records;
}
