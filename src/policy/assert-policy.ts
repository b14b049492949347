import { _toValidationIssues } from "../entities/issues";
import { _isDeepFrozen } from "../_lib/deep-freeze";
import { _valueAt } from "./define-policy";
import { PolicyError } from "./policy-error";
import { PolicySchema, type Policy } from "./policy-schema";

const checked = new WeakSet<object>();

/**
 * Checks that `policy` is a valid {@link Policy}; throws {@link PolicyError} otherwise.
 * A deeply frozen policy (built-ins and `definePolicy` results) cannot change, so it is
 * checked once; any other object may have been mutated since and is checked every time.
 *
 * @internal
 */
export function _assertPolicy(policy: unknown): Policy {
  if (policy !== null && typeof policy === "object" && checked.has(policy)) return policy as Policy;
  // reportInput: the issues' params say what was received (the input itself is not kept).
  const result = PolicySchema.safeParse(policy, { reportInput: true });
  if (!result.success) {
    const first = result.error.issues[0];
    const id = policy !== null && typeof policy === "object" ? (policy as { id?: unknown }).id : undefined;
    throw new PolicyError(_toValidationIssues(result.error.issues), first ? _valueAt(policy, first.path) : policy, typeof id === "string" ? id : undefined);
  }
  if (_isDeepFrozen(policy)) checked.add(policy as object);
  return policy as Policy;
}
