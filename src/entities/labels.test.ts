import { describe, expect, it } from "vitest";
import {
  INSPECTION_KINDS,
  labels,
  MECHANISM_RECORD_KINDS,
  PERSON_ROLES,
  RISK_EVENT_KINDS,
  RISK_SEVERITIES,
  SUPERVISION_LEVELS,
  UNIT_LAYERS,
  UNIT_ROLES,
  UNIT_SIZES,
} from "./index";

const enums = {
  unitRole: UNIT_ROLES,
  unitSize: UNIT_SIZES,
  unitLayer: UNIT_LAYERS,
  personRole: PERSON_ROLES,
  riskSeverity: RISK_SEVERITIES,
  riskEventKind: RISK_EVENT_KINDS,
  inspectionKind: INSPECTION_KINDS,
  mechanismRecordKind: MECHANISM_RECORD_KINDS,
  supervisionLevel: SUPERVISION_LEVELS,
} as const;

describe("labels", () => {
  it.each(Object.entries(enums))("has a zh and an en label for every %s value, and no others", (name, values) => {
    const table = labels[name as keyof typeof labels] as Record<string, { zh: string; en: string }>;
    expect(Object.keys(table).sort()).toEqual([...values].sort());
    for (const v of values) {
      expect(table[v]!.zh.length).toBeGreaterThan(0);
      expect(table[v]!.en.length).toBeGreaterThan(0);
    }
  });

  // The Chinese terms of plan 二（七） and Orders 75/76 Art. 3.
  it("uses the plan's own terms", () => {
    expect(labels.supervisionLevel.routine.zh).toBe("日常监管");
    expect(labels.supervisionLevel.trigger.zh).toBe("触发式监管");
    expect(labels.supervisionLevel.key.zh).toBe("重点监管");
    expect(labels.supervisionLevel.special.zh).toBe("特别监管");
    expect(labels.riskSeverity.major.zh).toBe("重大");
    expect(labels.riskSeverity.significant.zh).toBe("较大");
    expect(labels.personRole.director.zh).toBe("质量安全总监");
    expect(labels.personRole.officer.zh).toBe("质量安全员");
    expect(labels.personRole.principal.zh).toBe("主要负责人");
  });

  it("gives every entry of every table a zh and an en label", () => {
    for (const table of Object.values(labels) as Record<string, { zh: unknown; en: unknown }>[]) {
      for (const label of Object.values(table)) {
        expect(typeof label.zh === "string" && label.zh.length > 0).toBe(true);
        expect(typeof label.en === "string" && label.en.length > 0).toBe(true);
      }
    }
  });

  it("is frozen", () => {
    expect(Object.isFrozen(labels)).toBe(true);
    expect(Object.isFrozen(labels.supervisionLevel)).toBe(true);
    expect(Object.isFrozen(labels.supervisionLevel.key)).toBe(true);
  });
});
