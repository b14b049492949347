import { describe, expect, it } from "vitest";
import { definePolicy, nanjing2023 } from "../policy";
import { _unit } from "./_fixture";
import { staffingVacancies } from "./staffing-vacancies";

// Orders 75/76 Art. 3 (FACTS.md §1): every in-scope unit appoints an officer; licence and CCC
// producers a director [reading]. In force from 2023-05-05 (公布令). Policy reading
// `staffing.vacancy`: no grace period — a post is vacant from the day after the last holder's
// last day; a unit that never had a holder owes it from the day the orders took effect.
// `requiredSince`: the later of 2023-05-05 and the issue date that starts the unbroken run of
// certificates behind the requirement (TSDoc of staffingVacancies).
const XK = "XK08-001-04763";
const CCC = "2016010901123456";
const officer = (from: string, to?: string, id = "off") => ({ id, name: "李安全员", role: "officer" as const, from, ...(to ? { to } : {}) });
const director = (from: string, to?: string, id = "dir") => ({ id, name: "张总监", role: "director" as const, from, ...(to ? { to } : {}) });
const byValidity = definePolicy(nanjing2023, { duties: { scope: { basis: "valid-certificates" } } });

describe("staffingVacancies — the stretches", () => {
  it("a director who started late and then left: two stretches, the first filled by the newcomer", () => {
    const u = _unit({ products: { licences: [{ number: XK, product: "燃气灶具" }] }, people: [officer("2023-05-05"), director("2023-06-01", "2026-03-31", "p2")] });
    const v = staffingVacancies(u, { asOf: "2026-04-15" });
    expect(v).toHaveLength(2);
    expect(v[0]).toMatchObject({ role: "director", start: "2023-05-05", end: "2023-05-31", filledOn: "2023-06-01", newHolderId: "p2" });
    expect(v[0]).not.toHaveProperty("lastHolderId");
    expect(v[1]).toMatchObject({ role: "director", start: "2026-04-01", end: "2026-04-15", lastHolderId: "p2" });
    expect(v[1]).not.toHaveProperty("filledOn");
    expect(v[1]).not.toHaveProperty("newHolderId");
    // A licence without a date of issue: the data does not tell when the requirement began.
    expect(v[0]!.requiredSince).toStrictEqual({ date: "2023-05-05", basis: "unknown" });
    expect(v[0]!.requirement.map((r) => r.rule)).toEqual(["staffing.director.licence"]);
  });

  it("officer first, then director; a post never filled is vacant from the effective date to asOf", () => {
    const u = _unit({ products: { licences: [{ number: XK, product: "燃气灶具" }] }, people: [] });
    const v = staffingVacancies(u, { asOf: "2024-01-10" });
    expect(v.map((x) => [x.role, x.start, x.end])).toEqual([
      ["officer", "2023-05-05", "2024-01-10"],
      ["director", "2023-05-05", "2024-01-10"],
    ]);
    for (const x of v) {
      expect(x).not.toHaveProperty("lastHolderId");
      expect(x).not.toHaveProperty("filledOn");
    }
  });

  it("a holder starting on the first required day leaves no stretch; one starting a day later leaves one day", () => {
    const lic = { number: XK, product: "燃气灶具", issuedOn: "2024-03-01" };
    const onTime = _unit({ products: { licences: [lic] }, people: [officer("2024-03-01"), director("2024-03-01")] });
    expect(staffingVacancies(onTime, { asOf: "2024-12-31" })).toEqual([]);
    const late = _unit({ products: { licences: [lic] }, people: [officer("2024-03-01"), director("2024-03-02")] });
    expect(staffingVacancies(late, { asOf: "2024-12-31" }).map((x) => [x.role, x.start, x.end, x.filledOn])).toEqual([["director", "2024-03-01", "2024-03-01", "2024-03-02"]]);
  });

  it("a holder who left before the post was required: the stretch starts on the required day, naming them", () => {
    // Licence issued 2019: the run was under way when the orders took effect (2023-05-05).
    const u = _unit({ products: { licences: [{ number: XK, product: "燃气灶具", issuedOn: "2019-01-01" }] }, people: [officer("2020-01-01"), director("2020-01-01", "2023-04-30", "old")] });
    const v = staffingVacancies(u, { asOf: "2023-06-30" });
    expect(v).toEqual([
      expect.objectContaining({ role: "director", start: "2023-05-05", end: "2023-06-30", lastHolderId: "old", requiredSince: { date: "2023-05-05", basis: "effective" } }),
    ]);
  });

  it("the last day in post is asOf: no stretch; the day before asOf: a one-day stretch on asOf", () => {
    const lic = { number: XK, product: "燃气灶具", issuedOn: "2024-03-01" };
    const u = (to: string) => _unit({ products: { licences: [lic] }, people: [officer("2024-03-01"), director("2024-03-01", to)] });
    expect(staffingVacancies(u("2025-06-30"), { asOf: "2025-06-30" })).toEqual([]);
    expect(staffingVacancies(u("2025-06-29"), { asOf: "2025-06-30" }).map((x) => [x.start, x.end])).toEqual([["2025-06-30", "2025-06-30"]]);
  });

  it("overlapping and back-to-back holders are one tenure; a gap of one day is a stretch", () => {
    const lic = { number: XK, product: "燃气灶具", issuedOn: "2024-03-01" };
    const people = [officer("2024-03-01", "2024-12-31", "o1"), officer("2024-06-01", "2025-03-31", "o2"), officer("2025-04-01", "2025-08-31", "o3"), officer("2025-09-02", undefined, "o4"), director("2024-01-01")];
    const v = staffingVacancies(_unit({ products: { licences: [lic] }, people }), { asOf: "2025-12-31" });
    expect(v.map((x) => [x.role, x.start, x.end, x.filledOn, x.newHolderId, x.lastHolderId])).toEqual([["officer", "2025-09-01", "2025-09-01", "2025-09-02", "o4", "o3"]]);
  });

  it("holders are taken in date order, not list order", () => {
    const people = [officer("2023-05-05"), director("2025-01-01", "2025-12-31", "late"), director("2023-05-05", "2023-12-31", "early")];
    const v = staffingVacancies(_unit({ products: { licences: [{ number: XK, product: "燃气灶具" }] }, people }), { asOf: "2026-02-01" });
    expect(v.map((x) => [x.start, x.end, x.lastHolderId, x.newHolderId])).toEqual([
      ["2024-01-01", "2024-12-31", "early", "late"],
      ["2026-01-01", "2026-02-01", "late", undefined],
    ]);
  });

  it("the newcomer named is the first listed of those starting that day", () => {
    const lic = { number: XK, product: "燃气灶具", issuedOn: "2024-03-01" };
    const people = [officer("2024-03-01"), director("2024-04-01", undefined, "d1"), director("2024-04-01", undefined, "d2")];
    const v = staffingVacancies(_unit({ products: { licences: [lic] }, people }), { asOf: "2024-12-31" });
    expect(v.map((x) => [x.filledOn, x.newHolderId])).toEqual([["2024-04-01", "d1"]]);
  });

  it("an appointment after asOf is not known yet", () => {
    const lic = { number: XK, product: "燃气灶具", issuedOn: "2024-03-01" };
    const u = _unit({ products: { licences: [lic] }, people: [officer("2024-03-01"), director("2024-05-01")] });
    expect(staffingVacancies(u, { asOf: "2024-04-30" }).map((x) => [x.start, x.end, x.filledOn])).toEqual([["2024-03-01", "2024-04-30", undefined]]);
  });

  it("nothing for a post that is not required, nor for a unit out of scope", () => {
    // A small mandatory-standard producer needs an officer only (FACTS.md §1 [reading]).
    const small = _unit({ size: "small", products: { mandatoryStandard: true }, people: [officer("2023-01-01")] });
    expect(staffingVacancies(small, { asOf: "2026-01-05" })).toEqual([]);
    expect(staffingVacancies(_unit({ people: [] }), { asOf: "2026-01-05" })).toEqual([]);
  });
});

describe("staffingVacancies — requiredSince", () => {
  it("a licence issued after the orders took effect starts the requirement on its issue day", () => {
    const u = _unit({ products: { licences: [{ number: XK, product: "燃气灶具", issuedOn: "2024-03-01" }] }, people: [] });
    const v = staffingVacancies(u, { asOf: "2024-03-31" });
    expect(v.map((x) => [x.role, x.start])).toEqual([
      ["officer", "2024-03-01"],
      ["director", "2024-03-01"],
    ]);
    expect(v[1]!.requiredSince).toStrictEqual({ date: "2024-03-01", basis: "certificate", certificate: XK });
  });

  it("a licence issued on the day asked is behind the requirement from that day", () => {
    const u = _unit({ products: { licences: [{ number: XK, product: "燃气灶具", issuedOn: "2024-03-01" }] }, people: [] });
    expect(staffingVacancies(u, { asOf: "2024-03-01" }).map((x) => [x.role, x.start, x.end, x.requiredSince])).toStrictEqual([
      ["officer", "2024-03-01", "2024-03-01", { date: "2024-03-01", basis: "certificate", certificate: XK }],
      ["director", "2024-03-01", "2024-03-01", { date: "2024-03-01", basis: "certificate", certificate: XK }],
    ]);
  });

  it("valid-certificates: a declared category with only expired certificates leaves it unknown", () => {
    const u = _unit({ products: { categories: ["licence"], licences: [{ number: XK, product: "燃气灶具", issuedOn: "2024-01-10", expiresOn: "2024-06-30" }] }, people: [] });
    expect(staffingVacancies(u, { asOf: "2025-01-01", policy: byValidity })[0]!.requiredSince).toStrictEqual({ date: "2023-05-05", basis: "unknown" });
  });

  it("one issued on the effective day, or before it, gives the effective date", () => {
    for (const issuedOn of ["2023-05-05", "2023-05-04"]) {
      const u = _unit({ products: { licences: [{ number: XK, product: "燃气灶具", issuedOn }] }, people: [] });
      expect(staffingVacancies(u, { asOf: "2024-01-01" })[0]!.requiredSince).toStrictEqual({ date: "2023-05-05", basis: "effective" });
    }
    const next = _unit({ products: { licences: [{ number: XK, product: "燃气灶具", issuedOn: "2023-05-06" }] }, people: [] });
    expect(staffingVacancies(next, { asOf: "2024-01-01" })[0]!.requiredSince).toStrictEqual({ date: "2023-05-06", basis: "certificate", certificate: XK });
  });

  it("the earliest certificate of the run counts, whatever the listed order; one issued after asOf does not", () => {
    const u = _unit({
      products: {
        licences: [
          { number: "XK-late", product: "燃气灶具", issuedOn: "2026-05-01" },
          { number: "XK-b", product: "燃气灶具", issuedOn: "2024-09-01" },
          { number: "XK-a", product: "燃气灶具", issuedOn: "2024-03-01" },
        ],
      },
      people: [],
    });
    expect(staffingVacancies(u, { asOf: "2026-04-15" })[1]!.requiredSince).toStrictEqual({ date: "2024-03-01", basis: "certificate", certificate: "XK-a" });
  });

  it("a certificate without an issue date in the run leaves it unknown", () => {
    const u = _unit({
      products: { licences: [{ number: "XK-a", product: "燃气灶具", issuedOn: "2024-03-01" }, { number: "XK-x", product: "燃气灶具" }] },
      people: [],
    });
    expect(staffingVacancies(u, { asOf: "2025-01-01" })[0]!.requiredSince).toStrictEqual({ date: "2023-05-05", basis: "unknown" });
  });

  it("a mandatory-standard (size) requirement leaves it unknown, unless a run was under way by the effective date", () => {
    const large = _unit({ size: "large", products: { mandatoryStandard: true }, people: [] });
    const v = staffingVacancies(large, { asOf: "2024-01-01" });
    expect(v.map((x) => [x.role, x.requiredSince])).toStrictEqual([
      ["officer", { date: "2023-05-05", basis: "unknown" }],
      ["director", { date: "2023-05-05", basis: "unknown" }],
    ]);
    // A licence issued after the effective date beside category (c): still unknown (the size
    // reason may have applied from the start).
    const both = _unit({ size: "large", products: { mandatoryStandard: true, licences: [{ number: XK, product: "燃气灶具", issuedOn: "2024-03-01" }] }, people: [] });
    expect(staffingVacancies(both, { asOf: "2025-01-01" }).map((x) => x.requiredSince)).toStrictEqual([
      { date: "2023-05-05", basis: "unknown" },
      { date: "2023-05-05", basis: "unknown" },
    ]);
    const early = _unit({ size: "large", products: { mandatoryStandard: true, licences: [{ number: XK, product: "燃气灶具", issuedOn: "2020-01-01" }] }, people: [] });
    expect(staffingVacancies(early, { asOf: "2025-01-01" }).map((x) => x.requiredSince)).toStrictEqual([
      { date: "2023-05-05", basis: "effective" },
      { date: "2023-05-05", basis: "effective" },
    ]);
  });

  it("a small mandatory-standard producer with a licence: the officer's since is unknown (category (c)), the director's the licence's", () => {
    const u = _unit({ size: "small", products: { mandatoryStandard: true, licences: [{ number: XK, product: "燃气灶具", issuedOn: "2024-03-01" }] }, people: [] });
    const v = staffingVacancies(u, { asOf: "2025-01-01" });
    expect(v.map((x) => [x.role, x.requiredSince])).toStrictEqual([
      ["officer", { date: "2023-05-05", basis: "unknown" }],
      ["director", { date: "2024-03-01", basis: "certificate", certificate: XK }],
    ]);
  });

  it("only the categories behind the director count: with the licence criterion off, the CCC certificate's date", () => {
    const noLicence = definePolicy(nanjing2023, { duties: { staffing: { director: { licence: false } } } });
    const u = _unit({
      size: "small",
      products: { licences: [{ number: XK, product: "燃气灶具", issuedOn: "2024-01-10" }], cccCertificates: [{ number: CCC, product: "电动自行车", issuedOn: "2024-06-01" }] },
      people: [],
    });
    const v = staffingVacancies(u, { asOf: "2025-01-01", policy: noLicence });
    expect(v.map((x) => [x.role, x.requiredSince])).toStrictEqual([
      ["officer", { date: "2024-01-10", basis: "certificate", certificate: XK }],
      ["director", { date: "2024-06-01", basis: "certificate", certificate: CCC }],
    ]);
    expect(v[1]!.start).toBe("2024-06-01");
  });

  it("CCC certificates count for a CCC producer (not its licences' dates when no licence is held)", () => {
    const u = _unit({ products: { cccCertificates: [{ number: CCC, product: "电动自行车", issuedOn: "2024-06-01" }] }, people: [] });
    expect(staffingVacancies(u, { asOf: "2025-01-01" })[1]!.requiredSince).toStrictEqual({ date: "2024-06-01", basis: "certificate", certificate: CCC });
  });

  it("under the product regime an expiry does not end the run; under valid-certificates it does", () => {
    // A: 2024-01-10..2024-06-30; B issued 2024-09-01. As of 2025-01-01 B is valid.
    const u = _unit({
      products: {
        licences: [
          { number: "XK-a", product: "燃气灶具", issuedOn: "2024-01-10", expiresOn: "2024-06-30" },
          { number: "XK-b", product: "燃气灶具", issuedOn: "2024-09-01" },
        ],
      },
      people: [],
    });
    expect(staffingVacancies(u, { asOf: "2025-01-01" })[0]!.requiredSince).toStrictEqual({ date: "2024-01-10", basis: "certificate", certificate: "XK-a" });
    expect(staffingVacancies(u, { asOf: "2025-01-01", policy: byValidity })[0]!.requiredSince).toStrictEqual({ date: "2024-09-01", basis: "certificate", certificate: "XK-b" });
  });

  it("valid-certificates: back-to-back certificates are one run; a day between them breaks it", () => {
    const run = (bIssued: string) =>
      _unit({
        products: {
          licences: [
            { number: "XK-a", product: "燃气灶具", issuedOn: "2024-01-10", expiresOn: "2024-06-30" },
            { number: "XK-b", product: "燃气灶具", issuedOn: bIssued },
          ],
        },
        people: [],
      });
    expect(staffingVacancies(run("2024-07-01"), { asOf: "2025-01-01", policy: byValidity })[0]!.requiredSince).toMatchObject({ date: "2024-01-10", certificate: "XK-a" });
    expect(staffingVacancies(run("2024-07-02"), { asOf: "2025-01-01", policy: byValidity })[0]!.requiredSince).toMatchObject({ date: "2024-07-02", certificate: "XK-b" });
    // Overlapping: one run from the first issue.
    expect(staffingVacancies(run("2024-05-01"), { asOf: "2025-01-01", policy: byValidity })[0]!.requiredSince).toMatchObject({ date: "2024-01-10", certificate: "XK-a" });
  });

  it("valid-certificates: certificates issued inside a running one extend its run, from the first issue", () => {
    // A: 2024-01-10..2026-12-31; B: 2025-06-01..2025-07-01 (expired on asOf) inside A;
    // C: issued 2026-02-01, inside A as well. One run, from A's issue.
    const u = _unit({
      products: {
        licences: [
          { number: "XK-a", product: "燃气灶具", issuedOn: "2024-01-10", expiresOn: "2026-12-31" },
          { number: "XK-b", product: "燃气灶具", issuedOn: "2025-06-01", expiresOn: "2025-07-01" },
          { number: "XK-c", product: "燃气灶具", issuedOn: "2026-02-01" },
        ],
      },
      people: [],
    });
    expect(staffingVacancies(u, { asOf: "2026-06-01", policy: byValidity })[0]!.requiredSince).toStrictEqual({ date: "2024-01-10", basis: "certificate", certificate: "XK-a" });
  });

  it("valid-certificates: an earlier run that ended before asOf is not the one; the run valid on asOf is", () => {
    // A: 2023-06-01..2023-12-31, then nothing, B: 2024-06-01..2024-12-31 (ended), C: 2025-03-01.. valid on asOf.
    const u = _unit({
      products: {
        licences: [
          { number: "XK-a", product: "燃气灶具", issuedOn: "2023-06-01", expiresOn: "2023-12-31" },
          { number: "XK-b", product: "燃气灶具", issuedOn: "2024-06-01", expiresOn: "2024-12-31" },
          { number: "XK-c", product: "燃气灶具", issuedOn: "2025-03-01" },
        ],
      },
      people: [],
    });
    expect(staffingVacancies(u, { asOf: "2025-06-01", policy: byValidity })[0]!.requiredSince).toStrictEqual({ date: "2025-03-01", basis: "certificate", certificate: "XK-c" });
    // A certificate valid until exactly asOf still brings the requirement on asOf.
    const lastDay = _unit({ products: { licences: [{ number: "XK-a", product: "燃气灶具", issuedOn: "2024-06-01", expiresOn: "2025-06-01" }] }, people: [] });
    expect(staffingVacancies(lastDay, { asOf: "2025-06-01", policy: byValidity })[0]!.requiredSince).toStrictEqual({ date: "2024-06-01", basis: "certificate", certificate: "XK-a" });
  });
});

describe("staffingVacancies — more of requiredSince (issue 19, part 4)", () => {
  it("scope is judged on asOf: a licence issued after it requires nothing yet", () => {
    const u = _unit({ products: { licences: [{ number: XK, product: "燃气灶具", issuedOn: "2026-05-01" }] }, people: [] });
    expect(staffingVacancies(u, { asOf: "2026-04-15" })).toEqual([]);
  });

  it("the officer of a CCC producer: the CCC certificate's issue day", () => {
    const u = _unit({ products: { cccCertificates: [{ number: CCC, product: "电动自行车", issuedOn: "2024-06-01" }] }, people: [] });
    expect(staffingVacancies(u, { asOf: "2025-01-01" })[0]!.requiredSince).toStrictEqual({ date: "2024-06-01", basis: "certificate", certificate: CCC });
  });

  it("a director required by a licence and by an unknown size: unknown", () => {
    const u = _unit({ products: { mandatoryStandard: true, licences: [{ number: XK, product: "燃气灶具", issuedOn: "2024-03-01" }] }, people: [] });
    const v = staffingVacancies(u, { asOf: "2025-01-01" });
    expect(v[1]!.requirement.map((r) => r.rule)).toEqual(["staffing.director.licence", "staffing.director.size-unknown"]);
    expect(v[1]!.requiredSince).toStrictEqual({ date: "2023-05-05", basis: "unknown" });
  });

  it("valid-certificates: a certificate issued after asOf does not start a run", () => {
    const u = _unit({
      products: {
        categories: ["licence"],
        licences: [
          { number: "XK-a", product: "燃气灶具", issuedOn: "2024-03-01", expiresOn: "2025-01-01" },
          { number: "XK-b", product: "燃气灶具", issuedOn: "2026-05-01" },
        ],
      },
      people: [],
    });
    expect(staffingVacancies(u, { asOf: "2026-04-15", policy: byValidity })[0]!.requiredSince).toStrictEqual({ date: "2023-05-05", basis: "unknown" });
  });
});
