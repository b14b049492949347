import { UnitSchema, type Unit, type UnitInput } from "../entities";

/**
 * A parsed unit for tests: a producer with a valid USCC (GB 32100's own example) and the
 * given fields. @internal
 */
export function _unit(over: Partial<UnitInput> = {}): Unit {
  return UnitSchema.parse({ id: "u1", name: "测试单位", uscc: "91350100M000100Y43", roles: ["producer"], ...over });
}
