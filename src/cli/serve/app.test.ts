/**
 * The service's app in process (`app.request`, no socket): body kinds, limits, the error
 * shape, the token, the log line, NDJSON answers in place, and `--max-body` sizes. The
 * built service is tested end to end in test/e2e/serve*.test.ts.
 */
import { describe, expect, it } from "vitest";
import { validate } from "../../index";
import { createServeApp, type ServeLogLine } from "./app";
import { bodyKindOf } from "./body";
import { parseByteSize } from "./command";
import { ServeError } from "./errors";

const unit = { id: "u1", name: "南京某燃气具有限公司", uscc: "91350100M000100Y43", roles: ["producer"] };
const JSON_HEADERS = { "content-type": "application/json" };

async function app(options: Partial<Parameters<typeof createServeApp>[0]> = {}) {
  const logs: ServeLogLine[] = [];
  const a = await createServeApp({ today: () => "2026-11-20", log: (l) => logs.push(l), ...options });
  return { a, logs };
}

describe("bodyKindOf", () => {
  it("accepts JSON (UTF-8), and NDJSON where the route streams; anything else is 415", () => {
    expect(bodyKindOf("application/json", false)).toBe("json");
    expect(bodyKindOf("Application/JSON; charset=UTF-8", false)).toBe("json");
    expect(bodyKindOf("application/x-ndjson", true)).toBe("ndjson");
    for (const [type, nd] of [[undefined, true], ["text/plain", true], ["application/x-ndjson", false], ["application/json; charset=gbk", true]] as const) {
      expect(() => bodyKindOf(type, nd)).toThrow(ServeError);
      try {
        bodyKindOf(type, nd);
      } catch (e) {
        expect((e as ServeError).status).toBe(415);
      }
    }
  });
});

describe("parseByteSize", () => {
  it("reads bytes, kb and mb (1024-based); refuses the rest", () => {
    expect(parseByteSize("10mb", "--max-body")).toBe(10 * 1024 * 1024);
    expect(parseByteSize("512KB", "--max-body")).toBe(512 * 1024);
    expect(parseByteSize("1048576", "--max-body")).toBe(1048576);
    for (const bad of ["", "0", "-1", "10 gb", "lots", "1.5mb"]) expect(() => parseByteSize(bad, "--max-body")).toThrow(/--max-body/);
  });
});

describe("createServeApp", () => {
  it("answers a unit with its classification in the envelope, and logs one line without the body", async () => {
    const { a, logs } = await app();
    const res = await a.request("/v1/classify?asOf=2026-11-20", { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(unit) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { asOf: string; asOfFrom: string; results: { unitId: string }[] };
    expect(body).toMatchObject({ asOf: "2026-11-20", asOfFrom: "option", policy: { id: "nanjing2023" } });
    expect(body.results.map((r) => r.unitId)).toEqual(["u1"]);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ method: "POST", route: "/v1/classify", status: 200, level: "info" });
    expect(JSON.stringify(logs)).not.toContain(unit.name);
  });

  it("takes today (Asia/Shanghai, from the host) when neither the query nor the body has an as-of date", async () => {
    const { a } = await app({ today: () => "2026-03-01" });
    const res = await a.request("/v1/obligations", { method: "POST", headers: JSON_HEADERS, body: JSON.stringify([unit]) });
    expect(((await res.json()) as { asOf: string; asOfFrom: string }).asOfFrom).toBe("today");
  });

  it("a data set's invalid asOf is 422 at /asOf, worded by the library", async () => {
    const { a } = await app();
    const res = await a.request("/v1/classify", { method: "POST", headers: JSON_HEADERS, body: JSON.stringify({ asOf: "2026-13-01", units: [unit] }) });
    expect(res.status).toBe(422);
    const expected = validate("dataset", { asOf: "2026-13-01", units: [] });
    expect(((await res.json()) as { error: { issues: unknown } }).error.issues).toEqual(expected.ok ? [] : JSON.parse(JSON.stringify(expected.issues)));
  });

  it("413 by Content-Length before reading; 400 for a body that is not UTF-8", async () => {
    const { a } = await app({ maxBodyBytes: 100 });
    const big = await a.request("/v1/validate/unit", { method: "POST", headers: { ...JSON_HEADERS, "content-length": "1000" }, body: "x".repeat(1000) });
    expect(big.status).toBe(413);
    const latin = await a.request("/v1/validate/unit", { method: "POST", headers: JSON_HEADERS, body: new Uint8Array([0x7b, 0xff, 0x7d]) });
    expect(latin.status).toBe(400);
    expect(((await latin.json()) as { error: { code: string } }).error.code).toBe("invalid_json");
  });

  it("the token: a Bearer header compared to it; the probes stay open", async () => {
    const { a } = await app({ token: "t0ken" });
    expect((await a.request("/v1/policies")).status).toBe(401);
    expect((await a.request("/v1/policies", { headers: { authorization: "Bearer t0ken " } })).status).toBe(200);
    expect((await a.request("/v1/policies", { headers: { authorization: "bearer t0ken" } })).status).toBe(200);
    expect((await a.request("/v1/policies", { headers: { authorization: "Bearer t0ke" } })).status).toBe(401);
    expect((await a.request("/healthz")).status).toBe(200);
  });

  it("/readyz is 503 in the error shape once shutting down", async () => {
    let stopping = false;
    const { a } = await app({ isShuttingDown: () => stopping });
    expect((await a.request("/readyz")).status).toBe(200);
    stopping = true;
    const res = await a.request("/readyz");
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("shutting_down");
  });

  it("NDJSON: blank lines skipped, every other line answered in order, in place", async () => {
    const { a } = await app();
    const body = [JSON.stringify(unit), "   ", "[1,", JSON.stringify({ ...unit, roles: [] }), JSON.stringify({ ...unit, id: "u2" })].join("\r\n");
    const res = await a.request("/v1/validate/unit", { method: "POST", headers: { "content-type": "application/x-ndjson" }, body });
    const lines = (await res.text()).trimEnd().split("\n").map((l) => JSON.parse(l) as { line: number; result?: { ok: boolean }; error?: { code: string; issues?: { path: string }[] } });
    expect(lines.map((l) => [l.line, l.result ? "ok" : l.error!.code])).toEqual([
      [1, "ok"],
      [3, "invalid_json"],
      [4, "invalid_data"],
      [5, "ok"],
    ]);
    expect(lines[2]!.error!.issues!.map((i) => i.path)).toEqual(["/roles"]);
  });

  it("a bug is 500 internal_error with the request id — no stack, no message — and the log line names it", async () => {
    const { a, logs } = await app({
      openApiDocument: () => {
        throw new TypeError("boom at /secret/path.ts:12");
      },
    });
    const res = await a.request("/openapi.json");
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: "internal_error", message: expect.any(String) as unknown, messageEn: expect.any(String) as unknown, requestId: res.headers.get("x-request-id") } });
    expect(text).not.toContain("boom");
    expect(text).not.toMatch(/\n\s+at /);
    expect(logs[0]).toMatchObject({ status: 500, level: "error", route: "/openapi.json", error: "TypeError: boom at /secret/path.ts:12" });
  });

  it("a request id from the client is echoed when it is plain, replaced when it is not", async () => {
    const { a, logs } = await app();
    const kept = await a.request("/healthz", { headers: { "x-request-id": "abc-123" } });
    expect(kept.headers.get("x-request-id")).toBe("abc-123");
    const replaced = await a.request("/healthz", { headers: { "x-request-id": "bad id <script>" } });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(logs.map((l) => l.requestId)).toEqual(["abc-123", replaced.headers.get("x-request-id")]);
  });
});
