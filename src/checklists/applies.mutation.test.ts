/**
 * Mutation tests of applies.ts (issue 19, part 4): each unit fact read from the unit data as
 * types.ts documents it (UnitFact), `anyOf` / `allOf` as AppliesWhen documents it, and the
 * conditional items and parts of 附件2 / 附件3 as the plan prints them.
 */
import { describe, expect, it } from "vitest";
import { UnitSchema, type UnitInput } from "../entities";
import { checklistItems, conditionHolds, getChecklistTemplate, inapplicableParts, itemApplies, unitFactHolds, type ChecklistUnitFacts } from "./index";
import { UNIT_FACTS, type ChecklistItem, type UnitFact } from "./types";

const unit = (products: UnitInput["products"] = {}, roles: UnitInput["roles"] = ["producer"]) =>
  UnitSchema.parse({ id: "u1", name: "某电器有限公司", uscc: "91350100M000100Y43", roles, products });

const LICENCE = { number: "XK08-001-04763", product: "电线电缆" };
const CCC = { number: "2016010901123456", product: "插头插座" };

/** The facts that hold for a unit, in UNIT_FACTS order. */
const holding = (u: ChecklistUnitFacts) => UNIT_FACTS.filter((f) => unitFactHolds(f, u));

describe("unitFactHolds — each fact read from its own field (types.ts UnitFact)", () => {
  it("a producer with no products on record holds only 'producer'", () => {
    expect(holding(unit())).toEqual(["producer"]);
    expect(holding(unit({}, ["seller"]))).toEqual(["seller"]);
    expect(holding(unit({}, ["producer", "seller"]))).toEqual(["producer", "seller"]);
  });

  it("licence: at least one production licence on record (one is enough, none is not)", () => {
    expect(holding(unit({ licences: [LICENCE] }))).toEqual(["licence", "producer"]);
    expect(holding(unit({ licences: [LICENCE, { number: "XK08-001-04764", product: "插座" }] }))).toEqual(["licence", "producer"]);
    expect(unitFactHolds("licence", unit({ licences: [] }))).toBe(false);
  });

  it("ccc: at least one CCC certificate on record", () => {
    expect(holding(unit({ cccCertificates: [CCC] }))).toEqual(["ccc", "producer"]);
    expect(unitFactHolds("ccc", unit({ cccCertificates: [] }))).toBe(false);
  });

  it("foodContact, gasAppliance and mandatoryStandard: their flags, each on its own", () => {
    expect(holding(unit({ foodContact: true }))).toEqual(["foodContact", "producer"]);
    expect(holding(unit({ gasAppliance: true }))).toEqual(["gasAppliance", "producer"]);
    expect(holding(unit({ mandatoryStandard: true }))).toEqual(["mandatoryStandard", "producer"]);
    expect(holding(unit({ foodContact: false, gasAppliance: false, mandatoryStandard: false }))).toEqual(["producer"]);
  });

  it("every fact at once", () => {
    const all = unit({ licences: [LICENCE], cccCertificates: [CCC], foodContact: true, gasAppliance: true, mandatoryStandard: true }, ["producer", "seller"]);
    expect(holding(all)).toEqual([...UNIT_FACTS]);
  });

  it("sparse data that was not parsed (no products, or products without lists) reads as 'not on record', never a crash", () => {
    const bare = { roles: ["seller"] } as unknown as ChecklistUnitFacts;
    expect(holding(bare)).toEqual(["seller"]);
    const empty = { roles: ["producer"], products: {} } as unknown as ChecklistUnitFacts;
    expect(holding(empty)).toEqual(["producer"]);
    // A flag that is not literally true does not hold.
    const truthy = { roles: ["producer"], products: { foodContact: "yes", gasAppliance: 1, mandatoryStandard: {} } } as unknown as ChecklistUnitFacts;
    expect(holding(truthy)).toEqual(["producer"]);
  });
});

describe("unitFactHolds — a fact the library does not know", () => {
  // A hand-made template from JavaScript may carry a typo ("license"): the data cannot show such a
  // fact, so it does not hold — a boolean false, as documented, not the fact's name (a truthy
  // string that made every condition naming it hold).
  it("is false, and a condition naming it holds only through its other facts", () => {
    const u = unit({ licences: [LICENCE] });
    expect(unitFactHolds("license" as UnitFact, u)).toBe(false);
    expect(conditionHolds({ anyOf: ["license" as UnitFact] }, u)).toBe(false);
    expect(conditionHolds({ allOf: ["licence", "license" as UnitFact] }, u)).toBe(false);
    expect(conditionHolds({ anyOf: ["license" as UnitFact, "licence"] }, u)).toBe(true);
  });
});

describe("conditionHolds — anyOf needs one listed fact, allOf every one, both when both are given", () => {
  const licensed = unit({ licences: [LICENCE], foodContact: true });
  const cases: [string, { anyOf?: UnitFact[]; allOf?: UnitFact[] } | undefined, boolean][] = [
    ["absent", undefined, true],
    ["empty condition", {}, true],
    ["anyOf: the first of two holds", { anyOf: ["licence", "ccc"] }, true],
    ["anyOf: the last of two holds", { anyOf: ["ccc", "licence"] }, true],
    ["anyOf: none holds", { anyOf: ["ccc", "gasAppliance"] }, false],
    ["anyOf: empty", { anyOf: [] }, false],
    ["allOf: all hold", { allOf: ["licence", "foodContact", "producer"] }, true],
    ["allOf: the last fails", { allOf: ["licence", "foodContact", "seller"] }, false],
    ["allOf: the first fails", { allOf: ["ccc", "licence"] }, false],
    ["allOf: empty", { allOf: [] }, true],
    ["both hold", { anyOf: ["ccc", "licence"], allOf: ["foodContact"] }, true],
    ["anyOf fails, allOf holds", { anyOf: ["ccc"], allOf: ["foodContact"] }, false],
    ["anyOf holds, allOf fails", { anyOf: ["licence"], allOf: ["gasAppliance"] }, false],
    ["neither holds", { anyOf: ["ccc"], allOf: ["gasAppliance"] }, false],
  ];
  for (const [name, condition, expected] of cases) {
    it(`${name} → ${expected}`, () => expect(conditionHolds(condition, licensed)).toBe(expected));
  }
});

const producer = getChecklistTemplate("producer-tasks");
const seller = getChecklistTemplate("seller-tasks");
const byId = (items: ChecklistItem[], id: string) => items.find((i) => i.id === id)!;

describe("itemApplies — the items of 附件2 / 附件3 the data can rule out", () => {
  const items = checklistItems(producer);
  it("附件2 3.1 (生产许可、强制性产品认证证书), 3.4 and 3.5 apply to licence or CCC holders; the rest to every producer", () => {
    const plain = unit({ mandatoryStandard: true, foodContact: true, gasAppliance: true });
    expect(items.filter((i) => !itemApplies(i, plain)).map((i) => i.id)).toEqual(["3.1", "3.4", "3.5"]);
    expect(items.filter((i) => !itemApplies(i, unit({ licences: [LICENCE] }))).map((i) => i.id)).toEqual([]);
    expect(items.filter((i) => !itemApplies(i, unit({ cccCertificates: [CCC] }))).map((i) => i.id)).toEqual([]);
  });

  it("an item reads its own condition: a hand-made item with allOf foodContact", () => {
    const item: ChecklistItem = { id: "9.1", text: "食品相关产品", appliesWhen: { allOf: ["foodContact"] } };
    expect(itemApplies(item, unit({ foodContact: true }))).toBe(true);
    expect(itemApplies(item, unit())).toBe(false);
    expect(itemApplies({ id: "9.2", text: "任何单位" }, unit())).toBe(true);
  });

  it("every item of 附件3 applies to a seller with no products on record", () => {
    expect(checklistItems(seller).filter((i) => !itemApplies(i, unit({}, ["seller"])))).toEqual([]);
  });
});

describe("inapplicableParts — the words of an item that do not apply to the unit", () => {
  const items = checklistItems(producer);
  it("附件2 1.6: “生产全过程控制体系（食品相关产品）制度” only for food-contact producers; 4.1: “生产全过程控制（食品相关产品）”", () => {
    const plain = unit({ licences: [LICENCE] });
    const all = items.flatMap((i) => inapplicableParts(i, plain).map((p) => `${i.id} ${p.text}`));
    expect(all).toEqual(["1.6 生产全过程控制体系（食品相关产品）制度", "4.1 生产全过程控制（食品相关产品）"]);
    expect(items.flatMap((i) => inapplicableParts(i, unit({ foodContact: true })))).toEqual([]);
  });

  it("keeps the parts whose condition fails and drops those that hold, in order; an item without parts has none", () => {
    const item: ChecklistItem = {
      id: "9.1",
      text: "甲乙丙",
      parts: [
        { text: "甲", appliesWhen: { allOf: ["gasAppliance"] } },
        { text: "乙", appliesWhen: { anyOf: ["licence"] } },
        { text: "丙", appliesWhen: { allOf: ["ccc"] } },
      ],
    };
    expect(inapplicableParts(item, unit({ licences: [LICENCE] })).map((p) => p.text)).toEqual(["甲", "丙"]);
    expect(inapplicableParts(item, unit({ licences: [LICENCE], cccCertificates: [CCC], gasAppliance: true }))).toEqual([]);
    expect(inapplicableParts({ id: "9.2", text: "无" }, unit())).toEqual([]);
    expect(byId(items, "1.1").parts).toBeUndefined();
    expect(inapplicableParts(byId(items, "1.1"), unit())).toEqual([]);
  });
});
