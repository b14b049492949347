import { z } from "zod";
import { type Citation, CitationSchema, NANJING_PLAN } from "./citations";

/** A county-level administrative division code (GB/T 2260): six digits, e.g. `320105`. */
const DistrictCode = z
  .string()
  .regex(/^\d{6}$/)
  .meta({ description: "行政区划代码 — a GB/T 2260 code: six digits, e.g. 320105." });

/** One district's names. */
const DistrictSchema = z.strictObject({
  /** 名称, e.g. `建邺区`. */
  name: z.string().min(1).max(100).meta({ description: "名称 — the district's name, e.g. 建邺区." }),
  /** The name in English, e.g. `Jianye District`. */
  nameEn: z.string().min(1).max(200).meta({ description: "The district's name in English." }),
});

/**
 * 辖区 — the districts a policy knows, by GB/T 2260 code, with their names. A unit's
 * `district` outside this table is a warning of `validate` with the policy (code
 * `unknown_district`), never an error: divisions change, and a unit registered elsewhere
 * may still be supervised here. An empty table knows no districts and warns of none.
 *
 * @see GB/T 2260 中华人民共和国行政区划代码
 * @see 宁市监质监〔2023〕146号 主送（江北新区、各区市场监管局）
 */
export const DistrictsSchema = z
  .strictObject({
    /** 辖区 — by code, in code order. */
    codes: z.record(DistrictCode, DistrictSchema).meta({ description: "辖区 — the districts by GB/T 2260 code, with their names." }),
    /** 出处 */
    citation: CitationSchema,
  })
  .meta({ description: "辖区 — the districts the policy knows (GB/T 2260 codes and names), with the citation." });

/**
 * A policy's districts, as parsed (see {@link DistrictsSchema}).
 *
 * @see GB/T 2260 中华人民共和国行政区划代码
 */
export type Districts = z.infer<typeof DistrictsSchema>;

/**
 * The eleven districts of Nanjing (南京市, GB/T 2260 prefix 3201) with their codes: the
 * bureaus the plan is addressed to ("江北新区、各区市场监管局").
 *
 * @example
 * ```ts
 * nanjingDistricts.codes["320105"].name; // "建邺区"
 * ```
 * @see GB/T 2260 中华人民共和国行政区划代码
 * @see 宁市监质监〔2023〕146号 主送
 */
export const nanjingDistricts: Districts = Object.freeze({
  codes: Object.freeze({
    "320102": Object.freeze({ name: "玄武区", nameEn: "Xuanwu District" }),
    "320104": Object.freeze({ name: "秦淮区", nameEn: "Qinhuai District" }),
    "320105": Object.freeze({ name: "建邺区", nameEn: "Jianye District" }),
    "320106": Object.freeze({ name: "鼓楼区", nameEn: "Gulou District" }),
    "320111": Object.freeze({ name: "浦口区", nameEn: "Pukou District" }),
    "320113": Object.freeze({ name: "栖霞区", nameEn: "Qixia District" }),
    "320114": Object.freeze({ name: "雨花台区", nameEn: "Yuhuatai District" }),
    "320115": Object.freeze({ name: "江宁区", nameEn: "Jiangning District" }),
    "320116": Object.freeze({ name: "六合区", nameEn: "Luhe District" }),
    "320117": Object.freeze({ name: "溧水区", nameEn: "Lishui District" }),
    "320118": Object.freeze({ name: "高淳区", nameEn: "Gaochun District" }),
  }),
  citation: Object.freeze<Citation>({
    document: NANJING_PLAN,
    clause: "主送",
    quote: "江北新区、各区市场监管局",
    note: "The plan is addressed to the district bureaus without listing them. Nanjing's eleven districts and their GB/T 2260 codes (the standard's text is not held in this repository): 320102 玄武区, 320104 秦淮区, 320105 建邺区, 320106 鼓楼区, 320111 浦口区, 320113 栖霞区, 320114 雨花台区, 320115 江宁区, 320116 六合区, 320117 溧水区, 320118 高淳区. 江北新区 is a state-level new area, not an administrative division: it has no GB/T 2260 code of its own, so its units carry the code of the district they are registered in.",
  }),
} satisfies Districts);
