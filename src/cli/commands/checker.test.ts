import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { _runQsd, _testIo } from "../_test-io";
import { runChecker } from "./checker";

const work = mkdtempSync(join(tmpdir(), "qsd-checker-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("qsd checker", () => {
  const page = join(work, "built.html");
  writeFileSync(page, "<!DOCTYPE html><title>checker</title>\n");

  it("copies the built page into the folder", async () => {
    const io = _testIo();
    const code = await runChecker({ dir: join(work, "out"), open: false, lang: "en", page }, io.io);
    expect(code).toBe(0);
    expect(readFileSync(join(work, "out", "index.html"), "utf8")).toBe("<!DOCTYPE html><title>checker</title>\n");
    expect(io.err()).toContain(`wrote ${join(work, "out", "index.html")}`);
  });

  it("--open runs BROWSER with the page's file:// URL", async () => {
    const seen = join(work, "opened.txt");
    const browser = join(work, "browser.sh");
    writeFileSync(browser, `#!/bin/sh\nprintf '%s' "$1" > '${seen}'\n`);
    chmodSync(browser, 0o755);
    const io = _testIo({ env: { BROWSER: browser } });
    await runChecker({ dir: join(work, "open"), open: true, lang: "zh", page }, io.io);
    for (let i = 0; i < 50 && !existsSync(seen); i++) await new Promise((r) => setTimeout(r, 100));
    expect(readFileSync(seen, "utf8")).toBe(`file://${join(work, "open", "index.html")}`);
  });

  it("says how to build the page when it is missing (exit 2)", async () => {
    const io = _testIo();
    await expect(runChecker({ dir: join(work, "x"), open: false, lang: "en", page: join(work, "missing.html") }, io.io)).rejects.toThrow(/npm run build:site/);
    // Through the command line: the built page (npm run build) is copied, or the same clear error.
    const r = await _runQsd(["checker", join(work, "y"), "--lang", "en"]);
    if (r.code === 0) expect(readFileSync(join(work, "y", "index.html"), "utf8")).toContain("connect-src 'none'");
    else expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("npm run build:site")]);
  });
});
