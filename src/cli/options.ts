import { AS_OF_RANGE, definePolicy, describeValue, isAsOfDate, isIsoDate, nanjing2023, anhui2023, PolicyError, PolicySchema, formatIssue, type Policy, type ValidationIssue } from "../index";
import { _validationIssue } from "../entities/messages";
import { _toValidationIssues } from "../entities/issues";
import { _deepFreeze } from "../_lib/deep-freeze";
import { CliError, type Lang } from "./errors";
import { openInput } from "./input";
import { oneLine } from "./terminal-text";

/**
 * Checks the `--lang` option.
 *
 * @param value - The option's value (undefined when not given).
 * @returns `"zh"` (the default) or `"en"`.
 * @throws {CliError} (exit 2) for any other value.
 * @example
 * ```ts
 * parseLang("en"); // "en"
 * ```
 */
export function parseLang(value: unknown): Lang {
  if (value === undefined || value === "zh" || value === "zh-CN") return "zh";
  if (value === "en") return "en";
  throw new CliError(`--lang 应为 zh 或 en，实际为 ${JSON.stringify(value)}`, `--lang must be zh or en, not ${JSON.stringify(value)}`);
}

/**
 * Checks a date option (`--as-of`, `calendar add <date>`): a real calendar date `YYYY-MM-DD`;
 * for `--as-of` also one within the library's `AS_OF_RANGE` (1000-01-01 to 8999-12-31), so
 * the command accepts exactly the as-of dates the library answers for.
 *
 * @param value - The value given.
 * @param name - The option's name for the message, e.g. `"--as-of"`.
 * @returns The date.
 * @throws {CliError} (exit 2) when it is not a valid date.
 * @example
 * ```ts
 * parseDateOption("2026-02-29", "--as-of"); // throws: 2026 is not a leap year
 * ```
 */
export function parseDateOption(value: string, name: string): string {
  if (name === "--as-of" && isIsoDate(value) && !isAsOfDate(value)) {
    throw new CliError(`--as-of 应在 ${AS_OF_RANGE.start} 至 ${AS_OF_RANGE.end} 之间，实际为 ${JSON.stringify(value)}`, `--as-of must lie from ${AS_OF_RANGE.start} to ${AS_OF_RANGE.end}, not ${JSON.stringify(value)}`);
  }
  if (isIsoDate(value)) return value;
  throw new CliError(`${name} 应为 YYYY-MM-DD 格式的公历日期，实际为 ${JSON.stringify(value)}`, `${name} must be a calendar date YYYY-MM-DD, not ${JSON.stringify(value)}`);
}

/**
 * Checks a whole-number option.
 *
 * @param value - The value given.
 * @param name - The option's name for the message.
 * @param min - The smallest allowed value.
 * @returns The number.
 * @throws {CliError} (exit 2) when it is not an integer ≥ `min`.
 * @example
 * ```ts
 * parseIntegerOption("20", "--max-issues", 1); // 20
 * ```
 */
export function parseIntegerOption(value: string, name: string, min: number): number {
  const n = /^[+-]?\d{1,15}$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (Number.isSafeInteger(n) && n >= min) return n;
  // With no real lower bound (e.g. `calendar add <n>`), do not print -9007199254740991.
  if (min <= Number.MIN_SAFE_INTEGER) throw new CliError(`${name} 应为整数，实际为 ${JSON.stringify(value)}`, `${name} must be a whole number, not ${JSON.stringify(value)}`);
  throw new CliError(`${name} 应为不小于 ${min} 的整数，实际为 ${JSON.stringify(value)}`, `${name} must be a whole number ≥ ${min}, not ${JSON.stringify(value)}`);
}

/**
 * Decides the as-of date: the `--as-of` option, else the data set's `asOf`, else today in
 * Asia/Shanghai.
 *
 * @param option - The `--as-of` value, already checked, or undefined.
 * @param datasetAsOf - The data set's `asOf` (unvalidated), or undefined.
 * @param today - Today's date in Asia/Shanghai (called only when needed).
 * @returns The date and where it came from.
 * @throws {CliError} (exit 2) when the data set's `asOf` is present but not a valid date.
 * @example
 * ```ts
 * resolveAsOf(undefined, "2026-11-20", () => "2026-12-01"); // { asOf: "2026-11-20", from: "dataset" }
 * ```
 */
export function resolveAsOf(option: string | undefined, datasetAsOf: unknown, today: () => string): { asOf: string; from: "option" | "dataset" | "today" } {
  if (option !== undefined) return { asOf: option, from: "option" };
  if (datasetAsOf !== undefined) {
    if (isAsOfDate(datasetAsOf)) return { asOf: datasetAsOf, from: "dataset" };
    throw new CliError(
      `数据集的 asOf ${JSON.stringify(datasetAsOf)} 不是有效日期（YYYY-MM-DD，${AS_OF_RANGE.start} 至 ${AS_OF_RANGE.end}）：请修正，或用 --as-of 指定`,
      `the data set's asOf ${JSON.stringify(datasetAsOf)} is not a valid date (YYYY-MM-DD, ${AS_OF_RANGE.start} to ${AS_OF_RANGE.end}): fix it, or give --as-of`,
    );
  }
  return { asOf: today(), from: "today" };
}

/**
 * The one warning line a command prints on stderr when some answers are `unknown` because
 * the working-day calendar lacks years: which years, and how to add them. The answers
 * themselves stay complete otherwise, and the exit code is unchanged.
 *
 * @param missingYears - The years whose holiday notice is missing (any order, repeats allowed).
 * @param lang - The output language.
 * @returns The line, without a newline; `undefined` when no year is missing.
 * @example
 * ```ts
 * calendarGapWarning([2027], "en"); // "warning: the holiday notice for 2027 is not in the calendar yet: …"
 * ```
 * @see 《国务院办公厅关于YYYY年部分节假日安排的通知》
 */
export function calendarGapWarning(missingYears: Iterable<number>, lang: Lang): string | undefined {
  const years = [...new Set(missingYears)].sort((a, b) => a - b);
  if (years.length === 0) return undefined;
  const y = years.join(lang === "en" ? ", " : "、");
  const first = years[years.length - 1];
  return lang === "en"
    ? `warning: the holiday notice for ${y} is not in the calendar yet: deadlines that need working days of ${years.length > 1 ? "those years" : "that year"} are listed as "cannot be computed yet". Add a year with: qsd calendar import notice.txt -o cn-${first}.json, then --calendar cn-${first}.json (or QSD_CALENDAR=cn-${first}.json).`
    : `警告：${y} 年放假安排尚未收录，需用到该年工作日的期限列为“无法计算”。加入新年份：qsd calendar import 通知.txt -o cn-${first}.json，再加 --calendar cn-${first}.json（或设置环境变量 QSD_CALENDAR=cn-${first}.json）。`;
}

/** The built-in policies by name. */
export const builtInPolicies: Readonly<Record<string, Policy>> = Object.freeze({ nanjing2023, anhui2023 });

/**
 * Resolves `--policy`: a built-in name (`nanjing2023`, the default, or `anhui2023`) or a
 * JSON file — either a complete policy (checked with `PolicySchema`) or overrides of a
 * built-in one, `{ "extends": "nanjing2023", "id": "my-city", … }` (merged with
 * `definePolicy`).
 *
 * @param spec - The option's value, or undefined for the default.
 * @param lang - The message language.
 * @param stdin - Standard input (a policy file may not be `-`, but `openInput` needs it).
 * @returns The policy.
 * @throws {CliError} (exit 2) for an unknown name, an unreadable file, or an invalid policy
 *   (its issues listed with JSON pointers).
 * @example
 * ```ts
 * await resolvePolicy("anhui2023", "zh", process.stdin); // anhui2023
 * ```
 */
export async function resolvePolicy(spec: string | undefined, lang: Lang, stdin: AsyncIterable<Uint8Array | string>): Promise<Policy> {
  if (spec === undefined) return nanjing2023;
  const builtIn = Object.prototype.hasOwnProperty.call(builtInPolicies, spec) ? builtInPolicies[spec] : undefined;
  if (builtIn) return builtIn;
  if (!/\.json$/i.test(spec)) {
    const names = Object.keys(builtInPolicies).join(", ");
    throw new CliError(`未知的监管政策 ${JSON.stringify(spec)}：应为 ${names} 或一个 .json 文件`, `unknown policy ${JSON.stringify(spec)}: expected ${names} or a .json file`);
  }
  const input = await openInput(spec, { stdin, format: "json" });
  let raw: unknown;
  for await (const doc of input.documents) if (doc.ok) raw = doc.value;
  const checked = checkPolicyFile(raw);
  if (checked.ok) return checked.policy;
  throw new CliError(`${spec} 不是有效的监管政策`, `${spec} is not a valid policy`, { details: checked.issues.slice(0, 20).map((i) => `  ${oneLine(formatIssue(i, { lang }))}`) });
}

/**
 * Checks the content of a policy file as `--policy` reads it — the one rule that both
 * `--policy FILE` and `qsd validate --kind policy` apply: either a complete policy
 * (checked like `validate("policy", …)`, then frozen like the built-ins, so the library
 * compiles it once) or overrides of a built-in one, `{ "extends": "nanjing2023", … }`
 * (merged with `definePolicy`, whose issues name the merged policy's paths).
 *
 * @param raw - The parsed JSON of the file.
 * @returns The policy, or the issues (a wrong `extends` is `invalid_value` at `/extends`
 *   naming the built-in policies).
 * @example
 * ```ts
 * checkPolicyFile({ extends: "nanjing2023", id: "my-city" }).ok; // true
 * checkPolicyFile({ extends: "shanghai" }); // { ok: false, issues: [{ path: "/extends", code: "invalid_value", … }] }
 * ```
 */
export function checkPolicyFile(raw: unknown): { ok: true; policy: Policy } | { ok: false; issues: ValidationIssue[] } {
  if (raw !== null && typeof raw === "object" && !Array.isArray(raw) && Object.prototype.hasOwnProperty.call(raw, "extends")) {
    const { extends: baseName, ...overrides } = raw as { extends: unknown };
    const base = typeof baseName === "string" && Object.prototype.hasOwnProperty.call(builtInPolicies, baseName) ? builtInPolicies[baseName] : undefined;
    if (!base) return { ok: false, issues: [_validationIssue("/extends", "invalid_value", { values: Object.keys(builtInPolicies), received: describeValue(baseName) })] };
    try {
      return { ok: true, policy: definePolicy(base, overrides as Parameters<typeof definePolicy>[1]) };
    } catch (e) {
      if (e instanceof PolicyError) return { ok: false, issues: [...e.issues] };
      throw e;
    }
  }
  const parsed = PolicySchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: _toValidationIssues(parsed.error.issues) };
  // Frozen like the built-ins, so the library checks and compiles it once, not once per unit.
  return { ok: true, policy: _deepFreeze(parsed.data) };
}

/**
 * Splits a comma-separated list option and checks each value against the allowed ones.
 *
 * @param value - E.g. `"overdue,open"`.
 * @param allowed - The allowed values.
 * @param name - The option's name for the message.
 * @returns The values, without repeats.
 * @throws {CliError} (exit 2) for an empty list or an unknown value.
 * @example
 * ```ts
 * parseListOption("overdue,open", ["met", "late", "open", "overdue"], "--status"); // ["overdue", "open"]
 * ```
 */
export function parseListOption<T extends string>(value: string, allowed: readonly T[], name: string): T[] {
  const items = value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const bad = items.filter((s) => !(allowed as readonly string[]).includes(s));
  if (items.length === 0 || bad.length > 0) {
    throw new CliError(
      `${name} 的取值 ${JSON.stringify(bad[0] ?? value)} 无效：应为 ${allowed.join("、")} 中的一个或多个，以逗号分隔`,
      `invalid ${name} value ${JSON.stringify(bad[0] ?? value)}: expected one or more of ${allowed.join(", ")}, comma-separated`,
    );
  }
  return [...new Set(items)] as T[];
}
