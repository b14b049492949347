/**
 * Proof that a client made only from the contract can use `qsd serve` (issue 17, part 4):
 *
 * - an independent validator (Redocly's openapi-core, the engine of `@redocly/cli`) lints
 *   schemas/openapi.json: no error;
 * - openapi-typescript generates a TypeScript client's types from the document into a
 *   temporary directory; a client written against them with openapi-fetch is type-checked
 *   (the TypeScript compiler API, strict) and then run against the BUILT service, and its
 *   answers equal the library's;
 * - live answers of every route validate against the document's schemas (ajv, draft 2020-12).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createConfig, lint } from "@redocly/openapi-core";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { transform } from "esbuild";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classifyUnit, validate } from "../../src/index";
import { DEMO, ROOT } from "./_cli";
import { startServe, type ServeProcess } from "./_serve";

const DOC_PATH = join(ROOT, "schemas/openapi.json");
const doc = JSON.parse(readFileSync(DOC_PATH, "utf8")) as { paths: Record<string, Record<string, unknown>>; components: Record<string, unknown> };
const demo = JSON.parse(readFileSync(DEMO, "utf8")) as { asOf: string; units: Record<string, unknown>[] };

let serve: ServeProcess;
// Inside node_modules/.cache so that the generated client resolves openapi-fetch like any consumer.
const cache = join(ROOT, "node_modules", ".cache");
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, "qsd-openapi-client-"));

beforeAll(async () => {
  serve = await startServe();
});
afterAll(async () => {
  await serve?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("schemas/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document (Redocly's recommended rules: no error)", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lint({ ref: DOC_PATH, config });
    const shown = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? ""}`);
    expect(shown.filter((p) => p.startsWith("error"))).toEqual([]);
    // The probes have no 4xx answer to give; every other operation documents its errors.
    expect(shown.filter((p) => !/operation-4xx-response: .* at #\/paths\/~1(healthz|readyz|openapi\.json)\/get\/responses$/.test(p))).toEqual([]);
  });
});

const CLIENT = `
import createClient from "openapi-fetch";
import type { components, paths } from "./api";

type Unit = components["schemas"]["Unit"];
type Level = components["schemas"]["Classification"]["level"];

export async function run(baseUrl: string, units: Unit[], asOf: string) {
  // The second type parameter picks the JSON answers (the routes also answer NDJSON, HTML, Markdown, CSV).
  const client = createClient<paths, "application/json">({ baseUrl });
  const classify = await client.POST("/v1/classify", { params: { query: { asOf, policy: "nanjing2023" } }, body: { asOf, units } });
  if (!classify.data) throw new Error("classify failed: " + classify.response.status);
  const levels: Level[] = classify.data.results.map((c) => c.level);
  const add = await client.GET("/v1/calendar/add", { params: { query: { date: "2026-02-13", n: 1 } } });
  const next: string | undefined = add.data?.result;
  const report = await client.POST("/v1/report", { params: { query: { asOf, groupBy: "department" } }, body: units });
  const units_: number | undefined = report.data?.totals.units;
  const template = await client.GET("/v1/checklists/{id}", { params: { path: { id: "producer-tasks" } } });
  const policies = await client.GET("/v1/policies");
  const bad = await client.POST("/v1/validate/{kind}", { params: { path: { kind: "unit" } }, body: { ...units[0]!, uscc: "91320100MA00000000" } });
  const issuePaths: string[] | undefined = bad.error?.error.issues?.map((i) => i.path);
  // @ts-expect-error "pdf" is not a report format
  const pdf = await client.POST("/v1/report", { params: { query: { format: "pdf" } }, body: units });
  return {
    levels,
    next,
    units: units_,
    templateId: template.data?.id,
    policyIds: policies.data?.map((p) => p.id),
    invalid: { status: bad.response.status, code: bad.error?.error.code, issuePaths },
    pdf: pdf.response.status,
  };
}
`;

describe("a TypeScript client generated from the contract (openapi-typescript + openapi-fetch)", () => {
  it("type-checks, and its calls against the live service answer as the library does", async () => {
    writeFileSync(join(dir, "api.d.ts"), astToString(await openapiTS(doc as never)));
    writeFileSync(join(dir, "client.ts"), CLIENT);
    const program = ts.createProgram([join(dir, "client.ts")], {
      strict: true,
      noEmit: true,
      noUncheckedIndexedAccess: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      types: [],
      skipLibCheck: true,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);

    const js = await transform(CLIENT, { loader: "ts", format: "esm" });
    writeFileSync(join(dir, "client.mjs"), js.code);
    const { run } = (await import(pathToFileURL(join(dir, "client.mjs")).href)) as { run: (url: string, units: unknown[], asOf: string) => Promise<Record<string, unknown>> };
    const units = demo.units.slice(0, 6);
    const out = await run(serve.url, units, demo.asOf);
    const parsed = validate("dataset", { units });
    if (!parsed.ok) throw new Error("invalid demo");
    expect(out).toEqual({
      levels: parsed.value.units.map((u) => classifyUnit(u, { asOf: demo.asOf }).level),
      next: "2026-02-14",
      units: 6,
      templateId: "producer-tasks",
      policyIds: ["nanjing2023", "anhui2023"],
      invalid: { status: 422, code: "invalid_data", issuePaths: ["/uscc"] },
      pdf: 400,
    });
  }, 60_000);
});

describe("live answers validate against the document's schemas", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // The document the running service serves (equal to schemas/openapi.json: serve.test.ts checks).
  beforeAll(async () => {
    const served = (await (await fetch(`${serve.url}/openapi.json`)).json()) as typeof doc;
    ajv.addSchema({ $id: "urn:qsd:openapi", components: served.components });
  });
  const check = (component: string, value: unknown) => {
    const validateFn = ajv.compile({ $ref: `urn:qsd:openapi#/components/schemas/${component}` });
    const ok = validateFn(value);
    expect(ok, `${component}: ${ajv.errorsText(validateFn.errors)}`).toBe(true);
  };
  const get = async (path: string, init?: RequestInit) => {
    const r = await fetch(`${serve.url}${path}`, init);
    return { status: r.status, body: (await r.json()) as unknown };
  };
  const post = (path: string, body: unknown) => get(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  it("every JSON answer of every route, and the errors", async () => {
    const unit = demo.units.find((u) => u.id === "NJ07")!;
    check("ClassifyResponse", (await post("/v1/classify", demo)).body);
    check("ObligationsResponse", (await post("/v1/obligations", demo)).body);
    check("SupervisionReport", (await post("/v1/report?groupBy=district", demo)).body);
    check("ValidationSuccess", (await post("/v1/validate/unit", unit)).body);
    check("ChecklistTemplate", (await get("/v1/checklists/supervision")).body);
    const prefilled = (await post(`/v1/checklists/producer-tasks/prefill?asOf=${demo.asOf}`, unit)).body as { response: unknown };
    check("PrefilledChecklist", prefilled);
    check("ChecklistResponse", prefilled.response);
    check("ChecklistEvaluation", (await post("/v1/checklists/producer-tasks/evaluate", prefilled.response)).body);
    check("CalendarAddResult", (await get("/v1/calendar/add?date=2026-04-30&n=5")).body);
    check("CalendarCountResult", (await get("/v1/calendar/count?from=2026-01-01&to=2026-03-01")).body);
    for (const p of (await get("/v1/policies")).body as unknown[]) check("PolicySummary", p);
    check("Policy", (await get("/v1/policies/nanjing2023")).body);
    check("Health", (await get("/readyz")).body);
    for (const [status, body] of [
      [422, (await post("/v1/classify", { units: [{ id: "x" }] })).body],
      [404, (await get("/v1/nope")).body],
      [400, (await get("/v1/calendar/add?date=x&n=1")).body],
    ] as const) {
      expect(status).toBeGreaterThanOrEqual(400);
      check("Error", body);
    }
    const nd = await fetch(`${serve.url}/v1/classify?asOf=${demo.asOf}`, { method: "POST", headers: { "content-type": "application/x-ndjson" }, body: `${JSON.stringify(unit)}\n{"id":1}\n` });
    const lines = (await nd.text()).trimEnd().split("\n").map((l) => JSON.parse(l) as { result?: unknown; error?: unknown });
    check("Classification", lines[0]!.result);
    check("Error", { error: lines[1]!.error });
  });

  it("documents every route the service answers, and nothing more", () => {
    const documented = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`));
    expect(documented.sort()).toEqual(
      [
        "POST /v1/validate/{kind}",
        "POST /v1/classify",
        "POST /v1/obligations",
        "POST /v1/report",
        "GET /v1/checklists/{id}",
        "POST /v1/checklists/{id}/prefill",
        "POST /v1/checklists/{id}/evaluate",
        "GET /v1/calendar/add",
        "GET /v1/calendar/count",
        "GET /v1/policies",
        "GET /v1/policies/{id}",
        "GET /openapi.json",
        "GET /healthz",
        "GET /readyz",
      ].sort(),
    );
  });
});
