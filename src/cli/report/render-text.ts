import { formatIssue, labels, obligationLabels } from "../../index";
import { pick, type Lang } from "../errors";
import { levelLabel } from "../labels";
import { describeLocation } from "../records";
import type { Style } from "../style";
import { renderTable, type TableColumn } from "../table";
import { displayWidth, truncateToWidth } from "../text-width";
import { departmentHeading, groupedByNote } from "../../report/department-heading";
import type { ReportFindingRow, ReportMechanismRow, ReportObligationRow, SupervisionReport } from "../../report/builder";
import { shortKind as shortKindLabel } from "../../report/sections";

/** Options of {@link renderReportText}. */
export interface RenderReportTextOptions {
  /** The language: Chinese headings carry their English too; `en` is English only. */
  lang: Lang;
  /** Colours (a terminal) or plain. */
  style: Style;
  /** The terminal's width: long cells are cut to fit; unlimited when absent (a pipe or file). */
  width?: number;
  /** The most rows per list (0 = all). */
  limit: number;
}

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** A section number in Chinese: 一 … 十, 十一 … 九十九. */
function zhNumeral(n: number): string {
  if (n <= 10) return NUMERALS[n - 1]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : NUMERALS[tens - 1]}十${ones ? NUMERALS[ones - 1] : ""}`;
}

/**
 * Renders a {@link SupervisionReport} for a terminal: numbered sections with Chinese and
 * English headings, aligned tables (CJK characters measured as two columns), colour for
 * special / key / overdue on a terminal, and a "more" line where a list is cut at `limit`.
 * With `report.byDepartment` (`--by department`) the overdue, upcoming, mechanism and
 * findings sections give way to one section per department with the same four parts.
 *
 * @param report - The report.
 * @param options - See {@link RenderReportTextOptions}.
 * @returns The text, ending with a newline.
 * @example
 * ```ts
 * process.stdout.write(renderReportText(report, { lang: "zh", style: styleFor(process.stdout, process.env), limit: 50 }));
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function renderReportText(report: SupervisionReport, options: RenderReportTextOptions): string {
  const { lang, style: s, limit } = options;
  const width = options.width;
  const tableOptions = { indent: 2, styleHeader: s.dim, ...(width ? { lineWidth: width } : {}) };
  const out: string[] = [];
  let section = 0;
  const rule = s.dim("─".repeat(Math.min(width ?? 78, 78)));
  // On a terminal nothing may wrap: cut plain text to what is left of the line.
  const fit = (text: string, used: number) => (width && displayWidth(text) > width - used ? truncateToWidth(text, Math.max(1, width - used)) : text);
  const heading = (zh: string, en: string, extra = "") => {
    const n = section++;
    const title = fit(lang === "en" ? `${n + 1}. ${en}` : `${zhNumeral(n + 1)}、${zh}${en ? `  ${en}` : ""}`, 0);
    const note = extra ? fit(extra, displayWidth(title) + 2) : "";
    out.push("", s.bold(s.cyan(title)) + (note && displayWidth(title) + 4 < (width ?? Infinity) ? `  ${s.dim(note)}` : ""));
  };
  const idList = (units: readonly { id: string }[], total = units.length) => {
    const shown = limit > 0 ? units.slice(0, limit) : units;
    return shown.map((u) => u.id).join(" ") + (total > shown.length ? ` … (+${total - shown.length})` : "");
  };
  const t = report.totals;
  const more = (shown: number, total: number) => {
    if (total > shown) out.push(s.dim(pick(lang, `  … 另有 ${total - shown} 条未显示（--limit 0 显示全部，或 --format json）`, `  … ${total - shown} more not shown (--limit 0 shows all, or use --format json)`)));
  };
  const cut = <T>(rows: readonly T[]): T[] => (limit > 0 ? rows.slice(0, limit) : [...rows]);
  const none = () => out.push(s.dim(pick(lang, "  无", "  none")));
  const departments = report.byDepartment ? Object.values(report.byDepartment) : undefined;
  // Levels, annual lists, then four sections or one per department (at least one), then invalid records.
  const invalidSection = 3 + (departments ? Math.max(1, departments.length) : 4);

  // Title block.
  const title = pick(lang, "工业产品质量安全监管概况  Supervision report", "Industrial-product quality-safety supervision report");
  out.push(rule, s.bold(` ${title}`), rule);
  const asOfWhy = { option: pick(lang, "--as-of 指定", "--as-of"), dataset: pick(lang, "数据集 asOf", "the data set's asOf"), today: pick(lang, "今天（Asia/Shanghai）", "today, Asia/Shanghai") }[report.asOfFrom];
  // [label, plain value, how to style it]
  const facts: [string, string, (t: string) => string][] = [
    [pick(lang, "数据 Data", "Data"), report.source, (t) => t],
    [pick(lang, "基准日 As of", "As of"), `${report.asOf}  (${asOfWhy})`, (t) => t.replace(report.asOf, s.bold(report.asOf))],
    [pick(lang, "政策 Policy", "Policy"), `${report.policy.id} ${report.policy.version}  ${pick(lang, report.policy.title, report.policy.titleEn)}`, (t) => t],
    [
      pick(lang, "主体 Units", "Units"),
      pick(lang, `${report.totals.units} 个有效`, `${report.totals.units} valid`) +
        (report.totals.invalid > 0 ? pick(lang, `，${report.totals.invalid} 条无效记录（见第${zhNumeral(invalidSection)}节）`, `, ${report.totals.invalid} invalid records (section ${invalidSection})`) : pick(lang, "，无无效记录", ", no invalid records")),
      (t) => (report.totals.invalid > 0 ? s.red(t) : t),
    ],
  ];
  if (departments) facts.push([pick(lang, "分组 Grouped by", "Grouped by"), groupedByNote(report, lang), (t) => t]);
  const labelWidth = Math.max(...facts.map(([k]) => displayWidth(k)));
  for (const [k, v, styled] of facts) out.push(` ${s.dim(k)}${" ".repeat(labelWidth - displayWidth(k) + 2)}${styled(fit(v, labelWidth + 3))}`);

  // 1. Levels.
  heading("分类监管", "Units per level", "宁市监质监〔2023〕146号 二（七）");
  out.push(
    renderTable(
      [{ header: pick(lang, "监管层级", "Level") }, { header: pick(lang, "数量", "Units"), align: "right" }, { header: pick(lang, "主体", "Unit ids") }],
      report.levels.map((l) => [levelLabel(l.level, lang, s), String(l.count), idList(l.units, l.count) || "—"]),
      tableOptions,
    ).trimEnd(),
  );

  // 2. Annual lists.
  const lists = report.annualLists;
  heading(`${lists.year} 年度名单`, `Annual lists ${lists.year}`, pick(lang, "重点监管、特别监管，生产、销售单位分别建立", "key and special supervision, producers and sellers separately"));
  for (const [roleKey, group] of [
    ["producer", lists.producers],
    ["seller", lists.sellers],
  ] as const) {
    const role = labels.unitRole[roleKey];
    out.push(`  ${s.bold(pick(lang, `${role.zh} ${roleKey === "producer" ? "Producers" : "Sellers"}`, roleKey === "producer" ? "Producers" : "Sellers"))}`);
    const rows: string[][] = [];
    for (const level of ["special", "key"] as const) {
      const entries = group[level];
      const total = t.annualLists[roleKey === "producer" ? "producers" : "sellers"][level];
      if (total === 0) rows.push([`${levelLabel(level, lang, s)} (0)`, "—", ""]);
      const shown = cut(entries);
      shown.forEach((e, i) => rows.push([i === 0 ? `${levelLabel(level, lang, s)} (${total})` : "", e.id, e.name]));
      if (total > shown.length) rows.push(["", "…", s.dim(pick(lang, `另有 ${total - shown.length} 个（--limit 0 显示全部）`, `${total - shown.length} more (--limit 0 shows all)`))]);
    }
    out.push(renderTable([{ header: "" }, { header: "" }, { header: "" }], rows, { ...tableOptions, indent: 4 }).split("\n").slice(1).join("\n").trimEnd());
  }

  // The tables of sections 3–6 (or of each department's section).
  const obligationTable = (rows: readonly ReportObligationRow[], overdue: boolean, total: number) => {
    const shown = cut(rows);
    out.push(
      renderTable(
        [
          { header: pick(lang, "截止日", "Due") },
          { header: overdue ? pick(lang, "逾期", "Late") : pick(lang, "剩余", "Left"), align: "right" },
          { header: "ID" },
          { header: pick(lang, "单位名称", "Name"), maxWidth: 24 },
          { header: pick(lang, "事项", "Obligation"), maxWidth: 18 },
          { header: pick(lang, "责任方", "Owed by") },
          { header: pick(lang, "说明", "Detail") },
        ],
        shown.map((o) => [
          o.dueOn,
          overdue ? s.red(pick(lang, `${o.days} 天`, `${o.days} d`)) : pick(lang, `${o.days} 天`, `${o.days} d`),
          o.id,
          o.name,
          pick(lang, shortKind(o.kind, "zh"), shortKind(o.kind, "en")),
          pick(lang, o.owedBy === "unit" ? "单位" : "监管部门", o.owedBy === "unit" ? "unit" : "regulator"),
          pick(lang, o.detail, o.detailEn),
        ]),
        tableOptions,
      ).trimEnd(),
    );
    more(shown.length, total);
  };
  const ob = report.obligations;
  const m = report.mechanism;
  const gapLines = (units: readonly ReportMechanismRow[], gaps: number, noRecords: number) => {
    const idle = units.filter((r) => r.noRecords);
    const partial = units.filter((r) => !r.noRecords);
    if (gaps === 0) none();
    if (noRecords > 0) {
      out.push(`  ${s.yellow(pick(lang, `本期无任何记录（${noRecords} 个主体）：`, `No record at all in the period (${noRecords} units):`))}`);
      out.push(...wrapWords(idList(idle, noRecords), (width ?? 100) - 4).map((l) => `    ${l}`));
    }
    if (partial.length > 0) {
      const shown = cut(partial);
      out.push(
        renderTable(
          [
            { header: "ID" },
            { header: pick(lang, "单位名称", "Name"), maxWidth: 24 },
            { header: pick(lang, "日管控缺失", "Daily missing"), maxWidth: 30 },
            { header: pick(lang, "周排查缺失", "Weekly missing"), maxWidth: 26 },
            { header: pick(lang, "月调度缺失", "Monthly missing") },
            { header: pick(lang, "记录人不符", "Wrong role") },
          ],
          shown.map((r) => [
            r.id,
            r.name,
            r.daily.length ? `${r.daily.length}: ${r.daily.map((d) => d.slice(5)).join(" ")}` : "—",
            r.weekly.length ? r.weekly.join(" ") : "—",
            r.monthly.length ? r.monthly.join(" ") : "—",
            r.wrongRole ? s.yellow(String(r.wrongRole)) : "—",
          ]),
          tableOptions,
        ).trimEnd(),
      );
      more(shown.length, gaps - noRecords);
    }
  };
  const findingTable = (rows: readonly ReportFindingRow[], total: number) => {
    if (total === 0) return none();
    const shown = cut(rows);
    out.push(
      renderTable(
        [
          { header: "ID" },
          { header: pick(lang, "单位名称", "Name"), maxWidth: 24 },
          { header: pick(lang, "类别", "Area") },
          { header: pick(lang, "问题", "Finding") },
        ],
        shown.map((f) => [f.id, f.name, f.area === "staffing" ? pick(lang, "人员配备", "staffing") : pick(lang, "监管", "supervision"), pick(lang, f.message, f.messageEn)]),
        tableOptions,
      ).trimEnd(),
    );
    more(shown.length, total);
  };

  if (departments) {
    // 3… One section per department that has something (附件1 三).
    const sub = (zh: string, en: string) => out.push(`  ${s.bold(fit(pick(lang, `${zh} ${en}`, en), 2))}`);
    if (departments.length === 0) {
      heading("按处室", "By department", "宁市监质监〔2023〕146号 附件1 三");
      none();
    }
    for (const g of departments) {
      const { title, note, readings } = departmentHeading(g, lang);
      heading(title, lang === "en" ? title : "", note);
      for (const r of readings) out.push(s.dim(fit(pick(lang, `  解读：${r}`, `  Reading: ${r}`), 0)));
      const gt = g.totals;
      if (gt.overdue) {
        sub("逾期事项", `Overdue obligations (${gt.overdue})`);
        obligationTable(g.overdue, true, gt.overdue);
      }
      if (gt.upcoming) {
        sub(`近期到期（${ob.upcomingDays} 天内）`, `Due within ${ob.upcomingDays} days (${gt.upcoming})`);
        obligationTable(g.upcoming, false, gt.upcoming);
      }
      if (gt.mechanismGaps) {
        sub("日管控、周排查、月调度缺失", `Missing daily / weekly / monthly records (${gt.mechanismGaps})`);
        gapLines(g.mechanism, gt.mechanismGaps, gt.noRecords);
      }
      if (gt.findings) {
        sub("人员配备与监管问题", `Staffing and supervision findings (${gt.findings})`);
        findingTable(g.findings, gt.findings);
      }
    }
  } else {
    // 3. Overdue, 4. upcoming.
    heading("逾期事项", `Overdue obligations (${t.overdue})`, pick(lang, "不含日管控、周排查、月调度（见第五节）", "daily / weekly / monthly records: see section 5"));
    if (t.overdue === 0) none();
    else obligationTable(ob.overdue, true, t.overdue);
    heading(`近期到期（${ob.upcomingDays} 天内）`, `Due within ${ob.upcomingDays} days (${t.upcoming})`);
    if (t.upcoming === 0) none();
    else obligationTable(ob.upcoming, false, t.upcoming);

    // 5. Mechanism gaps.
    heading("日管控、周排查、月调度缺失", "Missing daily / weekly / monthly records", `${m.period.start} – ${m.period.end} · 宁市监质监〔2023〕146号 二（四）`);
    out.push(
      s.dim(
        pick(
          lang,
          `  已检查 ${m.checked} 个适用主体；未结束的周、月不计缺失`,
          `  ${m.checked} units in scope checked; a week or month still running on the as-of date is not counted`,
        ),
      ),
    );
    gapLines(m.units, t.mechanismGaps, t.noRecords);

    // 6. Findings.
    heading("人员配备与监管问题", `Staffing and supervision findings (${t.findings})`, "二（三）、二（七）");
    findingTable(report.findings, t.findings);
  }

  // Last: invalid records.
  heading("无效记录", `Invalid records (${t.invalid})`, pick(lang, "未纳入以上统计", "left out of everything above"));
  if (t.invalid === 0) none();
  else {
    const shown = cut(report.invalid);
    for (const r of shown) {
      out.push(`  ${s.red("✗")} ${describeLocation(r.location, lang)}`);
      for (const issue of r.issues.slice(0, 5)) out.push(`      ${formatIssue(issue, { lang })}`);
      if (r.issues.length > 5) out.push(s.dim(pick(lang, `      …另有 ${r.issues.length - 5} 个问题`, `      … ${r.issues.length - 5} more`)));
    }
    more(shown.length, t.invalid);
  }
  out.push("", rule, s.dim(fit(pick(lang, ` ${report.generator.name} ${report.generator.version} · 详见 qsd report --help；机器可读：--format json`, ` ${report.generator.name} ${report.generator.version} · see qsd report --help; machine-readable: --format json`), 0)));
  return `${out.join("\n")}\n`;
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
  return shortKindLabel(kind, lang);
}

/** Breaks space-separated words into lines of at most `width` display columns. */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && displayWidth(line) + 1 + displayWidth(word) > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
