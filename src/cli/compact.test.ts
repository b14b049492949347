import { describe, expect, it } from "vitest";
import { nanjing2023 } from "../policy";
import { _runQsd } from "./_test-io";
import { compactCitation, compactReasons } from "./json-lines";
import { bundledDemoPath } from "./demo";

const demo = bundledDemoPath()!;
type Line = { unitId: string; level: string; reasons: { rule: string; citation: Record<string, unknown>; readings?: unknown; message: string; messageEn: string; facts: string[] }[] };
const parse = (stdout: string) => stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Line);

describe("--compact (issue 19)", () => {
  it("compactCitation keeps the document and clause (and the reading flag), never the quote or note", () => {
    // 宁市监质监〔2023〕146号 二（七）: the tier rules' clause.
    const c = nanjing2023.supervision.special.citation;
    expect(compactCitation(c)).toEqual({ document: "宁市监质监〔2023〕146号", clause: "二（七）", ...(c.reading ? { reading: true } : {}) });
    expect(compactCitation(c)).toBe(compactCitation(c)); // made once per citation
    expect(Object.isFrozen(compactCitation(c))).toBe(true);
  });

  it("compactReasons keeps every other field of each reason, in order, and drops the readings", () => {
    const reasons = [{ rule: "a", citation: nanjing2023.supervision.key.citation, readings: [nanjing2023.supervision.key.citation], facts: ["r1"], message: "甲", messageEn: "A" }];
    const out = compactReasons(reasons);
    expect(Object.keys(out[0]!)).toEqual(["rule", "citation", "facts", "message", "messageEn"]);
    expect(out[0]!.citation).not.toHaveProperty("quote");
    expect(reasons[0]!.readings).toHaveLength(1); // the input is not changed
  });

  it("qsd classify --json --compact: the same units, levels, rules, facts and messages as --json; citations by document and clause", async () => {
    const full = parse((await _runQsd(["classify", demo, "--json"])).stdout);
    const r = await _runQsd(["classify", demo, "--json", "--compact"]);
    expect(r.code).toBe(0);
    const compact = parse(r.stdout);
    expect(compact.map((l) => [l.unitId, l.level])).toEqual(full.map((l) => [l.unitId, l.level]));
    compact.forEach((line, i) => {
      line.reasons.forEach((reason, k) => {
        const f = full[i]!.reasons[k]!;
        expect([reason.rule, reason.facts, reason.message, reason.messageEn]).toEqual([f.rule, f.facts, f.message, f.messageEn]);
        expect(reason.citation).toEqual({ document: f.citation.document, clause: f.citation.clause, ...(f.citation.reading ? { reading: true } : {}) });
        expect(reason.readings).toBeUndefined();
      });
    });
    expect(r.stdout.length).toBeLessThan(0.75 * (await _runQsd(["classify", demo, "--json"])).stdout.length);
  });

  it("qsd obligations --json --compact: the same agenda, citations without quote or note", async () => {
    const full = (await _runQsd(["obligations", demo, "--json"])).stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { obligations: { kind: string; status: string; reasons: { rule: string; citation?: { quote?: string } }[] }[] });
    const r = await _runQsd(["obligations", demo, "--json", "--compact"]);
    expect(r.code).toBe(0);
    const compact = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as (typeof full)[number]);
    expect(compact.map((u) => u.obligations.map((o) => [o.kind, o.status, o.reasons.map((x) => x.rule)]))).toEqual(full.map((u) => u.obligations.map((o) => [o.kind, o.status, o.reasons.map((x) => x.rule)])));
    expect(full.some((u) => u.obligations.some((o) => o.reasons.some((x) => x.citation?.quote !== undefined)))).toBe(true);
    expect(compact.every((u) => u.obligations.every((o) => o.reasons.every((x) => x.citation?.quote === undefined)))).toBe(true);
  });
});
