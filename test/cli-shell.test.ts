/**
 * The CLI is a shell (issue 13, "Done when"): every word the report, the data model and
 * the obligations show comes from the library's tables (`reportText`, `labels`,
 * `obligationLabels`), and none of it is written again in src/cli. This test collects the
 * Chinese and English strings of those tables — the fixed parts of the report's message
 * builders included — and searches the string literals (and template literals' text) of
 * every non-test source file of src/cli for them; comments and TSDoc examples may quote
 * the words they describe.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { labels, obligationLabels, reportText } from "../src/index";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "src", "cli");

/** A parameter value that marks where a builder puts it: the text around it is fixed. */
const MARK = "\u0001";
const SAMPLE: Record<string, unknown> = new Proxy(
  { count: 7, section: 7, days: 7, year: 7, n: 7, checked: 7, missingYears: [7], kind: "daily-record" },
  { get: (target, key) => (key in target ? target[key as keyof typeof target] : MARK) },
);

/** Every string of a table, and the fixed parts of what each builder function returns. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(...value.split(/\u0001|7/));
  else if (typeof value === "function") strings((value as (p: unknown) => unknown)(SAMPLE), out);
  else if (value !== null && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** Trims spaces and the punctuation a builder puts around its parameters. */
const bare = (s: string) => s.replace(/^[\s，、；：:,;.…()（）]+|[\s，、；：:,;.…()（）]+$/g, "");
const cjk = (s: string) => s.match(/[\u3400-\u9fff]/g)?.length ?? 0;
const words = (s: string) => (cjk(s) ? 0 : s.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length);
/** A label or heading: two Chinese characters or more, or English of two words or more (a single English word is also a code). */
const isLabel = (s: string) => cjk(s) >= 2 || words(s) >= 2;
/** A sentence no shell would write by chance: six Chinese characters or more, or five English words or more. */
const isSentence = (s: string) => cjk(s) >= 6 || words(s) >= 5;

/** The text of every string literal and template literal part of a TypeScript file. */
function literals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) out.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") && !e.name.startsWith("_test") ? [path] : [];
  });
}

const texts = [...new Set([reportText.zh, reportText.en, labels, obligationLabels].flatMap((t) => strings(t)).map(bare).filter(isLabel))];

/**
 * Whether a literal of src/cli repeats library text: it is one of the library's labels or
 * headings, or it contains one of its sentences.
 */
function repeats(literal: string, text: string): boolean {
  return bare(literal) === text || (isSentence(text) && literal.includes(text));
}

/**
 * Copies that other commands of src/cli still hold (table headers and notes of `qsd
 * classify`, `qsd obligations`, `qsd validate`, the shared summary, the stream's messages).
 * They should take these words from `reportText` / `labels` too; each entry goes when its
 * file does. A copy not listed here fails the test.
 */
const KNOWN: Readonly<Record<string, readonly string[]>> = {
  "src/cli/commands/calendar.ts": ["工作日历"],
  "src/cli/commands/classify.ts": ["监管层级"],
  "src/cli/commands/import.ts": ["个问题", "个主体"],
  "src/cli/commands/shared.ts": ["基准日", "政策", "个主体"],
  "src/cli/commands/validate.ts": ["另有", "个问题"],
  "src/cli/options.ts": ["the data set's asOf"],
  "src/cli/unit-stream.ts": ["无效记录", "另有"],
};

describe("src/cli writes no message text that the library has", () => {
  it("collects the library's words (a sanity check of the collection itself)", () => {
    expect(texts).toEqual(expect.arrayContaining(["分类监管", "Units per level", "日管控、周排查、月调度缺失", "Overdue obligations", "特别监管", "无法计算", "本期无任何记录", "另有"]));
  });

  it("finds none of them in a source file of src/cli (the report's command and renderer: none at all)", () => {
    const found: string[] = [];
    const stale: string[] = [];
    for (const file of sources(CLI)) {
      const name = relative(ROOT, file);
      const code = literals(file);
      const known = KNOWN[name] ?? [];
      for (const t of texts) if (code.some((l) => repeats(l, t)) && !known.includes(t)) found.push(`${name}: ${JSON.stringify(t)}`);
      for (const t of known) if (!code.some((l) => repeats(l, t))) stale.push(`${name}: ${JSON.stringify(t)}`);
    }
    if (stale.length) console.warn(`cli-shell.test.ts: no longer copied, remove from KNOWN:\n  ${stale.join("\n  ")}`);
    expect(found).toEqual([]);
    for (const file of Object.keys(KNOWN)) expect(file.includes("report")).toBe(false);
  });
});
