/**
 * Validating input: `validate(kind, input)` never throws; it returns the parsed value or
 * issues with a JSON pointer path, a code, a Chinese message and an English one.
 *
 * Run: npx tsx examples/validate.ts
 * In your own code, import from "quality-safety-duty" instead of "../src/index".
 */
import { formatIssue, validate, validationKinds } from "../src/index";

console.log("kinds:", validationKinds.join(", "));

// 91350100M000100Y43 is the example code of GB 32100-2015; its check character is 3.
const good = validate("unit", { id: "u1", name: "南京某灶具厂", uscc: "91350100M000100Y43", roles: ["producer"] });
if (good.ok) console.log("valid unit:", good.value.name, "— risk events (default []):", good.value.riskEvents.length);

const bad = validate("unit", {
  id: "u2",
  name: "南京某灶具经营部",
  uscc: "91350100M000100Y44",
  roles: ["seller"],
  riskEvents: [{ id: "r1", date: "2026-02-30", severity: "major", kind: "media-exposure" }],
});
if (!bad.ok) {
  for (const issue of bad.issues) {
    console.log(`${issue.path} ${issue.code}`);
    console.log(`  ${issue.message}`);
    console.log(`  ${issue.messageEn}`);
  }
  console.log(formatIssue(bad.issues[0]!));
}
