/**
 * Hostile input through every command (issue 14): fast-check generates strings and records
 * made of terminal escapes (OSC 52 clipboard writes, screen clears, conceal), bidi
 * overrides, C0 and C1 controls, lone surrogates, private-use and unassigned code points,
 * zero-width characters, formula triggers, huge arrays, deep nesting, repeated ids,
 * records that are not objects and bytes that are not UTF-8 — and runs the built CLI on
 * them, each command in its text and JSON form, under GNU time. For every run:
 *
 * - no raw control character (C0 but the line feed and CRLF, DEL, C1), bidi control,
 *   zero-width or other format character, separator or private-use character reaches
 *   standard output or standard error (a byte-order mark only at the very start of a CSV);
 * - the exit code is one the help documents (0, 1 or 2) — never 70 (an internal error),
 *   never a signal;
 * - no stack trace and no "internal error";
 * - peak resident memory under 160 MB (the CLI's own ~80 MB plus the 64 MB a ~1 MB
 *   record may take, and a margin).
 *
 * Runtime is kept modest: 12 command forms × 4 generated inputs = 48 runs of the CLI.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLI, ROOT, STACK_FRAME } from "./_cli";

const USCC = "91350100M000100Y43";
const RSS_LIMIT_MB = 160;

/** The pieces hostile strings are made of. */
const PIECES = [
  "\u001b]52;c;aGVsbG8=\u0007", // OSC 52: write the clipboard
  "\u001b]0;pwned\u0007", // set the window title
  "\u001b[2J\u001b[H", // clear the screen
  "\u001b[8m", // conceal
  "\u001b[31m", // a colour the CLI itself uses
  "\u009b2J", // C1 CSI
  "\u0085",
  "\u202e", // right-to-left override
  "\u2066",
  "\u200f",
  "\u200b",
  "\ufeff",
  "\u2028",
  "\r",
  "\t",
  "\n",
  "\u0000",
  "\u0007",
  "\u007f",
  "\ud800", // lone surrogates
  "\udfff",
  "\ue000", // private use
  "\u0378", // unassigned
  "=HYPERLINK(1)",
  "＝1+1",
  "南京",
  "ACME",
  "😀",
  "\\u001b",
];
const hostileString = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) }), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(""));

/** One record as JSON text (deep nesting and huge arrays are written as text: JSON.stringify itself recurses). */
const record = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        id: fc.oneof(fc.constantFrom("NJ01", "NJ02"), hostileString),
        name: hostileString,
        person: hostileString,
        description: hostileString,
        empties: fc.constantFrom(0, 0, 3, 12_000),
        depth: fc.constantFrom(0, 0, 2_000, 100_000),
      })
      .map(({ id, name, person, description, empties, depth }) => {
        const unit = {
          id,
          name,
          uscc: USCC,
          roles: ["producer", "seller"],
          products: { licences: [{ number: "XK08-001-04763", product: name }], mandatoryStandard: true },
          people: [
            { id: "p1", name: person, role: "officer", from: "2024-01-01", phone: description },
            { id: "p2", name: "王总", role: "director", from: "2024-01-01" },
          ],
          riskEvents: [{ id: "r1", date: "2026-03-01", severity: "major", kind: "other", description }],
          assignments: [{ official: person, department: description, from: "2024-01-01", recordedOn: "2024-01-02" }],
          records: [{ kind: "daily", date: "2026-11-19", byPersonId: "p1", findings: description }],
        };
        let text = JSON.stringify(unit);
        if (empties > 0) text = `${text.slice(0, -1)},"defects":[${Array.from({ length: empties }, () => "{}").join(",")}]}`;
        if (depth > 0) text = `${text.slice(0, -1)},"extra":${"[".repeat(depth)}0${"]".repeat(depth)}}`;
        return text;
      }),
  },
  { weight: 1, arbitrary: fc.constantFrom("42", '"a string"', "null", "[1,2]", '{"units":"no"}', "{", "[[[[[[[[[[") },
);

/** An input: records as NDJSON or as a JSON data set, sometimes with bytes that are not UTF-8. */
const input = fc
  .record({ records: fc.array(record, { minLength: 1, maxLength: 4 }), dataset: fc.boolean(), repeatFirst: fc.boolean(), badBytes: fc.boolean() })
  .map(({ records, dataset, repeatFirst, badBytes }) => {
    const list = repeatFirst ? [...records, records[0]!] : records;
    const text = dataset ? `{"asOf":"2026-11-20","units":[${list.join(",")}]}` : `${list.join("\n")}\n`;
    const bytes = Buffer.from(text, "utf8");
    return badBytes ? Buffer.concat([bytes.subarray(0, Math.floor(bytes.length / 2)), Buffer.from([0xff, 0xc3]), bytes.subarray(Math.floor(bytes.length / 2))]) : bytes;
  });

/** The command forms: every data command in its text and its JSON form. */
const FORMS: readonly { name: string; args: (file: string) => string[] }[] = [
  { name: "validate (text)", args: (f) => ["validate", f] },
  { name: "validate --json", args: (f) => ["validate", f, "--json"] },
  { name: "classify (text)", args: (f) => ["classify", f, "--as-of", "2026-11-20"] },
  { name: "classify --json", args: (f) => ["classify", f, "--as-of", "2026-11-20", "--json"] },
  { name: "obligations (text)", args: (f) => ["obligations", f, "--as-of", "2026-11-20"] },
  { name: "obligations --json", args: (f) => ["obligations", f, "--as-of", "2026-11-20", "--json"] },
  { name: "report --format text", args: (f) => ["report", f, "--as-of", "2026-11-20", "--format", "text"] },
  { name: "report --format json", args: (f) => ["report", f, "--as-of", "2026-11-20", "--format", "json"] },
  { name: "checklist --format markdown", args: (f) => ["checklist", "producer-tasks", "--unit", f, "--unit-id", "NJ01", "--as-of", "2026-11-20"] },
  { name: "checklist --format csv", args: (f) => ["checklist", "seller-tasks", "--unit", f, "--unit-id", "NJ01", "--as-of", "2026-11-20", "--format", "csv"] },
  { name: "calendar import (text)", args: (f) => ["calendar", "import", f, "--year", "2027"] },
  { name: "calendar import --json", args: (f) => ["calendar", "import", f, "--year", "2027", "--json"] },
];

/** What may never reach a terminal raw. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ue000-\uf8ff\ufff9-\ufffb]/;

function assertClean(text: string, where: string, csv: boolean): void {
  let t = text.replace(/\r\n/g, "\n");
  if (csv && t.charCodeAt(0) === 0xfeff) t = t.slice(1);
  const m = RAW.exec(t);
  expect(m, `${where}: raw U+${m?.[0].codePointAt(0)?.toString(16).padStart(4, "0")} at ${m?.index}: ${JSON.stringify(t.slice(Math.max(0, (m?.index ?? 0) - 40), (m?.index ?? 0) + 20))}`).toBeNull();
}

describe("hostile strings and records through every command (issue 14)", () => {
  const dir = mkdtempSync(join(tmpdir(), "qsd-hostile-"));
  const haveTime = existsSync("/usr/bin/time");
  let n = 0;

  for (const form of FORMS) {
    it(`${form.name}: no raw control character, documented exit codes, bounded memory, no stack trace`, () => {
      fc.assert(
        fc.property(input, (bytes) => {
          const file = join(dir, `in-${n++}.ndjson`);
          writeFileSync(file, bytes);
          const rssFile = `${file}.rss`;
          const command = haveTime ? "/usr/bin/time" : process.execPath;
          const args = haveTime ? ["-f", "%M", "-o", rssFile, process.execPath, CLI, ...form.args(file)] : [CLI, ...form.args(file)];
          const r = spawnSync(command, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", TZ: "UTC" }, timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
          const stdout = r.stdout.toString("utf8");
          const stderr = r.stderr.toString("utf8");
          const csv = form.name.includes("csv");
          assertClean(stdout, `${form.name} stdout`, csv);
          assertClean(stderr, `${form.name} stderr`, false);
          expect(r.signal, `${form.name}: killed by a signal`).toBeNull();
          expect([0, 1, 2], `${form.name}: exit ${r.status}\n${stderr.slice(0, 500)}`).toContain(r.status);
          expect(stderr).not.toMatch(STACK_FRAME);
          expect(stderr).not.toMatch(/内部错误|internal error/);
          if (haveTime) {
            const mb = Number(readFileSync(rssFile, "utf8").trim().split("\n").at(-1)) / 1024;
            expect(mb, `${form.name}: peak RSS ${mb.toFixed(0)} MB`).toBeLessThan(RSS_LIMIT_MB);
          }
        }),
        { numRuns: 4, seed: 14_0 + FORMS.indexOf(form) },
      );
    }, 240_000);
  }
});
