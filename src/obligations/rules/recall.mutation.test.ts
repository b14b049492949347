import { describe, expect, it } from "vitest";
import { definePolicy, nanjing2023 } from "../../policy";
import { _of, _unit } from "../_fixture";
import { obligations } from "../obligations";

// Plan 二（七）: "经确认产品存在缺陷的，督促生产单位按照国家有关规定进行召回". Producers recall
// (supervision.recall.roles); the plan gives no period: due on the day the defect is confirmed
// (duties.recall.days 0, a reading), done on recallStartedOn.
const recalls = (over: Parameters<typeof _unit>[0], asOf: string, policy = nanjing2023) => _of(obligations(_unit(over), { asOf, policy }), "recall");

describe("recall — the obligation and its reason (plan 二（七）)", () => {
  it("the unit's, due on confirmation, the defect its fact", () => {
    const [o, ...rest] = recalls({ defects: [{ id: "d1", confirmedOn: "2026-03-02" }] }, "2026-03-02");
    expect(rest).toEqual([]);
    expect(o).toMatchObject({ kind: "recall", owedBy: "unit", dueOn: "2026-03-02", status: "open", decidedBy: "recall.defect" });
    expect(o!.subject).toStrictEqual({ defectId: "d1" });
    expect(o!.reasons).toStrictEqual([
      {
        rule: "recall.defect",
        facts: ["d1"],
        citation: nanjing2023.duties.recall.citation,
        message: "缺陷d1于2026-03-02确认，生产单位应按照国家有关规定召回（2026-03-02前启动）",
        messageEn: "Defect d1 confirmed on 2026-03-02: the producer recalls under national rules (start by 2026-03-02)",
      },
    ]);
  });

  it("a defect confirmed after the day asked is not seen yet", () => {
    expect(recalls({ defects: [{ id: "d1", confirmedOn: "2026-03-03" }] }, "2026-03-02")).toEqual([]);
  });

  it("a unit that both makes and sells recalls as a producer; a seller alone does not", () => {
    const defects = [{ id: "d1", confirmedOn: "2026-03-02" }];
    expect(recalls({ roles: ["producer", "seller"], defects }, "2026-03-05").map((o) => [o.dueOn, o.status])).toEqual([["2026-03-02", "overdue"]]);
    expect(recalls({ roles: ["seller", "producer"], defects }, "2026-03-05")).toHaveLength(1);
    expect(recalls({ roles: ["seller"], defects }, "2026-03-05")).toEqual([]);
  });

  it("the period is a parameter: 10 days after 2026-03-02 is 2026-03-12", () => {
    const p = definePolicy(nanjing2023, { id: "recall-10", duties: { recall: { days: 10 } } });
    const [o] = recalls({ defects: [{ id: "d1", confirmedOn: "2026-03-02", recallStartedOn: "2026-03-12" }] }, "2026-03-20", p);
    expect(o).toMatchObject({ dueOn: "2026-03-12", status: "met", doneOn: "2026-03-12" });
    expect(o!.reasons[0]!.message).toBe("缺陷d1于2026-03-02确认，生产单位应按照国家有关规定召回（2026-03-12前启动）");
  });
});
