import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { anhui2023 } from "./anhui-2023";
import { definePolicy } from "./define-policy";
import { departmentFor } from "./department-for";
import { DepartmentsSchema, nanjingDepartmentQuotes, nanjingDepartments } from "./departments";
import { nanjing2023 } from "./nanjing-2023";
import { PolicyError } from "./policy-error";

/** The plan as extracted from the PDF (sources/nanjing-2023-146.txt). */
const PLAN_TEXT = readFileSync(new URL("../../sources/nanjing-2023-146.txt", import.meta.url), "utf8");

// 附件1 三 as extracted from the PDF (nanjing-2023-146.txt, lines 279–328), line breaks and
// the page-break space included; quotes must be found in it once the lines are joined.
const ATTACHMENT_1_III_RAW = `三、成员处室（单位）职责分工

（一）质量监督处：统筹协调推进“两个规定”工作，督促工

业产品生产许可、涉及人身健康和生命财产安全并有强制性国家

标准要求的产品生产销售单位落实“两个规定”；组织对中型生产

和销售单位落实“两个规定”情况开展督促检查；对各区推进“两个

规定”落实情况开展督导检查；组织筹划我市“两个规定”相关工作

信息宣传。

（二）新闻宣传处：负责协助做好全市落实“两个规定”工作

成效的宣传工作。

（三）行政审批处：负责对工业产品生产许可实地核查和例

行检查企业宣贯“两个规定”。

（四）网络交易和合同监督管理处：负责配合相关处室引导

电子商务平台督促平台内销售单位落实质量安全主体责任。
 （五）质量发展处：负责缺陷产品召回的监督管理工作。

（六）认证监管处：负责督促检查实施强制性产品认证管理

产品的生产和销售单位落实“两个规定”。

（七）执法协调处：负责组织协调对未按规定建立质量安全

管理制度，或者未按规定配备、培训、考核质量安全总监、质量

安全员，或者未按责任制要求落实质量安全责任的生产和销售单

位查处工作。

（八）市质检院：负责协助做好工业产品生产许可产品生产

和销售单位落实“两个规定”技术保障。

（九）市标准化院：负责梳理涉及人身健康和生命财产安全

产品的强制性国家标准清单。

（十）信息中心：对接省局信息中心，对全市生产和销售单

位落实质量安全主体责任信息的归集提供技术支持。`;
const ATTACHMENT_1_III = ATTACHMENT_1_III_RAW.replace(/\n/g, "").replace(/ （/g, "（");
const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
/** The text of clause （n） of 附件1 三, from its department name to the next clause. */
function clause(n: string): string {
  const start = ATTACHMENT_1_III.indexOf(`（${n}）`);
  const next = NUMERALS[NUMERALS.indexOf(n) + 1];
  const end = next === undefined ? ATTACHMENT_1_III.length : ATTACHMENT_1_III.indexOf(`（${next}）`);
  expect(start).toBeGreaterThan(0);
  return ATTACHMENT_1_III.slice(start, end);
}

describe("nanjingDepartments — the division of duties of 附件1 三", () => {
  // 附件1 二、组成人员 lists twelve member units (issue 15, 8: "add the two missing (科技与信息化处、
  // 市质量技术监督稽查支队) even where 三 gives them no duties").
  it("the twelve members of 附件1 二 in the plan's order, each post quoted as printed", () => {
    const members = Object.entries(nanjingDepartments.members);
    expect(members.map(([, m]) => m.name)).toEqual([
      "质量监督处",
      "新闻宣传处",
      "行政审批处",
      "网络交易和合同监督管理处",
      "质量发展处",
      "认证监管处",
      "执法协调处",
      "科技与信息化处",
      "市质量技术监督稽查支队",
      "市质检院",
      "市标准化院",
      "信息中心",
    ]);
    // The posts as 附件1 二 prints them after each (omitted) name.
    const posts = [
      "质量监督处处长", "新闻宣传处处长", "行政审批处处长", "网络交易和合同监督管理处处长", "质量发展处处长", "认证监管处处长",
      "执法协调处处长", "科技与信息化处处长", "市质量技术监督稽查支队支队长", "市产品质量监督检验院院长", "市标准化研究院院长", "信息中心主任",
    ];
    members.forEach(([, m], i) => {
      expect(m.memberCitation).toEqual({ document: "宁市监质监〔2023〕146号", clause: "附件1 二", quote: posts[i] });
      expect(PLAN_TEXT).toContain(posts[i]);
    });
  });
  it("the ten members with duties are named as printed at their clause of 三; the other two have none", () => {
    const withDuties = Object.entries(nanjingDepartments.members).filter(([, m]) => m.duties.length > 0);
    expect(withDuties).toHaveLength(10);
    withDuties.forEach(([, m], i) => {
      expect(clause(NUMERALS[i]!).startsWith(`（${NUMERALS[i]}）${m.name}：`)).toBe(true);
      for (const d of m.duties) expect(d.citation.clause).toBe(`附件1 三（${NUMERALS[i]}）`);
    });
    expect(nanjingDepartments.members["science-technology"]!.duties).toEqual([]);
    expect(nanjingDepartments.members["inspection-detachment"]!.duties).toEqual([]);
    for (const name of ["科技与信息化处", "市质量技术监督稽查支队"]) expect(ATTACHMENT_1_III).not.toContain(name);
  });
  it("every duty's quote is verbatim from its own clause", () => {
    for (const m of Object.values(nanjingDepartments.members)) {
      for (const d of m.duties) {
        expect(d.citation.document).toBe("宁市监质监〔2023〕146号");
        expect(clause(d.citation.clause.slice(-2, -1))).toContain(d.citation.quote);
        expect(d.citation.reading).toBeUndefined();
      }
    }
    const { members: _posts, ...dutyQuotes } = nanjingDepartmentQuotes;
    const all = Object.values(dutyQuotes).flatMap((q) => (typeof q === "string" ? [q] : Object.values(q)));
    for (const q of all) expect(ATTACHMENT_1_III).toContain(q);
  });
  it("no people's names: the members are offices (组成人员 of 附件1 二 are not data)", () => {
    const text = JSON.stringify(nanjingDepartments);
    for (const person of ["王义春", "钱叶满", "张 燕", "李岩琇", "朱玉明", "陈金兵", "卓 敏", "陈佐健", "葛小银", "周骏贵", "毛敏明", "洪 浩"]) {
      expect(text).not.toContain(person);
    }
  });
  it("passes its schema; the built-in policies carry it", () => {
    expect(DepartmentsSchema.safeParse(nanjingDepartments).success).toBe(true);
    expect(nanjing2023.departments).toBe(nanjingDepartments);
    // No Anhui division of duties was sourced: the Nanjing table is reused (see anhui2023).
    expect(anhui2023.departments).toBe(nanjingDepartments);
  });
  it("every obligation kind and finding code known today is routed explicitly", () => {
    const kinds = ["staffing-officer", "staffing-director", "rectification", "veto-proposal", "daily-record", "weekly-record", "monthly-record", "data-entry", "onsite-inspection", "official-change", "recall"];
    expect(Object.keys(nanjingDepartments.routes.obligationKind).sort()).toEqual([...kinds].sort());
    const codes = ["no-responsible-official", "official-change-late", "official-change-overdue", "official-change-unknown", "recall-not-started", "vacant", "failed-assessment"];
    expect(Object.keys(nanjingDepartments.routes.findingCode).sort()).toEqual([...codes].sort());
  });
});

describe("departmentFor", () => {
  it("CCC → 认证监管处 (三（六）)", () => {
    const r = departmentFor({ topic: "ccc" });
    expect(r).toMatchObject({ department: "certification-supervision", name: "认证监管处", matchedBy: "topic" });
    expect(r.citation).toEqual({ document: "宁市监质监〔2023〕146号", clause: "附件1 三（六）", quote: "负责督促检查实施强制性产品认证管理产品的生产和销售单位落实“两个规定”" });
  });
  it("recall → 质量发展处 (三（五）), by obligation kind, finding code and topic", () => {
    for (const s of [{ obligationKind: "recall" }, { findingCode: "recall-not-started" }, { topic: "recall" }]) {
      const r = departmentFor(s);
      expect(r.name).toBe("质量发展处");
      expect(r.citation.quote).toBe("负责缺陷产品召回的监督管理工作");
      expect(r.citation.reading).toBeUndefined();
    }
  });
  it("missing staff or management system → 执法协调处 (三（七）)", () => {
    expect(departmentFor({ obligationKind: "staffing-director" }).name).toBe("执法协调处");
    expect(departmentFor({ findingCode: "vacant" }).name).toBe("执法协调处");
    const item = departmentFor({ checklistItem: { templateId: "producer-tasks", itemId: "1.1" } });
    expect(item).toMatchObject({ name: "执法协调处", matchedBy: "checklistItem" });
    expect(item.citation.quote).toContain("未按规定建立质量安全管理制度");
    expect(departmentFor({ checklistItem: { templateId: "seller-tasks", itemId: "1.2" } }).citation.quote).toContain("未按规定配备、培训、考核质量安全总监、质量安全员");
  });
  // Issue 15, 5: "Department routes marked \"stated\" whose clause assigns enforcement against failing
  // units (三（七） 执法协调处) but are used for urging all units (staffing, items 1.1/1.2/2.5): … mark the readings."
  // 三（七）: "负责组织协调对未按规定建立质量安全管理制度，或者未按规定配备、培训、考核质量安全总监、质量安全员…的生产和销售单位查处工作".
  it("staffing obligations and items 1.1, 1.2, 2.5 go to 执法协调处 as readings; a vacant post (a failing unit) as stated", () => {
    for (const kind of ["staffing-officer", "staffing-director"]) {
      const r = departmentFor({ obligationKind: kind });
      expect(r).toMatchObject({ name: "执法协调处", citation: { clause: "附件1 三（七）", reading: true } });
      expect(r.citation.note).toContain("查处");
    }
    for (const templateId of ["producer-tasks", "seller-tasks"]) {
      for (const itemId of ["1.1", "1.2", "2.5"]) {
        expect(departmentFor({ checklistItem: { templateId, itemId } }).citation.reading, `${templateId}/${itemId}`).toBe(true);
      }
    }
    expect(departmentFor({ findingCode: "vacant" }).citation.reading).toBeUndefined();
  });
  // 附件4 2.3 "将工业产品质量安全主体责任信息平台信息逐级按要求进行归集和汇总" is what 三（十） says (归集); 2.1/2.2 and the
  // supervision platform of 5.2/7.1 are readings.
  it("platform items: 附件4 2.3 stated; 2.1, 2.2, 5.2 and 7.1 readings", () => {
    const item = (itemId: string) => departmentFor({ checklistItem: { templateId: "supervision", itemId } });
    expect(item("2.3").citation.reading).toBeUndefined();
    for (const id of ["2.1", "2.2", "5.2", "7.1"]) expect(item(id)).toMatchObject({ name: "信息中心", citation: { reading: true } });
  });
  it("a veto proposal (Orders 75/76 Art. 4) → 执法协调处, a reading of 未按责任制要求落实质量安全责任", () => {
    expect(departmentFor({ obligationKind: "veto-proposal" })).toMatchObject({ name: "执法协调处", matchedBy: "obligationKind", citation: { reading: true } });
  });
  it("a reading says so: daily records → 执法协调处 with a note", () => {
    const r = departmentFor({ obligationKind: "daily-record" });
    expect(r.name).toBe("执法协调处");
    expect(r.citation.reading).toBe(true);
    expect(r.citation.note).toMatch(/未按责任制要求落实质量安全责任/);
  });
  it("the other members: e-commerce, licence on-site checks, technical support, standards list, platform data, publicity, medium units, districts", () => {
    expect(departmentFor({ topic: "e-commerce-platform" }).name).toBe("网络交易和合同监督管理处");
    expect(departmentFor({ topic: "licence-onsite-check" }).name).toBe("行政审批处");
    expect(departmentFor({ topic: "technical-support" }).name).toBe("市质检院");
    expect(departmentFor({ topic: "mandatory-standard-list" }).name).toBe("市标准化院");
    expect(departmentFor({ topic: "platform-data" }).name).toBe("信息中心");
    expect(departmentFor({ obligationKind: "data-entry" }).name).toBe("信息中心");
    expect(departmentFor({ topic: "publicity" }).name).toBe("新闻宣传处");
    expect(departmentFor({ topic: "medium-units" }).citation.quote).toBe("组织对中型生产和销售单位落实“两个规定”情况开展督促检查");
    expect(departmentFor({ findingCode: "no-responsible-official" }).citation.quote).toBe("对各区推进“两个规定”落实情况开展督导检查");
  });
  it("an item on both licences and CCC names 认证监管处 as sharing it", () => {
    const r = departmentFor({ checklistItem: { templateId: "producer-tasks", itemId: "3.2" } });
    expect(r).toMatchObject({ department: "quality-supervision", also: ["certification-supervision"] });
  });
  it("an item not listed takes its section's route: 1.3 (a document of the management system) → 执法协调处, a reading", () => {
    const r = departmentFor({ checklistItem: { templateId: "seller-tasks", itemId: "1.3" } });
    expect(r).toMatchObject({ name: "执法协调处", matchedBy: "checklistItem" });
    expect(r.citation.reading).toBe(true);
    expect(departmentFor({ checklistItem: { templateId: "producer-tasks", itemId: "3.4" } }).also).toEqual(["certification-supervision"]);
    expect(departmentFor({ checklistItem: { templateId: "supervision", itemId: "2.3" } }).name).toBe("信息中心");
  });
  it("a sub-item falls back to its item; anything unknown goes to 质量监督处 统筹协调, marked as a reading", () => {
    expect(departmentFor({ checklistItem: { templateId: "producer-tasks", itemId: "2.5.1" } }).name).toBe("执法协调处");
    const r = departmentFor({ checklistItem: { templateId: "producer-tasks", itemId: "6.1" } });
    expect(r).toMatchObject({ department: "quality-supervision", duty: "coordination", matchedBy: "default" });
    expect(r.citation.quote).toBe("统筹协调推进“两个规定”工作");
    expect(r.citation.reading).toBe(true);
    expect(departmentFor({ obligationKind: "not-yet-invented" }).matchedBy).toBe("default");
    expect(departmentFor({ obligationKind: "toString" }).matchedBy).toBe("default");
  });
});

describe("definePolicy with departments", () => {
  it("re-routes one matter and adds a department, keeping the rest", () => {
    const city = definePolicy(nanjing2023, {
      id: "city-x",
      departments: {
        members: {
          "district-bureau": {
            name: "区市场监管局",
            nameEn: "District market regulation bureau",
            kind: "division",
            duties: [{ id: "onsite", summaryEn: "On-site inspections", citation: { document: "某市方案", clause: "附件1", quote: "负责现场检查" } }],
          },
        },
        routes: { obligationKind: { "onsite-inspection": { department: "district-bureau", duty: "onsite" } } },
      },
    });
    expect(departmentFor({ obligationKind: "onsite-inspection" }, { policy: city })).toMatchObject({ department: "district-bureau", name: "区市场监管局", matchedBy: "obligationKind" });
    expect(departmentFor({ obligationKind: "recall" }, { policy: city }).name).toBe("质量发展处");
    expect(Object.keys(city.departments.members)).toHaveLength(13);
    expect(departmentFor({ obligationKind: "onsite-inspection" }).name).toBe("质量监督处");
  });
  it("a route to an unknown department or duty is a PolicyError at the route's path", () => {
    try {
      definePolicy(nanjing2023, { id: "bad", departments: { routes: { findingCode: { "vacant": { department: "nobody", duty: "x" } } } } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyError);
      expect((e as PolicyError).issues[0]).toMatchObject({ path: "/departments/routes/findingCode/vacant/department", code: "unknown_department" });
    }
    expect(() => definePolicy(nanjing2023, { id: "bad", departments: { default: { duty: "recall" } } })).toThrow(/no duty "recall"/);
  });
});
