/**
 * End-to-end: `qsd report --by district` on the bundled demo (examples/nanjing-demo.json, as
 * of 2026-11-20), run as the built CLI (`npm run build` first).
 *
 * Issue 15, 7 and "Done when": "the Nanjing policy knows its eleven districts (320102 玄武区,
 * 320104 秦淮区, 320105 建邺区, 320106 鼓楼区, 320111 浦口区, 320113 栖霞区, 320114 雨花台区,
 * 320115 江宁区, 320116 六合区, 320117 溧水区, 320118 高淳区) … the report groups by district
 * (`--by district`) with names"; "`qsd report --by district` on the demo groups every unit".
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { requireFreshDist } from "../_dist";
import { DEMO, STACK_FRAME, qsd } from "./_cli";

const NANJING: Record<string, string> = {
  "320102": "玄武区",
  "320104": "秦淮区",
  "320105": "建邺区",
  "320106": "鼓楼区",
  "320111": "浦口区",
  "320113": "栖霞区",
  "320114": "雨花台区",
  "320115": "江宁区",
  "320116": "六合区",
  "320117": "溧水区",
  "320118": "高淳区",
};

interface Row {
  id: string;
}
interface Group {
  district: string | null;
  name?: string;
  units: number;
  overdue: Row[];
  upcoming: Row[];
  unknown: Row[];
  mechanism: Row[];
  findings: Row[];
}

const demo = JSON.parse(readFileSync(DEMO, "utf8")) as { units: { id: string; district: string }[] };
let groups: Record<string, Group>;
let text: string;
beforeAll(() => {
  requireFreshDist(["dist/cli.js"]);
  const json = qsd(["report", DEMO, "--by", "district", "--format", "json"]);
  expect(json.stderr).not.toMatch(STACK_FRAME);
  expect(json.code).toBe(0);
  groups = (JSON.parse(json.stdout) as { byDistrict: Record<string, Group> }).byDistrict;
  const plain = qsd(["report", "--by", "district"]);
  expect(plain.code).toBe(0);
  text = plain.stdout;
});

describe("qsd report --by district (the demo)", () => {
  it("has one group per Nanjing district, each named", () => {
    expect(Object.keys(groups)).toEqual(Object.keys(NANJING));
    for (const [code, g] of Object.entries(groups)) expect([g.district, g.name]).toEqual([code, NANJING[code]]);
  });

  it("groups every unit of the demo under its own district: each group counts its units, and rows stay with theirs", () => {
    for (const [code, g] of Object.entries(groups)) {
      expect(g.units, code).toBe(demo.units.filter((u) => u.district === code).length);
      for (const r of [...g.overdue, ...g.upcoming, ...g.unknown, ...g.mechanism, ...g.findings]) {
        expect(demo.units.find((u) => u.id === r.id)!.district, r.id).toBe(code);
      }
    }
    expect(Object.values(groups).reduce((n, g) => n + g.units, 0)).toBe(demo.units.length);
  });

  it("names each district in the text report (the bundled demo when no file is given)", () => {
    for (const [code, name] of Object.entries(NANJING)) expect(text).toContain(`${name}（${code}）`);
  });
});
