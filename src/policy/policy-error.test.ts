import { describe, expect, it } from "vitest";
import { definePolicy, nanjing2023, PolicyError } from "./index";

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

describe("PolicyError — its first issue is the cause, worded by the same tables", () => {
  it("a text where a number belongs: params say so, and the Chinese names the type in Chinese", () => {
    const e = thrown(() => definePolicy(nanjing2023, { supervision: { special: { windowYears: "2" } } } as never)) as PolicyError;
    expect(e).toBeInstanceOf(PolicyError);
    expect(e.code).toBe("invalid_policy");
    expect(e.issues[0]).toMatchObject({ path: "/supervision/special/windowYears", code: "invalid_type", params: { expected: "number", received: "string" } });
    expect(e.params).toEqual({
      received: '"2"',
      policyId: "nanjing2023",
      path: "/supervision/special/windowYears",
      cause: { code: "invalid_type", params: { expected: "number", received: "string" } },
    });
    expect(e.messageZh).toBe('监管政策 "nanjing2023"无效（/supervision/special/windowYears）：类型错误：应为数字，实际为文本；实际值 "2"。');
    expect(e.message).toBe('Invalid policy "nanjing2023" at /supervision/special/windowYears: Expected a number, received a string; got "2".');
  });

  it("counts the further issues", () => {
    const e = thrown(() => definePolicy(nanjing2023, { supervision: { special: { windowYears: -1, minEvents: "x" } } } as never)) as PolicyError;
    expect(e.params.more).toBe(e.issues.length - 1);
    expect(e.issues.length).toBeGreaterThan(1);
    expect(e.messageZh).toContain(`（另有${e.issues.length - 1}处问题）`);
  });
});
