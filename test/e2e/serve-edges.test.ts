/**
 * `qsd serve` at its edges (issue 17): the bearer token, CORS, the body limit (413), the
 * time limit (408), graceful shutdown with a request in flight, and a port already in use —
 * each on its own built service.
 */
import { request } from "node:http";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyUnit, validate } from "../../src/index";
import { DEMO, qsd, STACK_FRAME } from "./_cli";
import { rawRequest, startServe } from "./_serve";

const demoText = readFileSync(DEMO, "utf8");
const demo = JSON.parse(demoText) as { asOf: string; units: Record<string, unknown>[] };
const JSON_HEADERS = { "content-type": "application/json" };

function errorOf(text: string): { code: string; message: string; messageEn: string } {
  expect(text).not.toMatch(STACK_FRAME);
  const body = JSON.parse(text) as { error: { code: string; message: string; messageEn: string } };
  expect(Object.keys(body)).toEqual(["error"]);
  return body.error;
}

describe("qsd serve --token / QSD_TOKEN, --cors", () => {
  it("/v1/* needs Authorization: Bearer (compared in constant time); the probes and the contract do not; CORS only for the origin given", async () => {
    const serve = await startServe(["--cors", "https://a.example"], { QSD_TOKEN: "s3cret-token" });
    try {
      const url = `${serve.url}/v1/calendar/add?date=2026-02-13&n=1`;
      const wrong: Record<string, string>[] = [{}, { authorization: "Bearer wrong-token!" }, { authorization: "Bearer s3cret" }, { authorization: "Basic czNjcmV0LXRva2Vu" }];
      for (const headers of wrong) {
        const r = await fetch(url, { headers });
        expect(r.status).toBe(401);
        expect(r.headers.get("www-authenticate")).toBe('Bearer realm="qsd"');
        expect(errorOf(await r.text()).code).toBe("unauthorized");
      }
      const ok = await fetch(url, { headers: { authorization: "Bearer s3cret-token" } });
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as { result: string }).result).toBe("2026-02-14");
      for (const open of ["/healthz", "/readyz", "/openapi.json"]) expect((await fetch(`${serve.url}${open}`)).status).toBe(200);

      // CORS: the allowed origin is echoed (and a preflight needs no token); another origin gets nothing.
      const allowed = await fetch(url, { headers: { authorization: "Bearer s3cret-token", origin: "https://a.example" } });
      expect(allowed.headers.get("access-control-allow-origin")).toBe("https://a.example");
      const preflight = await fetch(`${serve.url}/v1/classify`, {
        method: "OPTIONS",
        headers: { origin: "https://a.example", "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
      const other = await fetch(url, { headers: { authorization: "Bearer s3cret-token", origin: "https://b.example" } });
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
      expect(serve.stderr()).not.toContain("s3cret-token");
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  });

  it("--token wins over QSD_TOKEN; without either, no token and no CORS", async () => {
    const serve = await startServe(["--token", "from-flag"], { QSD_TOKEN: "from-env" });
    try {
      expect((await fetch(`${serve.url}/v1/policies`, { headers: { authorization: "Bearer from-env" } })).status).toBe(401);
      expect((await fetch(`${serve.url}/v1/policies`, { headers: { authorization: "Bearer from-flag" } })).status).toBe(200);
    } finally {
      await serve.stop();
    }
    const open = await startServe();
    try {
      const r = await fetch(`${open.url}/v1/policies`, { headers: { origin: "https://a.example" } });
      expect(r.status).toBe(200);
      expect(r.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await open.stop();
    }
  });
});

describe("qsd serve --max-body, --timeout", () => {
  it("413 over the limit, told by Content-Length or counted; an NDJSON line over it is answered in place", async () => {
    const serve = await startServe(["--max-body", "2kb", "--timeout", "1000"]);
    try {
      const big = JSON.stringify(demo.units[0]).padEnd(3000, " ");
      const told = await fetch(`${serve.url}/v1/validate/unit`, { method: "POST", headers: JSON_HEADERS, body: big });
      expect(told.status).toBe(413);
      expect(errorOf(await told.text())).toMatchObject({ code: "payload_too_large", messageEn: expect.stringContaining("2 KiB") as unknown });
      // Chunked (no Content-Length): counted as it arrives.
      const counted = await rawRequest(`${serve.url}/v1/validate/unit`, { headers: { ...JSON_HEADERS, "transfer-encoding": "chunked" }, pieces: [big.slice(0, 1500), big.slice(1500)], gapMs: 20 });
      expect(counted.status).toBe(413);
      expect(errorOf(counted.body).code).toBe("payload_too_large");
      const small = { id: "u1", name: "某公司", uscc: "91350100M000100Y43", roles: ["seller"] };
      const lines = [JSON.stringify(small), JSON.stringify({ ...small, name: "长".repeat(3000) }), JSON.stringify(small)].join("\n");
      const nd = await fetch(`${serve.url}/v1/validate/unit`, { method: "POST", headers: { "content-type": "application/x-ndjson" }, body: lines });
      expect(nd.status).toBe(200);
      const out = (await nd.text()).trimEnd().split("\n").map((l) => JSON.parse(l) as { line: number; result?: unknown; error?: { code: string } });
      expect(out.map((l) => [l.line, l.error?.code ?? "ok"])).toEqual([
        [1, "ok"],
        [2, "line_too_long"],
        [3, "ok"],
      ]);
    } finally {
      await serve.stop();
    }
  });

  it("408 when the body stops coming; an NDJSON stream ends with an error line", async () => {
    const serve = await startServe(["--timeout", "400"]);
    try {
      const started = Date.now();
      const stalled = await rawRequest(`${serve.url}/v1/classify`, { headers: { ...JSON_HEADERS, "content-length": "5000" }, pieces: ['{"units": ['], end: false });
      expect(stalled.status).toBe(408);
      expect(errorOf(stalled.body).code).toBe("request_timeout");
      expect(Date.now() - started).toBeLessThan(10_000);
      const unit = JSON.stringify(demo.units[0]);
      const nd = await rawRequest(`${serve.url}/v1/classify?asOf=${demo.asOf}`, { headers: { "content-type": "application/x-ndjson", "transfer-encoding": "chunked" }, pieces: [`${unit}\n{"id":`], end: false });
      expect(nd.status).toBe(200);
      const out = nd.body.trimEnd().split("\n").map((l) => JSON.parse(l) as { line?: number; error?: { code: string } });
      expect(out).toHaveLength(2);
      expect(out[0]!.line).toBe(1);
      expect(out[1]).toEqual({ error: expect.objectContaining({ code: "request_timeout" }) as unknown });
    } finally {
      await serve.stop();
    }
  });
});

describe("qsd serve: graceful shutdown", () => {
  it("SIGTERM: stops accepting, finishes the request in flight, exits 0", async () => {
    const serve = await startServe();
    const body = JSON.stringify({ asOf: demo.asOf, units: demo.units.slice(0, 4) });
    const half = Math.floor(body.length / 2);
    // A request in flight: half its body sent, then SIGTERM, then the rest.
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(`${serve.url}/v1/classify`, { method: "POST", headers: { ...JSON_HEADERS, "content-length": String(Buffer.byteLength(body)) } }, (res) => {
        let text = "";
        res.setEncoding("utf8").on("data", (s: string) => (text += s));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on("error", reject);
      req.write(body.slice(0, half));
      setTimeout(() => {
        serve.child.kill("SIGTERM");
        setTimeout(() => {
          // New connections are refused while the request finishes.
          fetch(`${serve.url}/healthz`).then(
            () => reject(new Error("a new connection was accepted after SIGTERM")),
            () => req.end(body.slice(half)),
          );
        }, 300);
      }, 300);
    });
    const { status, text } = await answer;
    expect(status).toBe(200);
    const parsed = validate("dataset", JSON.parse(body));
    if (!parsed.ok) throw new Error("invalid");
    expect((JSON.parse(text) as { results: unknown }).results).toEqual(JSON.parse(JSON.stringify(parsed.value.units.map((u) => classifyUnit(u, { asOf: demo.asOf })))));
    expect(await serve.exited).toBe(0);
    const events = serve.logs().map((l) => l.event ?? l.route);
    expect(events).toEqual(["listening", "shutting-down", "/v1/classify", "stopped"]);
    expect(serve.logs().at(-1)).toMatchObject({ event: "stopped", clean: true });
  });

  it("SIGINT stops it too; a port in use is a usage error (exit 2), not a hang", async () => {
    const serve = await startServe();
    const port = new URL(serve.url).port;
    const clash = qsd(["serve", "--port", port, "--lang", "en"]);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain(`cannot listen on 127.0.0.1:${port}: the port is in use`);
    expect(clash.stderr).not.toMatch(STACK_FRAME);
    expect(await serve.stop("SIGINT")).toBe(0);
    expect(qsd(["serve", "--port", "70000"]).code).toBe(2);
    expect(qsd(["serve", "--max-body", "lots"]).code).toBe(2);
  });
});
