/**
 * A fast path for the common case of `validate("unit", …)`: a unit that is valid. It is
 * built once per schema from the zod schema's own definition (its shape, wrappers, enum
 * values, defaults and check objects), so it cannot drift from it, and it either proves the
 * input valid and returns the value zod would return, or gives up (`FALLBACK`) and the
 * ordinary bounded zod path runs and finds the issues. It never decides that an input is
 * invalid, so it can make no check weaker: the worst a mistake here could do is accept
 * what zod rejects, which src/validation/fast-path.prop.test.ts compares on valid and
 * damaged units (same value, key order included, same issues).
 *
 * Where zod pays, per object and per field, a payload object, an issues array, optional /
 * default bookkeeping and a shallow clone of each default, the fast path pays a type test
 * per value and the schema's checks themselves — every `.check()` and length / number
 * check of the schema is run as zod runs it (its own `_zod.check` with a payload, its own
 * `when`), and any issue it raises means "fall back". The text check of validate (a lone
 * surrogate anywhere, private-use or unassigned code points in ids and names) is folded in
 * with the same cheap code-unit scans `_textIssues` starts with: any string that might
 * have a problem means "fall back" too, and the exact check then runs as before.
 *
 * Supported: objects that strip unknown keys (no catchall), arrays, strings, numbers,
 * booleans, string enums, `.optional()` fields, `.default()` fields whose default is the
 * same JSON data on every read, and checks on any of them that only look at the value.
 * Anything else in a schema (unions, transforms, coercion, lazy schemas, catchalls,
 * overwriting checks, …) makes the schema unsupported and `validate` uses zod alone; so
 * does a runtime without `new Function` (a strict Content-Security-Policy).
 *
 * The code is generated (one function per object and per list, leaf checks inline, the
 * result built as one object literal when no optional field is present): a walk of
 * closures over the schema, which reads and writes every key through a variable, measured
 * no faster than zod's own compiled parser. `_fastParserSource` shows the code.
 *
 * @internal
 */
import type { z } from "zod";
import { _hasSurrogate, _isIdOrName, _mayBeNotText, _textIssues } from "./bounded-parse";

/** The fast path's answer when it cannot prove the input valid: run the ordinary path. @internal */
export const FALLBACK: unique symbol = Symbol("fallback");

/** A fast parser for a whole document: `maxListItems` caps every list (a longer one falls back). @internal */
export type _FastParse = (input: unknown, maxListItems: number) => unknown;

/** Tests turn the fast path off to compare it with the plain one. @internal */
export const _fastPathDisabled = { value: false };

interface ZodInternals {
  _zod: {
    def: {
      type: string;
      checks?: readonly ZodCheck[];
      coerce?: boolean;
      innerType?: ZodInternals;
      element?: ZodInternals;
      shape?: Record<string, ZodInternals>;
      catchall?: unknown;
      defaultValue?: unknown;
    };
    traits: Set<string>;
    values?: Set<unknown>;
  };
}

interface ZodCheck {
  _zod: {
    def: { check: string; when?: (payload: Payload) => boolean };
    check: (payload: Payload) => unknown;
  };
}

interface Payload {
  value: unknown;
  issues: unknown[];
}

/** Thrown while compiling a schema the fast path does not model; the schema then has none. */
class Unsupported extends Error {}

/** A JavaScript expression that builds a fresh copy of a default value (JSON data only; anything else is unsupported). */
function literal(value: unknown): string {
  if (typeof value === "string" || typeof value === "boolean" || value === null) return JSON.stringify(value);
  if (typeof value === "number" && Number.isFinite(value) && !Object.is(value, -0)) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(",")}]`;
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype && Object.getOwnPropertySymbols(value).length === 0) {
    const keys = Object.keys(value);
    // `__proto__: …` in an object literal would set the prototype, not a key.
    if (keys.includes("__proto__")) throw new Unsupported("__proto__ in a default");
    return `{${keys.map((k) => `${JSON.stringify(k)}:${literal((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  throw new Unsupported("a default that is not JSON data");
}

/** Whether the text check would find nothing in `value` held under `key` (decided once, at compile time). */
function textClean(value: unknown, key: string): boolean {
  return _textIssues({ [key]: value }).length === 0;
}

/** `v.key` when `key` is an identifier, else `v["key"]`. */
function prop(object: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${object}.${key}` : `${object}[${JSON.stringify(key)}]`;
}

/**
 * Generates the fast parser's source from a schema: one function per object and per list,
 * the checks of strings, numbers, booleans and enums inline. Values the code needs (the
 * schemas' check objects, enum value sets, the text scans) are passed in as `K[i]`.
 */
class Generator {
  // Stryker disable next-line ArrayDeclaration: a value already there only shifts the names given out (k1 for the first), each still naming its own value
  readonly constants: unknown[] = [];
  readonly functions: string[] = [];
  private readonly objects = new Map<object, string>();

  constant(value: unknown): string {
    this.constants.push(value);
    return `k${this.constants.length - 1}`;
  }

  /**
   * Statements that check the value in variable `x` against the checks of a node, as zod's
   * runner runs them on a value without issues: each check's own `when` (if any) decides
   * whether it runs, then its own `check`; any issue (or a promise, which zod's synchronous
   * parse refuses) means fall back.
   */
  checks(checks: readonly ZodCheck[] | undefined, x: string, kind?: "string" | "array"): string {
    let code = "";
    for (const c of checks ?? []) {
      if (typeof c?._zod?.check !== "function" || c._zod.def === undefined) throw new Unsupported("a check without a function");
      const cdef = c._zod.def;
      if (!CHECKS.has(cdef.check)) throw new Unsupported(`a ${cdef.check} check`);
      const when = cdef.when;
      if (when !== undefined && typeof when !== "function") throw new Unsupported("a check whose when is not a function");
      // A check that replaced the value (zod's overwrite) would change the output: fall back.
      const run = `${this.constant(c._zod.check)}(p) instanceof Promise || p.issues.length !== 0 || p.value !== ${x}`;
      // One payload for every check, as zod gives each node one: a check that raised an issue ends the walk.
      // Stryker disable next-line ConditionalExpression: zod's own `when`s (length checks: "has a length") hold for every string and list that gets here
      const call = `p.value = ${x}; if (${when === undefined ? run : `${this.constant(when)}(p) && (${run})`}) return F;`;
      const unsure = sureToPass(cdef, x, kind);
      // Stryker disable next-line ConditionalExpression: calling a check that is sure to pass changes nothing (the sure-pass test only spares the call)
      code += unsure === "" ? `${call}\n` : `if (${unsure}) { ${call} }\n`;
    }
    return code;
  }

  /**
   * Statements that check the value in variable `x` against `schema`, falling back with
   * `return F`, and leave its parsed value in `x` (a list or object is replaced by its fresh
   * copy). `key` is the object key the value sits under (the list's key for its items): it
   * decides the text check, as in `_textIssues`.
   */
  node(schema: ZodInternals, key: string, x: string): string {
    const zod = schema?._zod;
    if (zod === undefined || zod.def === undefined || !(zod.traits instanceof Set)) throw new Unsupported("not a zod schema");
    const def = zod.def;
    if (zod.traits.has("$ZodCheck")) throw new Unsupported("a schema that is also a check");
    if (def.coerce === true) throw new Unsupported("coercion");
    switch (def.type) {
      case "string": {
        const scan = _isIdOrName(key) ? "mayBeNotText" : "hasSurrogate";
        return `if (typeof ${x} !== "string" || ${scan}(${x})) return F;\n${this.checks(def.checks, x, "string")}`;
      }
      case "number":
        // zod: a number, neither NaN nor infinite.
        return `if (!Number.isFinite(${x})) return F;\n${this.checks(def.checks, x)}`;
      case "boolean":
        return `if (typeof ${x} !== "boolean") return F;\n${this.checks(def.checks, x)}`;
      case "enum": {
        const values = zod.values;
        if (!(values instanceof Set) || values.size === 0) throw new Unsupported("an enum without values");
        for (const v of values) if (typeof v !== "string" || !textClean(v, key)) throw new Unsupported("an enum value that is not clean text");
        // A few values: compared one by one; more: the enum's own set.
        // Stryker disable next-line ConditionalExpression,EqualityOperator: the comparisons and the set accept the same values
        const test = values.size <= 8 ? [...values].map((v) => `${x} !== ${JSON.stringify(v)}`).join(" && ") : `!${this.constant(values)}.has(${x})`;
        return `if (${test}) return F;\n${this.checks(def.checks, x)}`;
      }
      case "array":
        return `${x} = ${this.array(schema, key)}(${x}); if (${x} === F) return F;\n`;
      case "object":
        return `${x} = ${this.object(schema)}(${x}); if (${x} === F) return F;\n`;
      default:
        throw new Unsupported(`zod type ${def.type}`);
    }
  }

  /** A new function's name, its source set later (`fn(name, source)`). */
  private reserve(): string {
    // Stryker disable next-line StringLiteral: a placeholder, always replaced by define() before the source is read
    this.functions.push("");
    return `f${this.functions.length - 1}`;
  }

  /** Sets a function's source. */
  private define(name: string, head: string, body: string): void {
    this.functions[Number(name.slice(1))] = `function ${name}(v) {\n${head}${body}}`;
  }

  /** A function for a list: zod's array parser (a fresh array, item by item) and the list's checks. */
  array(schema: ZodInternals, key: string): string {
    const def = schema._zod.def;
    const name = this.reserve();
    const item = this.node(def.element!, key, "x");
    this.define(
      name,
      `if (!Array.isArray(v)) return F;\n`,
      `const n = v.length;\n` +
        // Over the bound: the bounded path reports it.
        `if (n > maxItems) return F;\n` +
        `const o = new Array(n);\n` +
        `for (let i = 0; i < n; i++) {\nlet x = v[i];\n${item}o[i] = x;\n}\n` +
        this.checks(def.checks, "o", "array") +
        `return o;\n`,
    );
    return name;
  }

  /**
   * A function for an object: zod's object parser for an object without catchall — any
   * non-null non-array object; the shape's keys in order into a fresh object (unknown keys
   * dropped); per field, zod's `handlePropertyResult` for its three kinds — required (an
   * absent key fails), `.optional()` (an absent key stays absent, a present `undefined`
   * stays), `.default()` (absent or `undefined` is a fresh copy of the default) — then the
   * object's checks on the result. Each field is read and checked into a local first; the
   * result is then one object literal when no optional field is there (the usual sparse
   * record), else built key by key.
   */
  object(schema: ZodInternals): string {
    const known = this.objects.get(schema);
    if (known !== undefined) return known;
    const def = schema._zod.def;
    if (def.catchall !== undefined) throw new Unsupported("a catchall");
    const shape = def.shape;
    if (shape === undefined || Object.getOwnPropertySymbols(shape).length > 0) throw new Unsupported("an object without a plain shape");
    const name = this.reserve();
    this.objects.set(schema, name);
    const keys = Object.keys(shape);
    let body = "";
    let optional = 0;
    // The literal's entries (fields always there) and the key-by-key writes.
    const always: string[] = [];
    let writes = "";
    keys.forEach((key, i) => {
      if (key === "__proto__") throw new Unsupported("a __proto__ key");
      const field = shape[key]!;
      const fdef = field._zod.def;
      const a = `a${i}`;
      body += `let ${a} = ${prop("v", key)};\n`;
      if (fdef.type === "optional" || fdef.type === "default") {
        if (fdef.checks !== undefined && fdef.checks.length > 0) throw new Unsupported("a check on a wrapper");
        const inner = fdef.innerType!;
        if (["optional", "default", "prefault", "nullable", "nonoptional", "catch", "pipe"].includes(inner._zod.def.type)) throw new Unsupported("nested wrappers");
        const check = this.node(inner, key, a);
        if (fdef.type === "optional") {
          if (optional === 31) throw new Unsupported("more than 31 optional fields");
          const bit = 1 << optional++;
          // Absent: no key. Present, even as undefined: the key (zod's `key in input`).
          body += `if (${a} === undefined) { if (${JSON.stringify(key)} in v) m |= ${bit}; } else {\n${check}m |= ${bit};\n}\n`;
          writes += `if ((m & ${bit}) !== 0) ${prop("o", key)} = ${a};\n`;
          return;
        }
        // zod reads the default through a getter that copies it (or calls the function it was
        // given): read it here and build a fresh copy each time. A default that is not the same
        // data on every read (a function of the time, a random id) cannot be built ahead: no fast path.
        const value = fdef.defaultValue;
        const source = literal(value);
        if (literal(fdef.defaultValue) !== source) throw new Unsupported("a default that changes");
        if (value === undefined || !textClean(value, key)) throw new Unsupported("a default the text check would flag");
        body += `if (${a} === undefined) ${a} = ${source};\nelse {\n${check}}\n`;
      } else {
        body += `if (${a} === undefined) return F;\n${this.node(field, key, a)}`;
      }
      always.push(`${JSON.stringify(key)}: ${a}`);
      writes += `${prop("o", key)} = ${a};\n`;
    });
    const build =
      optional === 0
        ? `const o = {${always.join(", ")}};\n`
        : `let o;\nif (m === 0) o = {${always.join(", ")}};\nelse {\no = {};\n${writes}}\n`;
    this.define(
      name,
      `if (v === null || typeof v !== "object" || Array.isArray(v)) return F;\n`,
      (optional === 0 ? "" : "let m = 0;\n") + body + build + this.checks(def.checks, "o") + `return o;\n`,
    );
    return name;
  }
}

/**
 * The condition under which a length check must still be called because it might fail, or
 * "" (always call it). Whether zod counts a string's
 * length in UTF-16 units or in code points (one or two units each), a string of at least
 * twice the minimum units has at least the minimum code points, and one of at most the
 * maximum units has at most the maximum; a list's length is its length. Only "passes" is
 * ever decided here: in doubt the check itself runs.
 */
function sureToPass(def: { check: string; minimum?: unknown; maximum?: unknown }, x: string, kind: "string" | "array" | undefined): string {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: "" only means "call it"; and a length check on a number or object is skipped by its own `when`, on an enum's string it is judged as on any string
  if (kind === undefined) return "";
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,StringLiteral: this only spares calls of checks that pass (a string with a surrogate, the only kind with fewer code points than units, never gets here: the text scan falls back first), so the minimum or twice it, or "call it", answer alike
  if (def.check === "min_length" && Number.isSafeInteger(def.minimum)) return `${x}.length < ${kind === "string" ? 2 * (def.minimum as number) : (def.minimum as number)}`;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,StringLiteral: a call more (at the maximum, or always) passes as it would; either half forced true or false leaves the other to decide, or "call it"; zod's maximum is a whole number, and a fractional one compares alike
  if (def.check === "max_length" && Number.isSafeInteger(def.maximum)) return `${x}.length > ${def.maximum as number}`;
  return "";
}

/** The kinds of check that only look at the value (zod's own, and `.check()` functions), run as zod runs them. */
const CHECKS = new Set(["custom", "min_length", "max_length", "length_equals", "greater_than", "less_than", "number_format", "multiple_of"]);

/** Generates and builds the fast parser of a schema; throws Unsupported for what it does not model. */
function build(schema: ZodInternals): _FastParse {
  const g = new Generator();
  const root = g.node(schema, "", "x");
  const source =
    // Stryker disable next-line StringLiteral: the code assigns no undeclared name and reads no `this`: sloppy mode runs it alike
    `"use strict";\n` +
    `const ${g.constants.map((_, i) => `k${i} = K[${i}]`).join(", ") || "none = 0"};\n` +
    `let maxItems = 0, busy = false;\n` +
    // The payload every check gets ({ value, issues }, as zod's): one for the whole walk.
    `const p = { value: undefined, issues: [] };\n` +
    // Stryker disable next-line StringLiteral: function declarations need no line break between them
    `${g.functions.join("\n")}\n` +
    `return function fastParse(x, max) {\n` +
    // A check that validates again (none does): that inner call takes the ordinary path.
    `if (busy) return F;\n` +
    `busy = true;\n` +
    `maxItems = max;\n` +
    // Issues a check raised before falling back are dropped.
    `if (p.issues.length !== 0) p.issues = [];\n` +
    `try {\n${root}return x;\n} catch {\n` +
    // A throwing getter or check: the ordinary path reports it.
    `return F;\n} finally {\nbusy = false;\np.value = undefined;\n}\n};`;
  // Code generated from the schema's definition only: no input ever reaches the source.
  const make = new Function("K", "F", "mayBeNotText", "hasSurrogate", source) as (...args: unknown[]) => _FastParse;
  return make(g.constants, FALLBACK, _mayBeNotText, _hasSurrogate);
}

/** The generated source of a schema's fast parser (for reading and debugging). @internal */
export function _fastParserSource(schema: z.ZodType): string {
  const g = new Generator();
  const root = g.node(schema as unknown as ZodInternals, "", "x");
  return `${g.functions.join("\n")}\n// root\n${root}return x;`;
}

const compiledCache = new WeakMap<object, _FastParse | null>();

/**
 * The fast parser of a schema, compiled on first use, or `undefined` when the schema uses
 * something it does not model (then zod alone parses). The result is either the value zod's
 * `safeParse` returns for a valid input that also passes validate's text check, or
 * {@link FALLBACK}.
 *
 * @internal
 */
export function _fastParser(schema: z.ZodType): _FastParse | undefined {
  let fast = compiledCache.get(schema);
  if (fast === undefined) {
    try {
      fast = build(schema as unknown as ZodInternals);
    } catch {
      // A schema it does not model (Unsupported), or no `new Function` (a strict
      // Content-Security-Policy): zod alone parses.
      fast = null;
    }
    compiledCache.set(schema, fast);
  }
  return fast ?? undefined;
}
