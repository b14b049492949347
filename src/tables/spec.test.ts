import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { labels, UnitSchema } from "../entities";
import { objectShape, _SHEET_ENTRIES } from "./spec";
import { workbookSpec } from "./index";

/** Every list of the data model (an array field of the unit, or of its products). */
function modelLists(): string[] {
  const unit = objectShape(UnitSchema as unknown as z.ZodType)!;
  const lists: string[] = [];
  const walk = (shape: Record<string, z.ZodType>, prefix: string) => {
    for (const [key, s] of Object.entries(shape)) {
      let def = (s as unknown as { _zod: { def: { type: string; innerType?: unknown } } })._zod.def;
      while ((def.type === "default" || def.type === "optional") && def.innerType) def = (def.innerType as { _zod: { def: typeof def } })._zod.def;
      if (def.type === "array" && objectShape(s)) lists.push(prefix + key);
      else if (def.type === "object") walk(objectShape(s)!, `${prefix}${key}.`);
    }
  };
  walk(unit, "");
  return lists;
}

/** The leaf fields of an object shape (nested objects as dotted paths, lists left out). */
function leafFields(shape: Record<string, z.ZodType>, prefix = ""): string[] {
  const out: string[] = [];
  for (const [key, s] of Object.entries(shape)) {
    let def = (s as unknown as { _zod: { def: { type: string; innerType?: unknown; element?: unknown } } })._zod.def;
    while ((def.type === "default" || def.type === "optional") && def.innerType) def = (def.innerType as { _zod: { def: typeof def } })._zod.def;
    if (def.type === "array" && objectShape(s)) continue; // a list: its own sheet
    if (def.type === "object") out.push(...leafFields(objectShape(s)!, `${prefix}${key}.`));
    else out.push(prefix + key);
  }
  return out;
}

describe("workbookSpec", () => {
  const spec = workbookSpec();

  it("has the sheets issue 16 names, in order, then the data set's row", () => {
    const names = spec.sheets.map((s) => s.name);
    expect(names.slice(0, 9)).toEqual(["单位", "证照", "人员", "考核", "风险事件", "缺陷", "监管责任人", "检查", "日管控周排查月调度"]);
    expect(names[names.length - 1]).toBe("数据集");
  });

  it("has a sheet for every list of the data model (a new list fails here until it is one entry in _SHEET_ENTRIES)", () => {
    const covered = new Set(spec.sheets.flatMap((s) => s.lists));
    for (const list of modelLists()) expect(covered, `list ${list} has no sheet`).toContain(list);
  });

  it("has a column for every field of every list's items and of the unit (a new field fails here)", () => {
    const unitShape = objectShape(UnitSchema as unknown as z.ZodType)!;
    for (const sheet of spec.sheets) {
      if (sheet.lists[0] === "dataset") continue;
      const fields = new Set(sheet.columns.map((c) => c.field));
      for (const list of sheet.lists) {
        let shape = unitShape;
        if (list !== "units") for (const k of list.split(".")) shape = objectShape(shape[k])!;
        for (const f of leafFields(shape)) expect(fields, `${sheet.name} has no column for ${list} field ${f}`).toContain(f);
      }
    }
  });

  it("includes trainings exactly when the model has them (issue 15 point 3)", () => {
    const has = "trainings" in objectShape(UnitSchema as unknown as z.ZodType)!;
    expect(spec.sheets.some((s) => s.name === "培训考核")).toBe(has);
    expect(_SHEET_ENTRIES.some((e) => e.requiresList === "trainings")).toBe(true);
  });

  it("labels every enumeration value as labels.ts does (风险等级 重大/较大/一般, 主体角色 生产单位/销售单位)", () => {
    expect(spec.enumerations.riskSeverity!.dropdown).toEqual(["重大", "较大", "一般"]);
    expect(spec.enumerations.unitRole!.dropdown).toEqual(["生产单位", "销售单位", "生产单位、销售单位"]);
    for (const [id, table] of [
      ["personRole", labels.personRole],
      ["riskEventKind", labels.riskEventKind],
      ["inspectionKind", labels.inspectionKind],
      ["unitSize", labels.unitSize],
    ] as const) {
      const e = spec.enumerations[id]!;
      expect(e.values.map((v) => v.value).sort()).toEqual(Object.keys(table).sort());
      for (const v of e.values) expect([v.label, ...v.aliases]).toContain((table as Readonly<Record<string, { zh: string }>>)[v.value]!.zh);
    }
  });

  it("keeps every dropdown within Excel's 255-character inline list", () => {
    for (const e of Object.values(spec.enumerations)) expect(e.dropdown.join(",").length).toBeLessThanOrEqual(255);
  });

  it("gives dates the date format and ids the text format, and every column a meaning", () => {
    for (const s of spec.sheets) {
      for (const c of s.columns) {
        if (c.kind === "date") expect(c.format).toBe("yyyy-mm-dd");
        if (c.kind === "id") expect(c.format).toBe("@");
        expect(c.note.length).toBeGreaterThan(0);
      }
    }
  });

  it("is frozen and the same object every time", () => {
    expect(workbookSpec()).toBe(spec);
    expect(Object.isFrozen(spec.sheets[0]!.columns[0])).toBe(true);
  });
});
