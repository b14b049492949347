/**
 * Policies are data: the Nanjing plan (`nanjing2023`, the default), the Anhui provincial
 * profile (`anhui2023`), and a city's own derived with `definePolicy(base, overrides)`.
 * Every parameter carries its citation; readings of ours say so.
 *
 * Run: npx tsx examples/policy.ts
 * In your own code, import from "quality-safety-duty" instead of "../src/index".
 */
import { anhui2023, classifyUnit, definePolicy, nanjing2023, PolicyError, UnitSchema } from "../src/index";

const special = nanjing2023.supervision.special;
console.log(`nanjing2023 special: ${special.minEvents}+ ${special.severities.join("/")} risks within ${special.windowYears} years`);
console.log(`  ${special.citation.document} ${special.citation.clause}: ${special.citation.quote}`);
const keyWindow = nanjing2023.supervision.key.windowCitation;
console.log(`nanjing2023 key window: ${nanjing2023.supervision.key.windowYears} years${keyWindow.reading ? " (a reading)" : ""}`);

// One failed sampling inspection of minor severity, eight months before the as-of day.
const unit = UnitSchema.parse({
  id: "u1",
  name: "南京某灶具厂",
  uscc: "91350100M000100Y43",
  roles: ["producer"],
  riskEvents: [{ id: "r1", date: "2025-07-01", severity: "minor", kind: "sampling-failure" }],
});
const asOf = "2026-03-01";
// Nanjing counts severity (a minor risk stays routine); Anhui counts the kind of event.
console.log("nanjing2023:", classifyUnit(unit, { asOf }).level);
console.log("anhui2023:", classifyUnit(unit, { asOf, policy: anhui2023 }).level);

// A city that treats "no risk found" as routine supervision too.
const allRoutine = definePolicy(nanjing2023, { id: "all-routine", supervision: { lowRisk: { noRisk: "routine" } } });
const quiet = UnitSchema.parse({ id: "u2", name: "南京某阀门厂", uscc: "91350100M000100Y43", roles: ["producer"] });
console.log("no risk, nanjing2023:", classifyUnit(quiet, { asOf }).level, "— all-routine:", classifyUnit(quiet, { asOf, policy: allRoutine }).level);

// A bad override is a typed error with the path and the offending value.
try {
  definePolicy(nanjing2023, { id: "broken", supervision: { special: { windowYears: -1 } } });
} catch (error) {
  if (!(error instanceof PolicyError)) throw error;
  console.log("PolicyError:", error.issues[0]?.path, error.value);
}
