import type { WorkCalendar } from "../calendar";
import { addDays, compareDates, monthOf, toDayNumber, type IsoDate } from "../dates";
import { isInScope, mechanismGaps, staffingRequirements } from "../duties";
import { labels, type Person, type Unit } from "../entities";
import { nanjing2023, type Policy } from "../policy";
import { inapplicableParts, itemApplies } from "./applies";
import { checklistItems } from "./checklist-templates";
import { ChecklistMismatchError } from "./errors";
import type { ChecklistAnswer, ChecklistResponse } from "./response";
import type { ChecklistItem, ChecklistTemplate } from "./types";

/**
 * Options of {@link prefillChecklist}.
 *
 * @see 宁市监质监〔2023〕146号 附件2/3
 */
export interface PrefillChecklistOptions {
  /** 检查日 — the day the checklist is filled in; people in post, certificates and assessments are read as of this day. */
  asOf: IsoDate;
  /** The policy (default `nanjing2023`): scope, staffing and mechanism parameters. */
  policy?: Policy;
  /** The working-day calendar for the daily records (default: the duties module's, the official China calendar). */
  calendar?: WorkCalendar;
  /**
   * 检查期间 — the dates whose daily / weekly / monthly records items 2.1–2.3 check, both
   * inclusive. Default: the whole calendar month before the month of `asOf` (a closed month,
   * so its monthly minutes are due and its weeks are mostly inside it).
   */
  period?: {
    /** 起始日 — the first day checked, inclusive. */
    from: IsoDate;
    /** 截止日 — the last day checked, inclusive. */
    to: IsoDate;
  };
  /** 填表单位及填表人 */
  filledBy?: string;
  /** 责任部门 — default: the department of the unit's newest responsible-official assignment. */
  department?: string;
  /** 联系人及联系方式 — default: the name and phone of a director, officer or principal in post who has a phone. */
  contact?: string;
}

/**
 * An item left for the inspector, and why the data could not answer it.
 *
 * @see 宁市监质监〔2023〕146号 附件2/3
 */
export interface UnansweredItem {
  /** 序号 */
  itemId: string;
  /** 原因 (Chinese). */
  reason: string;
}

/**
 * The result of {@link prefillChecklist}: a response holding only the answers the data
 * supports (each with its evidence), the items left for the inspector, and the period
 * looked at.
 *
 * @see 宁市监质监〔2023〕146号 附件2/3
 */
export interface PrefilledChecklist {
  /** The response to complete: `filledOn` is `asOf`; every answer carries `evidence`. */
  response: ChecklistResponse;
  /** The items not answered, in printed order, each with the reason. */
  unanswered: UnansweredItem[];
  /** 检查日 */
  asOf: IsoDate;
  /** 检查期间 of items 2.1–2.3, both inclusive. */
  period: {
    /** 起始日 — `options.period.from`, or the 1st of the month before `asOf`; inclusive. */
    start: IsoDate;
    /** 截止日 — `options.period.to`, or the last day of the month before `asOf`; inclusive. */
    end: IsoDate;
  };
  /** The policy used (`options.policy`, default `nanjing2023`): its `{ id, version }`. */
  policy: {
    /** The policy's `id`, e.g. `"nanjing2023"`. */
    id: string;
    /** The policy's `version`, e.g. `"1.0.0"`. */
    version: string;
  };
  /** The template filled: its `{ id, version }`. */
  template: {
    /** 模板 — `"producer-tasks"` (附件2) or `"seller-tasks"` (附件3). */
    id: string;
    /** 模板版本 — the template's version (the response's `templateVersion`). */
    version: string;
  };
}

const PLAN = "宁市监质监〔2023〕146号";
const SCOPE_QUOTE = "工业产品生产许可、强制性产品认证管理、涉及人身健康和生命财产安全并有强制性国家标准要求的产品生产和销售单位“日管控、周排查、月调度”机制有效运行。";
const STAFFING_QUOTE = "各单位要督促工业产品生产和销售单位依法配备与单位规模、产品类别、风险等级相适应的质量安全总监和质量安全员。";
const MECHANISM_QUOTE = "形成《每日工业产品质量安全检查记录》《每周工业产品质量安全排查治理报告》和《每月工业产品质量安全调度会议纪要》";
const ASSESSMENT_QUOTE = "对工业产品生产和销售单位质量安全总监、质量安全员进行监督抽查考核，并公布考核结果；对监督抽查考核不合格的，要督促指导生产和销售单位采取措施进行整改。";
/** CCC certificate states that mean it is not valid (Chinese and English spellings). */
const CCC_INVALID_STATUS = /暂停|撤销|注销|失效|suspend|withdraw|revok|cancel|invalid|expired/i;

/**
 * Prefills a unit's checklist (附件2 or 附件3) from its data, answering only what the data
 * can answer and saying why; every other item stays unanswered for the inspector.
 *
 * What the data answers (each answer carries `evidence: { rule, facts, detail, window?,
 * citation }`):
 * - items the unit's products rule out (`appliesWhen`, e.g. 3.1/3.4/3.5 for a producer
 *   with no licence or CCC certificate) → 不适用 (`prefill.applies-when`);
 * - 1.2 (staffing) from the directors and officers in post on `asOf` against
 *   `staffingRequirements` (../duties): a required post unfilled → ✗, else ✓
 *   (`prefill.staffing`);
 * - 2.1 / 2.2 / 2.3 from `mechanismGaps` (../duties) over `period` (default the calendar
 *   month before `asOf`): a missing daily record, weekly report or monthly minutes, or
 *   one made by the wrong role → ✗, none → ✓, a period wholly before the orders took
 *   effect (policy `duties.effectiveFrom`) → 不适用 (`prefill.mechanism.daily|weekly|monthly`);
 * - 2.5 from assessments: the latest assessment (on or before `asOf`) of a director or
 *   officer in post failed → ✗; all of them assessed and passed → ✓; otherwise left open
 *   (spot-check assessments need not cover everyone) (`prefill.assessment`);
 * - 3.1 (附件2) from licences and CCC certificates: one that expired before `asOf`
 *   (`expiresOn` < `asOf`) or whose CCC status is suspended / withdrawn / cancelled → ✗
 *   (`prefill.certificates`); all valid → left open, as whether the certificate matches
 *   the real production needs an on-site check.
 * A unit out of scope of Orders 75/76 gets 不适用 on 1.2, 2.1–2.3 and 2.5 (`prefill.scope`),
 * and so does every unit when `asOf` is before the orders took effect (policy
 * `duties.effectiveFrom`, 2023-05-05) (`prefill.not-yet-effective`).
 *
 * @param template - `producer-tasks` (附件2) or `seller-tasks` (附件3).
 * @param unit - A parsed unit with the template's role.
 * @param options - `asOf`, and optionally `policy`, `calendar`, `period`, `filledBy`,
 *   `department`, `contact`.
 * @returns `{ response, unanswered, asOf, period, policy, template }` — `policy` and
 *   `template` name the rules used (`{ id, version }`).
 * @throws {@link ChecklistMismatchError} for 附件4 (`not_a_unit_checklist`) or a unit
 *   without the template's role (`role_mismatch`); `InvalidDateError` for a bad date;
 *   never `CalendarCoverageError`: when the period's days lie in a year the calendar does not
 *   hold, item 2.1 is left unanswered with the reason (unless a gap is found anyway).
 * @example
 * ```ts
 * const { response, unanswered } = prefillChecklist(getChecklistTemplate("producer-tasks"), unit, { asOf: "2025-03-05" });
 * response.answers["1.2"]; // { result: "no", remark: "未配备质量安全总监", evidence: { rule: "prefill.staffing", … } }
 * renderChecklist(getChecklistTemplate("producer-tasks"), response, { format: "html" });
 * ```
 * @see 宁市监质监〔2023〕146号 附件2/3；二（三）；二（四）
 */
export function prefillChecklist(template: ChecklistTemplate, unit: Unit, options: PrefillChecklistOptions): PrefilledChecklist {
  if (template.subjectKind === "regulator") {
    throw new ChecklistMismatchError("not_a_unit_checklist", template.id, { templateId: template.id });
  }
  if (!unit.roles.includes(template.subjectKind)) {
    throw new ChecklistMismatchError("role_mismatch", unit.roles, { unitId: unit.id, expected: template.subjectKind, templateId: template.id });
  }
  const asOf = options.asOf;
  const asOfDay = toDayNumber(asOf);
  const period = options.period ? { start: options.period.from, end: options.period.to } : _previousMonth(asOf);
  const inPost = (unit.people ?? []).filter((p) => toDayNumber(p.from) <= asOfDay && (p.to === undefined || toDayNumber(p.to) >= asOfDay));
  const inScope = isInScope(unit, { ...(options.policy ? { policy: options.policy } : {}), asOf });
  // Staffing and mechanism duties start on the orders' effective date (policy duties.effectiveFrom).
  const effectiveFrom = (options.policy ?? nanjing2023).duties.effectiveFrom;
  const notYetEffective = compareDates(asOf, effectiveFrom.date) < 0;

  const answers: Record<string, ChecklistAnswer> = {};
  const unanswered: UnansweredItem[] = [];
  const answer = (item: ChecklistItem, a: ChecklistAnswer | string): void => {
    if (typeof a === "string") unanswered.push({ itemId: item.id, reason: a });
    else answers[item.id] = a;
  };

  let gaps: ReturnType<typeof mechanismGaps> | undefined;
  const mechanism = (): ReturnType<typeof mechanismGaps> =>
    (gaps ??= mechanismGaps(unit, {
      from: period.start,
      to: period.end,
      ...(options.policy ? { policy: options.policy } : {}),
      ...(options.calendar ? { calendar: options.calendar } : {}),
    }));

  for (const item of checklistItems(template)) {
    if (!itemApplies(item, unit)) {
      answer(item, _notApplicable(item));
      continue;
    }
    if (item.freeForm === true) {
      answer(item, "关键风险点和风险管控事项由检查人员与单位明确后逐项填写（extraItems）");
      continue;
    }
    const scoped = ["1.2", "2.1", "2.2", "2.3", "2.5"].includes(item.id);
    if (scoped && notYetEffective) {
      answer(item, {
        result: "na",
        remark: `${asOf}“两个规定”尚未施行，本项不适用`,
        evidence: {
          rule: "prefill.not-yet-effective",
          facts: [],
          detail: `“两个规定”自${effectiveFrom.date}起施行，检查日${asOf}尚无此项义务`,
          citation: { document: effectiveFrom.citation.document, clause: effectiveFrom.citation.clause, quote: effectiveFrom.citation.quote },
        },
      });
      continue;
    }
    if (scoped && !inScope) {
      answer(item, {
        result: "na",
        remark: "不属于“两个规定”适用范围",
        evidence: {
          rule: "prefill.scope",
          facts: ["/products"],
          detail: `截至${asOf}，本单位未持有有效的生产许可证、CCC证书，也不属于强制性国家标准产品单位（按所用政策），本项不适用`,
          citation: { document: PLAN, clause: "一（二）", quote: SCOPE_QUOTE },
        },
      });
      continue;
    }
    switch (item.id) {
      case "1.2":
        answer(item, _staffing(unit, inPost, asOf, options));
        break;
      case "2.1":
      case "2.2":
      case "2.3":
        answer(item, _mechanism(item.id, mechanism(), period, inPost));
        break;
      case "2.5":
        answer(item, _assessments(unit, inPost, asOf));
        break;
      case "3.1":
        answer(item, template.subjectKind === "producer" ? _certificates(unit, asOf) : "须现场核实");
        break;
      default: {
        const parts = inapplicableParts(item, unit);
        answer(
          item,
          parts.length > 0 ? `须现场核实（其中“${parts.map((p) => p.text).join("”“")}”对本单位不适用）` : "主体数据不能回答本项，须检查人员现场核实",
        );
      }
    }
  }

  const assignment = unit.assignments?.at(-1);
  const department = options.department ?? assignment?.department;
  const contact = options.contact ?? _contact(inPost);
  const response: ChecklistResponse = {
    templateId: template.id,
    templateVersion: template.version,
    subject: {
      name: unit.name,
      ...(unit.layer !== undefined ? { layer: unit.layer } : {}),
      ...(department !== undefined ? { department } : {}),
      ...(contact !== undefined ? { contact } : {}),
    },
    ...(options.filledBy !== undefined ? { filledBy: options.filledBy } : {}),
    filledOn: asOf,
    answers,
  };
  const policy = options.policy ?? nanjing2023;
  return { response, unanswered, asOf, period, policy: { id: policy.id, version: policy.version }, template: { id: template.id, version: template.version } };
}

/** The whole calendar month before the month of `asOf`. */
function _previousMonth(asOf: IsoDate): { start: IsoDate; end: IsoDate } {
  const previous = monthOf(addDays(monthOf(asOf).start, -1));
  return { start: previous.start, end: previous.end };
}

function _notApplicable(item: ChecklistItem): ChecklistAnswer {
  const facts = [...(item.appliesWhen?.anyOf ?? []), ...(item.appliesWhen?.allOf ?? [])];
  const names: Record<string, string> = {
    licence: "生产许可证",
    ccc: "CCC证书",
    foodContact: "食品相关产品",
    gasAppliance: "灶管阀产品",
    mandatoryStandard: "强制性国家标准产品",
    producer: "生产单位",
    seller: "销售单位",
  };
  const pointer: Record<string, string> = {
    licence: "/products/licences",
    ccc: "/products/cccCertificates",
    foodContact: "/products/foodContact",
    gasAppliance: "/products/gasAppliance",
    mandatoryStandard: "/products/mandatoryStandard",
    producer: "/roles",
    seller: "/roles",
  };
  const joiner = item.appliesWhen?.anyOf ? "或" : "和";
  return {
    result: "na",
    remark: `本单位无${facts.map((f) => names[f]).join(joiner)}，本项不适用`,
    evidence: {
      rule: "prefill.applies-when",
      facts: facts.map((f) => pointer[f]!),
      detail: `本项仅适用于有${facts.map((f) => names[f]).join(joiner)}的单位；主体数据中没有`,
    },
  };
}

function _who(people: readonly Person[]): string {
  return people.map((p) => p.name).join("、");
}

function _staffing(unit: Unit, inPost: readonly Person[], asOf: IsoDate, options: PrefillChecklistOptions): ChecklistAnswer {
  const req = staffingRequirements(unit, { ...(options.policy ? { policy: options.policy } : {}), asOf });
  const directors = inPost.filter((p) => p.role === "director");
  const officers = inPost.filter((p) => p.role === "officer");
  const missing: string[] = [];
  if (req.director.required && directors.length === 0) missing.push("质量安全总监");
  if (req.officer.required && officers.length === 0) missing.push("质量安全员");
  const held = [directors.length > 0 ? `质量安全总监 ${_who(directors)}` : "", officers.length > 0 ? `质量安全员 ${_who(officers)}` : ""].filter((s) => s !== "");
  const why = [...req.director.reasons, ...req.officer.reasons].map((r) => r.message);
  const facts = [...new Set([...directors, ...officers].map((p) => p.id).concat([...req.director.reasons, ...req.officer.reasons].flatMap((r) => r.facts)))];
  const citation = { document: PLAN, clause: "二（三）", quote: STAFFING_QUOTE };
  if (missing.length > 0) {
    return {
      result: "no",
      remark: `未配备${missing.join("、")}`,
      evidence: {
        rule: "prefill.staffing",
        facts,
        detail: `${asOf}在岗：${held.length > 0 ? held.join("；") : "无"}。须配备：${[req.director.required ? "质量安全总监" : "", req.officer.required ? "质量安全员" : ""].filter((s) => s).join("、")}（${why.join("；")}）`,
        citation,
      },
    };
  }
  return {
    result: "yes",
    remark: `在岗：${held.join("；")}${req.director.required ? "" : "（不强制配备质量安全总监）"}`,
    evidence: { rule: "prefill.staffing", facts, detail: `${asOf}在岗：${held.join("；")}。${why.join("；")}`, citation },
  };
}

function _mechanism(
  itemId: string,
  gaps: ReturnType<typeof mechanismGaps>,
  period: { start: IsoDate; end: IsoDate },
  inPost: readonly Person[],
): ChecklistAnswer | string {
  const kind = itemId === "2.1" ? "daily" : itemId === "2.2" ? "weekly" : "monthly";
  const name = { daily: "《每日工业产品质量安全检查记录》", weekly: "《每周工业产品质量安全排查治理报告》", monthly: "《每月工业产品质量安全调度会议纪要》" }[kind];
  const missing: string[] =
    kind === "daily" ? gaps.daily.map((d) => String(d)) : kind === "weekly" ? gaps.weekly.map((w) => `${w.start}～${w.end}`) : gaps.monthly.map((m) => String(m));
  const unit = { daily: "天", weekly: "周", monthly: "个月" }[kind];
  const wrong = gaps.wrongRole.filter((r) => _recordOf(r).kind === kind).map(_recordOf);
  const facts = wrong.map((r) => r.byPersonId ?? "").filter((s) => s !== "");
  const window = { start: period.start, end: period.end };
  const citation = { document: PLAN, clause: "二（四）", quote: MECHANISM_QUOTE };
  const rule = `prefill.mechanism.${kind}`;
  // A period wholly before the orders took effect owed no records: 不适用, not "齐全".
  const notYet = gaps.reasons.find((r) => r.rule === "mechanism.not-yet-effective");
  if (notYet !== undefined) {
    return {
      result: "na",
      remark: `${period.start}至${period.end}“两个规定”尚未施行，本项不适用`,
      evidence: { rule, facts: [], detail: notYet.message, window, citation: { document: notYet.citation.document, clause: notYet.citation.clause, quote: notYet.citation.quote } },
    };
  }
  // Days the calendar cannot judge yet: "齐全" cannot be claimed (a gap found elsewhere is still a "no").
  const unknownDays = kind === "daily" ? gaps.unknown : [];
  if (missing.length === 0 && wrong.length === 0 && unknownDays.length > 0) {
    return `${unknownDays.map((u) => `${u.start}至${u.end}`).join("、")}是否为工作日无法判断：${unknownDays[0]!.message}`;
  }
  if (missing.length === 0 && wrong.length === 0) {
    return {
      result: "yes",
      remark: `${period.start}至${period.end}齐全`,
      evidence: { rule, facts: inPost.map((p) => p.id), detail: `${period.start}至${period.end}期间${name}无缺失，记录人岗位相符`, window, citation },
    };
  }
  const shown = missing.slice(0, 5).join("、") + (missing.length > 5 ? " 等" : "");
  const parts = [missing.length > 0 ? `缺${missing.length}${unit}（${shown}）` : "", wrong.length > 0 ? `${wrong.length}份记录人岗位不符` : ""].filter((s) => s !== "");
  return {
    result: "no",
    remark: `${period.start}至${period.end}${parts.join("，")}`,
    evidence: { rule, facts, detail: `${period.start}至${period.end}期间${name}：${parts.join("；")}`, window, citation },
  };
}

/** A wrong-role entry as a record (the duties module may wrap it with its reason). */
function _recordOf(entry: unknown): { kind?: string; date?: string; byPersonId?: string } {
  const e = entry as { kind?: string; record?: { kind?: string; date?: string; byPersonId?: string } };
  return e.record ?? (e as { kind?: string; date?: string; byPersonId?: string });
}

function _assessments(unit: Unit, inPost: readonly Person[], asOf: IsoDate): ChecklistAnswer | string {
  const staff = inPost.filter((p) => p.role === "director" || p.role === "officer");
  if (staff.length === 0) return "无在岗的质量安全总监或质量安全员，无从核对培训考核（见1.2）";
  const citation = { document: PLAN, clause: "二（三）", quote: ASSESSMENT_QUOTE };
  const latest = staff.map((p) => {
    const own = (unit.assessments ?? []).filter((a) => a.personId === p.id && compareDates(a.date, asOf) <= 0);
    own.sort((a, b) => compareDates(a.date, b.date));
    return { person: p, assessment: own.at(-1) };
  });
  const failed = latest.filter((l) => l.assessment?.passed === false);
  const facts = latest.filter((l) => l.assessment).map((l) => l.person.id);
  const role = (p: Person): string => labels.personRole[p.role].zh;
  if (failed.length > 0) {
    const list = failed.map((f) => `${role(f.person)} ${f.person.name}（${f.assessment!.date}）`).join("、");
    return {
      result: "no",
      remark: `考核不合格：${list}`,
      evidence: { rule: "prefill.assessment", facts, detail: `最近一次监督抽查考核不合格：${list}；须督促整改`, citation },
    };
  }
  const unassessed = latest.filter((l) => l.assessment === undefined);
  if (unassessed.length > 0) {
    return `无考核记录：${unassessed.map((l) => `${role(l.person)} ${l.person.name}`).join("、")}（监督抽查考核不必覆盖每人，须核实培训情况）`;
  }
  const list = latest.map((l) => `${role(l.person)} ${l.person.name}（${l.assessment!.date}）`).join("、");
  return {
    result: "yes",
    remark: `考核合格：${list}`,
    evidence: { rule: "prefill.assessment", facts, detail: `在岗质量安全总监、质量安全员最近一次考核均合格：${list}`, citation },
  };
}

function _certificates(unit: Unit, asOf: IsoDate): ChecklistAnswer | string {
  const bad: { number: string; why: string }[] = [];
  for (const l of unit.products.licences) {
    if (l.expiresOn !== undefined && compareDates(l.expiresOn, asOf) < 0) bad.push({ number: l.number, why: `生产许可证 ${l.number}（${l.product}）已于${l.expiresOn}到期` });
  }
  for (const c of unit.products.cccCertificates) {
    if (c.expiresOn !== undefined && compareDates(c.expiresOn, asOf) < 0) bad.push({ number: c.number, why: `CCC证书 ${c.number}（${c.product}）已于${c.expiresOn}到期` });
    else if (c.status !== undefined && CCC_INVALID_STATUS.test(c.status)) bad.push({ number: c.number, why: `CCC证书 ${c.number}（${c.product}）状态为“${c.status}”` });
  }
  if (bad.length === 0) return "证书在有效期内；证书标注内容是否与实际一致、场所和设施须现场核实";
  return {
    result: "no",
    remark: `${bad.map((b) => b.why).join("；")}，须核查是否仍在生产销售（见3.2）`,
    evidence: {
      rule: "prefill.certificates",
      facts: bad.map((b) => b.number),
      detail: `截至${asOf}：${bad.map((b) => b.why).join("；")}`,
      citation: { document: PLAN, clause: "附件2 3.1", quote: "检查生产许可、强制性产品认证证书标注的内容是否与实际一致" },
    },
  };
}

/** 联系人及联系方式: the first director, officer or principal in post with a phone. */
function _contact(inPost: readonly Person[]): string | undefined {
  for (const role of ["director", "officer", "principal"] as const) {
    const p = inPost.find((x) => x.role === role && x.phone);
    if (p) return `${p.name} ${p.phone}`;
  }
  return undefined;
}

