/**
 * Bounded memory per record: hostile records of about 1 MB each — 300,000 empty risk
 * events, 20,000 records with bad dates, one 1 MB name, deep nesting, 30,000 unknown
 * keys, 15,000 and 9,000 repeated risk-event ids (over and under the list limit), and a valid unit with 1 MB of mechanism records (9,000) —
 * through `qsd validate`, `qsd classify --json`, `qsd obligations --json` and
 * `qsd report --format json`, each as a child process of the built CLI (dist/cli.js) under
 * GNU time (`/usr/bin/time -f %M`) for its peak resident memory. The extra peak is the
 * peak minus that of the same command on a small valid unit. Target: any 1 MB record
 * ≤ 64 MB extra peak RSS; the run fails (exit code 1) when one is over.
 *
 *   npm run build && npx tsx bench/memory.bench.ts
 *
 * Issue 14 measured 1.5 GB (`validate`) and 2.7 GB (`report --format json`, with a 390 MB
 * output) on the first record before the issue caps (100 per record, `--max-issues`) and the
 * list-length limits (`validate`'s `limits`) were added.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "dist", "cli.js");
const TMP = join(ROOT, ".bench-tmp");
const LIMIT_MB = 64;

/** A small valid unit: the baseline, and the skeleton of the hostile ones. */
const BASE = {
  id: "M1",
  name: "南京内存测试电器有限公司",
  uscc: "91350100M000100Y43",
  roles: ["producer"],
  products: { licences: [{ number: "XK08-001-04763", product: "燃气灶具" }] },
  people: [
    { id: "p1", name: "王总", role: "principal", from: "2020-01-01" },
    { id: "p2", name: "李安全员", role: "officer", from: "2020-01-01" },
  ],
};

/** The hostile records, each about 1 MB of JSON text (deep nesting as text: `JSON.stringify` itself recurses). */
function records(): { name: string; value: unknown }[] {
  const depth = 300_000;
  const deep = `${JSON.stringify(BASE).slice(0, -1)},"extra":${"[".repeat(depth)}0${"]".repeat(depth)}}`;
  return [
    { name: "300,000 empty risk events", value: { ...BASE, riskEvents: Array.from({ length: 300_000 }, () => ({})) } },
    { name: "20,000 records with bad dates", value: { ...BASE, records: Array.from({ length: 20_000 }, () => ({ kind: "daily", date: "2026-02-30", byPersonId: "x" })) } },
    { name: "a 1 MB name", value: { ...BASE, name: "名".repeat(350_000) } },
    { name: "deep nesting (300,000 levels)", value: deep },
    { name: "30,000 unknown keys", value: { ...BASE, ...Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`k${i}`, i])) } },
    { name: "15,000 repeated risk-event ids", value: { ...BASE, riskEvents: Array.from({ length: 15_000 }, () => ({ id: "r", date: "2026-01-01", severity: "minor", kind: "other" })) } },
    { name: "9,000 repeated risk-event ids", value: { ...BASE, riskEvents: Array.from({ length: 9_000 }, () => ({ id: "r", date: "2026-01-01", severity: "minor", kind: "other" })) } },
    {
      name: "valid: 9,000 mechanism records",
      value: {
        ...BASE,
        records: Array.from({ length: 9_000 }, (_, i) => ({ kind: "daily", date: `2026-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`, byPersonId: "p2", findings: "巡查燃气灶具装配线，未发现质量安全风险。" })),
      },
    },
  ];
}

const COMMANDS: readonly { name: string; args: (file: string) => string[] }[] = [
  { name: "validate", args: (f) => ["validate", f] },
  { name: "classify --json", args: (f) => ["classify", f, "--json", "--as-of", "2026-11-20"] },
  { name: "obligations --json", args: (f) => ["obligations", f, "--json", "--as-of", "2026-11-20"] },
  { name: "report --format json", args: (f) => ["report", f, "--format", "json", "--as-of", "2026-11-20"] },
];

/** Peak resident memory of one run of the CLI, in MB, with its exit code. */
function peakMb(args: string[]): { mb: number; code: number | null } {
  const r = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, CLI, ...args], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const last = r.stderr.trim().split("\n").at(-1) ?? "";
  const kb = Number(last);
  if (!Number.isFinite(kb)) throw new Error(`no peak memory from /usr/bin/time: ${r.stderr.slice(-500)}`);
  // GNU time exits with the child's code.
  return { mb: kb / 1024, code: r.status };
}

/** One record × command. */
export interface MemoryRow {
  record: string;
  bytes: number;
  command: string;
  peakMb: number;
  extraMb: number;
  exitCode: number | null;
  ok: boolean;
}

/**
 * Runs every hostile record through every command and prints peak and extra RSS.
 *
 * @returns One row per record and command.
 */
export function run(): MemoryRow[] {
  if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run npm run build first");
  if (!existsSync("/usr/bin/time")) throw new Error("GNU time (/usr/bin/time) is needed: apt-get install time");
  mkdirSync(TMP, { recursive: true });
  const baseFile = join(TMP, "memory-base.json");
  writeFileSync(baseFile, JSON.stringify(BASE));
  const baseline = new Map(COMMANDS.map((c) => [c.name, Math.min(peakMb(c.args(baseFile)).mb, peakMb(c.args(baseFile)).mb)]));
  const rows: MemoryRow[] = [];
  records().forEach(({ name, value }, i) => {
    const file = join(TMP, `memory-${i}.json`);
    writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
    const bytes = statSync(file).size;
    for (const c of COMMANDS) {
      const { mb, code } = peakMb(c.args(file));
      const extra = mb - baseline.get(c.name)!;
      rows.push({ record: name, bytes, command: c.name, peakMb: mb, extraMb: extra, exitCode: code, ok: extra <= LIMIT_MB });
    }
  });
  console.log(`Peak RSS of the built CLI on ~1 MB hostile records (extra = peak − the same command on a small valid unit; target ≤ ${LIMIT_MB} MB)`);
  console.log(`  baseline peak: ${[...baseline].map(([c, mb]) => `${c} ${mb.toFixed(0)} MB`).join(", ")}`);
  console.log(`  ${"record".padEnd(34)} ${"KB".padStart(6)}  ${"command".padEnd(22)} ${"peak MB".padStart(8)} ${"extra MB".padStart(9)}  exit  verdict`);
  for (const r of rows) {
    console.log(
      `  ${r.record.padEnd(34)} ${(r.bytes / 1024).toFixed(0).padStart(6)}  ${r.command.padEnd(22)} ${r.peakMb.toFixed(0).padStart(8)} ${r.extraMb.toFixed(0).padStart(9)}  ${String(r.exitCode).padStart(4)}  ${r.ok ? "ok" : "OVER"}`,
    );
  }
  const worst = rows.reduce((a, b) => (b.extraMb > a.extraMb ? b : a));
  console.log(`  worst: ${worst.record}, ${worst.command}: ${worst.extraMb.toFixed(0)} MB extra`);
  if (rows.some((r) => !r.ok)) {
    console.log(`  FAILED: over ${LIMIT_MB} MB extra`);
    process.exitCode = 1;
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) run();
