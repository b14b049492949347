import { addDays, toDayNumber, type IsoDate } from "../../dates";
import { _dutiesOf } from "../../duties/internal";
import { _reason } from "../../duties/reason";
import { labels, type Unit } from "../../entities";
import type { Policy } from "../../policy";
import type { ObligationOf, VetoProposalSubject } from "../types";
import { _obligation } from "./_make";

/**
 * Veto proposals (`veto-proposal`): each proposal to stop production or sale made on or
 * before `asOf` by a director or officer (Orders 75/76 Art. 4) is the principal's to
 * analyse and decide, due `vetoProposal.days` after it (0 by default: the same day, a
 * reading of "at once"), done on `decidedOn`. Owed by the unit. Decided by
 * `veto-proposal.analysis`.
 *
 * @see 市场监管总局令第75号、第76号 第四条
 */
export function _vetoProposalObligations(unit: Unit, policy: Policy, asOf: IsoDate): ObligationOf<"veto-proposal">[] {
  const params = _dutiesOf(policy).vetoProposal;
  const day = toDayNumber(asOf);
  // Stryker disable next-line ArrayDeclaration: a parsed unit always has its vetoProposals list (UnitSchema default), and obligations() refuses an unparsed one
  const proposals = unit.vetoProposals ?? [];
  if (proposals.length === 0) return [];
  const people = new Map((unit.people ?? []).map((p) => [p.id, p]));
  const out: ObligationOf<"veto-proposal">[] = [];
  proposals.forEach((v, index) => {
    if (toDayNumber(v.date) > day) return;
    const dueOn = addDays(v.date, params.days);
    const person = people.get(v.byPersonId);
    const whoZh = person === undefined ? v.byPersonId : `${labels.personRole[person.role].zh}${person.name}`;
    const whoEn = person === undefined ? v.byPersonId : `${labels.personRole[person.role].en} ${person.name}`;
    const action = labels.vetoAction[v.action];
    // A decision dated after asOf is not yet known (facts dated after asOf are ignored).
    const decidedOn = v.decidedOn !== undefined && toDayNumber(v.decidedOn) <= day ? v.decidedOn : undefined;
    const reason = _reason(
      "veto-proposal.analysis",
      params.citation,
      `${whoZh}于${v.date}提出${action.zh}的否决建议，主要负责人应立即分析研判并处置（${dueOn}前）${decidedOn === undefined ? "" : `；${decidedOn}已研判处置`}`,
      `${whoEn} proposed to ${action.en} on ${v.date}: the principal analyses it and decides at once (by ${dueOn})${decidedOn === undefined ? "" : `; decided on ${decidedOn}`}`,
      [v.id, v.byPersonId, `/vetoProposals/${index}`],
    );
    const subject: VetoProposalSubject = { proposalId: v.id, action: v.action, byPersonId: v.byPersonId };
    out.push(_obligation("veto-proposal", "unit", dueOn, decidedOn, asOf, [reason], reason.rule, subject));
  });
  return out;
}
