/**
 * Hand-written SVG charts for the report page: horizontal bars (grouped or stacked) and
 * stacked columns. Pure string functions (no DOM, no Node built-ins), so the `qsd` command,
 * the HTTP service and the checker page draw the same pictures. Each chart is labelled in
 * Chinese with the English after it, carries its numbers as text beside the bars, and tells
 * its series apart by pattern as well as by colour (solid, hatched, dotted), so it reads in
 * greyscale print. Every label goes through {@link _escapeHtml}.
 *
 * @internal
 */
import { _escapeHtml as esc } from "./escape";

/** A text in Chinese and English. @internal */
export interface _Bilingual {
  /** 中文 */
  zh: string;
  /** English */
  en: string;
}

/** A series of a chart: its label, colour and fill pattern. @internal */
export interface _ChartSeries {
  /** The legend's label. */
  label: _Bilingual;
  /** The colour (screen); print in greyscale still tells the series apart by `pattern`. */
  color: string;
  /** `solid`, `hatch` (diagonal lines) or `dots`. */
  pattern: "solid" | "hatch" | "dots";
}

/** A row (bar chart) or column (column chart): its label and one value per series. @internal */
export interface _ChartBar {
  /** The category's label. */
  label: _Bilingual;
  /** One value per series. */
  values: number[];
}

/** Options of {@link _barChart} and {@link _columnChart}. @internal */
export interface _ChartOptions {
  /** A unique id on the page (pattern ids and the labels' ids start with it). */
  id: string;
  /** The chart's title. */
  title: _Bilingual;
  /** The series, in legend order. */
  series: _ChartSeries[];
  /** The bars or columns. */
  bars: _ChartBar[];
  /** Shown instead of the chart when every value is 0 (or there is no bar). */
  empty: _Bilingual;
  /** A note under the chart (e.g. what is counted). */
  note?: _Bilingual;
}

const FONT = 12;
const SMALL = 10;

/** A rough width in pixels of a text at a font size: CJK and full-width characters one em, the rest 0.6 em. */
function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? size : size * 0.6;
  return w;
}

/** The `<defs>` of a chart's patterns. */
function patterns(id: string, series: readonly _ChartSeries[]): string {
  return series
    .map((s, i) => {
      if (s.pattern === "solid") return "";
      const body =
        s.pattern === "hatch"
          ? `<rect width="6" height="6" fill="#fff"/><path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="${esc(s.color)}" stroke-width="1.6"/>`
          : `<rect width="6" height="6" fill="#fff"/><circle cx="3" cy="3" r="1.4" fill="${esc(s.color)}"/>`;
      return `<pattern id="${esc(id)}-p${i}" width="6" height="6" patternUnits="userSpaceOnUse">${body}</pattern>`;
    })
    .join("");
}

function fillOf(id: string, s: _ChartSeries, i: number): string {
  return s.pattern === "solid" ? esc(s.color) : `url(#${esc(id)}-p${i})`;
}

/** The label cut to fit `max` pixels: the English first (with "…"), then the Chinese. */
function fit(label: _Bilingual, max: number, size: number): _Bilingual {
  const cut = (text: string, width: number, at: number) => {
    let out = "";
    for (const ch of text) {
      if (textWidth(`${out}${ch}…`, at) > width) return `${out}…`;
      out += ch;
    }
    return out;
  };
  const zhW = textWidth(label.zh, size);
  if (zhW + 4 + textWidth(label.en, size - 2) <= max) return label;
  if (zhW + 4 + textWidth("…", size - 2) * 4 <= max) return { zh: label.zh, en: cut(label.en, max - zhW - 4, size - 2) };
  return { zh: cut(label.zh, max, size), en: "" };
}

/** The widest a category label may be. */
const MAX_LABEL = 250;

/** A Chinese label with its English after it, as SVG text (the full label in a `<title>`). */
function svgLabel(full: _Bilingual, x: number, y: number, anchor: "start" | "end" | "middle", size = FONT): string {
  const label = fit(full, MAX_LABEL, size);
  const title = label === full ? "" : `<title>${esc(full.zh)} ${esc(full.en)}</title>`;
  return `<text x="${x}" y="${y}" text-anchor="${anchor}" font-size="${size}">${title}<tspan fill="#1f2328">${esc(label.zh)}</tspan><tspan fill="#57606a" font-size="${size - 2}" dx="4">${esc(label.en)}</tspan></text>`;
}

function legend(id: string, series: readonly _ChartSeries[], x0: number, y: number): string {
  let x = x0;
  return series
    .map((s, i) => {
      const out = `<rect x="${x}" y="${y - 9}" width="12" height="12" fill="${fillOf(id, s, i)}" stroke="${esc(s.color)}"/>${svgLabel(s.label, x + 16, y + 1, "start", SMALL + 1)}`;
      x += 16 + textWidth(s.label.zh, SMALL + 1) + textWidth(s.label.en, SMALL - 1) + 22;
      return out;
    })
    .join("");
}

/** The text of the chart's numbers, for `<desc>` (screen readers). */
function describe(o: _ChartOptions): string {
  return o.bars.map((b) => `${b.label.zh} ${b.label.en}: ${o.series.map((s, i) => `${s.label.zh} ${b.values[i] ?? 0}`).join(", ")}`).join("; ");
}

function figure(o: _ChartOptions, svg: string): string {
  const caption = `<figcaption><span class="zh-only">${esc(o.title.zh)}</span> <span class="sub">${esc(o.title.en)}</span></figcaption>`;
  const note = o.note ? `<p class="chart-note"><span class="zh-only">${esc(o.note.zh)}</span> <span class="sub">${esc(o.note.en)}</span></p>` : "";
  return `<figure class="chart" id="${esc(o.id)}">${caption}${svg}${note}</figure>`;
}

function emptyFigure(o: _ChartOptions): string {
  return figure(o, `<p class="chart-empty"><span class="zh-only">${esc(o.empty.zh)}</span> <span class="sub">${esc(o.empty.en)}</span></p>`);
}

/**
 * A horizontal bar chart: one row per category, its series side by side (`stacked: false`)
 * or end to end (`stacked: true`), each bar with its number.
 *
 * @param o - Id, title, series, bars, the empty text and an optional note.
 * @param stacked - Stack the series (counts that add up) instead of grouping them.
 * @returns A `<figure>` holding the SVG.
 * @internal
 */
export function _barChart(o: _ChartOptions, stacked = false): string {
  const total = (b: _ChartBar) => b.values.reduce((a, v) => a + v, 0);
  const max = Math.max(0, ...o.bars.map((b) => (stacked ? total(b) : Math.max(0, ...b.values))));
  if (o.bars.length === 0 || max === 0) return emptyFigure(o);
  const width = 640;
  const labelWidth = Math.min(MAX_LABEL, Math.max(...o.bars.map((b) => textWidth(b.label.zh, FONT) + 4 + textWidth(b.label.en, FONT - 2)))) + 12;
  const barH = 14;
  const groupH = stacked ? barH + 10 : o.series.length * (barH + 2) + 10;
  const top = 28;
  const plotW = width - labelWidth - 60;
  const height = top + o.bars.length * groupH + 8;
  const scale = (v: number) => (v / max) * plotW;
  const parts: string[] = [`<defs>${patterns(o.id, o.series)}</defs>`, legend(o.id, o.series, labelWidth, 14)];
  o.bars.forEach((b, r) => {
    const y0 = top + r * groupH;
    parts.push(svgLabel(b.label, labelWidth - 8, y0 + (groupH - 10) / 2 + 4, "end"));
    if (stacked) {
      let x = labelWidth;
      b.values.forEach((v, i) => {
        if (v <= 0) return;
        const w = Math.max(1, scale(v));
        parts.push(`<rect x="${x.toFixed(1)}" y="${y0}" width="${w.toFixed(1)}" height="${barH}" fill="${fillOf(o.id, o.series[i]!, i)}" stroke="${esc(o.series[i]!.color)}"/>`);
        x += w;
      });
      const label = b.values.length > 1 ? `${total(b)}（${b.values.join(" + ")}）` : String(total(b));
      parts.push(`<text x="${(x + 4).toFixed(1)}" y="${y0 + barH - 3}" font-size="${SMALL + 1}" fill="#1f2328">${esc(label)}</text>`);
    } else {
      b.values.forEach((v, i) => {
        const y = y0 + i * (barH + 2);
        const w = v > 0 ? Math.max(1, scale(v)) : 0;
        if (w > 0) parts.push(`<rect x="${labelWidth}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${fillOf(o.id, o.series[i]!, i)}" stroke="${esc(o.series[i]!.color)}"/>`);
        parts.push(`<text x="${(labelWidth + w + 4).toFixed(1)}" y="${y + barH - 3}" font-size="${SMALL + 1}" fill="#1f2328">${v}</text>`);
      });
    }
  });
  parts.push(`<line x1="${labelWidth}" y1="${top - 4}" x2="${labelWidth}" y2="${height - 6}" stroke="#57606a"/>`);
  const svg = `<svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${esc(o.id)}-t ${esc(o.id)}-d"><title id="${esc(o.id)}-t">${esc(o.title.zh)} ${esc(o.title.en)}</title><desc id="${esc(o.id)}-d">${esc(describe(o))}</desc>${parts.join("")}</svg>`;
  return figure(o, svg);
}

/**
 * A stacked column chart (a timeline): one column per category from left to right, its
 * series stacked, the total above; the category labels under the columns.
 *
 * @param o - Id, title, series, columns (`bars`), the empty text and an optional note.
 * @returns A `<figure>` holding the SVG.
 * @internal
 */
export function _columnChart(o: _ChartOptions): string {
  const total = (b: _ChartBar) => b.values.reduce((a, v) => a + v, 0);
  const max = Math.max(0, ...o.bars.map(total));
  if (o.bars.length === 0 || max === 0) return emptyFigure(o);
  const width = 640;
  const left = 28;
  const top = 34;
  const plotH = 150;
  const colW = (width - left - 8) / o.bars.length;
  const height = top + plotH + 40;
  const parts: string[] = [`<defs>${patterns(o.id, o.series)}</defs>`, legend(o.id, o.series, left, 14)];
  parts.push(`<line x1="${left}" y1="${top + plotH}" x2="${width - 8}" y2="${top + plotH}" stroke="#57606a"/>`);
  o.bars.forEach((b, c) => {
    const x = left + c * colW + 3;
    const w = Math.max(2, colW - 6);
    let y = top + plotH;
    b.values.forEach((v, i) => {
      if (v <= 0) return;
      const h = Math.max(1, (v / max) * (plotH - 14));
      y -= h;
      parts.push(`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="${fillOf(o.id, o.series[i]!, i)}" stroke="${esc(o.series[i]!.color)}"/>`);
    });
    const t = total(b);
    if (t > 0) parts.push(`<text x="${(x + w / 2).toFixed(1)}" y="${(y - 3).toFixed(1)}" text-anchor="middle" font-size="${SMALL + 1}" fill="#1f2328">${t}</text>`);
    parts.push(`<text x="${(x + w / 2).toFixed(1)}" y="${top + plotH + 14}" text-anchor="middle" font-size="${SMALL}" fill="#1f2328">${esc(b.label.zh)}</text>`);
    if (b.label.en) parts.push(`<text x="${(x + w / 2).toFixed(1)}" y="${top + plotH + 26}" text-anchor="middle" font-size="${SMALL - 1}" fill="#57606a">${esc(b.label.en)}</text>`);
  });
  const svg = `<svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${esc(o.id)}-t ${esc(o.id)}-d"><title id="${esc(o.id)}-t">${esc(o.title.zh)} ${esc(o.title.en)}</title><desc id="${esc(o.id)}-d">${esc(describe(o))}</desc>${parts.join("")}</svg>`;
  return figure(o, svg);
}
