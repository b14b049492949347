/**
 * The words of the interactive report page that the report's own table ({@link reportText})
 * does not hold — buttons, filters, pagination, the unit panel's headings, the cards and the
 * charts — one table per language, plain strings with `{name}` placeholders, so the page's
 * script (which gets them as JSON) and the server-side markup read the same words.
 *
 * @internal
 */
import type { ReportLanguage } from "../language";

/** The page's words in one language. @internal */
export interface _PageWords {
  language: string;
  languageLabel: string;
  print: string;
  search: string;
  searchPlaceholder: string;
  filterLevel: string;
  filterDistrict: string;
  filterDepartment: string;
  filterStatus: string;
  any: string;
  noDistrict: string;
  status: Record<"overdue" | "upcoming" | "unknown" | "findings" | "gaps" | "clear", string>;
  prev: string;
  next: string;
  pageOf: string;
  showing: string;
  filtered: string;
  noMatch: string;
  keptNote: string;
  moreNotListed: string;
  reading: string;
  noUnitRows: string;
  unitsHeading: string;
  listsHeading: string;
  chartsHeading: string;
  cardsHeading: string;
  columns: Record<"id" | "name" | "district" | "level" | "overdue" | "upcoming" | "nextDue" | "department" | "status" | "role" | "reasons" | "where" | "issues" | "from" | "to" | "rules" | "done" | "noRecords" | "clause", string>;
  panel: Record<
    "close" | "loading" | "loadFailed" | "reasons" | "fired" | "notFired" | "duties" | "history" | "agenda" | "findings" | "mechanism" | "prefill" | "prefillCounts" | "prefillFailed" | "noneFound" | "roles" | "facts" | "window",
    string
  >;
  templates: Record<string, string>;
  cards: Record<"units" | "overdue" | "upcoming" | "unknown" | "invalid" | "findings" | "gaps", string>;
  yes: string;
  no: string;
  noScript: string;
}

const zh: _PageWords = {
  language: "English",
  languageLabel: "切换为英文 Switch to English",
  print: "打印",
  search: "搜索",
  searchPlaceholder: "ID 或单位名称",
  filterLevel: "监管层级",
  filterDistrict: "行政区划",
  filterDepartment: "责任处室",
  filterStatus: "状态",
  any: "全部",
  noDistrict: "未填写",
  status: { overdue: "有逾期事项", upcoming: "有近期到期", unknown: "有无法计算", findings: "有人员或监管问题", gaps: "有机制缺失", clear: "无待办" },
  prev: "上一页",
  next: "下一页",
  pageOf: "第 {page} / {pages} 页",
  showing: "第 {from}–{to} 条，共 {count} 条",
  filtered: "（共 {total} 条，已筛选）",
  noMatch: "没有符合条件的主体",
  moreNotListed: "另有 {count} 条未列入此报表（生成时设了 keep）",
  reading: "（解读）",
  keptNote: "本报表每个列表只保留前 {keep} 条（标题中的数字为全部条数）；完整列表请不设 keep 重新生成",
  noUnitRows: "此报表不含主体明细（生成时未使用 units 选项），主体表与详情不可用",
  unitsHeading: "主体",
  listsHeading: "名单与清单",
  chartsHeading: "图表",
  cardsHeading: "概览",
  columns: {
    id: "ID",
    name: "单位名称",
    district: "行政区划",
    level: "监管层级",
    overdue: "逾期",
    upcoming: "近期到期",
    nextDue: "下一截止日",
    department: "责任处室",
    status: "状态",
    role: "类别",
    reasons: "依据",
    where: "位置",
    issues: "问题",
    from: "起",
    to: "止",
    rules: "规则",
    done: "完成日",
    noRecords: "本期无任何记录",
    clause: "出处",
  },
  panel: {
    close: "关闭",
    loading: "正在计算…",
    loadFailed: "无法计算此主体的详情：",
    reasons: "监管层级依据",
    fired: "成立",
    notFired: "不成立",
    duties: "监管职责",
    history: "近两年层级变化",
    agenda: "事项",
    findings: "人员配备与监管问题",
    mechanism: "日管控、周排查、月调度缺失",
    prefill: "检查表预填",
    prefillCounts: "{items} 项：是 {yes}，否 {no}，不适用 {na}，待现场检查 {unanswered}（检查期间 {start} 至 {end}）",
    prefillFailed: "数据显示不符合的项目",
    noneFound: "无",
    roles: "类别",
    facts: "依据记录",
    window: "期间",
  },
  templates: { "producer-tasks": "附件2 生产单位任务清单", "seller-tasks": "附件3 销售单位任务清单" },
  cards: { units: "主体", overdue: "逾期事项", upcoming: "{days} 天内到期", unknown: "无法计算", invalid: "无效记录", findings: "人员与监管问题", gaps: "机制缺失主体" },
  yes: "是",
  no: "否",
  noScript: "此页面的筛选、分页和主体详情需要 JavaScript；概览和图表无需 JavaScript。也可用 qsd report --format markdown 生成文本报表。",
};

const en: _PageWords = {
  language: "中文",
  languageLabel: "切换为中文 Switch to Chinese",
  print: "Print",
  search: "Search",
  searchPlaceholder: "ID or name",
  filterLevel: "Level",
  filterDistrict: "District",
  filterDepartment: "Department",
  filterStatus: "Status",
  any: "all",
  noDistrict: "none given",
  status: { overdue: "has overdue", upcoming: "has upcoming", unknown: "has unknown", findings: "has findings", gaps: "has mechanism gaps", clear: "nothing open" },
  prev: "Previous",
  next: "Next",
  pageOf: "page {page} of {pages}",
  showing: "rows {from}–{to} of {count}",
  filtered: " ({total} in all, filtered)",
  noMatch: "No unit matches",
  moreNotListed: "{count} more not in this report (it was built with keep)",
  reading: " (a reading)",
  keptNote: "This report keeps only the first {keep} rows of each list (the headings count them all); build it without keep for the full lists",
  noUnitRows: "This report holds no unit rows (built without the units option): the unit table and panels are not available",
  unitsHeading: "Units",
  listsHeading: "Lists",
  chartsHeading: "Charts",
  cardsHeading: "Summary",
  columns: {
    id: "ID",
    name: "Name",
    district: "District",
    level: "Level",
    overdue: "Overdue",
    upcoming: "Upcoming",
    nextDue: "Next due",
    department: "Department",
    status: "Status",
    role: "Role",
    reasons: "Reasons",
    where: "Where",
    issues: "Issues",
    from: "From",
    to: "To",
    rules: "Rules",
    done: "Done on",
    noRecords: "No record at all",
    clause: "Source",
  },
  panel: {
    close: "Close",
    loading: "Computing…",
    loadFailed: "Could not compute this unit's detail: ",
    reasons: "Why this level",
    fired: "holds",
    notFired: "does not hold",
    duties: "The regulator's duties",
    history: "Level over the last two years",
    agenda: "Obligations",
    findings: "Staffing and supervision findings",
    mechanism: "Missing daily / weekly / monthly records",
    prefill: "Checklist prefill",
    prefillCounts: "{items} items: yes {yes}, no {no}, n/a {na}, left for the inspector {unanswered} (records of {start} to {end})",
    prefillFailed: "Items the data shows as not met",
    noneFound: "none",
    roles: "Role",
    facts: "Records",
    window: "Window",
  },
  templates: { "producer-tasks": "Attachment 2, producers' task list", "seller-tasks": "Attachment 3, sellers' task list" },
  cards: { units: "Units", overdue: "Overdue", upcoming: "Due within {days} days", unknown: "Cannot be computed", invalid: "Invalid records", findings: "Findings", gaps: "Units with gaps" },
  yes: "yes",
  no: "no",
  noScript: "Filters, pages and unit panels need JavaScript; the summary and charts do not. qsd report --format markdown writes a text report.",
};

/** The page's words, by language. @internal */
export const _pageWords: Readonly<Record<ReportLanguage, _PageWords>> = { zh, en };

/** Fills `{name}` placeholders. @internal */
export function _fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
