/**
 * Shared by the tests that drive a page in headless Chromium with playwright-core (the report
 * page, the checker page): Debian's chromium (test/_chromium.ts, nothing downloaded), a log
 * of every request and console error, an axe-core scan, screenshots kept under
 * test/artifacts/ (git-ignored), and a printed PDF read back with pdftotext (poppler-utils).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM } from "./_chromium";
import { ROOT } from "./_dist";

/** Where screenshots and PDFs are kept (git-ignored). */
export const ARTIFACTS = join(ROOT, "test/artifacts");

/** A page with its request log and errors. */
export interface LoggedPage {
  page: Page;
  /** Every URL the page requested (the page itself, workers, anything else). */
  requests: string[];
  /** Console errors (CSP violations among them) and uncaught exceptions. */
  errors: string[];
}

/** Launches Debian's chromium headless (no sandbox: CI runs as root). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"], timeout: 60_000 });
}

/**
 * Opens a new page that logs its requests and errors.
 *
 * @param browser - The browser.
 * @returns The page and its logs.
 */
export async function loggedPage(browser: Browser): Promise<LoggedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: "zh-CN" });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  return { page, requests, errors };
}

/**
 * The requests that reach beyond the page: anything but the page's own file:// URL, its
 * blob: workers and data: URLs.
 *
 * @param requests - The log.
 * @param pageUrl - The page's URL.
 * @returns The offending URLs (empty when the page made no network request).
 */
export function networkRequests(requests: readonly string[], pageUrl: string): string[] {
  return requests.filter((u) => u !== pageUrl && !u.startsWith("blob:") && !u.startsWith("data:"));
}

/**
 * Runs axe-core on the page (evaluated through the DevTools protocol, which the page's CSP
 * does not govern) and returns the serious and critical violations.
 *
 * @param page - The page.
 * @returns `id: help (n nodes)` of each serious or critical violation.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const source = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  const result = (await page.evaluate(`axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) })))`)) as {
    id: string;
    impact: string;
    help: string;
    nodes: string[];
  }[];
  return result.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} (${v.nodes.join(", ")})`);
}

/**
 * Saves a full-page screenshot under test/artifacts/.
 *
 * @param page - The page.
 * @param name - The file name, e.g. `report-zh.png`.
 * @param fullPage - The whole page (default) or the viewport only.
 * @returns The path.
 */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, name);
  await page.screenshot({ path, fullPage });
  return path;
}

/**
 * Prints the page to an A4 PDF (kept under test/artifacts/) and returns its text and page size.
 *
 * @param page - The page.
 * @param name - The PDF's file name.
 * @returns The text (pdftotext -layout) and pdfinfo's `Page size` line.
 */
export async function printToPdf(page: Page, name: string): Promise<{ text: string; pageSize: string; pages: number }> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, name);
  writeFileSync(path, await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true }));
  const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
  return { text, pageSize: /Page size:\s*(.*)/.exec(info)?.[1] ?? "", pages: Number(/Pages:\s*(\d+)/.exec(info)?.[1] ?? 0) };
}
