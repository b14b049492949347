/**
 * The `qsd` command at scale: 200,000 units as NDJSON through `qsd classify --json` (and
 * `--json --compact`), run as a child process of the built CLI (dist/cli.js) under GNU time
 * (`/usr/bin/time -v`, apt package `time`) for its wall time, CPU time (user + system) and
 * peak memory — side by side with a bare reader of the same file in its own child process:
 * Node reading it line by line (readline) and calling `JSON.parse` on each line, nothing
 * else. The in-process time of `validate("unit", …)` + `classifyUnit` on the same units is
 * printed too.
 *
 *   npx tsx bench/cli.bench.ts             (or all benchmarks: npm run bench)
 *   QSD_BENCH_UNITS=20000 npx tsx bench/cli.bench.ts   (a quicker run)
 *   QSD_BENCH_CLI=path/to/cli.js npx tsx bench/cli.bench.ts   (another build of the CLI)
 *
 * Targets (issue 19): the CLI within 3× the bare JSON.parse reader's wall time and 4× its
 * CPU time, on the default `--json` output; peak resident memory under 300 MB (it streams
 * NDJSON line by line). The CLI's time includes its start-up, reading and parsing the file,
 * validating and classifying every unit, and writing its JSON lines (stdout to /dev/null).
 * The machine is shared (2 cores, other jobs): the three runs are interleaved `rounds`
 * times (default 3), and the median and fastest of each are reported with the load average.
 * The CLI has one path, in one thread: worker threads were measured here (100,000 units,
 * 2 cores: 5.81 s and 228 MB with workers against 3.75 s and 126 MB in one thread) and
 * removed in 0.2.0.
 *
 * The data are generated with a seeded PRNG (mulberry32), so every run sees the same
 * units; the file goes to .bench-tmp/ (git-ignored) and is reused when present. Without
 * /usr/bin/time, peak memory is read by polling the child's /proc/<pid>/status VmHWM and
 * CPU time from the child's resource usage.
 */
import { spawn, spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdirSync, openSync, closeSync, readFileSync, statSync } from "node:fs";
import { once } from "node:events";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { availableParallelism, loadavg } from "node:os";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { classifyUnit, validate } from "../src/index";
import { JsonLineEncoder, classificationForJson } from "../src/cli/json-lines";
import { mulberry32, type Random } from "./_random";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The built CLI (`QSD_BENCH_CLI` names another build, e.g. to compare two versions). */
const CLI = process.env.QSD_BENCH_CLI ? resolve(process.env.QSD_BENCH_CLI) : join(ROOT, "dist", "cli.js");
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
  /** `qsd classify --json`: medians over the rounds (peak memory: the largest). */
  cli: ChildTimes & { unitsPerSecond: number; outputBytes: number };
  /** `qsd classify --json --compact`. */
  compact: ChildTimes & { unitsPerSecond: number; outputBytes: number };
  /** The bare reader: readline + JSON.parse per line. */
  bare: ChildTimes;
  /** In this process: validate + classifyUnit on values parsed beforehand; and the CLI's steps line by line, each timed apart (seconds). */
  inProcess: { seconds: number; unitsPerSecond: number; parseSeconds: number; steps: { parse: number; validate: number; classify: number; encode: number } };
  /** CLI / bare, medians: wall (target ≤ 3) and CPU (target ≤ 4); the same for --compact. */
  ratio: { wall: number; cpu: number; compactWall: number; compactCpu: number };
}

/** One child's measured run. */
export interface ChildTimes {
  seconds: number;
  cpuSeconds: number;
  fastestSeconds: number;
  fastestCpuSeconds: number;
  peakRssMb: number;
  memorySource: string;
  exitCode: number | null;
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

/** The bare reader run as a child: every line of the file through JSON.parse, nothing else. */
const BARE = `
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
let n = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[1]), crlfDelay: Infinity })) if (line) { JSON.parse(line); n++; }
if (n === 0) process.exitCode = 1;
`;

interface ChildRun {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  source: string;
  exitCode: number | null;
  outputBytes: number;
}

/** Runs `node <args>`, stdout to a file; wall and CPU time and peak RSS from GNU time, else resource usage and /proc polling. */
async function runChild(args: string[], outFile: string): Promise<ChildRun> {
  const env = process.env;
  const out = openSync(outFile, "w");
  try {
    if (existsSync("/usr/bin/time")) {
      const t0 = performance.now();
      const r = spawnSync("/usr/bin/time", ["-v", process.execPath, ...args], { stdio: ["ignore", out, "pipe"], encoding: "utf8", maxBuffer: 64 << 20, env });
      const seconds = (performance.now() - t0) / 1000;
      const field = (name: string) => new RegExp(`${name}: ([\\d.]+)`).exec(r.stderr)?.[1];
      const kb = field("Maximum resident set size \\(kbytes\\)");
      const status = field("Exit status");
      const cpuSeconds = Number(field("User time \\(seconds\\)")) + Number(field("System time \\(seconds\\)"));
      return { seconds, cpuSeconds, peakRssMb: kb ? Number(kb) / 1024 : Number.NaN, source: "/usr/bin/time -v (max RSS)", exitCode: status === undefined ? r.status : Number(status), outputBytes: statSync(outFile).size };
    }
    const t0 = performance.now();
    const before = process.resourceUsage();
    const child = spawn(process.execPath, args, { stdio: ["ignore", out, "inherit"], env });
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
    // Without GNU time: the children's CPU time as this process sees it (Linux: reaped children).
    const after = process.resourceUsage();
    const cpuSeconds = (after.userCPUTime - before.userCPUTime + after.systemCPUTime - before.systemCPUTime) / 1e6;
    return { seconds: (performance.now() - t0) / 1000, cpuSeconds, peakRssMb: peakKb / 1024, source: "/proc/<pid>/status VmHWM (polled every 20 ms)", exitCode: code, outputBytes: statSync(outFile).size };
  } finally {
    closeSync(out);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function summarise(runs: ChildRun[]): ChildTimes {
  return {
    seconds: median(runs.map((r) => r.seconds)),
    cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
    fastestSeconds: Math.min(...runs.map((r) => r.seconds)),
    fastestCpuSeconds: Math.min(...runs.map((r) => r.cpuSeconds)),
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
    memorySource: runs[0]!.source,
    exitCode: runs.find((r) => r.exitCode !== 0)?.exitCode ?? runs[0]!.exitCode,
  };
}

/** Reads the NDJSON file's lines. */
async function readNdjsonLines(file: string): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) if (line) lines.push(line);
  return lines;
}

/**
 * The CLI's steps for each line, in this process, each timed apart (as the CLI does them:
 * a line parsed just before it is used, nothing kept): parse, validate, classify, write the
 * JSON line (escaped UTF-8 bytes, not written out).
 */
function timeSteps(lines: readonly string[]): { parse: number; validate: number; classify: number; encode: number } {
  const seconds = { parse: 0, validate: 0, classify: 0, encode: 0 };
  const encoder = new JsonLineEncoder(true);
  for (const line of lines) {
    const t0 = performance.now();
    const value: unknown = JSON.parse(line);
    const t1 = performance.now();
    const r = validate("unit", value);
    const t2 = performance.now();
    seconds.parse += t1 - t0;
    seconds.validate += t2 - t1;
    if (!r.ok) continue;
    const c = classificationForJson(classifyUnit(r.value, { asOf: AS_OF }), false);
    const t3 = performance.now();
    encoder.line(c);
    if (encoder.size >= 64 * 1024) encoder.take();
    seconds.classify += t3 - t2;
    seconds.encode += performance.now() - t3;
  }
  encoder.take();
  for (const k of ["parse", "validate", "classify", "encode"] as const) seconds[k] /= 1000;
  return seconds;
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
  if (!existsSync(CLI) && process.env.QSD_BENCH_CLI) throw new Error(`QSD_BENCH_CLI: no file ${CLI}`);
  if (!existsSync(CLI)) {
    console.log("  building dist/cli.js (npx tsup)…");
    const b = spawnSync("npx", ["tsup"], { cwd: ROOT, stdio: "inherit" });
    if (b.status !== 0) throw new Error("build failed");
  }
  const file = join(TMP, `cli-bench-${units}-${seed}.ndjson`);
  if (!existsSync(file)) await generate(file, units, seed);
  const fileBytes = statSync(file).size;
  console.log(`  ${units.toLocaleString("en-US")} units, NDJSON ${(fileBytes / 1024 / 1024).toFixed(0)} MB (${file.replace(`${ROOT}/`, "")}), as of ${AS_OF}`);

  // In process, line by line as the CLI goes: each step timed apart, to see where its time goes (warm-up on the first 2,000 lines).
  const lines = await readNdjsonLines(file);
  timeSteps(lines.slice(0, 2000));
  const steps = timeSteps(lines);
  // In process: validate + classify on already-parsed values (warm-up on the first 2,000).
  const t0 = performance.now();
  const values = lines.map((l) => JSON.parse(l) as unknown);
  const parseSeconds = (performance.now() - t0) / 1000;
  lines.length = 0;
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
  const inSeconds = inProcess();
  values.length = 0;
  if (invalid > 0) console.log(`  warning: ${invalid} generated units are invalid`);

  // The children, interleaved (bare, CLI, CLI --compact; again …): the machine may be shared.
  const rounds = options.rounds ?? Number(process.env.QSD_BENCH_ROUNDS ?? 3);
  if (!(rounds >= 1)) throw new Error("rounds must be at least 1");
  const outFile = join(TMP, "cli-bench-out.ndjson");
  const bareRuns: ChildRun[] = [];
  const cliRuns: ChildRun[] = [];
  const compactRuns: ChildRun[] = [];
  const load0 = loadavg()[0]!;
  for (let round = 0; round < rounds; round++) {
    bareRuns.push(await runChild(["--input-type=module", "-e", BARE, file], "/dev/null"));
    cliRuns.push(await runChild([CLI, "classify", file, "--json", "--as-of", AS_OF], outFile));
    compactRuns.push(await runChild([CLI, "classify", file, "--json", "--compact", "--as-of", AS_OF], outFile));
  }
  const load1 = loadavg()[0]!;
  const bare = summarise(bareRuns);
  const cli = { ...summarise(cliRuns), unitsPerSecond: 0, outputBytes: cliRuns[0]!.outputBytes };
  cli.unitsPerSecond = units / cli.seconds;
  const compact = { ...summarise(compactRuns), unitsPerSecond: 0, outputBytes: compactRuns[0]!.outputBytes };
  compact.unitsPerSecond = units / compact.seconds;
  const ratio = { wall: cli.seconds / bare.seconds, cpu: cli.cpuSeconds / bare.cpuSeconds, compactWall: compact.seconds / bare.seconds, compactCpu: compact.cpuSeconds / bare.cpuSeconds };

  const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
  const sec = (n: number) => `${n.toFixed(2)} s`;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  console.log(`  levels: ${Object.entries(levels).map(([k, v]) => `${k} ${fmt(v)}`).join(", ")}`);
  console.log(`  ${rounds} interleaved rounds; medians (fastest)                    wall              CPU          peak RSS   output`);
  const row = (name: string, t: ChildTimes, out?: number) =>
    console.log(`  ${name.padEnd(56)}${`${sec(t.seconds)} (${t.fastestSeconds.toFixed(2)})`.padStart(16)}${`${sec(t.cpuSeconds)} (${t.fastestCpuSeconds.toFixed(2)})`.padStart(17)}${`${t.peakRssMb.toFixed(0)} MB`.padStart(10)}${out === undefined ? "" : mb(out).padStart(9)}`);
  row("bare: readline + JSON.parse per line (child)", bare);
  row("qsd classify --json (child, stdout → file)", cli, cli.outputBytes);
  row("qsd classify --json --compact (child, stdout → file)", compact, compact.outputBytes);
  console.log(`  ${"in-process validate + classifyUnit (parsed beforehand)".padEnd(56)}${sec(inSeconds).padStart(16)}`);
  console.log(`  ${"(in-process JSON.parse of the lines, extra)".padEnd(56)}${sec(parseSeconds).padStart(16)}`);
  // This process runs the sources under tsx with every line held, and times each call: slower than the built CLI, so the shares are what to read.
  const stepTotal = steps.parse + steps.validate + steps.classify + steps.encode;
  const share = (n: number) => `${sec(n)} (${Math.round((100 * n) / stepTotal)}%)`;
  console.log(`  in process, line by line, each step timed: JSON.parse ${share(steps.parse)}, validate ${share(steps.validate)}, classifyUnit ${share(steps.classify)}, the JSON line (escaped UTF-8) ${share(steps.encode)}`);
  console.log(`  machine: ${availableParallelism()} cores, load average ${load0.toFixed(2)} → ${load1.toFixed(2)}; memory: ${cli.memorySource}; CLI exit codes ${cli.exitCode}, ${compact.exitCode}`);
  // A CLI run that failed (its exit code is not 0: the generated units are all valid) measures nothing.
  const failed = cli.exitCode !== 0 || compact.exitCode !== 0;
  const ok = (v: number, max: number) => (failed ? "CLI FAILED" : v <= max ? "ok" : "MISSED");
  console.log(
    `  ratio qsd classify --json / bare JSON.parse: wall ${ratio.wall.toFixed(2)}× (target ≤ 3×: ${ok(ratio.wall, 3)}), CPU ${ratio.cpu.toFixed(2)}× (target ≤ 4×: ${ok(ratio.cpu, 4)}); --compact: wall ${ratio.compactWall.toFixed(2)}×, CPU ${ratio.compactCpu.toFixed(2)}×; peak memory ${cli.peakRssMb.toFixed(0)} MB (target < 300 MB: ${ok(cli.peakRssMb, 299.99)})`,
  );
  return { units, fileBytes, cli, compact, bare, inProcess: { seconds: inSeconds, unitsPerSecond: units / inSeconds, parseSeconds, steps }, ratio };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void run();
