import { fromDayNumber, toDayNumber, type DateRange, type DayNumber, type IsoDate } from "../dates";
import {
  CREDIT_RISK_LEVELS,
  RISK_EVENT_KINDS,
  RISK_SEVERITIES,
  UNIT_ROLES,
  labels,
  type CreditRiskLevel,
  type SupervisionLevel,
} from "../entities";
import { nanjing2023, type Citation, type Policy } from "../policy";
import { _assertPolicy } from "../policy/assert-policy";
import { _isDeepFrozen } from "../_lib/deep-freeze";
import { _addYearsToDayNumber } from "../dates/add-period";
import type { SupervisionDuty } from "./types";

/** Bit of each severity / kind / credit level / role (index in its list). @internal */
export const _SEVERITY_BIT: Readonly<Record<string, number>> = bits(RISK_SEVERITIES);
/** @internal */
export const _KIND_BIT: Readonly<Record<string, number>> = bits(RISK_EVENT_KINDS);
/** @internal */
export const _CREDIT_BIT: Readonly<Record<string, number>> = bits(CREDIT_RISK_LEVELS);
/** @internal */
export const _ROLE_BIT: Readonly<Record<string, number>> = bits(UNIT_ROLES);

function bits(values: readonly string[]): Readonly<Record<string, number>> {
  const out: Record<string, number> = Object.create(null);
  values.forEach((v, i) => (out[v] = 1 << i));
  return Object.freeze(out);
}

function mask(values: readonly string[], table: Readonly<Record<string, number>>): number {
  let m = 0;
  for (const v of values) m |= table[v] ?? 0;
  return m;
}

/** A tier rule (special or key), ready to apply. @internal */
export interface _TierRule {
  readonly years: number;
  readonly minEvents: number;
  readonly severityMask: number;
  readonly kindMask: number;
  readonly creditMask: number;
  /** What is counted, e.g. "重大质量安全风险" / "major quality-safety risk(s)". */
  readonly whatZh: string;
  readonly whatEn: string;
  /** The credit levels that fire, e.g. "信用风险高" / "high credit risk". */
  readonly creditZh: string;
  readonly creditEn: string;
  readonly citation: Citation;
  /** The readings the risk rule rests on (window, window edges, severity grading, kinds counted). */
  readonly riskReadings: readonly Citation[] | undefined;
  /** The readings the credit rule rests on (the class mapping). */
  readonly creditReadings: readonly Citation[] | undefined;
}

/** A window as of one day: its first day number and its range. @internal */
export interface _Window {
  readonly start: DayNumber;
  readonly range: DateRange;
}

/** The windows as of one day. @internal */
export interface _Windows {
  readonly asOf: IsoDate;
  readonly day: DayNumber;
  readonly special: _Window;
  readonly key: _Window;
  readonly low: _Window;
  /** From the earliest window start through asOf. */
  readonly all: DateRange;
}

/** A policy prepared for fast classification (computed once per policy object). @internal */
export interface _CompiledPolicy {
  readonly policy: Policy;
  readonly ref: { readonly id: string; readonly version: string };
  /** 0 when the window's first day counts, 1 when it does not. */
  readonly edgeOffset: number;
  readonly special: _TierRule;
  readonly key: _TierRule;
  readonly low: {
    readonly years: number;
    readonly noRisk: SupervisionLevel;
    readonly minorOnly: SupervisionLevel;
    readonly citation: Citation;
    readonly readings: readonly Citation[] | undefined;
  };
  readonly credit: ReadonlyMap<string, CreditRiskLevel>;
  /** The credit classes, in the policy's order (what a unit's `creditRisk.grade` may be). */
  readonly creditClasses: readonly string[];
  readonly recallRoleMask: number;
  /** Duties by level, index 0 without recall, 1 with recall. */
  readonly duties: Readonly<Record<SupervisionLevel, readonly [readonly SupervisionDuty[], readonly SupervisionDuty[]]>>;
  /**
   * The windows of the last as-of day asked for (a one-entry cache: a batch shares one day).
   * Safe because a compiled policy is kept only for a deeply frozen policy object.
   */
  last: _Windows | undefined;
  /**
   * The windows of the other days asked for lately (tier history and on-site inspections ask
   * for the same half-year starts unit after unit); emptied when it reaches 1,024 days.
   */
  readonly windows: Map<IsoDate, _Windows>;
}

const cache = new WeakMap<object, _CompiledPolicy>();

/**
 * The compiled form of `policy` (default `nanjing2023`), validated and built once per
 * deeply frozen policy object (built-ins, `definePolicy` results). A policy that is not
 * deeply frozen may be mutated between calls, so it is validated and compiled afresh each
 * time and never cached: a cached answer could otherwise be stale.
 *
 * @throws {@link PolicyError} when `policy` is not a valid policy.
 * @internal
 */
export function _compiledPolicy(policy: Policy | undefined): _CompiledPolicy {
  const p = policy ?? nanjing2023;
  let c = cache.get(p);
  if (c === undefined) {
    c = compile(_assertPolicy(p));
    if (_isDeepFrozen(p)) cache.set(p, c);
  }
  return c;
}

/**
 * The windows as of `asOf` under policy `c` (cached: the last day asked, and up to 1,024 recent days).
 *
 * @throws {@link InvalidDateError} when `asOf` is not a calendar date.
 * @internal
 */
export function _windowsAsOf(c: _CompiledPolicy, asOf: IsoDate): _Windows {
  const last = c.last;
  // Stryker disable next-line ConditionalExpression: a shortcut; the last day's windows are in c.windows too, the same object
  if (last !== undefined && last.asOf === asOf) return last;
  const known = c.windows.get(asOf);
  if (known !== undefined) return (c.last = known);
  const day = toDayNumber(asOf);
  const special = window(c, asOf, day, c.special.years);
  const key = c.key.years === c.special.years ? special : window(c, asOf, day, c.key.years);
  const low = c.low.years === c.special.years ? special : c.low.years === c.key.years ? key : window(c, asOf, day, c.low.years);
  const first = Math.min(special.start, key.start, low.start);
  const all = first === special.start ? special.range : first === key.start ? key.range : low.range;
  const w: _Windows = Object.freeze({ asOf, day, special, key, low, all });
  if (c.windows.size >= 1024) c.windows.clear();
  c.windows.set(asOf, w);
  c.last = w;
  return w;
}

function window(c: _CompiledPolicy, asOf: IsoDate, day: DayNumber, years: number): _Window {
  // Civil Code Art. 202 clamping: 2028-02-29 − 2 years = 2026-02-28.
  const start = Math.min(_addYearsToDayNumber(day, -years) + c.edgeOffset, day);
  return Object.freeze({ start, range: Object.freeze({ start: fromDayNumber(start), end: asOf }) });
}

function describeCounted(severities: readonly string[], kinds: readonly string[]): { zh: string; en: string } {
  const allSeverities = severities.length === RISK_SEVERITIES.length;
  const allKinds = kinds.length === RISK_EVENT_KINDS.length;
  const sevZh = allSeverities ? "" : severities.map((s) => labels.riskSeverity[s as keyof typeof labels.riskSeverity].zh).join("、");
  const sevEn = allSeverities ? "" : `${severities.map((s) => labels.riskSeverity[s as keyof typeof labels.riskSeverity].en).join(" or ")} `;
  const kindZh = allKinds ? "" : `（${kinds.map((k) => labels.riskEventKind[k as keyof typeof labels.riskEventKind].zh).join("、")}）`;
  const kindEn = allKinds ? "" : ` (${kinds.map((k) => labels.riskEventKind[k as keyof typeof labels.riskEventKind].en).join(", ")})`;
  return { zh: `${sevZh}质量安全风险${kindZh}`, en: `${sevEn}quality-safety risk(s)${kindEn}` };
}

/** The citations among `list` that are readings, or undefined when none. */
function readingsOf(...list: Citation[]): readonly Citation[] | undefined {
  const out: Citation[] = [];
  for (const c of list) if (c.reading === true && !out.includes(c)) out.push(c);
  return out.length === 0 ? undefined : Object.freeze(out);
}

function tierRule(r: Policy["supervision"]["special"], s: Policy["supervision"]): _TierRule {
  const what = describeCounted(r.severities, r.kinds);
  return Object.freeze({
    years: r.windowYears,
    minEvents: r.minEvents,
    severityMask: mask(r.severities, _SEVERITY_BIT),
    kindMask: mask(r.kinds, _KIND_BIT),
    creditMask: mask(r.creditLevels, _CREDIT_BIT),
    whatZh: what.zh,
    whatEn: what.en,
    creditZh: r.creditLevels.length === 0 ? "（无）" : r.creditLevels.map((l) => labels.creditRiskLevel[l].zh).join("或"),
    creditEn: r.creditLevels.length === 0 ? "(none)" : r.creditLevels.map((l) => labels.creditRiskLevel[l].en).join(" or "),
    citation: r.citation,
    // The window, its edges, how a finding is graded and which kinds count (issue 15, 5).
    riskReadings: readingsOf(r.windowCitation, s.windowEdge.citation, r.severityCitation, r.kindsCitation),
    creditReadings: readingsOf(s.credit.citation),
  });
}

function compile(policy: Policy): _CompiledPolicy {
  const s = policy.supervision;
  const official = s.responsibleOfficial;
  const onsite = s.onsiteInspection;
  const halfYearZh = onsite.halfYear === "calendar" ? "每半年（1月1日至6月30日、7月1日至12月31日）" : "截至当日的近6个月内";
  const halfYearEn = onsite.halfYear === "calendar" ? "in each calendar half-year" : "in the six months ending on the day";
  const supervised: SupervisionDuty[] = [
    {
      duty: "annual-list",
      message: "列入生产、销售单位重点监管、特别监管年度名单（分别建立）",
      messageEn: "Put on the annual list of key and special units (separate lists for producers and sellers)",
      citation: s.annualLists.citation,
    },
    {
      duty: "responsible-official",
      message: "监管责任建档锁定明确到人（明确监管责任人）",
      messageEn: "Name a responsible official (监管责任人) for the unit",
      citation: official.citation,
    },
    {
      duty: "onsite-inspection",
      message: `${halfYearZh}现场检查不少于${onsite.minPerHalfYear}次`,
      messageEn: `At least ${onsite.minPerHalfYear} on-site inspection(s) ${halfYearEn}`,
      amount: onsite.minPerHalfYear,
      citation: onsite.citation,
    },
    {
      duty: "official-change-record",
      message: `监管责任人如有变动，应在${official.updateWithinWorkingDays}个工作日内更新`,
      messageEn: `Record a change of responsible official within ${official.updateWithinWorkingDays} working days`,
      amount: official.updateWithinWorkingDays,
      citation: official.updateCitation,
    },
  ];
  const recall: SupervisionDuty = {
    duty: "recall",
    message: "经确认产品存在缺陷的，督促生产单位按照国家有关规定进行召回",
    messageEn: "Where a product defect is confirmed, make the producer recall it under national rules",
    citation: s.recall.citation,
  };
  for (const d of supervised) Object.freeze(d);
  Object.freeze(recall);
  const low = Object.freeze([] as SupervisionDuty[]);
  const lowRecall = Object.freeze([recall]);
  // Stryker disable next-line MethodExpression: the copy only keeps `supervised` unfrozen, and nothing changes it afterwards
  const high = Object.freeze(supervised.slice());
  const highRecall = Object.freeze([...supervised, recall]);
  return {
    policy,
    ref: Object.freeze({ id: policy.id, version: policy.version }),
    edgeOffset: s.windowEdge.start === "inclusive" ? 0 : 1,
    special: tierRule(s.special, s),
    key: tierRule(s.key, s),
    low: Object.freeze({
      years: s.lowRisk.windowYears,
      noRisk: s.lowRisk.noRisk,
      minorOnly: s.lowRisk.minorOnly,
      citation: s.lowRisk.citation,
      readings: readingsOf(s.windowEdge.citation),
    }),
    credit: new Map(Object.entries(s.credit.classes)),
    creditClasses: Object.freeze(Object.keys(s.credit.classes)),
    recallRoleMask: mask(s.recall.roles, _ROLE_BIT),
    duties: Object.freeze({
      special: Object.freeze([high, highRecall] as const),
      key: Object.freeze([high, highRecall] as const),
      routine: Object.freeze([low, lowRecall] as const),
      trigger: Object.freeze([low, lowRecall] as const),
    }),
    last: undefined,
    windows: new Map(),
  };
}
