/**
 * Stored audit records (test/audit-records/*.json) replayed against the demo data set
 * (examples/nanjing-demo.json, as of 2026-11-20): the same input and policy must still give
 * the same decision. A change in the rules (a policy, a template, the package's logic) or
 * in the demo data makes this test fail — on purpose: a recorded decision must not change
 * silently.
 *
 * After a deliberate change, regenerate the records and review the diff:
 *   UPDATE_AUDIT_RECORDS=1 npx vitest run --project unit test/audit-replay.test.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  classifyUnit,
  DatasetSchema,
  decisionRecord,
  evaluateChecklist,
  getChecklistTemplate,
  prefillChecklist,
  verifyDecisionRecord,
  type ChecklistResponse,
  type DecisionInput,
  type DecisionRecord,
  type Unit,
} from "../src/index";

const AS_OF = "2026-11-20";
const dir = new URL("./audit-records/", import.meta.url);
const demo = DatasetSchema.parse(JSON.parse(readFileSync(new URL("../examples/nanjing-demo.json", import.meta.url), "utf8")));
const unitById = (id: string): Unit => {
  const u = demo.units.find((x) => x.id === id);
  if (u === undefined) throw new Error(`demo unit ${id} is gone`);
  return u;
};
const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, dir), "utf8")) as T;
const write = (name: string, value: unknown): void => writeFileSync(new URL(name, dir), `${JSON.stringify(value, null, 2)}\n`);

/** Demo units classified: trigger, routine, special (producer), key (producer), key (both roles). */
const CLASSIFY = ["NJ01", "NJ02", "NJ03", "NJ05", "NJ10"] as const;
/** Checklists evaluated: a special producer (附件2) and a special seller (附件3). */
const EVALUATE = [
  { unit: "NJ03", template: "producer-tasks" },
  { unit: "NJ04", template: "seller-tasks" },
] as const;

const classifyInput = (id: string): DecisionInput => ({ kind: "classify", unit: unitById(id), asOf: AS_OF });
const evaluationInput = (unit: string, template: "producer-tasks" | "seller-tasks"): DecisionInput => ({
  kind: "checklist-evaluation",
  template: getChecklistTemplate(template),
  response: read<ChecklistResponse>(`checklist-evaluation-${unit}.response.json`),
});

if (process.env.UPDATE_AUDIT_RECORDS === "1") {
  it("regenerates the stored audit records", async () => {
    for (const id of CLASSIFY) {
      const input = classifyInput(id);
      write(`classify-${id}.json`, await decisionRecord(classifyUnit(unitById(id), { asOf: AS_OF }), input));
    }
    for (const { unit, template } of EVALUATE) {
      // The response: what the data answers (prefill), the rest answered ✓ by an inspector,
      // and one key risk point (关键风险点) found wanting.
      const t = getChecklistTemplate(template);
      const { response, unanswered } = prefillChecklist(t, unitById(unit), { asOf: AS_OF });
      const freeForm = template === "producer-tasks" ? "6" : "5";
      const answers = { ...response.answers };
      for (const u of unanswered) if (u.itemId !== freeForm) answers[u.itemId] = { result: "yes" };
      const filled: ChecklistResponse = { ...response, filledBy: "区市场监管局 检查员", answers, extraItems: [{ id: `${freeForm}.1`, text: "燃气灶熄火保护装置出厂检验", result: "no", remark: "抽查记录不全" }] };
      write(`checklist-evaluation-${unit}.response.json`, filled);
      write(`checklist-evaluation-${unit}.json`, await decisionRecord(evaluateChecklist(t, filled), evaluationInput(unit, template)));
    }
  });
} else {
  describe("stored audit records replay", () => {
    it.each(CLASSIFY)("classify %s", async (id) => {
      const record = read<DecisionRecord>(`classify-${id}.json`);
      expect(record.kind).toBe("classify");
      expect((record.decision as { unitId: string; asOf: string }).unitId).toBe(id);
      const result = await verifyDecisionRecord(record, classifyInput(id));
      expect(result.mismatches).toEqual([]);
      expect(result.ok).toBe(true);
    });

    it.each(EVALUATE)("checklist evaluation $unit ($template)", async ({ unit, template }) => {
      const record = read<DecisionRecord>(`checklist-evaluation-${unit}.json`);
      const result = await verifyDecisionRecord(record, evaluationInput(unit, template));
      expect(result.mismatches).toEqual([]);
      expect(record.policy).toBeNull();
      expect(record.template?.id).toBe(template);
    });

    it("the records are what the levels say: NJ03 special, NJ05 key, NJ01 trigger, NJ02 routine", () => {
      const level = (id: string) => (read<DecisionRecord>(`classify-${id}.json`).decision as { level: string }).level;
      expect(["NJ01", "NJ02", "NJ03", "NJ05", "NJ10"].map(level)).toEqual(["trigger", "routine", "special", "key", "key"]);
    });
  });

  describe("tampering is caught", () => {
    it("a tampered input: one risk event of the special unit moved a day", async () => {
      const record = read<DecisionRecord>("classify-NJ03.json");
      const unit = unitById("NJ03");
      const [first, ...rest] = unit.riskEvents;
      const moved: Unit = { ...unit, riskEvents: [{ ...first!, date: "2026-11-21" }, ...rest] };
      const result = await verifyDecisionRecord(record, { kind: "classify", unit: moved, asOf: AS_OF });
      expect(result.ok).toBe(false);
      expect(result.mismatches.map((m) => m.field)).toContain("input.digest");
    });

    it("a tampered record: the level rewritten", async () => {
      const record = read<DecisionRecord>("classify-NJ03.json");
      const forged = { ...record, decision: { ...(record.decision as object), level: "routine" } };
      const result = await verifyDecisionRecord(forged, classifyInput("NJ03"));
      expect(result.mismatches).toEqual([expect.objectContaining({ field: "decision", path: "/level", expected: "routine", actual: "special" })]);
    });

    it("a tampered checklist answer", async () => {
      const record = read<DecisionRecord>("checklist-evaluation-NJ03.json");
      const input = evaluationInput("NJ03", "producer-tasks") as Extract<DecisionInput, { kind: "checklist-evaluation" }>;
      const changed = { ...input, response: { ...input.response, extraItems: [] } };
      const result = await verifyDecisionRecord(record, changed);
      expect(result.mismatches.map((m) => m.field)).toEqual(["input.digest", "decision"]);
    });
  });
}
