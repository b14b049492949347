import { describe, expect, it } from "vitest";
import { IdSchema, IsoDateSchema, UsccSchema, type IssueParams } from "./index";
import { _messages } from "./messages";

function codeOf(r: { success: boolean; error?: { issues: { code: string; params?: unknown }[] } }): string | undefined {
  const i = r.error?.issues[0];
  return (i?.params as { code?: string } | undefined)?.code ?? i?.code;
}

describe("IsoDateSchema", () => {
  it.each(["2024-02-29", "2026-06-30", "2026-12-31", "2000-02-29", "0001-01-01"])("accepts %s", (d) => {
    expect(IsoDateSchema.safeParse(d).success).toBe(true);
  });
  it.each(["2025-02-29", "1900-02-29", "2026-02-30", "2026-06-31", "2026-11-5", "2026/11/05", "2026-11-05 ", "", "２０２６-11-05"])("rejects %j as invalid_date", (d) => {
    const r = IsoDateSchema.safeParse(d);
    expect(r.success).toBe(false);
    expect(codeOf(r)).toBe("invalid_date");
  });
  it("shows at most 40 characters of a long bad value in the message", () => {
    const r = IsoDateSchema.safeParse("x".repeat(1000));
    const own = (r.error!.issues[0] as { params?: IssueParams }).params!;
    expect(own).toEqual({ code: "invalid_date", params: { received: "x".repeat(40) } });
    expect(_messages(own.code, own.params).zh.length).toBeLessThan(100);
    expect(r.error!.issues[0]!.message.length).toBeLessThan(100);
  });
  it.each([null, 20261105, {}, []])("rejects the non-string %j as invalid_type", (d) => {
    expect(codeOf(IsoDateSchema.safeParse(d))).toBe("invalid_type");
  });
});

describe("UsccSchema", () => {
  it("accepts the GB 32100 example and rejects its checksum failure", () => {
    expect(UsccSchema.safeParse("91350100M000100Y43").success).toBe(true);
    expect(codeOf(UsccSchema.safeParse("91350100M000100Y44"))).toBe("uscc_checksum");
  });
  it("has no lenient mode: a pilot-era checksum failure is an error in the schema", () => {
    expect(UsccSchema.safeParse("91350100M000100Y4A").success).toBe(false);
  });
});

describe("IdSchema", () => {
  it("rejects an empty id and accepts a short one", () => {
    expect(IdSchema.safeParse("").success).toBe(false);
    expect(IdSchema.safeParse("NJ01").success).toBe(true);
  });
});
