/**
 * Supervision tiers (宁市监质监〔2023〕146号 二（七）): which of special 特别监管, key 重点监管,
 * routine 日常监管 or trigger-based 触发式监管 supervision a unit falls under, and why.
 *
 * Run: npx tsx examples/classify.ts
 * In your own code, import from "quality-safety-duty" instead of "../src/index".
 */
import { buildAnnualLists, classifyUnit, labels, onsiteInspectionStatus, responsibleOfficialUpdateDue, UnitSchema } from "../src/index";

const asOf = "2026-03-01";

// "对近2年内发现3次及以上重大质量安全风险……的生产和销售单位，实施特别监管"
const stoveMaker = UnitSchema.parse({
  id: "u1",
  name: "南京某灶具厂",
  uscc: "91350100M000100Y43",
  roles: ["producer"],
  riskEvents: [
    { id: "r1", date: "2024-09-01", severity: "major", kind: "sampling-failure" },
    { id: "r2", date: "2025-03-01", severity: "major", kind: "verified-complaint" },
    { id: "r3", date: "2025-11-20", severity: "major", kind: "media-exposure" },
  ],
  inspections: [{ id: "i1", date: "2026-01-15", kind: "onsite" }],
});
// "对发现较大质量安全风险……的生产和销售单位，实施重点监管"
const shop = UnitSchema.parse({
  id: "u2",
  name: "南京某燃气具经营部",
  uscc: "91350100M000100Y43",
  roles: ["seller"],
  riskEvents: [{ id: "r4", date: "2025-06-10", severity: "significant", kind: "sampling-failure" }],
});
// No risk found → trigger-based supervision (the Nanjing profile's reading).
const quiet = UnitSchema.parse({ id: "u3", name: "南京某阀门厂", uscc: "91350100M000100Y43", roles: ["producer", "seller"] });

for (const unit of [stoveMaker, shop, quiet]) {
  const result = classifyUnit(unit, { asOf });
  console.log(`${unit.name}: ${result.level} (${labels.supervisionLevel[result.level].zh})`);
  for (const reason of result.reasons) {
    console.log(`  ${reason.rule} [${reason.facts.join(", ")}] — ${reason.citation.document} ${reason.citation.clause}`);
  }
}

const onsite = onsiteInspectionStatus(stoveMaker, { asOf });
console.log(`on-site inspection: required ${onsite.required}, due by ${onsite.dueOn}, satisfied ${onsite.satisfied}`);

// A change of responsible official is recorded within 5 working days.
console.log("official changed 2026-04-30, record by", responsibleOfficialUpdateDue("2026-04-30"));

const lists = buildAnnualLists([stoveMaker, shop, quiet], { year: 2026, asOf });
console.log("2026 lists — producers special:", lists.producers.special.map((e) => e.id), "sellers key:", lists.sellers.key.map((e) => e.id));
