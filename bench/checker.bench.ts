/**
 * The checker page at scale: a 20,000-unit NDJSON file picked on site/index.html (built by
 * `npm run build:site`) in headless Chromium, from the pick to the report on screen — read,
 * validated and built in the page's Web Worker, laid out and drawn — with the peak JS heap
 * of the page and of its worker, side by side with the same validate + report build in this
 * Node process.
 *
 *   npx tsx bench/checker.bench.ts            (or all benchmarks: npm run bench)
 *   QSD_BENCH_CHECKER_UNITS=5000 npx tsx bench/checker.bench.ts
 *
 * Chromium (Debian's /usr/bin/chromium, or CHROMIUM_BIN) is driven over the DevTools protocol
 * on a pipe (`--remote-debugging-pipe`), so the worker's heap can be read too:
 * `Runtime.getHeapUsage` on the page's and the worker's sessions every 50 ms, the largest
 * used size of each kept. Target: the page shows the report of 20,000 units within 60 s on
 * this 2-core machine with a peak JS heap (page + worker) under 1 GB. The data are generated
 * with a seeded PRNG (mulberry32) into .bench-tmp/ (git-ignored) and reused when present.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Readable, Writable } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createReportBuilder, validate } from "../src/index";
import { mulberry32, type Random } from "./_random";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SITE = join(ROOT, "site/index.html");
const CHROMIUM = process.env.CHROMIUM_BIN ?? "/usr/bin/chromium";
const AS_OF = "2026-11-20";
const DISTRICTS = ["320102", "320104", "320105", "320106", "320111", "320113", "320114", "320115", "320116", "320117", "320118", "320119", ""];
const SEVERITIES = ["major", "significant", "minor"] as const;

/** Options of {@link run}. */
export interface CheckerBenchOptions {
  /** How many units (default 20,000, or `QSD_BENCH_CHECKER_UNITS`). */
  units?: number;
  /** Seed of the generated data (default 20231118). */
  seed?: number;
}

/** What {@link run} measured. */
export interface CheckerBenchResult {
  units: number;
  fileBytes: number;
  browser: { seconds: number; peakPageHeapMb: number; peakWorkerHeapMb: number; peakHeapMb: number; unitsShown: number };
  node: { seconds: number };
}

function date(rand: Random, fromYear: number, toYear: number): string {
  const y = fromYear + rand.int(toYear - fromYear + 1);
  return `${y}-${String(1 + rand.int(12)).padStart(2, "0")}-${String(1 + rand.int(28)).padStart(2, "0")}`;
}

/** One generated unit: risks, a credit class, people, assignments, inspections, a few records; a few districts. */
function makeUnit(i: number, rand: Random, uscc: readonly string[]): object {
  const district = rand.pick(DISTRICTS);
  return {
    id: `C${String(i).padStart(6, "0")}`,
    name: `检查器基准单位${i}有限公司`,
    uscc: rand.pick(uscc),
    roles: rand() < 0.6 ? ["producer"] : rand() < 0.7 ? ["seller"] : ["producer", "seller"],
    size: rand.pick(["large", "medium", "small", "micro"] as const),
    ...(district ? { district } : {}),
    products: { licences: [], cccCertificates: [], mandatoryStandard: rand() < 0.8, gasAppliance: rand() < 0.1, foodContact: rand() < 0.1 },
    people: [
      { id: "P1", name: "负责人", role: "principal", from: "2020-01-01" },
      { id: "P2", name: "总监", role: "director", from: date(rand, 2022, 2024) },
      { id: "P3", name: "安全员", role: "officer", from: date(rand, 2022, 2024) },
    ],
    riskEvents: Array.from({ length: rand.int(4) }, (_, k) => ({ id: `R${k + 1}`, date: date(rand, 2024, 2026), severity: rand.pick(SEVERITIES), kind: "sampling-failure" })),
    ...(rand() < 0.5 ? { creditRisk: { grade: rand.pick(["A", "B", "C", "D"] as const), asOf: date(rand, 2025, 2026) } } : {}),
    assignments: [{ official: "监管员", department: "quality-supervision", from: "2024-01-02", recordedOn: "2024-01-05" }],
    inspections: Array.from({ length: rand.int(3) }, (_, k) => ({ id: `I${k + 1}`, date: date(rand, 2025, 2026), kind: "onsite" })),
    records: Array.from({ length: rand.int(4) }, () => ({ kind: "daily", date: `2026-11-${String(1 + rand.int(19)).padStart(2, "0")}`, byPersonId: "P3", zeroRisk: true })),
  };
}

async function generate(file: string, units: number, seed: number): Promise<void> {
  const rand = mulberry32(seed);
  const pool = (JSON.parse(readFileSync(join(ROOT, "examples/nanjing-demo.json"), "utf8")) as { units: { uscc: string }[] }).units.map((u) => u.uscc);
  const out = createWriteStream(file);
  let buf = "";
  for (let i = 0; i < units; i++) {
    buf += `${JSON.stringify(makeUnit(i, rand, pool))}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, "drain");
      buf = "";
    }
  }
  out.end(buf);
  await once(out, "finish");
}

/** A minimal DevTools-protocol client over Chromium's pipe (JSON messages ended by NUL), with flat sessions. */
class Cdp {
  private id = 0;
  private readonly waiting = new Map<number, { resolve: (v: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  private buffer = "";
  readonly events: { method: string; params: Record<string, unknown>; sessionId?: string }[] = [];
  onEvent?: (e: { method: string; params: Record<string, unknown>; sessionId?: string }) => void;

  constructor(
    private readonly out: Writable,
    input: Readable,
  ) {
    input.setEncoding("utf8");
    input.on("data", (chunk: string) => {
      this.buffer += chunk;
      let end: number;
      while ((end = this.buffer.indexOf("\0")) >= 0) {
        const msg = JSON.parse(this.buffer.slice(0, end)) as { id?: number; result?: Record<string, unknown>; error?: { message: string }; method?: string; params?: Record<string, unknown>; sessionId?: string };
        this.buffer = this.buffer.slice(end + 1);
        if (msg.id !== undefined) {
          const w = this.waiting.get(msg.id);
          this.waiting.delete(msg.id);
          if (msg.error) w?.reject(new Error(msg.error.message));
          else w?.resolve(msg.result ?? {});
        } else if (msg.method) this.onEvent?.({ method: msg.method, params: msg.params ?? {}, ...(msg.sessionId ? { sessionId: msg.sessionId } : {}) });
      }
    });
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = ++this.id;
    this.out.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return new Promise((resolve, reject) => this.waiting.set(id, { resolve, reject }));
  }
}

/** Opens the checker page, picks the file, and times it until the report is on screen, reading both heaps. */
async function inBrowser(file: string): Promise<CheckerBenchResult["browser"]> {
  const profile = mkdtempSync(join(tmpdir(), "qsd-bench-chromium-"));
  const child: ChildProcess = spawn(CHROMIUM, ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--remote-debugging-pipe", `--user-data-dir=${profile}`, "about:blank"], {
    stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"],
  });
  const cdp = new Cdp(child.stdio[3] as Writable, child.stdio[4] as Readable);
  try {
    const { targetInfos } = (await cdp.send("Target.getTargets")) as { targetInfos: { targetId: string; type: string }[] };
    const target = targetInfos.find((t) => t.type === "page")!;
    const { sessionId: page } = (await cdp.send("Target.attachToTarget", { targetId: target.targetId, flatten: true })) as { sessionId: string };
    let worker: string | undefined;
    cdp.onEvent = (e) => {
      if (e.method === "Target.attachedToTarget" && (e.params.targetInfo as { type: string }).type === "worker") worker = e.params.sessionId as string;
    };
    await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: true }, page);
    await cdp.send("Runtime.enable", {}, page);
    await cdp.send("DOM.enable", {}, page);
    await cdp.send("Page.navigate", { url: pathToFileURL(SITE).href }, page);
    const state = async () => ((await cdp.send("Runtime.evaluate", { expression: "document.body && document.body.dataset.state", returnByValue: true }, page)) as { result: { value?: string } }).result.value;
    while ((await state()) !== "ready") await new Promise((r) => setTimeout(r, 50));
    const { root } = (await cdp.send("DOM.getDocument", {}, page)) as { root: { nodeId: number } };
    const { nodeId } = (await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "#file" }, page)) as { nodeId: number };
    let peakPage = 0;
    let peakWorker = 0;
    let peakSum = 0;
    let seconds = 0;
    const t0 = performance.now();
    await cdp.send("DOM.setFileInputFiles", { files: [file], nodeId }, page);
    for (let done = false; ; ) {
      const [p, w] = await Promise.all([
        cdp.send("Runtime.getHeapUsage", {}, page) as Promise<{ usedSize: number }>,
        worker ? (cdp.send("Runtime.getHeapUsage", {}, worker).catch(() => ({ usedSize: 0 })) as Promise<{ usedSize: number }>) : Promise.resolve({ usedSize: 0 }),
      ]);
      peakPage = Math.max(peakPage, p.usedSize);
      peakWorker = Math.max(peakWorker, w.usedSize);
      peakSum = Math.max(peakSum, p.usedSize + w.usedSize);
      // One more reading after the report is on screen (the page's heap peaks as it draws).
      if (done) break;
      done = (await state()) === "done";
      if (done) seconds = (performance.now() - t0) / 1000;
      else await new Promise((r) => setTimeout(r, 50));
      if (performance.now() - t0 > 600_000) throw new Error("the checker did not finish within 10 minutes");
    }
    const shown = ((await cdp.send("Runtime.evaluate", { expression: "Number(document.getElementById('status').dataset.units)", returnByValue: true }, page)) as { result: { value: number } }).result.value;
    const mb = (n: number) => Math.round((n / 1048576) * 10) / 10;
    return { seconds, peakPageHeapMb: mb(peakPage), peakWorkerHeapMb: mb(peakWorker), peakHeapMb: mb(peakSum), unitsShown: shown };
  } finally {
    const exited = once(child, "exit");
    child.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

/** The same validate + report build (units: "summary") in this process, on the file's lines. */
function inNode(file: string): number {
  const t0 = performance.now();
  const builder = createReportBuilder({ asOf: AS_OF, units: "summary" });
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line === "") continue;
    const r = validate("unit", JSON.parse(line));
    if (r.ok) builder.add(r.value);
  }
  builder.finish();
  return (performance.now() - t0) / 1000;
}

/**
 * Runs the benchmark and prints the result.
 *
 * @param options - Units and seed.
 * @returns What was measured.
 */
export async function run(options: CheckerBenchOptions = {}): Promise<CheckerBenchResult | undefined> {
  const units = options.units ?? Number(process.env.QSD_BENCH_CHECKER_UNITS ?? 20_000);
  const seed = options.seed ?? 20231118;
  if (!existsSync(CHROMIUM) || !existsSync(SITE)) {
    console.log(`  skipped: needs ${CHROMIUM} and site/index.html (npm run build:site)`);
    return undefined;
  }
  const dir = join(ROOT, ".bench-tmp");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `checker-${units}-${seed}.ndjson`);
  if (!existsSync(file)) await generate(file, units, seed);
  const fileBytes = statSync(file).size;
  const browser = await inBrowser(file);
  const node = { seconds: inNode(file) };
  console.log(`  ${units} units, ${(fileBytes / 1048576).toFixed(1)} MB NDJSON, as of the data (today when absent)`);
  console.log(`  checker page (pick → report on screen): ${browser.seconds.toFixed(2)} s, ${browser.unitsShown} units shown`);
  console.log(`  peak JS heap: page ${browser.peakPageHeapMb} MB, worker ${browser.peakWorkerHeapMb} MB, together ${browser.peakHeapMb} MB`);
  console.log(`  in Node (validate + createReportBuilder units: summary, no layout): ${node.seconds.toFixed(2)} s — page / Node ${(browser.seconds / node.seconds).toFixed(2)}×`);
  const ok = browser.unitsShown === units && browser.seconds < 60 && browser.peakHeapMb < 1024;
  console.log(`  target (all ${units} units shown, under 60 s, peak heap under 1 GB): ${ok ? "met" : "NOT met"}`);
  return { units, fileBytes, browser, node };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();
