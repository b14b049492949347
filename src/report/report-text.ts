import { obligationLabels, type ObligationKind } from "../obligations";
import { _deepFreeze } from "../_lib/deep-freeze";
import type { ReportLanguage } from "./language";

/**
 * Every word a rendered supervision report uses — section headings, column headers, notes
 * and the messages the report builds — in one table per language (`reportText.zh`,
 * `reportText.en`), keyed by name and built from parameters. The renderers of the library
 * and of every shell (the `qsd` terminal renderer, a web page) take their words from here,
 * so a heading reads the same everywhere and no shell writes its own zh/en pair.
 *
 * A Chinese heading is shown with its English after it (`分类监管 Units per level`); an
 * English report shows the English only.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface ReportText {
  /** The report's title. */
  title: string;
  /** A short title (the English one follows the Chinese title on a terminal). */
  shortTitle: string;
  /** Labels of the header facts. */
  facts: {
    /** The input. */
    source: string;
    /** The as-of date. */
    asOf: string;
    /** The policy. */
    policy: string;
    /** The units. */
    units: string;
    /** The grouping. */
    groupedBy: string;
    /** The working-day calendar. */
    calendar: string;
  };
  /** Where the as-of date came from (`SupervisionReport.asOfFrom`). */
  asOfFrom: {
    /** Given by the caller. */
    option: string;
    /** The data set's `asOf`. */
    dataset: string;
    /** Today's date. */
    today: string;
  };
  /** The units fact: valid units. */
  validUnits: (p: { count: number }) => string;
  /** The units fact: invalid records, with the number of their section when shown. */
  invalidRecords: (p: { count: number; section?: number }) => string;
  /** The units fact when every record was valid. */
  noInvalidRecords: string;
  /** Joins the parts of a fact. */
  separator: string;
  /** The calendar fact: its id and years, and the years it lacks. */
  calendarFact: (p: { id: string; start: string; end: string; missingYears: readonly number[] }) => string;
  /** The number of a section, before its title. */
  sectionNumber: (p: { n: number }) => string;
  /** Section titles (also the sub-headings of a department's or district's section). */
  sections: {
    /** 分类监管 */
    levels: string;
    /** 年度名单 */
    annualLists: (p: { year: number }) => string;
    /** 逾期事项 */
    overdue: (p: { count: number }) => string;
    /** 近期到期 */
    upcoming: (p: { days: number; count: number }) => string;
    /** 无法计算 */
    unknown: (p: { count: number }) => string;
    /** 日管控、周排查、月调度缺失 */
    mechanism: (p: { count: number }) => string;
    /** 人员配备与监管问题 */
    findings: (p: { count: number }) => string;
    /** 无效记录 */
    invalid: (p: { count: number }) => string;
    /** 按处室 (when no department has anything) */
    byDepartment: string;
    /** 按行政区划 (when no district has anything) */
    byDistrict: string;
  };
  /** Notes beside the section titles. */
  notes: {
    /** Beside the annual lists. */
    annualLists: string;
    /** Beside the overdue obligations: the mechanism records are elsewhere. */
    overdue: (p: { section: number }) => string;
    /** Beside the unknown obligations: the years the calendar lacks. */
    unknown: (p: { missingYears: readonly number[] }) => string;
    /** Beside the invalid records. */
    invalid: string;
  };
  /** Column headers. */
  columns: {
    /** 监管层级 */
    level: string;
    /** 数量 */
    count: string;
    /** 主体 */
    unitIds: string;
    /** ID */
    id: string;
    /** 单位名称 */
    name: string;
    /** 截止日 */
    due: string;
    /** 逾期天数 */
    daysLate: string;
    /** 剩余天数 */
    daysLeft: string;
    /** 事项 */
    obligation: string;
    /** 责任方 */
    owedBy: string;
    /** 说明 */
    detail: string;
    /** 缺少的年份 */
    missingYears: string;
    /** 日管控缺失 */
    dailyMissing: string;
    /** 周排查缺失 */
    weeklyMissing: string;
    /** 月调度缺失 */
    monthlyMissing: string;
    /** 记录人不符 */
    wrongRole: string;
    /** 无法判定的日子 */
    unknownDays: string;
    /** 类别 */
    area: string;
    /** 问题 */
    finding: string;
  };
  /** An obligation kind, short: the Chinese label without the document's name in brackets (`日管控`), or the English label. */
  obligationKind: (p: { kind: ObligationKind }) => string;
  /** Who owes an obligation, short. */
  owedBy: {
    /** The unit. */
    unit: string;
    /** The regulator. */
    regulator: string;
  };
  /** The area of a finding. */
  area: {
    /** The unit's posts and assessments. */
    staffing: string;
    /** The regulator's duties. */
    supervision: string;
  };
  /** The annual lists' groups. */
  roles: {
    /** 生产单位 */
    producers: string;
    /** 销售单位 */
    sellers: string;
  };
  /** An empty list. */
  none: string;
  /** Rows left out of a list (the report keeps `rowsKept`, or the renderer's `limit`). */
  moreRows: (p: { count: number }) => string;
  /** Units left out of an annual list. */
  moreUnits: (p: { count: number }) => string;
  /** Issues of an invalid record left out. */
  moreIssues: (p: { count: number }) => string;
  /** The units with no mechanism record at all in the period. */
  noRecords: (p: { count: number }) => string;
  /** How many units the mechanism section checked. */
  mechanismChecked: (p: { count: number }) => string;
  /** The grouping fact of a report grouped by department. */
  groupedByDepartment: (p: { start: string; end: string; checked: number }) => string;
  /** The grouping fact of a report grouped by district. */
  groupedByDistrict: (p: { start: string; end: string; checked: number }) => string;
  /** A route to a department that is a reading of the plan's words. */
  reading: (p: { note: string }) => string;
  /** Beside the clauses of a department whose routes are partly readings. */
  partlyReading: string;
  /** Joins a department's duties in its heading. */
  dutySeparator: string;
  /** The group of units without a district code. */
  noDistrict: string;
  /** The title of a district's section (the name only when the policy gives one). */
  district: (p: { code: string; name?: string }) => string;
  /** Staffing findings (the report's rows). */
  staffing: {
    /** A post vacant since a day. */
    vacantSince: (p: { role: string; since: string }) => string;
    /** A post never filled. */
    vacantNever: (p: { role: string }) => string;
    /** A failed assessment. */
    failedAssessment: (p: { role: string; personId: string; assessedOn: string }) => string;
  };
  /** The issue of a unit whose id was already added (`duplicate_id`). */
  duplicateId: (p: { id: string }) => string;
}

const ZH_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** A section number in Chinese: 一 … 十, 十一 … 九十九. @internal */
export function _zhNumeral(n: number): string {
  if (n <= 10) return ZH_NUMERALS[n - 1]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : ZH_NUMERALS[tens - 1]}十${ones ? ZH_NUMERALS[ones - 1] : ""}`;
}

const zh: ReportText = {
  title: "工业产品质量安全监管概况",
  shortTitle: "监管概况",
  facts: { source: "数据", asOf: "基准日", policy: "政策", units: "主体", groupedBy: "分组", calendar: "工作日历" },
  asOfFrom: { option: "指定", dataset: "数据集 asOf", today: "今天，Asia/Shanghai" },
  validUnits: ({ count }) => `${count} 个有效`,
  invalidRecords: ({ count, section }) => `${count} 条无效记录${section === undefined ? "" : `（见第${_zhNumeral(section)}节）`}`,
  noInvalidRecords: "无无效记录",
  separator: "，",
  calendarFact: ({ id, start, end, missingYears }) =>
    `${id}（${start} 至 ${end}）${missingYears.length ? `；${missingYears.join("、")} 年放假安排尚未收录，相关期限无法计算` : ""}`,
  sectionNumber: ({ n }) => `${_zhNumeral(n)}、`,
  sections: {
    levels: "分类监管",
    annualLists: ({ year }) => `${year} 年度名单`,
    overdue: () => "逾期事项",
    upcoming: ({ days }) => `近期到期（${days} 天内）`,
    unknown: () => "无法计算",
    mechanism: () => "日管控、周排查、月调度缺失",
    findings: () => "人员配备与监管问题",
    invalid: () => "无效记录",
    byDepartment: "按处室",
    byDistrict: "按行政区划",
  },
  notes: {
    annualLists: "重点监管、特别监管，生产、销售单位分别建立",
    overdue: ({ section }) => `不含日管控、周排查、月调度（见第${_zhNumeral(section)}节）`,
    unknown: ({ missingYears }) => `所需年份放假安排尚未收录：${missingYears.join("、")} 年`,
    invalid: "未纳入以上统计",
  },
  columns: {
    level: "监管层级",
    count: "数量",
    unitIds: "主体",
    id: "ID",
    name: "单位名称",
    due: "截止日",
    daysLate: "逾期天数",
    daysLeft: "剩余天数",
    obligation: "事项",
    owedBy: "责任方",
    detail: "说明",
    missingYears: "缺少年份",
    dailyMissing: "日管控缺失",
    weeklyMissing: "周排查缺失",
    monthlyMissing: "月调度缺失",
    wrongRole: "记录人不符",
    unknownDays: "无法判定天数",
    area: "类别",
    finding: "问题",
  },
  obligationKind: ({ kind }) => obligationLabels.kind[kind].zh.replace(/（.*$/, ""),
  owedBy: { unit: "单位", regulator: "监管部门" },
  area: { staffing: "人员配备", supervision: "监管" },
  roles: { producers: "生产单位", sellers: "销售单位" },
  none: "无",
  moreRows: ({ count }) => `另有 ${count} 条未显示`,
  moreUnits: ({ count }) => `另有 ${count} 个`,
  moreIssues: ({ count }) => `…另有 ${count} 个问题`,
  noRecords: ({ count }) => `本期无任何记录（${count} 个主体）：`,
  mechanismChecked: ({ count }) => `已检查 ${count} 个适用主体；未结束的周、月不计缺失`,
  groupedByDepartment: ({ start, end, checked }) =>
    `按处室（宁市监质监〔2023〕146号 附件1 三）；日管控、周排查、月调度 ${start} – ${end}，已检查 ${checked} 个适用主体，未结束的周、月不计缺失`,
  groupedByDistrict: ({ start, end, checked }) => `按行政区划（GB/T 2260）；日管控、周排查、月调度 ${start} – ${end}，已检查 ${checked} 个适用主体，未结束的周、月不计缺失`,
  reading: ({ note }) => `解读：${note}`,
  partlyReading: "（含解读）",
  dutySeparator: "；",
  noDistrict: "未填写行政区划",
  district: ({ code, name }) => (name === undefined ? `行政区划 ${code}` : `${name}（${code}）`),
  staffing: {
    vacantSince: ({ role, since }) => `${role}自${since}起空缺`,
    vacantNever: ({ role }) => `未配备${role}`,
    failedAssessment: ({ role, personId, assessedOn }) => `${role}${personId}于${assessedOn}考核不合格`,
  },
  duplicateId: ({ id }) => `主体标识"${id}"重复，已跳过重复的记录`,
};

const en: ReportText = {
  title: "Industrial-product quality-safety supervision report",
  shortTitle: "Supervision report",
  facts: { source: "Data", asOf: "As of", policy: "Policy", units: "Units", groupedBy: "Grouped by", calendar: "Calendar" },
  asOfFrom: { option: "given", dataset: "the data set's asOf", today: "today in Asia/Shanghai" },
  validUnits: ({ count }) => `${count} valid`,
  invalidRecords: ({ count, section }) => `${count} invalid records${section === undefined ? "" : ` (section ${section})`}`,
  noInvalidRecords: "no invalid records",
  separator: ", ",
  calendarFact: ({ id, start, end, missingYears }) =>
    `${id} (${start} to ${end})${missingYears.length ? `; the holiday notice for ${missingYears.join(", ")} is not in it yet: deadlines that need it cannot be computed` : ""}`,
  sectionNumber: ({ n }) => `${n}. `,
  sections: {
    levels: "Units per level",
    annualLists: ({ year }) => `Annual lists ${year}`,
    overdue: ({ count }) => `Overdue obligations (${count})`,
    upcoming: ({ days, count }) => `Due within ${days} days (${count})`,
    unknown: ({ count }) => `Cannot be computed yet (${count})`,
    mechanism: ({ count }) => `Missing daily / weekly / monthly records (${count})`,
    findings: ({ count }) => `Staffing and supervision findings (${count})`,
    invalid: ({ count }) => `Invalid records (${count})`,
    byDepartment: "By department",
    byDistrict: "By district",
  },
  notes: {
    annualLists: "key and special supervision, producers and sellers separately",
    overdue: ({ section }) => `daily / weekly / monthly records: see section ${section}`,
    unknown: ({ missingYears }) => `the holiday notices needed are not in the calendar yet: ${missingYears.join(", ")}`,
    invalid: "left out of everything above",
  },
  columns: {
    level: "Level",
    count: "Units",
    unitIds: "Unit ids",
    id: "ID",
    name: "Name",
    due: "Due",
    daysLate: "Days late",
    daysLeft: "Days left",
    obligation: "Obligation",
    owedBy: "Owed by",
    detail: "Detail",
    missingYears: "Missing years",
    dailyMissing: "Daily missing",
    weeklyMissing: "Weekly missing",
    monthlyMissing: "Monthly missing",
    wrongRole: "Wrong role",
    unknownDays: "Days not judged",
    area: "Area",
    finding: "Finding",
  },
  obligationKind: ({ kind }) => obligationLabels.kind[kind].en,
  owedBy: { unit: "unit", regulator: "regulator" },
  area: { staffing: "staffing", supervision: "supervision" },
  roles: { producers: "Producers", sellers: "Sellers" },
  none: "none",
  moreRows: ({ count }) => `${count} more not shown`,
  moreUnits: ({ count }) => `${count} more`,
  moreIssues: ({ count }) => `… ${count} more issues`,
  noRecords: ({ count }) => `No record at all in the period (${count} units):`,
  mechanismChecked: ({ count }) => `${count} units in scope checked; a week or month still running on the as-of date is not counted`,
  groupedByDepartment: ({ start, end, checked }) =>
    `department (宁市监质监〔2023〕146号 附件1 三); daily / weekly / monthly records ${start} – ${end}, ${checked} units in scope checked, a week or month still running not counted`,
  groupedByDistrict: ({ start, end, checked }) =>
    `district (GB/T 2260); daily / weekly / monthly records ${start} – ${end}, ${checked} units in scope checked, a week or month still running not counted`,
  reading: ({ note }) => `Reading: ${note}`,
  partlyReading: " (partly a reading)",
  dutySeparator: "; ",
  noDistrict: "no district",
  district: ({ code, name }) => (name === undefined ? `District ${code}` : `${name} (${code})`),
  staffing: {
    vacantSince: ({ role, since }) => `no ${role} since ${since}`,
    vacantNever: ({ role }) => `no ${role} appointed`,
    failedAssessment: ({ role, personId, assessedOn }) => `${role} ${personId} failed the assessment of ${assessedOn}`,
  },
  duplicateId: ({ id }) => `Unit id "${id}" is repeated; the repeated record is skipped`,
};

/**
 * The supervision report's words, one {@link ReportText} table per language.
 *
 * @example
 * ```ts
 * reportText.zh.sections.levels;                  // "分类监管"
 * reportText.en.sections.overdue({ count: 3 });   // "Overdue obligations (3)"
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export const reportText: Readonly<Record<ReportLanguage, ReportText>> = Object.freeze({ zh: _deepFreeze(zh), en: _deepFreeze(en) });
