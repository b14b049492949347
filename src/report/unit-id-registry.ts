import type { ValidationIssue } from "../entities";
import { _short, _validationIssue } from "../entities/messages";
import type { ReportRecordLocation } from "./record-location";
import type { ReportInvalidRow } from "./types";

/**
 * Where a record is, in words that are the same in every language (for the params of an
 * issue, whose Chinese and English messages are both built from them):
 * `units.ndjson:5`, `demo.json /units/3`, `demo.json #1`.
 *
 * @internal
 */
export function _recordWhere(location: ReportRecordLocation): string {
  let where = location.file;
  if (location.line !== undefined) where += `:${location.line}`;
  const at = location.pointer !== "" ? location.pointer : location.line === undefined ? `#${location.index + 1}` : "";
  return where === "" ? at : at === "" ? where : `${where} ${at}`;
}

/**
 * The one rule for repeated unit ids (see {@link createUnitIdRegistry}): which record
 * claimed each id first.
 *
 * @see 宁市监质监〔2023〕146号 二（五）（“核实一批录入一批”）
 */
export interface UnitIdRegistry {
  /**
   * Claims `id` for the record at `location`. The first record with an id wins; a later one
   * gets back its invalid row: `kind: "invalid"`, one issue `duplicate_id` at `/id` with
   * `params: { list: "units", received: id, path: <where the first one is> }`, and
   * `firstLocation`, the first record's location. Claiming an id again from the first
   * record's own location is not a repeat.
   *
   * @param id - The unit id.
   * @param location - Where this record is.
   * @returns `undefined` when this record is the first with `id`; else its invalid row.
   */
  claim(id: string, location: ReportRecordLocation): ReportInvalidRow | undefined;
  /**
   * Where the record that claimed `id` is, if any did.
   *
   * @param id - The unit id.
   * @returns The first record's location, or `undefined`.
   */
  firstOf(id: string): ReportRecordLocation | undefined;
  /** How many ids have been claimed. */
  readonly size: number;
}

/**
 * One rule for repeated unit ids, the same in every command and every library helper that
 * takes many units (`createReportBuilder`, `buildSupervisionReport`, the `qsd` commands):
 * the first record with an id wins — valid or not, it claims the id — and every later
 * record with that id is an invalid record with code `duplicate_id` that names both
 * locations (its own, and the first one's in `params.path` and `firstLocation`). Memory: one
 * entry per distinct id.
 *
 * @returns An empty registry.
 * @example
 * ```ts
 * const ids = createUnitIdRegistry();
 * ids.claim("NJ01", { file: "a.ndjson", index: 0, line: 1, pointer: "" }); // undefined: first
 * ids.claim("NJ01", { file: "a.ndjson", index: 4, line: 5, pointer: "" })?.issues[0]?.message;
 * // 'units 中的标识"NJ01"重复（首次出现于 a.ndjson:1）'
 * ```
 * @see 宁市监质监〔2023〕146号 二（五）（“核实一批录入一批”）
 */
export function createUnitIdRegistry(): UnitIdRegistry {
  const first = new Map<string, ReportRecordLocation>();
  return {
    claim(id: string, location: ReportRecordLocation): ReportInvalidRow | undefined {
      const seen = first.get(id);
      if (seen === undefined) {
        first.set(id, { ...location });
        return undefined;
      }
      if (seen.file === location.file && seen.index === location.index && seen.pointer === location.pointer) return undefined;
      const issue: ValidationIssue = _validationIssue("/id", "duplicate_id", { list: "units", received: _short(id), path: _recordWhere(seen) });
      return { location, kind: "invalid", issues: [issue], firstLocation: { ...seen } };
    },
    firstOf(id: string): ReportRecordLocation | undefined {
      const seen = first.get(id);
      return seen === undefined ? undefined : { ...seen };
    },
    get size() {
      return first.size;
    },
  };
}
