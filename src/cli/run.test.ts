import { describe, expect, it } from "vitest";
import pkg from "../../package.json";
import { _runQsd, _testIo } from "./_test-io";
import { runCli } from "./run";

const STACK = /\n\s+at \S/;

describe("qsd (runCli)", () => {
  it("prints the version and help, exit 0", async () => {
    expect(await _runQsd(["--version"])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
    const help = await _runQsd(["--help"]);
    expect(help.code).toBe(0);
    for (const cmd of ["report", "validate", "classify", "obligations", "checklist", "calendar"]) expect(help.stdout).toContain(cmd);
    expect((await _runQsd([])).code).toBe(0);
  });
  it("has help with examples for every command", async () => {
    for (const cmd of [["report"], ["validate"], ["classify"], ["obligations"], ["checklist"], ["calendar"], ["calendar", "add"], ["calendar", "count"], ["calendar", "info"]]) {
      const r = await _runQsd([...cmd, "--help"]);
      expect(r.code, cmd.join(" ")).toBe(0);
      expect(r.stdout, cmd.join(" ")).toContain("Examples:");
    }
  });
  it("exits 2 on unknown options and commands, missing and excess arguments", async () => {
    for (const args of [["report", "--bogus"], ["frobnicate"], ["classify"], ["calendar", "add", "2026-01-05"], ["calendar", "count", "a", "b", "c"], ["calendar"]]) {
      const r = await _runQsd(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).not.toMatch(STACK);
    }
    expect((await _runQsd(["report", "--bogus"])).stderr).toContain("unknown option '--bogus'");
  });
  it("exits 2 on bad option values, in the chosen language", async () => {
    const r = await _runQsd(["report", "--as-of", "2026-02-30", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('qsd: error: --as-of must be a calendar date YYYY-MM-DD, not "2026-02-30"\n');
    expect((await _runQsd(["report", "--format", "pdf"])).stderr).toContain("--format 应为");
    expect((await _runQsd(["report", "--lang", "fr"])).code).toBe(2);
  });
  it("reports an internal error in one line with where to report it, and the stack only with QSD_DEBUG=1", async () => {
    const boom = () => {
      throw new Error("clock broke");
    };
    const t = _testIo({ stdin: '{"id":"a","name":"A","uscc":"91350100M000100Y43","roles":["producer"]}\n{"id":"b","name":"B","uscc":"91350100M000100Y43","roles":["seller"]}\n' });
    t.io.today = boom; // no --as-of, no data-set asOf: the clock is read, and fails
    expect(await runCli(["classify", "-"], t.io)).toBe(70);
    const lines = t.err().trimEnd().split("\n");
    expect(lines[0]).toBe("qsd: 内部错误：Error: clock broke");
    expect(lines[1]).toMatch(/请报告到 \S+/);
    expect(lines[2]).toContain("QSD_DEBUG=1");
    expect(t.err()).not.toMatch(STACK);

    const d = _testIo({ stdin: '{"id":"a","name":"A","uscc":"91350100M000100Y43","roles":["producer"]}\n', env: { QSD_DEBUG: "1" } });
    d.io.today = boom;
    expect(await runCli(["classify", "-", "--lang", "en"], d.io)).toBe(70);
    expect(d.err()).toMatch(/^qsd: internal error: Error: clock broke\nThis is a bug in qsd; please report it at \S+\n/);
    expect(d.err()).toMatch(STACK);
  });
});
