import type { WorkCalendar } from "../calendar";
import { checklistItems, getChecklistTemplate, prefillChecklist } from "../checklists";
import { addPeriod, type DateRange, type IsoDate } from "../dates";
import type { SupervisionLevel, Unit, UnitRole } from "../entities";
import type { Obligation, ObligationKind, ObligationParty, ObligationStatus } from "../obligations";
import type { Citation, Policy } from "../policy";
import { tierHistory, type Classification, type SupervisionDutyId } from "../supervision";
import { _districtName } from "./districts";
import type { ReportFindingRow, ReportMechanismRow } from "./types";

/**
 * What a report lists per unit (`BuildSupervisionReportOptions.units`): `summary` — one
 * {@link ReportUnitRow} per unit, for a unit table; `detail` — the same rows, each with its
 * {@link ReportUnitDetail} (the panel a reader opens).
 */
export type ReportUnitRows = "summary" | "detail";

/** The next open obligation of a unit (not a daily / weekly / monthly record). */
export interface ReportNextDue {
  /** What is owed. */
  kind: ObligationKind;
  /** Who owes it. */
  owedBy: ObligationParty;
  /** The last day to do it. */
  dueOn: IsoDate;
}

/**
 * One unit of the report, for a unit table: who it is, its level, and how many of the
 * report's rows are its own.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface ReportUnitRow {
  /** 标识 */
  id: string;
  /** 单位名称 */
  name: string;
  /** 生产单位 / 销售单位 */
  roles: UnitRole[];
  /** 行政区划代码 (GB/T 2260); `null` when the unit gives none. */
  district: string | null;
  /** The district's name, when the policy names it. */
  districtName?: string;
  /** The name in English, with `districtName`. */
  districtNameEn?: string;
  /** 监管层级 as of the report's date. */
  level: SupervisionLevel;
  /** Its overdue obligations (as in `obligations.overdue`). */
  overdue: number;
  /** Its open obligations due within `upcomingDays` (as in `obligations.upcoming`). */
  upcoming: number;
  /** Its obligations that cannot be computed yet (as in `obligations.unknown`). */
  unknown: number;
  /** Its staffing and supervision findings (as in `findings`). */
  findings: number;
  /** Whether it has mechanism gaps in the period (it is in `mechanism.units`). */
  mechanismGaps: boolean;
  /** Its next open obligation, the earliest due (absent when none is open). */
  nextDue?: ReportNextDue;
  /** The departments that handle its overdue, upcoming and unknown obligations and its findings (附件1 三), sorted. */
  departments: string[];
  /** The panel (with `units: "detail"` only). */
  detail?: ReportUnitDetail;
}

/** A rule behind a unit's level, fired or not. */
export interface ReportTierReason {
  /** The rule id, e.g. `special.major-risks`. */
  rule: string;
  /** Whether it fired. */
  fired: boolean;
  /** The level it leads to. */
  level?: SupervisionLevel;
  /** Ids of the records it counted. */
  facts: string[];
  /** The dates examined. */
  window?: DateRange;
  /** 中文说明 */
  message: string;
  /** English message */
  messageEn: string;
  /** 出处 */
  citation: Citation;
}

/** One stretch of a unit's tier history. */
export interface ReportTierStretch {
  /** The level on every day of the stretch. */
  level: SupervisionLevel;
  /** The first day. */
  from: IsoDate;
  /** The last day. */
  to: IsoDate;
  /** The rules that fired on `from`. */
  rules: string[];
}

/** One obligation of a unit's agenda. */
export interface ReportAgendaRow {
  /** What is owed. */
  kind: ObligationKind;
  /** Who owes it. */
  owedBy: ObligationParty;
  /** The last day; `null` when it cannot be computed yet. */
  dueOn: IsoDate | null;
  /** `met`, `late`, `open`, `overdue` or `unknown`. */
  status: ObligationStatus;
  /** The day it was done. */
  doneOn?: IsoDate;
  /** The deciding reason, in Chinese. */
  message: string;
  /** The same in English. */
  messageEn: string;
  /** 出处 of the deciding rule. */
  citation?: Citation;
  /** 责任处室 */
  department: string;
}

/** A checklist item the data answers 否 (✗), with why. */
export interface ReportPrefillFailure {
  /** 序号, as printed. */
  itemId: string;
  /** The item's text. */
  text: string;
  /** 说明 — what the data shows (Chinese). */
  detail: string;
}

/** How far a unit's own checklist (附件2 or 附件3) can be filled in from its data ({@link prefillChecklist}). */
export interface ReportPrefillStatus {
  /** `producer-tasks` (附件2) or `seller-tasks` (附件3). */
  template: string;
  /** The period items 2.1–2.3 check (the month before the as-of month). */
  period: DateRange;
  /** Items in the template. */
  items: number;
  /** Items the data answers: 是, 否, 不适用. */
  answered: {
    /** 是 */
    yes: number;
    /** 否 */
    no: number;
    /** 不适用 */
    na: number;
  };
  /** Items left for the inspector. */
  unanswered: number;
  /** The items answered 否, with what the data shows. */
  failed: ReportPrefillFailure[];
}

/** A duty of the regulator that the unit's level brings. */
export interface ReportTierDuty {
  /** The duty. */
  duty: SupervisionDutyId;
  /** 中文说明 */
  message: string;
  /** English message */
  messageEn: string;
  /** 出处 */
  citation: Citation;
}

/**
 * The panel of one unit: why its level (every rule considered, with its clause), how the
 * level went over the last two years, its obligations, findings, mechanism gaps and how much
 * of its checklist its data fills in. Everything here comes from the library's rules; a page
 * only shows it.
 *
 * @see 宁市监质监〔2023〕146号 二（三）、二（四）、二（七）、附件2、附件3
 */
export interface ReportUnitDetail {
  /** The rules considered for the level, the fired ones first. */
  reasons: ReportTierReason[];
  /** The regulator's duties the level brings. */
  duties: ReportTierDuty[];
  /** The level over the two years up to the as-of date, oldest first. */
  history: ReportTierStretch[];
  /** Every obligation, by due date (those without one last). */
  agenda: ReportAgendaRow[];
  /** Its findings (as in the report's `findings`). */
  findings: Omit<ReportFindingRow, "id" | "name">[];
  /** Its mechanism gaps in the report's period, when it has any. */
  mechanism?: Omit<ReportMechanismRow, "id" | "name">;
  /** Its checklists' prefill, one per role. */
  prefill: ReportPrefillStatus[];
}

/** What the report builder computed for a unit, handed to {@link _unitRow}. @internal */
export interface _UnitFacts {
  /** The unit. */
  unit: Unit;
  /** Its classification. */
  classification: Classification;
  /** Its obligations. */
  agenda: readonly Obligation[];
  /** Its overdue and upcoming rows' departments and counts. */
  counts: { overdue: number; upcoming: number; unknown: number };
  /** Its finding rows. */
  findings: readonly ReportFindingRow[];
  /** Its mechanism row. */
  mechanism?: ReportMechanismRow;
  /** Its next open obligation. */
  nextDue?: ReportNextDue;
  /** The departments of its rows. */
  departments: Iterable<string>;
}

/** The report's context for {@link _unitRow}. @internal */
export interface _UnitRowContext {
  asOf: IsoDate;
  policy: Policy;
  calendar: WorkCalendar;
  detail: boolean;
}

/** The reason that decided an obligation (`decidedBy`). */
function decidingReason(o: Obligation) {
  return o.reasons.find((r) => r.rule === o.decidedBy) ?? o.reasons[o.reasons.length - 1];
}

/**
 * A unit's row (and panel, with `ctx.detail`) from what the builder computed.
 *
 * @internal
 */
export function _unitRow(f: _UnitFacts, ctx: _UnitRowContext): ReportUnitRow {
  const { unit } = f;
  const names = unit.district ? _districtName(unit.district, ctx.policy) : undefined;
  const row: ReportUnitRow = {
    id: unit.id,
    name: unit.name,
    roles: [...unit.roles],
    district: unit.district || null,
    ...(names ? { districtName: names.name, districtNameEn: names.nameEn } : {}),
    level: f.classification.level,
    overdue: f.counts.overdue,
    upcoming: f.counts.upcoming,
    unknown: f.counts.unknown,
    findings: f.findings.length,
    mechanismGaps: f.mechanism !== undefined,
    ...(f.nextDue ? { nextDue: f.nextDue } : {}),
    departments: [...new Set(f.departments)].sort(),
  };
  if (ctx.detail) row.detail = unitDetail(f, ctx);
  return row;
}

function unitDetail(f: _UnitFacts, ctx: _UnitRowContext): ReportUnitDetail {
  const { unit, classification: c } = f;
  const considered = [...c.considered].sort((a, b) => Number(b.fired) - Number(a.fired));
  const history = tierHistory(unit, { from: addPeriod(ctx.asOf, { years: -2 }), to: ctx.asOf, policy: ctx.policy });
  const agenda = [...f.agenda]
    .sort((a, b) => (a.dueOn === b.dueOn ? 0 : a.dueOn === null ? 1 : b.dueOn === null ? -1 : a.dueOn < b.dueOn ? -1 : 1))
    .map((o): ReportAgendaRow => {
      const r = decidingReason(o);
      return {
        kind: o.kind,
        owedBy: o.owedBy,
        dueOn: o.dueOn,
        status: o.status,
        ...(o.doneOn ? { doneOn: o.doneOn } : {}),
        message: r?.message ?? o.kind,
        messageEn: r?.messageEn ?? o.kind,
        ...(r ? { citation: r.citation } : {}),
        department: o.department,
      };
    });
  const prefill: ReportPrefillStatus[] = [];
  for (const role of unit.roles) {
    const template = getChecklistTemplate(role === "producer" ? "producer-tasks" : "seller-tasks");
    const p = prefillChecklist(template, unit, { asOf: ctx.asOf, policy: ctx.policy, calendar: ctx.calendar });
    const items = checklistItems(template);
    const text = new Map(items.map((i) => [i.id, i.text]));
    const answered = { yes: 0, no: 0, na: 0 };
    const failed: ReportPrefillFailure[] = [];
    for (const [itemId, a] of Object.entries(p.response.answers)) {
      answered[a.result]++;
      if (a.result === "no") failed.push({ itemId, text: text.get(itemId) ?? "", detail: a.evidence?.detail ?? "" });
    }
    prefill.push({ template: template.id, period: p.period, items: items.length, answered, unanswered: p.unanswered.length, failed });
  }
  const strip = <T extends { id: string; name: string }>({ id: _id, name: _name, ...rest }: T) => rest;
  return {
    reasons: considered.map((r) => ({
      rule: r.rule,
      fired: r.fired,
      ...(r.level ? { level: r.level } : {}),
      facts: [...r.facts],
      ...(r.window ? { window: { start: r.window.start, end: r.window.end } } : {}),
      message: r.message,
      messageEn: r.messageEn,
      citation: r.citation,
    })),
    duties: c.duties.map((d) => ({ duty: d.duty, message: d.message, messageEn: d.messageEn, citation: d.citation })),
    history: history.map((h) => ({ level: h.level, from: h.from, to: h.to, rules: h.reasons.map((r) => r.rule) })),
    agenda,
    findings: f.findings.map(strip),
    ...(f.mechanism ? { mechanism: strip(f.mechanism) } : {}),
    prefill,
  };
}
