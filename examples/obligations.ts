/**
 * Duties and deadlines: is the unit in scope, which posts it must staff, which daily /
 * weekly / monthly records are missing, when its data is due on the platform, and one
 * agenda of everything owed (met, late, open, overdue) as of a day.
 *
 * Run: npx tsx examples/obligations.ts
 * In your own code, import from "quality-safety-duty" instead of "../src/index".
 */
import { dataEntryDeadline, isInScope, mechanismGaps, obligationLabels, obligations, staffingRequirements, UnitSchema } from "../src/index";

const unit = UnitSchema.parse({
  id: "u1",
  name: "南京某灶具厂",
  uscc: "91350100M000100Y43",
  roles: ["producer"],
  products: { licences: [{ number: "XK21-001-00001", product: "燃气灶具" }], gasAppliance: true },
  people: [
    { id: "p1", name: "王五", role: "principal", from: "2020-01-01" },
    { id: "p2", name: "赵六", role: "officer", from: "2024-01-01" },
  ],
  // A significant risk → key supervision, which brings a named responsible official.
  riskEvents: [{ id: "r1", date: "2025-06-10", severity: "significant", kind: "sampling-failure" }],
  assignments: [
    { official: "钱七", from: "2025-06-20", recordedOn: "2025-06-20" },
    // 监管责任人如有变动，应在5个工作日内更新: changed 2026-04-30, recorded 2026-05-13.
    { official: "孙八", from: "2026-04-30", recordedOn: "2026-05-13" },
  ],
  inspections: [{ id: "i1", date: "2026-03-10", kind: "onsite" }],
  records: [
    { kind: "daily", date: "2026-05-11", byPersonId: "p2", zeroRisk: true },
    { kind: "daily", date: "2026-05-12", byPersonId: "p2", zeroRisk: true },
  ],
  platformEntry: { enteredOn: "2023-11-20" },
});

console.log("in scope:", isInScope(unit));
const staffing = staffingRequirements(unit);
console.log(`officer required: ${staffing.officer.required}, director required: ${staffing.director.required}`);
console.log("platform data due by:", dataEntryDeadline(unit));

const gaps = mechanismGaps(unit, { from: "2026-05-11", to: "2026-05-15" });
console.log("days without a daily record:", gaps.daily.join(", "));

const asOf = "2026-05-15";
console.log(`agenda as of ${asOf}:`);
for (const o of obligations(unit, { asOf })) {
  const done = o.doneOn ? ` (done ${o.doneOn})` : "";
  console.log(`  ${o.dueOn} ${o.kind} ${o.status}${done} — ${obligationLabels.kind[o.kind].zh}, ${o.owedBy}`);
}
