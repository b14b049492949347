import { addDays } from "../../dates";
import type { ScopeDecision, StaffingRequirements, StaffingVacancy } from "../../duties";
import { _staffingVacancies } from "../../duties/staffing-vacancies";
import { _dutiesOf } from "../../duties/internal";
import { _reason } from "../../duties/reason";
import { labels, type Unit } from "../../entities";
import type { Policy } from "../../policy";
import type { ObligationOf } from "../types";
import { _obligation } from "./_make";

/**
 * Staffing (`staffing-officer`, `staffing-director`): every stretch in which a required
 * post had nobody in it ({@link staffingVacancies}) is an obligation due on its first day
 * plus the policy's `staffing.vacancy.graceDays` (0 by default, a reading: due at once),
 * done the day the next holder starts. Decided by `staffing.vacant.<role>`.
 *
 * @see 市场监管总局令第75号、第76号 第三条
 */
export function _staffingObligations(
  unit: Unit,
  policy: Policy,
  asOf: string,
  requirements: StaffingRequirements,
  scope: ScopeDecision,
): ObligationOf<"staffing-officer" | "staffing-director">[] {
  const duties = _dutiesOf(policy);
  const grace = duties.staffing.vacancy.graceDays;
  return _staffingVacancies(unit, { asOf, policy }, requirements, scope).map((v) => {
    const kind = v.role === "officer" ? "staffing-officer" : "staffing-director";
    const rule = v.role === "officer" ? "staffing.vacant.officer" : "staffing.vacant.director";
    const { zh, en } = _vacancyText(v, asOf);
    // The last holder (or the certificate that started the requirement), then the new holder.
    const facts: string[] = [];
    const first = v.lastHolderId ?? v.requiredSince.certificate;
    if (first !== undefined) facts.push(first);
    if (v.newHolderId !== undefined) facts.push(v.newHolderId);
    const reason = _reason(rule, duties.staffing.vacancy.citation, zh, en, facts, { start: v.start, end: v.end });
    const subject = v.lastHolderId === undefined ? { role: v.role, period: { start: v.start, end: v.end } } : { role: v.role, personId: v.lastHolderId, period: { start: v.start, end: v.end } };
    return _obligation(kind, "unit", addDays(v.start, grace), v.filledOn, asOf, [...v.requirement, reason], rule, subject);
  });
}

function _vacancyText(v: StaffingVacancy, asOf: string): { zh: string; en: string } {
  const roleZh = labels.personRole[v.role].zh;
  const roleEn = labels.personRole[v.role].en;
  const since = v.requiredSince;
  const basis =
    since.basis === "certificate"
      ? { zh: `自${since.certificate}发证之日（${since.date}）起应配备`, en: `required since ${since.certificate} was issued (${since.date})` }
      : since.basis === "effective"
        ? { zh: `自“两个规定”施行之日（${since.date}）起应配备`, en: `required since the orders took effect (${since.date})` }
        : {
            zh: `自“两个规定”施行之日（${since.date}）起计：数据未载明本单位何时开始须配备（无发证日期，或依强制性国家标准产品、规模判定）`,
            en: `counted from the orders' effective date (${since.date}): the data does not tell when the requirement began (no issue date, or a mandatory-standard / size reason)`,
          };
  if (v.lastHolderId !== undefined) {
    return {
      zh: `${roleZh}自${v.start}起空缺（前任${v.lastHolderId}离任）${v.filledOn === undefined ? "" : `，${v.filledOn}起补齐`}`,
      en: `The ${roleEn} post was vacant from ${v.start}${v.filledOn === undefined ? "" : ` until ${v.filledOn}`} (last holder ${v.lastHolderId})`,
    };
  }
  if (v.filledOn === undefined) {
    return { zh: `须配备${roleZh}；截至${asOf}无任职记录，${basis.zh}`, en: `A ${roleEn} is required; none recorded as of ${asOf}: ${basis.en}` };
  }
  return {
    zh: `须配备${roleZh}，${basis.zh}；首任${v.newHolderId ?? ""}于${v.filledOn}到任`,
    en: `A ${roleEn} is ${basis.en}; the first holder${v.newHolderId === undefined ? "" : ` (${v.newHolderId})`} started on ${v.filledOn}`,
  };
}
