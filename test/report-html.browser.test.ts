/**
 * The report page a supervisor opens (issue 18, "Done when"): `qsd report --format html` on
 * the bundled demo, loaded from file:// in headless Chromium (Debian's chromium driven by
 * playwright-core; nothing downloaded). The DOM is checked against the JSON report (counts
 * equal), filtered by level and by district, a unit opened and its reasons read, the
 * language switched, the page printed to an A4 PDF (read back with pdftotext), scanned with
 * axe-core (no serious or critical violation), and its request log holds the page alone.
 * Screenshots and the PDF are kept under test/artifacts/. Without Chromium the file skips,
 * unless QSD_REQUIRE_BROWSER is set (CI), when it fails.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSupervisionReport, DatasetSchema, type SupervisionReport } from "../src/index";
import { axeViolations, launchChromium, loggedPage, networkRequests, printToPdf, screenshot, type LoggedPage } from "./_browser-page";
import { requireChromium } from "./_chromium";
import { requireFreshDist, ROOT } from "./_dist";


/** An element's data attributes, as the page sees them (this file has Node's types, not the DOM's). */
type Dataset = { dataset: Record<string, string> };
const haveChromium = requireChromium("report-html.browser.test.ts");
const work = mkdtempSync(join(tmpdir(), "qsd-report-html-"));
const htmlPath = join(work, "report.html");
const url = pathToFileURL(htmlPath).href;
const demo = DatasetSchema.parse(JSON.parse(readFileSync(join(ROOT, "examples/nanjing-demo.json"), "utf8")));

let browser: Browser;
let p: LoggedPage;
let page: Page;
/** What `qsd report --format json` says of the same data. */
let json: SupervisionReport;
/** The same report with its unit rows (the page's table), from the library. */
let withUnits: SupervisionReport;

const text = (sel: string) => page.locator(sel).first().innerText();
const unitRows = () => page.locator("#unit-table tbody tr");
const pagerCount = async (id: string) => Number(await page.locator(`#pager-${id} .pager-status`).getAttribute("data-count"));

describe.skipIf(!haveChromium)("qsd report --format html in headless Chromium", () => {
  beforeAll(async () => {
    requireFreshDist(["dist/cli.js"]);
    execFileSync(process.execPath, [join(ROOT, "dist/cli.js"), "report", "--format", "html", "-o", htmlPath], { stdio: "pipe" });
    json = JSON.parse(execFileSync(process.execPath, [join(ROOT, "dist/cli.js"), "report", "--format", "json"], { encoding: "utf8", maxBuffer: 64 << 20 })) as SupervisionReport;
    withUnits = buildSupervisionReport(demo.units, { asOf: demo.asOf!, units: "summary" });
    browser = await launchChromium();
    p = await loggedPage(browser);
    page = p.page;
    await page.goto(url);
    await page.waitForSelector("#unit-table");
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it("is one file under 250 kB, and its cards and tables count what the JSON report counts", async () => {
    expect(statSync(htmlPath).size).toBeLessThan(250 * 1024);
    const t = json.totals;
    expect(Number(await text("#card-units .n"))).toBe(t.units);
    for (const l of json.levels) expect(Number(await text(`#card-${l.level} .n`))).toBe(l.count);
    expect(Number(await text("#card-overdue .n"))).toBe(t.overdue);
    expect(Number(await text("#card-upcoming .n"))).toBe(t.upcoming);
    expect(Number(await text("#card-invalid .n"))).toBe(t.invalid);
    expect(await pagerCount("units")).toBe(t.units);
    expect(await unitRows().count()).toBe(Math.min(50, t.units));
    // The lists: collapsed until opened, then complete (the pager counts every row).
    expect(await page.locator("#list-overdue").getAttribute("open")).toBeNull();
    await page.locator("#list-overdue > summary").click();
    expect(await pagerCount("overdue")).toBe(t.overdue);
    expect(await page.locator('table[data-list="overdue"] tbody tr').count()).toBe(Math.min(50, t.overdue));
    await page.locator("#list-findings > summary").click();
    expect(await pagerCount("findings")).toBe(t.findings);
    await screenshot(page, "report-zh.png", false);
  });

  it("filters the unit table by level and by district", async () => {
    await page.selectOption("#f-level", "special");
    const special = json.levels.find((l) => l.level === "special")!;
    expect(await unitRows().count()).toBe(special.count);
    expect(await unitRows().evaluateAll((rows) => rows.map((r) => (r as unknown as Dataset).dataset.id).sort())).toEqual(special.units.map((u) => u.id).sort());
    await page.selectOption("#f-level", "");
    await page.selectOption("#f-district", "320115");
    const inDistrict = demo.units.filter((u) => u.district === "320115").map((u) => u.id);
    expect(await unitRows().evaluateAll((rows) => rows.map((r) => (r as unknown as Dataset).dataset.id).sort())).toEqual(inDistrict.sort());
    // Both: the special units of 江宁区.
    await page.selectOption("#f-level", "special");
    const both = withUnits.units!.filter((u) => u.level === "special" && u.district === "320115").map((u) => u.id);
    expect(await unitRows().evaluateAll((rows) => rows.map((r) => (r as unknown as Dataset).dataset.id).sort())).toEqual(both.sort());
    await page.selectOption("#f-level", "");
    await page.selectOption("#f-district", "");
    await page.fill("#f-q", "NJ0");
    expect(await unitRows().count()).toBe(demo.units.filter((u) => u.id.includes("NJ0")).length);
    await page.fill("#f-q", "");
    expect(await unitRows().count()).toBe(json.totals.units);
  });

  it("opens a unit from its id and shows its reasons with their clauses", async () => {
    const detail = buildSupervisionReport(demo.units, { asOf: demo.asOf!, units: "detail" }).units!.find((u) => u.id === "NJ03")!.detail!;
    await page.locator('#unit-table a.unit:text-is("NJ03")').click();
    await page.waitForSelector("#panel-reasons");
    expect(page.url()).toBe(`${url}#unit=NJ03`);
    const rules = await page.locator("#panel-reasons li").evaluateAll((lis) => lis.map((li) => (li as unknown as Dataset).dataset.rule));
    expect(rules).toEqual(detail.reasons.map((r) => r.rule));
    const first = await text("#panel-reasons li.fired");
    expect(first).toContain(detail.reasons[0]!.message);
    expect(first).toContain("宁市监质监〔2023〕146号 二（七）");
    expect(await text("#panel-title")).toContain("NJ03");
    await screenshot(page, "report-panel-zh.png", false);
  });

  it("switches to English and back", async () => {
    await page.click("#qsd-lang");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await text("#h-units")).toBe("Units");
    expect(await text("#unit-table thead")).toContain("Name");
    const detail = buildSupervisionReport(demo.units, { asOf: demo.asOf!, units: "detail" }).units!.find((u) => u.id === "NJ03")!.detail!;
    expect(await text("#panel-reasons li.fired")).toContain(detail.reasons[0]!.messageEn);
    await screenshot(page, "report-en.png", false);
    await page.click("#qsd-lang");
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await text("#h-units")).toContain("主体");
  });

  it("prints the summary, charts and every list on A4", async () => {
    const pdf = await printToPdf(page, "report.pdf");
    expect(pdf.pageSize).toMatch(/^59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)/);
    const flat = pdf.text.replace(/\s+/g, "");
    expect(flat).toContain("工业产品质量安全监管概况");
    expect(flat).toContain("各监管层级主体数");
    // Every overdue row's unit id and due date, though the list was collapsed and paginated on screen.
    for (const o of json.obligations.overdue) expect(flat).toContain(o.dueOn);
    for (const l of ["annual", "overdue", "upcoming", "mechanism", "findings", "invalid"]) expect(await page.locator(`#list-${l}`).count()).toBe(1);
    // The screen state comes back after printing.
    expect(await page.locator("#list-upcoming").getAttribute("open")).toBeNull();
  });

  it("has no serious or critical accessibility violation (axe-core)", async () => {
    await page.locator("#list-overdue").evaluate((d) => ((d as unknown as { open: boolean }).open = true));
    expect(await axeViolations(page)).toEqual([]);
  });

  it("made no network request and raised no error (CSP included)", () => {
    expect(networkRequests(p.requests, url)).toEqual([]);
    expect(p.requests[0]).toBe(url);
    expect(p.errors).toEqual([]);
  });
});
