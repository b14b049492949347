/**
 * What the identifier problems say, in both languages: which part, what it must be, what
 * was found. The codes are GB 32100-2015's own example (91350100M000100Y43, check
 * character 3) with one part spoilt at a time.
 */
import { describe, expect, it } from "vitest";
import { _issue } from "./issue";
import { _identifierMessage } from "./messages";
import { IdentifierError, makeUscc, parseCccCertificateNumber, parseLicenceNumber, parseUscc } from "./index";

const PARTS = { authority: "9", type: "1", region: "350100", orgCode: "M000100Y4" };

function error(f: () => unknown): IdentifierError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(IdentifierError);
    return e as IdentifierError;
  }
  throw new Error("did not throw");
}

describe("identifier messages", () => {
  it("a wrong check character: the right one and the one found; in lenient mode a warning that says so", () => {
    const strict = parseUscc("91350100M000100Y44");
    expect(strict.ok).toBe(false);
    const issue = strict.issues[0]!;
    expect([issue.code, issue.severity, issue.message, issue.messageEn]).toEqual([
      "uscc_checksum",
      "error",
      '统一社会信用代码校验位错误：应为"3"，实际为"4"',
      'The check character of the unified social credit code is wrong: expected "3", got "4"',
    ]);
    const lenient = parseUscc("91350100M000100Y44", { lenient: true });
    const warning = lenient.issues[0]!;
    expect([warning.severity, warning.message, warning.messageEn]).toEqual([
      "warning",
      '统一社会信用代码校验位错误：应为"3"，实际为"4"（宽松模式：按2016年前试点代码接受）',
      'The check character of the unified social credit code is wrong: expected "3", got "4" (lenient mode: accepted as a pre-2016 pilot code)',
    ]);
  });

  it("makeUscc names the part and what it must be: an object, a string, its length, its characters", () => {
    const none = error(() => makeUscc(null as never));
    expect([none.field, none.issues[0]!.message, none.issues[0]!.messageEn]).toEqual(["parts", "统一社会信用代码各组成部分应为对象", "The parts of the unified social credit code must be an object, got null"]);
    const num = error(() => makeUscc({ ...PARTS, authority: 9 as never })).issues[0]!;
    expect([num.message, num.messageEn]).toEqual(["登记管理部门码（第1位）应为字符串", "The registration authority code (position 1) must be a string, got number"]);
    const two = error(() => makeUscc({ ...PARTS, authority: "91" })).issues[0]!;
    expect([two.message, two.messageEn]).toEqual(["登记管理部门码（第1位）应为1位，实际为2位", "The registration authority code (position 1) must have 1 character, got 2"]);
    const short = error(() => makeUscc({ ...PARTS, region: "3501" })).issues[0]!;
    expect(short.messageEn).toBe("The administrative division code (positions 3–8) must have 6 characters, got 4");
    const org = error(() => makeUscc({ ...PARTS, orgCode: "M00010" })).issues[0]!;
    expect([org.message, org.messageEn]).toEqual(["主体标识码（组织机构代码，第9—17位）应为8或9位，实际为6位", "The organisation code (positions 9–17) must have 8 or 9 characters, got 6"]);
    const letter = error(() => makeUscc({ ...PARTS, region: "35A100" })).issues[0]!;
    expect([letter.message, letter.messageEn]).toEqual([
      '登记管理机关行政区划码（第3—8位）第3位字符"A"无效（应为数字）',
      'Character 3 of the administrative division code (positions 3–8), "A", is not a digit',
    ]);
    const i = error(() => makeUscc({ ...PARTS, orgCode: "M000I00Y4" })).issues[0]!;
    expect([i.message, i.messageEn]).toEqual([
      '主体标识码（组织机构代码，第9—17位）第5位字符"I"无效（应为编码字符集0-9A-HJ-NPQRTUWXY内的字符，不使用I、O、S、V、Z及小写字母）',
      'Character 5 of the organisation code (positions 9–17), "I", is not in the code alphabet 0-9A-HJ-NPQRTUWXY (no I, O, S, V, Z or lower case)',
    ]);
  });

  it("an issue without a field speaks of the parts", () => {
    expect(_identifierMessage("uscc_part_type", { expected: "object", received: "null" }, "error")).toEqual({
      zh: "统一社会信用代码各组成部分应为对象",
      en: "The parts of the unified social credit code must be an object, got null",
    });
    const e = new IdentifierError([_issue("uscc_length", { expected: "18", received: "3" })], "abc");
    expect(e.field).toBe("parts");
  });

  it("an IdentifierError keeps its own frozen copy of the issues", () => {
    const issues: [ReturnType<typeof _issue>] = [_issue("uscc_type", { expected: "string", received: "number" })];
    const e = new IdentifierError(issues, 1);
    expect(Object.isFrozen(e.issues)).toBe(true);
    expect(Object.isFrozen(issues)).toBe(false);
    expect(e.issues).toEqual(issues);
  });

  it("licence and CCC numbers: not a string, or not of the form, with what was received", () => {
    const lt = parseLicenceNumber(123 as never);
    expect([lt.ok, lt.issues[0]!.code, lt.issues[0]!.params]).toEqual([false, "licence_type", { expected: "string", received: "number" }]);
    const lf = parseLicenceNumber("XK08-001");
    expect([lf.ok, lf.issues[0]!.params]).toEqual([false, { expected: "XK##-###-##### | (省)XK##-###-#####", received: "XK08-001" }]);
    const ct = parseCccCertificateNumber(null as never);
    expect([ct.ok, ct.issues[0]!.code, ct.issues[0]!.params]).toEqual([false, "ccc_type", { expected: "string", received: "null" }]);
    const cf = parseCccCertificateNumber("2023-0107");
    expect([cf.ok, cf.issues[0]!.params]).toEqual([false, { expected: "################", received: "2023-0107" }]);
  });
});
