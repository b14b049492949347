/**
 * `qsd serve` end to end (issue 17): the BUILT service on a free port, every route on the
 * demo data set with answers equal to the library's for the same input, every error
 * status in the one documented shape, the NDJSON stream, the log lines, and the binding.
 * The token, CORS, the limits and graceful shutdown are in serve-edges.test.ts; the
 * generated client and the document's validation in serve-client.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  classifyUnit,
  createReportBuilder,
  evaluateChecklist,
  getChecklistTemplate,
  nanjing2023,
  anhui2023,
  obligations,
  prefillChecklist,
  renderChecklist,
  renderSupervisionReport,
  validate,
  type Unit,
} from "../../src/index";
import { reportSheets } from "../../src/cli/tabular-output";
import { readXlsx, writeXlsx } from "../../src/cli/xlsx";
import { DEMO, ROOT, STACK_FRAME } from "./_cli";
import { rawRequest, startServe, type ServeProcess } from "./_serve";

const demoText = readFileSync(DEMO, "utf8");
const demo = JSON.parse(demoText) as { asOf: string; units: Record<string, unknown>[] };
const parsed = validate("dataset", demo);
if (!parsed.ok) throw new Error("the demo data set is invalid");
const units: Unit[] = parsed.value.units;
const asOf = demo.asOf;
/** The library's answer as it crosses the wire (JSON drops undefined fields). */
const wire = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

const JSON_HEADERS = { "content-type": "application/json" };
let serve: ServeProcess;

beforeAll(async () => {
  serve = await startServe();
});
afterAll(async () => {
  await serve?.stop();
});

async function call(path: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; text: string; json: () => unknown }> {
  const res = await fetch(`${serve.url}${path}`, init);
  // Byte for byte: a CSV's byte-order mark is part of the answer.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) as unknown };
}

const post = (path: string, body: string, headers: Record<string, string> = JSON_HEADERS) => call(path, { method: "POST", headers, body });

/** Every error answers with the documented shape, and never shows a stack trace. */
function expectError(r: { status: number; text: string; headers: Headers }, status: number, code: string) {
  expect(r.status).toBe(status);
  expect(r.headers.get("content-type")).toMatch(/^application\/json/);
  expect(r.text).not.toMatch(STACK_FRAME);
  const body = JSON.parse(r.text) as { error: { code: string; message: string; messageEn: string; requestId: string; issues?: { path: string }[] } };
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(/[\u4e00-\u9fff]/); // Chinese
  expect(body.error.messageEn).toMatch(/^[\x20-\x7e…≥]+$/); // English
  expect(body.error.requestId).toBe(r.headers.get("x-request-id"));
  return body.error;
}

describe("qsd serve: the routes answer as the library does (the demo data set)", () => {
  it("binds 127.0.0.1 by default and prints where on standard error", () => {
    expect(serve.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(serve.stdout()).toBe("");
  });

  it("POST /v1/validate/dataset: { ok: true, value } as validate() gives it", async () => {
    const r = await post("/v1/validate/dataset", demoText);
    expect(r.status).toBe(200);
    expect(r.json()).toEqual(wire(validate("dataset", demo)));
  });

  it("POST /v1/validate/policy?policy=…: a built-in policy round-trips", async () => {
    const r = await post("/v1/validate/policy?policy=nanjing2023", JSON.stringify(nanjing2023));
    expect(r.status).toBe(200);
    expect(r.json()).toEqual(wire(validate("policy", wire(nanjing2023), { policy: nanjing2023 })));
  });

  it("POST /v1/classify: every unit's classification, in order, equal to classifyUnit", async () => {
    const r = await post("/v1/classify", demoText);
    expect(r.status).toBe(200);
    expect(r.json()).toEqual({
      asOf,
      asOfFrom: "dataset",
      policy: { id: "nanjing2023", version: nanjing2023.version },
      results: wire(units.map((u) => classifyUnit(u, { asOf, policy: nanjing2023 }))),
    });
  });

  it("POST /v1/classify?asOf=…&policy=anhui2023 with an array body", async () => {
    const r = await post("/v1/classify?asOf=2026-06-30&policy=anhui2023", JSON.stringify(demo.units.slice(0, 3)));
    expect(r.status).toBe(200);
    const body = r.json() as { asOf: string; asOfFrom: string; results: unknown[] };
    expect(body.asOfFrom).toBe("option");
    expect(body.results).toEqual(wire(units.slice(0, 3).map((u) => classifyUnit(u, { asOf: "2026-06-30", policy: anhui2023 }))));
  });

  it("POST /v1/obligations: each unit's agenda equal to obligations()", async () => {
    const r = await post("/v1/obligations", demoText);
    expect(r.status).toBe(200);
    const body = r.json() as { results: { unitId: string; obligations: unknown }[] };
    expect(body.results).toEqual(wire(units.map((u) => ({ unitId: u.id, name: u.name, asOf, obligations: obligations(u, { asOf, policy: nanjing2023 }) }))));
  });

  it("POST /v1/report: the SupervisionReport of the library's builder", async () => {
    const r = await post("/v1/report", demoText);
    expect(r.status).toBe(200);
    const builder = createReportBuilder({ asOf, asOfFrom: "dataset", policy: nanjing2023, groupBy: "level", upcomingDays: 30 });
    for (const u of units) builder.add(u);
    expect(r.json()).toEqual(wire(builder.finish()));
  });

  it("POST /v1/report?format=html|markdown&groupBy=department&lang=en: renderSupervisionReport's text", async () => {
    const builder = createReportBuilder({ asOf, asOfFrom: "dataset", policy: nanjing2023, groupBy: "department", upcomingDays: 30, keep: 50 });
    for (const u of units) builder.add(u);
    const report = builder.finish();
    for (const format of ["html", "markdown"] as const) {
      const r = await post(`/v1/report?format=${format}&groupBy=department&lang=en`, demoText);
      expect(r.status).toBe(200);
      expect(r.headers.get("content-type")).toBe(format === "html" ? "text/html; charset=utf-8" : "text/markdown; charset=utf-8");
      expect(r.text).toBe(renderSupervisionReport(report, { format, lang: "en", limit: 50 }));
    }
  });

  it("POST /v1/report?format=xlsx: the workbook of qsd report --format xlsx", async () => {
    const res = await fetch(`${serve.url}/v1/report?format=xlsx&lang=en`, { method: "POST", headers: JSON_HEADERS, body: demoText });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="report-${asOf}.xlsx"`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 2)).toString("latin1")).toBe("PK");
    const builder = createReportBuilder({ asOf, asOfFrom: "dataset", policy: nanjing2023 });
    for (const u of units) builder.add(u);
    const expected = await writeXlsx(reportSheets(builder.finish(), "en"));
    expect(await readXlsx(bytes, "served.xlsx")).toEqual(await readXlsx(expected, "expected.xlsx"));
  });

  it("POST /v1/report lists invalid records instead of refusing them, as qsd report does", async () => {
    const body = { asOf, units: [demo.units[0], { ...demo.units[1], uscc: "91320100MA00000000" }] };
    const r = await post("/v1/report", JSON.stringify(body));
    expect(r.status).toBe(200);
    const report = r.json() as { totals: { units: number; invalid: number }; invalid: { location: { pointer: string; id?: string }; issues: { path: string }[] }[] };
    expect(report.totals).toMatchObject({ units: 1, invalid: 1 });
    expect(report.invalid[0]!.location).toMatchObject({ pointer: "/units/1", id: demo.units[1]!.id });
    expect(report.invalid[0]!.issues.map((i) => i.path)).toContain("/uscc");
  });

  it("GET /v1/checklists/{id}: the template as data, or rendered blank", async () => {
    const template = getChecklistTemplate("producer-tasks");
    const r = await call("/v1/checklists/producer-tasks");
    expect(r.status).toBe(200);
    expect(r.json()).toEqual(wire(template));
    const csv = await call("/v1/checklists/supervision?format=csv");
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.text).toBe(renderChecklist(getChecklistTemplate("supervision"), undefined, { format: "csv" }));
  });

  it("POST /v1/checklists/{id}/prefill and /evaluate: prefillChecklist and evaluateChecklist", async () => {
    const template = getChecklistTemplate("producer-tasks");
    const nj07 = demo.units.find((u) => u.id === "NJ07")!;
    const unit = units.find((u) => u.id === "NJ07")!;
    const r = await post(`/v1/checklists/producer-tasks/prefill?asOf=${asOf}`, JSON.stringify(nj07));
    expect(r.status).toBe(200);
    const expected = prefillChecklist(template, unit, { asOf, policy: nanjing2023 });
    expect(r.json()).toEqual(wire(expected));
    const html = await post(`/v1/checklists/producer-tasks/prefill?asOf=${asOf}&format=html`, JSON.stringify(nj07));
    expect(html.text).toBe(renderChecklist(template, expected.response, { format: "html" }));
    const e = await post("/v1/checklists/producer-tasks/evaluate", JSON.stringify(expected.response));
    expect(e.status).toBe(200);
    const response = validate("checklist-response", wire(expected.response));
    if (!response.ok) throw new Error("prefilled response invalid");
    expect(e.json()).toEqual(wire(evaluateChecklist(template, response.value)));
  });

  it("GET /v1/calendar/add and /count: the official calendar (国办发明电〔2025〕7号)", async () => {
    // 2026-02-14 (a Saturday) is a working day before the Spring Festival holiday (2-15 to 2-23).
    const add = await call("/v1/calendar/add?date=2026-02-13&n=1");
    expect(add.json()).toEqual({ date: "2026-02-13", workingDays: 1, result: "2026-02-14", calendar: "cn-state-council" });
    const back = await call("/v1/calendar/add?date=2026-02-24&n=-1");
    expect((back.json() as { result: string }).result).toBe("2026-02-14");
    // FACTS.md: working days per year, 2026 = 248.
    const count = await call("/v1/calendar/count?from=2025-12-31&to=2026-12-31");
    expect(count.json()).toEqual({ from: "2025-12-31", to: "2026-12-31", workingDays: 248, calendar: "cn-state-council" });
  });

  it("GET /v1/policies and /v1/policies/{id}", async () => {
    const list = await call("/v1/policies");
    expect((list.json() as { id: string }[]).map((p) => p.id)).toEqual(["nanjing2023", "anhui2023"]);
    const one = await call("/v1/policies/anhui2023");
    expect(one.json()).toEqual(wire(anhui2023));
  });

  it("GET /openapi.json is schemas/openapi.json; /healthz and /readyz answer", async () => {
    const doc = await call("/openapi.json");
    expect(doc.status).toBe(200);
    expect(doc.json()).toEqual(JSON.parse(readFileSync(join(ROOT, "schemas/openapi.json"), "utf8")));
    expect((await call("/healthz")).json()).toEqual({ status: "ok" });
    expect((await call("/readyz")).json()).toEqual({ status: "ready" });
  });
});

describe("qsd serve: every error in one shape", () => {
  it("400 malformed JSON, with the line and column", async () => {
    const error = expectError(await post("/v1/classify", '{\n  "units": [\n  }'), 400, "invalid_json");
    expect(error.messageEn).toContain("line 3, column 3");
  });

  it("400 a bad parameter: an impossible date, an unknown format, policy or grouping", async () => {
    expect(expectError(await post("/v1/classify?asOf=2026-02-29", demoText), 400, "invalid_date").messageEn).toContain("2026-02-29");
    expectError(await post("/v1/report?format=pdf", demoText), 400, "invalid_parameter");
    expectError(await post("/v1/report?groupBy=city", demoText), 400, "invalid_parameter");
    expectError(await post("/v1/classify?policy=shanghai", demoText), 400, "unknown_policy");
    expectError(await call("/v1/calendar/add?date=2026-02-13&n=one"), 400, "invalid_parameter");
    expectError(await call("/v1/calendar/count?from=2026-01-01"), 400, "invalid_parameter");
  });

  it("404 an unknown route, template, kind or policy", async () => {
    expectError(await call("/v2/classify"), 404, "not_found");
    expectError(await call("/v1/classify"), 404, "not_found"); // GET on a POST route
    expectError(await call("/v1/checklists/food-tasks"), 404, "unknown_template");
    expectError(await post("/v1/validate/person", "{}"), 404, "unknown_kind");
    expectError(await call("/v1/policies/shanghai2024"), 404, "unknown_policy");
  });

  it("415 a wrong or missing content type; NDJSON only where the route streams", async () => {
    expectError(await post("/v1/classify", demoText, { "content-type": "text/plain" }), 415, "unsupported_media_type");
    expectError(await post("/v1/classify", demoText, { "content-type": "application/json; charset=gbk" }), 415, "unsupported_media_type");
    expectError(await post("/v1/checklists/producer-tasks/evaluate", "{}", { "content-type": "application/x-ndjson" }), 415, "unsupported_media_type");
    const r = await rawRequest(`${serve.url}/v1/classify`, { pieces: [demoText] });
    expect(r.status).toBe(415);
  });

  it("422 invalid data: the library's issues located in the body", async () => {
    const body = { asOf, units: [demo.units[0], { ...demo.units[1], uscc: "91320100MA00000000" }, { ...demo.units[2], id: demo.units[0]!.id }] };
    const error = expectError(await post("/v1/classify", JSON.stringify(body)), 422, "invalid_data");
    const expected = validate("dataset", body);
    expect(expected.ok).toBe(false);
    expect(error.issues).toEqual(wire(expected.ok ? [] : expected.issues));
    expect(error.issues!.map((i) => i.path)).toEqual(expect.arrayContaining(["/units/1/uscc"]));
    // An array body: pointers into the array.
    const arr = expectError(await post("/v1/obligations", JSON.stringify([demo.units[0], { ...demo.units[1], roles: [] }])), 422, "invalid_data");
    expect(arr.issues!.map((i) => i.path)).toEqual(["/1/roles"]);
    // A checklist response for another template: the library's typed error.
    const template = getChecklistTemplate("producer-tasks");
    const other = { templateId: "seller-tasks", templateVersion: template.version, subject: { name: "x" }, filledOn: asOf, answers: {} };
    expectError(await post("/v1/checklists/producer-tasks/evaluate", JSON.stringify(other)), 422, "template_mismatch");
    // A date outside the calendar's years.
    expectError(await call("/v1/calendar/add?date=2031-01-02&n=1"), 422, "calendar_coverage");
  });

  it("POST /v1/validate/{kind}: invalid is 422 with every issue", async () => {
    const error = expectError(await post("/v1/validate/unit", JSON.stringify({ id: "x", roles: ["maker"] })), 422, "invalid_data");
    const expected = validate("unit", { id: "x", roles: ["maker"] });
    expect(error.issues).toEqual(wire(expected.ok ? [] : expected.issues));
  });
});

describe("qsd serve: NDJSON bodies stream", () => {
  it("one answer line per input line, in order; bad lines answered in place", async () => {
    const lines = [
      JSON.stringify(demo.units[0]),
      "",
      "{not json",
      JSON.stringify({ ...demo.units[1], uscc: "91320100MA00000000" }),
      JSON.stringify(demo.units[2]),
    ];
    const r = await post(`/v1/classify?asOf=${asOf}`, `${lines.join("\n")}\n`, { "content-type": "application/x-ndjson" });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    const out = r.text.trimEnd().split("\n").map((l) => JSON.parse(l) as { line: number; result?: unknown; error?: { code: string; issues?: { path: string }[] } });
    expect(out.map((l) => l.line)).toEqual([1, 3, 4, 5]);
    expect(out[0]!.result).toEqual(wire(classifyUnit(units[0]!, { asOf })));
    expect(out[1]!.error!.code).toBe("invalid_json");
    expect(out[2]!.error!.code).toBe("invalid_data");
    expect(out[2]!.error!.issues!.map((i) => i.path)).toContain("/uscc");
    expect(out[3]!.result).toEqual(wire(classifyUnit(units[2]!, { asOf })));
  });

  it("obligations and validate stream too; the report reads NDJSON into its builder", async () => {
    const body = `${demo.units.map((u) => JSON.stringify(u)).join("\n")}\n`;
    const ob = await post(`/v1/obligations?asOf=${asOf}`, body, { "content-type": "application/x-ndjson" });
    const obLines = ob.text.trimEnd().split("\n").map((l) => JSON.parse(l) as { line: number; result: unknown });
    expect(obLines).toEqual(units.map((u, i) => ({ line: i + 1, result: wire({ unitId: u.id, name: u.name, asOf, obligations: obligations(u, { asOf }) }) })));
    const va = await post("/v1/validate/unit", body, { "content-type": "application/x-ndjson" });
    expect(va.text.trimEnd().split("\n")).toHaveLength(units.length);
    const report = await post(`/v1/report?asOf=${asOf}`, body, { "content-type": "application/x-ndjson" });
    const builder = createReportBuilder({ asOf, asOfFrom: "option" });
    units.forEach((u, i) => builder.add(u, { file: "body", index: i, line: i + 1, pointer: "", id: u.id }));
    expect(report.json()).toEqual(wire(builder.finish()));
  });

  it("streams a body larger than the JSON limit, and larger than its heap, in bounded memory", async () => {
    // The JS heap capped at 48 MB: a 58 MB body read whole (and parsed) could not fit. (At 24 MB
    // the service's own baseline left too little room on a loaded machine: a flaky reset.)
    const small = await startServe(["--max-body", "64kb"], { NODE_OPTIONS: "--max-old-space-size=48" });
    try {
      const n = 40_000;
      const chunks: string[] = [];
      for (let i = 0; i < n; i++) chunks.push(`${JSON.stringify({ ...demo.units[i % demo.units.length], id: `U${i}` })}\n`);
      const body = Buffer.from(chunks.join(""));
      expect(body.length).toBeGreaterThan(48 * 1024 * 1024);
      const r = await fetch(`${small.url}/v1/validate/unit`, { method: "POST", headers: { "content-type": "application/x-ndjson" }, body });
      let count = 0;
      let ok = true;
      let rest = "";
      for await (const chunk of r.body as unknown as AsyncIterable<Uint8Array>) {
        const lines = (rest + Buffer.from(chunk).toString("utf8")).split("\n");
        rest = lines.pop()!;
        for (const l of lines) {
          count++;
          ok &&= l.startsWith(`{"line":${count},"result":{"ok":true`);
        }
      }
      expect(count).toBe(n);
      expect(ok).toBe(true);
      // One JSON document of a few of the same units is over the 64 KiB limit: 413, and the service lives on.
      const json = await fetch(`${small.url}/v1/validate/dataset`, { method: "POST", headers: JSON_HEADERS, body: JSON.stringify({ units: chunks.slice(0, 100).map((c) => JSON.parse(c) as unknown) }) });
      expect(json.status).toBe(413);
      await json.text();
      expect((await fetch(`${small.url}/healthz`)).status).toBe(200);
    } finally {
      await small.stop();
    }
  });
});

describe("qsd serve: the request log", () => {
  it("one JSON line per request: method, route, status, ms, request id — never a body", async () => {
    const r = await post("/v1/classify", JSON.stringify(demo.units[5]), { ...JSON_HEADERS, "x-request-id": "trace-abc.123" });
    expect(r.headers.get("x-request-id")).toBe("trace-abc.123");
    await call("/v1/no-such-route");
    await new Promise((resolve) => setTimeout(resolve, 100));
    const logs = serve.logs();
    const line = logs.find((l) => l.requestId === "trace-abc.123")!;
    expect(line).toMatchObject({ method: "POST", route: "/v1/classify", status: 200, level: "info" });
    expect(typeof line.ms).toBe("number");
    expect(logs.find((l) => l.status === 404 && l.route === null)).toBeDefined();
    const requests = logs.filter((l) => l.requestId !== undefined);
    for (const l of requests) expect(Object.keys(l).sort()).toEqual(["level", "method", "ms", "requestId", "route", "status", "time"]);
    // No body: not the unit's name, nor its USCC.
    expect(serve.stderr()).not.toContain(String(demo.units[5]!.name));
    expect(serve.stderr()).not.toContain(String(demo.units[5]!.uscc));
  });
});
