import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getChecklistTemplate, evaluateChecklist, prefillChecklist, type ChecklistResponse } from "../checklists";
import { DatasetSchema, type Unit } from "../entities";
import { obligations } from "../obligations";
import { anhui2023, definePolicy, nanjing2023 } from "../policy";
import { classifyUnit } from "../supervision";
import { canonicalJson } from "./canonical-json";
import { canonicalDigest, DigestUnavailableError } from "./digest";
import { _firstDifference, decisionRecord, DecisionRecordError, verifyDecisionRecord, type DecisionInput } from "./decision-record";
import { VERSION } from "./version";

const demo = DatasetSchema.parse(JSON.parse(readFileSync(new URL("../../examples/nanjing-demo.json", import.meta.url), "utf8")));
const asOf = "2026-11-20";
const unitById = (id: string): Unit => demo.units.find((u) => u.id === id)!;
const special = unitById("NJ03");

afterEach(() => vi.unstubAllGlobals());

describe("decisionRecord / verifyDecisionRecord — classify", () => {
  const input: DecisionInput = { kind: "classify", unit: special, asOf };

  it("records the decision, the policy and the input by digest, and verifies", async () => {
    const decision = classifyUnit(special, { asOf });
    const record = await decisionRecord(decision, input);
    expect(record).toMatchObject({
      kind: "classify",
      policy: { id: "nanjing2023", version: "1.1.0" },
      createdWith: { package: "quality-safety-duty", version: VERSION },
      algorithm: "SHA-256",
      canonicalization: "RFC 8785 (JCS)",
    });
    expect(record.policy!.digest).toBe(await canonicalDigest(nanjing2023));
    expect(record.input.digest).toBe(await canonicalDigest(input));
    expect(record.input.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(record.calendar).toBeUndefined();
    expect((record.decision as { level: string }).level).toBe("special");
    // A plain JSON object: storing and reading it back changes nothing.
    const stored = JSON.parse(JSON.stringify(record));
    expect(canonicalJson(stored)).toBe(canonicalJson(record));
    expect(await verifyDecisionRecord(stored, input)).toEqual({ ok: true, mismatches: [] });
  });

  it("a tampered input fails: the input digest and the decision differ", async () => {
    const record = await decisionRecord(classifyUnit(special, { asOf }), input);
    const tampered: Unit = { ...special, riskEvents: special.riskEvents.slice(1) };
    const r = await verifyDecisionRecord(record, { kind: "classify", unit: tampered, asOf });
    expect(r.ok).toBe(false);
    expect(r.mismatches.map((m) => m.field)).toContain("input.digest");
    const asOfOnly = await verifyDecisionRecord(record, { kind: "classify", unit: special, asOf: "2026-11-21" });
    expect(asOfOnly.mismatches.map((m) => m.field)).toEqual(["input.digest", "decision"]);
    expect(asOfOnly.mismatches[1]!.path).toBe("/asOf");
  });

  it("another policy, or a changed one under the same id, fails", async () => {
    const record = await decisionRecord(classifyUnit(special, { asOf }), input);
    const other = await verifyDecisionRecord(record, input, anhui2023);
    expect(other.mismatches.map((m) => m.field)).toEqual(expect.arrayContaining(["policy.id", "policy.digest"]));
    const changed = definePolicy(nanjing2023, { supervision: { special: { minEvents: 4 } } }); // same id and version
    const r = await verifyDecisionRecord(record, input, changed);
    expect(r.mismatches.map((m) => m.field)).toEqual(["policy.digest", "decision"]);
  });

  it("a custom policy: recorded with it, verified only when it is given", async () => {
    const city = definePolicy(nanjing2023, { id: "city-x", version: "2.0.0", supervision: { special: { minEvents: 2 } } });
    const record = await decisionRecord(classifyUnit(special, { asOf, policy: city }), input, city);
    expect(record.policy).toMatchObject({ id: "city-x", version: "2.0.0" });
    expect((await verifyDecisionRecord(record, input, city)).ok).toBe(true);
    const without = await verifyDecisionRecord(record, input);
    expect(without.mismatches.map((m) => m.field)).toEqual(["policy"]);
  });

  it("a built-in policy named by the decision is found without being passed", async () => {
    const record = await decisionRecord(classifyUnit(special, { asOf, policy: anhui2023 }), input);
    expect(record.policy!.id).toBe("anhui2023");
    expect((await verifyDecisionRecord(record, input)).ok).toBe(true);
  });

  it("refuses to record a decision that does not follow from the input, or names another policy", async () => {
    const wrong = { ...classifyUnit(special, { asOf }), level: "key" };
    await expect(decisionRecord(wrong, input)).rejects.toMatchObject({ name: "DecisionRecordError", code: "decision_mismatch", path: "/level" });
    await expect(decisionRecord(classifyUnit(special, { asOf }), input, anhui2023)).rejects.toBeInstanceOf(DecisionRecordError);
    await expect(decisionRecord(classifyUnit(special, { asOf }), { ...input, kind: "nope" } as unknown as DecisionInput)).rejects.toMatchObject({ code: "unknown_kind" });
  });

  it("never throws on a bad record or input", async () => {
    const record = await decisionRecord(classifyUnit(special, { asOf }), input);
    expect((await verifyDecisionRecord(null as never, input)).mismatches[0]!.field).toBe("record");
    expect((await verifyDecisionRecord(record, { kind: "obligations", unit: special, asOf })).mismatches[0]!.field).toBe("kind");
    expect((await verifyDecisionRecord({ ...record, algorithm: "MD5" }, input)).mismatches[0]!.field).toBe("algorithm");
    // A stored record whose template was lost (null): a mismatch, not a TypeError.
    const template = getChecklistTemplate("producer-tasks");
    const evalInput: DecisionInput = { kind: "checklist-evaluation", template, response: prefillChecklist(template, special, { asOf }).response };
    const evalRecord = await decisionRecord(evaluateChecklist(template, evalInput.response), evalInput);
    const lost = await verifyDecisionRecord({ ...evalRecord, template: null as never }, evalInput);
    expect(lost.ok).toBe(false);
    expect(lost.mismatches.map((m) => m.field)).toEqual(["template.id"]);
    const broken = await verifyDecisionRecord(record, { kind: "classify", unit: special, asOf: "2026-02-30" });
    expect(broken.mismatches.map((m) => m.field)).toEqual(["input.digest", "decision"]);
    expect(broken.mismatches[1]!.messageEn).toMatch(/cannot be recomputed/);
  });

  it("mismatches have the library's problem shape: a code, params, and the tables' Chinese and English", async () => {
    const record = await decisionRecord(classifyUnit(special, { asOf }), input);
    const other = await verifyDecisionRecord(record, input, anhui2023);
    expect(other.mismatches[0]).toMatchObject({
      field: "policy.id",
      code: "record_policy_id_differs",
      params: { expected: "nanjing2023", received: "anhui2023" },
      expected: "nanjing2023",
      actual: "anhui2023",
      message: "监管政策标识不符：记录为 nanjing2023，实际为 anhui2023",
      messageEn: "Policy id differs: recorded nanjing2023, given anhui2023",
    });
    const moved = await verifyDecisionRecord(record, { kind: "classify", unit: special, asOf: "2026-11-21" });
    expect(moved.mismatches.map((m) => m.code)).toEqual(["record_input_digest_differs", "record_decision_differs"]);
    expect(moved.mismatches[1]).toMatchObject({ params: { path: "/asOf" }, message: "重新计算的决定与记录不符（首个差异位于 /asOf）" });
    expect((await verifyDecisionRecord(null as never, input)).mismatches[0]).toMatchObject({ code: "record_invalid", params: {}, message: "不是决定记录" });
    // A decision that cannot be re-run: the library error inside is the cause, so the Chinese is Chinese.
    const broken = await verifyDecisionRecord(record, { kind: "classify", unit: special, asOf: "2026-02-30" });
    expect(broken.mismatches[1]).toMatchObject({ code: "record_decision_not_recomputable", params: { cause: { code: "invalid_date", params: { received: "2026-02-30" } } } });
    expect(broken.mismatches[1]!.message).toMatch(/^无法重新计算该决定：日期"2026-02-30"无效，应为 YYYY-MM-DD 格式的公历日期/);
  });

  it("its errors carry code and params, their text from the tables", async () => {
    const wrong = { ...classifyUnit(special, { asOf }), level: "key" };
    const error = await decisionRecord(wrong, input).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "decision_mismatch", params: { path: "/level" }, path: "/level" });
    expect((error as DecisionRecordError).messageZh).toBe("该决定与输入和监管政策重新计算的结果不一致（首个差异位于 /level）。");
    const named = await decisionRecord(classifyUnit(special, { asOf }), input, anhui2023).catch((e: unknown) => e);
    expect(named).toMatchObject({ code: "policy_mismatch", params: { received: `nanjing2023 ${nanjing2023.version}`, expected: `anhui2023 ${anhui2023.version}` } });
  });
});

describe("_firstDifference", () => {
  it("names the first difference by an RFC 6901 pointer (~ as ~0, / as ~1)", () => {
    expect(_firstDifference({ "a/b~": [1, { c: 2 }] }, { "a/b~": [1, { c: 3 }] }, "")).toBe("/a~1b~0/1/c");
    expect(_firstDifference({ x: [1] }, { x: [1] }, "")).toBeUndefined();
  });
});

describe("decisionRecord — checklists and obligations", () => {
  const template = getChecklistTemplate("producer-tasks");

  it("checklist evaluation names its template, not a policy", async () => {
    const { response } = prefillChecklist(template, special, { asOf });
    const filled: ChecklistResponse = { ...response, answers: { ...response.answers, "1.1": { result: "yes" }, "1.3": { result: "no", remark: "未制定" } } };
    const input: DecisionInput = { kind: "checklist-evaluation", template, response: filled };
    const evaluation = evaluateChecklist(template, filled);
    expect(evaluation.template).toEqual({ id: "producer-tasks", version: template.version });
    const record = await decisionRecord(evaluation, input);
    expect(record.policy).toBeNull();
    expect(record.template).toEqual({ id: "producer-tasks", version: template.version, digest: await canonicalDigest(template) });
    expect((await verifyDecisionRecord(record, input)).ok).toBe(true);
    const tampered = { ...filled, answers: { ...filled.answers, "1.3": { result: "yes" as const } } };
    const r = await verifyDecisionRecord(record, { ...input, response: tampered });
    expect(r.mismatches.map((m) => m.field)).toEqual(["input.digest", "decision"]);
  });

  it("checklist prefill names its policy and template and the calendar", async () => {
    const input: DecisionInput = { kind: "checklist-prefill", template, unit: special, asOf };
    const prefilled = prefillChecklist(template, special, { asOf });
    expect(prefilled.policy).toEqual({ id: "nanjing2023", version: "1.1.0" });
    const record = await decisionRecord(prefilled, input);
    expect(record).toMatchObject({ policy: { id: "nanjing2023" }, template: { id: "producer-tasks" }, calendar: "cn-state-council" });
    expect((await verifyDecisionRecord(record, input)).ok).toBe(true);
  });

  it("obligations", async () => {
    const input: DecisionInput = { kind: "obligations", unit: special, asOf };
    const record = await decisionRecord(obligations(special, { asOf }), input);
    expect(record.policy!.id).toBe("nanjing2023");
    expect((await verifyDecisionRecord(record, input)).ok).toBe(true);
  });
});

describe("digests need Web Crypto", () => {
  it("a host without crypto.subtle gets a DigestUnavailableError", async () => {
    vi.stubGlobal("crypto", undefined);
    await expect(canonicalDigest({})).rejects.toBeInstanceOf(DigestUnavailableError);
  });
});
