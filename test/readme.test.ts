/**
 * Every code block of README.md is a test.
 *
 * ```ts blocks: each is written to test/.readme-tmp/block-<line>.ts (git-ignored, removed
 * afterwards) with `"quality-safety-duty"` rewritten to the source entry, type-checked
 * together with the TypeScript compiler API (the repository's tsconfig.json), then run.
 * A statement may state its result in a trailing comment, which is checked:
 *
 *     chinaCalendar.addWorkingDays("2026-04-30", 5); // → "2026-05-11"
 *     const r = classifyUnit(unit, { asOf });        // → { level: "special" }
 *     chinaCalendar.isWorkingDay("2031-01-02");      // → throws CalendarCoverageError
 *
 * The right side is a JavaScript expression. Primitives and arrays must be equal; an
 * object checks only the keys it lists (recursively). A `const x = …` statement checks x.
 * A block whose info string says `ts no-run` is type-checked only.
 *
 * ```sh blocks: each line that runs `qsd` or `npx qsd` (first, or after a pipe) runs in bash
 * against the built CLI (dist/cli.js) from the repository root. It must exit 0, or the
 * code in a trailing `# → exit N` comment; a trailing `# → text` must equal its output
 * (trimmed). Other lines (npm install …) are not run.
 *
 * QSD_README=<file> tests another Markdown file (e.g. a draft of a README section).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, requireFreshDist } from "./_dist";

const run = promisify(execFile);
const README = process.env.QSD_README ?? join(ROOT, "README.md");
const TMP = join(ROOT, "test/.readme-tmp");

interface Block {
  lang: string;
  info: string;
  /** 1-based README line of the block's first code line. */
  line: number;
  code: string;
}

function _blocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})(\w*)\s*(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.startsWith(fence)) body.push(lines[j++]!);
    blocks.push({ lang: open[2]!, info: open[3]!, line: i + 2, code: body.join("\n") });
    i = j;
  }
  return blocks;
}

/**
 * Rewrites a ts block: the package import → the source entry, and each `// → expected`
 * marker → a call of the checker. Lines stay where they are, so compiler messages map
 * back to README lines.
 */
function _instrument(block: Block, file: string): string {
  const where = (node: ts.Node, source: ts.SourceFile) => `README.md:${block.line + source.getLineAndCharacterOfPosition(node.getStart(source)).line}`;
  const entry = relative(TMP, join(ROOT, "src/index")).replaceAll("\\", "/");
  const code = block.code.replace(/(from\s+|import\s*\(\s*)(["'])quality-safety-duty\2/g, `$1$2${entry}$2`);
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const statement of source.statements) {
    const comment = ts
      .getTrailingCommentRanges(code, statement.end)
      ?.map((r) => code.slice(r.pos, r.end))
      .find((c) => /^\/\/\s*→/.test(c));
    if (comment === undefined) continue;
    const expected = comment.replace(/^\/\/\s*→\s*/, "").trim();
    const at = JSON.stringify(where(statement, source));
    const throws = /^throws\s+(\w+)$/.exec(expected);
    if (ts.isExpressionStatement(statement)) {
      const expr = statement.expression.getText(source);
      const text = throws
        ? `__readmeCheckThrows(${at}, () => (${expr}), ${JSON.stringify(throws[1])});`
        : `__readmeCheck(${at}, (${expr}), (${expected}));`;
      edits.push({ start: statement.getStart(source), end: statement.end, text });
    } else if (
      !throws &&
      ts.isVariableStatement(statement) &&
      statement.declarationList.declarations.length === 1 &&
      ts.isIdentifier(statement.declarationList.declarations[0]!.name)
    ) {
      const name = statement.declarationList.declarations[0]!.name.text;
      edits.push({ start: statement.end, end: statement.end, text: ` __readmeCheck(${at}, ${name}, (${expected}));` });
    } else {
      throw new Error(`${where(statement, source)}: a "// →" marker must follow an expression statement or a single const declaration`);
    }
  }
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  // Appended, not prepended: imports hoist, and the README's line numbers stay put.
  return `${out}\nimport { __readmeCheck, __readmeCheckThrows } from "./_check";\n`;
}

const CHECKER = `
function matches(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== "object") return Object.is(actual, expected);
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(actual[i], e));
  }
  if (actual === null || typeof actual !== "object") return false;
  return Object.entries(expected).every(([k, v]) => matches((actual as Record<string, unknown>)[k], v));
}
/** Throws unless actual matches expected (objects: the listed keys only). */
export function __readmeCheck(where: string, actual: unknown, expected: unknown): void {
  if (!matches(actual, expected)) {
    throw new Error(\`\${where}: expected \${JSON.stringify(expected)}, got \${JSON.stringify(actual)}\`);
  }
}
/** Throws unless run() throws an error of that class name. */
export function __readmeCheckThrows(where: string, run: () => unknown, name: string): void {
  try {
    run();
  } catch (error) {
    const got = error instanceof Error ? error.constructor.name : typeof error;
    if (got === name || (error instanceof Error && error.name === name)) return;
    throw new Error(\`\${where}: expected \${name} to be thrown, got \${got}: \${String(error)}\`);
  }
  throw new Error(\`\${where}: expected \${name} to be thrown, nothing was\`);
}
`;

const readme = existsSync(README) ? readFileSync(README, "utf8") : "";
const blocks = _blocks(readme);
const tsBlocks = blocks.filter((b) => b.lang === "ts" || b.lang === "typescript");
const shBlocks = blocks.filter((b) => b.lang === "sh" || b.lang === "bash" || b.lang === "shell");
const fileOf = (b: Block) => join(TMP, `block-${b.line}.ts`);

beforeAll(() => {
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
  writeFileSync(join(TMP, "_check.ts"), CHECKER);
  for (const block of tsBlocks) writeFileSync(fileOf(block), _instrument(block, fileOf(block)));
});

afterAll(() => {
  if (process.env.QSD_KEEP_README_TMP !== "1") rmSync(TMP, { recursive: true, force: true });
});

describe("README.md", () => {
  it("exists and has TypeScript examples", () => {
    expect(existsSync(README), "README.md is missing").toBe(true);
    expect(tsBlocks.length).toBeGreaterThan(0);
  });

  it("type-checks every ts block", () => {
    const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, "tsconfig.json"), {}, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    })!;
    const files = tsBlocks.map(fileOf);
    const program = ts.createProgram(files, { ...config.options, noEmit: true });
    const diagnostics = files.flatMap((f) => {
      const source = program.getSourceFile(f)!;
      return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    });
    const messages = diagnostics.map((d) => {
      const block = tsBlocks.find((b) => fileOf(b) === d.file?.fileName)!;
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
      return `README.md:${block.line + line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
    expect(messages).toEqual([]);
  }, 120_000);

  for (const block of tsBlocks.filter((b) => !/\bno-run\b/.test(b.info))) {
    it(`runs the ts block at README.md:${block.line} and its → results hold`, async () => {
      await import(pathToFileURL(fileOf(block)).href);
    }, 30_000);
  }

  const commands = shBlocks.flatMap((block) => {
    // One command per line; a trailing backslash continues it on the next line.
    const joined: { text: string; line: number }[] = [];
    let pending: { text: string; line: number } | undefined;
    block.code.split("\n").forEach((raw, i) => {
      const text = raw.trim();
      const current: { text: string; line: number } = pending ? { text: `${pending.text} ${text}`, line: pending.line } : { text, line: block.line + i };
      if (text.endsWith("\\")) pending = { ...current, text: current.text.slice(0, -1).trimEnd() };
      else {
        pending = undefined;
        joined.push(current);
      }
    });
    return joined.filter((c) => !c.text.startsWith("#") && /(^|\|\s*)(npx\s+)?qsd(\s|$)/.test(c.text));
  });
  describe.skipIf(commands.length === 0)("qsd commands", () => {
    beforeAll(() => requireFreshDist(["dist/cli.js"]));
    for (const command of commands) {
      it(`README.md:${command.line}: ${command.text}`, async () => {
        const marker = /#\s*→\s*(.+?)\s*$/.exec(command.text)?.[1];
        const exit = marker === undefined ? undefined : /^exit\s+(\d+)$/.exec(marker);
        const script = `set -o pipefail\nqsd() { node ${JSON.stringify(join(ROOT, "dist/cli.js"))} "$@"; }\n${command.text.replace(/(^|\|\s*)npx\s+qsd/g, "$1qsd")}`;
        const result = await run("bash", ["-c", script], { cwd: ROOT, timeout: 30_000, maxBuffer: 64 * 1024 * 1024 }).then(
          ({ stdout }) => ({ code: 0, stdout }),
          (error: { code?: number; stdout?: string }) => {
            if (typeof error.code !== "number") throw error;
            return { code: error.code, stdout: error.stdout ?? "" };
          },
        );
        expect(result.code, `exit code of: ${command.text}`).toBe(exit ? Number(exit[1]) : 0);
        if (marker !== undefined && !exit) expect(result.stdout.trim(), `output of: ${command.text}`).toBe(marker);
      }, 30_000);
    }
  });
});
