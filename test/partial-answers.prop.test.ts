import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CalendarCoverageError,
  INSPECTION_KINDS,
  MECHANISM_RECORD_KINDS,
  PERSON_ROLES,
  RISK_EVENT_KINDS,
  RISK_SEVERITIES,
  buildAnnualLists,
  classifyUnit,
  dataEntryDeadline,
  decisionRecord,
  fromDayNumber,
  getChecklistTemplate,
  inspectionCompliance,
  isInScope,
  mechanismGaps,
  obligations,
  onsiteInspectionStatus,
  prefillChecklist,
  staffingFindings,
  staffingRequirements,
  staffingVacancies,
  supervisionFindings,
  tierHistory,
  toDayNumber,
  validate,
  type Unit,
} from "../src/index";

// Issue 12: random valid units dated 2019–2028 and as-of days 2019–2028 (the calendar holds
// 2023–2026): every public function that takes a unit answers — no CalendarCoverageError,
// no untyped throw. Dates outside the calendar's years make answers `unknown`, never errors.
const LO = toDayNumber("2019-01-01");
const HI = toDayNumber("2028-12-31");
const day = fc.integer({ min: LO, max: HI }).map(fromDayNumber);
const ids = ["p1", "p2", "p3", "p4"];

const unitInput = fc
  .record({
    roles: fc.subarray(["producer", "seller"] as const, { minLength: 1 }),
    people: fc.array(fc.record({ role: fc.constantFrom(...PERSON_ROLES), from: day, length: fc.option(fc.integer({ min: 0, max: 1500 })) }), { maxLength: 4 }),
    assessments: fc.array(fc.record({ person: fc.constantFrom(...ids), date: day, passed: fc.boolean() }), { maxLength: 5 }),
    riskEvents: fc.array(fc.record({ date: day, severity: fc.constantFrom(...RISK_SEVERITIES), kind: fc.constantFrom(...RISK_EVENT_KINDS) }), { maxLength: 5 }),
    credit: fc.option(fc.record({ grade: fc.constantFrom("A", "B", "C", "D"), asOf: day })),
    defects: fc.array(fc.record({ confirmedOn: day, recall: fc.option(fc.integer({ min: 0, max: 40 })) }), { maxLength: 2 }),
    assignments: fc.array(fc.record({ from: day, lag: fc.integer({ min: 0, max: 20 }) }), { maxLength: 4 }),
    inspections: fc.array(fc.record({ date: day, kind: fc.constantFrom(...INSPECTION_KINDS) }), { maxLength: 4 }),
    records: fc.array(fc.record({ kind: fc.constantFrom(...MECHANISM_RECORD_KINDS), date: day, person: fc.constantFrom(...ids) }), { maxLength: 8 }),
    licence: fc.option(fc.record({ issuedOn: day, years: fc.integer({ min: 1, max: 6 }) })),
    ccc: fc.boolean(),
    mandatoryStandard: fc.boolean(),
    entered: fc.option(day),
  })
  .map((r) => {
    const assignments = [...r.assignments].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    return {
      id: "u1",
      name: "测试单位",
      uscc: "91350100M000100Y43",
      roles: r.roles,
      products: {
        licences: r.licence === null ? [] : [{ number: "XK13-001-00001", product: "电线电缆", issuedOn: r.licence.issuedOn, expiresOn: fromDayNumber(toDayNumber(r.licence.issuedOn) + 365 * r.licence.years) }],
        cccCertificates: r.ccc ? [{ number: "2023010101000001", product: "插头插座" }] : [],
        mandatoryStandard: r.mandatoryStandard,
      },
      people: r.people.map((p, i) => ({ id: ids[i]!, name: `人员${i}`, role: p.role, from: p.from, ...(p.length === null ? {} : { to: fromDayNumber(toDayNumber(p.from) + p.length) }) })),
      assessments: r.assessments.filter((a) => r.people.length > ids.indexOf(a.person)).map((a) => ({ personId: a.person, date: a.date, passed: a.passed })),
      riskEvents: r.riskEvents.map((e, i) => ({ id: `e${i}`, ...e })),
      ...(r.credit === null ? {} : { creditRisk: r.credit }),
      defects: r.defects.map((d, i) => ({ id: `d${i}`, confirmedOn: d.confirmedOn, ...(d.recall === null ? {} : { recallStartedOn: fromDayNumber(toDayNumber(d.confirmedOn) + d.recall) }) })),
      assignments: assignments.map((a, i) => ({ official: `官员${i}`, from: a.from, recordedOn: fromDayNumber(toDayNumber(a.from) + a.lag) })),
      inspections: r.inspections.map((x, i) => ({ id: `i${i}`, ...x })),
      records: r.records.filter((x) => r.people.length > ids.indexOf(x.person)).map((x) => ({ kind: x.kind, date: x.date, byPersonId: x.person })),
      ...(r.entered === null ? {} : { platformEntry: { enteredOn: r.entered } }),
    };
  });

describe("partial answers — no CalendarCoverageError from any function that takes a unit", () => {
  it("answers for every valid unit and as-of 2019–2028", async () => {
    let checked = 0;
    let unknown = 0;
    await fc.assert(
      fc.asyncProperty(unitInput, day, async (input, asOf) => {
        const parsed = validate("unit", input);
        fc.pre(parsed.ok);
        if (!parsed.ok) return;
        const unit: Unit = parsed.value;
        checked++;
        const from = fromDayNumber(Math.max(LO, toDayNumber(asOf) - 60));
        const calls: (() => unknown)[] = [
          () => classifyUnit(unit, { asOf }),
          () => obligations(unit, { asOf }),
          () => supervisionFindings(unit, { asOf }),
          () => mechanismGaps(unit, { from, to: asOf }),
          () => inspectionCompliance(unit, { from: "2019-01-01", to: asOf }),
          () => tierHistory(unit, { from: "2019-01-01", to: asOf }),
          () => staffingFindings(unit, { asOf }),
          () => staffingVacancies(unit, { asOf }),
          () => staffingRequirements(unit, { asOf }),
          () => onsiteInspectionStatus(unit, { asOf }),
          () => buildAnnualLists([unit], { year: Number(asOf.slice(0, 4)), asOf }),
          () => dataEntryDeadline(unit),
          () => isInScope(unit, { asOf }),
          () => unit.roles.includes("producer") && prefillChecklist(getChecklistTemplate("producer-tasks"), unit, { asOf }),
          () => unit.roles.includes("seller") && prefillChecklist(getChecklistTemplate("seller-tasks"), unit, { asOf }),
        ];
        for (const call of calls) {
          try {
            call();
          } catch (error) {
            expect(error).not.toBeInstanceOf(CalendarCoverageError);
            throw error; // any other throw fails too: none is documented for a valid unit and as-of
          }
        }
        await decisionRecord(obligations(unit, { asOf }), { kind: "obligations", unit, asOf });
        // Unknown obligations say why, with the missing years.
        for (const o of obligations(unit, { asOf })) {
          expect(o.status === "unknown").toBe(o.dueOn === null);
          expect(o.reasons.some((r) => r.rule === o.decidedBy)).toBe(true);
          if (o.status === "unknown") {
            unknown++;
            const r = o.reasons.find((x) => "code" in x && x.code === "calendar-coverage");
            expect(r && "missingYears" in r && r.missingYears.length).toBeGreaterThan(0);
            expect(r && "missingYears" in r && r.missingYears.every((y) => y < 2023 || y > 2026)).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
    expect(checked).toBeGreaterThan(200);
    expect(unknown).toBeGreaterThan(20); // the property did reach dates outside 2023–2026
  });
});
