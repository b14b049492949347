/**
 * Renders the checklists to HTML and prints them in headless Chromium: every item must be
 * on the printed page, and a remark carrying a script must stay inert.
 *
 * Needs /usr/bin/chromium (Debian: `apt-get install -y chromium fonts-noto-cjk
 * poppler-utils`; poppler-utils gives pdftotext/pdfinfo, without it the DOM is checked
 * instead). Skips with a message when Chromium is absent, unless QSD_REQUIRE_BROWSER is set
 * (test/_chromium.ts).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ChecklistResponseSchema, checklistItems, checklistTemplates, renderChecklist, type ChecklistTemplate } from "../src/checklists";
import { requireChromium, runChromium } from "./_chromium";

const hasChromium = requireChromium("checklists-browser.test.ts", "apt-get install -y chromium fonts-noto-cjk poppler-utils");
const hasPoppler = hasTool("pdftotext") && hasTool("pdfinfo");

function hasTool(name: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const work = hasChromium ? mkdtempSync(join(tmpdir(), "qsd-checklist-browser-")) : "";
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const squash = (s: string): string => s.replace(/\s+/g, "");
const XSS = `<script>document.documentElement.setAttribute("data-pwned","1")</script><img src=x onerror="document.documentElement.setAttribute('data-pwned','2')">`;

/** A response to the template: items alternate yes / no / na, with a hostile remark on the first. */
function responseFor(template: ChecklistTemplate) {
  const results = ["yes", "no", "na"] as const;
  const items = checklistItems(template);
  return ChecklistResponseSchema.parse({
    templateId: template.id,
    templateVersion: template.version,
    subject: { name: "南京某某电器有限公司", layer: "B", department: "质量监督科", contact: "王某 025-00000000" },
    inspectingBody: template.subjectKind === "regulator" ? "南京市市场监督管理局" : undefined,
    filledBy: "某区市场监管局 李某",
    filledOn: "2025-03-05",
    answers: Object.fromEntries(items.map((item, i) => [item.id, { result: results[i % 3]!, ...(i === 0 ? { remark: XSS, highlight: XSS } : {}) }])),
    extraItems: items.filter((i) => i.freeForm).map((i) => ({ id: `${i.id}.1`, text: "关键风险点：原材料进货批次抽检", result: "yes" })),
  });
}

describe.skipIf(!hasChromium)("checklist HTML in headless Chromium", () => {
  for (const template of Object.values(checklistTemplates)) {
    describe(template.id, () => {
      const response = hasChromium ? responseFor(template) : undefined;
      const htmlFile = join(work, `${template.id}.html`);
      const pdfFile = join(work, `${template.id}.pdf`);
      if (hasChromium) writeFileSync(htmlFile, renderChecklist(template, response, { format: "html" }));

      it("prints to an A4 PDF holding every item, the title and the notes", { timeout: 60_000 }, async () => {
        await runChromium(htmlFile, `--print-to-pdf=${pdfFile}`, "--no-pdf-header-footer");
        const pdf = readFileSync(pdfFile);
        expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
        if (!hasPoppler) {
          // Without poppler: at least one page object; the DOM test below checks the text.
          expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
          return;
        }
        const info = execFileSync("pdfinfo", [pdfFile], { encoding: "utf8" });
        const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
        expect(pages).toBeGreaterThanOrEqual(1);
        expect(pages).toBeLessThanOrEqual(3);
        // A4 is 595.28 × 841.89 pt; Chromium rounds to its own units (594.96 × 841.92).
        const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
        expect(Math.abs(Number(size?.[1]) - 595.28)).toBeLessThan(1);
        expect(Math.abs(Number(size?.[2]) - 841.89)).toBeLessThan(1);
        const text = squash(execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", pdfFile, "-"], { encoding: "utf8" }));
        for (const item of checklistItems(template)) {
          const label = item.freeForm ? item.text : `${item.id}${item.text}`;
          expect(text, `item ${item.id} on the printed page`).toContain(squash(label));
        }
        for (const section of template.sections) expect(text).toContain(squash(section.title));
        for (const note of template.notes) expect(text).toContain(squash(note.text));
        expect(text).toContain(squash(template.title.replace("（模板）（", "（模板）")).slice(0, 12));
        // The hostile remark is printed as text.
        expect(text).toContain(squash('<script>document.documentElement.setAttribute("data-pwned"'));
      });

      it("the rendered DOM has every item, rowspans, and no script that ran", { timeout: 60_000 }, async () => {
        const dom = await runChromium(htmlFile, "--dump-dom", "--virtual-time-budget=2000");
        expect(dom).not.toContain("data-pwned=");
        expect(dom.match(/<script/gi)).toBeNull();
        expect(dom.match(/<img/gi)).toBeNull();
        const rows = dom.match(/<tr data-item="[^"]+"/g) ?? [];
        const extra = checklistItems(template).filter((i) => i.freeForm).length;
        expect(rows).toHaveLength(checklistItems(template).length + extra);
        for (const section of template.sections) {
          const span = section.items.length + section.items.filter((i) => i.freeForm).length;
          if (span > 1) expect(dom).toContain(`<td class="no" rowspan="${span}">${section.id}</td>`);
        }
        for (const item of checklistItems(template)) expect(dom).toContain(item.text);
      });
    });
  }
});
