import { describe, expect, it } from "vitest";
import { nanjing2023 } from "../index";
import { departmentHeading, _shortQuote } from "./department-heading";
import type { ReportDepartmentGroup } from "./types";

// Quotes from 宁市监质监〔2023〕146号 附件1 三.
const RECALL = "负责缺陷产品召回的监督管理工作";
const ENFORCEMENT =
  "负责组织协调对未按规定建立质量安全管理制度，或者未按规定配备、培训、考核质量安全总监、质量安全员，或者未按责任制要求落实质量安全责任的生产和销售单位查处工作";

const group = (department: string, duties: ReportDepartmentGroup["duties"]): ReportDepartmentGroup => {
  const m = nanjing2023.departments.members[department]!;
  return { department, name: m.name, nameEn: m.nameEn, duties, totals: { overdue: 1, upcoming: 0, unknown: 0, mechanismGaps: 0, noRecords: 0, findings: 0 }, overdue: [], upcoming: [], unknown: [], mechanism: [], findings: [] };
};
const cite = (n: string, quote: string, note?: string) => ({ document: "宁市监质监〔2023〕146号", clause: `附件1 三（${n}）`, quote, ...(note ? { reading: true as const, note } : {}) });

describe("_shortQuote", () => {
  it("keeps a quote that fits", () => {
    expect(_shortQuote(RECALL, 30)).toBe(RECALL);
    expect(_shortQuote(RECALL, RECALL.length)).toBe(RECALL);
  });
  it("cuts at the last punctuation mark in the second half of the allowance", () => {
    // The 31st character is "、" (配备、培训): the first 30 are kept whole.
    expect(_shortQuote(ENFORCEMENT, 30)).toBe("负责组织协调对未按规定建立质量安全管理制度，或者未按规定配备…");
    // Within 25 characters the last mark is the "，" after 管理制度 (the 22nd character).
    expect(_shortQuote(ENFORCEMENT, 25)).toBe("负责组织协调对未按规定建立质量安全管理制度…");
  });
  it("cuts at the allowance when no punctuation is near it", () => {
    expect(_shortQuote(RECALL, 10)).toBe("负责缺陷产品召回的监…");
    expect(_shortQuote("Supervises the recall of defective products", 20)).toBe("Supervises the…");
  });
});

describe("departmentHeading", () => {
  it("gives the names, the duty's words and the clause", () => {
    const h = departmentHeading(group("quality-development", [{ duty: "recall", summaryEn: "Supervises the recall of defective products", citation: cite("五", RECALL) }]), "zh");
    expect(h).toEqual({ title: `质量发展处 Quality Development Division — ${RECALL}`, note: "宁市监质监〔2023〕146号 附件1 三（五）", readings: [] });
    expect(departmentHeading(group("quality-development", [{ duty: "recall", summaryEn: "Supervises the recall of defective products", citation: cite("五", RECALL) }]), "en").title).toBe(
      "Quality Development Division — Supervises the recall of defective products",
    );
  });
  it("shows a duty once when reached by a stated route and by a reading, and says the route is partly a reading", () => {
    const g = group("enforcement-coordination", [
      { duty: "enforcement", summaryEn: "Coordinates enforcement", citation: cite("七", ENFORCEMENT) },
      { duty: "enforcement", summaryEn: "Coordinates enforcement", citation: cite("七", ENFORCEMENT, "Read as 未按责任制要求落实质量安全责任") },
    ]);
    expect(departmentHeading(g, "zh")).toEqual({
      title: "执法协调处 Enforcement Coordination Division — 负责组织协调对未按规定建立质量安全管理制度，或者未按规定配备…",
      note: "宁市监质监〔2023〕146号 附件1 三（七）（含解读）",
      readings: ["Read as 未按责任制要求落实质量安全责任"],
    });
    expect(departmentHeading(g, "en").note).toBe("宁市监质监〔2023〕146号 附件1 三（七） (partly a reading)");
  });
  it("joins several duties of one department under one clause", () => {
    const g = group("quality-supervision", [
      { duty: "coordination", summaryEn: "Coordinates", citation: cite("一", "统筹协调推进“两个规定”工作") },
      { duty: "district-oversight", summaryEn: "Oversees the districts", citation: cite("一", "对各区推进“两个规定”落实情况开展督导检查") },
    ]);
    const h = departmentHeading(g, "zh");
    expect(h.title).toBe("质量监督处 Quality Supervision Division — 统筹协调推进“两个规定”工作；对各区推进“两个规定”落实情况开展督导检查");
    expect(h.note).toBe("宁市监质监〔2023〕146号 附件1 三（一）");
  });
});
