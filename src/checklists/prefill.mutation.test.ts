/**
 * Mutation tests of prefill.ts (issue 19, part 4): what every prefilled answer says — result,
 * remark, evidence (rule, facts, detail, window, citation) — and why an item is left open.
 *
 * Expectations come from the plan (宁市监质监〔2023〕146号: the items of 附件2/3 as printed,
 * the clauses quoted — 一（二）, 二（三）, 二（四）), FACTS.md (Orders 75/76 took effect on
 * 2023-05-05; the State Council's 2025 Spring Festival notice), the label tables
 * (src/entities/labels.ts), the message table (src/entities/messages) for the errors, and
 * prefillChecklist's documented contract (its TSDoc lists each rule and its outcome).
 */
import { describe, expect, it } from "vitest";
import { createWorkCalendar } from "../calendar";
import { staffingRequirements } from "../duties";
import { UnitSchema, type UnitInput } from "../entities";
import { definePolicy, mechanismStartOrders, nanjing2023 } from "../policy";
import { ChecklistMismatchError, getChecklistTemplate, prefillChecklist, type ChecklistItem, type ChecklistTemplate, type PrefillChecklistOptions } from "./index";

const producer = getChecklistTemplate("producer-tasks");
const seller = getChecklistTemplate("seller-tasks");
const PLAN = "宁市监质监〔2023〕146号";
// The plan's words, lines joined (nanjing-2023-146.txt).
const SCOPE_QUOTE = "工业产品生产许可、强制性产品认证管理、涉及人身健康和生命财产安全并有强制性国家标准要求的产品生产和销售单位“日管控、周排查、月调度”机制有效运行。"; // 一（二）
const STAFFING_QUOTE = "各单位要督促工业产品生产和销售单位依法配备与单位规模、产品类别、风险等级相适应的质量安全总监和质量安全员。"; // 二（三）
const DOCUMENTS_QUOTE = "指导生产和销售单位结合单位已有的相关制度，制修完善《主要负责人质量安全职责》《质量安全总监职责》《质量安全员守则》等，明确和细化企业主要负责人及质量安全总监、质量安全员岗位职责。"; // 二（三）
const MECHANISM_QUOTE = "形成《每日工业产品质量安全检查记录》《每周工业产品质量安全排查治理报告》和《每月工业产品质量安全调度会议纪要》"; // 二（四）
const RISK_LIST_QUOTE = "认真落实自查要求，制定完善《工业产品质量安全风险管控清单》"; // 二（四）
const HAZARD_QUOTE = "检查在日管控、周排查、月调度中发现的质量安全风险隐患整改情况。"; // 附件2/3 2.4
const TRAINING_QUOTE = "检查质量安全总监和质量安全员培训考核情况。"; // 附件2/3 2.5
const SELLER_33_QUOTE = "对进货价格明显低于市场正常价格等异常情况或产品难以追溯到源头的，是否列入风险清单并主动排查和报告属地监管部门。"; // 附件3 3.3
const CERT_QUOTE = "检查生产许可、强制性产品认证证书标注的内容是否与实际一致"; // 附件2 3.1
// Orders 75/76: 自2023年5月5日起施行 (FACTS.md §1).
const EFFECTIVE = { document: "市场监管总局令第75号、市场监管总局令第76号", clause: "公布令", quote: "自2023年5月5日起施行" };
const ON_SITE = "主体数据不能回答本项，须检查人员现场核实";

// February 2025 — the default period for asOf 2025-03-05. Working days per 国办发明电〔2024〕12号
// (FACTS.md): Spring Festival off 01-28..02-04, Saturday 02-08 worked.
const FEB_2025_WORKING_DAYS = [
  "2025-02-05", "2025-02-06", "2025-02-07", "2025-02-08",
  "2025-02-10", "2025-02-11", "2025-02-12", "2025-02-13", "2025-02-14",
  "2025-02-17", "2025-02-18", "2025-02-19", "2025-02-20", "2025-02-21",
  "2025-02-24", "2025-02-25", "2025-02-26", "2025-02-27", "2025-02-28",
];
type Rec = NonNullable<UnitInput["records"]>[number];
const dailies = (days: readonly string[], by = "p3"): Rec[] => days.map((date) => ({ kind: "daily", date, byPersonId: by }));
// Weekly reports for ISO weeks W05..W08 (W05 = 01-27..02-02 ends inside February), monthly minutes.
const FULL_RECORDS: Rec[] = [
  ...dailies(FEB_2025_WORKING_DAYS),
  { kind: "weekly", date: "2025-01-31", byPersonId: "p2" },
  { kind: "weekly", date: "2025-02-07", byPersonId: "p2" },
  { kind: "weekly", date: "2025-02-14", byPersonId: "p2" },
  { kind: "weekly", date: "2025-02-21", byPersonId: "p2" },
  { kind: "monthly", date: "2025-02-26", byPersonId: "p1" },
];

function base(): UnitInput {
  return {
    id: "u1",
    name: "南京某某电器有限公司",
    uscc: "91350100M000100Y43",
    roles: ["producer"],
    layer: "B",
    products: { licences: [{ number: "XK08-001-04763", product: "电线电缆", expiresOn: "2027-12-31" }], mandatoryStandard: true },
    people: [
      { id: "p1", name: "赵某", role: "principal", from: "2020-01-01", phone: "025-00000000" },
      { id: "p2", name: "钱某", role: "director", from: "2024-01-01", phone: "025-00000001" },
      { id: "p3", name: "孙某", role: "officer", from: "2024-01-01", phone: "025-00000002" },
    ],
    records: FULL_RECORDS,
  };
}
const unit = (patch: (u: UnitInput) => void = () => {}) => {
  const u = base();
  patch(u);
  return UnitSchema.parse(u);
};
const ASOF = "2025-03-05";
/** Keeps only these people, and only the records they made. */
const onlyPeople = (u: UnitInput, ...ids: string[]) => {
  u.people = u.people!.filter((p) => ids.includes(p.id));
  u.records = u.records!.filter((r) => ids.includes(r.byPersonId));
};
const run = (patch: (u: UnitInput) => void = () => {}, options: Partial<PrefillChecklistOptions> = {}, template: ChecklistTemplate = producer) =>
  prefillChecklist(template, unit(patch), { asOf: ASOF, ...options });
const reason = (r: ReturnType<typeof run>, id: string) => r.unanswered.find((x) => x.itemId === id)?.reason;
const caught = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe("prefillChecklist — errors (message table)", () => {
  it("附件4 is about a regulator: not_a_unit_checklist", () => {
    const e = caught(() => prefillChecklist(getChecklistTemplate("supervision"), unit(), { asOf: ASOF }));
    expect(e).toBeInstanceOf(ChecklistMismatchError);
    expect(e).toMatchObject({
      code: "not_a_unit_checklist",
      value: "supervision",
      params: { templateId: "supervision" },
      messageZh: '模板"supervision"的督查对象是市场监管部门，不能用主体数据预填。',
    });
  });

  it("a unit without the template's role: role_mismatch, both ways", () => {
    const e = caught(() => prefillChecklist(seller, unit(), { asOf: ASOF }));
    expect(e).toMatchObject({
      code: "role_mismatch",
      value: ["producer"],
      params: { unitId: "u1", expected: "seller", templateId: "seller-tasks" },
      messageZh: '主体"u1"不是销售单位，模板"seller-tasks"适用于销售单位。',
    });
    const s = caught(() => prefillChecklist(producer, unit((u) => (u.roles = ["seller"])), { asOf: ASOF }));
    expect(s).toMatchObject({ code: "role_mismatch", params: { expected: "producer", templateId: "producer-tasks" } });
    // A unit with both roles fills either.
    const both = (u: UnitInput) => (u.roles = ["producer", "seller"]);
    expect(run(both, {}, seller).template).toEqual({ id: "seller-tasks", version: "1.0.0" });
    expect(run(both).template).toEqual({ id: "producer-tasks", version: "1.0.0" });
  });
});

describe("prefillChecklist — the response's particulars", () => {
  it("names the unit, its layer, the asOf day, the policy and template used", () => {
    const r = run(() => {}, { filledBy: "某区市场监管局 李某" });
    expect(r.response).toMatchObject({
      templateId: "producer-tasks",
      templateVersion: "1.0.0",
      filledBy: "某区市场监管局 李某",
      filledOn: ASOF,
      subject: { name: "南京某某电器有限公司", unitId: "u1", uscc: "91350100M000100Y43", layer: "B" },
    });
    expect(r.asOf).toBe(ASOF);
    expect(r.policy).toEqual({ id: nanjing2023.id, version: nanjing2023.version });
    expect(r.template).toEqual({ id: "producer-tasks", version: "1.0.0" });
  });

  it("absent particulars are absent keys, not undefined values", () => {
    const r = run((u) => {
      delete u.layer;
      u.people = u.people!.map(({ phone: _p, ...p }) => p);
    });
    expect(Object.keys(r.response).sort()).toEqual(["answers", "filledOn", "subject", "templateId", "templateVersion"]);
    expect(Object.keys(r.response.subject).sort()).toEqual(["name", "unitId", "uscc"]);
  });

  it("责任部门: the newest assignment's department, unless the caller names one", () => {
    const assignments = (u: UnitInput) =>
      (u.assignments = [
        { official: "李某", department: "质量监督科", from: "2023-01-01", recordedOn: "2023-01-03" },
        { official: "王某", department: "产品质量安全监督管理处", from: "2024-06-01", recordedOn: "2024-06-03" },
      ]);
    expect(run(assignments).response.subject.department).toBe("产品质量安全监督管理处");
    expect(run(assignments, { department: "稽查局" }).response.subject.department).toBe("稽查局");
    expect(run(() => {}, { department: "稽查局" }).response.subject.department).toBe("稽查局");
    // The newest is the last listed (assignments are oldest first), with one, two or three on record.
    const one = (u: UnitInput) => (u.assignments = [{ official: "李某", department: "质量监督科", from: "2023-01-01", recordedOn: "2023-01-03" }]);
    expect(run(one).response.subject.department).toBe("质量监督科");
    const three = (u: UnitInput) => (assignments(u), u.assignments!.push({ official: "赵某", department: "综合执法支队", from: "2024-09-01", recordedOn: "2024-09-02" }));
    expect(run(three).response.subject.department).toBe("综合执法支队");
  });

  it("联系人: a director in post with a phone first, then an officer, then the principal; or the caller's", () => {
    expect(run().response.subject.contact).toBe("钱某 025-00000001");
    // Listing order does not matter: the director still comes first.
    expect(run((u) => u.people!.reverse()).response.subject.contact).toBe("钱某 025-00000001");
    const noDirectorPhone = (u: UnitInput) => delete u.people![1]!.phone;
    expect(run(noDirectorPhone).response.subject.contact).toBe("孙某 025-00000002");
    const principalOnly = (u: UnitInput) => (noDirectorPhone(u), delete u.people![2]!.phone);
    expect(run(principalOnly).response.subject.contact).toBe("赵某 025-00000000");
    // A director who left before asOf is not a contact.
    expect(run((u) => (u.people![1]!.to = "2025-03-04")).response.subject.contact).toBe("孙某 025-00000002");
    expect(run(() => {}, { contact: "办公室 025-12345678" }).response.subject.contact).toBe("办公室 025-12345678");
  });

  it("the period: the caller's, both ends as given", () => {
    const r = run(() => {}, { period: { from: "2025-02-10", to: "2025-02-16" } });
    expect(r.period).toEqual({ start: "2025-02-10", end: "2025-02-16" });
    expect(r.response.answers["2.1"]).toMatchObject({ result: "yes", remark: "2025-02-10至2025-02-16齐全", evidence: { window: { start: "2025-02-10", end: "2025-02-16" } } });
  });
});

describe("prefillChecklist — who is in post on asOf", () => {
  it("a director who starts on asOf is in post; one who starts the day after is not", () => {
    expect(run((u) => (u.people![1]!.from = ASOF)).response.answers["1.2"]!.result).toBe("yes");
    expect(run((u) => (u.people![1]!.from = "2025-03-06")).response.answers["1.2"]).toMatchObject({ result: "no", remark: "未配备质量安全总监" });
  });
});

describe("prefillChecklist — before the orders took effect (2023-05-05)", () => {
  const scoped = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5"];

  it("1.1–1.4 and 2.1–2.5: 不适用, saying when the orders took effect", () => {
    const r = run(() => {}, { asOf: "2023-05-04" });
    for (const id of scoped) {
      expect(r.response.answers[id], id).toStrictEqual({
        result: "na",
        remark: "2023-05-04“两个规定”尚未施行，本项不适用",
        evidence: { rule: "prefill.not-yet-effective", facts: [], detail: "“两个规定”自2023-05-05起施行，检查日2023-05-04尚无此项义务", citation: EFFECTIVE },
      });
    }
    // The other items are read as on any day: 3.1's licence is valid, so it is left open.
    expect(r.unanswered.map((x) => x.itemId)).toEqual(["1.5", "1.6", "3.1", "3.2", "3.3", "3.4", "3.5", "4.1", "4.2", "4.3", "5.1", "5.2", "6"]);
  });

  it("the policy's effective date decides", () => {
    const earlier = definePolicy(nanjing2023, { duties: { effectiveFrom: { date: "2022-01-01" } } });
    const r = run(() => {}, { asOf: "2023-05-04", policy: earlier });
    // Nobody was in post before 2024: the duty is owed and not met.
    expect(r.response.answers["1.2"]).toMatchObject({ result: "no", evidence: { rule: "prefill.staffing" } });
    expect(r.policy).toEqual({ id: earlier.id, version: earlier.version });
    const later = definePolicy(nanjing2023, { duties: { effectiveFrom: { date: "2025-06-01" } } });
    expect(run(() => {}, { policy: later }).response.answers["1.2"]).toMatchObject({ result: "na", evidence: { detail: "“两个规定”自2025-06-01起施行，检查日2025-03-05尚无此项义务" } });
  });
});

describe("prefillChecklist — units out of scope of Orders 75/76", () => {
  const outOfScope = (u: UnitInput) => (u.products = {});

  it("1.1–1.4 and 2.1–2.5: 不适用 with the scope clause (一（二）)", () => {
    const r = run(outOfScope);
    for (const id of ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5"]) {
      expect(r.response.answers[id], id).toStrictEqual({
        result: "na",
        remark: "不属于“两个规定”适用范围",
        evidence: {
          rule: "prefill.scope",
          facts: ["/products"],
          detail: "截至2025-03-05，本单位未持有有效的生产许可证、CCC证书，也不属于强制性国家标准产品单位（按所用政策），本项不适用",
          citation: { document: PLAN, clause: "一（二）", quote: SCOPE_QUOTE },
        },
      });
    }
  });

  it("the policy's scope decides: the size gate puts a small mandatory-standard producer out of scope", () => {
    const gated = definePolicy(nanjing2023, { duties: { scope: { mandatoryStandardSizeGate: { enabled: true } } } });
    const small = (u: UnitInput) => ((u.products = { mandatoryStandard: true }), (u.size = "small"));
    expect(run(small).response.answers["1.2"]!.evidence!.rule).toBe("prefill.staffing");
    expect(run(small, { policy: gated }).response.answers["1.2"]!.evidence!.rule).toBe("prefill.scope");
  });
});

describe("prefillChecklist — items the data cannot answer", () => {
  it("the free-form item (附件2 6, 附件3 5) is filled by the inspector with the unit", () => {
    const text = "关键风险点和风险管控事项由检查人员与单位明确后逐项填写（extraItems）";
    expect(reason(run(), "6")).toBe(text);
    expect(reason(run((u) => (u.roles = ["seller"]), {}, seller), "5")).toBe(text);
  });

  it("items without a rule: an on-site check; a part that does not apply is named", () => {
    const r = run();
    for (const id of ["1.5", "3.2", "3.3", "3.4", "3.5", "4.2", "4.3", "5.1", "5.2"]) expect(reason(r, id), id).toBe(ON_SITE);
    expect(reason(r, "1.6")).toBe("须现场核实（其中“生产全过程控制体系（食品相关产品）制度”对本单位不适用）");
    expect(reason(r, "4.1")).toBe("须现场核实（其中“生产全过程控制（食品相关产品）”对本单位不适用）");
    const food = run((u) => (u.products!.foodContact = true));
    expect(reason(food, "1.6")).toBe(ON_SITE);
    expect(reason(food, "4.1")).toBe(ON_SITE);
  });

  it("附件3 3.1 (进货查验记录) needs an on-site check", () => {
    const r = run((u) => (u.roles = ["seller"]), {}, seller);
    expect(reason(r, "3.1")).toBe("须现场核实");
    expect(r.response.answers["3.1"]).toBeUndefined();
  });

  it("several inapplicable parts are each quoted", () => {
    const item: ChecklistItem = {
      id: "9.1",
      text: "甲乙",
      parts: [
        { text: "甲", appliesWhen: { allOf: ["foodContact"] } },
        { text: "乙", appliesWhen: { allOf: ["gasAppliance"] } },
      ],
    };
    const t: ChecklistTemplate = { ...producer, sections: [{ id: "9", title: "测试", items: [item] }] };
    expect(reason(run(() => {}, {}, t), "9.1")).toBe("须现场核实（其中“甲”“乙”对本单位不适用）");
  });
});

describe("prefillChecklist — items ruled out by the unit's products (prefill.applies-when)", () => {
  it("附件2 3.1 / 3.4 / 3.5 without licence or CCC certificate", () => {
    const r = run((u) => (u.products = { mandatoryStandard: true }));
    for (const id of ["3.1", "3.4", "3.5"]) {
      expect(r.response.answers[id], id).toStrictEqual({
        result: "na",
        remark: "本单位无生产许可证或CCC证书，本项不适用",
        evidence: { rule: "prefill.applies-when", facts: ["/products/licences", "/products/cccCertificates"], detail: "本项仅适用于有生产许可证或CCC证书的单位；主体数据中没有" },
      });
    }
  });

  it("each fact named and pointed at; allOf joined with 和", () => {
    const items: ChecklistItem[] = [
      { id: "9.1", text: "a", appliesWhen: { allOf: ["foodContact", "gasAppliance"] } },
      { id: "9.2", text: "b", appliesWhen: { anyOf: ["seller"] } },
      { id: "9.3", text: "c", appliesWhen: { allOf: ["mandatoryStandard"] } },
    ];
    const t: ChecklistTemplate = { ...producer, sections: [{ id: "9", title: "测试", items }] };
    const a = run((u) => (u.products = { licences: [{ number: "XK08-001-04763", product: "电线电缆" }] }), {}, t).response.answers;
    expect(a["9.1"]).toMatchObject({
      remark: "本单位无食品相关产品和灶管阀产品，本项不适用",
      evidence: { facts: ["/products/foodContact", "/products/gasAppliance"], detail: "本项仅适用于有食品相关产品和灶管阀产品的单位；主体数据中没有" },
    });
    expect(a["9.2"]).toMatchObject({ remark: "本单位无销售单位，本项不适用", evidence: { facts: ["/roles"] } });
    expect(a["9.3"]).toMatchObject({ remark: "本单位无强制性国家标准产品，本项不适用", evidence: { facts: ["/products/mandatoryStandard"] } });
    const sellerT: ChecklistTemplate = { ...seller, sections: [{ id: "9", title: "测试", items: [{ id: "9.4", text: "d", appliesWhen: { allOf: ["producer", "ccc"] } }] }] };
    const s = prefillChecklist(sellerT, UnitSchema.parse({ id: "s1", name: "某店", uscc: "91350100M000100Y43", roles: ["seller"] }), { asOf: ASOF }).response.answers;
    expect(s["9.4"]).toMatchObject({ remark: "本单位无生产单位和CCC证书，本项不适用", evidence: { facts: ["/roles", "/products/cccCertificates"] } });
  });
});

describe("prefillChecklist — 1.2 staffing (二（三）)", () => {
  const citation = { document: PLAN, clause: "二（三）", quote: STAFFING_QUOTE };
  const why = (u: ReturnType<typeof unit>) => {
    const req = staffingRequirements(u, { asOf: ASOF });
    return [...req.director.reasons, ...req.officer.reasons].map((r) => r.message).join("；");
  };

  it("director and officer in post: ✓ naming them; the reasons and the spot checks in the detail", () => {
    const patch = (u: UnitInput) =>
      (u.assessments = [
        { personId: "p2", date: "2024-06-01", passed: true },
        { personId: "p3", date: "2024-06-01", passed: true },
        { personId: "p3", date: "2024-09-01", passed: false },
        // After asOf: not seen.
        { personId: "p2", date: "2025-03-06", passed: false },
      ]);
    const u = unit(patch);
    const a = prefillChecklist(producer, u, { asOf: ASOF }).response.answers["1.2"]!;
    expect(a.result).toBe("yes");
    expect(a.remark).toBe("在岗：质量安全总监 钱某；质量安全员 孙某");
    expect(a.evidence).toMatchObject({ rule: "prefill.staffing", citation });
    expect(a.evidence!.detail).toBe(`2025-03-05在岗：质量安全总监 钱某；质量安全员 孙某。${why(u)}。监督抽查考核：钱某（2024-06-01合格）、孙某（2024-09-01不合格）`);
    expect(a.evidence!.facts.slice(0, 2)).toEqual(["p2", "p3"]);
    expect(new Set(a.evidence!.facts).size).toBe(a.evidence!.facts.length);
    const req = staffingRequirements(u, { asOf: ASOF });
    expect(a.evidence!.facts).toEqual([...new Set(["p2", "p3", ...req.director.reasons.flatMap((r) => r.facts), ...req.officer.reasons.flatMap((r) => r.facts)])]);
  });

  it("spot checks of the same day: the last listed counts; none → no sentence", () => {
    const same = run((u) => (u.assessments = [{ personId: "p2", date: "2024-06-01", passed: false }, { personId: "p2", date: "2024-06-01", passed: true }])).response.answers["1.2"]!;
    expect(same.evidence!.detail.endsWith("。监督抽查考核：钱某（2024-06-01合格）")).toBe(true);
    const sameRev = run((u) => (u.assessments = [{ personId: "p2", date: "2024-06-01", passed: true }, { personId: "p2", date: "2024-06-01", passed: false }])).response.answers["1.2"]!;
    expect(sameRev.evidence!.detail.endsWith("。监督抽查考核：钱某（2024-06-01不合格）")).toBe(true);
    const older = run((u) => (u.assessments = [{ personId: "p2", date: "2024-07-01", passed: true }, { personId: "p2", date: "2024-06-01", passed: false }])).response.answers["1.2"]!;
    expect(older.evidence!.detail.endsWith("。监督抽查考核：钱某（2024-07-01合格）")).toBe(true);
    const onAsOf = run((u) => (u.assessments = [{ personId: "p3", date: ASOF, passed: true }])).response.answers["1.2"]!;
    expect(onAsOf.evidence!.detail.endsWith(`。监督抽查考核：孙某（${ASOF}合格）`)).toBe(true);
    expect(run().response.answers["1.2"]!.evidence!.detail).not.toContain("监督抽查考核");
  });

  it("nobody in post: ✗ 未配备质量安全总监、质量安全员, 在岗：无", () => {
    const u = unit((u) => onlyPeople(u, "p1"));
    const a = prefillChecklist(producer, u, { asOf: ASOF }).response.answers["1.2"]!;
    expect(a).toMatchObject({ result: "no", remark: "未配备质量安全总监、质量安全员", evidence: { rule: "prefill.staffing", citation } });
    expect(a.evidence!.detail).toBe(`2025-03-05在岗：无。须配备：质量安全总监、质量安全员（${why(u)}）`);
  });

  it("the officer missing, two directors in post", () => {
    const u = unit((u) => (onlyPeople(u, "p1", "p2"), u.people!.push({ id: "p4", name: "周某", role: "director", from: "2024-01-01" })));
    const a = prefillChecklist(producer, u, { asOf: ASOF }).response.answers["1.2"]!;
    expect(a).toMatchObject({ result: "no", remark: "未配备质量安全员" });
    expect(a.evidence!.detail).toBe(`2025-03-05在岗：质量安全总监 钱某、周某。须配备：质量安全总监、质量安全员（${why(u)}）`);
  });

  it("a small mandatory-standard producer needs no director (policy staffing.director): ✓ with the note; an officer missing names only the officer", () => {
    const small = (u: UnitInput) => ((u.products = { mandatoryStandard: true }), (u.size = "small"), onlyPeople(u, "p1", "p3"));
    expect(run(small).response.answers["1.2"]).toMatchObject({ result: "yes", remark: "在岗：质量安全员 孙某（不强制配备质量安全总监）" });
    const u = unit((u) => (small(u), onlyPeople(u, "p1")));
    const a = prefillChecklist(producer, u, { asOf: ASOF }).response.answers["1.2"]!;
    expect(a.remark).toBe("未配备质量安全员");
    expect(a.evidence!.detail).toBe(`2025-03-05在岗：无。须配备：质量安全员（${why(u)}）`);
  });

  it("the policy's staffing rule decides", () => {
    const none = definePolicy(nanjing2023, { duties: { staffing: { director: { mandatoryStandardSizes: [] } } } });
    const midSize = (u: UnitInput) => ((u.products = { mandatoryStandard: true }), (u.size = "medium"), onlyPeople(u, "p1", "p3"));
    expect(run(midSize).response.answers["1.2"]).toMatchObject({ result: "no", remark: "未配备质量安全总监" });
    expect(run(midSize, { policy: none }).response.answers["1.2"]).toMatchObject({ result: "yes", remark: "在岗：质量安全员 孙某（不强制配备质量安全总监）" });
  });
});

describe("prefillChecklist — 2.1 / 2.2 / 2.3 mechanism records (二（四）)", () => {
  const citation = { document: PLAN, clause: "二（四）", quote: MECHANISM_QUOTE };
  const window = { start: "2025-02-01", end: "2025-02-28" };

  it("all records present: ✓ 齐全 for each, the people in post as facts", () => {
    const a = run().response.answers;
    const names = { "2.1": "《每日工业产品质量安全检查记录》", "2.2": "《每周工业产品质量安全排查治理报告》", "2.3": "《每月工业产品质量安全调度会议纪要》" } as const;
    for (const [id, kind] of [["2.1", "daily"], ["2.2", "weekly"], ["2.3", "monthly"]] as const) {
      expect(a[id], id).toStrictEqual({
        result: "yes",
        remark: "2025-02-01至2025-02-28齐全",
        evidence: { rule: `prefill.mechanism.${kind}`, facts: ["p1", "p2", "p3"], detail: `2025-02-01至2025-02-28期间${names[id]}无缺失，记录人岗位相符`, window, citation },
      });
    }
  });

  it("missing days, weeks and months: counted, listed, each kind in its own item", () => {
    const r = run((u) => (u.records = dailies(FEB_2025_WORKING_DAYS.filter((d) => d !== "2025-02-20" && d !== "2025-02-08"))));
    const a = r.response.answers;
    expect(a["2.1"]).toStrictEqual({
      result: "no",
      remark: "2025-02-01至2025-02-28缺2天（2025-02-08、2025-02-20）",
      evidence: { rule: "prefill.mechanism.daily", facts: [], detail: "2025-02-01至2025-02-28期间《每日工业产品质量安全检查记录》：缺2天（2025-02-08、2025-02-20）", window, citation },
    });
    // ISO weeks ending in February: W05 (01-27..02-02) to W08 (02-17..02-23).
    expect(a["2.2"]).toMatchObject({ result: "no", remark: "2025-02-01至2025-02-28缺4周（2025-01-27～2025-02-02、2025-02-03～2025-02-09、2025-02-10～2025-02-16、2025-02-17～2025-02-23）" });
    expect(a["2.2"]!.evidence!.detail).toBe("2025-02-01至2025-02-28期间《每周工业产品质量安全排查治理报告》：缺4周（2025-01-27～2025-02-02、2025-02-03～2025-02-09、2025-02-10～2025-02-16、2025-02-17～2025-02-23）");
    expect(a["2.3"]).toMatchObject({ result: "no", remark: "2025-02-01至2025-02-28缺1个月（2025-02）" });
    expect(a["2.3"]!.evidence!.detail).toBe("2025-02-01至2025-02-28期间《每月工业产品质量安全调度会议纪要》：缺1个月（2025-02）");
  });

  it("five missing days are all shown; from six on, the first five and 等", () => {
    const five = run((u) => (u.records = FULL_RECORDS.filter((x) => !(x.kind === "daily" && x.date >= "2025-02-24")))).response.answers["2.1"]!;
    expect(five.remark).toBe("2025-02-01至2025-02-28缺5天（2025-02-24、2025-02-25、2025-02-26、2025-02-27、2025-02-28）");
    const six = run((u) => (u.records = FULL_RECORDS.filter((x) => !(x.kind === "daily" && x.date >= "2025-02-21")))).response.answers["2.1"]!;
    expect(six.remark).toBe("2025-02-01至2025-02-28缺6天（2025-02-21、2025-02-24、2025-02-25、2025-02-26、2025-02-27 等）");
  });

  it("a record by the wrong role: counted in its own kind's item, its maker among the facts", () => {
    // Every day recorded by the officer, and 02-20 also by the director (wrong role, nothing missing).
    const extra = run((u) => (u.records = [...FULL_RECORDS, { kind: "daily", date: "2025-02-20", byPersonId: "p2" }])).response.answers;
    expect(extra["2.1"]).toMatchObject({ result: "no", remark: "2025-02-01至2025-02-281份记录人岗位不符", evidence: { facts: ["p2"], detail: "2025-02-01至2025-02-28期间《每日工业产品质量安全检查记录》：1份记录人岗位不符" } });
    expect(extra["2.2"]!.result).toBe("yes");
    // 02-20 signed by the director instead of the officer: missing and wrong.
    const instead = run((u) => (u.records = FULL_RECORDS.map((x) => (x.kind === "daily" && x.date === "2025-02-20" ? { ...x, byPersonId: "p2" } : x)))).response.answers;
    expect(instead["2.1"]!.remark).toBe("2025-02-01至2025-02-28缺1天（2025-02-20），1份记录人岗位不符");
    expect(instead["2.1"]!.evidence!.detail).toBe("2025-02-01至2025-02-28期间《每日工业产品质量安全检查记录》：缺1天（2025-02-20）；1份记录人岗位不符");
    // The week W08 reported by the officer: 2.2 only.
    const weekly = run((u) => (u.records = FULL_RECORDS.map((x) => (x.kind === "weekly" && x.date === "2025-02-21" ? { ...x, byPersonId: "p3" } : x)))).response.answers;
    expect(weekly["2.2"]).toMatchObject({ result: "no", remark: "2025-02-01至2025-02-28缺1周（2025-02-17～2025-02-23），1份记录人岗位不符", evidence: { facts: ["p3"] } });
    expect(weekly["2.1"]!.result).toBe("yes");
    // Minutes signed by the officer: 2.3 only.
    const monthly = run((u) => (u.records = FULL_RECORDS.map((x) => (x.kind === "monthly" ? { ...x, byPersonId: "p3" } : x)))).response.answers;
    expect(monthly["2.3"]).toMatchObject({ result: "no", remark: "2025-02-01至2025-02-28缺1个月（2025-02），1份记录人岗位不符", evidence: { facts: ["p3"] } });
    expect(monthly["2.2"]!.result).toBe("yes");
  });

  it("the calendar the caller passes decides the working days (a Monday–Friday operating calendar for 2025)", () => {
    const ops = createWorkCalendar({ id: "ops-2025", weekendDays: [6, 7], years: [{ year: 2025, offDays: [], workingWeekendDays: [], source: { title: "企业生产日历", publishedOn: "2024-12-01" } }] });
    // February 2025 Monday–Friday: the 20 weekdays; 02-03 and 02-04 (official holidays) are working days here, Saturday 02-08 is not.
    const a = run(() => {}, { calendar: ops }).response.answers["2.1"]!;
    expect(a.remark).toBe("2025-02-01至2025-02-28缺2天（2025-02-03、2025-02-04）");
  });

  it("days the calendar cannot judge: 2.1 left open with the stretches; a gap elsewhere is still ✗", () => {
    const only2026 = createWorkCalendar({ id: "ops-2026", weekendDays: [6, 7], years: [{ year: 2026, offDays: [], workingWeekendDays: [], source: { title: "企业生产日历", publishedOn: "2025-12-01" } }] });
    // 2025-12-29 (Mon) .. 2027-01-01 (Fri) with every 2026 weekday recorded: 2025-12-29..31 and 2027-01-01 cannot be judged.
    const weekdays2026: string[] = [];
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
      const d = new Date(t);
      if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) weekdays2026.push(d.toISOString().slice(0, 10));
    }
    const period = { from: "2025-12-29", to: "2027-01-01" };
    const r = run((u) => (u.records = dailies(weekdays2026)), { asOf: "2027-01-05", period, calendar: only2026 });
    const why = reason(r, "2.1")!;
    expect(why.startsWith("2025-12-29至2025-12-31、2027-01-01至2027-01-01是否为工作日无法判断：")).toBe(true);
    expect(why.length).toBeGreaterThan("2025-12-29至2025-12-31、2027-01-01至2027-01-01是否为工作日无法判断：".length);
    expect(r.response.answers["2.1"]).toBeUndefined();
    // Weekly and monthly records do not depend on the calendar: their items are answered.
    expect(r.response.answers["2.2"]!.result).toBe("no");
    // One 2026 weekday missing: ✗ whatever the unknown days.
    const gap = run((u) => (u.records = dailies(weekdays2026.filter((d) => d !== "2026-06-01"))), { asOf: "2027-01-05", period, calendar: only2026 });
    expect(gap.response.answers["2.1"]).toMatchObject({ result: "no", remark: "2025-12-29至2027-01-01缺1天（2026-06-01）" });
    // No day missing but a record by the wrong role: ✗ too.
    const wrong = run((u) => (u.records = [...dailies(weekdays2026), { kind: "daily", date: "2026-06-01", byPersonId: "p1" }]), { asOf: "2027-01-05", period, calendar: only2026 });
    expect(wrong.response.answers["2.1"]).toMatchObject({ result: "no", remark: "2025-12-29至2027-01-011份记录人岗位不符", evidence: { facts: ["p1"] } });
  });

  it("days the calendar cannot judge leave only 2.1 open: the weekly and monthly records are complete", () => {
    // February 2025 against a calendar that holds only 2026: every day unknown; weeks and months do not depend on it.
    const only2026 = createWorkCalendar({ id: "ops-2026", weekendDays: [6, 7], years: [{ year: 2026, offDays: [], workingWeekendDays: [], source: { title: "企业生产日历", publishedOn: "2025-12-01" } }] });
    const r = run(() => {}, { calendar: only2026 });
    expect(r.response.answers["2.1"]).toBeUndefined();
    expect(reason(r, "2.1")!.startsWith("2025-02-01至2025-02-28是否为工作日无法判断：")).toBe(true);
    expect(r.response.answers["2.2"]).toMatchObject({ result: "yes", remark: "2025-02-01至2025-02-28齐全" });
    expect(r.response.answers["2.3"]).toMatchObject({ result: "yes", remark: "2025-02-01至2025-02-28齐全" });
  });

  it("a period wholly before the orders took effect: 不适用, not 齐全", () => {
    // With the orders' own start (no phasing by the plan), April 2023 is before 2023-05-05.
    const orders = definePolicy(nanjing2023, { duties: { mechanism: { start: mechanismStartOrders } } });
    const r = run(() => {}, { asOf: "2023-05-20", policy: orders });
    for (const [id, kind] of [["2.1", "daily"], ["2.2", "weekly"], ["2.3", "monthly"]] as const) {
      const a = r.response.answers[id]!;
      expect(a, id).toMatchObject({
        result: "na",
        remark: "2023-04-01至2023-04-30“两个规定”尚未施行，本项不适用",
        evidence: { rule: `prefill.mechanism.${kind}`, facts: [], window: { start: "2023-04-01", end: "2023-04-30" }, citation: EFFECTIVE },
      });
      expect(a.evidence!.detail).toContain("2023-05-05");
      expect(Object.keys(a.evidence!).sort()).toEqual(["citation", "detail", "facts", "rule", "window"]);
    }
    // Under the plan's phasing (一（一）、一（二）) the same period is before the unit's start.
    const phased = run(() => {}, { asOf: "2023-05-20" }).response.answers["2.1"]!;
    expect(phased).toMatchObject({ result: "na", remark: "2023-04-01至2023-04-30本单位尚未须建立日管控、周排查、月调度机制（按方案分步推进），本项不适用", evidence: { citation: { document: PLAN, clause: "一（一）、一（二）" } } });
  });

  it("a period before the plan's start for the unit (分步推进): 不适用, saying so", () => {
    // Plan 一（二）as the policy reads it: units that are not licence or CCC producers from 2025-01-01.
    const r = run((u) => ((u.products = { mandatoryStandard: true }), (u.records = [])), { asOf: "2025-01-15" });
    expect(r.period).toEqual({ start: "2024-12-01", end: "2024-12-31" });
    const a = r.response.answers["2.1"]!;
    expect(a).toMatchObject({
      result: "na",
      remark: "2024-12-01至2024-12-31本单位尚未须建立日管控、周排查、月调度机制（按方案分步推进），本项不适用",
      evidence: { rule: "prefill.mechanism.daily", facts: [], window: { start: "2024-12-01", end: "2024-12-31" } },
    });
    expect(a.evidence!.detail).toContain("2025-01-01");
    expect(a.evidence!.citation!.document).not.toBe("");
  });

  it("the policy's mechanism parameters decide (every day)", () => {
    const everyDay = definePolicy(nanjing2023, { duties: { mechanism: { days: "every-day" } } });
    // February 2025 has 28 days; 19 are recorded.
    expect(run(() => {}, { policy: everyDay }).response.answers["2.1"]!.remark).toBe("2025-02-01至2025-02-28缺9天（2025-02-01、2025-02-02、2025-02-03、2025-02-04、2025-02-09 等）");
  });
});

describe("prefillChecklist — 2.5 training and assessment (附件2/3 2.5)", () => {
  const citation = { document: PLAN, clause: "附件2/3 2.5", quote: TRAINING_QUOTE };
  type T = NonNullable<UnitInput["trainings"]>[number];
  const tr = (personId: string, date: string): T => ({ personId, date, kind: "training" });
  const as = (personId: string, date: string, passed?: boolean): T => ({ personId, date, kind: "assessment", ...(passed === undefined ? {} : { passed }) });
  const withT = (list: T[]) => (u: UnitInput) => (u.trainings = list);
  const ok = [tr("p2", "2024-03-01"), as("p2", "2024-03-08", true), tr("p3", "2024-03-02"), as("p3", "2024-03-09", true)];

  it("each trained and passed: ✓ listing them", () => {
    const list = "质量安全总监 钱某（培训2024-03-01，考核2024-03-08合格）、质量安全员 孙某（培训2024-03-02，考核2024-03-09合格）";
    expect(run(withT(ok)).response.answers["2.5"]).toStrictEqual({
      result: "yes",
      remark: `已培训考核：${list}`,
      evidence: { rule: "prefill.training", facts: ["p2", "p3"], detail: `在岗质量安全总监、质量安全员均有本单位培训记录，最近一次考核合格：${list}`, citation },
    });
  });

  it("the latest training and assessment of each; records on asOf count, after it not", () => {
    const list = [...ok, tr("p2", "2024-09-01"), as("p2", ASOF, true), as("p3", "2025-03-06", false), tr("p3", "2025-03-06")];
    expect(run(withT(list)).response.answers["2.5"]!.remark).toBe("已培训考核：质量安全总监 钱某（培训2024-09-01，考核2025-03-05合格）、质量安全员 孙某（培训2024-03-02，考核2024-03-09合格）");
    // Listed newest first: still the newest.
    const reversed = [as("p2", "2024-12-01", true), as("p2", "2024-03-08", false), tr("p2", "2024-03-01"), tr("p3", "2024-03-02"), as("p3", "2024-03-09", true)];
    expect(run(withT(reversed)).response.answers["2.5"]!.result).toBe("yes");
  });

  it("failed, untrained, unassessed: ✗ naming each, in that order", () => {
    const list = [tr("p2", "2024-03-01"), as("p2", "2024-03-08", true), as("p2", "2025-01-10", false)];
    expect(run(withT(list)).response.answers["2.5"]).toStrictEqual({
      result: "no",
      remark: "考核不合格：质量安全总监 钱某（2025-01-10）；未见培训记录：质量安全员 孙某；未见考核记录：质量安全员 孙某",
      evidence: {
        rule: "prefill.training",
        facts: ["p2"],
        detail: "截至2025-03-05本单位培训考核记录：考核不合格：质量安全总监 钱某（2025-01-10）；未见培训记录：质量安全员 孙某；未见考核记录：质量安全员 孙某",
        citation,
      },
    });
  });

  it("several people per problem are joined with 、", () => {
    const u = (x: UnitInput) => {
      x.people!.push({ id: "p4", name: "周某", role: "officer", from: "2024-01-01" });
      x.trainings = [as("p2", "2024-03-08", false), as("p3", "2024-03-09", false), tr("p4", "2024-03-01"), as("p4", "2024-03-09", true)];
    };
    expect(run(u).response.answers["2.5"]!.remark).toBe(
      "考核不合格：质量安全总监 钱某（2024-03-08）、质量安全员 孙某（2024-03-09）；未见培训记录：质量安全总监 钱某、质量安全员 孙某",
    );
    expect(run(u).response.answers["2.5"]!.evidence!.facts).toEqual(["p2", "p3", "p4"]);
  });

  it("only a training, only an assessment", () => {
    expect(run(withT([tr("p2", "2024-03-01"), tr("p3", "2024-03-01"), as("p3", "2024-03-09", true)])).response.answers["2.5"]!.remark).toBe("未见考核记录：质量安全总监 钱某");
    expect(run(withT([tr("p2", "2024-03-01"), as("p2", "2024-03-01", true), as("p3", "2024-03-09", true)])).response.answers["2.5"]!.remark).toBe("未见培训记录：质量安全员 孙某");
  });

  it("a latest assessment without a result: left open, naming the person", () => {
    const list = [...ok, as("p3", "2024-12-01")];
    const r = run(withT(list));
    expect(r.response.answers["2.5"]).toBeUndefined();
    expect(reason(r, "2.5")).toBe("最近一次考核未记录结果：质量安全员 孙某，须核实");
  });

  it("the principal's and former staff's records are not read; nobody to check or nothing recorded → left open", () => {
    const list = [...ok, as("p1", "2024-03-08", false), tr("p1", "2024-03-01")];
    expect(run(withT(list)).response.answers["2.5"]!.result).toBe("yes");
    // A director who left: his failed assessment is not read.
    const left = (u: UnitInput) => {
      u.people!.push({ id: "p5", name: "吴某", role: "director", from: "2020-01-01", to: "2023-12-31" });
      u.trainings = [...ok, as("p5", "2023-06-01", false)];
    };
    expect(run(left).response.answers["2.5"]).toMatchObject({ result: "yes", evidence: { facts: ["p2", "p3"] } });
    const principalOnly = run((u) => (onlyPeople(u, "p1"), (u.trainings = [tr("p1", "2024-03-01"), as("p1", "2024-03-08", true)])));
    expect(reason(principalOnly, "2.5")).toBe("无在岗的质量安全总监或质量安全员，无从核对培训考核（见1.2）");
    const none = "主体数据未记录本单位对质量安全总监、质量安全员的培训考核（trainings），须核实";
    expect(reason(run(), "2.5")).toBe(none);
    expect(reason(run(withT([tr("p2", "2025-03-06")])), "2.5")).toBe(none);
    // One training on asOf is a record: then the problems are listed.
    expect(run(withT([tr("p2", ASOF)])).response.answers["2.5"]!.result).toBe("no");
  });
});

describe("prefillChecklist — 1.1 and 1.3 job-duty documents (二（三）)", () => {
  const citation = { document: PLAN, clause: "二（三）", quote: DOCUMENTS_QUOTE };
  type D = NonNullable<UnitInput["dutyDocuments"]>[number];
  const docs = (list: D[]) => (u: UnitInput) => (u.dutyDocuments = list);

  it("1.1: 《主要负责人质量安全职责》 adopted → left open, naming it and its earliest date", () => {
    const r = run(docs([{ kind: "principal-duties", adoptedOn: "2024-05-01" }, { kind: "principal-duties", adoptedOn: "2023-12-20" }, { kind: "principal-duties", adoptedOn: "2024-01-01" }]));
    expect(r.response.answers["1.1"]).toBeUndefined();
    expect(reason(r, "1.1")).toBe("已制定《主要负责人质量安全职责》（2023-12-20）；产品质量安全管理制度的其余部分须现场核实");
    expect(reason(run(docs([{ kind: "principal-duties", adoptedOn: ASOF }])), "1.1")).toBe(`已制定《主要负责人质量安全职责》（${ASOF}）；产品质量安全管理制度的其余部分须现场核实`);
  });

  it("1.1: other documents but not the principal's → ✗, listing what was adopted", () => {
    const r = run(docs([{ kind: "officer-code", adoptedOn: "2024-01-02" }, { kind: "director-duties", adoptedOn: "2024-01-03" }, { kind: "principal-duties", adoptedOn: "2025-03-06" }]));
    expect(r.response.answers["1.1"]).toStrictEqual({
      result: "no",
      remark: "未制定《主要负责人质量安全职责》",
      evidence: { rule: "prefill.duty-documents", facts: ["/dutyDocuments"], detail: "截至2025-03-05已制定：《质量安全员守则》（2024-01-02）、《质量安全总监职责》（2024-01-03）；未见《主要负责人质量安全职责》", citation },
    });
  });

  it("1.1 / 1.3: no documents, or only ones adopted after asOf → left open", () => {
    for (const r of [run(), run(docs([{ kind: "officer-code", adoptedOn: "2025-03-06" }]))]) {
      expect(reason(r, "1.1")).toBe("主体数据不能回答本项（未记录岗位职责文件），须检查人员现场核实");
      expect(reason(r, "1.3")).toBe("主体数据未记录岗位职责文件（dutyDocuments），须检查人员现场核实");
    }
  });

  it("1.3: both documents → ✓ with their dates", () => {
    const r = run(docs([{ kind: "officer-code", adoptedOn: "2024-01-02" }, { kind: "director-duties", adoptedOn: ASOF }]));
    expect(r.response.answers["1.3"]).toStrictEqual({
      result: "yes",
      remark: "已制定《质量安全总监职责》（2025-03-05）、《质量安全员守则》（2024-01-02）",
      evidence: { rule: "prefill.duty-documents", facts: ["/dutyDocuments"], detail: "截至2025-03-05已制定《质量安全总监职责》（2025-03-05）、《质量安全员守则》（2024-01-02）", citation },
    });
  });

  it("1.3: neither → ✗ naming both, 已制定：无", () => {
    const r = run(docs([{ kind: "principal-duties", adoptedOn: "2024-01-02" }]));
    expect(r.response.answers["1.3"]).toStrictEqual({
      result: "no",
      remark: "未制定《质量安全总监职责》《质量安全员守则》",
      evidence: { rule: "prefill.duty-documents", facts: ["/dutyDocuments"], detail: "截至2025-03-05已制定：无；未见《质量安全总监职责》《质量安全员守则》", citation },
    });
  });

  it("1.3: one of them → ✗ naming the other", () => {
    const r = run(docs([{ kind: "director-duties", adoptedOn: "2024-01-02" }]));
    expect(r.response.answers["1.3"]).toMatchObject({ result: "no", remark: "未制定《质量安全员守则》", evidence: { detail: "截至2025-03-05已制定：《质量安全总监职责》（2024-01-02）；未见《质量安全员守则》" } });
  });

  it("1.3: no director required or in post → only 《质量安全员守则》 is owed", () => {
    const small = (u: UnitInput) => ((u.products = { mandatoryStandard: true }), (u.size = "small"), onlyPeople(u, "p1", "p3"), (u.dutyDocuments = [{ kind: "officer-code", adoptedOn: "2024-01-02" }]));
    expect(run(small).response.answers["1.3"]).toMatchObject({
      result: "yes",
      remark: "已制定《质量安全员守则》（2024-01-02）（无须配备质量安全总监）",
      evidence: { detail: "截至2025-03-05已制定《质量安全员守则》（2024-01-02）" },
    });
    // A director in post though none is required: his duties are owed.
    const withDirector = (u: UnitInput) => (small(u), u.people!.push({ id: "p2", name: "钱某", role: "director", from: "2024-01-01" }));
    expect(run(withDirector).response.answers["1.3"]).toMatchObject({ result: "no", remark: "未制定《质量安全总监职责》" });
    // The policy decides whether a director is required: a medium unit needs one under nanjing2023, not under this policy.
    const none = definePolicy(nanjing2023, { duties: { staffing: { director: { mandatoryStandardSizes: [] } } } });
    const medium = (u: UnitInput) => (small(u), (u.size = "medium"));
    expect(run(medium).response.answers["1.3"]).toMatchObject({ result: "no", remark: "未制定《质量安全总监职责》" });
    expect(run(medium, { policy: none }).response.answers["1.3"]!.result).toBe("yes");
  });
});

describe("prefillChecklist — 1.4 the risk-control list (二（四）)", () => {
  const citation = { document: PLAN, clause: "二（四）", quote: RISK_LIST_QUOTE };

  it("not recorded → left open", () => {
    expect(reason(run(), "1.4")).toBe("主体数据未记录《工业产品质量安全风险管控清单》（riskControlList），须现场核实");
  });

  it("adopted after asOf → ✗", () => {
    expect(run((u) => (u.riskControlList = { adoptedOn: "2025-03-06" })).response.answers["1.4"]).toStrictEqual({
      result: "no",
      remark: "截至2025-03-05尚未制定（2025-03-06制定）",
      evidence: { rule: "prefill.risk-control-list", facts: ["/riskControlList/adoptedOn"], detail: "风险管控清单于2025-03-06制定，晚于检查日2025-03-05", citation },
    });
  });

  it("adopted on asOf, no revisions → ✓", () => {
    expect(run((u) => (u.riskControlList = { adoptedOn: ASOF })).response.answers["1.4"]).toStrictEqual({
      result: "yes",
      remark: "已制定（2025-03-05）",
      evidence: { rule: "prefill.risk-control-list", facts: ["/riskControlList"], detail: "《工业产品质量安全风险管控清单》2025-03-05制定", citation },
    });
  });

  it("revisions up to asOf, in date order, the latest named", () => {
    const r = run((u) => (u.riskControlList = { adoptedOn: "2024-01-15", revisions: [{ date: "2024-09-01" }, { date: "2025-04-01" }, { date: ASOF }, { date: "2024-03-01" }] }));
    expect(r.response.answers["1.4"]).toMatchObject({
      result: "yes",
      remark: "已制定（2024-01-15），最近修订2025-03-05",
      evidence: { detail: "《工业产品质量安全风险管控清单》2024-01-15制定，修订3次（2024-03-01、2024-09-01、2025-03-05）" },
    });
  });
});

describe("prefillChecklist — 2.4 hazards (附件2/3 2.4)", () => {
  type H = NonNullable<UnitInput["hazards"]>[number];
  const hz = (list: H[]) => (u: UnitInput) => (u.hazards = list);
  const none = "主体数据未记录日管控、周排查、月调度中发现的风险隐患（hazards），须核实";

  it("none found by asOf → left open", () => {
    expect(reason(run(), "2.4")).toBe(none);
    expect(reason(run(hz([{ id: "H9", date: "2025-03-06" }])), "2.4")).toBe(none);
  });

  it("all found by asOf rectified by asOf → ✓ listing them", () => {
    const r = run(hz([{ id: "H1", date: "2025-02-11", closedOn: "2025-02-13" }, { id: "H2", date: ASOF, closedOn: ASOF }, { id: "H3", date: "2025-03-06" }]));
    expect(r.response.answers["2.4"]).toStrictEqual({
      result: "yes",
      remark: "2项隐患均已整改",
      evidence: {
        rule: "prefill.hazards",
        facts: ["H1", "H2"],
        detail: "截至2025-03-05发现的风险隐患均已整改：H1（2025-02-11发现，2025-02-13整改完毕）、H2（2025-03-05发现，2025-03-05整改完毕）",
        citation: { document: PLAN, clause: "附件2/3 2.4", quote: HAZARD_QUOTE },
      },
    });
  });

  it("some still open on asOf (not closed, or closed later) → left open, listing them", () => {
    const r = run(hz([{ id: "H1", date: "2025-02-11", closedOn: "2025-02-13" }, { id: "H2", date: "2025-03-01" }, { id: "H3", date: "2025-03-02", closedOn: "2025-03-06" }]));
    expect(r.response.answers["2.4"]).toBeUndefined();
    expect(reason(r, "2.4")).toBe("2项隐患尚未整改完毕（H2 2025-03-01发现、H3 2025-03-02发现）；无整改期限的规定，须核实整改进展");
  });
});

describe("prefillChecklist — seller 3.3 the risk-control list's points (附件3 3.3)", () => {
  const sellerRun = (patch: (u: UnitInput) => void) =>
    run(
      (u) => {
        u.roles = ["seller"];
        u.products = { categories: ["ccc"], mandatoryStandard: true };
        patch(u);
      },
      {},
      seller,
    );
  const nothing = "主体数据未记录风险管控清单的风险点，须现场核实";

  it("no list, a list adopted after asOf, or a list without points → left open", () => {
    expect(reason(sellerRun(() => {}), "3.3")).toBe(nothing);
    expect(reason(sellerRun((u) => (u.riskControlList = { adoptedOn: "2025-03-06", points: [{ id: "K1", text: "x", kind: "abnormal-price" }] })), "3.3")).toBe(nothing);
    expect(reason(sellerRun((u) => (u.riskControlList = { adoptedOn: "2024-01-15" })), "3.3")).toBe(nothing);
  });

  it("neither situation listed → ✗ naming both", () => {
    const r = sellerRun((u) => (u.riskControlList = { adoptedOn: ASOF, points: [{ id: "K1", text: "标识不全", kind: "other" }] }));
    expect(r.response.answers["3.3"]).toStrictEqual({
      result: "no",
      remark: "风险管控清单未列入：进货价格明显低于市场正常价格等异常情况；产品难以追溯到源头",
      evidence: {
        rule: "prefill.risk-control-list",
        facts: ["/riskControlList/points"],
        detail: "风险管控清单（2025-03-05制定）的1个风险点中没有：进货价格明显低于市场正常价格等异常情况；产品难以追溯到源头",
        citation: { document: PLAN, clause: "附件3 3.3", quote: SELLER_33_QUOTE },
      },
    });
  });

  it("one missing → ✗ naming it; both → left open (reporting needs a check)", () => {
    const r = sellerRun((u) => (u.riskControlList = { adoptedOn: "2024-01-15", points: [{ id: "K1", text: "无法溯源", kind: "untraceable" }, { id: "K2", text: "y", kind: "other" }] }));
    expect(r.response.answers["3.3"]).toMatchObject({ remark: "风险管控清单未列入：进货价格明显低于市场正常价格等异常情况", evidence: { detail: "风险管控清单（2024-01-15制定）的2个风险点中没有：进货价格明显低于市场正常价格等异常情况" } });
    const both = sellerRun((u) => (u.riskControlList = { adoptedOn: "2024-01-15", points: [{ id: "K1", text: "无法溯源", kind: "untraceable" }, { id: "K2", text: "低价", kind: "abnormal-price" }] }));
    expect(reason(both, "3.3")).toBe("风险管控清单已列入进货价格异常和难以追溯的情形；是否主动排查和报告属地监管部门须核实");
  });
});

describe("prefillChecklist — producer 3.1 certificates (附件2 3.1)", () => {
  const valid = "证书在有效期内；证书标注内容是否与实际一致、场所和设施须现场核实";
  const ccc = (over: Record<string, string>) => (u: UnitInput) => (u.products!.cccCertificates = [{ number: "2016010901123456", product: "插头插座", ...over }]);

  it("all valid (expiring on asOf included) → left open", () => {
    expect(reason(run(), "3.1")).toBe(valid);
    expect(reason(run(ccc({ expiresOn: ASOF, status: "有效" })), "3.1")).toBe(valid);
    expect(reason(run(ccc({ status: "valid" })), "3.1")).toBe(valid);
    expect(reason(run((u) => (u.products!.licences![0]!.expiresOn = ASOF)), "3.1")).toBe(valid);
    // No expiry date on record: nothing says it expired.
    expect(reason(run((u) => delete u.products!.licences![0]!.expiresOn), "3.1")).toBe(valid);
    expect(reason(run(ccc({})), "3.1")).toBe(valid);
  });

  it("a licence and a CCC certificate that expired before asOf → ✗ naming both", () => {
    const r = run((u) => {
      u.products!.licences![0]!.expiresOn = "2025-03-04";
      ccc({ expiresOn: "2025-01-31", status: "暂停" })(u);
    });
    const whys = "生产许可证 XK08-001-04763（电线电缆）已于2025-03-04到期；CCC证书 2016010901123456（插头插座）已于2025-01-31到期";
    expect(r.response.answers["3.1"]).toStrictEqual({
      result: "no",
      remark: `${whys}，须核查是否仍在生产销售（见3.2）`,
      evidence: { rule: "prefill.certificates", facts: ["XK08-001-04763", "2016010901123456"], detail: `截至2025-03-05：${whys}`, citation: { document: PLAN, clause: "附件2 3.1", quote: CERT_QUOTE } },
    });
  });

  it("a CCC certificate suspended, withdrawn, cancelled or otherwise invalid, in Chinese or English, any case → ✗", () => {
    for (const status of ["暂停", "已撤销", "注销", "失效", "suspended", "Withdrawn", "REVOKED", "cancelled", "invalid", "expired"]) {
      expect(run(ccc({ status })).response.answers["3.1"], status).toMatchObject({
        result: "no",
        remark: `CCC证书 2016010901123456（插头插座）状态为“${status}”，须核查是否仍在生产销售（见3.2）`,
        evidence: { facts: ["2016010901123456"] },
      });
    }
  });
});

describe("prefillChecklist — 责任部门 as of the day", () => {
  // Every judgement is as of asOf (facts dated after it are ignored): an assignment that
  // begins after asOf is not yet the unit's, and its department is not yet 责任部门.
  it("takes the department of the assignment in force on asOf, not of one that begins later", () => {
    const later = (u: UnitInput) =>
      (u.assignments = [
        { official: "李某", department: "质量监督科", from: "2023-01-01", recordedOn: "2023-01-03" },
        { official: "王某", department: "产品质量安全监督管理处", from: "2025-03-06", recordedOn: "2025-03-07" },
      ]);
    expect(run(later).response.subject.department).toBe("质量监督科");
    const onTheDay = (u: UnitInput) =>
      (u.assignments = [
        { official: "李某", department: "质量监督科", from: "2023-01-01", recordedOn: "2023-01-03" },
        { official: "王某", department: "产品质量安全监督管理处", from: "2025-03-05", recordedOn: "2025-03-05" },
      ]);
    expect(run(onTheDay).response.subject.department).toBe("产品质量安全监督管理处");
    const onlyLater = (u: UnitInput) => (u.assignments = [{ official: "王某", department: "产品质量安全监督管理处", from: "2025-03-06", recordedOn: "2025-03-07" }]);
    expect(run(onlyLater).response.subject).not.toHaveProperty("department");
  });
});
