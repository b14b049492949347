/**
 * End-to-end: the report `qsd report --format json` prints is the library's
 * `buildSupervisionReport` (issue 13, "Done when") — the built CLI (`npm run build` first)
 * on the bundled demo (examples/nanjing-demo.json, as of its asOf 2026-11-20), compared
 * with the library called with the options the CLI passes: the data set's as-of date,
 * `asOfFrom: "dataset"`, the CLI's name for its input, and `{ name: "qsd", version }`.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { version } from "../../package.json";
import { buildSupervisionReport, DatasetSchema, type BuildSupervisionReportOptions, type Dataset } from "../../src/index";
import { requireFreshDist } from "../_dist";
import { DEMO, STACK_FRAME, qsd } from "./_cli";

const demo = DatasetSchema.parse(JSON.parse(readFileSync(DEMO, "utf8"))) as Dataset;
/** The options `qsd report` passes for the bundled demo (its `source` is the demo's name in the chosen language). */
const CLI_OPTIONS = { asOf: demo.asOf!, asOfFrom: "dataset", source: "examples/nanjing-demo.json（内置演示数据）", generator: { name: "qsd", version } } as const;

function cliReport(args: string[]): { report: unknown; stderr: string } {
  const r = qsd(["report", "--format", "json", ...args]);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.code).toBe(0);
  return { report: JSON.parse(r.stdout), stderr: r.stderr };
}
const library = (options: Partial<BuildSupervisionReportOptions> = {}) => JSON.parse(JSON.stringify(buildSupervisionReport(demo.units, { ...CLI_OPTIONS, ...options })));

beforeAll(() => requireFreshDist(["dist/cli.js"]));

describe("qsd report --format json is buildSupervisionReport (the bundled demo)", () => {
  it("deep-equals the library's report with the options the CLI uses", () => {
    const { report, stderr } = cliReport([]);
    expect(report).toEqual(library());
    expect(demo.asOf).toBe("2026-11-20");
    expect(stderr).toBe(""); // every answer could be computed: no warning
  });

  it("deep-equals it grouped by department and by district", () => {
    expect(cliReport(["--by", "department"]).report).toEqual(library({ groupBy: "department" }));
    expect(cliReport(["--by", "district"]).report).toEqual(library({ groupBy: "district" }));
  });

  it("deep-equals it past the calendar's coverage (as of 2027-01-15), where the CLI adds one warning line", () => {
    const { report, stderr } = cliReport(["--as-of", "2027-01-15", "--lang", "en"]);
    const expected = library({ asOf: "2027-01-15", asOfFrom: "option", source: "examples/nanjing-demo.json (bundled demo)" });
    expect(report).toEqual(expected);
    expect(expected.calendar.missingYears).toEqual([2027]);
    expect(expected.totals.units).toBe(demo.units.length);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^warning: the holiday notice for 2027 is not in the calendar yet/);
  });
});
