/**
 * The checker page (issue 18, "Done when"): site/index.html (built by `npm run build`)
 * loaded from file:// in headless Chromium (Debian's chromium driven by playwright-core). The
 * demo file is dropped on it; the report its worker builds is checked against the library's
 * (counts equal), filtered by level and district, a unit opened (its panel computed by the
 * worker on demand) and its reasons read, the language switched, the report exported as
 * JSON, HTML and xlsx; an NDJSON file with a broken and an invalid line gets its located
 * issues; a workbook written by `qsd export` is read through the lazily loaded spreadsheet
 * chunk. axe-core finds no serious or critical violation, and the request log holds the page
 * and its blob: worker only. Screenshots are kept under test/artifacts/.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSupervisionReport, DatasetSchema, type SupervisionReport } from "../src/index";
import { axeViolations, launchChromium, loggedPage, networkRequests, screenshot, type LoggedPage } from "./_browser-page";
import { requireChromium } from "./_chromium";
import { requireFreshDist, ROOT } from "./_dist";


/** An element's data attributes, as the page sees them (this file has Node's types, not the DOM's). */
type Dataset = { dataset: Record<string, string> };
const haveChromium = requireChromium("checker.browser.test.ts");
const SITE = join(ROOT, "site/index.html");
const url = pathToFileURL(SITE).href;
const work = mkdtempSync(join(tmpdir(), "qsd-checker-browser-"));
const demoText = readFileSync(join(ROOT, "examples/nanjing-demo.json"), "utf8");
const demo = DatasetSchema.parse(JSON.parse(demoText));

let browser: Browser;
let p: LoggedPage;
let page: Page;
let expected: SupervisionReport;

const text = (sel: string) => page.locator(sel).first().innerText();
const unitIds = () => page.locator("#unit-table tbody tr").evaluateAll((rows) => rows.map((r) => (r as unknown as Dataset).dataset.id!).sort());

/** Drops a file on the drop zone, as a person dragging it from the desktop. */
async function drop(name: string, content: string): Promise<void> {
  await page.locator("body").evaluate((b) => ((b as unknown as Dataset).dataset.state = "waiting"));
  // A DataTransfer holding the file, made in the page (its DOM types are the page's, not Node's).
  const dt = await page.evaluateHandle(`(() => { const d = new DataTransfer(); d.items.add(new File([${JSON.stringify(content)}], ${JSON.stringify(name)}, { type: "application/json" })); return d; })()`);
  await page.dispatchEvent("#drop", "drop", { dataTransfer: dt });
  await page.waitForSelector("body[data-state=done]", { timeout: 30_000 });
}

describe.skipIf(!haveChromium)("the checker page in headless Chromium", () => {
  beforeAll(async () => {
    requireFreshDist(["dist/cli.js"]);
    if (!existsSync(SITE) || statSync(SITE).mtimeMs < statSync(join(ROOT, "dist/cli.js")).mtimeMs - 60_000) throw new Error("site/index.html is missing or older than dist/: run npm run build (it runs build:site)");
    expected = buildSupervisionReport(demo.units, { asOf: demo.asOf!, asOfFrom: "dataset", units: "summary" });
    browser = await launchChromium();
    p = await loggedPage(browser);
    page = p.page;
    await page.goto(url);
    await page.waitForSelector("body[data-state=ready]");
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it("builds the dropped demo's report in its worker, equal to the library's", async () => {
    await drop("nanjing-demo.json", demoText);
    const t = expected.totals;
    expect(Number(await page.getAttribute("#status", "data-units"))).toBe(t.units);
    expect(Number(await page.getAttribute("#status", "data-invalid"))).toBe(t.invalid);
    expect(Number(await text("#card-units .n"))).toBe(t.units);
    expect(Number(await text("#card-overdue .n"))).toBe(t.overdue);
    for (const l of expected.levels) expect(Number(await text(`#card-${l.level} .n`))).toBe(l.count);
    expect(Number(await page.locator("#pager-units .pager-status").getAttribute("data-count"))).toBe(t.units);
    await screenshot(page, "checker-demo.png", false);
  });

  it("filters by level and district, and opens a unit whose panel the worker computes", async () => {
    await page.selectOption("#f-level", "key");
    expect(await unitIds()).toEqual(expected.units!.filter((u) => u.level === "key").map((u) => u.id).sort());
    await page.selectOption("#f-district", "320113");
    expect(await unitIds()).toEqual(expected.units!.filter((u) => u.level === "key" && u.district === "320113").map((u) => u.id).sort());
    await page.selectOption("#f-level", "");
    await page.selectOption("#f-district", "");
    const detail = buildSupervisionReport(demo.units, { asOf: demo.asOf!, units: "detail" }).units!.find((u) => u.id === "NJ09")!.detail!;
    await page.locator('#unit-table a.unit:text-is("NJ09")').click();
    await page.waitForSelector("#panel-reasons");
    expect(await page.locator("#panel-reasons li").evaluateAll((lis) => lis.map((li) => (li as unknown as Dataset).dataset.rule))).toEqual(detail.reasons.map((r) => r.rule));
    expect(await text("#panel-reasons li.fired")).toContain(detail.reasons[0]!.message);
    await screenshot(page, "checker-panel.png", false);
  });

  it("switches the page and the report to English", async () => {
    await page.click("#checker-lang");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await text("#h-units")).toBe("Units");
    expect(await page.getAttribute("#checker", "data-lang")).toBe("en");
    await page.click("#checker-lang");
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
  });

  it("exports the report as JSON, HTML and xlsx", async () => {
    const download = async (format: string) => {
      const [d] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.click(`#exports button[data-format=${format}]`)]);
      const path = join(work, d.suggestedFilename());
      await d.saveAs(path);
      return path;
    };
    const json = JSON.parse(readFileSync(await download("json"), "utf8")) as SupervisionReport;
    const { units: _u, breakdown: _b, generator: _g, source: _s, ...rest } = expected;
    expect(json).toMatchObject(JSON.parse(JSON.stringify(rest)));
    const html = readFileSync(await download("html"), "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain("connect-src 'none'");
    const xlsx = readFileSync(await download("xlsx"));
    expect(xlsx.subarray(0, 2).toString("latin1")).toBe("PK");
    const sheets = execFileSync("python3", ["-c", "import zipfile,sys; print('\\n'.join(n for n in zipfile.ZipFile(sys.argv[1]).namelist() if n.startswith('xl/worksheets/')))", join(work, `qsd-report-${expected.asOf}.xlsx`)], { encoding: "utf8" });
    expect(sheets.split("\n").filter(Boolean).length).toBeGreaterThan(3);
  }, 90_000);

  it("lists the located issues of an NDJSON file's broken and invalid lines, and reports the rest", async () => {
    const [a, b] = demo.units;
    const ndjson = [JSON.stringify(a), "{ not json", JSON.stringify({ ...b, uscc: "91350100M000100Y44" }), ""].join("\n");
    await drop("units.ndjson", ndjson);
    expect(await page.getAttribute("#status", "data-units")).toBe("1");
    expect(await page.getAttribute("#status", "data-invalid")).toBe("2");
    expect(await page.locator("#list-invalid").getAttribute("open")).not.toBeNull();
    const rows = await page.locator('table[data-list="invalid"] tbody tr').allInnerTexts();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain("units.ndjson:2");
    expect(rows[0]).toContain("第 2 行不是有效的 JSON");
    expect(rows[1]).toContain("units.ndjson:3");
    expect(rows[1]).toContain("/uscc");
    await screenshot(page, "checker-invalid.png", false);
  });

  it("reads a workbook (qsd export) through the spreadsheet chunk, loaded only then", async () => {
    const book = join(work, "demo.xlsx");
    execFileSync(process.execPath, [join(ROOT, "dist/cli.js"), "export", join(ROOT, "examples/nanjing-demo.json"), "-o", book], { stdio: "pipe" });
    await page.locator("body").evaluate((b) => ((b as unknown as Dataset).dataset.state = "waiting"));
    await page.setInputFiles("#file", book);
    await page.waitForSelector("body[data-state=done]", { timeout: 60_000 });
    // The workbook carries no as-of date: the page's as-of picker decides; here it is empty, so today.
    expect(Number(await page.getAttribute("#status", "data-units"))).toBe(demo.units.length);
  }, 90_000);

  it("has no serious or critical accessibility violation (axe-core)", async () => {
    await drop("nanjing-demo.json", demoText);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("made no network request and raised no error", () => {
    expect(networkRequests(p.requests, url)).toEqual([]);
    expect(p.errors).toEqual([]);
  });
});

