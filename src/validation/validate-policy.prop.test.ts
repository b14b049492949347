import fc from "fast-check";
import { describe, test } from "vitest";
import { UnitDataError, type ValidationIssue } from "../entities";
import { anhui2023, definePolicy, nanjing2023, type Policy } from "../policy";
import { classifyUnit } from "../supervision";
import { validate, type ValidateOptions } from ".";

// The class sets, written out from the sources (never read from the code under test):
// FACTS.md §2 — SAMR's A/B/C/D for nanjing2023 and anhui2023 (which keeps Nanjing's credit
// mapping); a Shandong-style A–E set defined here.
const SAMR = new Set(["A", "B", "C", "D"]);
const shandong = definePolicy(nanjing2023, {
  id: "shandong-example",
  supervision: { credit: { classes: { A: "low", B: "general", C: "general", D: "higher", E: "high" } } },
});
const SHANDONG = new Set(["A", "B", "C", "D", "E"]);
const VALID: readonly [Policy, ReadonlySet<string>][] = [
  [nanjing2023, SAMR],
  [anhui2023, SAMR],
  [shandong, SHANDONG],
];

const USCC = "91350100M000100Y43";

/** A grade: a known class, a near miss, a tricky key, or any string. */
const grade = fc.oneof(
  fc.constantFrom("A", "B", "C", "D", "E", "F", "d", "a", "良好", "较高", "A+", " A", "", "__proto__", "constructor", "toString", "hasOwnProperty"),
  fc.string({ maxLength: 6 }),
);
const day = fc.integer({ min: 2019, max: 2028 }).chain((y) => fc.tuple(fc.constant(y), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })));
const iso = day.map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

/** A unit that is valid for the schema, with or without a credit record. */
const unitArb = fc.record({ grade: fc.option(grade, { nil: undefined }), gradeAsOf: iso, broken: fc.boolean() }).map(({ grade, gradeAsOf, broken }) => ({
  id: "u1",
  name: "南京某燃气具有限公司",
  // Sometimes invalid elsewhere: the credit class is checked all the same.
  uscc: broken ? "91350100M000100Y44" : USCC,
  roles: ["producer"],
  ...(grade === undefined ? {} : { creditRisk: { grade, asOf: gradeAsOf } }),
}));

/** A policy argument: a valid policy (index into VALID), or something that is not a policy. */
const policyArb: fc.Arbitrary<{ valid: boolean; policy: unknown }> = fc.oneof(
  fc.integer({ min: 0, max: VALID.length - 1 }).map((i) => ({ valid: true, policy: VALID[i]![0] })),
  fc
    .oneof(
      fc.constantFrom<unknown>("nanjing2023", 0, [], {}, { ...nanjing2023, version: "" }, { ...nanjing2023, departments: null }),
      fc.jsonValue({ maxDepth: 2 }).filter((v) => v !== null),
    )
    .map((policy) => ({ valid: false, policy })),
);

function run(kind: "unit" | "dataset", input: unknown, options: unknown): ReturnType<typeof validate> {
  try {
    return validate(kind, input, options as ValidateOptions);
  } catch (error) {
    throw new Error(`validate("${kind}", …, { policy }) threw: ${String(error)}`);
  }
}

function wellFormed(issues: readonly ValidationIssue[]): void {
  if (issues.length === 0) throw new Error("ok: false without issues");
  for (const issue of issues) {
    const keys = Object.keys(issue).sort().join();
    if (keys !== "code,message,messageEn,params,path") throw new Error(`issue keys: ${keys}`);
    if (!(issue.path === "" || issue.path.startsWith("/"))) throw new Error(`not a JSON pointer: ${issue.path}`);
    if (!issue.code || !issue.message || !issue.messageEn) throw new Error("an empty field");
    if (issue.code === "internal_error") throw new Error(`internal_error: ${issue.messageEn}`);
  }
}

describe("validate with a policy never throws", () => {
  test("arbitrary JSON input, arbitrary policy argument", () => {
    fc.assert(
      fc.property(fc.constantFrom("unit" as const, "dataset" as const), fc.jsonValue({ maxDepth: 4 }), policyArb, (kind, input, { valid, policy }) => {
        const r = run(kind, input, { policy });
        if (!r.ok) wellFormed(r.issues);
        if (!valid && (r.ok || r.issues[0]!.code !== "invalid_policy")) throw new Error("an invalid policy passed");
      }),
      { numRuns: 3_000 },
    );
  });
});

describe("validate with a policy reports exactly the units whose class the policy lacks", () => {
  test("units and data sets: the unknown_credit_class paths match an independent check", () => {
    fc.assert(
      fc.property(fc.array(unitArb, { maxLength: 5 }), fc.integer({ min: 0, max: VALID.length - 1 }), (units, i) => {
        const [policy, classes] = VALID[i]!;
        const unknown = (u: (typeof units)[number]) => u.creditRisk !== undefined && u.creditRisk.grade !== "" && !classes.has(u.creditRisk.grade);
        // A unit on its own.
        for (const u of units) {
          const r = run("unit", u, { policy });
          const got = r.ok ? [] : r.issues.filter((x) => x.code === "unknown_credit_class").map((x) => x.path);
          const want = unknown(u) ? ["/creditRisk/grade"] : [];
          if (got.join() !== want.join()) throw new Error(`unit ${JSON.stringify(u.creditRisk)}: got ${got.join()}, want ${want.join()}`);
          // Everything else is what validate says without the policy.
          const without = validate("unit", u);
          const rest = r.ok ? [] : r.issues.filter((x) => x.code !== "unknown_credit_class");
          if (JSON.stringify(rest) !== JSON.stringify(without.ok ? [] : without.issues)) throw new Error("the policy changed the schema's issues");
          if (r.ok !== (without.ok && want.length === 0)) throw new Error("ok differs");
        }
        // A data set (ids made unique): each path carries its index.
        const set = { units: units.map((u, k) => ({ ...u, id: `u${k}` })) };
        const r = run("dataset", set, { policy });
        const got = r.ok ? [] : r.issues.filter((x) => x.code === "unknown_credit_class").map((x) => x.path);
        const want = set.units.flatMap((u, k) => (unknown(u) ? [`/units/${k}/creditRisk/grade`] : []));
        if (got.join() !== want.join()) throw new Error(`dataset: got ${got.join()}, want ${want.join()}`);
      }),
      { numRuns: 2_000 },
    );
  });

  test("a unit that validate passes with a policy never makes classifyUnit throw UnitDataError; one it flags does from the class's date on", () => {
    fc.assert(
      fc.property(unitArb, iso, fc.integer({ min: 0, max: VALID.length - 1 }), (input, asOf, i) => {
        const [policy] = VALID[i]!;
        const fixed = { ...input, uscc: USCC };
        const parsed = validate("unit", fixed);
        if (!parsed.ok) return; // an empty grade: the schema's issue
        const checked = validate("unit", fixed, { policy });
        let error: unknown;
        try {
          classifyUnit(parsed.value, { asOf, policy });
        } catch (e) {
          error = e;
        }
        if (error !== undefined && !(error instanceof UnitDataError)) throw error;
        const counted = fixed.creditRisk !== undefined && fixed.creditRisk.asOf <= asOf;
        if (checked.ok && error !== undefined) throw new Error("validate passed it, classifyUnit threw");
        if (!checked.ok && counted && error === undefined) throw new Error("validate flagged it, classifyUnit took it");
        if (error instanceof UnitDataError) {
          const issue = checked.ok ? undefined : checked.issues[0];
          if (issue?.path !== error.path || issue.code !== error.code) throw new Error("validate and classifyUnit disagree on path or code");
          if (issue.message !== error.issues[0]!.message || issue.messageEn !== error.issues[0]!.messageEn) throw new Error("different words");
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
