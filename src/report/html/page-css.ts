/**
 * The report page's style sheet (inline: the page is one file). Screen: cards, charts in a
 * grid, tables with sticky headers, a unit panel. Print (A4): the controls go, the lists open
 * and every row shows, tables repeat their headers, and nothing relies on colour alone (the
 * charts' series differ by pattern, the tones by weight and borders).
 *
 * @internal
 */
export const _PAGE_CSS = `
:root { --fg: #1f2328; --muted: #57606a; --line: #d0d7de; --bg2: #f6f8fa; --danger: #a4262c; --warn: #8a5a00; --accent: #0b5cad; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif; margin: 0; color: var(--fg); line-height: 1.5; background: #fff; }
#qsd-report { max-width: 80rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.5rem; margin: .2rem 0 .4rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; border-bottom: 2px solid var(--fg); padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 0; display: inline; }
.sub { color: var(--muted); font-size: .85em; font-weight: normal; }
[data-lang="en"] .zh-only { display: none; }
[data-lang="zh"] .en-only { display: none; }
[data-lang="en"] .sub { color: inherit; font-size: inherit; font-weight: inherit; }
.top { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .5rem 1rem; align-items: flex-start; border-bottom: 3px double var(--fg); padding-bottom: .5rem; }
.tools { display: flex; gap: .5rem; }
button, select, input { font: inherit; font-size: .9rem; }
button { border: 1px solid var(--line); background: var(--bg2); color: var(--fg); border-radius: 4px; padding: .25rem .7rem; cursor: pointer; }
button:hover { border-color: var(--muted); }
button:focus-visible, a:focus-visible, select:focus-visible, input:focus-visible, summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 1px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .5rem 0 0; font-size: .9rem; width: 100%; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr)); gap: .6rem; margin-top: 1rem; }
.card { border: 1px solid var(--line); border-left: 6px solid var(--muted); border-radius: 4px; padding: .4rem .6rem; break-inside: avoid; }
.card .n { display: block; font-size: 1.6rem; font-weight: 700; font-variant-numeric: tabular-nums; }
.card .l { font-size: .85rem; }
.card.danger { border-left-color: var(--danger); border-left-style: solid; }
.card.danger .n { color: var(--danger); }
.card.warning { border-left-color: var(--warn); border-left-style: dashed; }
.card.muted { border-left-style: dotted; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(30rem, 1fr)); gap: 1rem 1.5rem; }
figure.chart { margin: 0; break-inside: avoid; }
figure.chart figcaption { font-weight: 600; margin-bottom: .2rem; }
figure.chart svg { width: 100%; height: auto; font-family: inherit; }
.chart-note, .chart-empty { color: var(--muted); font-size: .85rem; margin: .2rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; margin: .4rem 0; }
th, td { border: 1px solid var(--line); padding: .25rem .45rem; text-align: left; vertical-align: top; }
thead th { background: var(--bg2); position: sticky; top: 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
th button.sort { all: unset; cursor: pointer; font-weight: 600; }
th button.sort:focus-visible { outline: 3px solid var(--accent); }
th[aria-sort="ascending"] button.sort::after { content: " ▲"; }
th[aria-sort="descending"] button.sort::after { content: " ▼"; }
.level { display: inline-block; padding: 0 .35rem; border-radius: 3px; border: 1px solid currentColor; white-space: nowrap; font-size: .85em; }
.level-special { color: var(--danger); font-weight: 700; border-width: 2px; }
.level-key { color: var(--warn); font-weight: 600; }
.level-routine { color: #2f5f8a; }
.level-trigger { color: var(--muted); border-style: dashed; }
.danger { color: var(--danger); font-weight: 600; }
.warning { color: var(--warn); }
.muted, .note { color: var(--muted); }
.note { font-size: .85rem; }
.filters { display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: end; margin: .3rem 0; }
.filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
.pager { display: flex; gap: .6rem; align-items: center; font-size: .85rem; margin: .3rem 0; }
.pg-hidden { display: none; }
details.list { border: 1px solid var(--line); border-radius: 4px; margin: .5rem 0; padding: .3rem .6rem; }
details.list > summary { cursor: pointer; padding: .2rem 0; }
details.list[open] > summary { border-bottom: 1px solid var(--line); margin-bottom: .3rem; }
a.unit { color: var(--accent); }
#qsd-panel { border: 2px solid var(--fg); border-radius: 6px; padding: .6rem 1rem 1rem; margin: 1rem 0; }
#qsd-panel h3 { display: block; font-size: 1rem; margin: 1rem 0 .3rem; }
#qsd-panel .head { display: flex; justify-content: space-between; gap: 1rem; align-items: baseline; }
#qsd-panel .head h2 { border: 0; margin: .2rem 0; }
ul.reasons { list-style: none; padding: 0; margin: 0; }
ul.reasons li { border-left: 4px solid var(--line); padding: .2rem .6rem; margin: .3rem 0; }
ul.reasons li.fired { border-left: 4px solid var(--fg); }
.mark { font-weight: 700; margin-right: .3rem; }
blockquote { margin: .2rem 0 0; padding: 0 .6rem; border-left: 2px solid var(--line); color: var(--muted); font-size: .85rem; }
.cite { color: var(--muted); font-size: .82rem; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
bdi { unicode-bidi: isolate; }
footer { margin-top: 2rem; color: var(--muted); font-size: .8rem; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { font-size: 10pt; }
  #qsd-report { max-width: none; padding: 0; }
  .noprint, .tools, .filters, .pager, #qsd-panel .close { display: none !important; }
  .pg-hidden { display: table-row; }
  details.list { border: 0; padding: 0; }
  details.list::details-content { content-visibility: visible; display: block; }
  details.list > summary { list-style: none; border-bottom: 1px solid #000; }
  h2, h3, figcaption { break-after: avoid; }
  tr, figure, .card { break-inside: avoid; }
  thead { display: table-header-group; }
  thead th { position: static; }
  .charts { grid-template-columns: 1fr 1fr; }
  a.unit { color: inherit; text-decoration: none; }
  .sub { color: #333; }
}
`;
