/**
 * Any front end can embed the package (DESIGN principle 6, "Runs anywhere"):
 *
 * 1. esbuild bundles the package entry (dist/index.js) for `platform: "browser"` with
 *    zod and date-fns inside. esbuild refuses Node built-ins on that platform, and the
 *    metafile is checked too: no `node:` import, nothing external, no input from src/cli.
 * 2. A headless Chromium loads the bundle in a file:// page that runs `classifyUnit`,
 *    `chinaCalendar.addWorkingDays` and `validate` and writes the results into the DOM;
 *    `--dump-dom` prints the page and the test reads the results back. Skipped (with a
 *    message) when /usr/bin/chromium is absent; set QSD_REQUIRE_BROWSER=1 (CI) to make its
 *    absence a failure (test/_chromium.ts). Chromium on Debian: `apt-get install -y chromium`.
 *
 * 3. The same page bundle builds the supervision report of the bundled demo
 *    (`buildSupervisionReport(DatasetSchema.parse(demo).units, { asOf: demo.asOf })`) and
 *    renders it as HTML; both must equal what Node computes from the source (issue 13,
 *    "Done when": the report is the library's, in Node and in headless Chromium).
 *
 * Expected values: 2026-04-30 + 5 working days = 2026-05-11 (国办发明电〔2025〕7号: 5月1日至5日
 * 放假, 5月9日（周六）上班); three major risks within two years → special supervision
 * (宁市监质监〔2023〕146号 二（七）); the GB 32100 example code 91350100M000100Y43 with its
 * check character changed fails the checksum, which must be 3.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSupervisionReport, DatasetSchema, renderSupervisionReport } from "../src/index";
import { requireChromium, runChromium } from "./_chromium";
import { ROOT, requireFreshDist } from "./_dist";

const haveChromium = requireChromium("browser.test.ts");

let bundle: { code: string; metafile: Metafile };
const work = mkdtempSync(join(tmpdir(), "qsd-browser-"));

beforeAll(async () => {
  requireFreshDist(["dist/index.js"]);
  const result = await build({
    entryPoints: [join(ROOT, "dist/index.js")],
    bundle: true,
    minify: true,
    format: "iife",
    globalName: "QSD",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  bundle = { code: result.outputFiles[0]!.text, metafile: result.metafile };
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("browser bundle of the package entry", () => {
  it("bundles for platform browser with zod and date-fns inside and no Node built-in", () => {
    const inputs = Object.entries(bundle.metafile.inputs);
    const imports = inputs.flatMap(([, input]) => input.imports);
    expect(inputs.map(([path]) => path).filter((path) => path.startsWith("node:") || path.includes("/cli/"))).toEqual([]);
    expect(imports.filter((i) => i.path.startsWith("node:") || i.external === true)).toEqual([]);
    expect(inputs.some(([path]) => path.includes("node_modules/zod/"))).toBe(true);
    // Every bare import of the entry (zod; date-fns if the core ever uses it) is bundled, not left external.
    const entryImports = bundle.metafile.inputs[Object.keys(bundle.metafile.inputs).find((p) => p.endsWith("dist/index.js"))!]!.imports;
    expect(entryImports.every((i) => !i.external)).toBe(true);
    const gzip = gzipSync(bundle.code, { level: 9 }).length;
    console.log(`browser bundle (zod and date-fns included): ${bundle.code.length} bytes minified, ${gzip} bytes gzipped`);
  });
});

/** The page: runs the three calls and writes their results (or the error) as JSON into <pre id="out">. */
const PAGE_SCRIPT = `
const out = {};
try {
  out.addWorkingDays = QSD.chinaCalendar.addWorkingDays("2026-04-30", 5);
  const unit = QSD.UnitSchema.parse({
    id: "u1", name: "南京某灶具厂", uscc: "91350100M000100Y43", roles: ["producer"],
    riskEvents: [
      { id: "r1", date: "2024-09-01", severity: "major", kind: "sampling-failure" },
      { id: "r2", date: "2025-03-01", severity: "major", kind: "verified-complaint" },
      { id: "r3", date: "2025-11-20", severity: "major", kind: "media-exposure" },
    ],
  });
  out.classifyLevel = QSD.classifyUnit(unit, { asOf: "2026-03-01" }).level;
  const good = QSD.validate("unit", { id: "u1", name: "南京某灶具厂", uscc: "91350100M000100Y43", roles: ["producer"] });
  const bad = QSD.validate("unit", { id: "u1", name: "南京某灶具厂", uscc: "91350100M000100Y44", roles: ["producer"] });
  out.validateGood = good.ok;
  out.validateBad = bad.ok ? "ok" : bad.issues.map((i) => [i.path, i.code, i.message]);
} catch (e) {
  out.error = String((e && e.stack) || e);
}
document.getElementById("out").textContent = JSON.stringify(out);
`;

describe.skipIf(!haveChromium)("headless Chromium", () => {
  it("runs classifyUnit, chinaCalendar.addWorkingDays and validate in a page", async () => {
    writeFileSync(join(work, "qsd.js"), bundle.code);
    writeFileSync(join(work, "page.js"), PAGE_SCRIPT);
    writeFileSync(
      join(work, "index.html"),
      `<!doctype html><html><head><meta charset="utf-8"></head><body><pre id="out">not run</pre><script src="qsd.js"></script><script src="page.js"></script></body></html>`,
    );
    const stdout = await runChromium(join(work, "index.html"), "--virtual-time-budget=5000", "--dump-dom");
    const match = /<pre id="out">([\s\S]*?)<\/pre>/.exec(stdout);
    expect(match, `no <pre id="out"> in Chromium's DOM dump:\n${stdout.slice(0, 2000)}`).not.toBeNull();
    const text = match![1]!.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&nbsp;", "\u00a0").replaceAll("&amp;", "&");
    const results = JSON.parse(text) as Record<string, unknown>;
    expect(results.error).toBeUndefined();
    expect(results.addWorkingDays).toBe("2026-05-11");
    expect(results.classifyLevel).toBe("special");
    expect(results.validateGood).toBe(true);
    expect(results.validateBad).toEqual([["/uscc", "uscc_checksum", expect.stringContaining("3")]]);
  }, 90_000);

  it("builds and renders the demo's supervision report in the page, equal to Node's", async () => {
    const demoText = readFileSync(join(ROOT, "examples/nanjing-demo.json"), "utf8");
    writeFileSync(join(work, "qsd.js"), bundle.code);
    writeFileSync(join(work, "demo.js"), `const DEMO = ${demoText};`);
    writeFileSync(
      join(work, "report.js"),
      `
const out = {};
try {
  const units = QSD.DatasetSchema.parse(DEMO).units;
  out.report = QSD.buildSupervisionReport(units, { asOf: DEMO.asOf, groupBy: "department" });
  out.html = QSD.renderSupervisionReport(out.report, { format: "html", lang: "zh", limit: 10 });
} catch (e) {
  out.error = String((e && e.stack) || e);
}
document.getElementById("out").textContent = JSON.stringify(out);
`,
    );
    writeFileSync(
      join(work, "report.html"),
      `<!doctype html><html><head><meta charset="utf-8"></head><body><pre id="out">not run</pre><script src="qsd.js"></script><script src="demo.js"></script><script src="report.js"></script></body></html>`,
    );
    const stdout = await runChromium(join(work, "report.html"), "--virtual-time-budget=10000", "--dump-dom");
    const match = /<pre id="out">([\s\S]*?)<\/pre>/.exec(stdout);
    expect(match, `no <pre id="out"> in Chromium's DOM dump:\n${stdout.slice(0, 2000)}`).not.toBeNull();
    const text = match![1]!.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&nbsp;", "\u00a0").replaceAll("&amp;", "&");
    const results = JSON.parse(text) as { report?: unknown; html?: string; error?: string };
    expect(results.error).toBeUndefined();

    const demo = DatasetSchema.parse(JSON.parse(demoText));
    const inNode = buildSupervisionReport(demo.units, { asOf: demo.asOf!, groupBy: "department" });
    expect(results.report).toEqual(JSON.parse(JSON.stringify(inNode)));
    expect(results.html).toBe(renderSupervisionReport(inNode, { format: "html", lang: "zh", limit: 10 }));
    // The interactive page (issue 18): the report's title in Chinese with its English, and its data island.
    expect(results.html).toContain('<span class="zh-only">工业产品质量安全监管概况</span> <span class="sub">Industrial-product quality-safety supervision report</span>');
    expect(results.html).toContain('<script type="application/json" id="qsd-data">');
  }, 120_000);
});
