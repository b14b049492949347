import { describe, expect, it } from "vitest";
import { UnitSchema, type UnitInput } from "../../entities";
import { definePolicy, nanjing2023 } from "../../policy";
import { obligations } from "../obligations";
import type { Obligation } from "../types";

const people = [
  { id: "boss", name: "王总", role: "principal" as const, from: "2020-01-01" },
  { id: "dir", name: "张总监", role: "director" as const, from: "2020-01-01" },
  { id: "off", name: "李安全员", role: "officer" as const, from: "2020-01-01" },
];
const unit = (vetoProposals: UnitInput["vetoProposals"]) =>
  UnitSchema.parse({ id: "u1", name: "测试单位", uscc: "91350100M000100Y43", roles: ["producer"], products: { mandatoryStandard: true }, people, vetoProposals });
const vetoes = (list: Obligation[]) => list.filter((o): o is Extract<Obligation, { kind: "veto-proposal" }> => o.kind === "veto-proposal");

// FACTS.md §1, Art. 4 [order]: "when the director or officer finds a defect that endangers safety,
// they propose stopping production (sale); the principal must analyse and act at once".
// Issue 15, 6: "veto proposals … date, person, decision date → an obligation due the same day".
describe("obligations — veto proposals (Orders 75/76 Art. 4)", () => {
  const proposal = { id: "V1", date: "2026-05-06", byPersonId: "dir", action: "stop-production" as const };

  it("due the day it is made; met when decided that day", () => {
    const [o] = vetoes(obligations(unit([{ ...proposal, decidedOn: "2026-05-06" }]), { asOf: "2026-05-20" }));
    expect(o).toMatchObject({
      kind: "veto-proposal",
      owedBy: "unit",
      dueOn: "2026-05-06",
      status: "met",
      doneOn: "2026-05-06",
      decidedBy: "veto-proposal.analysis",
      subject: { proposalId: "V1", action: "stop-production", byPersonId: "dir" },
    });
    expect(o!.reasons[0]!.citation).toMatchObject({ clause: "第四条", reading: true });
    expect(o!.reasons[0]!.message).toContain("质量安全总监张总监于2026-05-06提出停止生产的否决建议");
    expect(o!.reasons[0]!.facts).toEqual(["V1", "dir", "/vetoProposals/0"]);
  });

  it("late when decided the day after; open on its own day; overdue after it while undecided", () => {
    expect(vetoes(obligations(unit([{ ...proposal, decidedOn: "2026-05-07" }]), { asOf: "2026-05-20" }))[0]).toMatchObject({ status: "late", doneOn: "2026-05-07" });
    expect(vetoes(obligations(unit([proposal]), { asOf: "2026-05-06" }))[0]).toMatchObject({ status: "open" });
    expect(vetoes(obligations(unit([proposal]), { asOf: "2026-05-07" }))[0]).toMatchObject({ status: "overdue", dueOn: "2026-05-06" });
  });

  it("a proposal after the day asked is not seen; a decision after it is not known yet", () => {
    expect(vetoes(obligations(unit([proposal]), { asOf: "2026-05-05" }))).toEqual([]);
    expect(vetoes(obligations(unit([{ ...proposal, decidedOn: "2026-05-09" }]), { asOf: "2026-05-08" }))[0]).toMatchObject({ status: "overdue" });
  });

  it("the same-day reading is a parameter", () => {
    const p = definePolicy(nanjing2023, { duties: { vetoProposal: { days: 1 } } });
    expect(vetoes(obligations(unit([{ ...proposal, decidedOn: "2026-05-07" }]), { asOf: "2026-05-20", policy: p }))[0]).toMatchObject({ dueOn: "2026-05-07", status: "met" });
  });

  it("an officer's proposal to stop sale, routed to 执法协调处 (a reading of 附件1 三（七）)", () => {
    const [o] = vetoes(obligations(unit([{ id: "V2", date: "2026-06-01", byPersonId: "off", action: "stop-sale" }]), { asOf: "2026-06-01" }));
    expect(o!.reasons[0]!.message).toContain("质量安全员李安全员于2026-06-01提出停止销售的否决建议");
    expect(o!.department).toBe("enforcement-coordination");
  });
});
