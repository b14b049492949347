import { UnitSchema, type Unit, type UnitInput } from "../entities";
import type { Obligation } from "./types";

/** The principal, officer and director of the test unit, in post since 2020-01-01. @internal */
export const _boss = { id: "boss", name: "王总", role: "principal" as const, from: "2020-01-01" };
/** @internal */
export const _off = { id: "off", name: "李安全员", role: "officer" as const, from: "2020-01-01" };
/** @internal */
export const _dir = { id: "dir", name: "张总监", role: "director" as const, from: "2020-01-01" };
/** A production licence without an issue date (燃气灶具). @internal */
export const _licence = { number: "XK08-001-04763", product: "燃气灶具" };

/**
 * A parsed unit for the obligations tests: a producer under a production licence, with a
 * principal, an officer and a director in post since 2020, entered on the platform on
 * 2023-12-01, and the given fields. @internal
 */
export function _unit(over: Partial<UnitInput> = {}): Unit {
  return UnitSchema.parse({
    id: "u1",
    name: "测试单位",
    uscc: "91350100M000100Y43",
    roles: ["producer"],
    products: { licences: [_licence] },
    people: [_boss, _off, _dir],
    platformEntry: { enteredOn: "2023-12-01" },
    ...over,
  });
}

/** The obligations of one kind, typed. @internal */
export function _of<K extends Obligation["kind"]>(list: Obligation[], kind: K): Extract<Obligation, { kind: K }>[] {
  return list.filter((o): o is Extract<Obligation, { kind: K }> => o.kind === kind);
}
