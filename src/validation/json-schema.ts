import { z } from "zod";
import { validationRegistry, type ValidationKind } from "./registry";

/**
 * The `$id` of a kind's JSON Schema: a URN, `urn:quality-safety-duty:schema:<kind>`.
 *
 * Why a URN and not an `https://` address: the package owns no web domain, and an
 * address that does not resolve (or that someone else may one day serve) is worse than a
 * name that never pretends to be fetchable. The URN is stable across releases and
 * identifies the kind; the file itself is reached through the package, as
 * `quality-safety-duty/schemas/<kind>.schema.json`, whose version pins the content.
 *
 * @param kind - A registered kind.
 * @returns The URN.
 * @example
 * ```ts
 * validationSchemaId("unit"); // "urn:quality-safety-duty:schema:unit"
 * ```
 * @see DESIGN.md "Entities and validation"
 */
export function validationSchemaId(kind: ValidationKind): string {
  return `urn:quality-safety-duty:schema:${kind}`;
}

/**
 * The JSON Schema (draft 2020-12) of a kind, as written to `schemas/<kind>.schema.json`
 * by `npm run schemas`, with `$id` ({@link validationSchemaId}), `title` and `description`
 * from the registry.
 *
 * It describes the INPUT (`io: "input"`), i.e. what users may send: fields with a zod
 * `.default(…)` (the lists `people`, `riskEvents`, …, the product flags) are optional,
 * and unknown keys are allowed (zod drops them). The output form would mark those
 * fields required and forbid extra keys, rejecting documents {@link validate} accepts.
 * The `default` keywords still tell readers what an omitted field becomes.
 *
 * JSON Schema cannot express every rule: the USCC check character, unique ids,
 * cross-references such as `byPersonId`, and date order are checked by {@link validate}
 * only — each schema's `description` lists them. Dates carry `format: "date"` and the
 * USCC a `pattern`.
 *
 * @param kind - A registered kind.
 * @returns A fresh JSON-compatible object.
 * @example
 * ```ts
 * const schema = validationJsonSchema("unit");
 * schema.$id; // "urn:quality-safety-duty:schema:unit"
 * ```
 * @see DESIGN.md "Entities and validation"
 */
export function validationJsonSchema(kind: ValidationKind): Record<string, unknown> {
  const { schema, title, description } = validationRegistry[kind];
  const { $schema, ...body } = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "throw" }) as Record<string, unknown>;
  return { $schema, $id: validationSchemaId(kind), ...body, title, description };
}
