/**
 * Builds the checker page, site/index.html: one file that works from file:// and offline —
 * the report page's style sheet and script (the same as `qsd report --format html`), the
 * checker's script, and three inert text blocks: the worker (the library bundled for the
 * browser with esbuild: validation, the report builder, the page layout), the spreadsheet
 * chunk (read-excel-file / write-excel-file, handed to the worker only when a workbook is
 * dropped or exported) and the demo data set. Its Content-Security-Policy allows exactly its
 * two inline scripts (by SHA-256), a blob: worker, and no connection at all
 * (`connect-src 'none'`).
 *
 *   npm run build:site            # site/index.html
 *   npx tsx scripts/build-site.ts --out DIR
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { _escapeHtml as esc } from "../src/report/html/escape";
import { _PAGE_CSS } from "../src/report/html/page-css";
import { _REPORT_APP_JS } from "../src/report/html/report-app-js";
import { _sha256Base64 } from "../src/report/html/sha256";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Node built-ins the spreadsheet chunk's imports name but never call in a browser: empty modules. */
const stubNode: Plugin = {
  name: "stub-node",
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (a) => ({ path: a.path, namespace: "stub" }));
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "export const mkdir = undefined, writeFile = undefined, readFile = undefined, readdir = undefined, stat = undefined, join = undefined, basename = undefined, extname = undefined; export default {};", loader: "js" }));
  },
};

async function bundle(entry: string, options: { stub?: boolean; alias?: Record<string, string> } = {}): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    platform: "browser",
    write: false,
    legalComments: "none",
    logLevel: "silent",
    define: { "globalThis.QSD_VERSION": JSON.stringify((JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version) },
    ...(options.alias ? { alias: options.alias } : {}),
    plugins: options.stub ? [stubNode] : [],
  });
  return result.outputFiles[0]!.text;
}

/** Text for an inert `<script type="text/plain">` block: nothing in it can close the element. */
const inert = (code: string) => code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");

const CHECKER_CSS = `
#checker { max-width: 80rem; margin: 0 auto; padding: 1rem 1.25rem 0; }
#checker h1 { font-size: 1.5rem; }
.drop { border: 2px dashed var(--muted); border-radius: 8px; padding: 1.5rem; text-align: center; margin: .8rem 0; }
.drop.over { border-color: var(--accent); background: var(--bg2); }
.drop input[type=file] { margin: .5rem; }
.row { display: flex; flex-wrap: wrap; gap: .5rem 1.2rem; align-items: end; margin: .5rem 0; }
.row label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
#progress { margin: .6rem 0; }
#progress progress { width: 20rem; max-width: 100%; }
#status { margin: .5rem 0; min-height: 1.4em; }
.privacy { border-left: 4px solid var(--fg); padding: .3rem .7rem; background: var(--bg2); font-size: .9rem; }
@media print { #checker { display: none; } }
`;

/** The page's HTML. */
export async function checkerPage(): Promise<string> {
  const [worker, xlsx, checker] = await Promise.all([
    bundle("web/checker-worker.ts"),
    bundle("web/xlsx-chunk.ts", { stub: true, alias: { "read-excel-file/node": "read-excel-file/web-worker", "write-excel-file/node": "write-excel-file/universal" } }),
    bundle("web/checker.ts"),
  ]);
  const demo = readFileSync(join(ROOT, "examples/nanjing-demo.json"), "utf8");
  const css = _PAGE_CSS + CHECKER_CSS;
  const csp = [
    "default-src 'none'",
    `style-src 'sha256-${_sha256Base64(css)}'`,
    // The two inline scripts by hash; blob: for the worker and the spreadsheet chunk it imports.
    `script-src 'sha256-${_sha256Base64(_REPORT_APP_JS)}' 'sha256-${_sha256Base64(checker)}' blob:`,
    "worker-src blob:",
    "img-src data:",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const both = (zh: string, en: string) => `<span class="zh-only">${esc(zh)}</span> <span class="sub">${esc(en)}</span>`;
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    "<title>工业产品质量安全监管报表检查器 · Supervision report checker</title>",
    `<style>${css}</style>`,
    "</head>",
    '<body data-state="loading">',
    '<div id="checker" data-lang="zh">',
    `<header class="top"><h1>${both("质量安全监管报表检查器", "Supervision report checker")}</h1><div class="tools"><button type="button" id="checker-lang" lang="en">English</button></div></header>`,
    `<main>`,
    `<p class="privacy">${both("文件只在本机浏览器中读取和计算，不会上传：本页禁止任何网络连接。", "Your file is read and computed in this browser only and never uploaded: this page may make no network connection at all.")}</p>`,
    `<section class="drop" id="drop" aria-labelledby="drop-title"><p id="drop-title">${both("把数据文件拖放到这里，或选择文件", "Drop a data file here, or pick one")}</p>`,
    `<label for="file" class="sr-only">${both("数据文件", "Data file")}</label><input type="file" id="file" accept=".json,.ndjson,.jsonl,.xlsx,.xlsm,.csv,.tsv,application/json">`,
    `<p class="note">${both("JSON 数据集、单位数组或单个单位，NDJSON（每行一个单位），xlsx 工作簿或 CSV（qsd template 的格式）", "a JSON data set, array or unit; NDJSON (one unit per line); an xlsx workbook or CSV (the layout of qsd template)")}</p>`,
    `<button type="button" id="demo">${both("使用演示数据", "Use the demo data")}</button></section>`,
    `<div class="row">`,
    `<label for="as-of">${both("基准日", "As of")}<input type="date" id="as-of"></label>`,
    `<label for="policy">${both("政策", "Policy")}<select id="policy"><option value="nanjing2023">nanjing2023 宁市监质监〔2023〕146号</option><option value="anhui2023">anhui2023</option><option value="custom">${esc("自定义（JSON 文件） custom (a JSON file)")}</option></select></label>`,
    `<label for="policy-file" id="policy-file-label" hidden>${both("政策文件", "Policy file")}<input type="file" id="policy-file" accept=".json,application/json"></label>`,
    `<button type="button" id="rerun">${both("重新计算", "Run again")}</button>`,
    `</div>`,
    `<p class="note">${both("基准日留空时：数据集的 asOf，否则今天（北京时间）。", "An empty as-of date means the data set's asOf, else today in Asia/Shanghai.")}</p>`,
    `<div id="progress" hidden><progress id="progress-bar" max="1" value="0" aria-label="progress"></progress> <span id="progress-text"></span></div>`,
    `<p id="status" role="status" aria-live="polite"></p>`,
    `<div id="exports" class="row" hidden><span>${both("导出", "Export")}</span><button type="button" data-format="html">HTML</button><button type="button" data-format="json">JSON</button><button type="button" data-format="xlsx">xlsx</button></div>`,
    `</main>`,
    "</div>",
    '<div id="report-root"></div>',
    `<script type="text/plain" id="qsd-worker-src">${inert(worker)}</script>`,
    `<script type="text/plain" id="qsd-xlsx-src">${inert(xlsx)}</script>`,
    `<script type="application/json" id="qsd-demo">${demo.replace(/</g, "\\u003c")}</script>`,
    `<script>${_REPORT_APP_JS}</script>`,
    `<script>${checker}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf("--out");
  const out = at > 0 ? process.argv[at + 1]! : join(ROOT, "site");
  mkdirSync(out, { recursive: true });
  const html = await checkerPage();
  writeFileSync(join(out, "index.html"), html);
  console.log(`wrote ${join(out, "index.html")} (${(Buffer.byteLength(html) / 1024).toFixed(0)} kB)`);
}
