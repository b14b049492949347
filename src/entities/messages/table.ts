import type { ProblemCode, ProblemParams } from "./problem";

/** `"error"` rejects the value; `"warning"` accepts it with a caution (identifiers in lenient mode). @internal */
export type _Severity = "error" | "warning";

/**
 * One language's messages: a function per code that builds the text from the problem's
 * params alone (valibot's `packages/i18n/src/zh-CN.ts` is the model). `zh.ts` and `en.ts`
 * are the two tables; the type makes a code without text a compile error.
 * @internal
 */
export type _MessageTable = { readonly [C in ProblemCode]: (params: ProblemParams, severity: _Severity) => string };

/**
 * The Chinese name of a JavaScript type as zod and `params` name it — never the English
 * word (issue 13: "期望 string" became "应为文本").
 */
const TYPE_ZH: Readonly<Record<string, string>> = {
  string: "文本",
  number: "数字",
  int: "整数",
  bigint: "大整数",
  boolean: "是/否（布尔值）",
  array: "列表",
  object: "对象",
  record: "对象",
  map: "映射",
  set: "集合",
  date: "日期对象",
  null: "空值（null）",
  undefined: "空",
  nan: "非数字（NaN）",
  NaN: "非数字（NaN）",
  Infinity: "无穷大",
  "-Infinity": "负无穷大",
  function: "函数",
  symbol: "符号",
  file: "文件",
  never: "（不允许任何值）",
};

const TYPE_EN: Readonly<Record<string, string>> = {
  string: "a string",
  number: "a number",
  int: "an integer",
  bigint: "a bigint",
  boolean: "a boolean",
  array: "a list (array)",
  object: "an object",
  record: "an object",
  map: "a map",
  set: "a set",
  date: "a Date",
  null: "null",
  undefined: "nothing",
  nan: "NaN",
  NaN: "NaN",
  Infinity: "Infinity",
  "-Infinity": "-Infinity",
  function: "a function",
  symbol: "a symbol",
  file: "a file",
  never: "no value at all",
};

/** A type name in Chinese (an unknown name is quoted as given). @internal */
export function _typeZh(type: string | undefined): string {
  return type === undefined ? "" : (TYPE_ZH[type] ?? `“${type}”`);
}

/** A type name in English, with its article. @internal */
export function _typeEn(type: string | undefined): string {
  return type === undefined ? "" : (TYPE_EN[type] ?? type);
}

/**
 * A value as `describeValue` shows it, in Chinese: the words it uses for what it does not
 * print (`object`, `array`, `Date object`, `function`, `symbol`) become Chinese. @internal
 */
export function _shownZh(shown: string | undefined): string {
  switch (shown) {
    case undefined:
      return "";
    case "object":
      return "对象";
    case "array":
      return "列表";
    case "Date object":
      return "日期对象";
    case "function":
      return "函数";
    case "symbol":
      return "符号";
    case "undefined":
      return "空";
    default:
      return shown;
  }
}

/** A value as `describeValue` shows it, in English. @internal */
export function _shownEn(shown: string | undefined): string {
  switch (shown) {
    case undefined:
      return "";
    case "object":
      return "an object";
    case "array":
      return "an array";
    case "Date object":
      return "a Date object";
    case "function":
      return "a function";
    case "symbol":
      return "a symbol";
    default:
      return shown;
  }
}

/** One character of a JSON text as a message shows it, in Chinese. @internal */
export function _charZh(ch: string | undefined): string {
  if (ch === undefined || ch === "") return "输入结尾";
  const cp = ch.codePointAt(0)!;
  if (cp === 0x0a) return "换行符";
  if (cp === 0xfeff) return "字节顺序标记 U+FEFF";
  if (cp < 0x20 || cp === 0x7f) return _codePoint(cp);
  return `'${ch}'`;
}

/** One character of a JSON text as a message shows it, in English. @internal */
export function _charEn(ch: string | undefined): string {
  if (ch === undefined || ch === "") return "the end of input";
  const cp = ch.codePointAt(0)!;
  if (cp === 0x0a) return "line break";
  if (cp === 0xfeff) return "byte-order mark U+FEFF";
  if (cp < 0x20 || cp === 0x7f) return _codePoint(cp);
  return `'${ch}'`;
}

function _codePoint(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** An allowed value as a message shows it: strings in double quotes, others as JSON. @internal */
export function _quoted(value: string | number | boolean | null): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

/** A character count as the messages say it: `16 Mi` for 16 × 2^20. @internal */
export function _count(n: number | undefined): string {
  if (n === undefined) return "";
  return n >= 1 << 20 && n % (1 << 20) === 0 ? `${n / (1 << 20)} Mi` : String(n);
}
