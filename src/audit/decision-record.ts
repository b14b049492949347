import { _appendPointer, _pointerKeys } from "../_lib/json-pointer";
import { chinaCalendar } from "../calendar";
import { describeValue, type IsoDate } from "../dates";
import type { DecisionMismatchCode, Problem, ProblemParams, Unit } from "../entities";
import { _errorMessages, _isProblemCode, _problem } from "../entities/messages";
import { anhui2023, nanjing2023, type Policy } from "../policy";
import { classifyUnit } from "../supervision";
import { obligations } from "../obligations";
import { evaluateChecklist, prefillChecklist, type ChecklistTemplate, type EvaluableChecklistResponse, type PrefillChecklistOptions } from "../checklists";
import { CANONICALIZATION, canonicalJson } from "./canonical-json";
import { canonicalDigest, DIGEST_ALGORITHM } from "./digest";
import { PACKAGE_NAME, VERSION } from "./version";

/**
 * The decisions an audit record can hold: `classify` ({@link classifyUnit}), `obligations`
 * ({@link obligations}), `checklist-evaluation` ({@link evaluateChecklist}) and
 * `checklist-prefill` ({@link prefillChecklist}).
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export type DecisionKind = "classify" | "obligations" | "checklist-evaluation" | "checklist-prefill";

/**
 * The decision kinds, in the order of {@link DecisionKind}.
 *
 * @example
 * ```ts
 * DECISION_KINDS.includes("classify"); // true
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export const DECISION_KINDS: readonly DecisionKind[] = Object.freeze(["classify", "obligations", "checklist-evaluation", "checklist-prefill"]);

/**
 * The input of a `classify` decision: `classifyUnit(unit, { asOf, policy })`.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface ClassifyDecisionInput {
  /** Always `"classify"`. */
  kind: "classify";
  /** The unit, as parsed. */
  unit: Unit;
  /** The day classified as of. */
  asOf: IsoDate;
}
/**
 * The input of an `obligations` decision: `obligations(unit, { asOf, policy })`, on the
 * default calendar (`chinaCalendar`).
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface ObligationsDecisionInput {
  /** Always `"obligations"`. */
  kind: "obligations";
  /** The unit, as parsed. */
  unit: Unit;
  /** The day judged as of. */
  asOf: IsoDate;
}
/**
 * The input of a `checklist-evaluation` decision: `evaluateChecklist(template, response)`.
 *
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export interface ChecklistEvaluationDecisionInput {
  /** Always `"checklist-evaluation"`. */
  kind: "checklist-evaluation";
  /** The template (it is the rule set: no policy is involved). */
  template: ChecklistTemplate;
  /** The filled-in checklist. */
  response: EvaluableChecklistResponse;
}
/**
 * The input of a `checklist-prefill` decision: `prefillChecklist(template, unit, { asOf,
 * policy, period, filledBy, department, contact })`, on the default calendar.
 *
 * @see 宁市监质监〔2023〕146号 附件2/3
 */
export interface ChecklistPrefillDecisionInput extends Pick<PrefillChecklistOptions, "period" | "filledBy" | "department" | "contact"> {
  /** Always `"checklist-prefill"`. */
  kind: "checklist-prefill";
  /** The template (附件2 or 附件3). */
  template: ChecklistTemplate;
  /** The unit, as parsed. */
  unit: Unit;
  /** 检查日 */
  asOf: IsoDate;
}

/**
 * What a decision was computed from, without the policy (given beside it): the
 * arguments of the decision's function, tagged with its kind. It must be plain JSON data
 * (see {@link canonicalJson}); calendars, being code, are not part of it — decisions that
 * use one are recorded on the default `chinaCalendar`, named in the record's `calendar`.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export type DecisionInput = ClassifyDecisionInput | ObligationsDecisionInput | ChecklistEvaluationDecisionInput | ChecklistPrefillDecisionInput;

/**
 * A rule set named by its id and version, with the SHA-256 digest (hex) of its canonical
 * JSON.
 *
 * @see https://www.rfc-editor.org/rfc/rfc8785
 */
export interface RulesDigest {
  /** e.g. `"nanjing2023"` or `"producer-tasks"`. */
  id: string;
  /** e.g. `"1.0.0"`. */
  version: string;
  /** SHA-256 (hex) of the canonical JSON of the whole policy or template. */
  digest: string;
}

/**
 * A serialisable record of one decision: what was decided, under which rules, from which
 * input (by digest), with which version of this package — enough for anyone holding the
 * same input and policy to show they give the same decision ({@link verifyDecisionRecord}).
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface DecisionRecord {
  /** Which decision (see {@link DecisionKind}). */
  kind: DecisionKind;
  /** The decision itself, as plain JSON (its canonical JSON parsed back). */
  decision: unknown;
  /** The policy used, with its digest; `null` for `checklist-evaluation`, which uses none. */
  policy: RulesDigest | null;
  /** The checklist template used (checklist kinds), with its digest. */
  template?: RulesDigest;
  /** The id of the working-day calendar used (`obligations`, `checklist-prefill`): always the default `chinaCalendar`. */
  calendar?: string;
  /** The input, by the SHA-256 (hex) of its canonical JSON (the {@link DecisionInput} object, `kind` included). */
  input: {
    /** SHA-256 (64 lower-case hex digits) of the input's RFC 8785 canonical JSON. */
    digest: string;
  };
  /** The package that made the record. */
  createdWith: {
    /** The npm package name, `"quality-safety-duty"` ({@link PACKAGE_NAME}). */
    package: string;
    /** The package version that made the record ({@link VERSION}), e.g. `"0.1.0"`. */
    version: string;
  };
  /** The digest algorithm: `"SHA-256"`. */
  algorithm: string;
  /** The canonical form hashed: `"RFC 8785 (JCS)"` (see {@link canonicalJson}). */
  canonicalization: string;
}

/**
 * Thrown by {@link decisionRecord} when the record would not be true: the decision does not
 * follow from the input and policy, or names another policy or template, or the kind is
 * unknown.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export class DecisionRecordError extends Error {
  /** Always `"DecisionRecordError"`. */
  override readonly name = "DecisionRecordError";
  /** `unknown_kind`, `policy_mismatch`, `template_mismatch` or `decision_mismatch`. */
  readonly code: "unknown_kind" | "policy_mismatch" | "template_mismatch" | "decision_mismatch";
  /** JSON pointer of the first difference inside the decision (`decision_mismatch`). */
  readonly path?: string;
  /** 中文说明 */
  readonly messageZh: string;
  /**
   * What the messages are built from, as data: the kind given and the known ones
   * (`received`, `values`), the policy or template named and the one given (`received`,
   * `expected`), or the first difference (`path`).
   */
  readonly params: ProblemParams;
  /**
   * @param code - Why.
   * @param params - What the messages are built from (see {@link DecisionRecordError.params}).
   */
  constructor(code: DecisionRecordError["code"], params: ProblemParams = {}) {
    const { message, messageZh } = _errorMessages(code, params);
    super(message);
    this.code = code;
    this.messageZh = messageZh;
    this.params = params;
    if (params.path !== undefined) this.path = params.path;
  }
}

/**
 * One way a record fails to verify.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface DecisionMismatch extends Problem<DecisionMismatchCode> {
  /**
   * What differs: `record` (not a decision record), `kind`, `algorithm`,
   * `canonicalization`, `policy` (no policy to check against), `policy.id`,
   * `policy.version`, `policy.digest`, `template.id`, `template.version`,
   * `template.digest`, `input.digest`, `decision`.
   */
  field: string;
  /** The value in the record. */
  expected?: unknown;
  /** The value found now. */
  actual?: unknown;
  /** For `decision`: the JSON pointer of the first difference. */
  path?: string;
}

/**
 * The result of {@link verifyDecisionRecord}.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface DecisionVerification {
  /** Every digest and the decision match. */
  ok: boolean;
  /** What does not (empty when `ok`). */
  mismatches: DecisionMismatch[];
}

const BUILT_IN: readonly Policy[] = [nanjing2023, anhui2023];
const USES_POLICY: ReadonlySet<DecisionKind> = new Set(["classify", "obligations", "checklist-prefill"]);
const USES_CALENDAR: ReadonlySet<DecisionKind> = new Set(["obligations", "checklist-prefill"]);

/**
 * Makes an audit record of a decision: the decision, the policy (and template) it used
 * with their SHA-256 digests, the SHA-256 digest of its input, this package's version, and
 * the algorithm and canonical form used — a plain JSON object to store beside the decision.
 * Anyone holding the same input and policy can later show they give the same decision with
 * {@link verifyDecisionRecord}, in any language that implements RFC 8785 and SHA-256.
 *
 * The record is checked before it is made: the decision must name the policy given (its
 * `policy: { id, version }`; for `checklist-evaluation` its `template: { id, version }`),
 * and re-running the decision from `input` and the policy must give it again (canonical
 * JSON equality).
 *
 * Digests use Web Crypto, so the result is a promise; they are hex SHA-256 of the UTF-8
 * canonical JSON ({@link canonicalJson}) of the input object, of the whole policy and of
 * the whole template.
 *
 * @param decision - The decision, as returned by `classifyUnit`, `obligations`,
 *   `evaluateChecklist` or `prefillChecklist`.
 * @param input - What it was computed from, tagged with its `kind` (see {@link DecisionInput}).
 * @param policy - The policy used (default: the built-in policy the decision names,
 *   `nanjing2023` or `anhui2023`; else `nanjing2023`). Ignored for `checklist-evaluation`.
 * @returns A promise of the record.
 * @throws {@link DecisionRecordError} (rejects) when the kind is unknown, the decision names
 *   another policy or template, or does not follow from the input; {@link CanonicalJsonError}
 *   when the input or decision is not JSON; `DigestUnavailableError` without Web Crypto;
 *   what re-running the decision throws, e.g. `UnitDataError` when the unit's credit class
 *   is not in the policy's class set (`classify`, `obligations`).
 * @example
 * ```ts
 * const decision = classifyUnit(unit, { asOf: "2026-11-20" });
 * const record = await decisionRecord(decision, { kind: "classify", unit, asOf: "2026-11-20" });
 * record.policy;        // { id: "nanjing2023", version: "1.0.0", digest: "…64 hex…" }
 * JSON.stringify(record); // store it
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export async function decisionRecord(decision: unknown, input: DecisionInput, policy?: Policy): Promise<DecisionRecord> {
  const kind = input.kind;
  if (!DECISION_KINDS.includes(kind)) throw unknownKind(kind);
  const named = _namedRules(kind, decision);
  let p: Policy | undefined;
  if (USES_POLICY.has(kind)) {
    p = policy ?? (named ? BUILT_IN.find((b) => b.id === named.id) : undefined) ?? nanjing2023;
    if (named && (named.id !== p.id || named.version !== p.version)) {
      throw new DecisionRecordError("policy_mismatch", { received: `${named.id} ${named.version}`, expected: `${p.id} ${p.version}` });
    }
  } else if (named && "template" in input && (named.id !== input.template.id || named.version !== input.template.version)) {
    throw new DecisionRecordError("template_mismatch", { received: `${named.id} ${named.version}`, expected: `${input.template.id} ${input.template.version}` });
  }
  const text = canonicalJson(decision);
  const again = canonicalJson(_run(input, p ?? nanjing2023));
  if (again !== text) {
    const path = _firstDifference(JSON.parse(text), JSON.parse(again), "") ?? "";
    throw new DecisionRecordError("decision_mismatch", { path });
  }
  const [inputDigest, policyDigest, templateDigest] = await Promise.all([
    canonicalDigest(input),
    p === undefined ? Promise.resolve(undefined) : canonicalDigest(p),
    "template" in input ? canonicalDigest(input.template) : Promise.resolve(undefined),
  ]);
  const record: DecisionRecord = {
    kind,
    decision: JSON.parse(text) as unknown,
    policy: p === undefined ? null : { id: p.id, version: p.version, digest: policyDigest! },
    input: { digest: inputDigest },
    createdWith: { package: PACKAGE_NAME, version: VERSION },
    algorithm: DIGEST_ALGORITHM,
    canonicalization: CANONICALIZATION,
  };
  if ("template" in input) record.template = { id: input.template.id, version: input.template.version, digest: templateDigest! };
  if (USES_CALENDAR.has(kind)) record.calendar = chinaCalendar.id;
  return record;
}

/**
 * Checks an audit record against an input and a policy: recomputes the digests of the
 * input, the policy and the template, re-runs the decision by its kind, and compares it
 * with the recorded one (canonical JSON equality). A change in the rules (the policy, the
 * template, or this package's logic) or in the data shows as a mismatch; the first
 * difference inside the decision is given as a JSON pointer.
 *
 * Never throws for a bad record or input: every problem is a mismatch (a decision that
 * cannot be re-run is a `decision` mismatch carrying the error message).
 *
 * @param record - A record from {@link decisionRecord} (e.g. parsed from storage).
 * @param input - The input claimed to have given it.
 * @param policy - The policy claimed (default: the built-in policy with the record's
 *   policy id, if any). Ignored for `checklist-evaluation`.
 * @returns A promise of `{ ok, mismatches }`.
 * @example
 * ```ts
 * const { ok, mismatches } = await verifyDecisionRecord(record, { kind: "classify", unit, asOf: "2026-11-20" });
 * ok; // true — the same input and policy give the same decision
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export async function verifyDecisionRecord(record: DecisionRecord, input: DecisionInput, policy?: Policy): Promise<DecisionVerification> {
  const mismatches: DecisionMismatch[] = [];
  const miss = (field: string, code: DecisionMismatchCode, params: ProblemParams, expected?: unknown, actual?: unknown, path?: string): void => {
    const m: DecisionMismatch = { field, ..._problem(code, params) };
    if (expected !== undefined) m.expected = expected;
    if (actual !== undefined) m.actual = actual;
    if (path !== undefined) m.path = path;
    mismatches.push(m);
  };
  if (record === null || typeof record !== "object" || !DECISION_KINDS.includes(record.kind) || record.input === null || typeof record.input !== "object") {
    miss("record", "record_invalid", {});
    return { ok: false, mismatches };
  }
  if (input === null || typeof input !== "object" || input.kind !== record.kind) {
    miss("kind", "record_kind_differs", { expected: record.kind, received: describeValue(input?.kind) }, record.kind, input?.kind);
    return { ok: false, mismatches };
  }
  if (record.algorithm !== DIGEST_ALGORITHM) miss("algorithm", "record_algorithm_unsupported", { received: String(record.algorithm), expected: DIGEST_ALGORITHM }, record.algorithm, DIGEST_ALGORITHM);
  if (record.canonicalization !== CANONICALIZATION) {
    miss("canonicalization", "record_canonicalization_unsupported", { received: String(record.canonicalization), expected: CANONICALIZATION }, record.canonicalization, CANONICALIZATION);
  }
  if (mismatches.length > 0) return { ok: false, mismatches };

  const kind = record.kind;
  let p: Policy | undefined;
  if (USES_POLICY.has(kind)) {
    const ref = record.policy;
    p = policy ?? (ref ? BUILT_IN.find((b) => b.id === ref.id) : undefined);
    if (p === undefined || ref === null || typeof ref !== "object") {
      miss("policy", "record_policy_unavailable", ref?.id === undefined ? {} : { expected: String(ref.id) }, ref?.id);
    } else {
      if (ref.id !== p.id) miss("policy.id", "record_policy_id_differs", { expected: String(ref.id), received: p.id }, ref.id, p.id);
      if (ref.version !== p.version) miss("policy.version", "record_policy_version_differs", { expected: String(ref.version), received: p.version }, ref.version, p.version);
      const digest = await _digestOrError(p);
      if (digest !== ref.digest) miss("policy.digest", "record_policy_digest_differs", { expected: String(ref.digest), received: digest }, ref.digest, digest);
    }
  }
  if ("template" in input && input.template !== null && typeof input.template === "object") {
    // A record parsed from storage may hold anything here (null, a string): treat it as absent.
    const ref = record.template !== null && typeof record.template === "object" ? record.template : undefined;
    const digest = await _digestOrError(input.template);
    if (ref === undefined || ref.id !== input.template.id) {
      miss("template.id", "record_template_id_differs", ref === undefined ? { received: String(input.template.id) } : { expected: String(ref.id), received: String(input.template.id) }, ref?.id, input.template.id);
    } else if (ref.version !== input.template.version) {
      miss("template.version", "record_template_version_differs", { expected: String(ref.version), received: String(input.template.version) }, ref.version, input.template.version);
    }
    if (ref !== undefined && digest !== ref.digest) miss("template.digest", "record_template_digest_differs", { expected: String(ref.digest), received: digest }, ref.digest, digest);
  }
  const inputDigest = await _digestOrError(input);
  if (inputDigest !== record.input.digest) miss("input.digest", "record_input_digest_differs", { expected: String(record.input.digest), received: inputDigest }, record.input.digest, inputDigest);

  if (!USES_POLICY.has(kind) || p !== undefined) {
    try {
      const again = JSON.parse(canonicalJson(_run(input, p ?? nanjing2023))) as unknown;
      const path = _firstDifference(record.decision, again, "");
      if (path !== undefined) {
        miss("decision", "record_decision_differs", { path }, _at(record.decision, path), _at(again, path), path);
      }
    } catch (e) {
      miss("decision", "record_decision_not_recomputable", _thrown(e));
    }
  }
  return { ok: mismatches.length === 0, mismatches };
}

/** An unknown decision kind, as the error {@link decisionRecord} throws. */
function unknownKind(kind: unknown): DecisionRecordError {
  return new DecisionRecordError("unknown_kind", { received: describeValue(kind), values: DECISION_KINDS.slice() });
}

/**
 * What a re-run threw, as params: its text (`detail`) and, for a library error with a code
 * and params of the message tables, that problem as `cause` (so the Chinese says it in
 * Chinese).
 */
function _thrown(e: unknown): ProblemParams {
  const params: ProblemParams = { detail: (e instanceof Error ? e.message : String(e)).slice(0, 200) };
  const code = (e as { code?: unknown } | null)?.code;
  const inner = (e as { params?: unknown } | null)?.params;
  if (_isProblemCode(code) && inner !== null && typeof inner === "object") params.cause = { code, params: inner as ProblemParams };
  return params;
}

/** Re-runs a decision. @internal */
export function _run(input: DecisionInput, policy: Policy): unknown {
  switch (input.kind) {
    case "classify":
      return classifyUnit(input.unit, { asOf: input.asOf, policy });
    case "obligations":
      return obligations(input.unit, { asOf: input.asOf, policy });
    case "checklist-evaluation":
      return evaluateChecklist(input.template, input.response);
    case "checklist-prefill":
      return prefillChecklist(input.template, input.unit, {
        asOf: input.asOf,
        policy,
        ...(input.period !== undefined ? { period: input.period } : {}),
        ...(input.filledBy !== undefined ? { filledBy: input.filledBy } : {}),
        ...(input.department !== undefined ? { department: input.department } : {}),
        ...(input.contact !== undefined ? { contact: input.contact } : {}),
      });
    default:
      throw unknownKind((input as { kind?: unknown }).kind);
  }
}

/**
 * The rules a decision names: `policy: { id, version }` (classify, prefill; each
 * obligation's `policy` when present), or `template: { id, version }` (evaluation). @internal
 */
export function _namedRules(kind: DecisionKind, decision: unknown): { id: string; version: string } | undefined {
  const ref = (v: unknown): { id: string; version: string } | undefined =>
    v !== null && typeof v === "object" && typeof (v as { id?: unknown }).id === "string" && typeof (v as { version?: unknown }).version === "string"
      ? { id: (v as { id: string }).id, version: (v as { version: string }).version }
      : undefined;
  if (decision === null || typeof decision !== "object") return undefined;
  if (kind === "checklist-evaluation") return ref((decision as { template?: unknown }).template);
  if (kind === "obligations") {
    // Obligations are a list; each may name its policy (the same for all).
    const first = Array.isArray(decision) ? decision.find((o) => o !== null && typeof o === "object" && "policy" in o) : undefined;
    return first ? ref((first as { policy?: unknown }).policy) : undefined;
  }
  return ref((decision as { policy?: unknown }).policy);
}

async function _digestOrError(value: unknown): Promise<string> {
  try {
    return await canonicalDigest(value);
  } catch (e) {
    return `error: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** The JSON pointer of the first place where two JSON values differ, or undefined when equal. @internal */
export function _firstDifference(a: unknown, b: unknown, path: string): string | undefined {
  if (a === b) return undefined;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object" || Array.isArray(a) !== Array.isArray(b)) return path;
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (i >= a.length || i >= b.length) return _appendPointer(path, i);
      const d = _firstDifference(a[i], b[i], _appendPointer(path, i));
      if (d !== undefined) return d;
    }
    return undefined;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort();
  for (const k of keys) {
    const at = _appendPointer(path, k);
    if (!Object.hasOwn(ra, k) || !Object.hasOwn(rb, k)) return at;
    const d = _firstDifference(ra[k], rb[k], at);
    if (d !== undefined) return d;
  }
  return undefined;
}

/** The value at a JSON pointer, or undefined. */
function _at(root: unknown, pointer: string): unknown {
  let v: unknown = root;
  for (const key of _pointerKeys(pointer)) {
    if (v === null || typeof v !== "object" || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}
