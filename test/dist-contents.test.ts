/**
 * The package matches its code (issue 13, part 6):
 *
 * - the runtime `dependencies` and `peerDependencies` are exactly the packages that the
 *   files in dist/ import (a declared dependency that nothing imports, and an import that
 *   is not declared, both fail); the package entry imports only its peer dependencies,
 *   so a browser consumer installs nothing for the CLI;
 * - `dist/cli.js` holds no more of package.json than the name, version and issues page;
 * - every relative link and image in the README (and in the other Markdown files the
 *   package ships) resolves to a file inside the tarball that `npm pack` makes.
 *
 * The imports are read by esbuild's parser (its metafile lists every `import … from`,
 * `export … from`, `import()` and `require()` of a file), not by matching text, so a
 * string that looks like an import (a message, a template) does not count.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, posix } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, requireFreshDist } from "./_dist";

const run = promisify(execFile);

interface PackageJson {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
  files?: string[];
}

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as PackageJson;
const BUILTINS = new Set(builtinModules);

/** The package a bare specifier names: `zod/v4/locales` → `zod`, `@date-fns/tz/x` → `@date-fns/tz`. */
function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

function isBuiltin(specifier: string): boolean {
  return specifier.startsWith("node:") || BUILTINS.has(specifier) || BUILTINS.has(packageOf(specifier));
}

/** The packages that a JavaScript file imports, requires or re-exports by bare specifier (Node built-ins left out). */
async function importedPackages(path: string): Promise<Set<string>> {
  const result = await build({
    entryPoints: [path],
    bundle: true,
    write: false,
    metafile: true,
    packages: "external",
    platform: "node",
    format: "esm",
    logLevel: "silent",
  });
  const found = new Set<string>();
  for (const input of Object.values(result.metafile.inputs)) {
    for (const imported of input.imports) {
      if (!imported.external) continue;
      const specifier = imported.original ?? imported.path;
      if (specifier.startsWith(".") || specifier.startsWith("/") || isBuiltin(specifier)) continue;
      found.add(packageOf(specifier));
    }
  }
  return found;
}

const sorted = (s: Iterable<string>) => [...s].sort();

describe("the import reader", () => {
  it("finds static, dynamic, re-exported and required packages, not strings that look like imports", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qsd-imports-"));
    try {
      const file = join(dir, "sample.js");
      writeFileSync(
        file,
        [
          'import a from "pkg-static/sub";',
          'export { b } from "@scope/pkg-reexport";',
          'export * from "pkg-star";',
          'const c = await import("pkg-dynamic");',
          'const d = require("pkg-require");',
          'import { readFileSync } from "node:fs";',
          'import { join } from "path";',
          "const text = 'import x from \"pkg-in-a-string\"';",
          "console.log(a, c, d, readFileSync, join, text);",
        ].join("\n"),
      );
      expect(sorted(await importedPackages(file))).toEqual(["@scope/pkg-reexport", "pkg-dynamic", "pkg-require", "pkg-star", "pkg-static"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("runtime dependencies are what dist/ imports", () => {
  const byFile = new Map<string, Set<string>>();

  beforeAll(async () => {
    requireFreshDist();
    for (const file of readdirSync(join(ROOT, "dist"))) {
      if (/\.(c|m)?js$/.test(file)) byFile.set(file, await importedPackages(join(ROOT, "dist", file)));
    }
  }, 60_000);

  it("reads the three bundles", () => {
    expect(sorted(byFile.keys())).toEqual(expect.arrayContaining(["cli.js", "index.cjs", "index.js"]));
    // A reader that finds nothing would pass the next test vacuously: zod is imported by both entries.
    expect(byFile.get("index.js")).toContain("zod");
    expect(byFile.get("index.cjs")).toContain("zod");
  });

  it("dependencies ∪ peerDependencies = the packages imported by dist/*.js and *.cjs", () => {
    const imported = new Set([...byFile.values()].flatMap((s) => [...s]));
    const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
    const unused = sorted([...declared].filter((d) => !imported.has(d)));
    const undeclared = sorted([...imported].filter((d) => !declared.has(d)));
    expect({ unused, undeclared }, "move unused dependencies to devDependencies; declare what dist/ imports").toEqual({ unused: [], undeclared: [] });
  });

  it("the package entry imports only its peer dependencies (the CLI's dependencies stay in the CLI)", () => {
    const peers = sorted(Object.keys(pkg.peerDependencies ?? {}));
    expect(sorted(byFile.get("index.js")!)).toEqual(peers);
    expect(sorted(byFile.get("index.cjs")!)).toEqual(peers);
  });
});

describe("dist/cli.js holds only the name, version and issues page of package.json", () => {
  it("has no scripts, dev dependencies or file list", () => {
    requireFreshDist(["dist/cli.js"]);
    const cli = readFileSync(join(ROOT, "dist/cli.js"), "utf8");
    expect(cli).not.toContain("devDependencies");
    expect(cli).not.toMatch(/["\s]scripts["\s]*:/);
    // The texts themselves, not only the key names: a script line, a dev dependency's range.
    for (const script of Object.values(pkg.scripts ?? {})) expect(cli).not.toContain(JSON.stringify(script));
    for (const name of Object.keys(pkg.devDependencies ?? {})) {
      expect(cli).not.toContain(`${JSON.stringify(name)}: ${JSON.stringify(pkg.devDependencies![name])}`);
    }
  });
});

/** Relative link and image targets in Markdown: `[t](p)`, `![a](p)`, `[r]: p`, `<a href>`, `<img src>`; code is not text. */
function relativeTargets(markdown: string): string[] {
  const text = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "").replace(/`[^`\n]*`/g, "");
  const targets = [
    ...[...text.matchAll(/!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g)].map((m) => m[1]!),
    ...[...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/<(?:a|img)\b[^>]*?\b(?:href|src)\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]!),
  ];
  return targets.filter((t) => !/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(t)).map((t) => decodeURIComponent(t.replace(/[#?].*$/, "")));
}

describe("relative-links reader", () => {
  it("finds links and images, skips absolute URLs, anchors and code", () => {
    const md = [
      "See [the rules](docs/rules.md#top) and ![a picture](examples/a%20b.png \"title\").",
      "[web](https://example.com/x.md) [anchor](#usage) [mail](mailto:a@b.c)",
      "`[not](a-link.md)`",
      "```md",
      "[also not](fenced.md)",
      "```",
      "[ref]: ./CHANGELOG.md",
      '<img src="examples/b.png" alt="">',
    ].join("\n");
    expect(relativeTargets(md)).toEqual(["docs/rules.md", "examples/a b.png", "./CHANGELOG.md", "examples/b.png"]);
  });
});

describe("every relative link in the packed Markdown resolves inside the tarball", () => {
  let files: Set<string>;

  beforeAll(async () => {
    requireFreshDist();
    const { stdout } = await run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
    const [packed] = JSON.parse(stdout) as [{ files: { path: string }[] }];
    files = new Set(packed.files.map((f) => f.path));
  }, 150_000);

  it("ships README.md, the docs pages, the example scripts and the checklist picture", () => {
    expect(files).toContain("README.md");
    expect(files).toContain("docs/api-contract.md");
    expect(files).toContain("docs/rules.md");
    expect(files).toContain("examples/checklist-producer.png");
    expect(files).toContain("examples/classify.ts");
    expect(files).toContain("examples/nanjing-demo.md");
  });

  it("README.md and every shipped Markdown file link only to shipped files", () => {
    const markdown = [...files].filter((f) => f.endsWith(".md"));
    expect(markdown).toContain("README.md");
    const dead: string[] = [];
    for (const file of markdown) {
      for (const target of relativeTargets(readFileSync(join(ROOT, file), "utf8"))) {
        const resolved = posix.normalize(posix.join(dirname(file).replaceAll("\\", "/"), target)).replace(/\/$/, "");
        const shipped = files.has(resolved) || [...files].some((f) => f.startsWith(`${resolved}/`));
        if (!shipped) dead.push(`${file} → ${target}`);
      }
    }
    expect(dead, "add these paths to package.json `files`, or make the links absolute").toEqual([]);
  });
});
