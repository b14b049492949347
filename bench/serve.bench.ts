/**
 * `qsd serve` under load: autocannon against the BUILT service (`node dist/cli.js serve`,
 * a child process on 127.0.0.1), side by side with the same work in this process.
 *
 *   npm run build && npx tsx bench/serve.bench.ts      (or all benchmarks: npm run bench)
 *   QSD_BENCH_SERVE_SECONDS=5 QSD_BENCH_SOAK_SECONDS=10 npx tsx bench/serve.bench.ts   (a quicker run)
 *
 * 1. Load: 50 connections for 20 s of `POST /v1/classify` with the demo data set as the
 *    body (26 units, 34 KB; each answer is every unit's Classification, about 200 KB):
 *    requests/s, latency p50 / p99, errors and non-2xx answers (both must be 0).
 * 2. Soak: the same load for 60 s; the service's resident memory (VmRSS of
 *    /proc/<pid>/status) at its start and end, and the growth.
 * 3. Comparison: the same work in this process, one request's worth at a time — parse the
 *    body, `validate("dataset", …)`, `classifyUnit` for each unit, `JSON.stringify` the
 *    answer — for the same time; the ratio is the service's requests/s over it.
 *
 * Only loopback traffic; every loop is bounded in time and stops by itself. Not part of
 * `npm test`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { loadavg } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { classifyUnit, nanjing2023, validate } from "../src/index";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "dist", "cli.js");
const DEMO = join(ROOT, "examples", "nanjing-demo.json");

/** Options of {@link run}. */
export interface ServeBenchOptions {
  /** Seconds of the load run (default 20, or `QSD_BENCH_SERVE_SECONDS`). */
  seconds?: number;
  /** Seconds of the soak (default 60, or `QSD_BENCH_SOAK_SECONDS`). */
  soakSeconds?: number;
  /** Concurrent connections (default 50). */
  connections?: number;
}

/** One autocannon run, summarised. */
export interface LoadResult {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  megabytesPerSecond: number;
}

/** What {@link run} measured. */
export interface ServeBenchResult {
  load: LoadResult;
  soak: LoadResult & { rssStartMb: number; rssEndMb: number; rssGrowthMb: number };
  inProcess: { requestsPerSecond: number };
  ratio: number;
  soakRatio: number;
}

function rssMb(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? Number.NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

async function startService(): Promise<{ url: string; child: ChildProcess }> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const child = spawn(process.execPath, [CLI, "serve", "--port", "0"], { stdio: ["ignore", "ignore", "pipe"], env: { PATH: process.env.PATH ?? "", TZ: "UTC" } });
  let err = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`qsd serve did not start:\n${err}`)), 20_000);
    child.stderr!.setEncoding("utf8").on("data", (s: string) => {
      // Keep only the first lines: the request log of a long run is not kept in memory.
      if (err.length < 4096) err += s;
      const m = /"event":"listening","url":"([^"]+)"/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once("exit", (code) => reject(new Error(`qsd serve exited (${code}):\n${err}`)));
  });
  return { url, child };
}

function load(url: string, body: string, seconds: number, connections: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url: `${url}/v1/classify`, method: "POST", headers: { "content-type": "application/json" }, body, connections, duration: seconds, timeout: 30 },
      (error, r) => {
        if (error) return reject(error);
        resolve({
          requestsPerSecond: Math.round(r.requests.average * 10) / 10,
          latencyP50Ms: r.latency.p50,
          latencyP99Ms: r.latency.p99,
          requests: r.requests.total,
          errors: r.errors,
          timeouts: r.timeouts,
          non2xx: r.non2xx,
          megabytesPerSecond: Math.round((r.throughput.average / 1e6) * 10) / 10,
        });
      },
    );
  });
}

/** The same work as one request, in this process: parse, validate, classify, serialise. */
function inProcess(body: string, seconds: number): number {
  const until = performance.now() + seconds * 1000;
  let n = 0;
  let bytes = 0;
  const start = performance.now();
  while (performance.now() < until) {
    const parsed = validate("dataset", JSON.parse(body));
    if (!parsed.ok) throw new Error("the demo data set is invalid");
    const asOf = parsed.value.asOf!;
    const results = parsed.value.units.map((u) => classifyUnit(u, { asOf, policy: nanjing2023 }));
    bytes += JSON.stringify({ asOf, asOfFrom: "dataset", policy: { id: nanjing2023.id, version: nanjing2023.version }, results }).length;
    n++;
  }
  if (bytes === 0) throw new Error("nothing done");
  return n / ((performance.now() - start) / 1000);
}

const row = (label: string, r: LoadResult) =>
  `${label}: ${r.requestsPerSecond} req/s, latency p50 ${r.latencyP50Ms} ms, p99 ${r.latencyP99Ms} ms, ${r.requests} requests, ${r.megabytesPerSecond} MB/s answered, errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}`;

/**
 * Runs the benchmark and prints its figures.
 *
 * @param options - See {@link ServeBenchOptions}.
 * @returns The figures.
 */
export async function run(options: ServeBenchOptions = {}): Promise<ServeBenchResult> {
  const seconds = options.seconds ?? Number(process.env.QSD_BENCH_SERVE_SECONDS ?? 20);
  const soakSeconds = options.soakSeconds ?? Number(process.env.QSD_BENCH_SOAK_SECONDS ?? 60);
  const connections = options.connections ?? 50;
  const body = readFileSync(DEMO, "utf8");
  console.log(`POST /v1/classify, body: the demo data set (26 units, ${(body.length / 1024).toFixed(0)} KB); ${connections} connections; load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  const { url, child } = await startService();
  try {
    await load(url, body, 2, connections); // warm-up
    const loadResult = await load(url, body, seconds, connections);
    console.log(row(`load ${seconds} s`, loadResult));
    const rssStartMb = rssMb(child.pid!);
    const soak = await load(url, body, soakSeconds, connections);
    const rssEndMb = rssMb(child.pid!);
    const rssGrowthMb = Math.round((rssEndMb - rssStartMb) * 10) / 10;
    console.log(row(`soak ${soakSeconds} s`, soak));
    console.log(`soak RSS: ${rssStartMb} MB at the start, ${rssEndMb} MB at the end, growth ${rssGrowthMb >= 0 ? "+" : ""}${rssGrowthMb} MB`);
    const ips = inProcess(body, Math.min(seconds, 10));
    const ratio = Math.round((loadResult.requestsPerSecond / ips) * 100) / 100;
    const soakRatio = Math.round((soak.requestsPerSecond / ips) * 100) / 100;
    console.log(`in-process (parse + validate + classify + stringify, one thread): ${ips.toFixed(1)} req/s`);
    console.log(`ratio: the service answers ${ratio}× the in-process rate in the load run, ${soakRatio}× in the soak (the service also does HTTP, and autocannon shares the 2 cores)`);
    console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
    const ok = loadResult.errors === 0 && loadResult.non2xx === 0 && loadResult.timeouts === 0 && soak.errors === 0 && soak.non2xx === 0 && soak.timeouts === 0;
    console.log(ok ? "0 errors, 0 non-2xx: ok" : "ERRORS or non-2xx answers: see above");
    if (!ok) process.exitCode = 1;
    return { load: loadResult, soak: { ...soak, rssStartMb, rssEndMb, rssGrowthMb }, inProcess: { requestsPerSecond: Math.round(ips * 10) / 10 }, ratio, soakRatio };
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
