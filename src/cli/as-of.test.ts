import { describe, expect, it } from "vitest";
import { _runQsd } from "./_test-io";

describe("qsd: one accepted as-of range with the library, AS_OF_RANGE (issue 14)", () => {
  it("the CLI's --as-of and a data set's asOf accept the same range", async () => {
    const stdin = JSON.stringify({ units: [{ id: "u", name: "n", uscc: "91350100M000100Y43", roles: ["producer"] }] });
    expect((await _runQsd(["classify", "-", "--as-of", "8999-12-31"], { stdin })).code).toBe(0);
    const out = await _runQsd(["classify", "-", "--as-of", "9000-01-01", "--lang", "en"], { stdin });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("--as-of must lie from 1000-01-01 to 8999-12-31");
    const ds = await _runQsd(["classify", "-"], { stdin: JSON.stringify({ asOf: "0500-01-01", units: [{ id: "u", name: "n", uscc: "91350100M000100Y43", roles: ["producer"] }] }) });
    expect(ds.code).toBe(2);
    expect(ds.stderr).toContain("1000-01-01 至 8999-12-31");
  });
});
