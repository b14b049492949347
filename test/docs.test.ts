/**
 * The committed reference pages (docs/rules.md, docs/checklists.md, docs/calendar.md) are
 * generated from the library's data by scripts/docs.ts. Regenerate them in memory and
 * compare: any drift between the data and the committed pages fails here.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { referencePages } from "../scripts/docs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

describe("generated reference pages", () => {
  for (const [path, render] of Object.entries(referencePages)) {
    it(`${path} is up to date`, () => {
      const file = join(ROOT, path);
      expect(existsSync(file), `${path} is missing: run npm run docs:ref`).toBe(true);
      const committed = readFileSync(file, "utf8");
      const fresh = render().trimEnd() + "\n";
      // Compare as a boolean first so the failure says what to do; then show the diff.
      if (committed !== fresh) {
        expect(committed, `${path} differs from the data: run npm run docs:ref`).toBe(fresh);
      }
    });
  }

  it("docs/rules.md quotes every citation of the built-in policies and marks every reading", () => {
    const rules = readFileSync(join(ROOT, "docs/rules.md"), "utf8");
    expect(rules).toContain("对近2年内发现3次及以上重大质量安全风险或者信用风险高的生产和销售单位，实施特别监管");
    expect(rules).toContain("监管责任人如有变动，应在5个工作日内更新");
    expect(rules).toMatch(/\*\*Reading\*\*/);
  });

  it("docs/calendar.md lists the 2026 notice and its nine-day Spring Festival", () => {
    const calendar = readFileSync(join(ROOT, "docs/calendar.md"), "utf8");
    // 国办发明电〔2025〕7号: 春节 2月15日至23日放假调休，共9天; 2月14日（周六）、2月28日（周六）上班.
    expect(calendar).toContain("国办发明电〔2025〕7号");
    expect(calendar).toContain("2026-02-15（周日） – 2026-02-23（周一）, 9 days");
    expect(calendar).toContain("2026-02-14（周六）");
  });
});
