import { labels, type SupervisionLevel } from "../entities";
import type { ObligationKind } from "../obligations";
import { formatIssue } from "../validation";
import { departmentHeading } from "./department-heading";
import type { ReportLanguage } from "./language";
import { describeRecordLocation } from "./record-location";
import { reportText, type ReportText } from "./report-text";
import type { ReportFindingRow, ReportGroupRows, ReportMechanismRow, ReportObligationRow, ReportUnknownRow, SupervisionReport } from "./types";

/** How a renderer may set off a cell, fact or paragraph: `danger` (red: special supervision, overdue), `warning` (yellow), `muted` (grey). */
export type ReportTone = "danger" | "warning" | "muted";

/** A table cell. */
export interface ReportCell {
  /** The text. */
  text: string;
  /** How to set it off. */
  tone?: ReportTone;
}

/** A table column. */
export interface ReportColumn {
  /** The header. */
  header: string;
  /** `right` for numbers. */
  align?: "left" | "right";
  /** A hint for fixed-width renderers (a terminal): cut longer cells to this many columns. */
  maxWidth?: number;
}

/** A block of a report section, format-neutral. */
export type ReportBlock =
  | {
      /** A heading inside a section (a department's or district's part). */
      type: "subheading";
      /** The heading. */
      text: string;
    }
  | {
      /** A table. */
      type: "table";
      /** The columns. */
      columns: ReportColumn[];
      /** The rows, one cell per column. */
      rows: ReportCell[][];
    }
  | {
      /** A line of text. */
      type: "paragraph";
      /** The text. */
      text: string;
      /** How to set it off. */
      tone?: ReportTone;
    }
  | {
      /** Invalid records with their issues. */
      type: "issues";
      /** One per record. */
      items: {
        /** Where the record is. */
        where: string;
        /** Its issues, `path: message`. */
        issues: string[];
        /** How many more issues there are, when cut. */
        more?: string;
      }[];
    };

/** The part of the report a section shows. */
export type ReportSectionId = "levels" | "annual-lists" | "overdue" | "upcoming" | "unknown" | "mechanism" | "findings" | "department" | "district" | "groups" | "invalid";

/** A report section: a numbered title, a note, and its blocks. */
export interface ReportSection {
  /** What it shows (`department` and `district`: one group, named by `key`; `groups`: none had anything). */
  id: ReportSectionId;
  /** The group's key in `byDepartment` / `byDistrict`, for `department` and `district` sections. */
  key?: string;
  /** The section's number as shown before the title: `三、` or `3. `. */
  number: string;
  /** The title in the report's language. */
  title: string;
  /** In a Chinese report, the English title (shown after the Chinese). */
  subtitle?: string;
  /** A short note beside the title (the clause, the period). */
  note?: string;
  /** The content. */
  blocks: ReportBlock[];
}

/** A line of the report's header. */
export interface ReportFact {
  /** The label. */
  label: string;
  /** The value. */
  value: string;
  /** How to set the value off. */
  tone?: ReportTone;
}

/** A {@link SupervisionReport} laid out for reading, in one language, for any output format. */
export interface ReportDocument {
  /** The language. */
  lang: ReportLanguage;
  /** The title. */
  title: string;
  /** In a Chinese report, the short English title. */
  subtitle?: string;
  /** The header lines: data, as-of date, policy, calendar, units, grouping. */
  facts: ReportFact[];
  /** The sections, numbered. */
  sections: ReportSection[];
  /** The generator and its version. */
  footer: string;
}

/** Options of {@link reportDocument}. */
export interface ReportDocumentOptions {
  /** `zh` (default: Chinese, each heading with its English) or `en`. */
  lang?: ReportLanguage;
  /** The most rows shown per list (default 0: every row the report holds). */
  limit?: number;
  /**
   * Words added after every "N more not shown" line — e.g. how the host shows the rest
   * (`qsd` adds its `--limit 0` hint). Default none.
   */
  moreHint?: string;
}

const NANJING_PLAN = "宁市监质监〔2023〕146号";

/**
 * Lays a {@link SupervisionReport} out as a format-neutral document: the title, the header
 * facts, and numbered sections of tables and paragraphs with every heading, column and
 * note taken from {@link reportText}. The Markdown and HTML renderers
 * ({@link renderSupervisionReport}) and a terminal renderer draw the same document.
 *
 * Sections: units per level; the annual lists; then overdue, upcoming, cannot-be-computed
 * (only when there are such obligations), mechanism gaps and findings — or, for a report
 * grouped by department or district, one section per group with those parts — and last
 * the invalid records.
 *
 * @param report - The report.
 * @param options - Language, row limit and a hint for the rows left out.
 * @returns The document.
 * @example
 * ```ts
 * const doc = reportDocument(buildSupervisionReport(units, { asOf: "2026-11-20" }), { lang: "en", limit: 20 });
 * doc.sections.map((s) => s.title); // ["Units per level", "Annual lists 2026", "Overdue obligations (7)", …]
 * ```
 * @see 宁市监质监〔2023〕146号 二（三）、二（四）、二（七）
 */
export function reportDocument(report: SupervisionReport, options: ReportDocumentOptions = {}): ReportDocument {
  const lang = options.lang ?? "zh";
  const limit = options.limit ?? 0;
  const L = reportText[lang];
  const E = reportText.en;
  const Z = reportText.zh;
  const zh = lang === "zh";
  const hint = options.moreHint ?? "";
  const cut = <T>(rows: readonly T[]): T[] => (limit > 0 ? rows.slice(0, limit) : [...rows]);
  const cell = (text: string, tone?: ReportTone): ReportCell => (tone ? { text, tone } : { text });
  const more = (shown: number, total: number): ReportBlock[] => (total > shown ? [{ type: "paragraph", tone: "muted", text: L.moreRows({ count: total - shown }) + hint }] : []);
  const idList = (units: readonly { id: string }[], total = units.length) => {
    const shown = cut(units);
    return shown.map((u) => u.id).join(" ") + (total > shown.length ? ` … (+${total - shown.length})` : "");
  };
  const none: ReportBlock = { type: "paragraph", tone: "muted", text: L.none };
  /** A title in the report's language, with the English after a Chinese one. */
  const titled = (f: (t: ReportText) => string) => (zh ? { title: f(Z), subtitle: f(E) } : { title: f(E) });
  const both = (f: (t: ReportText) => string) => (zh ? `${f(Z)} ${f(E)}` : f(E));
  const levelCell = (l: SupervisionLevel, suffix = "") => cell((zh ? labels.supervisionLevel[l].zh : labels.supervisionLevel[l].en) + suffix, l === "special" ? "danger" : l === "key" ? "warning" : undefined);
  const kindLabel = (kind: ObligationKind) => L.obligationKind({ kind });
  const t = report.totals;
  const ob = report.obligations;
  const m = report.mechanism;
  const groups = report.byDepartment ?? report.byDistrict;

  // The parts that repeat in each group's section.
  const obligationBlocks = (rows: readonly ReportObligationRow[], overdue: boolean, total: number): ReportBlock[] => {
    if (total === 0) return [none];
    const shown = cut(rows);
    return [
      {
        type: "table",
        columns: [
          { header: L.columns.due },
          { header: overdue ? L.columns.daysLate : L.columns.daysLeft, align: "right" },
          { header: L.columns.id },
          { header: L.columns.name, maxWidth: 24 },
          { header: L.columns.obligation, maxWidth: 18 },
          { header: L.columns.owedBy },
          { header: L.columns.detail },
        ],
        rows: shown.map((o) => [cell(o.dueOn), cell(String(o.days), overdue ? "danger" : undefined), cell(o.id), cell(o.name), cell(kindLabel(o.kind)), cell(L.owedBy[o.owedBy]), cell(zh ? o.detail : o.detailEn)]),
      },
      ...more(shown.length, total),
    ];
  };
  const unknownBlocks = (rows: readonly ReportUnknownRow[], total: number): ReportBlock[] => {
    if (total === 0) return [none];
    const shown = cut(rows);
    return [
      {
        type: "table",
        columns: [
          { header: L.columns.id },
          { header: L.columns.name, maxWidth: 24 },
          { header: L.columns.obligation, maxWidth: 18 },
          { header: L.columns.owedBy },
          { header: L.columns.missingYears },
          { header: L.columns.detail },
        ],
        rows: shown.map((u) => [cell(u.id), cell(u.name), cell(kindLabel(u.kind)), cell(L.owedBy[u.owedBy]), cell(u.missingYears.join(" ") || "—", "warning"), cell(zh ? u.message : u.messageEn)]),
      },
      ...more(shown.length, total),
    ];
  };
  /** The gaps' blocks: units without any record first (one line), then a table of the rest. */
  const gapBlocks = (units: readonly ReportMechanismRow[], gaps: number, noRecords: number): ReportBlock[] => {
    const blocks: ReportBlock[] = [];
    const idle = units.filter((r) => r.noRecords);
    const partial = cut(units.filter((r) => !r.noRecords));
    if (gaps === 0) blocks.push(none);
    if (noRecords) blocks.push({ type: "paragraph", tone: "warning", text: `${L.noRecords({ count: noRecords })}${idList(idle, noRecords)}` });
    if (partial.length) {
      const judged = partial.some((r) => r.unknownDays !== undefined);
      blocks.push({
        type: "table",
        columns: [
          { header: L.columns.id },
          { header: L.columns.name, maxWidth: 24 },
          { header: L.columns.dailyMissing, maxWidth: 30 },
          { header: L.columns.weeklyMissing, maxWidth: 26 },
          { header: L.columns.monthlyMissing },
          { header: L.columns.wrongRole, align: "right" },
          ...(judged ? [{ header: L.columns.unknownDays, align: "right" as const }] : []),
        ],
        rows: partial.map((r) => [
          cell(r.id),
          cell(r.name),
          cell(r.daily.length ? `${r.daily.length}: ${r.daily.map((d) => d.slice(5)).join(" ")}` : "—"),
          cell(r.weekly.join(" ") || "—"),
          cell(r.monthly.join(" ") || "—"),
          r.wrongRole ? cell(String(r.wrongRole), "warning") : cell("—"),
          ...(judged ? [r.unknownDays ? cell(String(r.unknownDays), "warning") : cell("—")] : []),
        ]),
      });
      blocks.push(...more(partial.length, gaps - noRecords));
    }
    return blocks;
  };
  const findingBlocks = (rows: readonly ReportFindingRow[], total: number): ReportBlock[] => {
    if (total === 0) return [none];
    const shown = cut(rows);
    return [
      {
        type: "table",
        columns: [{ header: L.columns.id }, { header: L.columns.name, maxWidth: 24 }, { header: L.columns.area }, { header: L.columns.finding }],
        rows: shown.map((f) => [cell(f.id), cell(f.name), cell(L.area[f.area]), cell(zh ? f.message : f.messageEn)]),
      },
      ...more(shown.length, total),
    ];
  };
  /** A group's parts, each under a sub-heading, only those with rows. */
  const groupBlocks = (g: ReportGroupRows): ReportBlock[] => {
    const gt = g.totals;
    const blocks: ReportBlock[] = [];
    if (gt.overdue) blocks.push({ type: "subheading", text: both((x) => x.sections.overdue({ count: gt.overdue })) }, ...obligationBlocks(g.overdue, true, gt.overdue));
    if (gt.upcoming) blocks.push({ type: "subheading", text: both((x) => x.sections.upcoming({ days: ob.upcomingDays, count: gt.upcoming })) }, ...obligationBlocks(g.upcoming, false, gt.upcoming));
    if (gt.unknown) blocks.push({ type: "subheading", text: both((x) => x.sections.unknown({ count: gt.unknown })) }, ...unknownBlocks(g.unknown, gt.unknown));
    if (gt.mechanismGaps) blocks.push({ type: "subheading", text: both((x) => x.sections.mechanism({ count: gt.mechanismGaps })) }, ...gapBlocks(g.mechanism, gt.mechanismGaps, gt.noRecords));
    if (gt.findings) blocks.push({ type: "subheading", text: both((x) => x.sections.findings({ count: gt.findings })) }, ...findingBlocks(g.findings, gt.findings));
    return blocks;
  };

  // The sections, numbered as they come.
  const sections: Omit<ReportSection, "number">[] = [];
  sections.push({
    id: "levels",
    ...titled((x) => x.sections.levels),
    note: `${NANJING_PLAN} 二（七）`,
    blocks: [
      {
        type: "table",
        columns: [{ header: L.columns.level }, { header: L.columns.count, align: "right" }, { header: L.columns.unitIds }],
        rows: report.levels.map((l) => [levelCell(l.level), cell(String(l.count)), cell(idList(l.units, l.count) || "—")]),
      },
    ],
  });

  const lists = report.annualLists;
  const listBlocks: ReportBlock[] = [];
  for (const role of ["producers", "sellers"] as const) {
    listBlocks.push({ type: "subheading", text: both((x) => x.roles[role]) });
    const rows: ReportCell[][] = [];
    for (const l of ["special", "key"] as const) {
      const total = t.annualLists[role][l];
      const shown = cut(lists[role][l]);
      if (total === 0) rows.push([levelCell(l, " (0)"), cell("—"), cell("")]);
      shown.forEach((e, i) => rows.push([i === 0 ? levelCell(l, ` (${total})`) : cell(""), cell(e.id), cell(e.name)]));
      if (total > shown.length) rows.push([cell(""), cell("…"), cell(L.moreUnits({ count: total - shown.length }) + hint, "muted")]);
    }
    listBlocks.push({ type: "table", columns: [{ header: L.columns.level }, { header: L.columns.id }, { header: L.columns.name }], rows });
  }
  sections.push({ id: "annual-lists", ...titled((x) => x.sections.annualLists({ year: lists.year })), note: L.notes.annualLists, blocks: listBlocks });

  if (report.byDepartment) {
    for (const [key, g] of Object.entries(report.byDepartment)) {
      const { title, note, readings } = departmentHeading(g, lang);
      sections.push({ id: "department", key, title, note, blocks: [...readings.map((r): ReportBlock => ({ type: "paragraph", tone: "muted", text: L.reading({ note: r }) })), ...groupBlocks(g)] });
    }
  } else if (report.byDistrict) {
    for (const [key, g] of Object.entries(report.byDistrict)) {
      const named = (x: ReportText) => (x === Z ? g.name : g.nameEn);
      const name = (x: ReportText) => (g.district === null ? x.noDistrict : x.district({ code: g.district, ...(named(x) !== undefined ? { name: named(x)! } : {}) }));
      sections.push({ id: "district", key, ...titled(name), blocks: groupBlocks(g) });
    }
  }
  if (groups !== undefined && Object.keys(groups).length === 0) {
    const byDept = report.byDepartment !== undefined;
    sections.push({ id: "groups", ...titled((x) => (byDept ? x.sections.byDepartment : x.sections.byDistrict)), ...(byDept ? { note: `${NANJING_PLAN} 附件1 三` } : {}), blocks: [none] });
  }
  if (groups === undefined) {
    // The mechanism section's number, for the note beside the overdue obligations.
    const mechanismNumber = sections.length + 3 + (t.unknown > 0 ? 1 : 0);
    sections.push({ id: "overdue", ...titled((x) => x.sections.overdue({ count: t.overdue })), note: L.notes.overdue({ section: mechanismNumber }), blocks: obligationBlocks(ob.overdue, true, t.overdue) });
    sections.push({ id: "upcoming", ...titled((x) => x.sections.upcoming({ days: ob.upcomingDays, count: t.upcoming })), blocks: obligationBlocks(ob.upcoming, false, t.upcoming) });
    if (t.unknown > 0) {
      sections.push({ id: "unknown", ...titled((x) => x.sections.unknown({ count: t.unknown })), note: L.notes.unknown({ missingYears: report.calendar.missingYears }), blocks: unknownBlocks(ob.unknown, t.unknown) });
    }
    sections.push({
      id: "mechanism",
      ...titled((x) => x.sections.mechanism({ count: t.mechanismGaps })),
      note: `${m.period.start} – ${m.period.end} · ${NANJING_PLAN} 二（四）`,
      blocks: [{ type: "paragraph", tone: "muted", text: L.mechanismChecked({ count: m.checked }) }, ...gapBlocks(m.units, t.mechanismGaps, t.noRecords)],
    });
    sections.push({ id: "findings", ...titled((x) => x.sections.findings({ count: t.findings })), note: `${NANJING_PLAN} 二（三）、二（七）`, blocks: findingBlocks(report.findings, t.findings) });
  }

  const invalid = cut(report.invalid);
  const issueCap = limit > 0 ? 5 : Infinity;
  sections.push({
    id: "invalid",
    ...titled((x) => x.sections.invalid({ count: t.invalid })),
    note: L.notes.invalid,
    blocks: t.invalid
      ? [
          {
            type: "issues",
            items: invalid.map((r) => ({
              where: describeRecordLocation(r.location, lang),
              issues: r.issues.slice(0, issueCap).map((i) => formatIssue(i, { lang })),
              ...(r.issues.length > issueCap ? { more: L.moreIssues({ count: r.issues.length - issueCap }) } : {}),
            })),
          },
          ...more(invalid.length, t.invalid),
        ]
      : [none],
  });
  const numbered: ReportSection[] = sections.map((s, i) => ({ ...s, number: L.sectionNumber({ n: i + 1 }) }));

  const why = L.asOfFrom[report.asOfFrom];
  const cal = report.calendar;
  const facts: ReportFact[] = [];
  const fact = (key: keyof ReportText["facts"], value: string, tone?: ReportTone) => facts.push({ label: both((x) => x.facts[key]), value, ...(tone ? { tone } : {}) });
  if (report.source !== "") fact("source", report.source);
  fact("asOf", `${report.asOf} (${why})`);
  fact("policy", `${report.policy.id} ${report.policy.version} — ${zh ? report.policy.title : report.policy.titleEn}`);
  fact("calendar", L.calendarFact({ id: cal.id, start: cal.coverage.start, end: cal.coverage.end, missingYears: cal.missingYears }), cal.missingYears.length ? "warning" : undefined);
  fact(
    "units",
    L.validUnits({ count: t.units }) + L.separator + (t.invalid > 0 ? L.invalidRecords({ count: t.invalid, section: numbered.length }) : L.noInvalidRecords),
    t.invalid > 0 ? "danger" : undefined,
  );
  if (report.byDepartment) fact("groupedBy", L.groupedByDepartment({ start: m.period.start, end: m.period.end, checked: m.checked }));
  if (report.byDistrict) fact("groupedBy", L.groupedByDistrict({ start: m.period.start, end: m.period.end, checked: m.checked }));

  return {
    lang,
    title: L.title,
    ...(zh ? { subtitle: E.shortTitle } : {}),
    facts,
    sections: numbered,
    footer: `${report.generator.name} ${report.generator.version}`,
  };
}
