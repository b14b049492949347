/**
 * The interactive report page: one self-contained HTML file (inline style sheet, inline
 * script allowed by its SHA-256 hash, the data in a JSON island, no network: a strict
 * Content-Security-Policy with `connect-src 'none'`) — summary cards and SVG charts drawn
 * here, the unit table, unit panels and lists drawn by the page's script from the report's
 * JSON (paginated on screen, every row in print). The checker page uses the same parts
 * ({@link _reportPageBody}, {@link _reportPageData}, the same script).
 *
 * @internal
 */
import { labels, type SupervisionLevel } from "../../entities";
import { OBLIGATION_KINDS, obligationLabels, type ObligationKind } from "../../obligations";
import { anhui2023, nanjing2023, type Policy } from "../../policy";
import { REPORT_TIMELINE_DAYS, type ReportBreakdown } from "../breakdown";
import type { ReportLanguage } from "../language";
import { describeRecordLocation } from "../record-location";
import { reportText } from "../report-text";
import { reportDocument } from "../sections";
import type { SupervisionReport } from "../types";
import { _barChart, _columnChart, type _Bilingual } from "./charts";
import { _escapeHtml as esc, _jsonForScript } from "./escape";
import { _packStrings } from "./pack";
import { _PAGE_CSS } from "./page-css";
import { _fill, _pageWords } from "./page-text";
import { _REPORT_APP_JS } from "./report-app-js";
import { _sha256Base64 } from "./sha256";

const LEVELS: readonly SupervisionLevel[] = ["special", "key", "routine", "trigger"];
const BUILT_IN: readonly Policy[] = [nanjing2023, anhui2023];

/** The list sections of the page, in order. */
export const _PAGE_LISTS = ["annual", "overdue", "upcoming", "unknown", "mechanism", "findings", "invalid"] as const;

/** `<span class="zh-only">中文</span> <span class="sub">English</span>`: Chinese first, English secondary (or alone in English). */
function both(b: _Bilingual): string {
  return `<span class="zh-only">${esc(b.zh)}</span> <span class="sub">${esc(b.en)}</span>`;
}

/** The names of the departments the report mentions: from the breakdown or the groups, else a built-in policy of the same id. */
function departmentNames(report: SupervisionReport): Record<string, [string, string]> {
  const out: Record<string, [string, string]> = {};
  const policy = BUILT_IN.find((p) => p.id === report.policy.id);
  if (policy) for (const [id, m] of Object.entries(policy.departments.members)) out[id] = [m.name, m.nameEn];
  for (const g of Object.values(report.byDepartment ?? {})) out[g.department] = [g.name, g.nameEn];
  for (const d of report.breakdown?.departments ?? []) out[d.department] = [d.name, d.nameEn];
  return out;
}

/**
 * The chart counts: the report's breakdown, or — for a report built without the `units`
 * option — what its lists and groups hold (complete unless it was built with `keep`).
 */
function chartCounts(report: SupervisionReport): { b: ReportBreakdown; fromLists: boolean } {
  if (report.breakdown) return { b: report.breakdown, fromLists: false };
  const names = departmentNames(report);
  const dept = new Map<string, { overdue: number; upcoming: number; unknown: number; findings: number }>();
  const d = (id: string) => dept.get(id) ?? dept.set(id, { overdue: 0, upcoming: 0, unknown: 0, findings: 0 }).get(id)!;
  for (const r of report.obligations.overdue) d(r.department).overdue++;
  for (const r of report.obligations.upcoming) d(r.department).upcoming++;
  const kinds = new Map<ObligationKind, number>();
  for (const r of report.obligations.overdue) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
  return {
    fromLists: true,
    b: {
      levels: report.levels.map((l) => ({ level: l.level, units: l.count, producers: 0, sellers: 0 })),
      departments: [...dept].map(([id, c]) => ({ department: id, name: names[id]?.[0] ?? id, nameEn: names[id]?.[1] ?? id, ...c })),
      districts: Object.values(report.byDistrict ?? {}).map((g) => ({
        district: g.district,
        ...(g.name !== undefined ? { name: g.name, nameEn: g.nameEn ?? g.name } : {}),
        units: 0,
        overdue: g.totals.overdue,
        upcoming: g.totals.upcoming,
        unknown: g.totals.unknown,
      })),
      overdueByKind: OBLIGATION_KINDS.filter((k) => kinds.has(k)).map((kind) => ({ kind, count: kinds.get(kind)! })),
      timelineDays: 0,
      dueByWeek: [],
    },
  };
}

function kindLabel(kind: ObligationKind): _Bilingual {
  return { zh: reportText.zh.obligationKind({ kind }), en: reportText.en.obligationKind({ kind }) };
}

/** The five charts. */
function charts(report: SupervisionReport): string {
  const { b, fromLists } = chartCounts(report);
  const W = _pageWords;
  const none = { zh: reportText.zh.none, en: reportText.en.none };
  const overdue = { label: { zh: "逾期", en: "overdue" }, color: "#a4262c", pattern: "solid" as const };
  const upcoming = { label: { zh: `${report.obligations.upcomingDays} 天内到期`, en: `due within ${report.obligations.upcomingDays} days` }, color: "#8a5a00", pattern: "hatch" as const };
  const fromListsNote = fromLists ? { zh: "按报表所列的行统计（未用 units 选项生成）", en: "counted from the rows the report lists (built without the units option)" } : undefined;
  const districtName = (d: ReportBreakdown["districts"][number]): _Bilingual =>
    d.district === null ? { zh: reportText.zh.noDistrict, en: reportText.en.noDistrict } : { zh: d.name ?? d.district, en: d.nameEn ?? d.district };
  const out = [
    _barChart({
      id: "chart-levels",
      title: { zh: "各监管层级主体数（生产 / 销售）", en: "Units per level (producers / sellers)" },
      series: fromLists
        ? [{ label: { zh: W.zh.cards.units, en: W.en.cards.units }, color: "#2b4c7e", pattern: "solid" }]
        : [
            { label: { zh: "生产单位", en: "producers" }, color: "#2b4c7e", pattern: "solid" },
            { label: { zh: "销售单位", en: "sellers" }, color: "#2b4c7e", pattern: "hatch" },
          ],
      bars: LEVELS.map((level) => {
        const l = b.levels.find((x) => x.level === level);
        return { label: labels.supervisionLevel[level], values: fromLists ? [l?.units ?? 0] : [l?.producers ?? 0, l?.sellers ?? 0] };
      }),
      empty: none,
      note: { zh: "兼具生产、销售的主体两边都计", en: "a unit that both produces and sells counts in both" },
    }),
    _barChart(
      {
        id: "chart-departments",
        title: { zh: "逾期与近期到期事项（按责任处室）", en: "Overdue and upcoming by department" },
        series: [overdue, upcoming],
        bars: b.departments.filter((d) => d.overdue + d.upcoming > 0).map((d) => ({ label: { zh: d.name, en: d.nameEn }, values: [d.overdue, d.upcoming] })),
        empty: none,
        note: fromListsNote ?? { zh: "宁市监质监〔2023〕146号 附件1 三；不含日管控、周排查、月调度", en: "附件1 三; daily / weekly / monthly records not included" },
      },
      true,
    ),
    b.districts.length || !fromLists
      ? _barChart(
          {
            id: "chart-districts",
            title: { zh: "逾期与近期到期事项（按行政区划）", en: "Overdue and upcoming by district" },
            series: [overdue, upcoming],
            bars: b.districts.filter((d) => d.overdue + d.upcoming > 0).map((d) => ({ label: districtName(d), values: [d.overdue, d.upcoming] })),
            empty: none,
            note: { zh: "GB/T 2260 行政区划代码", en: "GB/T 2260 district codes" },
          },
          true,
        )
      : "",
    _columnChart({
      id: "chart-weeks",
      title: { zh: `未来 ${b.timelineDays || REPORT_TIMELINE_DAYS} 天到期事项（按周）`, en: `Due in the next ${b.timelineDays || REPORT_TIMELINE_DAYS} days, by week` },
      series: [
        { label: { zh: "单位", en: "unit" }, color: "#2b4c7e", pattern: "solid" },
        { label: { zh: "监管部门", en: "regulator" }, color: "#2b4c7e", pattern: "dots" },
      ],
      bars: b.dueByWeek.map((w) => ({ label: { zh: w.start.slice(5), en: "" }, values: [w.unit, w.regulator] })),
      empty: fromLists ? { zh: "需用 units 选项生成报表", en: "needs a report built with the units option" } : { zh: "无到期事项", en: "nothing falls due" },
      note: { zh: "每列为一周（周一至周日），标注周一日期；不含日管控、周排查、月调度", en: "one column per week (Monday to Sunday), dated by its Monday; daily / weekly / monthly records not included" },
    }),
    _barChart({
      id: "chart-kinds",
      title: { zh: "逾期事项（按类型）", en: "Overdue by kind" },
      series: [overdue],
      bars: b.overdueByKind.map((k) => ({ label: kindLabel(k.kind), values: [k.count] })),
      empty: none,
      ...(fromListsNote ? { note: fromListsNote } : {}),
    }),
  ];
  return out.join("\n");
}

/** The summary cards. */
function cards(report: SupervisionReport): string {
  const t = report.totals;
  const W = _pageWords;
  const card = (n: number, label: _Bilingual, tone?: string, id?: string) =>
    `<div class="card${tone ? ` ${tone}` : ""}"${id ? ` id="${id}"` : ""}><span class="n">${n}</span><span class="l">${both(label)}</span></div>`;
  const days = { days: report.obligations.upcomingDays };
  const out = [card(t.units, { zh: W.zh.cards.units, en: W.en.cards.units }, undefined, "card-units")];
  for (const l of report.levels) out.push(card(l.count, labels.supervisionLevel[l.level], l.level === "special" ? "danger" : l.level === "key" ? "warning" : "muted", `card-${l.level}`));
  out.push(card(t.overdue, { zh: W.zh.cards.overdue, en: W.en.cards.overdue }, t.overdue ? "danger" : "muted", "card-overdue"));
  out.push(card(t.upcoming, { zh: _fill(W.zh.cards.upcoming, days), en: _fill(W.en.cards.upcoming, days) }, t.upcoming ? "warning" : "muted", "card-upcoming"));
  out.push(card(t.unknown, { zh: W.zh.cards.unknown, en: W.en.cards.unknown }, t.unknown ? "warning" : "muted", "card-unknown"));
  out.push(card(t.mechanismGaps, { zh: W.zh.cards.gaps, en: W.en.cards.gaps }, t.mechanismGaps ? "warning" : "muted", "card-gaps"));
  out.push(card(t.findings, { zh: W.zh.cards.findings, en: W.en.cards.findings }, t.findings ? "warning" : "muted", "card-findings"));
  out.push(card(t.invalid, { zh: W.zh.cards.invalid, en: W.en.cards.invalid }, t.invalid ? "danger" : "muted", "card-invalid"));
  return out.join("");
}

/** The title of each list section, with its count, in both languages. */
function listTitles(report: SupervisionReport): Record<(typeof _PAGE_LISTS)[number], _Bilingual & { count: number }> {
  const t = report.totals;
  const days = report.obligations.upcomingDays;
  const annual = t.annualLists.producers.key + t.annualLists.producers.special + t.annualLists.sellers.key + t.annualLists.sellers.special;
  const title = (f: (x: typeof reportText.zh) => string, count: number) => ({ zh: `${f(reportText.zh)}（${count}）`, en: f(reportText.en), count });
  return {
    annual: { ...title((x) => x.sections.annualLists({ year: report.annualLists.year }), annual), en: `${reportText.en.sections.annualLists({ year: report.annualLists.year })} (${annual})` },
    overdue: title((x) => x.sections.overdue({ count: t.overdue }), t.overdue),
    upcoming: title((x) => x.sections.upcoming({ days, count: t.upcoming }), t.upcoming),
    unknown: title((x) => x.sections.unknown({ count: t.unknown }), t.unknown),
    mechanism: title((x) => x.sections.mechanism({ count: t.mechanismGaps }), t.mechanismGaps),
    findings: title((x) => x.sections.findings({ count: t.findings }), t.findings),
    invalid: title((x) => x.sections.invalid({ count: t.invalid }), t.invalid),
  };
}

/**
 * The page's body markup (everything inside `<body>` but the data and the script): the title
 * and facts, the language and print buttons, the summary cards, the charts, and the shells
 * the script fills (unit table, unit panel, lists). Every data text is escaped.
 *
 * @param report - The report.
 * @param lang - The language it opens in (the script can switch).
 * @returns The markup.
 * @internal
 */
export function _reportPageBody(report: SupervisionReport, lang: ReportLanguage = "zh"): string {
  const W = _pageWords;
  const docs = { zh: reportDocument(report, { lang: "zh" }), en: reportDocument(report, { lang: "en" }) };
  const t = report.totals;
  // The units fact without the printed report's section number (this page has no numbered sections).
  const unitsFact = (lang: ReportLanguage) => {
    const L = reportText[lang];
    return L.validUnits({ count: t.units }) + L.separator + (t.invalid > 0 ? L.invalidRecords({ count: t.invalid }) : L.noInvalidRecords);
  };
  const unitsLabel = { zh: `${reportText.zh.facts.units} ${reportText.en.facts.units}`, en: reportText.en.facts.units };
  const facts = (lang: ReportLanguage) =>
    `<dl class="facts ${lang}-only">${docs[lang].facts
      .map((f) => `<dt>${esc(f.label)}</dt><dd${f.tone ? ` class="${f.tone}"` : ""}>${esc(f.label === unitsLabel[lang] ? unitsFact(lang) : f.value)}</dd>`)
      .join("")}</dl>`;
  const titles = listTitles(report);
  const kept = report.rowsKept !== undefined ? `<p class="note warning">${both({ zh: _fill(W.zh.keptNote, { keep: report.rowsKept }), en: _fill(W.en.keptNote, { keep: report.rowsKept }) })}</p>` : "";
  const lists = _PAGE_LISTS.filter((l) => l !== "unknown" || report.totals.unknown > 0)
    .map((l) => `<details class="list" id="list-${l}" data-count="${titles[l].count}"><summary><h3>${both(titles[l])}</h3></summary><div class="list-body" data-list="${l}"></div></details>`)
    .join("\n");
  return [
    `<div id="qsd-report" data-lang="${lang}">`,
    `<header class="top"><div><h1>${both({ zh: reportText.zh.title, en: reportText.en.title })}</h1></div>`,
    `<div class="tools"><button type="button" id="qsd-lang" lang="en" aria-label="${esc(W.zh.languageLabel)}">${esc(W.zh.language)}</button><button type="button" id="qsd-print">${both({ zh: W.zh.print, en: W.en.print })}</button></div>`,
    `${facts("zh")}${facts("en")}</header>`,
    `<main>`,
    `<section aria-labelledby="h-cards"><h2 id="h-cards" class="sr-only">${both({ zh: W.zh.cardsHeading, en: W.en.cardsHeading })}</h2><div class="cards">${cards(report)}</div>${kept}</section>`,
    `<section aria-labelledby="h-charts"><h2 id="h-charts">${both({ zh: W.zh.chartsHeading, en: W.en.chartsHeading })}</h2><div class="charts">${charts(report)}</div></section>`,
    `<section id="qsd-units" aria-labelledby="h-units"><h2 id="h-units">${both({ zh: W.zh.unitsHeading, en: W.en.unitsHeading })}</h2><div id="qsd-unit-tools" class="filters"></div><div id="qsd-unit-table"><noscript><p class="note">${both({ zh: W.zh.noScript, en: W.en.noScript })}</p></noscript></div></section>`,
    `<section id="qsd-panel" tabindex="-1" hidden aria-live="polite"></section>`,
    `<section id="qsd-lists" aria-labelledby="h-lists"><h2 id="h-lists">${both({ zh: W.zh.listsHeading, en: W.en.listsHeading })}</h2>`,
    lists,
    `</section>`,
    `</main>`,
    `<footer>${esc(docs.zh.footer)} · ${esc(report.policy.title)}</footer>`,
    `</div>`,
  ].join("\n");
}

/**
 * The page's data: the report, the words of both languages and the labels the script needs,
 * with every string that occurs more than once stored once ({@link _packStrings}).
 *
 * @param report - The report.
 * @returns A JSON-serialisable value for {@link _jsonForScript}.
 * @internal
 */
export function _reportPageData(report: SupervisionReport): unknown {
  const pair = <K extends string>(keys: readonly K[], f: (k: K, lang: ReportLanguage) => string) => Object.fromEntries(keys.map((k) => [k, [f(k, "zh"), f(k, "en")]]));
  const names = {
    levels: pair(LEVELS, (l, lang) => labels.supervisionLevel[l][lang]),
    kinds: pair(OBLIGATION_KINDS, (k, lang) => reportText[lang].obligationKind({ kind: k })),
    statuses: pair(["met", "late", "open", "overdue", "unknown"] as const, (s, lang) => obligationLabels.status[s][lang]),
    owedBy: pair(["unit", "regulator"] as const, (p, lang) => reportText[lang].owedBy[p]),
    areas: pair(["staffing", "supervision"] as const, (a, lang) => reportText[lang].area[a]),
    roles: pair(["producer", "seller"] as const, (r, lang) => labels.unitRole[r][lang]),
    departments: departmentNames(report),
    columns: { zh: reportText.zh.columns, en: reportText.en.columns },
    none: [reportText.zh.none, reportText.en.none],
    noDistrict: [reportText.zh.noDistrict, reportText.en.noDistrict],
  };
  return _packStrings({
    v: 1,
    report,
    words: _pageWords,
    names,
    where: report.invalid.map((r) => [describeRecordLocation(r.location, "zh"), describeRecordLocation(r.location, "en")]),
  });
}

/**
 * The whole page: {@link _reportPageBody}, the data island and the script, under a
 * Content-Security-Policy that allows only the page's own style sheet and script (by hash),
 * no network (`connect-src 'none'`), no frames, no forms.
 *
 * @param report - The report.
 * @param lang - The language it opens in.
 * @returns The HTML document.
 * @internal
 */
export function _renderReportPage(report: SupervisionReport, lang: ReportLanguage = "zh"): string {
  const csp = [
    "default-src 'none'",
    `style-src 'sha256-${_sha256Base64(_PAGE_CSS)}'`,
    `script-src 'sha256-${_sha256Base64(_REPORT_APP_JS)}'`,
    "img-src data:",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang === "en" ? "en" : "zh-CN"}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<title>${esc(reportText.zh.title)} ${esc(report.asOf)} · ${esc(reportText.en.shortTitle)}</title>`,
    `<style>${_PAGE_CSS}</style>`,
    "</head>",
    "<body>",
    _reportPageBody(report, lang),
    `<script type="application/json" id="qsd-data">${_jsonForScript(_reportPageData(report))}</script>`,
    `<script>${_REPORT_APP_JS}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
