/**
 * Writes examples/report.png, the README's picture of the demo report: the page of
 * `qsd report --format html` on the bundled demo (dist/cli.js, `npm run build` first) in
 * headless Chromium (Debian's chromium, or CHROMIUM_BIN; playwright-core, nothing downloaded),
 * 1280 px wide, the top of the page (title, summary cards, charts) with a unit's panel below.
 *
 *   npx tsx scripts/report-screenshot.ts
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "qsd-report-png-"));
try {
  const html = join(work, "report.html");
  execFileSync(process.execPath, [join(ROOT, "dist/cli.js"), "report", "--format", "html", "-o", html], { stdio: "pipe" });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_BIN ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1500 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(html).href);
  await page.waitForSelector("#unit-table");
  await page.screenshot({ path: join(ROOT, "examples/report.png"), clip: { x: 0, y: 0, width: 1280, height: 1500 } });
  await browser.close();
  console.log("wrote examples/report.png");
} finally {
  rmSync(work, { recursive: true, force: true });
}
