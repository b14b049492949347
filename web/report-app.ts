/**
 * The report page's script: the unit table (search, sort, filters, pages), the unit panel,
 * the lists (collapsed, paginated on screen, every row in print) and the language switch,
 * drawn from the report's JSON — never computing a rule (every decision comes from the
 * library's report). Every data text goes into the page as a text node, with the characters
 * that could reorder or hide what a reader sees made visible (`\u202E`).
 *
 * Built by `npm run build:report-app` (scripts/build-report-app.ts) into
 * src/report/html/report-app-js.ts, the string the library's HTML renderer inlines (allowed
 * by its hash in the page's Content-Security-Policy). The checker page loads the same code
 * and calls `QSDReportApp.mount` with what its worker built.
 */

type Lang = "zh" | "en";
type Pair = [string, string];
type Dict = Record<string, unknown>;

interface Citation {
  document: string;
  clause: string;
  quote: string;
  reading?: true;
  note?: string;
}
interface Row extends Dict {
  id: string;
  name: string;
}
interface UnitRow extends Row {
  roles: string[];
  district: string | null;
  districtName?: string;
  districtNameEn?: string;
  level: string;
  overdue: number;
  upcoming: number;
  unknown: number;
  findings: number;
  mechanismGaps: boolean;
  nextDue?: { kind: string; owedBy: string; dueOn: string };
  departments: string[];
  detail?: Detail;
}
interface Detail {
  reasons: { rule: string; fired: boolean; level?: string; facts: string[]; window?: { start: string; end: string }; message: string; messageEn: string; citation: Citation }[];
  duties: { duty: string; message: string; messageEn: string; citation: Citation }[];
  history: { level: string; from: string; to: string; rules: string[] }[];
  agenda: { kind: string; owedBy: string; dueOn: string | null; status: string; doneOn?: string; message: string; messageEn: string; citation?: Citation; department: string }[];
  findings: { area: string; code: string; message: string; messageEn: string; citation?: Citation; department: string }[];
  mechanism?: { daily: string[]; weekly: string[]; monthly: string[]; wrongRole: number; noRecords: boolean; unknownDays?: number };
  prefill: { template: string; period: { start: string; end: string }; items: number; answered: { yes: number; no: number; na: number }; unanswered: number; failed: { itemId: string; text: string; detail: string }[] }[];
}
interface Report {
  asOf: string;
  totals: Dict & { units: number; overdue: number; upcoming: number; unknown: number; mechanismGaps: number; findings: number; invalid: number; annualLists: Record<string, Record<string, number>> };
  rowsKept?: number;
  annualLists: { year: number; producers: Record<string, Row[]>; sellers: Record<string, Row[]> };
  obligations: { upcomingDays: number; overdue: Row[]; upcoming: Row[]; unknown: Row[] };
  mechanism: { units: Row[] };
  findings: Row[];
  invalid: { kind: string; issues: { path: string; message: string; messageEn: string }[] }[];
  units?: UnitRow[];
}
interface Words {
  [k: string]: unknown;
  language: string;
  languageLabel: string;
  status: Record<string, string>;
  columns: Record<string, string>;
  panel: Record<string, string>;
  templates: Record<string, string>;
}
interface Names {
  levels: Record<string, Pair>;
  kinds: Record<string, Pair>;
  statuses: Record<string, Pair>;
  owedBy: Record<string, Pair>;
  areas: Record<string, Pair>;
  roles: Record<string, Pair>;
  departments: Record<string, Pair>;
  columns: Record<Lang, Record<string, string>>;
  none: Pair;
  noDistrict: Pair;
}
interface PageData {
  v: number;
  report: Report;
  words: Record<Lang, Words>;
  names: Names;
  where: Pair[];
}
interface MountOptions {
  /** Computes a unit's panel on demand (the checker page asks its worker). */
  loadDetail?: (id: string) => Promise<Detail>;
  /** The language to start in (default `zh`). */
  lang?: Lang;
  /** Rows per page (default 50). */
  pageSize?: number;
}

// The characters shown as visible escapes: C0/C1 controls, bidi marks, embeddings,
// overrides and isolates, line/paragraph separators, zero-width space, BOM (as the library's
// _visible and the terminal do).
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;
const vis = (s: string): string => s.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);

type Child = Node | string | number | null | undefined | false | Child[];

/** An element with attributes and children; strings become text nodes (made visible). */
function h(tag: string, attrs: Record<string, string | number | boolean | undefined> | null, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  if (attrs) for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== false) el.setAttribute(k, v === true ? "" : String(v));
  append(el, children);
  return el;
}
function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(vis(String(c))) : c);
  }
}
/** A data string isolated from its neighbours' direction. */
const bdi = (s: string) => h("bdi", null, s);
const fill = (t: string, p: Record<string, string | number>) => t.replace(/\{(\w+)\}/g, (m, k: string) => (k in p ? String(p[k]) : m));

/** Sets an own property, even one named `__proto__` (a data key must stay a key). */
const define = (o: Record<string, unknown>, k: string, value: unknown) => Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });

/** Undoes the page's packing (src/report/html/pack.ts): stored strings and tables of objects. */
function unpack(packed: { s: string[]; d: unknown }): PageData {
  const un = (x: unknown): unknown => {
    if (typeof x === "string") return x.startsWith("~~") ? x.slice(1) : x.startsWith("~") ? packed.s[Number(x.slice(1))] : x;
    if (Array.isArray(x)) {
      if (x[0] === "~o") {
        const keys = x[1] as string[];
        return x.slice(2).map((row: unknown[]) => {
          const out: Dict = {};
          keys.forEach((k, i) => {
            if (row[i] !== "~u") define(out, k, un(row[i]));
          });
          return out;
        });
      }
      return x.map(un);
    }
    if (x !== null && typeof x === "object") {
      const out: Dict = {};
      for (const [k, v] of Object.entries(x)) define(out, k, un(v));
      return out;
    }
    return x;
  };
  return un(packed.d) as PageData;
}

/** The district filter's value for the units without a district (a code is six digits). */
const NO_DISTRICT = "none";
const LEVEL_RANK: Record<string, number> = { special: 0, key: 1, routine: 2, trigger: 3 };
const LISTS = ["annual", "overdue", "upcoming", "unknown", "mechanism", "findings", "invalid"] as const;
type ListId = (typeof LISTS)[number];

interface Column<T> {
  head: string;
  num?: boolean;
  cell: (r: T) => Child;
}

class ReportApp {
  lang: Lang;
  private readonly data: PageData;
  private readonly r: Report;
  private readonly units: UnitRow[];
  private readonly byId = new Map<string, UnitRow>();
  private readonly pageSize: number;
  private filter = { q: "", level: "", district: "", department: "", status: "" };
  private sort: { key: string; dir: 1 | -1 } = { key: "level", dir: 1 };
  private unitPage = 0;
  private readonly listPage: Record<string, number> = {};
  private printing = false;
  private openBeforePrint: HTMLDetailsElement[] = [];
  private openId: string | null = null;
  private readonly cleanup: (() => void)[] = [];

  constructor(
    private readonly root: HTMLElement,
    data: PageData,
    private readonly opts: MountOptions,
  ) {
    this.data = data;
    this.r = data.report;
    this.units = this.r.units ?? [];
    for (const u of this.units) this.byId.set(u.id, u);
    this.lang = opts.lang ?? "zh";
    this.pageSize = opts.pageSize ?? 50;
  }

  private get w(): Words {
    return this.data.words[this.lang];
  }
  private n(p: Pair | undefined, fallback = ""): string {
    return p ? p[this.lang === "zh" ? 0 : 1] : fallback;
  }
  private col(key: string): string {
    return (this.w.columns[key] as string | undefined) ?? this.data.names.columns[this.lang][key] ?? key;
  }
  private level(l: string): HTMLElement {
    return h("span", { class: `level level-${l}` }, this.n(this.data.names.levels[l], l));
  }
  private kind(k: string): string {
    return this.n(this.data.names.kinds[k], k);
  }
  private dept(id: string): string {
    return this.n(this.data.names.departments[id], id);
  }
  private msg(o: Dict): string {
    const zh = (o.message ?? o.detail ?? "") as string;
    const en = (o.messageEn ?? o.detailEn ?? zh) as string;
    return this.lang === "zh" ? zh : en;
  }
  private cite(c: Citation | undefined): Child {
    if (!c) return null;
    return h("span", { class: "cite", title: vis(c.quote) }, ` ${c.document} ${c.clause}${c.reading ? (this.w.reading as string) : ""}`);
  }
  private unitLink(id: string): Child {
    return this.byId.has(id) ? h("a", { class: "unit", href: `#unit=${encodeURIComponent(id)}` }, id) : bdi(id);
  }
  private districtLabel(u: UnitRow): string {
    if (u.district === null) return this.n(this.data.names.noDistrict);
    const name = this.lang === "zh" ? u.districtName : u.districtNameEn;
    return name ? `${name} ${u.district}` : u.district;
  }

  start(): void {
    const on = <K extends keyof WindowEventMap>(type: K, f: (e: WindowEventMap[K]) => void) => {
      window.addEventListener(type, f);
      this.cleanup.push(() => window.removeEventListener(type, f));
    };
    on("hashchange", () => this.fromHash());
    on("beforeprint", () => this.setPrinting(true));
    on("afterprint", () => this.setPrinting(false));
    const langButton = this.root.querySelector<HTMLButtonElement>("#qsd-lang");
    if (langButton) langButton.onclick = () => this.setLang(this.lang === "zh" ? "en" : "zh");
    const printButton = this.root.querySelector<HTMLButtonElement>("#qsd-print");
    if (printButton) printButton.onclick = () => window.print();
    for (const d of this.root.querySelectorAll<HTMLDetailsElement>("details.list")) {
      d.addEventListener("toggle", () => {
        if (d.open) this.renderList(d.querySelector<HTMLElement>(".list-body")!);
      });
    }
    this.setLang(this.lang);
    this.fromHash();
  }

  dispose(): void {
    for (const f of this.cleanup) f();
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.root.dataset.lang = lang;
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    const b = this.root.querySelector<HTMLButtonElement>("#qsd-lang");
    if (b) {
      b.textContent = this.w.language;
      b.lang = lang === "zh" ? "en" : "zh-CN";
      b.setAttribute("aria-label", this.w.languageLabel);
    }
    this.renderTools();
    this.renderUnits();
    for (const body of this.root.querySelectorAll<HTMLElement>(".list-body")) this.renderList(body);
    if (this.openId !== null) void this.openPanel(this.openId, false);
  }

  private setPrinting(on: boolean): void {
    this.printing = on;
    if (on) {
      this.openBeforePrint = [...this.root.querySelectorAll<HTMLDetailsElement>("details.list")].filter((d) => !d.open);
      for (const d of this.openBeforePrint) d.open = true;
    } else {
      for (const d of this.openBeforePrint) d.open = false;
      this.openBeforePrint = [];
    }
    this.renderUnits();
    for (const body of this.root.querySelectorAll<HTMLElement>(".list-body")) this.renderList(body);
  }

  // ——— the unit table ———

  private renderTools(): void {
    const box = this.root.querySelector<HTMLElement>("#qsd-unit-tools");
    if (!box) return;
    box.replaceChildren();
    if (this.units.length === 0) return;
    const w = this.w;
    const select = (key: keyof typeof this.filter, label: string, options: [string, string][]) => {
      const s = h("select", { id: `f-${key}`, name: key }, h("option", { value: "" }, w.any as string), ...options.map(([v, t]) => h("option", { value: v }, t))) as HTMLSelectElement;
      s.value = this.filter[key];
      s.onchange = () => {
        this.filter[key] = s.value;
        this.unitPage = 0;
        this.renderUnits();
      };
      return h("label", { for: `f-${key}` }, label, s);
    };
    const q = h("input", { id: "f-q", type: "search", placeholder: w.searchPlaceholder as string, autocomplete: "off" }) as HTMLInputElement;
    q.value = this.filter.q;
    q.oninput = () => {
      this.filter.q = q.value;
      this.unitPage = 0;
      this.renderUnits();
    };
    const districts = new Map<string, string>();
    const departments = new Set<string>();
    for (const u of this.units) {
      districts.set(u.district ?? NO_DISTRICT, this.districtLabel(u));
      for (const d of u.departments) departments.add(d);
    }
    const levels = Object.keys(LEVEL_RANK).filter((l) => this.units.some((u) => u.level === l));
    box.append(
      h("label", { for: "f-q" }, w.search as string, q),
      select("level", w.filterLevel as string, levels.map((l) => [l, this.n(this.data.names.levels[l], l)])),
      select("district", w.filterDistrict as string, [...districts].sort((a, b) => (a[0] === NO_DISTRICT ? 1 : b[0] === NO_DISTRICT ? -1 : a[0] < b[0] ? -1 : 1))),
      select("department", w.filterDepartment as string, [...departments].sort().map((d) => [d, this.dept(d)])),
      select("status", w.filterStatus as string, Object.entries(w.status)),
    );
  }

  private matches(u: UnitRow): boolean {
    const f = this.filter;
    if (f.level && u.level !== f.level) return false;
    if (f.district && (u.district ?? NO_DISTRICT) !== f.district) return false;
    if (f.department && !u.departments.includes(f.department)) return false;
    if (f.status) {
      const s = f.status;
      const clear = u.overdue + u.upcoming + u.unknown + u.findings === 0 && !u.mechanismGaps;
      if (s === "overdue" ? !u.overdue : s === "upcoming" ? !u.upcoming : s === "unknown" ? !u.unknown : s === "findings" ? !u.findings : s === "gaps" ? !u.mechanismGaps : !clear) return false;
    }
    if (f.q) {
      const q = f.q.trim().toLowerCase();
      if (q && !u.id.toLowerCase().includes(q) && !u.name.toLowerCase().includes(q)) return false;
    }
    return true;
  }

  private renderUnits(): void {
    const box = this.root.querySelector<HTMLElement>("#qsd-unit-table");
    if (!box) return;
    box.replaceChildren();
    if (this.units.length === 0) {
      box.append(h("p", { class: "note" }, this.w.noUnitRows as string));
      return;
    }
    const key = this.sort.key;
    const dir = this.sort.dir;
    const value = (u: UnitRow): string | number =>
      key === "level" ? LEVEL_RANK[u.level] ?? 9 : key === "overdue" ? u.overdue : key === "upcoming" ? u.upcoming : key === "nextDue" ? (u.nextDue?.dueOn ?? "9999") : key === "district" ? (u.district ?? "~") : key === "name" ? u.name : u.id;
    const rows = this.units.filter((u) => this.matches(u));
    rows.sort((a, b) => {
      const x = value(a);
      const y = value(b);
      return (x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0) * dir;
    });
    const head = (k: string, label: string, num = false) => {
      const b = h("button", { type: "button", class: "sort" }, label);
      b.onclick = () => {
        this.sort = { key: k, dir: this.sort.key === k ? ((-this.sort.dir) as 1 | -1) : 1 };
        this.renderUnits();
      };
      return h("th", { scope: "col", class: num ? "num" : undefined, "aria-sort": key === k ? (dir === 1 ? "ascending" : "descending") : undefined }, b);
    };
    const page = this.clampPage(this.unitPage, rows.length);
    this.unitPage = page;
    const shown = this.printing ? rows : rows.slice(page * this.pageSize, (page + 1) * this.pageSize);
    const table = h(
      "table",
      { id: "unit-table" },
      h("caption", { class: "sr-only" }, this.w.unitsHeading as string),
      h(
        "thead",
        null,
        h("tr", null, head("id", this.col("id")), head("name", this.col("name")), head("district", this.col("district")), head("level", this.col("level")), head("overdue", this.col("overdue"), true), head("upcoming", this.col("upcoming"), true), head("nextDue", this.col("nextDue"))),
      ),
      h(
        "tbody",
        null,
        shown.map((u) =>
          h(
            "tr",
            { "data-id": u.id, "data-level": u.level },
            h("td", null, this.unitLink(u.id)),
            h("td", null, bdi(u.name)),
            h("td", null, this.districtLabel(u)),
            h("td", null, this.level(u.level)),
            h("td", { class: `num${u.overdue ? " danger" : ""}` }, u.overdue),
            h("td", { class: "num" }, u.upcoming),
            h("td", null, u.nextDue ? `${u.nextDue.dueOn} ${this.kind(u.nextDue.kind)}` : "—"),
          ),
        ),
      ),
    );
    const filtered = rows.length !== this.units.length ? fill(this.w.filtered as string, { total: this.units.length }) : "";
    box.append(this.pager(rows.length, page, (p) => ((this.unitPage = p), this.renderUnits()), filtered, "units"), rows.length ? table : h("p", { class: "note", id: "unit-empty" }, this.w.noMatch as string));
  }

  private clampPage(page: number, count: number): number {
    const pages = Math.max(1, Math.ceil(count / this.pageSize));
    return Math.min(Math.max(0, page), pages - 1);
  }

  private pager(count: number, page: number, go: (p: number) => void, extra: string, id: string): HTMLElement {
    const pages = Math.max(1, Math.ceil(count / this.pageSize));
    const from = count === 0 ? 0 : page * this.pageSize + 1;
    const to = this.printing ? count : Math.min(count, (page + 1) * this.pageSize);
    const status = h("span", { class: "pager-status", "data-count": count }, fill(this.w.showing as string, { from, to, count }) + extra);
    if (pages <= 1 || this.printing) return h("div", { class: "pager", id: `pager-${id}` }, status);
    const prev = h("button", { type: "button", disabled: page === 0 }, this.w.prev as string);
    const next = h("button", { type: "button", disabled: page >= pages - 1, class: "next" }, this.w.next as string);
    prev.onclick = () => go(page - 1);
    next.onclick = () => go(page + 1);
    return h("nav", { class: "pager", id: `pager-${id}`, "aria-label": `${id}` }, prev, h("span", null, fill(this.w.pageOf as string, { page: page + 1, pages })), next, status);
  }

  // ——— the lists ———

  private table<T>(list: string, rows: readonly T[], total: number, columns: Column<T>[]): HTMLElement[] {
    const none = this.n(this.data.names.none);
    if (total === 0) return [h("p", { class: "muted" }, none)];
    const page = this.clampPage(this.listPage[list] ?? 0, rows.length);
    this.listPage[list] = page;
    const shown = this.printing ? rows : rows.slice(page * this.pageSize, (page + 1) * this.pageSize);
    const out: HTMLElement[] = [
      this.pager(rows.length, page, (p) => {
        this.listPage[list] = p;
        this.renderList(this.root.querySelector<HTMLElement>(`.list-body[data-list="${list}"]`)!);
      }, "", list),
      h(
        "table",
        { "data-list": list },
        h("thead", null, h("tr", null, columns.map((c) => h("th", { scope: "col", class: c.num ? "num" : undefined }, c.head)))),
        h("tbody", null, shown.map((r) => h("tr", null, columns.map((c) => h("td", { class: c.num ? "num" : undefined }, c.cell(r)))))),
      ),
    ];
    if (total > rows.length) {
      out.push(h("p", { class: "note warning" }, fill(this.w.moreNotListed as string, { count: total - rows.length })));
    }
    return out;
  }

  private renderList(body: HTMLElement): void {
    const list = body.dataset.list as ListId;
    const details = body.closest("details");
    if (details && !details.open && !this.printing) {
      body.replaceChildren();
      return;
    }
    const r = this.r;
    const t = r.totals;
    const c = (k: string) => this.col(k);
    const ob = (overdue: boolean): Column<Row>[] => [
      { head: c("due"), cell: (o) => o.dueOn as string },
      { head: c(overdue ? "daysLate" : "daysLeft"), num: true, cell: (o) => h("span", { class: overdue ? "danger" : undefined }, o.days as number) },
      { head: c("id"), cell: (o) => this.unitLink(o.id) },
      { head: c("name"), cell: (o) => bdi(o.name) },
      { head: c("obligation"), cell: (o) => this.kind(o.kind as string) },
      { head: c("owedBy"), cell: (o) => this.n(this.data.names.owedBy[o.owedBy as string]) },
      { head: c("department"), cell: (o) => this.dept(o.department as string) },
      { head: c("detail"), cell: (o) => [this.msg(o), this.cite(o.citation as Citation | undefined)] },
    ];
    let content: HTMLElement[];
    switch (list) {
      case "annual": {
        const rows: (Row & { role: string; list: string })[] = [];
        for (const role of ["producers", "sellers"] as const) for (const l of ["special", "key"] as const) for (const e of r.annualLists[role][l] ?? []) rows.push({ ...e, role, list: l });
        const total = t.annualLists.producers!.key! + t.annualLists.producers!.special! + t.annualLists.sellers!.key! + t.annualLists.sellers!.special!;
        content = this.table("annual", rows, total, [
          { head: c("role"), cell: (e) => this.n(this.data.names.roles[e.role === "producers" ? "producer" : "seller"]) },
          { head: c("level"), cell: (e) => this.level(e.list) },
          { head: c("id"), cell: (e) => this.unitLink(e.id) },
          { head: c("name"), cell: (e) => bdi(e.name) },
          { head: c("reasons"), cell: (e) => ((e.reasons as { fired: boolean; message: string; messageEn: string }[] | undefined) ?? []).filter((x) => x.fired).map((x) => h("div", null, this.msg(x))) },
        ]);
        break;
      }
      case "overdue":
        content = this.table("overdue", r.obligations.overdue, t.overdue, ob(true));
        break;
      case "upcoming":
        content = this.table("upcoming", r.obligations.upcoming, t.upcoming, ob(false));
        break;
      case "unknown":
        content = this.table("unknown", r.obligations.unknown, t.unknown, [
          { head: c("id"), cell: (o) => this.unitLink(o.id) },
          { head: c("name"), cell: (o) => bdi(o.name) },
          { head: c("obligation"), cell: (o) => this.kind(o.kind as string) },
          { head: c("owedBy"), cell: (o) => this.n(this.data.names.owedBy[o.owedBy as string]) },
          { head: c("missingYears"), cell: (o) => (o.missingYears as number[]).join(" ") || "—" },
          { head: c("detail"), cell: (o) => [this.msg(o), this.cite(o.citation as Citation | undefined)] },
        ]);
        break;
      case "mechanism":
        content = this.table("mechanism", r.mechanism.units, t.mechanismGaps, [
          { head: c("id"), cell: (m) => this.unitLink(m.id) },
          { head: c("name"), cell: (m) => bdi(m.name) },
          { head: c("noRecords"), cell: (m) => (m.noRecords ? h("span", { class: "warning" }, this.w.yes as string) : "—") },
          { head: c("dailyMissing"), cell: (m) => this.dates(m.daily as string[]) },
          { head: c("weeklyMissing"), cell: (m) => (m.weekly as string[]).join(" ") || "—" },
          { head: c("monthlyMissing"), cell: (m) => (m.monthly as string[]).join(" ") || "—" },
          { head: c("wrongRole"), num: true, cell: (m) => (m.wrongRole as number) || "—" },
          { head: c("unknownDays"), num: true, cell: (m) => (m.unknownDays as number | undefined) ?? "—" },
        ]);
        break;
      case "findings":
        content = this.table("findings", r.findings, t.findings, [
          { head: c("id"), cell: (f) => this.unitLink(f.id) },
          { head: c("name"), cell: (f) => bdi(f.name) },
          { head: c("area"), cell: (f) => this.n(this.data.names.areas[f.area as string]) },
          { head: c("department"), cell: (f) => this.dept(f.department as string) },
          { head: c("finding"), cell: (f) => [this.msg(f), this.cite(f.citation as Citation | undefined)] },
        ]);
        break;
      case "invalid": {
        const rows = r.invalid.map((x, i) => ({ ...x, i }));
        content = this.table("invalid", rows, t.invalid, [
          { head: c("where"), cell: (x) => bdi(this.n(this.data.where[x.i])) },
          { head: c("issues"), cell: (x) => h("ul", null, x.issues.map((i) => h("li", null, h("code", null, i.path || "/"), " ", this.msg(i)))) },
        ]);
        break;
      }
    }
    body.replaceChildren(...content);
  }

  private dates(days: string[]): string {
    return days.length ? `${days.length}: ${days.map((d) => d.slice(5)).join(" ")}` : "—";
  }

  // ——— the unit panel ———

  private fromHash(): void {
    const m = /^#unit=(.*)$/.exec(location.hash);
    if (!m) return;
    let id: string;
    try {
      id = decodeURIComponent(m[1]!);
    } catch {
      return;
    }
    if (this.byId.has(id)) void this.openPanel(id, true);
  }

  async openPanel(id: string, focus: boolean): Promise<void> {
    const panel = this.root.querySelector<HTMLElement>("#qsd-panel");
    const u = this.byId.get(id);
    if (!panel || !u) return;
    this.openId = id;
    panel.hidden = false;
    let detail = u.detail;
    if (!detail && this.opts.loadDetail) {
      panel.replaceChildren(this.panelHead(u), h("p", { class: "muted", id: "panel-loading" }, this.w.panel.loading!));
      try {
        detail = u.detail = await this.opts.loadDetail(id);
      } catch (e) {
        panel.replaceChildren(this.panelHead(u), h("p", { class: "danger" }, this.w.panel.loadFailed! + String((e as Error)?.message ?? e)));
        return;
      }
      if (this.openId !== id) return;
    }
    panel.replaceChildren(this.panelHead(u), ...(detail ? this.panelBody(u, detail) : [h("p", { class: "note" }, this.w.noUnitRows as string)]));
    if (focus) {
      panel.focus();
      panel.scrollIntoView({ block: "start" });
    }
  }

  private closePanel(): void {
    const panel = this.root.querySelector<HTMLElement>("#qsd-panel");
    if (!panel) return;
    panel.hidden = true;
    panel.replaceChildren();
    const id = this.openId;
    this.openId = null;
    if (location.hash.startsWith("#unit=")) history.replaceState(null, "", location.pathname + location.search);
    const link = id === null ? null : [...this.root.querySelectorAll<HTMLAnchorElement>("#unit-table a.unit")].find((a) => a.textContent === vis(id));
    link?.focus();
  }

  private panelHead(u: UnitRow): HTMLElement {
    const close = h("button", { type: "button", class: "close" }, this.w.panel.close!);
    close.onclick = () => this.closePanel();
    const roles = u.roles.map((r) => this.n(this.data.names.roles[r], r)).join(this.lang === "zh" ? "、" : ", ");
    return h(
      "div",
      null,
      h("div", { class: "head" }, h("h2", { id: "panel-title" }, bdi(u.name), " ", h("span", { class: "sub" }, u.id)), close),
      h("p", null, this.level(u.level), " · ", this.districtLabel(u), " · ", roles),
    );
  }

  private panelBody(u: UnitRow, d: Detail): HTMLElement[] {
    const P = this.w.panel;
    const c = (k: string) => this.col(k);
    const none = () => h("p", { class: "muted" }, P.noneFound!);
    const simple = <T>(rows: readonly T[], cols: Column<T>[]) =>
      rows.length
        ? h("table", null, h("thead", null, h("tr", null, cols.map((x) => h("th", { scope: "col" }, x.head)))), h("tbody", null, rows.map((r) => h("tr", null, cols.map((x) => h("td", { class: x.num ? "num" : undefined }, x.cell(r)))))))
        : none();
    const out: HTMLElement[] = [];
    out.push(
      h("h3", null, P.reasons!),
      h(
        "ul",
        { class: "reasons", id: "panel-reasons" },
        d.reasons.map((r) =>
          h(
            "li",
            { class: r.fired ? "fired" : "not-fired", "data-rule": r.rule },
            h("span", { class: "mark" }, r.fired ? `✓ ${P.fired}` : `✗ ${P.notFired}`),
            this.msg(r),
            r.facts.length ? h("span", { class: "cite" }, ` · ${P.facts}: ${r.facts.join(", ")}`) : null,
            h("div", { class: "cite" }, `${r.citation.document} ${r.citation.clause}${r.citation.reading ? (this.w.reading as string) : ""}`),
            h("blockquote", null, r.citation.quote),
            r.citation.note ? h("div", { class: "cite" }, r.citation.note) : null,
          ),
        ),
      ),
    );
    out.push(h("h3", null, P.duties!), d.duties.length ? h("ul", null, d.duties.map((x) => h("li", null, this.msg(x), this.cite(x.citation)))) : none());
    out.push(
      h("h3", null, P.history!),
      simple(d.history, [
        { head: c("from"), cell: (x) => x.from },
        { head: c("to"), cell: (x) => x.to },
        { head: c("level"), cell: (x) => this.level(x.level) },
        { head: c("rules"), cell: (x) => x.rules.join(", ") },
      ]),
    );
    out.push(
      h("h3", null, P.agenda!),
      simple(d.agenda, [
        { head: c("due"), cell: (x) => x.dueOn ?? "—" },
        { head: c("status"), cell: (x) => h("span", { class: x.status === "overdue" ? "danger" : x.status === "unknown" ? "warning" : undefined }, this.n(this.data.names.statuses[x.status], x.status)) },
        { head: c("done"), cell: (x) => x.doneOn ?? "—" },
        { head: c("obligation"), cell: (x) => this.kind(x.kind) },
        { head: c("owedBy"), cell: (x) => this.n(this.data.names.owedBy[x.owedBy]) },
        { head: c("department"), cell: (x) => this.dept(x.department) },
        { head: c("detail"), cell: (x) => [this.msg(x), this.cite(x.citation)] },
      ]),
    );
    out.push(
      h("h3", null, P.findings!),
      simple(d.findings, [
        { head: c("area"), cell: (x) => this.n(this.data.names.areas[x.area]) },
        { head: c("department"), cell: (x) => this.dept(x.department) },
        { head: c("finding"), cell: (x) => [this.msg(x), this.cite(x.citation)] },
      ]),
    );
    const m = d.mechanism;
    out.push(
      h("h3", null, P.mechanism!),
      m
        ? h(
            "dl",
            { class: "facts" },
            h("dt", null, c("dailyMissing")),
            h("dd", null, this.dates(m.daily)),
            h("dt", null, c("weeklyMissing")),
            h("dd", null, m.weekly.join(" ") || "—"),
            h("dt", null, c("monthlyMissing")),
            h("dd", null, m.monthly.join(" ") || "—"),
            h("dt", null, c("wrongRole")),
            h("dd", null, m.wrongRole || "—"),
            m.noRecords ? [h("dt", null, c("noRecords")), h("dd", { class: "warning" }, this.w.yes as string)] : null,
          )
        : none(),
    );
    out.push(h("h3", null, P.prefill!));
    for (const p of d.prefill) {
      out.push(
        h("p", null, h("strong", null, this.w.templates[p.template] ?? p.template), " — ", fill(P.prefillCounts!, { items: p.items, yes: p.answered.yes, no: p.answered.no, na: p.answered.na, unanswered: p.unanswered, start: p.period.start, end: p.period.end })),
      );
      if (p.failed.length) out.push(h("p", { class: "note" }, P.prefillFailed!), h("ul", null, p.failed.map((f) => h("li", null, h("strong", null, f.itemId), " ", f.text, h("div", { class: "cite" }, f.detail)))));
    }
    if (!d.prefill.length) out.push(none());
    return out;
  }
}

let current: ReportApp | undefined;

/**
 * Draws the interactive parts of a report page into `root` (the element holding
 * `_reportPageBody`'s markup) from the page's data (packed or not).
 */
function mount(root: HTMLElement, data: { s: string[]; d: unknown } | PageData, opts: MountOptions = {}): ReportApp {
  current?.dispose();
  const unpacked = "d" in data && "s" in data ? unpack(data) : (data as PageData);
  current = new ReportApp(root, unpacked, opts);
  current.start();
  return current;
}

(globalThis as unknown as { QSDReportApp: unknown }).QSDReportApp = { mount, unpack };

const island = document.getElementById("qsd-data");
const root = document.getElementById("qsd-report");
if (island && root) mount(root, JSON.parse(island.textContent ?? "{}") as { s: string[]; d: unknown }, { lang: root.dataset.lang === "en" ? "en" : "zh" });
