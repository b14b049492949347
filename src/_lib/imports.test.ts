/**
 * src/_lib is the bottom of the module order (DESIGN: _lib → dates → calendar → …): its
 * files import nothing but each other, so any module may use them without loading another
 * module (or zod) with them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const dir = fileURLToPath(new URL(".", import.meta.url));
const sources = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".test-d.ts"));

/** Every module specifier of a file (imports, re-exports, `import("x")`), as TypeScript reads them. */
function specifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

describe("src/_lib imports nothing from other modules", () => {
  it("has files to check", () => {
    expect(sources.length).toBeGreaterThan(0);
  });
  it.each(sources)("%s imports only ./ siblings", (file) => {
    const text = readFileSync(`${dir}/${file}`, "utf8");
    for (const s of specifiers(text)) expect(s, `${file} imports ${s}`).toMatch(/^\.\/[^/]+$/);
  });
  it("reads the import forms it looks for", () => {
    expect(specifiers(`// from "not/an/import"\nimport { a } from "../dates";\nexport * from "zod";\nimport "x";\nconst y = import("./y");\nimport type { T } from './t';\nconst s = "from \\"no\\"";`)).toEqual(["../dates", "zod", "x", "./y", "./t"]);
  });
});
