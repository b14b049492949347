import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DatasetSchema, validate, type Unit } from "../../index";
import { buildSupervisionReport } from "../build-supervision-report";
import { createReportBuilder } from "../builder";
import { renderSupervisionReport } from "../render";
import { _unpackStrings } from "./pack";
import { _REPORT_APP_JS } from "./report-app-js";

const demo = DatasetSchema.parse(JSON.parse(readFileSync(new URL("../../../examples/nanjing-demo.json", import.meta.url), "utf8")));
const asOf = demo.asOf!;
const sha = (s: string) => createHash("sha256").update(s, "utf8").digest("base64");

/** The page's inline `<style>`, `<script>` and data island. */
function parts(html: string) {
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
  const scripts = [...html.matchAll(/<script(?: type="([^"]+)")?(?: id="([^"]+)")?>([\s\S]*?)<\/script>/g)].map((m) => ({ type: m[1], id: m[2], text: m[3]! }));
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
  return { style, scripts, csp };
}

describe("renderSupervisionReport html: the interactive page", () => {
  const report = buildSupervisionReport(demo.units, { asOf, units: "detail", source: "examples/nanjing-demo.json" });
  const html = renderSupervisionReport(report, { format: "html" });

  it("is under 250 kB for the demo, with every unit's panel in it", () => {
    expect(Buffer.byteLength(html)).toBeLessThan(250 * 1024);
    const island = parts(html).scripts.find((s) => s.id === "qsd-data")!;
    const data = _unpackStrings(JSON.parse(island.text)) as { report: unknown };
    expect(data.report).toEqual(JSON.parse(JSON.stringify(report)));
    expect(report.units).toHaveLength(demo.units.length);
    expect(report.units!.every((u) => u.detail !== undefined)).toBe(true);
  });

  it("allows exactly its own style sheet and script, by SHA-256, and no connection", () => {
    const { style, scripts, csp } = parts(html);
    const executable = scripts.filter((s) => s.type === undefined);
    expect(executable).toHaveLength(1);
    expect(executable[0]!.text).toBe(_REPORT_APP_JS);
    expect(csp.split("; ")).toEqual([
      "default-src 'none'",
      `style-src 'sha256-${sha(style)}'`,
      `script-src 'sha256-${sha(executable[0]!.text)}'`,
      "img-src data:",
      "connect-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    // No external resource at all: no src= or href= other than in-page anchors.
    expect(html.match(/\s(?:src|href)="(?!#)[^"]*"/g)).toBeNull();
    expect(html).not.toMatch(/style="/);
  });

  it("draws the five charts with the report's numbers", () => {
    for (const id of ["chart-levels", "chart-departments", "chart-districts", "chart-weeks", "chart-kinds"]) expect(html).toContain(`id="${id}"`);
    // The tiers chart's description names each level's producers and sellers (demo: the units' roles).
    const special = demo.units.filter((u) => report.units!.find((r) => r.id === u.id)!.level === "special");
    const desc = /<desc id="chart-levels-d">([^<]*)<\/desc>/.exec(html)![1]!;
    expect(desc).toContain(`特别监管 special supervision: 生产单位 ${special.filter((u) => u.roles.includes("producer")).length}, 销售单位 ${special.filter((u) => u.roles.includes("seller")).length}`);
    expect(html).toContain(`<span class="n">${report.totals.overdue}</span>`);
  });

  it("escapes hostile names, ids, sources and issue messages, and shows bidi controls", () => {
    const base = demo.units[0]!;
    const hostile = (id: string, name: string): Unit => {
      const r = validate("unit", { ...base, id, name });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      return r.value;
    };
    const builder = createReportBuilder({ asOf, units: "detail", groupBy: "district", source: "<b>evil.json</b>" });
    builder.add(hostile("x</script><script>alert(1)</script>", `<img src=x onerror=alert(1)>"'&`));
    builder.add(hostile("\u202eevil", "ACME\u202e\u2066gnp.exe"));
    // A record the schema rejects: its issue's message quotes the hostile value back.
    const bad = validate("unit", { ...base, id: "bad", district: '"><svg onload=alert(1)>' });
    if (bad.ok) throw new Error("expected the district to be rejected");
    builder.addInvalid({ location: { file: "<b>evil.json</b>", index: 2, pointer: "/units/2", id: "bad\u202e" }, kind: "invalid", issues: bad.issues });
    const page = renderSupervisionReport(builder.finish(), { format: "html" });
    const { scripts } = parts(page);
    expect(scripts.filter((s) => s.type === undefined)).toHaveLength(1);
    expect(page).not.toContain("<img");
    expect(page).not.toContain("<svg onload");
    expect(page).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    // The units fact names the invalid record without a section number (the page has none).
    expect(page).toContain("<dt>主体 Units</dt><dd class=\"danger\">2 个有效，1 条无效记录</dd>");
    expect(page).not.toContain("<b>");
    expect(page).toContain("&lt;b&gt;evil.json&lt;/b&gt;");
    const island = scripts.find((s) => s.id === "qsd-data")!.text;
    expect(island).not.toMatch(/<\/?script/i);
    const data = _unpackStrings(JSON.parse(island)) as { report: { units: { name: string }[] } };
    expect(data.report.units.map((u) => u.name)).toEqual([`<img src=x onerror=alert(1)>"'&`, "ACME\u202e\u2066gnp.exe"]);
  });

  it("renders a report built without the units option (no table, charts from its lists)", () => {
    const plain = renderSupervisionReport(buildSupervisionReport(demo.units, { asOf }), { format: "html", lang: "en" });
    expect(plain).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(plain).toContain('data-lang="en"');
    expect(plain).toContain("counted from the rows the report lists");
  });
});

describe("src/report/html/report-app-js.ts", () => {
  it("is the current build of web/report-app.ts (npm run build:report-app)", async () => {
    const { reportAppModule } = await import("../../../scripts/build-report-app");
    expect(readFileSync(new URL("./report-app-js.ts", import.meta.url), "utf8")).toBe(await reportAppModule());
  });
});
