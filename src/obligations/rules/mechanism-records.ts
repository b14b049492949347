import { _orCoverageGap } from "../../calendar/coverage-gap";
import type { WorkCalendar } from "../../calendar";
import { addDays, isoWeekOf, monthOf, toDayNumber, type DateRange, type DayNumber, type IsoDate } from "../../dates";
import { _validRecords } from "../../duties/mechanism-gaps";
import { _dutiesOf } from "../../duties/internal";
import { _reason } from "../../duties/reason";
import { labels, type MechanismRecordKind, type PersonRole, type Unit } from "../../entities";
import type { Policy } from "../../policy";
import type { ObligationOf } from "../types";
import { _obligation, _unknownObligation } from "./_make";

type RecordKind = "daily-record" | "weekly-record" | "monthly-record";
const KIND: Record<MechanismRecordKind, RecordKind> = { daily: "daily-record", weekly: "weekly-record", monthly: "monthly-record" };
const TITLE: Record<MechanismRecordKind, string> = {
  daily: "《每日工业产品质量安全检查记录》",
  weekly: "《每周工业产品质量安全排查治理报告》",
  monthly: "《每月工业产品质量安全调度会议纪要》",
};

/**
 * Mechanism records (`daily-record`, `weekly-record`, `monthly-record`): for each kind the
 * CURRENT period — the day `asOf` if it needs a daily record, the ISO week and the month
 * containing `asOf` — and the PREVIOUS one — the last day before `asOf` that needed a daily
 * record, the week before, the month before. Each is due on its last day, met by a record of
 * the right role dated in it. Whether a day needs a daily record is a question for the
 * unit's calendar: when it needs a year the calendar does not hold, the daily record is
 * one `unknown` obligation for `asOf` (weeks and months need no calendar). Decided by
 * `mechanism.<kind>`.
 *
 * @see 宁市监质监〔2023〕146号 二（四）
 */
export function _mechanismObligations(
  unit: Unit,
  policy: Policy,
  asOf: IsoDate,
  effective: DayNumber,
  unitCalendar: WorkCalendar,
  directorRequired: boolean,
): ObligationOf<RecordKind>[] {
  const m = _dutiesOf(policy).mechanism;
  const day = toDayNumber(asOf);
  const everyDay = m.days === "every-day";

  // The weeks and months asked, found once for a batch's as-of day (each use gets its own copy).
  const periods = _periodsOf(asOf);

  // The days that need a daily record: the last one before asOf, and asOf itself.
  const needsToday = everyDay ? { ok: true as const, value: true } : _orCoverageGap(() => unitCalendar.isWorkingDay(asOf));
  const previous = day <= effective ? { ok: true as const, value: undefined } : everyDay ? { ok: true as const, value: addDays(asOf, -1) } : _orCoverageGap(() => unitCalendar.addWorkingDays(asOf, -1));
  const days: IsoDate[] = [];
  if (previous.ok && previous.value !== undefined) days.push(previous.value);
  if (needsToday.ok && needsToday.value) days.push(asOf);

  // Only the records that can fill these periods are looked at: daily ones from the first
  // day asked, weekly ones from last week, monthly ones from last month.
  const lo: Record<MechanismRecordKind, DayNumber> = { daily: days.length > 0 ? toDayNumber(days[0]!) : day, weekly: periods.weeks[0].startDay, monthly: periods.months[0].startDay };
  const done = _validRecords(unit, _dutiesOf(policy), lo, day, directorRequired).validDates;

  const roles = _roleNames(m.roles);
  // A period's text is the same for every unit (a batch asks about the same days): built once.
  const texts = _textsOf(roles);
  const text = (k: MechanismRecordKind, period: DateRange & { id: string }) => {
    let t = texts[k].get(period.id);
    if (t === undefined) {
      t = {
        zh: `${period.id}（${period.start}至${period.end}）应有${roles[k].zh}的${TITLE[k]}`,
        en: `${period.id} (${period.start} to ${period.end}) needs a ${k} record by the ${roles[k].en}`,
      };
      if (texts[k].size >= 512) texts[k].clear();
      texts[k].set(period.id, t);
    }
    return t;
  };
  const out: ObligationOf<RecordKind>[] = [];
  const push = (k: MechanismRecordKind, period: DateRange & { id: string }, doneOn: IsoDate | undefined, endDay = toDayNumber(period.end)) => {
    if (endDay < effective) return;
    const t = text(k, period);
    const reason = _reason(
      `mechanism.${k}`,
      k === "daily" ? m.daysCitation : m.periodsCitation,
      `${t.zh}${doneOn === undefined ? "，尚无" : `，${doneOn}已记录`}`,
      `${t.en}${doneOn === undefined ? ": none yet" : `: recorded on ${doneOn}`}`,
      [],
      { start: period.start, end: period.end },
    );
    out.push(_obligation(KIND[k], "unit", period.end, doneOn, asOf, [reason], reason.rule, { period }, endDay));
  };
  for (const d of days) {
    if (toDayNumber(d) < effective) continue;
    push("daily", { id: d, start: d, end: d }, done.daily.get(d));
  }
  const gap = !needsToday.ok ? needsToday.gap : !previous.ok ? previous.gap : undefined;
  if (gap !== undefined && day >= effective) {
    const period = { id: asOf, start: asOf, end: asOf };
    const t = text("daily", period);
    out.push(
      _unknownObligation(
        "daily-record",
        "unit",
        gap,
        { rule: "mechanism.daily", citation: m.daysCitation, message: `${t.zh}（${asOf}及其前一工作日是否须记录）`, messageEn: `${t.en} (whether ${asOf} and the working day before it need one)`, window: { start: asOf, end: asOf } },
        done.daily.get(asOf),
        asOf,
        [],
        { period },
      ),
    );
  }
  for (const w of periods.weeks) push("weekly", { id: w.id, start: w.start, end: w.end }, done.weekly.get(w.start), w.endDay);
  for (const mo of periods.months) push("monthly", { id: mo.id, start: mo.start, end: mo.end }, done.monthly.get(mo.id), mo.endDay);
  return out;
}

type _Period = DateRange & { id: string; startDay: DayNumber; endDay: DayNumber };

/** The ISO week before the one containing `asOf` and that week; the month before and the month (kept for the last as-of day). */
let _lastPeriods: { asOf: IsoDate; weeks: readonly [_Period, _Period]; months: readonly [_Period, _Period] } | undefined;

function _periodsOf(asOf: IsoDate): { weeks: readonly [_Period, _Period]; months: readonly [_Period, _Period] } {
  if (_lastPeriods !== undefined && _lastPeriods.asOf === asOf) return _lastPeriods;
  const withDays = (p: DateRange & { id: string }): _Period => ({ id: p.id, start: p.start, end: p.end, startDay: toDayNumber(p.start), endDay: toDayNumber(p.end) });
  const thisWeek = isoWeekOf(asOf);
  const lastWeek = isoWeekOf(addDays(thisWeek.start, -7));
  const thisMonth = monthOf(asOf);
  const lastMonth = monthOf(addDays(thisMonth.start, -1));
  _lastPeriods = { asOf, weeks: [withDays(lastWeek), withDays(thisWeek)], months: [withDays(lastMonth), withDays(thisMonth)] };
  return _lastPeriods;
}

type _RoleNames = Record<MechanismRecordKind, { zh: string; en: string }>;

/** Each frozen policy's record roles as the messages name them, joined once per policy. */
const _roleNamesCache = new WeakMap<object, _RoleNames>();

/** Who makes each kind of record, in the messages' words: `质量安全员`, `officer/director`. */
function _roleNames(roles: Record<MechanismRecordKind, readonly PersonRole[]>): _RoleNames {
  let names = _roleNamesCache.get(roles);
  if (names !== undefined) return names;
  const one = (list: readonly PersonRole[]) => ({ zh: list.map((r) => labels.personRole[r].zh).join("、"), en: list.join("/") });
  names = { daily: one(roles.daily), weekly: one(roles.weekly), monthly: one(roles.monthly) };
  // A policy that is not deep-frozen may change between calls: its names are joined each time.
  if (Object.isFrozen(roles) && Object.isFrozen(roles.daily) && Object.isFrozen(roles.weekly) && Object.isFrozen(roles.monthly)) _roleNamesCache.set(roles, names);
  return names;
}

/** Each role-names table's period texts by kind and period id (a period's id fixes its days). */
const _textsCache = new WeakMap<_RoleNames, Record<MechanismRecordKind, Map<string, { zh: string; en: string }>>>();

function _textsOf(roles: _RoleNames): Record<MechanismRecordKind, Map<string, { zh: string; en: string }>> {
  let texts = _textsCache.get(roles);
  if (texts === undefined) _textsCache.set(roles, (texts = { daily: new Map(), weekly: new Map(), monthly: new Map() }));
  return texts;
}
