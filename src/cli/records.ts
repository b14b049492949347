import { describeRecordLocation, type ReportRecordLocation } from "../index";
import type { Lang } from "./errors";
import type { InputLineError, OpenedInput } from "./input";
import { oneLine } from "./terminal-text";

/** Where a record comes from, for messages: the file, its position, and its id when it has one (the library's {@link ReportRecordLocation}). */
export type RecordLocation = ReportRecordLocation;

/** One record read from an input. */
export interface InputRecord {
  ok: true;
  /** Where it comes from. */
  location: RecordLocation;
  /** The parsed JSON value, not yet validated. */
  value: unknown;
  /** The `asOf` of the data set the record belongs to, when it came from one (unvalidated). */
  datasetAsOf?: unknown;
  /** Set on the first record of a document whose bytes were not valid UTF-8 (read as U+FFFD): warned of once. */
  invalidUtf8?: boolean;
}

/** An NDJSON line that could not be parsed. */
export interface InputRecordError {
  ok: false;
  /** Where. */
  location: RecordLocation;
  /** The parse problem. */
  error: InputLineError;
}

/**
 * Whether a value looks like a data set (`{ units: […] }`) rather than a unit: the guess
 * of `--kind` when it is not given.
 *
 * @param value - A parsed JSON value.
 * @returns `true` for an object with a `units` key.
 * @example
 * ```ts
 * isDatasetLike({ asOf: "2026-11-20", units: [] }); // true
 * isDatasetLike({ id: "u1" });                      // false
 * ```
 */
export function isDatasetLike(value: unknown): value is { units: unknown; asOf?: unknown } {
  return value !== null && typeof value === "object" && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, "units");
}

/**
 * The string `id` of a record, if it has one (for messages), cut to 80 characters.
 *
 * @param value - A parsed JSON value.
 * @returns The id, or `undefined` when the value is not an object with a non-empty string `id`.
 * @example
 * ```ts
 * recordId({ id: "NJ01" }); // "NJ01"
 * recordId([1, 2]);         // undefined
 * ```
 */
export function recordId(value: unknown): string | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === "string" && id.length > 0 ? id.slice(0, 80) : undefined;
}

/**
 * The units of an input, one record at a time: a data set's `units`, an array's
 * elements, a single object, or each NDJSON line (a line holding a data set is expanded
 * into its units). Values are not validated here; unparseable NDJSON lines come out as
 * errors and the rest goes on.
 *
 * @param input - An opened input.
 * @returns The records in order.
 * @example
 * ```ts
 * for await (const r of unitRecords(await openInput("demo.json", { stdin }))) {
 *   if (r.ok) validate("unit", r.value);
 * }
 * ```
 */
export async function* unitRecords(input: OpenedInput): AsyncGenerator<InputRecord | InputRecordError> {
  for await (const batch of unitRecordBatches(input)) yield* batch;
}

/**
 * Like {@link unitRecords}, but yields the records of each chunk read as one array (one
 * asynchronous step per 64 KiB of NDJSON instead of one per record).
 *
 * @param input - An opened input (its `batches` are read).
 * @returns Arrays of records, in order.
 * @example
 * ```ts
 * for await (const records of unitRecordBatches(input)) for (const r of records) …
 * ```
 */
export async function* unitRecordBatches(input: OpenedInput): AsyncGenerator<(InputRecord | InputRecordError)[]> {
  let index = 0;
  for await (const docs of input.batches) {
    const batch: (InputRecord | InputRecordError)[] = [];
    for (const doc of docs) {
      if (!doc.ok) {
        // A spreadsheet's unit left out: located by its sheet and row (单位!3) and id.
        const location: RecordLocation = doc.table ? { file: input.name, index: index++, pointer: doc.table.where, ...(doc.table.id !== undefined ? { id: doc.table.id } : {}) } : { file: input.name, index: index++, line: doc.line, pointer: "" };
        batch.push({ ok: false, location, error: doc });
        continue;
      }
      const value = doc.value;
      const first = batch.length;
      if (isDatasetLike(value) && Array.isArray(value.units)) {
        for (let i = 0; i < value.units.length; i++) {
          const unit: unknown = value.units[i];
          const location: RecordLocation = { file: input.name, index: index++, pointer: `/units/${i}` };
          if (doc.line !== undefined) location.line = doc.line;
          batch.push({ ok: true, location: withId(location, unit), value: unit, datasetAsOf: value.asOf });
        }
      } else if (Array.isArray(value) && input.format === "json") {
        for (let i = 0; i < value.length; i++) {
          batch.push({ ok: true, location: withId({ file: input.name, index: index++, pointer: `/${i}` }, value[i]), value: value[i] });
        }
      } else {
        // One object per record (NDJSON: one per line), its keys in the order withId gives them.
        const id = recordId(value);
        let location: RecordLocation;
        if (doc.line !== undefined) location = id === undefined ? { file: input.name, index: index++, pointer: "", line: doc.line } : { file: input.name, index: index++, pointer: "", line: doc.line, id };
        else location = id === undefined ? { file: input.name, index: index++, pointer: "" } : { file: input.name, index: index++, pointer: "", id };
        batch.push({ ok: true, location, value });
      }
      // Bytes that were not UTF-8: flagged on the document's first record, to be warned of once.
      const head = batch[first];
      if (doc.invalidUtf8 && head?.ok) head.invalidUtf8 = true;
    }
    if (batch.length > 0) yield batch;
  }
}

function withId(location: RecordLocation, value: unknown): RecordLocation {
  const id = recordId(value);
  return id === undefined ? location : { ...location, id };
}

/**
 * A short description of where a record is, for messages:
 * `units.ndjson:5 (u-003)`, `demo.json /units/3 (u-003)`, `demo.json #1`.
 *
 * @param location - The record's location.
 * @param lang - The language.
 * @returns One line of text.
 * @example
 * ```ts
 * describeLocation({ file: "a.ndjson", index: 4, line: 5, pointer: "", id: "u-003" }, "zh"); // "a.ndjson:5（u-003）"
 * ```
 */
export function describeLocation(location: RecordLocation, lang: Lang): string {
  // One line: a file name or id holding a line break or control character is shown escaped.
  return oneLine(describeRecordLocation(location, lang));
}
