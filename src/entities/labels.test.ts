import { describe, expect, it } from "vitest";
import {
  DUTY_DOCUMENT_KINDS,
  INSPECTION_KINDS,
  labels,
  MECHANISM_RECORD_KINDS,
  PERSON_ROLES,
  PRODUCT_CATEGORIES,
  RISK_CONTROL_POINT_KINDS,
  RISK_EVENT_KINDS,
  RISK_SEVERITIES,
  SUPERVISION_LEVELS,
  TRAINING_KINDS,
  UNIT_LAYERS,
  UNIT_ROLES,
  UNIT_SIZES,
  VETO_ACTIONS,
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
  productCategory: PRODUCT_CATEGORIES,
  trainingKind: TRAINING_KINDS,
  dutyDocumentKind: DUTY_DOCUMENT_KINDS,
  vetoAction: VETO_ACTIONS,
  riskControlPointKind: RISK_CONTROL_POINT_KINDS,
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

  // 二（三）: 制修完善《主要负责人质量安全职责》《质量安全总监职责》《质量安全员守则》等.
  it("names the job-duty documents as plan 二（三） titles them", () => {
    expect(labels.dutyDocumentKind["principal-duties"].zh).toBe("《主要负责人质量安全职责》");
    expect(labels.dutyDocumentKind["director-duties"].zh).toBe("《质量安全总监职责》");
    expect(labels.dutyDocumentKind["officer-code"].zh).toBe("《质量安全员守则》");
  });

  // 附件3 3.3: 对进货价格明显低于市场正常价格等异常情况或产品难以追溯到源头的，是否列入风险清单.
  it("names the two situations of seller item 3.3 in the item's words", () => {
    expect(labels.riskControlPointKind["abnormal-price"].zh).toBe("进货价格明显低于市场正常价格等异常情况");
    expect(labels.riskControlPointKind.untraceable.zh).toBe("产品难以追溯到源头");
  });

  // Orders 75/76 Art. 2: 实施工业产品生产许可、强制性产品认证管理，以及涉及人身健康和生命财产安全并有强制性国家标准要求的产品.
  it("names the three product regimes of Art. 2", () => {
    expect(labels.productCategory["mandatory-standard"].zh).toBe("涉及人身健康和生命财产安全并有强制性国家标准要求的产品");
    expect(labels.productCategory.licence.zh).toContain("工业产品生产许可");
    expect(labels.productCategory.ccc.zh).toContain("强制性产品认证");
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
