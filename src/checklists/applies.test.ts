import { describe, expect, it } from "vitest";
import { UnitSchema, type UnitInput } from "../entities";
import { checklistItems, conditionHolds, getChecklistTemplate, inapplicableParts, itemApplies, unitFactHolds } from "./index";

const base: UnitInput = { id: "u1", name: "某电器有限公司", uscc: "91350100M000100Y43", roles: ["producer"] };
const unit = (products: UnitInput["products"] = {}, roles: UnitInput["roles"] = ["producer"]) => UnitSchema.parse({ ...base, roles, products });

const producer = getChecklistTemplate("producer-tasks");
const item = (id: string) => checklistItems(producer).find((i) => i.id === id)!;

describe("unitFactHolds / conditionHolds", () => {
  it("reads each fact from the unit data", () => {
    const u = unit({ licences: [{ number: "XK08-001-04763", product: "电线电缆" }], foodContact: true });
    expect(unitFactHolds("licence", u)).toBe(true);
    expect(unitFactHolds("ccc", u)).toBe(false);
    expect(unitFactHolds("foodContact", u)).toBe(true);
    expect(unitFactHolds("gasAppliance", u)).toBe(false);
    expect(unitFactHolds("producer", u)).toBe(true);
    expect(unitFactHolds("seller", u)).toBe(false);
  });

  it("anyOf needs one fact, allOf all of them, both when both are given; absent holds", () => {
    const u = unit({ cccCertificates: [{ number: "2016010901123456", product: "插头" }] });
    expect(conditionHolds(undefined, u)).toBe(true);
    expect(conditionHolds({ anyOf: ["licence", "ccc"] }, u)).toBe(true);
    expect(conditionHolds({ allOf: ["licence", "ccc"] }, u)).toBe(false);
    expect(conditionHolds({ anyOf: ["ccc"], allOf: ["foodContact"] }, u)).toBe(false);
    expect(conditionHolds({ anyOf: [] }, u)).toBe(false);
    expect(conditionHolds({ allOf: [] }, u)).toBe(true);
  });
});

describe("itemApplies", () => {
  const plain = unit({ mandatoryStandard: true });
  const licensed = unit({ licences: [{ number: "XK08-001-04763", product: "电线电缆" }] });
  const ccc = unit({ cccCertificates: [{ number: "2016010901123456", product: "插头" }] });

  it("3.1, 3.4 and 3.5 apply to licence or CCC holders only", () => {
    for (const id of ["3.1", "3.4", "3.5"]) {
      expect(itemApplies(item(id), plain), id).toBe(false);
      expect(itemApplies(item(id), licensed), id).toBe(true);
      expect(itemApplies(item(id), ccc), id).toBe(true);
    }
  });

  it("3.2 and 3.3 apply to every producer (the data cannot rule them out)", () => {
    expect(itemApplies(item("3.2"), plain)).toBe(true);
    expect(itemApplies(item("3.3"), plain)).toBe(true);
  });

  it("items without a condition apply to everyone", () => {
    for (const i of checklistItems(getChecklistTemplate("seller-tasks"))) expect(itemApplies(i, unit({}, ["seller"]))).toBe(true);
  });
});

describe("inapplicableParts", () => {
  it("the food-contact words of 1.6 and 4.1 do not apply without food-contact products", () => {
    expect(inapplicableParts(item("1.6"), unit()).map((p) => p.text)).toEqual(["生产全过程控制体系（食品相关产品）制度"]);
    expect(inapplicableParts(item("4.1"), unit()).map((p) => p.text)).toEqual(["生产全过程控制（食品相关产品）"]);
    expect(inapplicableParts(item("1.6"), unit({ foodContact: true }))).toEqual([]);
    expect(itemApplies(item("1.6"), unit())).toBe(true);
  });
});
