/**
 * The published JSON Schemas (schemas/<kind>.schema.json) and the TypeScript made from
 * them (test/generated/<kind>.d.ts): up to date with the zod schemas, reachable through
 * the package's exports, and consistent with validate() — JSON Schema is looser (it
 * cannot check the USCC check character or cross-field rules), never stricter.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { buildSchemaFiles, repoRoot } from "../scripts/schemas";
import { chinaCalendarYear2026 } from "../src/calendar";
import { checklistTemplates } from "../src/checklists";
import { nanjing2023 } from "../src/policy";
import { validate, validationJsonSchema, validationKinds, type ValidationKind } from "../src/validation";

// The example code of GB 32100-2015 itself; its check character is right.
const USCC = "91350100M000100Y43";

function validUnit(id = "u1"): Record<string, unknown> {
  return {
    id,
    name: "南京某燃气具有限公司",
    uscc: USCC,
    roles: ["producer"],
    products: { licences: [{ number: "XK08-001-04763", product: "燃气灶", issuedOn: "2023-02-28", expiresOn: "2028-02-27" }], gasAppliance: true },
    people: [
      { id: "p1", name: "张三", role: "principal", from: "2023-05-05" },
      { id: "p2", name: "王五", role: "officer", from: "2023-05-05", to: "2024-02-29" },
    ],
    riskEvents: [{ id: "r1", date: "2024-02-29", severity: "major", kind: "sampling-failure", closedOn: "2024-03-01" }],
    records: [{ kind: "daily", date: "2024-02-29", byPersonId: "p2", zeroRisk: true }],
    assignments: [{ official: "赵六", from: "2023-11-10", recordedOn: "2023-11-15" }],
    creditRisk: { grade: "B", asOf: "2023-12-31" },
    platformEntry: { enteredOn: "2023-11-30" },
  };
}

/** A valid example of every kind; a new kind must add one here. */
const examples: Record<ValidationKind, unknown> = {
  unit: validUnit(),
  dataset: { asOf: "2023-12-31", units: [validUnit("u1"), validUnit("u2")] },
  "checklist-response": {
    templateId: "producer-tasks",
    templateVersion: checklistTemplates["producer-tasks"].version,
    subject: { name: "南京某燃气具有限公司", layer: "C" },
    filledOn: "2024-02-29",
    answers: { "1.1": { result: "yes" }, "1.2": { result: "no", remark: "未配备质量安全总监" } },
    extraItems: [{ id: "6.1", text: "燃气灶熄火保护装置", result: "yes" }],
  },
  // The built-in policy, round-tripped through JSON as a user's file would be.
  policy: JSON.parse(JSON.stringify(nanjing2023)) as unknown,
  // A shipped year, as `qsd calendar import` writes one.
  "calendar-year": JSON.parse(JSON.stringify(chinaCalendarYear2026)) as unknown,
};

function schemaFile(kind: ValidationKind): Promise<Record<string, unknown>> {
  return readFile(resolve(repoRoot, `schemas/${kind}.schema.json`), "utf8").then((text) => JSON.parse(text) as Record<string, unknown>);
}

function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv;
}

/** Every `{ key: subschema }` property in a JSON Schema, depth first. */
function* propertiesOf(schema: unknown): Generator<[string, Record<string, unknown>]> {
  if (typeof schema !== "object" || schema === null) return;
  const properties = (schema as { properties?: Record<string, Record<string, unknown>> }).properties ?? {};
  for (const [key, sub] of Object.entries(properties)) yield [key, sub];
  for (const value of Object.values(schema)) yield* propertiesOf(value);
}

describe("generated files are up to date", () => {
  test("schemas/*.schema.json and test/generated/*.d.ts match the zod schemas", async () => {
    const files = await buildSchemaFiles();
    // Then qsd serve's OpenAPI document and its reference page (scripts/openapi.ts).
    expect(files.map((f) => f.path)).toEqual([...validationKinds.flatMap((k) => [`schemas/${k}.schema.json`, `test/generated/${k}.d.ts`]), "schemas/openapi.json", "docs/api.md"]);
    for (const file of files) {
      const onDisk = await readFile(resolve(repoRoot, file.path), "utf8").catch(() => "(missing)");
      expect(onDisk, `${file.path} is out of date with the zod schemas: run \`npm run schemas\` and commit the result`).toBe(file.content);
    }
  }, 30_000);
});

describe.each(validationKinds)("schemas/%s.schema.json", (kind) => {
  test("is draft 2020-12, with a URN $id, a title and a description", async () => {
    const schema = await schemaFile(kind);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`urn:quality-safety-duty:schema:${kind}`);
    expect(schema.title).toMatch(/^[A-Z][A-Za-z]+$/);
    expect(typeof schema.description).toBe("string");
  });

  test("is what validationJsonSchema returns", async () => {
    expect(await schemaFile(kind)).toEqual(validationJsonSchema(kind));
  });

  test("resolves through the package's exports as quality-safety-duty/schemas/<kind>.schema.json", () => {
    // Node resolves a package's own name through its "exports" from inside the package (self-reference).
    const require = createRequire(import.meta.url);
    expect(require.resolve(`quality-safety-duty/schemas/${kind}.schema.json`)).toBe(resolve(repoRoot, `schemas/${kind}.schema.json`));
  });

  test("compiles under ajv's strict mode and accepts the valid example", async () => {
    const validateJson = newAjv().compile(await schemaFile(kind));
    expect(validateJson(examples[kind]), JSON.stringify(validateJson.errors)).toBe(true);
    expect(validate(kind, examples[kind]).ok).toBe(true);
  });
});

describe("what JSON Schema expresses, and what it says it cannot", () => {
  test("every date field carries format: date", async () => {
    // The date fields of DESIGN.md's data model, and of the records issue 15 adds: job-duty
    // documents and the risk-control list (adoptedOn, revisedOn), veto proposals (decidedOn),
    // the publication of spot-check results (publishedOn).
    const expected = ["adoptedOn", "asOf", "closedOn", "confirmedOn", "date", "decidedOn", "enteredOn", "expiresOn", "from", "issuedOn", "publishedOn", "recallStartedOn", "recordedOn", "revisedOn", "to"];
    const unit = await schemaFile("unit");
    const dated = new Set<string>();
    for (const [key, sub] of propertiesOf(unit)) {
      if (sub.format === "date") {
        dated.add(key);
        expect(sub.type).toBe("string");
      }
    }
    expect([...dated].sort()).toEqual(expected);
    const dataset = await schemaFile("dataset");
    expect((dataset.properties as Record<string, Record<string, unknown>>).asOf?.format).toBe("date");
  });

  test("the USCC carries the GB 32100 character pattern", async () => {
    const uscc = ((await schemaFile("unit")).properties as Record<string, Record<string, unknown>>).uscc!;
    expect(uscc.pattern).toBe("^[0-9A-HJ-NPQRTUWXY]{18}$");
    expect(uscc.description).toMatch(/check character/);
  });

  test.each(validationKinds.filter((k) => k !== "calendar-year"))("%s: the description says what JSON Schema cannot express", async (kind) => {
    expect((await schemaFile(kind)).description).toMatch(/JSON Schema cannot express: .+; validate\(\) checks them[.,]/);
  });

  test("calendar-year: the description says what JSON Schema cannot express, and who checks it", async () => {
    // A year's dates are checked against each other and the weekdays when it is added to a
    // calendar (createWorkCalendar / extendCalendar throw CalendarDataError), not by validate().
    const description = (await schemaFile("calendar-year")).description as string;
    expect(description).toMatch(/JSON Schema cannot express: .+; createWorkCalendar\(\) and extendCalendar\(\) check them/);
    for (const rule of ["inside the year", "Saturdays or Sundays", "both off and working"]) expect(description).toContain(rule);
  });

  test("calendar-year: ajv and validate() agree on form errors", async () => {
    const validateJson = newAjv().compile(await schemaFile("calendar-year"));
    const year = examples["calendar-year"] as Record<string, unknown>;
    const cases = [
      { ...year, year: 2026.5 },
      { ...year, offDays: ["2026-02-30"] },
      { ...year, workingWeekendDays: undefined },
      { ...year, source: { publishedOn: "2025-11-04" } },
      { ...year, source: { title: "《通知》", publishedOn: "2025/11/04" } },
    ];
    for (const input of cases) {
      expect(validateJson(input), JSON.stringify(input)).toBe(false);
      expect(validate("calendar-year", input).ok).toBe(false);
    }
  });

  test("each description names what only validate() checks", async () => {
    const unit = (await schemaFile("unit")).description as string;
    expect(unit).toMatch(/JSON Schema cannot express/);
    for (const rule of ["USCC check character", "unique ids", "byPersonId", "to ≥ from", "closedOn ≥ date", "oldest first"]) expect(unit).toContain(rule);
    expect((await schemaFile("dataset")).description).toMatch(/JSON Schema cannot express: unique unit ids/);
  });

  test("describes the input: defaulted lists are optional, not required", async () => {
    const unit = await schemaFile("unit");
    expect(unit.required).toEqual(["id", "name", "uscc", "roles"]);
    expect((unit.properties as Record<string, Record<string, unknown>>).people?.default).toEqual([]);
  });

  test("rules JSON Schema cannot express pass ajv but fail validate()", async () => {
    const validateJson = newAjv().compile(await schemaFile("unit"));
    const badCheck = { ...validUnit(), uscc: "91350100M000100Y44" };
    const unknownPerson = { ...validUnit(), records: [{ kind: "daily", date: "2024-02-29", byPersonId: "nobody" }] };
    for (const input of [badCheck, unknownPerson]) {
      expect(validateJson(input)).toBe(true);
      expect(validate("unit", input).ok).toBe(false);
    }
  });

  test("ajv and validate() agree on form errors: bad date, bad USCC character, unknown enum value", async () => {
    const validateJson = newAjv().compile(await schemaFile("unit"));
    const cases = [
      { ...validUnit(), riskEvents: [{ id: "r1", date: "2025-02-29", severity: "minor", kind: "other" }] },
      { ...validUnit(), uscc: "91350100M000100I43" },
      { ...validUnit(), roles: ["importer"] },
      { ...validUnit(), roles: [] },
    ];
    for (const input of cases) {
      expect(validateJson(input)).toBe(false);
      expect(validate("unit", input).ok).toBe(false);
    }
  });

  test("JSON Schema never rejects a unit that validate() accepts (property)", async () => {
    const validateJson = newAjv().compile(await schemaFile("unit"));
    const fields = ["id", "name", "uscc", "roles", "size", "staff", "revenueWan", "layer", "district", "products", "people", "riskEvents", "records", "creditRisk", "platformEntry", "extra"];
    const mutated = fc.tuple(fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 2 }), fc.boolean()).map(([key, value, drop]) => {
      const unit = validUnit();
      if (drop) delete unit[key];
      else unit[key] = value;
      return unit;
    });
    fc.assert(
      fc.property(mutated, (input) => {
        if (validate("unit", input).ok && !validateJson(input)) throw new Error(`ajv rejected a valid unit: ${JSON.stringify(validateJson.errors)}`);
      }),
      { numRuns: 1_000 },
    );
  });
});
