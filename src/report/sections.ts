import { labels } from "../entities";
import { obligationLabels } from "../obligations";
import { formatIssue } from "../validation";
import { _pick as pick, type ReportLanguage as Lang } from "./language";
import { describeRecordLocation as describeLocation } from "./record-location";
import { departmentHeading, groupedByNote } from "./department-heading";
import type { ReportFindingRow, ReportMechanismRow, ReportObligationRow, SupervisionReport } from "./builder";

/** A block of a report section, format-neutral. */
export type ReportBlock =
  | { type: "subheading"; text: string }
  | { type: "table"; columns: string[]; align?: ("left" | "right")[]; rows: string[][] }
  | { type: "paragraph"; text: string; tone?: "muted" | "warning" }
  | { type: "facts"; items: [string, string][] }
  | { type: "issues"; items: { where: string; issues: string[] }[] };

/** A report section: a heading (Chinese with English, or English), a note, and blocks. */
export interface ReportSection {
  /** The heading. */
  title: string;
  /** A short note beside the heading (the clause, the period). */
  note?: string;
  /** The content. */
  blocks: ReportBlock[];
}

/**
 * The report as format-neutral sections, shared by the Markdown and HTML renderers (the
 * terminal renderer lays the same content out itself). With `report.byDepartment` (`--by
 * department`) the overdue, upcoming, mechanism and findings sections give way to one
 * section per department with the same four parts.
 *
 * @param report - The report.
 * @param lang - The language (Chinese headings carry their English).
 * @param limit - The most rows per list (0 = all).
 * @returns The title, the header facts and the sections.
 * @example
 * ```ts
 * const { title, sections } = reportSections(report, "zh", 50);
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function reportSections(report: SupervisionReport, lang: Lang, limit: number): { title: string; facts: [string, string][]; sections: ReportSection[] } {
  const cut = <T>(rows: readonly T[]): T[] => (limit > 0 ? rows.slice(0, limit) : [...rows]);
  const moreNote = (shown: number, total: number): ReportBlock[] =>
    total > shown ? [{ type: "paragraph", tone: "muted", text: pick(lang, `另有 ${total - shown} 条未显示（--limit 0 显示全部，或 --format json）。`, `${total - shown} more not shown (--limit 0 shows all, or use --format json).`) }] : [];
  const idList = (units: readonly { id: string }[], total = units.length) => {
    const shown = limit > 0 ? units.slice(0, limit) : units;
    return shown.map((u) => u.id).join(" ") + (total > shown.length ? ` … (+${total - shown.length})` : "");
  };
  const t = report.totals;
  const none: ReportBlock = { type: "paragraph", tone: "muted", text: pick(lang, "无。", "None.") };
  const head = (zh: string, en: string) => pick(lang, `${zh} ${en}`, en);
  const level = (l: keyof typeof labels.supervisionLevel) => pick(lang, labels.supervisionLevel[l].zh, labels.supervisionLevel[l].en);
  const asOfWhy = { option: pick(lang, "--as-of 指定", "--as-of"), dataset: pick(lang, "数据集 asOf", "the data set's asOf"), today: pick(lang, "今天（Asia/Shanghai）", "today, Asia/Shanghai") }[report.asOfFrom];

  const facts: [string, string][] = [
    [pick(lang, "数据 Data", "Data"), report.source],
    [pick(lang, "基准日 As of", "As of"), `${report.asOf} (${asOfWhy})`],
    [pick(lang, "政策 Policy", "Policy"), `${report.policy.id} ${report.policy.version} — ${pick(lang, report.policy.title, report.policy.titleEn)}`],
    [pick(lang, "主体 Units", "Units"), pick(lang, `${report.totals.units} 个有效，${report.totals.invalid} 条无效记录`, `${report.totals.units} valid, ${report.totals.invalid} invalid records`)],
  ];
  if (report.byDepartment) facts.push([pick(lang, "分组 Grouped by", "Grouped by"), groupedByNote(report, lang)]);
  const sections: ReportSection[] = [];

  sections.push({
    title: head("分类监管", "Units per level"),
    note: "宁市监质监〔2023〕146号 二（七）",
    blocks: [
      {
        type: "table",
        columns: [pick(lang, "监管层级", "Level"), pick(lang, "数量", "Units"), pick(lang, "主体", "Unit ids")],
        align: ["left", "right", "left"],
        rows: report.levels.map((l) => [level(l.level), String(l.count), idList(l.units, l.count) || "—"]),
      },
    ],
  });

  const lists = report.annualLists;
  const listRows: string[][] = [];
  for (const [role, group] of [
    ["producer", lists.producers],
    ["seller", lists.sellers],
  ] as const) {
    for (const l of ["special", "key"] as const) {
      const roleLabel = pick(lang, labels.unitRole[role].zh, labels.unitRole[role].en);
      for (const e of cut(group[l])) listRows.push([roleLabel, level(l), e.id, e.name]);
      const hidden = t.annualLists[role === "producer" ? "producers" : "sellers"][l] - cut(group[l]).length;
      if (hidden > 0) listRows.push([roleLabel, level(l), "…", pick(lang, `另有 ${hidden} 个（--limit 0 显示全部）`, `${hidden} more (--limit 0 shows all)`)]);
    }
  }
  sections.push({
    title: head(`${lists.year} 年度名单`, `Annual lists ${lists.year}`),
    note: pick(lang, "重点监管、特别监管，生产、销售单位分别建立", "key and special supervision, producers and sellers separately"),
    blocks: listRows.length ? [{ type: "table", columns: [pick(lang, "名单", "List"), pick(lang, "监管层级", "Level"), "ID", pick(lang, "单位名称", "Name")], rows: listRows }] : [none],
  });

  const ob = report.obligations;
  const obligationBlocks = (rows: readonly ReportObligationRow[], overdue: boolean, total: number): ReportBlock[] => {
    if (total === 0) return [none];
    const shown = cut(rows);
    return [
      {
        type: "table",
        columns: [pick(lang, "截止日", "Due"), overdue ? pick(lang, "逾期天数", "Days late") : pick(lang, "剩余天数", "Days left"), "ID", pick(lang, "单位名称", "Name"), pick(lang, "事项", "Obligation"), pick(lang, "责任方", "Owed by"), pick(lang, "说明", "Detail")],
        align: ["left", "right", "left", "left", "left", "left", "left"],
        rows: shown.map((o) => [
          o.dueOn,
          String(o.days),
          o.id,
          o.name,
          shortKind(o.kind, lang),
          pick(lang, o.owedBy === "unit" ? "单位" : "监管部门", o.owedBy === "unit" ? "unit" : "regulator"),
          pick(lang, o.detail, o.detailEn),
        ]),
      },
      ...moreNote(shown.length, total),
    ];
  };
  const m = report.mechanism;
  /** The gaps' blocks: units without any record first (one line), then a table of the rest. */
  const gapBlocks = (units: readonly ReportMechanismRow[], gaps: number, noRecords: number): ReportBlock[] => {
    const blocks: ReportBlock[] = [];
    const idle = units.filter((r) => r.noRecords);
    const partial = cut(units.filter((r) => !r.noRecords));
    if (gaps === 0) blocks.push(none);
    if (noRecords) blocks.push({ type: "paragraph", tone: "warning", text: pick(lang, `本期无任何记录（${noRecords} 个主体）：${idList(idle, noRecords)}`, `No record at all in the period (${noRecords} units): ${idList(idle, noRecords)}`) });
    if (partial.length) {
      blocks.push({
        type: "table",
        columns: ["ID", pick(lang, "单位名称", "Name"), pick(lang, "日管控缺失", "Daily missing"), pick(lang, "周排查缺失", "Weekly missing"), pick(lang, "月调度缺失", "Monthly missing"), pick(lang, "记录人不符", "Wrong role")],
        rows: partial.map((r) => [r.id, r.name, r.daily.join(" ") || "—", r.weekly.join(" ") || "—", r.monthly.join(" ") || "—", r.wrongRole ? String(r.wrongRole) : "—"]),
      });
      blocks.push(...moreNote(partial.length, gaps - noRecords));
    }
    return blocks;
  };
  const findingBlocks = (rows: readonly ReportFindingRow[], total: number): ReportBlock[] => {
    if (total === 0) return [none];
    const shown = cut(rows);
    return [
      {
        type: "table",
        columns: ["ID", pick(lang, "单位名称", "Name"), pick(lang, "类别", "Area"), pick(lang, "问题", "Finding")],
        rows: shown.map((f) => [f.id, f.name, f.area === "staffing" ? pick(lang, "人员配备", "staffing") : pick(lang, "监管", "supervision"), pick(lang, f.message, f.messageEn)]),
      },
      ...moreNote(shown.length, total),
    ];
  };

  if (report.byDepartment) {
    const groups = Object.values(report.byDepartment);
    if (groups.length === 0) sections.push({ title: head("按处室", "By department"), note: "宁市监质监〔2023〕146号 附件1 三", blocks: [none] });
    for (const g of groups) {
      const { title, note, readings } = departmentHeading(g, lang);
      const gt = g.totals;
      const blocks: ReportBlock[] = readings.map((r) => ({ type: "paragraph", tone: "muted", text: pick(lang, `解读：${r}`, `Reading: ${r}`) }));
      if (gt.overdue) blocks.push({ type: "subheading", text: head("逾期事项", `Overdue obligations (${gt.overdue})`) }, ...obligationBlocks(g.overdue, true, gt.overdue));
      if (gt.upcoming) blocks.push({ type: "subheading", text: head(`近期到期（${ob.upcomingDays} 天内）`, `Due within ${ob.upcomingDays} days (${gt.upcoming})`) }, ...obligationBlocks(g.upcoming, false, gt.upcoming));
      if (gt.mechanismGaps) {
        blocks.push({ type: "subheading", text: head("日管控、周排查、月调度缺失", `Missing daily / weekly / monthly records (${gt.mechanismGaps})`) }, ...gapBlocks(g.mechanism, gt.mechanismGaps, gt.noRecords));
      }
      if (gt.findings) blocks.push({ type: "subheading", text: head("人员配备与监管问题", `Staffing and supervision findings (${gt.findings})`) }, ...findingBlocks(g.findings, gt.findings));
      sections.push({ title, note, blocks });
    }
  } else {
    sections.push({ title: head("逾期事项", `Overdue obligations (${t.overdue})`), note: pick(lang, "不含日管控、周排查、月调度", "daily / weekly / monthly records are listed below"), blocks: obligationBlocks(ob.overdue, true, t.overdue) });
    sections.push({ title: head(`近期到期（${ob.upcomingDays} 天内）`, `Due within ${ob.upcomingDays} days (${t.upcoming})`), blocks: obligationBlocks(ob.upcoming, false, t.upcoming) });
    sections.push({
      title: head("日管控、周排查、月调度缺失", "Missing daily / weekly / monthly records"),
      note: `${m.period.start} – ${m.period.end} · 宁市监质监〔2023〕146号 二（四）`,
      blocks: [
        { type: "paragraph", tone: "muted", text: pick(lang, `已检查 ${m.checked} 个适用主体；未结束的周、月不计缺失。`, `${m.checked} units in scope checked; a week or month still running on the as-of date is not counted.`) },
        ...gapBlocks(m.units, t.mechanismGaps, t.noRecords),
      ],
    });
    sections.push({ title: head("人员配备与监管问题", `Staffing and supervision findings (${t.findings})`), note: "宁市监质监〔2023〕146号 二（三）、二（七）", blocks: findingBlocks(report.findings, t.findings) });
  }

  const invalid = cut(report.invalid);
  sections.push({
    title: head("无效记录", `Invalid records (${t.invalid})`),
    note: pick(lang, "未纳入以上统计", "left out of everything above"),
    blocks: t.invalid
      ? [{ type: "issues", items: invalid.map((r) => ({ where: describeLocation(r.location, lang), issues: r.issues.map((i) => formatIssue(i, { lang })) })) }, ...moreNote(invalid.length, t.invalid)]
      : [none],
  });

  return { title: pick(lang, "工业产品质量安全监管概况", "Industrial-product quality-safety supervision report"), facts, sections };
}

/**
 * A short name of an obligation kind for a table column: the Chinese label without the
 * document name in brackets, or the English label.
 *
 * @param kind - The obligation kind.
 * @param lang - The language.
 * @returns E.g. `日管控` for `daily-record`.
 * @example
 * ```ts
 * shortKind("weekly-record", "zh"); // "周排查"
 * ```
 * @see 宁市监质监〔2023〕146号 二（四）
 */
export function shortKind(kind: keyof typeof obligationLabels.kind, lang: Lang): string {
  const full = obligationLabels.kind[kind];
  // The Chinese labels carry the document name in brackets: keep the short head.
  return lang === "en" ? full.en : full.zh.replace(/（.*$/, "");
}
