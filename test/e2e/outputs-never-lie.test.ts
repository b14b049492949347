import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, DEMO, qsd, ROOT, STACK_FRAME } from "./_cli";

/** Runs the built CLI under `bash -c` (for ulimit and redirections), colour off. */
function sh(script: string, env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  // HOME elsewhere: no ~/.bashrc of this machine's user is read into what the test sees.
  const r = spawnSync("bash", ["--noprofile", "--norc", "-c", script], {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", HOME: tmpdir(), NO_COLOR: "1", TZ: "UTC", QSD: `${process.execPath} ${CLI}`, ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const USCC = "91350100M000100Y43";
const unit = (id: string, name: string) => JSON.stringify({ id, name, uscc: USCC, roles: ["producer"] });

describe("-o is atomic: a temporary file in the same folder, renamed on success (issue 14)", () => {
  it("a write that fails midway (ulimit -f) leaves the previous complete file as it was, and no temporary file", () => {
    const dir = mkdtempSync(join(tmpdir(), "qsd-atomic-"));
    const out = join(dir, "report.json");
    writeFileSync(out, "the previous complete report\n");
    // 8 blocks of 512 bytes: far less than the demo's JSON report (hundreds of KB).
    const r = sh(`ulimit -f 8; $QSD report --format json -o "${out}"`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^qsd: 错误：无法写入 .*report\.json：EFBIG（超过文件大小限制）；原文件未改动\n$/);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(readFileSync(out, "utf8")).toBe("the previous complete report\n");
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });

  it("a successful write replaces the file whole and keeps its permissions", () => {
    const dir = mkdtempSync(join(tmpdir(), "qsd-atomic-"));
    const out = join(dir, "checklist.csv");
    writeFileSync(out, "old", { mode: 0o640 });
    const r = qsd(["checklist", "producer-tasks", "--format", "csv", "-o", out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8").startsWith("\ufeff清单,")).toBe(true);
    expect(spawnSync("stat", ["-c", "%a", out], { encoding: "utf8" }).stdout.trim()).toBe("640");
    expect(readdirSync(dir)).toEqual(["checklist.csv"]);
  });
});

describe("standard output that cannot be written (issue 14)", () => {
  it("/dev/full: one clean line on stderr, exit 2 (not 1, which means invalid input), no stack", () => {
    const r = sh("$QSD report > /dev/full");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("qsd: 错误：无法写入标准输出：ENOSPC（设备上没有空间）\n");
    const en = sh("$QSD classify examples/nanjing-demo.json --json --lang en > /dev/full");
    expect(en.code).toBe(2);
    expect(en.stderr).toBe("qsd: error: cannot write to standard output: ENOSPC (no space left on device)\n");
  });

  it("a file over the size limit (ulimit -f): an error and exit 2, never a silently cut file with exit 0", () => {
    const dir = mkdtempSync(join(tmpdir(), "qsd-stdout-"));
    const r = sh(`ulimit -f 8; $QSD report --format json > "${join(dir, "r.json")}"`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^qsd: 错误：无法写入标准输出：EFBIG（超过文件大小限制）\n$/);
  });

  it("a closed pipe (| head) stays silent and exits 0", () => {
    const r = sh("set -o pipefail; $QSD report --format json | head -c 10 > /dev/null");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });
});

describe("a streamed run cut by a fatal error says so at the end of standard output (issue 14)", () => {
  // Three units, then a data set whose asOf is not a date: the run cannot go on.
  const dir = mkdtempSync(join(tmpdir(), "qsd-cut-"));
  const file = join(dir, "cut.ndjson");
  writeFileSync(file, `${JSON.stringify({ asOf: "2026-11-20", units: [JSON.parse(unit("A", "甲")), JSON.parse(unit("B", "乙")), JSON.parse(unit("C", "丙"))] })}\n${JSON.stringify({ asOf: "bad", units: [JSON.parse(unit("D", "丁"))] })}\n`);

  it("--json: every result computed is flushed, then a final {\"error\": …} line", () => {
    for (const command of ["classify", "obligations"]) {
      const r = qsd([command, file, "--json", "--lang", "en"]);
      expect(r.code, command).toBe(2);
      const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines.slice(0, 3).map((l) => l.unitId)).toEqual(["A", "B", "C"]);
      expect(lines[3]).toEqual({
        error: {
          code: "output_incomplete",
          reason: "input_error",
          results: 3,
          message: expect.stringContaining("输出不完整：已输出 3 条结果后因错误中止"),
          messageEn: expect.stringContaining("output incomplete: stopped by an error after 3 results"),
        },
      });
      expect(lines).toHaveLength(4);
      expect(r.stderr).toContain('the data set\'s asOf "bad" is not a valid date');
    }
  });

  it("text: the rows computed, then a visible 输出不完整 line", () => {
    const r = qsd(["classify", file]);
    expect(r.code).toBe(2);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.filter((l) => /^\d+\s+[ABC]\s/.test(l))).toHaveLength(3);
    expect(lines.at(-1)).toMatch(/^qsd: 输出不完整：已输出 3 条结果后因错误中止/);
  });
});

describe("one rule for repeated unit ids, end to end (issue 14)", () => {
  const input = `${unit("NJ01", "第一家")}\n${unit("NJ01", "重复的一家")}\n`;
  it("validate, classify, obligations and report all keep the first and reject the second, naming the first's line", () => {
    for (const args of [["validate", "-"], ["classify", "-", "--as-of", "2026-11-20"], ["obligations", "-", "--as-of", "2026-11-20"], ["report", "-", "--as-of", "2026-11-20"]]) {
      const r = qsd(args, { input });
      expect(r.code, args[0]).toBe(1);
      expect(`${r.stdout}${r.stderr}`, args[0]).toContain('units 中的标识"NJ01"重复（首次出现于 <stdin>:1）');
    }
  });
});

describe("reading a directory says so (issue 14)", () => {
  it("qsd validate - < somedir", () => {
    const r = sh("$QSD validate - < examples");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("qsd: 错误：无法读取标准输入：这是一个目录");
    expect(existsSync(DEMO)).toBe(true);
  });
});
