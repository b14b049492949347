/**
 * Checklists (宁市监质监〔2023〕146号 附件2/3/4) as data: fill in a response, evaluate it,
 * render it as Markdown, HTML (a printable A4 page) or CSV.
 *
 * Run: npx tsx examples/checklist.ts
 * In your own code, import from "quality-safety-duty" instead of "../src/index".
 */
import { type ChecklistAnswer, checklistItems, checklistTemplates, ChecklistResponseSchema, evaluateChecklist, getChecklistTemplate, renderChecklist } from "../src/index";

for (const t of Object.values(checklistTemplates)) {
  console.log(`${t.id}: ${t.title} (${t.source.document} ${t.source.clause}), ${checklistItems(t).length} items`);
}

const template = getChecklistTemplate("producer-tasks");
// Every item answered yes, except: no daily records (2.1), no commissioned processing (3.4),
// and one key risk point agreed with the unit (6.1).
const answers: Record<string, ChecklistAnswer> = {};
for (const item of checklistItems(template)) if (item.id !== "6") answers[item.id] = { result: "yes" };
answers["2.1"] = { result: "no", remark: "3月份《每日工业产品质量安全检查记录》缺失" };
answers["3.4"] = { result: "na" };
const response = ChecklistResponseSchema.parse({
  templateId: template.id,
  templateVersion: template.version,
  subject: { name: "南京某灶具厂", layer: "C", department: "质量安全部", contact: "张三 025-00000000" },
  filledBy: "某区市场监督管理局 李四",
  filledOn: "2026-03-20",
  answers,
  extraItems: [{ id: "6.1", text: "燃气灶熄火保护装置进货查验", result: "yes" }],
});

const evaluation = evaluateChecklist(template, response);
console.log(`complete: ${evaluation.complete}, failed: ${evaluation.failed.join(", ")}`);
console.log(`counts: yes ${evaluation.counts.yes}, no ${evaluation.counts.no}, na ${evaluation.counts.na}`);
for (const item of evaluation.rectification) console.log(`rectify ${item.itemId}: ${item.text}`);

const markdown = renderChecklist(template, response, { format: "markdown" });
console.log(markdown.split("\n").slice(0, 3).join("\n"));
const csv = renderChecklist(template, response, { format: "csv" });
console.log(`csv: ${csv.trim().split("\r\n").length} lines`);
