/**
 * The OpenAPI document of `qsd serve` as committed files: `schemas/openapi.json` (the
 * document `GET /openapi.json` serves, built by src/cli/serve/openapi.ts from the zod
 * schemas) and `docs/api.md` (a reference page generated from it). `npm run schemas`
 * writes both (scripts/schemas.ts calls {@link buildOpenApiFiles}); `npm run schemas --
 * --check` fails when they drift.
 */
import { readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildOpenApiDocument } from "../src/cli/serve/openapi";
import type { GeneratedFile } from "./schemas";

type Json = Record<string, unknown>;

/** The last segment of a `$ref`: `#/components/schemas/Unit` → `Unit`. */
function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf("/") + 1);
}

/** A short type for a schema: a component's name, `Unit[]`, `A | B`, `string (date)`, an enum. */
function typeOf(schema: Json | undefined): string {
  if (!schema) return "";
  if (typeof schema.$ref === "string") return refName(schema.$ref);
  const result = (schema.properties as Record<string, Json> | undefined)?.result;
  if (result && typeof result.$ref === "string") return `lines { line, result: ${refName(result.$ref)} } or { line, error }`;
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).map(typeOf).join(" \\| ");
  if (Array.isArray(schema.oneOf)) return (schema.oneOf as Json[]).map(typeOf).join(" \\| ");
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).map((v) => `\`${String(v)}\``).join(", ");
  if (schema.type === "array") return `${typeOf(schema.items as Json)}[]`;
  if (typeof schema.format === "string") return `${String(schema.type)} (${schema.format})`;
  return typeof schema.type === "string" ? schema.type : "object";
}

/** Escapes a table cell. */
function cell(text: unknown): string {
  return String(text ?? "")
    .replace(/\|/g, "\\|")
    .replace(/\n/g, " ");
}

/**
 * Renders the Markdown reference page of the HTTP API from its OpenAPI document.
 *
 * @param doc - The OpenAPI document.
 * @returns docs/api.md's text.
 */
export function renderApiMarkdown(doc: Json): string {
  const info = doc.info as Json;
  const paths = doc.paths as Record<string, Record<string, Json>>;
  const components = doc.components as { schemas: Record<string, Json>; responses: Record<string, Json> };
  const lines: string[] = [
    "# HTTP API (`qsd serve`)",
    "",
    "<!-- Generated from schemas/openapi.json by `npm run schemas` (scripts/openapi.ts). Do not edit. -->",
    "",
    `${String(info.title)} ${String(info.version)} — ${String(info.summary)} The contract is the OpenAPI 3.1 document [schemas/openapi.json](../schemas/openapi.json), also served at \`GET /openapi.json\`; this page is generated from it.`,
    "",
    String(info.description),
    "",
    "## Routes",
    "",
    "| Method | Path | Summary |",
    "| --- | --- | --- |",
  ];
  const operations: [string, string, Json][] = [];
  for (const [path, item] of Object.entries(paths)) for (const [method, op] of Object.entries(item)) operations.push([method.toUpperCase(), path, op]);
  for (const [method, path, op] of operations) lines.push(`| ${method} | [\`${path}\`](#${anchor(method, path)}) | ${cell(op.summary)} |`);

  lines.push("", "## Errors", "", "Every error answers with one shape (the `Error` schema):", "", "```json", JSON.stringify({ error: { code: "invalid_data", message: "中文说明", messageEn: "English message", issues: [{ path: "/units/0/uscc", code: "…", params: {}, message: "…", messageEn: "…" }], requestId: "…" } }, null, 2), "```", "");
  lines.push("| Status | Response | When |", "| --- | --- | --- |");
  for (const [name, response] of Object.entries(components.responses)) {
    const status = Object.values(paths)
      .flatMap((item) => Object.values(item))
      .flatMap((op) => Object.entries((op.responses as Record<string, Json>) ?? {}))
      .find(([, r]) => r.$ref === `#/components/responses/${name}`)?.[0];
    lines.push(`| ${status ?? ""} | ${name} | ${cell(response.description)} |`);
  }
  lines.push("", "Errors the library raises keep its own codes and words: `invalid_date`, `unknown_template`, `template_mismatch`, `calendar_coverage`, `unit-data` codes (422, located at the record), …", "");

  lines.push("## Route by route", "");
  for (const [method, path, op] of operations) {
    lines.push(`### ${method} ${path}`, "", `<a id="${anchor(method, path)}"></a>`, "");
    lines.push(`**${String(op.summary)}**${op.operationId ? ` (operationId \`${String(op.operationId)}\`)` : ""}`, "");
    if (op.description) lines.push(String(op.description), "");
    const params = (op.parameters as Json[] | undefined) ?? [];
    if (params.length > 0) {
      lines.push("| Parameter | In | Type | Required | Description |", "| --- | --- | --- | --- | --- |");
      for (const p of params) {
        const schema = p.schema as Json;
        const def = schema.default !== undefined ? ` (default \`${String(schema.default)}\`)` : "";
        lines.push(`| \`${String(p.name)}\` | ${String(p.in)} | ${cell(typeOf(schema))}${def} | ${p.required ? "yes" : "no"} | ${cell(p.description)} |`);
      }
      lines.push("");
    }
    const body = op.requestBody as Json | undefined;
    if (body) {
      const content = body.content as Record<string, Json>;
      lines.push(`Request body${body.description ? ` — ${String(body.description).replace(/\.$/, "")}` : ""}:`, "");
      for (const [type, media] of Object.entries(content)) lines.push(`- \`${type}\`: ${typeOf(media.schema as Json)}${(media.schema as Json).description ? ` — ${String((media.schema as Json).description)}` : ""}`);
      lines.push("");
    }
    lines.push("| Status | Content | Description |", "| --- | --- | --- |");
    for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
      if (typeof response.$ref === "string") {
        lines.push(`| ${status} | \`application/json\`: Error | ${cell((components.responses[refName(response.$ref)] as Json).description)} |`);
        continue;
      }
      const content = (response.content as Record<string, Json> | undefined) ?? {};
      const types = Object.entries(content).map(([type, media]) => `\`${type}\`: ${typeOf(media.schema as Json)}`);
      lines.push(`| ${status} | ${cell(types.join("; "))} | ${cell(response.description)} |`);
    }
    lines.push("");
  }

  lines.push("## Schemas", "", "The request bodies are the published JSON Schemas (`schemas/<kind>.schema.json`); the answers are the library's result types.", "");
  lines.push("| Schema | Description |", "| --- | --- |");
  for (const [name, schema] of Object.entries(components.schemas)) lines.push(`| ${name} | ${cell(String(schema.description ?? "").split(/(?<=\.)\s/)[0])} |`);
  lines.push("");
  return `${lines.join("\n")}`;
}

function anchor(method: string, path: string): string {
  return `${method}-${path}`.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/**
 * Builds schemas/openapi.json and docs/api.md in memory (nothing is written).
 *
 * @returns The two files.
 */
export function buildOpenApiFiles(): GeneratedFile[] {
  const doc = buildOpenApiDocument();
  return [
    { path: "schemas/openapi.json", content: `${JSON.stringify(doc, null, 2)}\n` },
    { path: "docs/api.md", content: renderApiMarkdown(doc) },
  ];
}

// `tsx scripts/openapi.ts [--check]`: writes (or checks) only these two files; `npm run schemas` does all.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const file of buildOpenApiFiles()) {
    const path = resolve(dirname(fileURLToPath(import.meta.url)), "..", file.path);
    const current = await readFile(path, "utf8").catch(() => undefined);
    if (current === file.content) continue;
    stale++;
    if (check) console.error(`out of date: ${file.path} (run npm run schemas)`);
    else {
      await writeFile(path, file.content);
      console.log(`wrote ${file.path}`);
    }
  }
  process.exitCode = check && stale > 0 ? 1 : 0;
}
