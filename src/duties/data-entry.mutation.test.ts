import { describe, expect, it } from "vitest";
import { UnitDataError } from "../entities";
import { definePolicy, nanjing2023 } from "../policy";
import { _unit } from "./_fixture";
import { dataEntryDeadline, dataEntryDeadlineWithReasons, dataEntryOrder } from "./data-entry";

// Plan 一（一）: "2023年11月底前，督促指导灶管阀生产和销售单位完成质量安全基本信息录入工作，12月底前，
// 督促指导工业产品生产许可证管理的产品生产单位和实施强制性产品认证管理的产品生产单位完成…录入";
// 二（五）: "对设立质量安全总监的、风险监测、缺陷产品召回、工业产品生产许可、强制性产品认证、现场检查、
// 执法查处的以及被投诉举报并经核实的生产和销售单位…原则上要在2023年12月底前录入"; 一（二）: 2024年
// 应录尽录 (read as 2024-12-31); "先重点后一般、先生产后流通". FACTS.md §7.
const XK = "XK08-001-04763";
const CCC = "2016010901123456";
const e = nanjing2023.duties.dataEntry;

describe("dataEntryDeadlineWithReasons — what the reasons say", () => {
  // Computed inside each test (StrykerJS activates a mutant for tests only, not for describe bodies).
  const all = () => dataEntryDeadlineWithReasons(
    _unit({
      products: { gasAppliance: true, licences: [{ number: XK, product: "燃气灶具" }], cccCertificates: [{ number: CCC, product: "燃气灶具" }] },
      people: [{ id: "d1", name: "张总监", role: "director", from: "2023-06-01" }],
    }),
  );

  it("one per class, earliest first, each citing its clause", () => {
    expect(all().reasons.map((r) => [r.rule, r.citation])).toEqual([
      ["data-entry.gas-appliance", e.gasAppliance.citation],
      ["data-entry.licensed-producer", e.licensedProducers.citation],
      ["data-entry.priority", e.priority.citation],
      ["data-entry.general", e.general.citation],
    ]);
    expect(all()).toMatchObject({ dueOn: "2023-11-30", class: "gas-appliance", priority: true, criteria: ["director", "licence", "ccc"] });
  });

  it("灶管阀: by the end of November 2023", () => {
    const r = all().reasons[0]!;
    expect(r.facts).toEqual(["/products/gasAppliance"]);
    expect(r.message).toBe("灶管阀生产、销售单位：2023-11-30前完成录入");
    expect(r.messageEn).toBe("Gas-appliance (灶管阀) producer or seller: enter by 2023-11-30");
  });

  it("licence and CCC producers: the numbers, by the end of December 2023", () => {
    const r = all().reasons[1]!;
    expect(r.facts).toEqual([XK, CCC]);
    expect(r.message).toBe(`工业产品生产许可证或强制性产品认证管理的产品生产单位（${XK}、${CCC}）：2023-12-31前完成录入`);
    expect(r.messageEn).toBe(`Producer under the production licence or CCC (${XK}, ${CCC}): enter by 2023-12-31`);
  });

  it("priority units: the criteria met, in the plan's words, with their facts", () => {
    const r = all().reasons[2]!;
    expect(r.facts).toEqual(["d1", XK, CCC]);
    expect(r.message).toBe("重点主体（设立质量安全总监、工业产品生产许可、强制性产品认证）：原则上2023-12-31前录入");
    expect(r.messageEn).toBe("Priority unit (director, licence, ccc): enter by 2023-12-31 in principle");
  });

  it("everyone: 应录尽录 by 2024-12-31", () => {
    const r = all().reasons[3]!;
    expect(r.facts).toEqual([]);
    expect(r.message).toBe("所有工业产品生产和销售单位应录尽录：2024-12-31前");
    expect(r.messageEn).toBe('Every producer and seller is entered ("应录尽录"): by 2024-12-31');
  });

  it("every criterion's name in the plan's words", () => {
    const u = _unit({
      roles: ["seller"],
      riskEvents: [
        { id: "r1", date: "2023-07-01", severity: "minor", kind: "risk-monitoring" },
        { id: "r2", date: "2023-07-02", severity: "minor", kind: "enforcement" },
        { id: "r3", date: "2023-07-03", severity: "minor", kind: "verified-complaint" },
      ],
      defects: [{ id: "x1", confirmedOn: "2023-08-01" }],
      inspections: [{ id: "i1", date: "2023-09-01", kind: "onsite" }],
    });
    const r = dataEntryDeadlineWithReasons(u);
    expect(r.criteria).toEqual(["risk-monitoring", "defect-recall", "onsite-inspection", "enforcement", "verified-complaint"]);
    expect(r.reasons[0]!.message).toBe("重点主体（风险监测、缺陷产品召回、现场检查、执法查处、被投诉举报并经核实）：原则上2023-12-31前录入");
    expect(r.reasons[0]!.facts).toEqual(["r1", "x1", "i1", "r2", "r3"]);
  });
});

describe("dataEntryDeadlineWithReasons — which facts count", () => {
  it("a seller holding products' licences is a priority unit, not a licensed producer", () => {
    const d = dataEntryDeadlineWithReasons(_unit({ roles: ["seller"], products: { licences: [{ number: XK, product: "燃气灶具" }] } }));
    expect(d.reasons.map((r) => r.rule)).toEqual(["data-entry.priority", "data-entry.general"]);
    expect(d).toMatchObject({ class: "priority", criteria: ["licence"] });
  });

  it("no gas-appliance class without the flag", () => {
    expect(dataEntryDeadlineWithReasons(_unit({ products: { gasAppliance: false } })).reasons.map((r) => r.rule)).toEqual(["data-entry.general"]);
  });

  it("dated facts count up to the due date, that day included; undated ones always", () => {
    const on = (date: string) => dataEntryDeadlineWithReasons(_unit({ roles: ["seller"], people: [{ id: "d1", name: "总监", role: "director", from: date }] })).criteria;
    expect(on("2023-12-31")).toEqual(["director"]);
    expect(on("2024-01-01")).toEqual([]);
    const defect = (confirmedOn: string) => dataEntryDeadlineWithReasons(_unit({ roles: ["seller"], defects: [{ id: "x1", confirmedOn }] })).criteria;
    expect(defect("2024-01-01")).toEqual([]);
    expect(defect("2023-12-31")).toEqual(["defect-recall"]);
    const late = dataEntryDeadlineWithReasons(_unit({ products: { licences: [{ number: XK, product: "燃气灶具", issuedOn: "2024-01-01" }, { number: "XK08-001-00002", product: "燃气灶具" }] } }));
    expect(late.reasons[0]!.facts).toEqual(["XK08-001-00002"]);
    expect(late.reasons[1]!.facts).toEqual(["XK08-001-00002"]);
    const ccc = dataEntryDeadlineWithReasons(_unit({ roles: ["seller"], products: { cccCertificates: [{ number: CCC, product: "电动自行车", issuedOn: "2024-01-01" }] } }));
    expect(ccc.criteria).toEqual([]);
    expect(dataEntryDeadlineWithReasons(_unit({ roles: ["seller"], inspections: [{ id: "i1", date: "2024-01-01", kind: "onsite" }] })).criteria).toEqual([]);
    expect(dataEntryDeadlineWithReasons(_unit({ roles: ["seller"], riskEvents: [{ id: "r1", date: "2024-01-01", severity: "minor", kind: "risk-monitoring" }] })).criteria).toEqual([]);
  });

  it("only the named kinds: a sampling inspection or a failed sampling is no priority criterion; people other than directors neither", () => {
    const u = _unit({
      roles: ["seller"],
      inspections: [{ id: "i1", date: "2023-09-01", kind: "sampling" }],
      riskEvents: [{ id: "r1", date: "2023-07-01", severity: "major", kind: "sampling-failure" }],
      people: [{ id: "o1", name: "李安全员", role: "officer", from: "2023-06-01" }],
    });
    expect(dataEntryDeadlineWithReasons(u)).toMatchObject({ class: "general", criteria: [], priority: false });
  });

  it("a later general date: general first, still a priority unit", () => {
    const p = definePolicy(nanjing2023, { duties: { dataEntry: { general: { dueOn: "2023-06-30" } } } });
    const d = dataEntryDeadlineWithReasons(_unit({ products: { licences: [{ number: XK, product: "燃气灶具" }] } }), { policy: p });
    expect(d).toMatchObject({ dueOn: "2023-06-30", class: "general", priority: true });
    expect(d.reasons.map((r) => r.rule)).toEqual(["data-entry.general", "data-entry.licensed-producer", "data-entry.priority"]);
  });

  it("equal dates keep the class order: a licensed producer before priority", () => {
    const d = dataEntryDeadlineWithReasons(_unit({ products: { licences: [{ number: XK, product: "燃气灶具" }] } }));
    expect(d.class).toBe("licensed-producer");
    expect(dataEntryDeadline(_unit({ products: { licences: [{ number: XK, product: "燃气灶具" }] } }))).toBe("2023-12-31");
  });
});

describe("dataEntryDeadlineWithReasons — a policy object changed between calls", () => {
  it("a policy that is not frozen is read afresh on each call", () => {
    const p = JSON.parse(JSON.stringify(nanjing2023)) as typeof nanjing2023;
    const seller = _unit({ roles: ["seller"], products: { cccCertificates: [{ number: CCC, product: "电动自行车" }] } });
    expect(dataEntryDeadlineWithReasons(seller, { policy: p })).toMatchObject({ dueOn: "2023-12-31", class: "priority" });
    (p.duties.dataEntry.general as { dueOn: string }).dueOn = "2023-06-30";
    expect(dataEntryDeadlineWithReasons(seller, { policy: p })).toMatchObject({ dueOn: "2023-06-30", class: "general" });
    (p.duties.dataEntry.priority as { dueOn: string }).dueOn = "2023-03-31";
    expect(dataEntryDeadlineWithReasons(seller, { policy: p })).toMatchObject({ dueOn: "2023-03-31", class: "priority" });
  });
});

describe("dataEntryOrder — 先重点后一般、先生产后流通", () => {
  it("priority before general even when the general deadline comes first", () => {
    const p = definePolicy(nanjing2023, { duties: { dataEntry: { general: { dueOn: "2023-06-30" } } } });
    const plain = _unit({ id: "plain" });
    const ccc = _unit({ id: "ccc", roles: ["seller"], products: { cccCertificates: [{ number: CCC, product: "电动自行车" }] } });
    expect(dataEntryOrder([plain, ccc], { policy: p }).map((u) => u.id)).toEqual(["ccc", "plain"]);
  });

  it("among priority units an earlier deadline first, then producers, then the input order", () => {
    const gasSeller = _unit({ id: "gasSeller", roles: ["seller"], products: { gasAppliance: true } });
    const cccSeller = _unit({ id: "cccSeller", roles: ["seller"], products: { cccCertificates: [{ number: CCC, product: "电动自行车" }] } });
    const licensed = _unit({ id: "licensed", products: { licences: [{ number: XK, product: "燃气灶具" }] } });
    const cccSeller2 = _unit({ id: "cccSeller2", roles: ["seller"], products: { cccCertificates: [{ number: CCC, product: "电动自行车" }] } });
    expect(dataEntryOrder([cccSeller, licensed, cccSeller2, gasSeller]).map((u) => u.id)).toEqual(["gasSeller", "licensed", "cccSeller", "cccSeller2"]);
  });

  it("a repeated id: the first unit with it only", () => {
    const first = _unit({ id: "same", roles: ["seller"] });
    const second = _unit({ id: "same", products: { gasAppliance: true } });
    const other = _unit({ id: "other", roles: ["seller"] });
    const out = dataEntryOrder([first, other, second]);
    expect(out).toHaveLength(2);
    expect(out[0]).toBe(first);
    expect(out[1]).toBe(other);
  });

  it("follows the policy", () => {
    const onlyDirector = definePolicy(nanjing2023, { duties: { dataEntry: { priority: { criteria: ["director"] } } } });
    const seller = _unit({ id: "s", roles: ["seller"] });
    const onsite = _unit({ id: "o", roles: ["seller"], inspections: [{ id: "i1", date: "2023-09-01", kind: "onsite" }] });
    expect(dataEntryOrder([seller, onsite]).map((u) => u.id)).toEqual(["o", "s"]);
    expect(dataEntryOrder([seller, onsite], { policy: onlyDirector }).map((u) => u.id)).toEqual(["s", "o"]);
  });
});

describe("data entry — more edges (issue 19, part 4)", () => {
  it("a licence issued on 2023-12-31 makes a licensed producer (the class, not only the date)", () => {
    const d = dataEntryDeadlineWithReasons(_unit({ products: { licences: [{ number: XK, product: "燃气灶具", issuedOn: "2023-12-31" }] } }));
    expect(d).toMatchObject({ dueOn: "2023-12-31", class: "licensed-producer" });
    expect(d.reasons[0]!.facts).toEqual([XK]);
  });

  it("dataEntryOrder refuses a missing unit with a typed error, not a crash", () => {
    expect(() => dataEntryOrder([_unit({ id: "a" }), undefined as never])).toThrow(UnitDataError);
  });
});
