/**
 * The checker page (site/index.html): pick or drop a file (JSON, NDJSON, CSV, .xlsx), an
 * as-of date and a policy; a Web Worker reads, validates and builds the report (progress
 * shown), and the page shows the same interactive report as `qsd report --format html`, with
 * exports as HTML, JSON and .xlsx. The worker's code, the spreadsheet chunk and the demo data
 * sit in the page as inert text blocks (a blob: worker runs from file:// too); the
 * Content-Security-Policy allows no connection at all, so the data never leaves the machine.
 */
import type { WorkerReply, WorkerRequest } from "./checker-worker";

type Lang = "zh" | "en";
interface App {
  lang: Lang;
  setLang(l: Lang): void;
}
interface ReportAppGlobal {
  mount(root: HTMLElement, data: unknown, opts: { loadDetail?: (id: string) => Promise<unknown>; lang?: Lang }): App;
}

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const text = (id: string) => $(id).textContent ?? "";

const WORDS = {
  zh: {
    reading: "读取文件",
    building: "检查与计算",
    exporting: "生成导出文件",
    done: "{records} 条记录：{units} 个主体有效，{invalid} 条无效（见“无效记录”），基准日 {asOf}，用时 {ms} 毫秒",
    failed: "无法处理：",
    noFile: "请先选择文件",
    mb: "{done} / {total} MB",
    records: "{done} / {total} 条",
  },
  en: {
    reading: "Reading the file",
    building: "Checking and computing",
    exporting: "Writing the export",
    done: "{records} records: {units} valid units, {invalid} invalid (see “Invalid records”), as of {asOf}, in {ms} ms",
    failed: "Could not process it: ",
    noFile: "Pick a file first",
    mb: "{done} / {total} MB",
    records: "{done} / {total} records",
  },
};
const fill = (t: string, p: Record<string, string | number>) => t.replace(/\{(\w+)\}/g, (m, k: string) => (k in p ? String(p[k]) : m));

let lang: Lang = "zh";
let app: App | undefined;
let lastFile: File | undefined;
let worker: Worker | undefined;
const pending = new Map<string, { resolve: (d: unknown) => void; reject: (e: Error) => void }>();

function setLang(l: Lang): void {
  lang = l;
  $("checker").dataset.lang = l;
  document.documentElement.lang = l === "zh" ? "zh-CN" : "en";
  const b = $("checker-lang");
  b.textContent = l === "zh" ? "English" : "中文";
  b.setAttribute("aria-label", l === "zh" ? "切换为英文 Switch to English" : "切换为中文 Switch to Chinese");
  if (app && app.lang !== l) app.setLang(l);
}

function startWorker(): Worker {
  if (worker) return worker;
  const url = URL.createObjectURL(new Blob([text("qsd-worker-src")], { type: "text/javascript" }));
  worker = new Worker(url);
  worker.onmessage = (e: MessageEvent<WorkerReply>) => onReply(e.data);
  worker.onerror = (e) => showError(e.message, e.message);
  return worker;
}

function send(m: WorkerRequest): void {
  startWorker().postMessage(m);
}

function progress(phase: "read" | "build" | "export", done: number, total: number): void {
  const box = $("progress");
  box.hidden = false;
  const bar = $<HTMLProgressElement>("progress-bar");
  bar.max = Math.max(1, total);
  bar.value = done;
  const W = WORDS[lang];
  const what = phase === "read" ? W.reading : phase === "build" ? W.building : W.exporting;
  const amount = phase === "read" ? fill(W.mb, { done: (done / 1048576).toFixed(1), total: (total / 1048576).toFixed(1) }) : fill(W.records, { done, total });
  $("progress-text").textContent = `${what} · ${amount}`;
}

function showError(zh: string, en: string): void {
  $("progress").hidden = true;
  const s = $("status");
  s.className = "danger";
  s.textContent = WORDS[lang].failed + (lang === "zh" ? zh : en);
}

function onReply(m: WorkerReply): void {
  switch (m.type) {
    case "progress":
      progress(m.phase, m.done, m.total);
      break;
    case "need-xlsx":
      send({ type: "xlsx-code", code: text("qsd-xlsx-src") });
      break;
    case "error":
      showError(m.message, m.messageEn);
      break;
    case "done": {
      $("progress").hidden = true;
      const s = $("status");
      s.className = m.summary.invalid ? "warning" : "";
      s.textContent = fill(WORDS[lang].done, m.summary);
      s.dataset.units = String(m.summary.units);
      s.dataset.invalid = String(m.summary.invalid);
      const root = $("report-root");
      // The body is the library's markup, every data string escaped by it (src/report/html).
      root.innerHTML = m.body;
      const reportRoot = root.querySelector<HTMLElement>("#qsd-report")!;
      const api = (globalThis as unknown as { QSDReportApp: ReportAppGlobal }).QSDReportApp;
      app = api.mount(reportRoot, m.data, { lang, loadDetail });
      reportRoot.querySelector("#qsd-lang")?.addEventListener("click", () => setLang(app!.lang));
      if (m.summary.invalid) reportRoot.querySelector<HTMLDetailsElement>("#list-invalid")?.setAttribute("open", "");
      $("exports").hidden = false;
      document.body.dataset.state = "done";
      break;
    }
    case "detail": {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.error !== undefined) p?.reject(new Error(m.error));
      else p?.resolve(m.detail);
      break;
    }
    case "export": {
      $("progress").hidden = true;
      const a = document.createElement("a");
      a.href = URL.createObjectURL(m.blob);
      a.download = m.name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
      break;
    }
  }
}

function loadDetail(id: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    send({ type: "detail", id });
  });
}

/** Today's date in Asia/Shanghai (the CLI's default as-of date). */
function today(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

async function run(file: File | undefined): Promise<void> {
  if (!file) {
    showError(WORDS.zh.noFile, WORDS.en.noFile);
    return;
  }
  lastFile = file;
  document.body.dataset.state = "running";
  $("status").textContent = "";
  $("status").className = "";
  $("exports").hidden = true;
  const policy = $<HTMLSelectElement>("policy").value;
  const policyFile = $<HTMLInputElement>("policy-file").files?.[0];
  const policyText = policy === "custom" && policyFile ? await policyFile.text() : undefined;
  const asOf = $<HTMLInputElement>("as-of").value;
  progress("read", 0, file.size);
  send({ type: "run", file, policy, ...(policyText !== undefined ? { policyText } : {}), ...(asOf ? { asOf } : {}), lang, today: today() });
}

function init(): void {
  setLang("zh");
  $("checker-lang").onclick = () => setLang(lang === "zh" ? "en" : "zh");
  const input = $<HTMLInputElement>("file");
  input.onchange = () => void run(input.files?.[0]);
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    void run(e.dataTransfer?.files[0]);
  });
  $("demo").onclick = () => void run(new File([text("qsd-demo")], "nanjing-demo.json", { type: "application/json" }));
  const policy = $<HTMLSelectElement>("policy");
  policy.onchange = () => {
    $("policy-file-label").hidden = policy.value !== "custom";
  };
  $("rerun").onclick = () => void run(lastFile);
  for (const b of document.querySelectorAll<HTMLButtonElement>("#exports button[data-format]")) {
    b.onclick = () => send({ type: "export", format: b.dataset.format as "html" | "json" | "xlsx", lang });
  }
  document.body.dataset.state = "ready";
}

init();
