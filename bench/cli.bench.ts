/**
 * The `qsd` command at scale: 200,000 units as NDJSON through `qsd classify --json`, run as
 * a child process of the built CLI (dist/cli.js) under GNU time (`/usr/bin/time -v`, apt
 * package `time`) for its peak memory, side by side with the in-process time of
 * `validate("unit", …)` + `classifyUnit` on the same units in this process.
 *
 *   npx tsx bench/cli.bench.ts             (or all benchmarks: npm run bench)
 *   QSD_BENCH_UNITS=20000 npx tsx bench/cli.bench.ts   (a quicker run)
 *
 * Targets: the CLI's peak resident memory under 300 MB (it streams NDJSON line by line),
 * and its wall time within 2× of the in-process validate + classify time. The CLI's time
 * includes its start-up, reading and parsing the file, and writing ~2.6 KB of JSON per
 * unit; the in-process time is validate + classify only, on values parsed beforehand.
 * Each side runs `rounds` times, interleaved, and the fastest run counts (the machine may
 * be busy with other work). The CLI has one path, in one thread: worker threads were
 * measured here (100,000 units, 2 cores: 5.81 s and 228 MB with workers against 3.75 s and
 * 126 MB in one thread) and removed in 0.2.0.
 *
 * The data are generated with a seeded PRNG (mulberry32), so every run sees the same
 * units; the file goes to .bench-tmp/ (git-ignored) and is reused when present. Without
 * /usr/bin/time, peak memory is read by polling the child's /proc/<pid>/status VmHWM.
 */
import { spawn, spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdirSync, openSync, closeSync, readFileSync, statSync } from "node:fs";
import { once } from "node:events";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { availableParallelism, loadavg } from "node:os";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { classifyUnit, validate } from "../src/index";
import { mulberry32, type Random } from "./_random";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "dist", "cli.js");
const TMP = join(ROOT, ".bench-tmp");
const AS_OF = "2026-11-20";

/** Options of {@link run}. */
export interface CliBenchOptions {
  /** How many units (default 200,000, or `QSD_BENCH_UNITS`). */
  units?: number;
  /** Seed of the generated data (default 20231110). */
  seed?: number;
  /** Interleaved runs of each side; the fastest counts (default 2, or `QSD_BENCH_ROUNDS`). */
  rounds?: number;
}

/** What {@link run} measured. */
export interface CliBenchResult {
  units: number;
  fileBytes: number;
  cli: { seconds: number; unitsPerSecond: number; peakRssMb: number; memorySource: string; exitCode: number | null };
  inProcess: { seconds: number; unitsPerSecond: number; parseSeconds: number };
  ratio: number;
}

const SEVERITIES = ["major", "significant", "minor"] as const;
const KINDS = ["sampling-failure", "verified-complaint", "media-exposure", "risk-monitoring", "inspection-finding", "enforcement", "accident", "other"] as const;

/** Valid unified social credit codes (from the demo data set) to draw from. */
function usccPool(): string[] {
  const demo = JSON.parse(readFileSync(join(ROOT, "examples", "nanjing-demo.json"), "utf8")) as { units: { uscc: string }[] };
  return demo.units.map((u) => u.uscc);
}

function date(rand: () => number, fromYear: number, toYear: number): string {
  const y = fromYear + Math.floor(rand() * (toYear - fromYear + 1));
  const m = 1 + Math.floor(rand() * 12);
  const d = 1 + Math.floor(rand() * 28);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** One generated unit (about 1 KB of JSON): risks, credit class, people, inspections, a few records. */
function makeUnit(i: number, rand: Random, uscc: readonly string[]): object {
  const { pick } = rand;
  const roles = rand() < 0.6 ? ["producer"] : rand() < 0.7 ? ["seller"] : ["producer", "seller"];
  const riskEvents = Array.from({ length: Math.floor(rand() * rand() * 7) }, (_, k) => ({
    id: `R${k + 1}`,
    date: date(rand, 2023, 2026),
    severity: pick(SEVERITIES),
    kind: pick(KINDS),
  }));
  const people = [
    { id: "P1", name: "负责人", role: "principal", from: "2020-01-01" },
    { id: "P2", name: "总监", role: "director", from: date(rand, 2022, 2024) },
    { id: "P3", name: "安全员", role: "officer", from: date(rand, 2022, 2024) },
  ];
  return {
    id: `U${String(i).padStart(7, "0")}`,
    name: `基准测试单位${i}有限公司`,
    uscc: pick(uscc),
    roles,
    size: pick(["large", "medium", "small", "micro"] as const),
    layer: pick(["A", "B", "C", "D"] as const),
    district: "320100",
    products: { licences: [], cccCertificates: [], mandatoryStandard: rand() < 0.8, gasAppliance: rand() < 0.1, foodContact: rand() < 0.1 },
    people,
    riskEvents,
    ...(rand() < 0.5 ? { creditRisk: { grade: pick(["A", "B", "C", "D"] as const), asOf: date(rand, 2025, 2026) } } : {}),
    assignments: [{ official: "监管员", department: "市场监督管理局", from: "2024-01-02", recordedOn: "2024-01-05" }],
    inspections: Array.from({ length: Math.floor(rand() * 3) }, (_, k) => ({ id: `I${k + 1}`, date: date(rand, 2025, 2026), kind: pick(["onsite", "document", "sampling"] as const) })),
    records: Array.from({ length: Math.floor(rand() * 4) }, () => ({ kind: "daily", date: date(rand, 2026, 2026), byPersonId: "P3", zeroRisk: true })),
  };
}

async function generate(file: string, units: number, seed: number): Promise<void> {
  const rand = mulberry32(seed);
  const pool = usccPool();
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

/** Runs the CLI on the file, stdout to /dev/null; peak RSS from GNU time, else /proc polling. */
async function runCli(file: string): Promise<{ seconds: number; peakRssMb: number; source: string; exitCode: number | null }> {
  const args = [CLI, "classify", file, "--json", "--as-of", AS_OF];
  const env = process.env;
  const devnull = openSync("/dev/null", "w");
  try {
    if (existsSync("/usr/bin/time")) {
      const t0 = performance.now();
      const r = spawnSync("/usr/bin/time", ["-v", process.execPath, ...args], { stdio: ["ignore", devnull, "pipe"], encoding: "utf8", maxBuffer: 64 << 20, env });
      const seconds = (performance.now() - t0) / 1000;
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
      const status = /Exit status: (\d+)/.exec(r.stderr)?.[1];
      return { seconds, peakRssMb: kb ? Number(kb) / 1024 : Number.NaN, source: "/usr/bin/time -v (max RSS)", exitCode: status === undefined ? r.status : Number(status) };
    }
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: ["ignore", devnull, "inherit"], env });
    let peakKb = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        // the child has exited
      }
    }, 20);
    const [code] = (await once(child, "exit")) as [number | null];
    clearInterval(poll);
    return { seconds: (performance.now() - t0) / 1000, peakRssMb: peakKb / 1024, source: "/proc/<pid>/status VmHWM (polled every 20 ms)", exitCode: code };
  } finally {
    closeSync(devnull);
  }
}

/** Reads the NDJSON file into parsed values, timing the parse separately. */
async function readUnits(file: string): Promise<{ values: unknown[]; parseSeconds: number }> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) if (line) lines.push(line);
  const t0 = performance.now();
  const values = lines.map((l) => JSON.parse(l) as unknown);
  return { values, parseSeconds: (performance.now() - t0) / 1000 };
}

/**
 * Runs the benchmark and prints the side-by-side numbers.
 *
 * @param options - Units and seed.
 * @returns The measurements.
 * @example
 * ```ts
 * await run({ units: 20_000 });
 * ```
 */
export async function run(options: CliBenchOptions = {}): Promise<CliBenchResult> {
  const units = options.units ?? Number(process.env.QSD_BENCH_UNITS ?? 200_000);
  const seed = options.seed ?? 20231110;
  mkdirSync(TMP, { recursive: true });
  if (!existsSync(CLI)) {
    console.log("  building dist/cli.js (npx tsup)…");
    const b = spawnSync("npx", ["tsup"], { cwd: ROOT, stdio: "inherit" });
    if (b.status !== 0) throw new Error("build failed");
  }
  const file = join(TMP, `cli-bench-${units}-${seed}.ndjson`);
  if (!existsSync(file)) await generate(file, units, seed);
  const fileBytes = statSync(file).size;
  console.log(`  ${units.toLocaleString("en-US")} units, NDJSON ${(fileBytes / 1024 / 1024).toFixed(0)} MB (${file.replace(`${ROOT}/`, "")}), as of ${AS_OF}`);

  // In process: validate + classify on already-parsed values (warm-up on the first 2,000).
  const { values, parseSeconds } = await readUnits(file);
  for (const v of values.slice(0, 2000)) {
    const r = validate("unit", v);
    if (r.ok) classifyUnit(r.value, { asOf: AS_OF });
  }
  let invalid = 0;
  const levels: Record<string, number> = {};
  const inProcess = () => {
    invalid = 0;
    for (const k of Object.keys(levels)) delete levels[k];
    const t0 = performance.now();
    for (const v of values) {
      const r = validate("unit", v);
      if (!r.ok) {
        invalid++;
        continue;
      }
      const level = classifyUnit(r.value, { asOf: AS_OF }).level;
      levels[level] = (levels[level] ?? 0) + 1;
    }
    return (performance.now() - t0) / 1000;
  };
  // The machine may be shared: interleave the runs and keep the fastest of each (`rounds`).
  const rounds = options.rounds ?? Number(process.env.QSD_BENCH_ROUNDS ?? 2);
  let inSeconds = Number.POSITIVE_INFINITY;
  const best = (a: Awaited<ReturnType<typeof runCli>> | undefined, b: Awaited<ReturnType<typeof runCli>>) => (a === undefined ? b : { ...b, seconds: Math.min(a.seconds, b.seconds), peakRssMb: Math.max(a.peakRssMb, b.peakRssMb) });
  let cli: Awaited<ReturnType<typeof runCli>> | undefined;
  for (let round = 0; round < rounds; round++) {
    inSeconds = Math.min(inSeconds, inProcess());
    cli = best(cli, await runCli(file));
  }
  if (!cli) throw new Error("rounds must be at least 1");
  values.length = 0;
  if (invalid > 0) console.log(`  warning: ${invalid} generated units are invalid`);

  const ratio = cli.seconds / inSeconds;
  const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
  console.log(`  levels: ${Object.entries(levels).map(([k, v]) => `${k} ${fmt(v)}`).join(", ")}`);
  console.log(`  ${"run".padEnd(44)}${"time".padStart(9)}${"units/s".padStart(12)}${"peak RSS".padStart(11)}`);
  console.log(`  ${"qsd classify --json (child, stdout→/dev/null)".padEnd(44)}${`${cli.seconds.toFixed(2)} s`.padStart(9)}${fmt(units / cli.seconds).padStart(12)}${`${cli.peakRssMb.toFixed(0)} MB`.padStart(11)}`);
  console.log(`  ${"in-process validate + classifyUnit".padEnd(44)}${`${inSeconds.toFixed(2)} s`.padStart(9)}${fmt(units / inSeconds).padStart(12)}${"".padStart(11)}`);
  console.log(`  ${"(in-process JSON.parse of the lines, extra)".padEnd(44)}${`${parseSeconds.toFixed(2)} s`.padStart(9)}`);
  console.log(`  machine: ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(2)} at the end`);
  console.log(`  ratio CLI / in-process: ${ratio.toFixed(2)}× (target ≤ 2×: ${ratio <= 2 ? "ok" : "MISSED"}); peak memory ${cli.peakRssMb.toFixed(0)} MB (target < 300 MB: ${cli.peakRssMb < 300 ? "ok" : "MISSED"}) — ${cli.source}; CLI exit code ${cli.exitCode}`);
  return {
    units,
    fileBytes,
    cli: { seconds: cli.seconds, unitsPerSecond: units / cli.seconds, peakRssMb: cli.peakRssMb, memorySource: cli.source, exitCode: cli.exitCode },
    inProcess: { seconds: inSeconds, unitsPerSecond: units / inSeconds, parseSeconds },
    ratio,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
