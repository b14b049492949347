/**
 * Bounded validation of units and data sets: memory and time stay proportional to what a
 * record may hold, never to how many issues it has. zod keeps every issue it finds (about
 * 600 bytes each); a 900 KB unit with 300,000 empty risk events gave 1.2 million of them and
 * 1.5 GB (issue 14). Here:
 *
 * - a list longer than `maxListItems` is one issue (`too_big` at the list, with the limit
 *   and the length) and is not parsed at all;
 * - a list longer than {@link _PRECHECK_ITEMS} is first checked item by item, each item's
 *   issues counted and only the first ones kept; a list with any issue is then left out of
 *   the whole-unit parse (its issues are already known);
 * - the issues of a record beyond `maxIssues` are counted, not built: the record ends with
 *   one `too_many_issues` issue whose `params.more` says how many more there were.
 *
 * @internal
 */
import type { z } from "zod";
import { DatasetSchema, UnitSchema, type ValidationIssue, type ValidationIssueCode } from "../entities";
import { _validationIssue } from "../entities/messages";
import { _toValidationIssues } from "../entities/issues";
import { toJsonPointer } from "../_lib/json-pointer";
import { _compiled, _compiledDisabled } from "./compiled";
import { _fastParser, _fastPathDisabled, FALLBACK, type _FastParse } from "./fast-path";
import { validationRegistry, type ValidationKind } from "./registry";

/** Lists longer than this are checked item by item before the whole unit is parsed. @internal */
export const _PRECHECK_ITEMS = 1000;

/** The bounds of one validation. @internal */
export interface _Bounds {
  /** The most issues returned per record (a unit; a data set's own fields count as one record). */
  maxIssues: number;
  /** The most items a unit's list may hold. */
  maxListItems: number;
}

/** What a bounded parse found. @internal */
export interface _BoundedResult {
  success: boolean;
  /** The parsed value (on success). */
  data?: unknown;
  /** The issues kept (at most `maxIssues`, plus a final `too_many_issues` when more were found). */
  issues: ValidationIssue<ValidationIssueCode>[];
  /** A data set's: which of its parsed units the fast path proved, text check included. */
  textChecked?: boolean[];
}

type AnySchema = z.ZodType;
interface ListField {
  /** The keys from the unit to the list, e.g. `["products", "licences"]`. */
  keys: readonly string[];
  element: AnySchema;
}

let unitLists: readonly ListField[] | undefined;

/** Unwraps optional, default, nullable and similar wrappers. */
function inner(schema: AnySchema): AnySchema {
  let s = schema as unknown as { _zod: { def: { type: string; innerType?: AnySchema } } };
  while (s._zod.def.innerType !== undefined) s = s._zod.def.innerType as unknown as typeof s;
  return s as unknown as AnySchema;
}

/** The unit's lists (also those inside its nested objects, e.g. `products.licences`), read from `UnitSchema`'s shape once. */
function listsOf(schema: AnySchema, prefix: readonly string[], out: ListField[], depth: number): void {
  const shape = (schema as unknown as { shape?: Record<string, AnySchema> }).shape;
  if (shape === undefined) return;
  for (const [key, field] of Object.entries(shape)) {
    const s = inner(field);
    const def = (s as unknown as { _zod: { def: { type: string; element?: AnySchema } } })._zod.def;
    if (def.type === "array" && def.element !== undefined) out.push({ keys: [...prefix, key], element: def.element });
    else if (def.type === "object" && depth < 2) listsOf(s, [...prefix, key], out, depth + 1);
  }
}

function unitListFields(): readonly ListField[] {
  if (unitLists === undefined) {
    const out: ListField[] = [];
    listsOf(UnitSchema, [], out, 0);
    unitLists = Object.freeze(out);
  }
  return unitLists;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Collects issues up to a budget and counts the rest. */
class IssueBudget {
  readonly kept: ValidationIssue<ValidationIssueCode>[] = [];
  more = 0;
  constructor(readonly max: number) {}
  get full(): boolean {
    return this.kept.length >= this.max;
  }
  /** Converts and keeps zod issues while there is room; counts the rest without building them. */
  addZod(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]): void {
    const room = this.max - this.kept.length;
    if (room <= 0) {
      this.more += issues.length;
      return;
    }
    const converted = _toValidationIssues(issues.length > room ? issues.slice(0, room) : issues, prefix);
    this.add(converted);
    this.more += Math.max(0, issues.length - room);
  }
  add(issues: readonly ValidationIssue<ValidationIssueCode>[]): void {
    for (const issue of issues) {
      if (this.kept.length < this.max) this.kept.push(issue);
      else this.more++;
    }
  }
  /** The issues kept, with a final `too_many_issues` when some were only counted. */
  done(prefix: string): ValidationIssue<ValidationIssueCode>[] {
    if (this.more > 0) this.kept.push(_validationIssue(prefix, "too_many_issues", { max: this.max, more: this.more }));
    return this.kept;
  }
}

/** A shallow copy of `obj` with the value at `keys` replaced (copying each object on the way). */
function withValue(obj: Record<string, unknown>, keys: readonly string[], value: unknown): Record<string, unknown> {
  const copy = { ...obj };
  if (keys.length === 1) copy[keys[0]!] = value;
  else {
    const child = copy[keys[0]!];
    if (isRecord(child)) copy[keys[0]!] = withValue(child, keys.slice(1), value);
  }
  return copy;
}

function valueAt(obj: Record<string, unknown>, keys: readonly string[]): unknown {
  let v: unknown = obj;
  for (const k of keys) {
    if (!isRecord(v) || !Object.prototype.hasOwnProperty.call(v, k)) return undefined;
    v = v[k];
  }
  return v;
}

/**
 * Parses one unit within the bounds.
 *
 * @param input - The unit as given.
 * @param bounds - The limits.
 * @param prefix - Keys before every path (a data set's `["units", 3]`).
 * @returns The parsed unit, or its issues (bounded).
 * @internal
 */
export function _parseUnitBounded(input: unknown, bounds: _Bounds, prefix: readonly PropertyKey[] = []): _BoundedResult {
  const budget = new IssueBudget(bounds.maxIssues);
  let value = input;
  let replaced = false;
  if (isRecord(input)) {
    for (const field of unitListFields()) {
      const list = valueAt(input, field.keys);
      if (!Array.isArray(list)) continue;
      if (list.length > bounds.maxListItems) {
        // One issue for the whole list, never parsed: not one per item.
        budget.add([
          _validationIssue(pointer([...prefix, ...field.keys]), "too_big", { origin: "array", max: bounds.maxListItems, inclusive: true, received: String(list.length) }),
        ]);
        value = withValue(value as Record<string, unknown>, field.keys, []);
        replaced = true;
        continue;
      }
      if (list.length <= _PRECHECK_ITEMS) continue;
      // A long list: item by item, so only the issues kept are ever built.
      let bad = false;
      for (let i = 0; i < list.length; i++) {
        const r = field.element.safeParse(list[i], { reportInput: true });
        if (r.success) continue;
        bad = true;
        budget.addZod(r.error.issues, [...prefix, ...field.keys, i]);
      }
      if (bad) {
        value = withValue(value as Record<string, unknown>, field.keys, []);
        replaced = true;
      }
    }
  }
  const result = _compiled(UnitSchema).safeParse(value, { reportInput: true });
  if (result.success && !replaced) return { success: true, data: result.data, issues: [] };
  if (!result.success) budget.addZod(result.error.issues, prefix);
  return { success: false, issues: budget.done(pointer(prefix)) };
}

/**
 * Parses a data set within the bounds: each unit as {@link _parseUnitBounded} (at most
 * `maxIssues` issues per unit), then the data set's own fields and its unit ids (first
 * wins; a repeated id is `duplicate_id` at `/units/<i>/id`, its params naming the list and
 * the first unit's pointer) — at most `maxIssues` of those.
 *
 * @internal
 */
export function _parseDatasetBounded(input: unknown, bounds: _Bounds): _BoundedResult {
  if (!isRecord(input) || !Array.isArray(input.units)) {
    const r = _compiled(DatasetSchema).safeParse(input, { reportInput: true });
    if (r.success) return { success: true, data: r.data, issues: [] };
    const budget = new IssueBudget(bounds.maxIssues);
    budget.addZod(r.error.issues, []);
    return { success: false, issues: budget.done("") };
  }
  const issues: ValidationIssue<ValidationIssueCode>[] = [];
  const own = new IssueBudget(bounds.maxIssues);
  // The data set's own fields, without its units (each unit is parsed on its own below).
  const top = _compiled(DatasetSchema).safeParse({ ...input, units: [] }, { reportInput: true });
  if (!top.success) own.addZod(top.error.issues, []);
  const units: unknown[] = [];
  const textChecked: boolean[] = [];
  const first = new Map<string, number>();
  const list = input.units as unknown[];
  for (let i = 0; i < list.length; i++) {
    // A valid unit (the usual case) by the fast path, text check included; else the bounded path.
    const fast = fastUnit(list[i], bounds);
    if (fast !== FALLBACK) {
      units.push(fast);
      // Stryker disable next-line BooleanLiteral: false only costs the text check again, which finds nothing
      textChecked.push(true);
    } else {
      const r = _parseUnitBounded(list[i], bounds, ["units", i]);
      if (!r.success) issues.push(...r.issues);
      else {
        units.push(r.data);
        textChecked.push(false);
      }
    }
    const id = isRecord(list[i]) ? (list[i] as { id?: unknown }).id : undefined;
    if (typeof id !== "string") continue;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i);
    else own.add([_validationIssue(`/units/${i}/id`, "duplicate_id", { list: "units", received: id, path: `/units/${seen}` })]);
  }
  issues.push(...own.done(""));
  if (issues.length > 0 || !top.success) return { success: false, issues };
  return { success: true, data: { ...top.data, units }, issues: [], textChecked };
}

/**
 * Converts a schema's zod issues keeping at most `max`, the rest counted in a final
 * `too_many_issues`.
 *
 * @internal
 */
export function _boundedIssues(issues: readonly z.core.$ZodIssue[], max: number): ValidationIssue<ValidationIssueCode>[] {
  const budget = new IssueBudget(max);
  budget.addZod(issues, []);
  return budget.done("");
}

function pointer(keys: readonly PropertyKey[]): string {
  return toJsonPointer(keys);
}

/**
 * Parses any kind within the bounds: units and data sets as above, the other kinds with
 * their schema, keeping at most `maxIssues` issues. Units (also a data set's) then get the
 * text check ({@link _textIssues}).
 *
 * @internal
 */
export function _parseBounded(kind: ValidationKind, input: unknown, bounds: _Bounds): _BoundedResult {
  if (kind === "unit") {
    // A valid unit (the usual case) is proved valid, text check included, by the fast path;
    // anything else takes the bounded zod path below, which finds the issues.
    const fast = fastUnit(input, bounds);
    if (fast !== FALLBACK) return { success: true, data: fast, issues: NO_ISSUES };
    return withTextCheck(_parseUnitBounded(input, bounds), "", bounds);
  }
  if (kind === "dataset") {
    const r = _parseDatasetBounded(input, bounds);
    if (!r.success) return r;
    const units = (r.data as { units: unknown[] }).units;
    const issues: ValidationIssue<ValidationIssueCode>[] = [];
    // The units the fast path proved have no text problem.
    for (let i = 0; i < units.length; i++) if (r.textChecked?.[i] !== true) issues.push(...boundedText(units[i], `/units/${i}`, bounds));
    return issues.length === 0 ? r : { success: false, issues };
  }
  const r = _compiled(validationRegistry[kind].schema).safeParse(input, { reportInput: true });
  return r.success ? { success: true, data: r.data, issues: [] } : { success: false, issues: _boundedIssues(r.error.issues, bounds.maxIssues) };
}

/** The issues of a success (validate never hands them out). */
// Stryker disable next-line ArrayDeclaration: a success's issues are never read
const NO_ISSUES: ValidationIssue<ValidationIssueCode>[] = Object.freeze([]) as unknown as ValidationIssue<ValidationIssueCode>[];

/** The unit parsed by the fast path (src/validation/fast-path.ts), or FALLBACK. */
function fastUnit(input: unknown, bounds: _Bounds): unknown {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the tests' switches to compare the paths, which answer alike
  if (_fastPathDisabled.value || _compiledDisabled.value) return FALLBACK;
  // Built on first use (null: the schema has none), then kept here: no cache lookup per unit.
  // Stryker disable next-line ConditionalExpression: building it again each time (from _fastParser's cache) gives the same parser
  if (unitParser === undefined) unitParser = _fastParser(UnitSchema) ?? null;
  return unitParser === null ? FALLBACK : unitParser(input, bounds.maxListItems);
}

let unitParser: _FastParse | null | undefined;

function withTextCheck(r: _BoundedResult, prefix: string, bounds: _Bounds): _BoundedResult {
  if (!r.success) return r;
  const issues = boundedText(r.data, prefix, bounds);
  return issues.length === 0 ? r : { success: false, issues };
}

function boundedText(value: unknown, prefix: string, bounds: _Bounds): ValidationIssue<ValidationIssueCode>[] {
  const budget = new IssueBudget(bounds.maxIssues);
  budget.add(_textIssues(value, prefix));
  return budget.done(prefix);
}

/** Any UTF-16 surrogate (the cheap first test; pairs are fine). */
const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /\p{Cs}/u;
/** What an id or a name may not hold: lone surrogates, private-use and unassigned code points. */
const NOT_TEXT = /[\p{Cs}\p{Co}\p{Cn}]/u;
/**
 * The cheap first test: code points below U+0378 (the first unassigned one), CJK Unified
 * Ideographs U+4E00–U+9FFF (all assigned since Unicode 14), CJK punctuation U+3000–U+303F
 * and the full-width forms U+FF01–U+FF5E are all assigned and not private use.
 */
const MAYBE_NOT_TEXT = /[^\u0000-\u0377\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]/;

/**
 * Whether any string of `value` could have a text problem: most records hold none, and one
 * walk settles it, reading each string's code units against the same sets as
 * MAYBE_NOT_TEXT (ids and names) and SURROGATE (the rest), without a regular expression
 * call per string; only then is each string looked at closely.
 */
// A shortcut only: an answer "maybe" where there is nothing costs the exact check below and
// changes no result, so the mutants that make it say "maybe" more often are equivalent.
function mayHaveTextIssues(v: unknown, key: string): boolean {
  if (typeof v === "string") return _isIdOrName(key) ? _mayBeNotText(v) : _hasSurrogate(v);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BooleanLiteral: a number, boolean or null has no string (for-in over it finds nothing), and "maybe" only costs the exact check
  if (v === null || typeof v !== "object") return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (mayHaveTextIssues(v[i], key)) return true;
    // Stryker disable next-line BooleanLiteral: "maybe" only costs the exact check
    return false;
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the exact check skips inherited keys too; "maybe" only costs it
  for (const k in v) if (Object.prototype.hasOwnProperty.call(v, k) && mayHaveTextIssues((v as Record<string, unknown>)[k], k)) return true;
  // Stryker disable next-line BooleanLiteral: "maybe" only costs the exact check
  return false;
}

/** `MAYBE_NOT_TEXT.test(s)`, code unit by code unit. @internal */
export function _mayBeNotText(s: string): boolean {
  // Stryker disable next-line EqualityOperator: charCodeAt(length) is NaN, which no comparison below accepts
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x377) continue;
    if (c < 0x3000 || (c > 0x303f && c < 0x4e00) || (c > 0x9fff && (c < 0xff01 || c > 0xff5e))) return true;
  }
  return false;
}

/** `SURROGATE.test(s)`, code unit by code unit. @internal */
export function _hasSurrogate(s: string): boolean {
  // Stryker disable next-line EqualityOperator: charCodeAt(length) is NaN, which no comparison below accepts
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** Whether a key holds an id or a name: `id`, `name`, `official`, and every `…Id` (`personId`, `byPersonId`). @internal */
export function _isIdOrName(key: string): boolean {
  return key === "id" || key === "name" || key === "official" || key.endsWith("Id");
}

/**
 * The text problems of a parsed unit: a lone UTF-16 surrogate in any string (it has no
 * UTF-8 form: canonical JSON, a decision record's digest and any UTF-8 output would fail or
 * change it), and in ids and names (`id`, `name`, `official`, `…Id`) also private-use and
 * unassigned code points (as of the JavaScript engine's Unicode version), which no reader
 * can see or type. Each is `invalid_character` at the string's pointer, with the code
 * point (`received: "U+D800"`), its 1-based place and `format`.
 *
 * @internal
 */
export function _textIssues(value: unknown, prefix = ""): ValidationIssue<ValidationIssueCode>[] {
  // Stryker disable next-line ConditionalExpression,StringLiteral: the shortcut only spares the exact check, which finds the same; the root's key is no id or name either way
  if (!mayHaveTextIssues(value, "")) return [];
  const out: ValidationIssue<ValidationIssueCode>[] = [];
  // The keys from the unit to the current value; a pointer is built only for an issue.
  const keys: (string | number)[] = [];
  const check = (v: string, key: string): void => {
    const strict = _isIdOrName(key);
    if (strict ? !(MAYBE_NOT_TEXT.test(v) && NOT_TEXT.test(v)) : !(SURROGATE.test(v) && LONE_SURROGATE.test(v))) return;
    const m = (strict ? NOT_TEXT : LONE_SURROGATE).exec(v)!;
    const cp = m[0].codePointAt(0)!;
    const format = cp >= 0xd800 && cp <= 0xdfff ? "lone_surrogate" : /\p{Co}/u.test(m[0]) ? "private_use" : "unassigned";
    out.push(
      _validationIssue(prefix + toJsonPointer(keys), "invalid_character", {
        received: `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`,
        position: Array.from(v.slice(0, m.index)).length + 1,
        format,
      }),
    );
  };
  const walk = (v: unknown, key: string): void => {
    if (typeof v === "string") {
      check(v, key);
      return;
    }
    if (v === null || typeof v !== "object") return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        keys.push(i);
        walk(v[i], key);
        keys.pop();
      }
      return;
    }
    for (const k in v) {
      if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
      keys.push(k);
      walk((v as Record<string, unknown>)[k], k);
      keys.pop();
    }
  };
  walk(value, "");
  return out;
}
