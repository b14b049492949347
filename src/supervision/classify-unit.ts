import { toDayNumber, type DayNumber, type IsoDate } from "../dates";
import { _addYearsToDayNumber } from "../dates/add-period";
import { UnitDataError, labels, type CreditRisk, type SupervisionLevel, type Unit } from "../entities";
import type { Policy } from "../policy";
import { _compiledPolicy, _CREDIT_BIT, _KIND_BIT, _ROLE_BIT, _SEVERITY_BIT, _windowsAsOf, type _CompiledPolicy, type _TierRule, type _Window } from "./compile-policy";
import type { Classification, SupervisionReason } from "./types";
import { _assertParsedUnit } from "../entities/unit-shape";
import { _checkAsOfRange, type AS_OF_RANGE } from "../dates/as-of";

/**
 * Options of {@link classifyUnit}. The policy is compiled once per policy object and
 * cached, so treat policies as immutable (built-ins and `definePolicy` results are frozen).
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface ClassifyUnitOptions {
  /** The day to classify as of (`YYYY-MM-DD`); risks and credit classes dated after it are ignored. */
  asOf: IsoDate;
  /** The policy (default `nanjing2023`). */
  policy?: Policy;
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * Classifies a unit into a supervision tier as of a day: special (特别监管), key (重点监管),
 * routine (日常监管) or trigger-based (触发式监管).
 *
 * Under `nanjing2023`:
 * - **special** if at least 3 major (重大) risks were found within the last 2 years, or the
 *   credit-risk class is 高 (D);
 * - **key** if a significant (较大) or major risk was found within the key window (2 years
 *   [reading]), or the credit class is 较高 (C);
 * - otherwise **trigger** when no risk was found within 2 years, **routine** when only
 *   minor ones were ([reading]; a policy may make both routine).
 *
 * Windows as of T are [T − N years, T], both ends inclusive ([reading]; Civil Code
 * Art. 202 clamping: as of 2028-02-29 the 2-year window opens 2026-02-28). Risks dated
 * after T are ignored, so a unit whose third major risk ages out drops from special to key
 * the next day. The unit holds one credit record (`creditRisk`, its newest class): it
 * counts only if dated on or before T; a class dated after T is ignored (the earlier class
 * is not in the model, so credit is then treated as unknown).
 *
 * `reasons` lists the rules that fired; `considered` lists every rule, fired or not, with
 * the events it counted ("why not special?"). `duties` lists what the level brings, with
 * citations; recall of confirmed defects applies to producers at every level.
 *
 * Cost: one pass over the risk events; the policy is compiled once per policy object and
 * the windows once per as-of day. `window`, `duties`, `policy` and empty `facts` lists are
 * frozen objects shared between results.
 *
 * @param unit - A parsed unit (see `UnitSchema`).
 * @param options - `asOf` and optionally `policy`.
 * @returns The level, the reasons, the window examined, the duties and the policy used.
 * @throws {@link InvalidDateError} when `asOf` or a date of the unit is not a calendar date.
 * @throws {@link PolicyError} when the policy is invalid.
 * @throws {@link UnitDataError} (code `unknown_credit_class`, path `/creditRisk/grade`,
 *   `expected` the policy's classes) when the unit's credit class, dated on or before
 *   `asOf`, is not in the policy's class set — a data error; `validate(kind, input, { policy })`
 *   reports it beforehand as an issue.
 * @throws {@link UnitDataError} (code `unit_not_parsed`, its `path` naming the field) when `unit` is raw input, not a parsed unit (`validate("unit", …).value`): one cheap shape check.
 * @throws {@link InvalidDateError} for an as-of date (or range end) outside {@link AS_OF_RANGE} (1000-01-01 to 8999-12-31), the range the library and the CLI share.
 * @example
 * ```ts
 * const r = classifyUnit(unit, { asOf: "2026-06-30" });
 * r.level;                                // "special"
 * r.reasons.map((x) => x.rule);           // ["special.major-risks", "key.risk"]
 * r.considered.find((x) => x.rule === "special.credit")?.fired; // false
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function classifyUnit(unit: Unit, options: ClassifyUnitOptions): Classification {
  _assertParsedUnit(unit);
  _checkAsOfRange(options.asOf);
  const c = _compiledPolicy(options.policy);
  return _classify(unit, options.asOf, c);
}

/** What {@link _classify} answers with `firedOnly`: the level and the reasons that fired, in the same order. @internal */
export interface _FiredClassification {
  level: SupervisionLevel;
  asOf: IsoDate;
  reasons: SupervisionReason[];
}

/**
 * {@link classifyUnit} on a compiled policy. With `firedOnly`, only the level and the reasons
 * that fired (the same objects' content as the full answer's `reasons`), without building the
 * considered reasons that did not fire: all that tier history and on-site inspections read.
 * @internal
 */
export function _classify(unit: Unit, asOf: IsoDate, c: _CompiledPolicy): Classification;
export function _classify(unit: Unit, asOf: IsoDate, c: _CompiledPolicy, firedOnly: true, eventDays?: readonly DayNumber[]): _FiredClassification;
export function _classify(unit: Unit, asOf: IsoDate, c: _CompiledPolicy, firedOnly = false, eventDays?: readonly DayNumber[]): Classification | _FiredClassification {
  const w = _windowsAsOf(c, asOf);
  const day = w.day;
  const sRule = c.special;
  const kRule = c.key;
  const sStart = w.special.start;
  const kStart = w.key.start;
  const lStart = w.low.start;
  let sIds: string[] | undefined;
  let kIds: string[] | undefined;
  let lIds: string[] | undefined;
  const events = unit.riskEvents;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    // eventDays: the events' days, read once by a caller asking for several days (_eventDays).
    // Stryker disable next-line ConditionalExpression: eventDays, when given, holds exactly these days (_eventDays)
    const d = eventDays === undefined ? toDayNumber(e.date) : eventDays[i]!;
    if (d > day) continue;
    const sev = _SEVERITY_BIT[e.severity];
    const kind = _KIND_BIT[e.kind];
    if (sev === undefined || kind === undefined) throw new TypeError(`Risk event "${e.id}": unknown severity "${String(e.severity)}" or kind "${String(e.kind)}"; validate the unit first.`);
    if (d >= sStart && (sev & sRule.severityMask) !== 0 && (kind & sRule.kindMask) !== 0) (sIds ??= []).push(e.id);
    if (d >= kStart && (sev & kRule.severityMask) !== 0 && (kind & kRule.kindMask) !== 0) (kIds ??= []).push(e.id);
    if (d >= lStart) (lIds ??= []).push(e.id);
  }

  let credit: CreditRisk | undefined;
  let creditBit = 0;
  let creditLater: CreditRisk | undefined;
  const cr = unit.creditRisk;
  if (cr !== undefined) {
    if (toDayNumber(cr.asOf) <= day) {
      const level = c.credit.get(cr.grade);
      if (level === undefined) throw unknownCreditClass(unit, cr.grade, c);
      credit = cr;
      creditBit = _CREDIT_BIT[level]!;
    } else {
      creditLater = cr;
    }
  }

  if (firedOnly) {
    // The same tests as tierRisk's and tierCredit's `fired`, before any message is built.
    const sRiskFired = (sIds ?? NONE).length >= sRule.minEvents;
    // Stryker disable next-line ConditionalExpression: without a credit record creditBit is 0, so the mask test alone is already false
    const sCreditFired = credit !== undefined && (creditBit & sRule.creditMask) !== 0;
    const kRiskFired = (kIds ?? NONE).length >= kRule.minEvents;
    // Stryker disable next-line ConditionalExpression: without a credit record creditBit is 0, so the mask test alone is already false
    const kCreditFired = credit !== undefined && (creditBit & kRule.creditMask) !== 0;
    const level: SupervisionLevel =
      sRiskFired || sCreditFired ? "special" : kRiskFired || kCreditFired ? "key" : lIds === undefined ? c.low.noRisk : c.low.minorOnly;
    const fired: SupervisionReason[] = [];
    if (sRiskFired) fired.push(tierRisk("special.major-risks", "special", sRule, w.special, sIds ?? NONE, "特别监管", "special supervision"));
    if (sCreditFired) fired.push(tierCredit("special.credit", "special", sRule, credit, creditBit, creditLater, asOf, c, "特别监管", "special supervision"));
    if (kRiskFired) fired.push(tierRisk("key.risk", "key", kRule, w.key, kIds ?? NONE, "重点监管", "key supervision"));
    if (kCreditFired) fired.push(tierCredit("key.credit", "key", kRule, credit, creditBit, creditLater, asOf, c, "重点监管", "key supervision"));
    // The low reasons fire only at a low level (lowReasons).
    // Stryker disable next-line ConditionalExpression: at key or special level lowReasons fires neither low rule, so always asking it adds nothing
    if (level === c.low.noRisk || level === c.low.minorOnly) for (const r of lowReasons(c, w.low, lIds ?? NONE, level)) if (r.fired) fired.push(r);
    return { level, asOf, reasons: fired };
  }

  const sRisk = tierRisk("special.major-risks", "special", sRule, w.special, sIds ?? NONE, "特别监管", "special supervision");
  const sCredit = tierCredit("special.credit", "special", sRule, credit, creditBit, creditLater, asOf, c, "特别监管", "special supervision");
  const kRisk = tierRisk("key.risk", "key", kRule, w.key, kIds ?? NONE, "重点监管", "key supervision");
  const kCredit = tierCredit("key.credit", "key", kRule, credit, creditBit, creditLater, asOf, c, "重点监管", "key supervision");

  let level: SupervisionLevel;
  if (sRisk.fired || sCredit.fired) level = "special";
  else if (kRisk.fired || kCredit.fired) level = "key";
  else level = lIds === undefined ? c.low.noRisk : c.low.minorOnly;

  const [noRisk, minorOnly] = lowReasons(c, w.low, lIds ?? NONE, level);
  const considered = [sRisk, sCredit, kRisk, kCredit, noRisk, minorOnly];
  const reasons: SupervisionReason[] = [];
  for (const r of considered) if (r.fired) reasons.push(r);

  let roles = 0;
  for (const role of unit.roles) roles |= _ROLE_BIT[role] ?? 0;
  return {
    unitId: unit.id,
    asOf,
    level,
    reasons,
    considered,
    window: w.all,
    duties: c.duties[level][(roles & c.recallRoleMask) !== 0 ? 1 : 0],
    policy: c.ref,
  };
}

/**
 * The level alone as of day `day` — the same as `_classify(unit, fromDayNumber(day), c).level`, without
 * building reasons or messages (for scanning many days, e.g. half-year by half-year).
 * @internal
 */
export function _levelAsOf(unit: Unit, day: DayNumber, c: _CompiledPolicy): SupervisionLevel {
  // The windows' first days, as _windowsAsOf has them (without their date text).
  const sRule = c.special;
  const kRule = c.key;
  const start = (years: number): DayNumber => Math.min(_addYearsToDayNumber(day, -years) + c.edgeOffset, day);
  const sStart = start(sRule.years);
  // Stryker disable next-line ConditionalExpression: a shortcut; start(kRule.years) gives the same day when the years are equal
  const kStart = kRule.years === sRule.years ? sStart : start(kRule.years);
  // Stryker disable next-line ConditionalExpression: shortcuts; start(c.low.years) gives the same day when the years are equal
  const lStart = c.low.years === sRule.years ? sStart : c.low.years === kRule.years ? kStart : start(c.low.years);
  let s = 0;
  let k = 0;
  let l = 0;
  for (const e of unit.riskEvents) {
    const d = toDayNumber(e.date);
    if (d > day) continue;
    const sev = _SEVERITY_BIT[e.severity];
    const kind = _KIND_BIT[e.kind];
    if (sev === undefined || kind === undefined) throw new TypeError(`Risk event "${e.id}": unknown severity "${String(e.severity)}" or kind "${String(e.kind)}"; validate the unit first.`);
    if (d >= sStart && (sev & sRule.severityMask) !== 0 && (kind & sRule.kindMask) !== 0) s++;
    if (d >= kStart && (sev & kRule.severityMask) !== 0 && (kind & kRule.kindMask) !== 0) k++;
    // Stryker disable next-line UpdateOperator: only l === 0 is read, and counting down leaves 0 exactly when counting up does
    if (d >= lStart) l++;
  }
  let creditBit = 0;
  const cr = unit.creditRisk;
  if (cr !== undefined && toDayNumber(cr.asOf) <= day) {
    const level = c.credit.get(cr.grade);
    if (level === undefined) throw unknownCreditClass(unit, cr.grade, c);
    creditBit = _CREDIT_BIT[level]!;
  }
  if (s >= sRule.minEvents || (creditBit & sRule.creditMask) !== 0) return "special";
  if (k >= kRule.minEvents || (creditBit & kRule.creditMask) !== 0) return "key";
  return l === 0 ? c.low.noRisk : c.low.minorOnly;
}

function tierRisk(rule: string, level: SupervisionLevel, r: _TierRule, w: _Window, ids: readonly string[], tierZh: string, tierEn: string): SupervisionReason {
  const n = ids.length;
  const fired = n >= r.minEvents;
  const { start, end } = w.range;
  return {
    rule,
    level,
    fired,
    facts: ids,
    window: w.range,
    count: n,
    threshold: r.minEvents,
    citation: r.citation,
    readings: r.riskReadings,
    message: `${start}至${end}发现${r.whatZh}${n}次，${fired ? "达到" : "未达到"}${tierZh}条件（${r.minEvents}次及以上）`,
    messageEn: `${n} ${r.whatEn} found from ${start} to ${end}: ${fired ? "meets" : "below"} the ${tierEn} threshold of ${r.minEvents}`,
  };
}

function tierCredit(
  rule: string,
  level: SupervisionLevel,
  r: _TierRule,
  credit: CreditRisk | undefined,
  creditBit: number,
  later: CreditRisk | undefined,
  asOf: IsoDate,
  c: _CompiledPolicy,
  tierZh: string,
  tierEn: string,
): SupervisionReason {
  if (credit === undefined) {
    return {
      rule,
      level,
      fired: false,
      facts: NONE,
      citation: r.citation,
      readings: r.creditReadings,
      message:
        later === undefined
          ? `截至${asOf}无信用风险分类`
          : `信用风险分类${later.grade}的分类日期${later.asOf}晚于${asOf}，不计入；截至${asOf}无信用风险分类`,
      messageEn:
        later === undefined
          ? `No credit-risk class dated on or before ${asOf}`
          : `Credit-risk class ${later.grade} is dated ${later.asOf}, after ${asOf}, and is ignored; no class dated on or before ${asOf}`,
    };
  }
  const fired = (creditBit & r.creditMask) !== 0;
  const lvl = labels.creditRiskLevel[c.credit.get(credit.grade)!];
  return {
    rule,
    level,
    fired,
    facts: NONE,
    credit,
    citation: r.citation,
    readings: r.creditReadings,
    message: `信用风险分类${credit.grade}（${lvl.zh}，${credit.asOf}）${fired ? "" : "不"}属于${r.creditZh}${fired ? `，实施${tierZh}` : ""}`,
    messageEn: `Credit-risk class ${credit.grade} (${lvl.en}, ${credit.asOf}) ${fired ? "is" : "is not"} ${r.creditEn}${fired ? `: ${tierEn}` : ""}`,
  };
}

function lowReasons(c: _CompiledPolicy, w: _Window, ids: readonly string[], level: SupervisionLevel): [SupervisionReason, SupervisionReason] {
  const { start, end } = w.range;
  const n = ids.length;
  const low = level === c.low.noRisk || level === c.low.minorOnly ? undefined : labels.supervisionLevel[level];
  const noRiskFired = low === undefined && n === 0;
  const minorFired = low === undefined && n > 0;
  const found = n === 0 ? `${start}至${end}未发现质量安全风险` : `${start}至${end}发现质量安全风险${n}次`;
  const foundEn = n === 0 ? `No quality-safety risk found from ${start} to ${end}` : `${n} quality-safety risk(s) found from ${start} to ${end}`;
  const noRiskLevel = c.low.noRisk;
  const minorLevel = c.low.minorOnly;
  return [
    {
      rule: `${noRiskLevel}.no-risk`,
      level: noRiskLevel,
      fired: noRiskFired,
      facts: ids,
      window: w.range,
      count: n,
      citation: c.low.citation,
      readings: c.low.readings,
      message: low !== undefined && n === 0 ? `${found}，但已实施${low.zh}` : found,
      messageEn: low !== undefined && n === 0 ? `${foundEn}, but the unit is under ${low.en}` : foundEn,
    },
    {
      rule: `${minorLevel}.minor-only`,
      level: minorLevel,
      fired: minorFired,
      facts: ids,
      window: w.range,
      count: n,
      citation: c.low.citation,
      readings: c.low.readings,
      message: n === 0 ? found : low === undefined ? `${found}，均未达到重点监管、特别监管条件` : `${found}，已实施${low.zh}`,
      messageEn: n === 0 ? foundEn : low === undefined ? `${foundEn}, none meeting key or special supervision` : `${foundEn}; the unit is under ${low.en}`,
    },
  ];
}

/** A data error, not a policy error: the unit names a class the (valid) policy does not have. */
function unknownCreditClass(unit: Unit, grade: string, c: _CompiledPolicy): UnitDataError {
  return new UnitDataError({
    code: "unknown_credit_class",
    path: "/creditRisk/grade",
    value: grade,
    expected: c.creditClasses,
    policyId: c.ref.id,
    unitId: typeof unit.id === "string" ? unit.id : undefined,
  });
}
