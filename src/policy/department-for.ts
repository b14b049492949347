import { _assertPolicy } from "./assert-policy";
import type { Citation } from "./citations";
import { _COORDINATION_NOTE, type DepartmentRoute } from "./departments";
import { nanjing2023 } from "./nanjing-2023";
import type { Policy } from "./policy-schema";

/**
 * What to route to a department: an obligation kind (`Obligation.kind`), a finding code
 * (`SupervisionFinding.code`, `StaffingFinding.kind`), a checklist item, or a topic of the
 * division of duties (`ccc`, `recall`, `e-commerce-platform`, …). Keys are plain strings,
 * so any module's kinds and codes can be routed.
 *
 * @see 宁市监质监〔2023〕146号 附件1 三
 */
export type DepartmentSubject =
  | {
      /** An obligation kind (`Obligation.kind`), e.g. `"recall"`, `"staffing-director"`. */
      obligationKind: string;
    }
  | {
      /** A finding code (`SupervisionFinding.code`, `StaffingFinding.kind`), e.g. `"vacant"`. */
      findingCode: string;
    }
  | {
      /** A checklist item or section; an item not in the table falls back to its parents. */
      checklistItem: {
        /** The checklist template's id, e.g. `"producer-tasks"` (附件2). */
        templateId: string;
        /** The item or section id within the template, e.g. `"1.2"` or `"2"`. */
        itemId: string;
      };
    }
  | {
      /** A topic of the division of duties (附件1 三), e.g. `"ccc"`, `"recall"`, `"e-commerce-platform"`. */
      topic: string;
    };

/**
 * Options of {@link departmentFor}.
 *
 * @see 宁市监质监〔2023〕146号 附件1 三
 */
export interface DepartmentForOptions {
  /** The policy whose departments and routes to use (default `nanjing2023`). */
  policy?: Policy;
}

/**
 * The department that handles a matter, with the words that give it the matter.
 *
 * @see 宁市监质监〔2023〕146号 附件1 三
 */
export interface DepartmentAssignment {
  /** The department's id (a key of `policy.departments.members`), e.g. `"quality-development"`. */
  department: string;
  /** 名称, e.g. `质量发展处`. */
  name: string;
  /** The name in English. */
  nameEn: string;
  /** The id of the department's duty that covers the matter. */
  duty: string;
  /**
   * 出处 — the duty's clause and words (e.g. 附件1 三（五）"负责缺陷产品召回的监督管理工作");
   * `reading: true` with a note when the route is our reading, or when the matter is in no
   * routing table and goes to the default department.
   */
  citation: Citation;
  /** Which table matched: `obligationKind`, `findingCode`, `checklistItem`, `topic`, or `default`. */
  matchedBy: "obligationKind" | "findingCode" | "checklistItem" | "topic" | "default";
  /** 配合处室 — departments that share the matter (ids), when the route names any. */
  also?: string[];
}

/**
 * The department that handles a matter under a policy's division of duties (Nanjing:
 * 附件1 三、成员处室（单位）职责分工): looks the subject up in the policy's routing table for
 * its kind; a checklist item not in the table falls back to its parents (`2.5.1` → `2.5`
 * → section `2`);
 * anything not found goes to the policy's default department (Nanjing: 质量监督处,
 * "统筹协调推进“两个规定”工作"), with a citation marked as a reading.
 *
 * @param subject - `{ obligationKind }`, `{ findingCode }`, `{ checklistItem: { templateId, itemId } }` or `{ topic }`.
 * @param options - Optionally `policy` (default `nanjing2023`).
 * @returns The department's id and names, the duty, the citation and which table matched.
 * @throws {@link PolicyError} when the policy is invalid.
 * @example
 * ```ts
 * departmentFor({ obligationKind: "recall" }).name;           // "质量发展处"
 * departmentFor({ findingCode: "vacant" }).department;    // "enforcement-coordination"
 * departmentFor({ topic: "ccc" }).citation.clause;             // "附件1 三（六）"
 * departmentFor({ obligationKind: "something-new" }).matchedBy; // "default"
 * ```
 * @see 宁市监质监〔2023〕146号 附件1 三、成员处室（单位）职责分工
 */
export function departmentFor(subject: DepartmentSubject, options: DepartmentForOptions = {}): DepartmentAssignment {
  const policy = _assertPolicy(options.policy ?? nanjing2023);
  const d = policy.departments;
  const find = (table: Record<string, DepartmentRoute>, key: string): DepartmentRoute | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);
  let route: DepartmentRoute | undefined;
  let matchedBy: DepartmentAssignment["matchedBy"] = "default";
  if ("obligationKind" in subject) {
    route = find(d.routes.obligationKind, subject.obligationKind);
    matchedBy = "obligationKind";
  } else if ("findingCode" in subject) {
    route = find(d.routes.findingCode, subject.findingCode);
    matchedBy = "findingCode";
  } else if ("checklistItem" in subject) {
    const { templateId, itemId } = subject.checklistItem;
    // The item, then its parents: 2.5.1 → 2.5 → 2.
    for (let id = itemId; route === undefined && id !== ""; id = id.slice(0, Math.max(0, id.lastIndexOf(".")))) {
      route = find(d.routes.checklistItem, `${templateId}/${id}`);
    }
    matchedBy = "checklistItem";
  } else if ("topic" in subject) {
    route = find(d.routes.topic, subject.topic);
    matchedBy = "topic";
  }
  if (route === undefined) {
    route = d.default;
    matchedBy = "default";
  }
  return _assignment(policy, route, matchedBy);
}

/** The assignment for a route (which the schema guarantees names a member and its duty). @internal */
export function _assignment(policy: Policy, route: DepartmentRoute, matchedBy: DepartmentAssignment["matchedBy"]): DepartmentAssignment {
  const member = policy.departments.members[route.department]!;
  const duty = member.duties.find((x) => x.id === route.duty)!;
  const note = route.note ?? (matchedBy === "default" ? _COORDINATION_NOTE : undefined);
  const citation: Citation = note === undefined ? duty.citation : { ...duty.citation, reading: true, note };
  const out: DepartmentAssignment = { department: route.department, name: member.name, nameEn: member.nameEn, duty: route.duty, citation, matchedBy };
  if (route.also !== undefined && route.also.length > 0) out.also = route.also.map((a) => a.department);
  return out;
}
