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
import { _assertParsedUnit } from "../entities/unit-shape";
import { _checkAsOfRange, type AS_OF_RANGE } from "../dates/as-of";

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
  /** 责任部门 — default: the department of the unit's responsible-official assignment in force on `asOf` (the newest that began on or before it). */
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
const DOCUMENTS_QUOTE = "指导生产和销售单位结合单位已有的相关制度，制修完善《主要负责人质量安全职责》《质量安全总监职责》《质量安全员守则》等，明确和细化企业主要负责人及质量安全总监、质量安全员岗位职责。";
const RISK_LIST_QUOTE = "认真落实自查要求，制定完善《工业产品质量安全风险管控清单》";
const HAZARD_QUOTE = "检查在日管控、周排查、月调度中发现的质量安全风险隐患整改情况。";
const TRAINING_QUOTE = "检查质量安全总监和质量安全员培训考核情况。";
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
 * - 1.1 from the job-duty documents: the unit records its documents (`dutyDocuments`) but
 *   not 《主要负责人质量安全职责》 → ✗ (`prefill.duty-documents`); otherwise left open, as the
 *   rest of the management system needs an on-site check (the reason names the document);
 * - 1.3 from the job-duty documents: 《质量安全总监职责》 (when a director is required or in
 *   post) and 《质量安全员守则》 adopted on or before `asOf` → ✓; one of them missing while
 *   the unit records its documents → ✗; no documents recorded → left open
 *   (`prefill.duty-documents`);
 * - 1.4 from the risk-control list: adopted on or before `asOf` → ✓; adopted after → ✗; not
 *   recorded → left open (`prefill.risk-control-list`);
 * - 2.4 from the hazards found by the mechanism (`hazards`): all found on or before `asOf`
 *   rectified by then → ✓; some still open → left open with their list (no source sets a
 *   period for rectification); none recorded → left open (`prefill.hazards`);
 * - 2.5 from the unit's own training and assessment records (`trainings`): a director or
 *   officer in post whose latest assessment failed → ✗; one with no training or no
 *   assessment → ✗; each trained and passed → ✓; no records at all → left open
 *   (`prefill.training`). The regulator's spot checks (`assessments`) are not the unit's
 *   training: they feed 1.2's evidence and the staffing findings;
 * - 3.3 (附件3) from the risk-control list: its points are recorded but list neither
 *   进货价格明显低于市场正常价格等异常情况 nor 产品难以追溯到源头 (one missing) → ✗
 *   (`prefill.risk-control-list`); otherwise left open (reporting to the regulator needs a
 *   check);
 * - 3.1 (附件2) from licences and CCC certificates: one that expired before `asOf`
 *   (`expiresOn` < `asOf`) or whose CCC status is suspended / withdrawn / cancelled → ✗
 *   (`prefill.certificates`); all valid → left open, as whether the certificate matches
 *   the real production needs an on-site check.
 * A unit out of scope of Orders 75/76 gets 不适用 on 1.1–1.4, 2.1–2.5 (`prefill.scope`),
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
 * @throws {@link UnitDataError} (code `unit_not_parsed`, its `path` naming the field) when `unit` is raw input, not a parsed unit (`validate("unit", …).value`): one cheap shape check.
 * @throws {@link InvalidDateError} for an as-of date (or range end) outside {@link AS_OF_RANGE} (1000-01-01 to 8999-12-31), the range the library and the CLI share.
 * @example
 * ```ts
 * const { response, unanswered } = prefillChecklist(getChecklistTemplate("producer-tasks"), unit, { asOf: "2025-03-05" });
 * response.answers["1.2"]; // { result: "no", remark: "未配备质量安全总监", evidence: { rule: "prefill.staffing", … } }
 * renderChecklist(getChecklistTemplate("producer-tasks"), response, { format: "html" });
 * ```
 * @see 宁市监质监〔2023〕146号 附件2/3；二（三）；二（四）
 */
export function prefillChecklist(template: ChecklistTemplate, unit: Unit, options: PrefillChecklistOptions): PrefilledChecklist {
  _assertParsedUnit(unit);
  _checkAsOfRange(options.asOf);
  if (template.subjectKind === "regulator") {
    throw new ChecklistMismatchError("not_a_unit_checklist", template.id, { templateId: template.id });
  }
  if (!unit.roles.includes(template.subjectKind)) {
    throw new ChecklistMismatchError("role_mismatch", unit.roles, { unitId: unit.id, expected: template.subjectKind, templateId: template.id });
  }
  const asOf = options.asOf;
  const asOfDay = toDayNumber(asOf);
  const period = options.period ? { start: options.period.from, end: options.period.to } : _previousMonth(asOf);
  // Stryker disable next-line ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has this list, so the fallback is never used
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
    const scoped = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5"].includes(item.id);
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
      case "1.1":
        answer(item, _principalDuties(unit, asOf));
        break;
      case "1.3":
        answer(item, _dutyDocuments(unit, inPost, asOf, options));
        break;
      case "1.4":
        answer(item, _riskControlList(unit, asOf));
        break;
      case "2.4":
        answer(item, _hazards(unit, asOf));
        break;
      case "2.5":
        answer(item, _trainings(unit, inPost, asOf));
        break;
      case "3.1":
        answer(item, template.subjectKind === "producer" ? _certificates(unit, asOf) : "须现场核实");
        break;
      case "3.3":
        answer(item, template.subjectKind === "seller" ? _abnormalPurchases(unit, asOf) : "主体数据不能回答本项，须检查人员现场核实");
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

  // The assignment in force on asOf: the newest one that began on or before it (assignments are oldest first).
  let assignment: Unit["assignments"][number] | undefined;
  // Stryker disable next-line LogicalOperator,ArrayDeclaration: a parsed unit always has assignments (default [])
  for (const a of unit.assignments ?? []) if (a.from <= asOf) assignment = a;
  const department = options.department ?? assignment?.department;
  const contact = options.contact ?? _contact(inPost);
  const response: ChecklistResponse = {
    templateId: template.id,
    templateVersion: template.version,
    subject: {
      name: unit.name,
      unitId: unit.id,
      uscc: unit.uscc,
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
  // Stryker disable next-line OptionalChaining: only items that do not apply reach here, and an item without appliesWhen always applies
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
  // Stryker disable next-line OptionalChaining: only items that do not apply reach here, and an item without appliesWhen always applies
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
  // The regulator's spot-check assessments (二（三）) of those in post, as context for 1.2.
  const spot = _spotChecks(unit, [...directors, ...officers], asOf);
  const facts = [...new Set([...directors, ...officers].map((p) => p.id).concat([...req.director.reasons, ...req.officer.reasons].flatMap((r) => r.facts)))];
  const citation = { document: PLAN, clause: "二（三）", quote: STAFFING_QUOTE };
  if (missing.length > 0) {
    return {
      result: "no",
      remark: `未配备${missing.join("、")}`,
      evidence: {
        rule: "prefill.staffing",
        facts,
        detail: `${asOf}在岗：${held.length > 0 ? held.join("；") : "无"}。须配备：${[req.director.required ? "质量安全总监" : "", req.officer.required ? "质量安全员" : ""].filter((s) => s).join("、")}（${why.join("；")}）${spot}`,
        citation,
      },
    };
  }
  return {
    result: "yes",
    remark: `在岗：${held.join("；")}${req.director.required ? "" : "（不强制配备质量安全总监）"}`,
    evidence: { rule: "prefill.staffing", facts, detail: `${asOf}在岗：${held.join("；")}。${why.join("；")}${spot}`, citation },
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
  // Stryker disable next-line MethodExpression,ConditionalExpression,StringLiteral: byPersonId is a required non-empty id on every record, so the fallback and the filter never act (the killed `false` of the filter is ignored with them)
  const facts = wrong.map((r) => r.byPersonId ?? "").filter((s) => s !== "");
  const window = { start: period.start, end: period.end };
  const citation = { document: PLAN, clause: "二（四）", quote: MECHANISM_QUOTE };
  const rule = `prefill.mechanism.${kind}`;
  // A period wholly before the orders took effect owed no records: 不适用, not "齐全".
  const notYet = gaps.reasons.find((r) => r.rule === "mechanism.not-yet-effective" || r.rule === "mechanism.not-yet-started");
  if (notYet !== undefined) {
    return {
      result: "na",
      remark:
        notYet.rule === "mechanism.not-yet-effective"
          ? `${period.start}至${period.end}“两个规定”尚未施行，本项不适用`
          : `${period.start}至${period.end}本单位尚未须建立日管控、周排查、月调度机制（按方案分步推进），本项不适用`,
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

function _trainings(unit: Unit, inPost: readonly Person[], asOf: IsoDate): ChecklistAnswer | string {
  const staff = inPost.filter((p) => p.role === "director" || p.role === "officer");
  if (staff.length === 0) return "无在岗的质量安全总监或质量安全员，无从核对培训考核（见1.2）";
  // Stryker disable next-line ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has this list, so the fallback is never used
  const own = (unit.trainings ?? []).filter((t) => compareDates(t.date, asOf) <= 0);
  if (own.length === 0) return "主体数据未记录本单位对质量安全总监、质量安全员的培训考核（trainings），须核实";
  const citation = { document: PLAN, clause: "附件2/3 2.5", quote: TRAINING_QUOTE };
  const role = (p: Person): string => labels.personRole[p.role].zh;
  // Each person's latest training and assessment, found in one pass (not a scan of every record per person).
  const trained = _latestByPerson(own, asOf, (t) => t.kind === "training");
  const assessed = _latestByPerson(own, asOf, (t) => t.kind === "assessment");
  const rows = staff.map((p) => ({ person: p, training: trained.get(p.id), assessment: assessed.get(p.id) }));
  const facts = [...new Set(rows.filter((r) => r.training || r.assessment).map((r) => r.person.id))];
  const failed = rows.filter((r) => r.assessment?.passed === false);
  const untrained = rows.filter((r) => r.training === undefined);
  const unassessed = rows.filter((r) => r.assessment === undefined);
  const who = (list: typeof rows) => list.map((r) => `${role(r.person)} ${r.person.name}`).join("、");
  const problems = [
    failed.length > 0 ? `考核不合格：${failed.map((r) => `${role(r.person)} ${r.person.name}（${r.assessment!.date}）`).join("、")}` : "",
    untrained.length > 0 ? `未见培训记录：${who(untrained)}` : "",
    unassessed.length > 0 ? `未见考核记录：${who(unassessed)}` : "",
  ].filter((x) => x !== "");
  if (problems.length > 0) {
    return { result: "no", remark: problems.join("；"), evidence: { rule: "prefill.training", facts, detail: `截至${asOf}本单位培训考核记录：${problems.join("；")}`, citation } };
  }
  const unknown = rows.filter((r) => r.assessment!.passed === undefined);
  if (unknown.length > 0) return `最近一次考核未记录结果：${who(unknown)}，须核实`;
  const list = rows.map((r) => `${role(r.person)} ${r.person.name}（培训${r.training!.date}，考核${r.assessment!.date}合格）`).join("、");
  return {
    result: "yes",
    remark: `已培训考核：${list}`,
    evidence: { rule: "prefill.training", facts, detail: `在岗质量安全总监、质量安全员均有本单位培训记录，最近一次考核合格：${list}`, citation },
  };
}

/** The unit's job-duty documents adopted on or before `asOf`, by kind (earliest adoption). */
function _adopted(unit: Unit, asOf: IsoDate): Map<string, string> {
  const out = new Map<string, string>();
  // Stryker disable next-line ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has this list, so the fallback is never used
  for (const d of unit.dutyDocuments ?? []) {
    if (compareDates(d.adoptedOn, asOf) > 0) continue;
    const prev = out.get(d.kind);
    // Stryker disable next-line EqualityOperator: on a tie the date kept is the same date (the map holds only the date); the other operators of the line are killed too
    if (prev === undefined || compareDates(d.adoptedOn, prev) < 0) out.set(d.kind, d.adoptedOn);
  }
  return out;
}

function _principalDuties(unit: Unit, asOf: IsoDate): ChecklistAnswer | string {
  const adopted = _adopted(unit, asOf);
  const title = labels.dutyDocumentKind["principal-duties"].zh;
  const on = adopted.get("principal-duties");
  if (on !== undefined) return `已制定${title}（${on}）；产品质量安全管理制度的其余部分须现场核实`;
  if (adopted.size === 0) return "主体数据不能回答本项（未记录岗位职责文件），须检查人员现场核实";
  return {
    result: "no",
    remark: `未制定${title}`,
    evidence: {
      rule: "prefill.duty-documents",
      facts: ["/dutyDocuments"],
      detail: `截至${asOf}已制定：${[...adopted].map(([k, d]) => `${labels.dutyDocumentKind[k as keyof typeof labels.dutyDocumentKind].zh}（${d}）`).join("、")}；未见${title}`,
      citation: { document: PLAN, clause: "二（三）", quote: DOCUMENTS_QUOTE },
    },
  };
}

function _dutyDocuments(unit: Unit, inPost: readonly Person[], asOf: IsoDate, options: PrefillChecklistOptions): ChecklistAnswer | string {
  const adopted = _adopted(unit, asOf);
  if (adopted.size === 0) return "主体数据未记录岗位职责文件（dutyDocuments），须检查人员现场核实";
  // 《质量安全总监职责》 is owed where there is (or must be) a director.
  const directorNeeded =
    inPost.some((p) => p.role === "director") || staffingRequirements(unit, { ...(options.policy ? { policy: options.policy } : {}), asOf }).director.required;
  const wanted = (directorNeeded ? (["director-duties", "officer-code"] as const) : (["officer-code"] as const)).map((k) => ({
    kind: k,
    title: labels.dutyDocumentKind[k].zh,
    on: adopted.get(k),
  }));
  const missing = wanted.filter((w) => w.on === undefined);
  const citation = { document: PLAN, clause: "二（三）", quote: DOCUMENTS_QUOTE };
  const have = wanted.filter((w) => w.on !== undefined).map((w) => `${w.title}（${w.on}）`);
  if (missing.length > 0) {
    return {
      result: "no",
      remark: `未制定${missing.map((w) => w.title).join("")}`,
      evidence: { rule: "prefill.duty-documents", facts: ["/dutyDocuments"], detail: `截至${asOf}已制定：${have.length > 0 ? have.join("、") : "无"}；未见${missing.map((w) => w.title).join("")}`, citation },
    };
  }
  return {
    result: "yes",
    remark: `已制定${have.join("、")}${directorNeeded ? "" : "（无须配备质量安全总监）"}`,
    evidence: { rule: "prefill.duty-documents", facts: ["/dutyDocuments"], detail: `截至${asOf}已制定${have.join("、")}`, citation },
  };
}

function _riskControlList(unit: Unit, asOf: IsoDate): ChecklistAnswer | string {
  const list = unit.riskControlList;
  if (list === undefined) return "主体数据未记录《工业产品质量安全风险管控清单》（riskControlList），须现场核实";
  const citation = { document: PLAN, clause: "二（四）", quote: RISK_LIST_QUOTE };
  if (compareDates(list.adoptedOn, asOf) > 0) {
    return {
      result: "no",
      remark: `截至${asOf}尚未制定（${list.adoptedOn}制定）`,
      evidence: { rule: "prefill.risk-control-list", facts: ["/riskControlList/adoptedOn"], detail: `风险管控清单于${list.adoptedOn}制定，晚于检查日${asOf}`, citation },
    };
  }
  const revisions = list.revisions.filter((r) => compareDates(r.date, asOf) <= 0).map((r) => r.date).sort();
  const last = revisions.at(-1);
  return {
    result: "yes",
    remark: `已制定（${list.adoptedOn}）${last === undefined ? "" : `，最近修订${last}`}`,
    evidence: {
      rule: "prefill.risk-control-list",
      facts: ["/riskControlList"],
      detail: `《工业产品质量安全风险管控清单》${list.adoptedOn}制定${revisions.length > 0 ? `，修订${revisions.length}次（${revisions.join("、")}）` : ""}`,
      citation,
    },
  };
}

function _hazards(unit: Unit, asOf: IsoDate): ChecklistAnswer | string {
  // Stryker disable next-line ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has this list, so the fallback is never used
  const found = (unit.hazards ?? []).filter((h) => compareDates(h.date, asOf) <= 0);
  if (found.length === 0) return "主体数据未记录日管控、周排查、月调度中发现的风险隐患（hazards），须核实";
  const open = found.filter((h) => h.closedOn === undefined || compareDates(h.closedOn, asOf) > 0);
  if (open.length > 0) {
    return `${open.length}项隐患尚未整改完毕（${open.map((h) => `${h.id} ${h.date}发现`).join("、")}）；无整改期限的规定，须核实整改进展`;
  }
  const list = found.map((h) => `${h.id}（${h.date}发现，${h.closedOn}整改完毕）`).join("、");
  return {
    result: "yes",
    remark: `${found.length}项隐患均已整改`,
    evidence: {
      rule: "prefill.hazards",
      facts: found.map((h) => h.id),
      detail: `截至${asOf}发现的风险隐患均已整改：${list}`,
      citation: { document: PLAN, clause: "附件2/3 2.4", quote: HAZARD_QUOTE },
    },
  };
}

function _abnormalPurchases(unit: Unit, asOf: IsoDate): ChecklistAnswer | string {
  const list = unit.riskControlList;
  if (list === undefined || compareDates(list.adoptedOn, asOf) > 0 || list.points.length === 0) {
    return "主体数据未记录风险管控清单的风险点，须现场核实";
  }
  const kinds = new Set(list.points.map((p) => p.kind));
  const missing = (["abnormal-price", "untraceable"] as const).filter((k) => !kinds.has(k)).map((k) => labels.riskControlPointKind[k].zh);
  if (missing.length === 0) return "风险管控清单已列入进货价格异常和难以追溯的情形；是否主动排查和报告属地监管部门须核实";
  return {
    result: "no",
    remark: `风险管控清单未列入：${missing.join("；")}`,
    evidence: {
      rule: "prefill.risk-control-list",
      facts: ["/riskControlList/points"],
      detail: `风险管控清单（${list.adoptedOn}制定）的${list.points.length}个风险点中没有：${missing.join("；")}`,
      citation: {
        document: PLAN,
        clause: "附件3 3.3",
        quote: "对进货价格明显低于市场正常价格等异常情况或产品难以追溯到源头的，是否列入风险清单并主动排查和报告属地监管部门。",
      },
    },
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

/** The latest spot-check assessment by the regulator of each person, as a sentence ("" when none). */
function _spotChecks(unit: Unit, people: readonly Person[], asOf: IsoDate): string {
  const parts: string[] = [];
  // Stryker disable next-line ArrayDeclaration: a parsed unit (checked by _assertParsedUnit) always has this list, so the fallback is never used
  const latestOf = _latestByPerson(unit.assessments ?? [], asOf);
  for (const p of people) {
    const latest = latestOf.get(p.id);
    if (latest !== undefined) parts.push(`${p.name}（${latest.date}${latest.passed ? "合格" : "不合格"}）`);
  }
  return parts.length === 0 ? "" : `。监督抽查考核：${parts.join("、")}`;
}

/**
 * Each person's latest item dated on or before `asOf` (among items of the same date, the last
 * given: what a stable sort by date then `.at(-1)` picks), in one pass over the items —
 * linear in the items, whatever the number of people (issue 14).
 */
function _latestByPerson<T extends { personId: string; date: string }>(items: readonly T[], asOf: IsoDate, keep: (item: T) => boolean = () => true): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items) {
    if (!keep(item) || compareDates(item.date, asOf) > 0) continue;
    const best = out.get(item.personId);
    if (best === undefined || compareDates(item.date, best.date) >= 0) out.set(item.personId, item);
  }
  return out;
}

/** 联系人及联系方式: the first director, officer or principal in post with a phone. */
function _contact(inPost: readonly Person[]): string | undefined {
  for (const role of ["director", "officer", "principal"] as const) {
    const p = inPost.find((x) => x.role === role && x.phone);
    if (p) return `${p.name} ${p.phone}`;
  }
  return undefined;
}

