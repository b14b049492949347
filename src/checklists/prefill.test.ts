import { describe, expect, it } from "vitest";
import { UnitSchema, type UnitInput } from "../entities";
import { ChecklistMismatchError, ChecklistResponseSchema, evaluateChecklist, getChecklistTemplate, prefillChecklist, renderChecklist } from "./index";

const producer = getChecklistTemplate("producer-tasks");
const seller = getChecklistTemplate("seller-tasks");

// February 2025 (the default period for asOf 2025-03-05). Working days per the State
// Council notice 国办发明电〔2024〕12号: Spring Festival off 01-28..02-04, Saturday 02-08
// works. So: 02-05..07, 02-08, 02-10..14, 02-17..21, 02-24..28 — 19 days.
const FEB_2025_WORKING_DAYS = [
  "2025-02-05", "2025-02-06", "2025-02-07", "2025-02-08",
  "2025-02-10", "2025-02-11", "2025-02-12", "2025-02-13", "2025-02-14",
  "2025-02-17", "2025-02-18", "2025-02-19", "2025-02-20", "2025-02-21",
  "2025-02-24", "2025-02-25", "2025-02-26", "2025-02-27", "2025-02-28",
];

function baseUnit(): UnitInput {
  return {
    id: "u1",
    name: "南京某某电器有限公司",
    uscc: "91350100M000100Y43",
    roles: ["producer"],
    layer: "B",
    products: {
      licences: [{ number: "XK08-001-04763", product: "电线电缆", expiresOn: "2027-12-31" }],
      cccCertificates: [{ number: "2016010901123456", product: "插头插座", expiresOn: "2025-01-31" }],
      mandatoryStandard: true,
    },
    people: [
      { id: "p1", name: "赵某", role: "principal", from: "2020-01-01" },
      { id: "p2", name: "钱某", role: "director", from: "2024-01-01", phone: "025-00000001" },
      { id: "p3", name: "孙某", role: "officer", from: "2024-01-01" },
    ],
    assessments: [
      { personId: "p2", date: "2024-06-01", passed: true },
      { personId: "p3", date: "2024-06-01", passed: false },
      { personId: "p3", date: "2024-09-01", passed: true },
    ],
    assignments: [{ official: "李某", department: "质量监督科", from: "2024-01-01", recordedOn: "2024-01-03" }],
    records: [
      // Daily by the officer on every working day but 02-20 (which the director signed: wrong role).
      ...FEB_2025_WORKING_DAYS.filter((d) => d !== "2025-02-20").map((date) => ({ kind: "daily" as const, date, byPersonId: "p3", zeroRisk: true })),
      { kind: "daily", date: "2025-02-20", byPersonId: "p2" },
      // Weekly by the director in ISO weeks 2025-W05 (01-27..02-02), W06, W07 — not W08 (02-17..02-23).
      { kind: "weekly", date: "2025-01-31", byPersonId: "p2" },
      { kind: "weekly", date: "2025-02-07", byPersonId: "p2" },
      { kind: "weekly", date: "2025-02-14", byPersonId: "p2" },
      // Monthly minutes by the principal.
      { kind: "monthly", date: "2025-02-26", byPersonId: "p1" },
    ],
  };
}
const unit = (patch: (u: UnitInput) => void = () => {}) => {
  const u = baseUnit();
  patch(u);
  return UnitSchema.parse(u);
};

describe("prefillChecklist — producer (附件2)", () => {
  const result = prefillChecklist(producer, unit(), { asOf: "2025-03-05", filledBy: "某区市场监管局 李某" });
  const a = result.response.answers;

  it("returns a valid response for the template, dated asOf, with the unit's particulars", () => {
    expect(ChecklistResponseSchema.safeParse(result.response).success).toBe(true);
    expect(result.response).toMatchObject({
      templateId: "producer-tasks",
      templateVersion: "1.0.0",
      filledOn: "2025-03-05",
      filledBy: "某区市场监管局 李某",
      subject: { name: "南京某某电器有限公司", layer: "B", department: "质量监督科", contact: "钱某 025-00000001" },
    });
  });

  it("default period: the whole calendar month before asOf's month", () => {
    expect(result.period).toEqual({ start: "2025-02-01", end: "2025-02-28" });
    expect(prefillChecklist(producer, unit(), { asOf: "2025-01-15" }).period).toEqual({ start: "2024-12-01", end: "2024-12-31" });
    expect(prefillChecklist(producer, unit(), { asOf: "2024-03-31" }).period).toEqual({ start: "2024-02-01", end: "2024-02-29" });
  });

  it("1.2: a licence holder with a director and an officer in post → ✓, naming them", () => {
    expect(a["1.2"]).toMatchObject({ result: "yes", evidence: { rule: "prefill.staffing", citation: { clause: "二（三）" } } });
    expect(a["1.2"]!.remark).toContain("钱某");
    expect(a["1.2"]!.remark).toContain("孙某");
    expect(a["1.2"]!.evidence!.facts).toEqual(expect.arrayContaining(["p2", "p3"]));
  });

  it("1.2: the director left the day before asOf → ✗ 未配备质量安全总监", () => {
    const r = prefillChecklist(producer, unit((u) => (u.people![1]!.to = "2025-03-04")), { asOf: "2025-03-05" });
    expect(r.response.answers["1.2"]).toMatchObject({ result: "no", remark: "未配备质量安全总监" });
    // On his last day he is still in post.
    expect(prefillChecklist(producer, unit((u) => (u.people![1]!.to = "2025-03-05")), { asOf: "2025-03-05" }).response.answers["1.2"]!.result).toBe("yes");
  });

  it("2.1: one working day without the officer's record, signed by the director instead → ✗", () => {
    expect(a["2.1"]).toMatchObject({ result: "no", evidence: { rule: "prefill.mechanism.daily", window: { start: "2025-02-01", end: "2025-02-28" } } });
    expect(a["2.1"]!.remark).toContain("2025-02-20");
    expect(a["2.1"]!.remark).toContain("1份记录人岗位不符");
    expect(a["2.1"]!.evidence!.citation!.clause).toBe("二（四）");
  });

  it("2.2: ISO week 2025-W08 (02-17..02-23) without a weekly report → ✗; 2.3: monthly minutes present → ✓", () => {
    expect(a["2.2"]!.result).toBe("no");
    expect(a["2.2"]!.remark).toContain("2025-02-17～2025-02-23");
    expect(a["2.3"]).toMatchObject({ result: "yes", evidence: { rule: "prefill.mechanism.monthly" } });
  });

  it("2.1 over a period the caller names", () => {
    const r = prefillChecklist(producer, unit(), { asOf: "2025-03-05", period: { from: "2025-02-24", to: "2025-02-28" } });
    expect(r.period).toEqual({ start: "2025-02-24", end: "2025-02-28" });
    expect(r.response.answers["2.1"]!.result).toBe("yes");
  });

  // Issue 15, 3: "Checklist item 2.5 (单位对质量安全总监、质量安全员的培训考核情况) is answered from the
  // regulator's spot-check assessments. Add the unit's own training and assessment records … prefill
  // 2.5 from them; the regulator's spot checks keep feeding 1.2 / staffing." 附件2 2.5: "检查质量安全总监和质量安全员培训考核情况".
  const trained = (u: UnitInput) => {
    u.trainings = [
      { personId: "p2", date: "2024-03-01", kind: "training", hours: 16 },
      { personId: "p2", date: "2024-03-08", kind: "assessment", passed: true },
      { personId: "p3", date: "2024-03-01", kind: "training", hours: 16 },
      { personId: "p3", date: "2024-03-08", kind: "assessment", passed: true },
    ];
  };
  it("2.5: the regulator's spot checks alone no longer answer it; no training records → left open", () => {
    expect(a["2.5"]).toBeUndefined();
    expect(result.unanswered.find((x) => x.itemId === "2.5")!.reason).toContain("trainings");
  });
  it("2.5: from the unit's own records: each trained and passed → ✓; a failed latest assessment, or none, → ✗", () => {
    const ok = prefillChecklist(producer, unit(trained), { asOf: "2025-03-05" }).response.answers["2.5"];
    expect(ok).toMatchObject({ result: "yes", evidence: { rule: "prefill.training", facts: ["p2", "p3"], citation: { quote: "检查质量安全总监和质量安全员培训考核情况。" } } });
    const failed = prefillChecklist(producer, unit((u) => (trained(u), u.trainings!.push({ personId: "p3", date: "2025-03-01", kind: "assessment", passed: false }))), { asOf: "2025-03-05" });
    expect(failed.response.answers["2.5"]).toMatchObject({ result: "no" });
    expect(failed.response.answers["2.5"]!.remark).toContain("考核不合格：质量安全员 孙某（2025-03-01）");
    // A record after asOf is not seen.
    const later = prefillChecklist(producer, unit((u) => (trained(u), u.trainings!.push({ personId: "p3", date: "2025-03-06", kind: "assessment", passed: false }))), { asOf: "2025-03-05" });
    expect(later.response.answers["2.5"]!.result).toBe("yes");
    const untrained = prefillChecklist(producer, unit((u) => (trained(u), (u.trainings = u.trainings!.filter((t) => t.personId !== "p3" || t.kind !== "training")))), { asOf: "2025-03-05" });
    expect(untrained.response.answers["2.5"]).toMatchObject({ result: "no", remark: "未见培训记录：质量安全员 孙某" });
  });
  it("1.2: the regulator's spot checks still feed its evidence", () => {
    expect(a["1.2"]!.evidence!.detail).toContain("监督抽查考核：钱某（2024-06-01合格）、孙某（2024-09-01合格）");
  });

  it("3.1: a CCC certificate that expired before asOf → ✗ with the certificate number as evidence", () => {
    expect(a["3.1"]).toMatchObject({ result: "no", evidence: { rule: "prefill.certificates", facts: ["2016010901123456"] } });
    expect(a["3.1"]!.remark).toContain("2025-01-31");
  });

  it("3.1: a certificate expiring on asOf is still valid → left for the inspector", () => {
    const r = prefillChecklist(producer, unit((u) => (u.products!.cccCertificates![0]!.expiresOn = "2025-03-05")), { asOf: "2025-03-05" });
    expect(r.response.answers["3.1"]).toBeUndefined();
    expect(r.unanswered.map((x) => x.itemId)).toContain("3.1");
  });

  it("3.1 / 3.4 / 3.5 are 不适用 for a mandatory-standard producer with no licence or CCC certificate", () => {
    const r = prefillChecklist(producer, unit((u) => ((u.products!.licences = []), (u.products!.cccCertificates = []))), { asOf: "2025-03-05" });
    for (const id of ["3.1", "3.4", "3.5"]) expect(r.response.answers[id], id).toMatchObject({ result: "na", evidence: { rule: "prefill.applies-when" } });
    expect(r.response.answers["3.2"]).toBeUndefined();
  });

  it("everything else stays open with a reason, the free-form item 6 included", () => {
    const answered = Object.keys(a).sort();
    expect(answered).toEqual(["1.2", "2.1", "2.2", "2.3", "3.1"]);
    expect(result.unanswered.map((u) => u.itemId)).toEqual(["1.1", "1.3", "1.4", "1.5", "1.6", "2.4", "2.5", "3.2", "3.3", "3.4", "3.5", "4.1", "4.2", "4.3", "5.1", "5.2", "6"]);
    expect(result.unanswered.find((u) => u.itemId === "1.6")!.reason).toContain("食品相关产品");
    for (const ans of Object.values(a)) expect(ans.evidence).toBeDefined();
  });

  it("feeds evaluateChecklist and renderChecklist", () => {
    const e = evaluateChecklist(producer, result.response);
    expect(e.failed).toEqual(["2.1", "2.2", "3.1"]);
    expect(e.missing).toHaveLength(17);
    expect(renderChecklist(producer, result.response, { format: "markdown" })).toContain("※");
  });
});

// Orders 75/76: 自2023年5月5日起施行 (FACTS.md §1): no staffing or mechanism duty before that day.
describe("prefillChecklist — before the orders took effect (2023-05-05)", () => {
  const scoped = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5"];

  it("asOf 2023-05-04, the day before: 1.1–1.4 and 2.1–2.5 are 不适用, never ✓ 齐全 or ✗", () => {
    const r = prefillChecklist(producer, unit(), { asOf: "2023-05-04" });
    for (const id of scoped) {
      expect(r.response.answers[id], id).toMatchObject({ result: "na", evidence: { rule: "prefill.not-yet-effective", citation: { quote: "自2023年5月5日起施行" } } });
    }
    expect(ChecklistResponseSchema.safeParse(r.response).success).toBe(true);
  });

  it("asOf 2023-05-05, the day they took effect: 1.2 is answered (nobody in post until 2024 → ✗)", () => {
    const r = prefillChecklist(producer, unit(), { asOf: "2023-05-05" });
    expect(r.response.answers["1.2"]).toMatchObject({ result: "no", evidence: { rule: "prefill.staffing" } });
  });

  it("asOf 2023-05-20: the default period, April 2023, lies wholly before 2023-05-05 → 2.1–2.3 不适用, not 齐全", () => {
    const r = prefillChecklist(producer, unit(), { asOf: "2023-05-20" });
    expect(r.period).toEqual({ start: "2023-04-01", end: "2023-04-30" });
    for (const [id, kind] of [["2.1", "daily"], ["2.2", "weekly"], ["2.3", "monthly"]] as const) {
      expect(r.response.answers[id], id).toMatchObject({ result: "na", evidence: { rule: `prefill.mechanism.${kind}`, window: { start: "2023-04-01", end: "2023-04-30" } } });
    }
  });
});

// Issue 15, 6: the risk-control list (二（四）, items 1.4 and seller 3.3), the job-duty documents
// (items 1.1/1.3) and the hazards found by the mechanism (item 2.4), each with "a checklist prefill
// where an item asks for it".
describe("prefillChecklist — the unit's documents and hazards", () => {
  const asOf = "2025-03-05";
  const answersOf = (patch: (u: UnitInput) => void, template = producer, base = unit) => prefillChecklist(template, base(patch), { asOf });

  // 附件2 1.3: "制定《质量安全总监职责》《质量安全员守则》"; 二（三）: "制修完善《主要负责人质量安全职责》《质量安全总监职责》《质量安全员守则》等".
  it("1.3: both documents adopted → ✓; one missing → ✗; none recorded → left open", () => {
    const both = answersOf((u) => (u.dutyDocuments = [{ kind: "director-duties", adoptedOn: "2024-01-02" }, { kind: "officer-code", adoptedOn: "2024-01-02" }]));
    expect(both.response.answers["1.3"]).toMatchObject({ result: "yes", remark: "已制定《质量安全总监职责》（2024-01-02）、《质量安全员守则》（2024-01-02）", evidence: { rule: "prefill.duty-documents", citation: { clause: "二（三）" } } });
    const one = answersOf((u) => (u.dutyDocuments = [{ kind: "officer-code", adoptedOn: "2024-01-02" }]));
    expect(one.response.answers["1.3"]).toMatchObject({ result: "no", remark: "未制定《质量安全总监职责》" });
    // Adopted after asOf: not yet.
    const late = answersOf((u) => (u.dutyDocuments = [{ kind: "director-duties", adoptedOn: "2024-01-02" }, { kind: "officer-code", adoptedOn: "2025-03-06" }]));
    expect(late.response.answers["1.3"]).toMatchObject({ result: "no", remark: "未制定《质量安全员守则》" });
    expect(answersOf(() => {}).unanswered.find((x) => x.itemId === "1.3")!.reason).toContain("dutyDocuments");
  });

  it("1.1: 《主要负责人质量安全职责》 missing while other documents are recorded → ✗; adopted → left open, naming it", () => {
    const without = answersOf((u) => (u.dutyDocuments = [{ kind: "officer-code", adoptedOn: "2024-01-02" }]));
    expect(without.response.answers["1.1"]).toMatchObject({ result: "no", remark: "未制定《主要负责人质量安全职责》" });
    const withIt = answersOf((u) => (u.dutyDocuments = [{ kind: "principal-duties", adoptedOn: "2023-12-20" }]));
    expect(withIt.response.answers["1.1"]).toBeUndefined();
    expect(withIt.unanswered.find((x) => x.itemId === "1.1")!.reason).toContain("已制定《主要负责人质量安全职责》（2023-12-20）");
  });

  // 附件2 1.4: "制定《工业产品质量安全风险管控清单》".
  it("1.4: the risk-control list adopted by asOf → ✓ with its revisions; adopted later → ✗; not recorded → left open", () => {
    const list = answersOf((u) => (u.riskControlList = { adoptedOn: "2024-01-15", revisions: [{ date: "2024-09-01" }, { date: "2025-04-01" }] }));
    expect(list.response.answers["1.4"]).toMatchObject({ result: "yes", remark: "已制定（2024-01-15），最近修订2024-09-01", evidence: { rule: "prefill.risk-control-list", citation: { clause: "二（四）" } } });
    const later = answersOf((u) => (u.riskControlList = { adoptedOn: "2025-04-01" }));
    expect(later.response.answers["1.4"]).toMatchObject({ result: "no" });
    expect(answersOf(() => {}).response.answers["1.4"]).toBeUndefined();
  });

  // 附件2 2.4: "检查在日管控、周排查、月调度中发现的质量安全风险隐患整改情况".
  it("2.4: every hazard found by asOf rectified → ✓; one still open → left open with its id (no period is sourced)", () => {
    const closed = answersOf((u) => (u.hazards = [{ id: "H1", date: "2025-02-11", source: "daily", closedOn: "2025-02-13" }]));
    expect(closed.response.answers["2.4"]).toMatchObject({ result: "yes", remark: "1项隐患均已整改", evidence: { rule: "prefill.hazards", facts: ["H1"] } });
    const open = answersOf((u) => (u.hazards = [{ id: "H1", date: "2025-02-11", closedOn: "2025-02-13" }, { id: "H2", date: "2025-03-01", source: "weekly" }]));
    expect(open.response.answers["2.4"]).toBeUndefined();
    expect(open.unanswered.find((x) => x.itemId === "2.4")!.reason).toContain("H2 2025-03-01发现");
    // Rectified after asOf: still open on asOf.
    const after = answersOf((u) => (u.hazards = [{ id: "H1", date: "2025-02-11", closedOn: "2025-03-06" }]));
    expect(after.response.answers["2.4"]).toBeUndefined();
  });

  // 附件3 3.3: "对进货价格明显低于市场正常价格等异常情况或产品难以追溯到源头的，是否列入风险清单并主动排查和报告属地监管部门".
  it("seller 3.3: the list's points lack one of the two situations → ✗; both listed → left open (reporting needs a check)", () => {
    const sellerUnit = (patch: (u: UnitInput) => void = () => {}) =>
      unit((u) => {
        u.roles = ["seller"];
        u.products = { categories: ["ccc"], mandatoryStandard: true };
        patch(u);
      });
    const missing = answersOf((u) => (u.riskControlList = { adoptedOn: "2024-01-15", points: [{ id: "K1", text: "进货价格明显偏低", kind: "abnormal-price" }] }), seller, sellerUnit);
    expect(missing.response.answers["3.3"]).toMatchObject({ result: "no", remark: "风险管控清单未列入：产品难以追溯到源头", evidence: { citation: { clause: "附件3 3.3" } } });
    const both = answersOf(
      (u) =>
        (u.riskControlList = {
          adoptedOn: "2024-01-15",
          points: [
            { id: "K1", text: "进货价格明显偏低", kind: "abnormal-price" },
            { id: "K2", text: "无法追溯来源", kind: "untraceable" },
          ],
        }),
      seller,
      sellerUnit,
    );
    expect(both.response.answers["3.3"]).toBeUndefined();
    expect(both.unanswered.find((x) => x.itemId === "3.3")!.reason).toContain("主动排查和报告");
  });
});

describe("prefillChecklist — seller (附件3) and errors", () => {
  it("a seller out of scope (no licence, CCC or mandatory-standard products) gets 不适用 on 1.1–1.4, 2.1–2.5", () => {
    const s = UnitSchema.parse({ id: "s1", name: "某五金店", uscc: "91350100M000100Y43", roles: ["seller"] });
    const r = prefillChecklist(seller, s, { asOf: "2025-03-05" });
    for (const id of ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5"]) expect(r.response.answers[id], id).toMatchObject({ result: "na", evidence: { rule: "prefill.scope" } });
    expect(r.unanswered.map((u) => u.itemId)).toContain("5");
  });

  it("throws for 附件4 and for a unit without the template's role", () => {
    expect(() => prefillChecklist(getChecklistTemplate("supervision"), unit(), { asOf: "2025-03-05" })).toThrow(expect.objectContaining({ code: "not_a_unit_checklist" }));
    expect(() => prefillChecklist(seller, unit(), { asOf: "2025-03-05" })).toThrow(ChecklistMismatchError);
  });
});
