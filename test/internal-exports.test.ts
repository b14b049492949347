/**
 * A `_` prefix means internal (CONVENTIONS; DESIGN's src/_lib): nothing whose name starts
 * with `_` is exported from the package index — not a value, and not a type either.
 */
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as api from "../src/index";

describe("the package index exports nothing internal", () => {
  it("no value export starts with _", () => {
    const names = Object.keys(api);
    expect(names.length).toBeGreaterThan(100);
    expect(names.filter((n) => n.startsWith("_"))).toEqual([]);
  });

  it("no type export starts with _ (as TypeScript reads src/index.ts)", () => {
    const index = fileURLToPath(new URL("../src/index.ts", import.meta.url));
    const config = ts.getParsedCommandLineOfConfigFile(fileURLToPath(new URL("../tsconfig.lib.json", import.meta.url)), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    const program = ts.createProgram([index], { ...config!.options, noEmit: true });
    const checker = program.getTypeChecker();
    const module = checker.getSymbolAtLocation(program.getSourceFile(index)!)!;
    const names = checker.getExportsOfModule(module).map((s) => s.getName());
    // Every runtime export is there, and the types besides.
    expect(names).toEqual(expect.arrayContaining(Object.keys(api)));
    expect(names).toContain("Label");
    expect(names.filter((n) => n.startsWith("_"))).toEqual([]);
  }, 60_000);
});
