import { describe, expect, it } from "vitest";
import { dutiesReadingCitations, nanjing2023 } from "../../policy";
import { _boss, _dir, _of, _off, _unit } from "../_fixture";
import { obligations } from "../obligations";

// Orders 75/76 Art. 4 (FACTS.md §1): the director or officer proposes stopping production
// (sale); the principal analyses and acts at once — due the same day (vetoProposal.days 0, a
// reading), done on decidedOn. labels.vetoAction: 停止生产 / stop production, 停止销售 / stop sale.
const vetoes = (proposal: { id: string; date: string; byPersonId: string; action: "stop-production" | "stop-sale"; decidedOn?: string }, asOf: string) =>
  _of(obligations(_unit({ people: [_boss, _off, _dir], vetoProposals: [proposal] }), { asOf }), "veto-proposal");

describe("veto proposal — the reason in both languages", () => {
  it("undecided: who proposed what, by when", () => {
    const [o] = vetoes({ id: "V1", date: "2026-05-06", byPersonId: "dir", action: "stop-production" }, "2026-05-06");
    expect(o).toMatchObject({ owedBy: "unit", dueOn: "2026-05-06", status: "open", decidedBy: "veto-proposal.analysis" });
    expect(o).not.toHaveProperty("doneOn");
    expect(o!.reasons).toStrictEqual([
      {
        rule: "veto-proposal.analysis",
        facts: ["V1", "dir", "/vetoProposals/0"],
        citation: nanjing2023.duties.vetoProposal.citation,
        message: "质量安全总监张总监于2026-05-06提出停止生产的否决建议，主要负责人应立即分析研判并处置（2026-05-06前）",
        messageEn: "quality-safety director 张总监 proposed to stop production on 2026-05-06: the principal analyses it and decides at once (by 2026-05-06)",
      },
    ]);
    expect(o!.reasons[0]!.citation).toBe(dutiesReadingCitations.vetoProposal);
  });

  it("decided: the reason says when", () => {
    const [o] = vetoes({ id: "V2", date: "2026-06-01", byPersonId: "off", action: "stop-sale", decidedOn: "2026-06-02" }, "2026-06-10");
    expect(o).toMatchObject({ dueOn: "2026-06-01", status: "late", doneOn: "2026-06-02" });
    expect(o!.reasons[0]!.message).toBe("质量安全员李安全员于2026-06-01提出停止销售的否决建议，主要负责人应立即分析研判并处置（2026-06-01前）；2026-06-02已研判处置");
    expect(o!.reasons[0]!.messageEn).toBe("quality-safety officer 李安全员 proposed to stop sale on 2026-06-01: the principal analyses it and decides at once (by 2026-06-01); decided on 2026-06-02");
  });
});

describe("veto proposal — a decision dated after asOf is not yet known", () => {
  // obligations(): "facts dated after it are ignored" — judged as of 2026-06-05, a decision
  // of 2026-06-09 has not happened: overdue, no doneOn, and the reason does not tell it.
  it("is overdue and its reason says nothing of the later decision", () => {
    const [o] = vetoes({ id: "V3", date: "2026-06-01", byPersonId: "off", action: "stop-sale", decidedOn: "2026-06-09" }, "2026-06-05");
    expect(o).toMatchObject({ dueOn: "2026-06-01", status: "overdue" });
    expect(o).not.toHaveProperty("doneOn");
    expect(o!.reasons[0]!.message).toBe("质量安全员李安全员于2026-06-01提出停止销售的否决建议，主要负责人应立即分析研判并处置（2026-06-01前）");
    expect(o!.reasons[0]!.messageEn).toBe("quality-safety officer 李安全员 proposed to stop sale on 2026-06-01: the principal analyses it and decides at once (by 2026-06-01)");
    const [onTheDay] = vetoes({ id: "V4", date: "2026-06-01", byPersonId: "off", action: "stop-sale", decidedOn: "2026-06-05" }, "2026-06-05");
    expect(onTheDay!.reasons[0]!.message.endsWith("；2026-06-05已研判处置")).toBe(true);
  });
});
