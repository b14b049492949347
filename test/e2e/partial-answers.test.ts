import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { qsd, STACK_FRAME } from "./_cli";

// Issue 12, "Done when": a data set with a 2022 change, a 2026-12-28 change and a 2021 risk
// event, as of 2026-12-31 and 2027-01-15 — every unit in the tier counts and lists, the
// affected obligations unknown with their reason, exit 0. The calendar holds 2023–2026.
const base = { uscc: "91350100M000100Y43", roles: ["producer"], products: { licences: [{ number: "XK08-001-04763", product: "燃气灶具" }] } };
const dataset = {
  units: [
    {
      ...base,
      id: "A",
      name: "二〇二二年变更单位",
      // Three major risks within two years of 2026-12-31 (2025-01-10 … 2026-03-01): special.
      riskEvents: [
        { id: "r1", date: "2025-01-10", severity: "major", kind: "sampling-failure" },
        { id: "r2", date: "2025-09-01", severity: "major", kind: "verified-complaint" },
        { id: "r3", date: "2026-03-01", severity: "major", kind: "media-exposure" },
      ],
      assignments: [
        { official: "甲", from: "2021-03-01", recordedOn: "2021-03-01" },
        { official: "乙", from: "2022-06-01", recordedOn: "2022-06-20" },
      ],
    },
    {
      ...base,
      id: "B",
      name: "年末变更单位",
      riskEvents: [{ id: "r9", date: "2026-10-01", severity: "major", kind: "sampling-failure" }],
      assignments: [
        { official: "丙", from: "2024-01-02", recordedOn: "2024-01-02" },
        { official: "丁", from: "2026-12-28", recordedOn: "2027-02-01" },
      ],
    },
    { ...base, id: "C", name: "早年风险单位", riskEvents: [{ id: "r0", date: "2021-05-01", severity: "major", kind: "sampling-failure" }] },
  ],
};
const dir = mkdtempSync(join(tmpdir(), "qsd-partial-"));
const file = join(dir, "units.json");
writeFileSync(file, JSON.stringify(dataset));

describe("qsd past the calendar's coverage (issue 12)", () => {
  for (const asOf of ["2026-12-31", "2027-01-15"]) {
    it(`classify --as-of ${asOf}: every unit classified, exit 0`, () => {
      const r = qsd(["classify", file, "--as-of", asOf, "--json"]);
      expect(r.code).toBe(0);
      expect(r.stderr).not.toMatch(STACK_FRAME);
      const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { unitId: string; level: string });
      expect(lines.map((l) => l.unitId)).toEqual(["A", "B", "C"]);
    });

    it(`obligations --as-of ${asOf}: the changes are unknown with their missing years, one warning, exit 0`, () => {
      const r = qsd(["obligations", file, "--as-of", asOf, "--json"]);
      expect(r.code).toBe(0);
      const byUnit = new Map(r.stdout.trim().split("\n").map((l) => {
        const x = JSON.parse(l) as { unitId: string; obligations: { kind: string; status: string; dueOn: string | null; reasons: { code?: string; missingYears?: number[] }[] }[] };
        return [x.unitId, x.obligations];
      }));
      expect([...byUnit.keys()]).toEqual(["A", "B", "C"]);
      const change = (id: string) => byUnit.get(id)!.filter((o) => o.kind === "official-change");
      expect(change("A").map((o) => [o.status, o.dueOn, o.reasons.find((x) => x.code === "calendar-coverage")?.missingYears])).toEqual([["unknown", null, [2022]]]);
      expect(change("B").map((o) => [o.status, o.dueOn, o.reasons.find((x) => x.code === "calendar-coverage")?.missingYears])).toEqual([["unknown", null, [2027]]]);
      const warnings = r.stderr.split("\n").filter((l) => l.startsWith("警告"));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain("2022、2027 年放假安排尚未收录");
      expect(warnings[0]).toContain("--calendar");
    });

    it(`obligations --as-of ${asOf} as text: unknown rows are shown and counted`, () => {
      const r = qsd(["obligations", file, "--as-of", asOf]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("无法计算");
      expect(r.stderr).not.toMatch(STACK_FRAME);
    });
  }
});
