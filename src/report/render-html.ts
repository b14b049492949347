import type { ReportCell, ReportDocument, ReportTone } from "./sections";

/** Escapes text for HTML content and attribute values. */
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const CSS = `
  body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1f2328; line-height: 1.5; }
  h1 { font-size: 1.6rem; border-bottom: 2px solid #1f2328; padding-bottom: .4rem; }
  h2 { font-size: 1.2rem; margin-top: 2rem; }
  h3 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
  .note { color: #656d76; font-size: .85rem; font-weight: normal; margin-left: .5rem; }
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
  dl.facts dt { color: #656d76; }
  dl.facts dd { margin: 0; }
  table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .5rem 0; }
  th, td { border: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left; vertical-align: top; }
  th { background: #f6f8fa; }
  td.num { text-align: right; font-variant-numeric: tabular-nums; }
  p.muted { color: #656d76; }
  p.warning { background: #fff8c5; border-left: 4px solid #d4a72c; padding: .4rem .6rem; }
  .danger { color: #cf222e; font-weight: 600; }
  td.warning, dd.warning { color: #9a6700; }
  td.muted, dd.muted { color: #656d76; }
  footer { margin-top: 2rem; color: #656d76; font-size: .8rem; }
  @media print { body { margin: 0; max-width: none; } h2, h3 { break-after: avoid; } tr { break-inside: avoid; } }
  @page { size: A4; margin: 15mm; }
`;

/** The class attribute of a cell or fact: its alignment and tone. */
function cls(...names: (string | ReportTone | undefined)[]): string {
  const list = names.filter((n): n is string => n !== undefined && n !== "");
  return list.length ? ` class="${list.join(" ")}"` : "";
}

/**
 * Renders a report document as one self-contained HTML page: inline CSS (printable on A4),
 * no scripts and no external resources (a Content-Security-Policy forbids them), every
 * data text escaped.
 *
 * @param doc - The document ({@link reportDocument}).
 * @param asOf - The report's as-of date, for the page title.
 * @returns The HTML page.
 * @internal
 */
export function _renderHtml(doc: ReportDocument, asOf: string): string {
  const td = (c: ReportCell, right: boolean) => `<td${cls(right ? "num" : undefined, c.tone)}>${esc(c.text)}</td>`;
  const out: string[] = [
    "<!DOCTYPE html>",
    `<html lang="${doc.lang === "en" ? "en" : "zh-CN"}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(doc.title)} ${esc(asOf)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    `<h1>${esc(doc.title)}</h1>`,
    '<dl class="facts">',
    ...doc.facts.map((f) => `<dt>${esc(f.label)}</dt><dd${cls(f.tone)}>${esc(f.value)}</dd>`),
    "</dl>",
  ];
  for (const section of doc.sections) {
    const title = `${section.number}${section.title}${section.subtitle ? ` ${section.subtitle}` : ""}`;
    out.push(`<section>`, `<h2>${esc(title)}${section.note ? `<span class="note">${esc(section.note)}</span>` : ""}</h2>`);
    for (const block of section.blocks) {
      switch (block.type) {
        case "subheading":
          out.push(`<h3>${esc(block.text)}</h3>`);
          break;
        case "paragraph":
          out.push(`<p${cls(block.tone)}>${esc(block.text)}</p>`);
          break;
        case "table":
          out.push("<table>", `<thead><tr>${block.columns.map((c) => `<th scope="col">${esc(c.header)}</th>`).join("")}</tr></thead>`, "<tbody>");
          for (const row of block.rows) out.push(`<tr>${row.map((c, i) => td(c, block.columns[i]?.align === "right")).join("")}</tr>`);
          out.push("</tbody>", "</table>");
          break;
        case "issues":
          out.push("<ul>");
          for (const item of block.items) {
            const issues = [...item.issues.map((x) => `<li><code>${esc(x)}</code></li>`), ...(item.more ? [`<li>${esc(item.more)}</li>`] : [])];
            out.push(`<li>${esc(item.where)}<ul>${issues.join("")}</ul></li>`);
          }
          out.push("</ul>");
          break;
      }
    }
    out.push("</section>");
  }
  out.push(`<footer>${esc(doc.footer)}</footer>`, "</body>", "</html>");
  return `${out.join("\n")}\n`;
}
