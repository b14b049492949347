import { z } from "zod";
import { labels, UnitSchema, type Label } from "../entities";
import type { ColumnKind, ColumnSpec, EnumerationSpec, SheetSpec, WorkbookSpec } from "./types";

/**
 * The workbook, as data: one entry per sheet (CONVENTIONS: data and code are separate).
 * A new list of the data model is one entry in {@link _SHEET_ENTRIES}; `spec.test.ts`
 * fails while a list or a field of the model has no sheet or column.
 */

/** One column of an entry: the field, its header, how it is read, and options. */
interface _ColumnEntry {
  field: string;
  header: string;
  kind: ColumnKind;
  enumeration?: string;
  required?: boolean;
  width?: number;
  aliases?: readonly string[];
  /** A person of the unit, by 人员编号 (or by 姓名 when that names one person). */
  personRef?: boolean;
  /** Overrides the model's description. */
  note?: string;
  /** Only for rows of this kind (证照: `status` only for CCC certificates). */
  onlyFor?: string;
  /** Filled from another column when empty (单位编号 ← 统一社会信用代码, 人员编号 ← 姓名). */
  defaultFrom?: string;
  /** A field another change adds to the model: the column is there only when the model (and its enumeration) has it. */
  optional?: boolean;
}

/** One sheet of the workbook. @internal */
export interface _SheetEntry {
  name: string;
  aliases: readonly string[];
  /** `"dataset"`, `"units"`, or one list of the unit; several lists when `kindField` tells them apart. */
  lists: readonly string[];
  /** For a sheet holding several lists: the column whose enumeration code picks the list (its codes in `lists` order). */
  kindField?: string;
  /** Present only when the model has this list (a list another change adds). */
  requiresList?: string;
  note: string;
  noteEn: string;
  source: string;
  columns: readonly _ColumnEntry[];
}

const ORDERS = "国家市场监督管理总局令第75号、第76号";
const PLAN = "宁市监质监〔2023〕146号";

/** The unit columns every child sheet starts with (a row names its unit by either). */
const UNIT_REF: readonly _ColumnEntry[] = [
  { field: "unitId", header: "单位编号", kind: "id", width: 14, aliases: ["unitId", "主体编号", "单位标识"], note: "单位编号 — the unit's id (单位 sheet); or give its 统一社会信用代码." },
  { field: "unitUscc", header: "统一社会信用代码", kind: "id", width: 22, aliases: ["uscc", "unitUscc", "社会信用代码", "信用代码"], note: "统一社会信用代码 — the unit's USCC; either this or 单位编号 names the unit." },
  { field: "unitName", header: "单位名称", kind: "text", width: 24, aliases: ["unitName"], note: "单位名称 — for reading only; the unit is found by 单位编号 or 统一社会信用代码." },
];

/** @internal */
export const _SHEET_ENTRIES: readonly _SheetEntry[] = [
  {
    name: "单位",
    aliases: ["units", "主体", "unit"],
    lists: ["units"],
    note: "主体 — 生产单位、销售单位，每行一个；其他工作表按单位编号或统一社会信用代码关联到这里。",
    noteEn: "Units (producers and sellers), one per row; the other sheets name them by id or USCC.",
    source: `${ORDERS} 第二条；${PLAN} 一（五）`,
    columns: [
      { field: "id", header: "单位编号", kind: "id", required: true, width: 14, defaultFrom: "uscc", note: "单位编号 — the unit's id, unique; when empty, its 统一社会信用代码 is used." },
      { field: "name", header: "单位名称", kind: "text", required: true, width: 30 },
      { field: "uscc", header: "统一社会信用代码", kind: "id", required: true, width: 22 },
      { field: "roles", header: "主体角色", kind: "enum-list", enumeration: "unitRole", required: true, width: 20 },
      { field: "size", header: "企业规模", kind: "enum", enumeration: "unitSize", width: 10 },
      { field: "staff", header: "从业人员", kind: "integer", width: 10 },
      { field: "revenueWan", header: "营业收入（万元）", kind: "number", width: 14 },
      { field: "layer", header: "层级分类", kind: "enum", enumeration: "unitLayer", width: 10 },
      { field: "district", header: "行政区划代码", kind: "id", width: 12 },
      { field: "products.mandatoryStandard", header: "强制性国家标准产品", kind: "boolean", width: 12, aliases: ["mandatoryStandard"] },
      { field: "products.gasAppliance", header: "灶管阀", kind: "boolean", width: 8, aliases: ["gasAppliance"] },
      { field: "products.foodContact", header: "食品相关产品", kind: "boolean", width: 12, aliases: ["foodContact"] },
      { field: "products.categories", header: "产品类别", kind: "enum-list", enumeration: "productCategory", width: 22, aliases: ["categories"], optional: true },
      { field: "creditRisk.grade", header: "信用风险等级", kind: "text", width: 12, aliases: ["creditRiskGrade", "grade"] },
      { field: "creditRisk.asOf", header: "信用风险分类日期", kind: "date", width: 14, aliases: ["creditRiskAsOf"] },
      { field: "platformEntry.enteredOn", header: "平台录入日期", kind: "date", width: 14, aliases: ["platformEntry", "enteredOn"] },
      { field: "riskControlList.adoptedOn", header: "风险管控清单制定日期", kind: "date", width: 16, aliases: ["riskControlList"], optional: true },
    ],
  },
  {
    name: "证照",
    aliases: ["licences", "certificates", "证书"],
    lists: ["products.licences", "products.cccCertificates"],
    kindField: "kind",
    note: "生产许可证和 CCC 证书，每行一张，用“证照类型”区分。",
    noteEn: "Production licences and CCC certificates, one per row, told apart by 证照类型.",
    source: `${ORDERS} 第二条`,
    columns: [
      ...UNIT_REF,
      { field: "kind", header: "证照类型", kind: "enum", enumeration: "certificateKind", required: true, width: 14, aliases: ["type"], note: "证照类型 — 生产许可证 or CCC证书." },
      { field: "number", header: "证书编号", kind: "id", required: true, width: 20 },
      { field: "product", header: "产品名称", kind: "text", required: true, width: 20 },
      { field: "issuedOn", header: "发证日期", kind: "date", width: 12 },
      { field: "expiresOn", header: "有效期至", kind: "date", width: 12 },
      { field: "status", header: "证书状态", kind: "text", width: 10, onlyFor: "ccc" },
    ],
  },
  {
    name: "人员",
    aliases: ["people", "persons"],
    lists: ["people"],
    note: "主要负责人、质量安全总监、质量安全员，每人每段任职一行。",
    noteEn: "Principals, quality-safety directors and officers, one row per person in post.",
    source: `${ORDERS} 第三条`,
    columns: [
      ...UNIT_REF,
      { field: "id", header: "人员编号", kind: "id", required: true, width: 10, defaultFrom: "name", note: "人员编号 — unique within the unit; when empty, the 姓名 is used." },
      { field: "name", header: "姓名", kind: "text", required: true, width: 10 },
      { field: "role", header: "岗位", kind: "enum", enumeration: "personRole", required: true, width: 14 },
      { field: "from", header: "任职日期", kind: "date", required: true, width: 12 },
      { field: "to", header: "离任日期", kind: "date", width: 12 },
      { field: "phone", header: "联系电话", kind: "id", width: 16 },
    ],
  },
  {
    name: "考核",
    aliases: ["assessments"],
    lists: ["assessments"],
    note: "监督抽查考核：对质量安全总监、质量安全员的考核结果。",
    noteEn: "Assessments of directors and officers (spot checks).",
    source: `${PLAN} 二（三）`,
    columns: [
      ...UNIT_REF,
      { field: "personId", header: "被考核人员", kind: "id", required: true, width: 12, personRef: true, note: "被考核人员 — 人员编号 (or 姓名) of a person of the unit." },
      { field: "date", header: "考核日期", kind: "date", required: true, width: 12 },
      { field: "passed", header: "是否合格", kind: "boolean", required: true, width: 10 },
      { field: "score", header: "成绩", kind: "number", width: 8 },
      { field: "publishedOn", header: "公布日期", kind: "date", width: 12, optional: true },
    ],
  },
  {
    name: "风险事件",
    aliases: ["riskEvents", "风险"],
    lists: ["riskEvents"],
    note: "质量安全风险：发现日期、等级（重大/较大/一般）和来源。",
    noteEn: "Quality-safety risks found: date, severity and source.",
    source: `${PLAN} 二（七）`,
    columns: [
      ...UNIT_REF,
      { field: "id", header: "事件编号", kind: "id", required: true, width: 10 },
      { field: "date", header: "发现日期", kind: "date", required: true, width: 12 },
      { field: "severity", header: "风险等级", kind: "enum", enumeration: "riskSeverity", required: true, width: 10 },
      { field: "kind", header: "风险来源", kind: "enum", enumeration: "riskEventKind", required: true, width: 16 },
      { field: "description", header: "情况说明", kind: "text", width: 30 },
      { field: "closedOn", header: "处置完毕日期", kind: "date", width: 14 },
    ],
  },
  {
    name: "缺陷",
    aliases: ["defects"],
    lists: ["defects"],
    note: "确认的缺陷产品及召回启动日期。",
    noteEn: "Confirmed product defects and the recall start.",
    source: `${PLAN} 二（七）`,
    columns: [
      ...UNIT_REF,
      { field: "id", header: "缺陷编号", kind: "id", required: true, width: 10 },
      { field: "confirmedOn", header: "缺陷确认日期", kind: "date", required: true, width: 14 },
      { field: "recallStartedOn", header: "召回启动日期", kind: "date", width: 14 },
    ],
  },
  {
    name: "监管责任人",
    aliases: ["assignments"],
    lists: ["assignments"],
    note: "监管责任人及其变更，按生效日期先后排列（最新在最后）。",
    noteEn: "Responsible officials, oldest first.",
    source: `${PLAN} 二（七）`,
    columns: [
      ...UNIT_REF,
      { field: "official", header: "监管责任人", kind: "text", required: true, width: 12 },
      { field: "department", header: "责任部门", kind: "text", width: 16 },
      { field: "from", header: "生效日期", kind: "date", required: true, width: 12 },
      { field: "recordedOn", header: "更新日期", kind: "date", required: true, width: 12 },
    ],
  },
  {
    name: "检查",
    aliases: ["inspections"],
    lists: ["inspections"],
    note: "现场检查、书面检查、监督抽查。",
    noteEn: "On-site inspections, document reviews and sampling inspections.",
    source: `${PLAN} 二（七）、附件4`,
    columns: [
      ...UNIT_REF,
      { field: "id", header: "检查编号", kind: "id", required: true, width: 10 },
      { field: "date", header: "检查日期", kind: "date", required: true, width: 12 },
      { field: "kind", header: "检查方式", kind: "enum", enumeration: "inspectionKind", required: true, width: 12 },
      { field: "findings", header: "检查发现", kind: "text", width: 30 },
    ],
  },
  {
    name: "日管控周排查月调度",
    aliases: ["records", "日管控", "动态管理记录"],
    lists: ["records"],
    note: "日管控、周排查、月调度记录；记录人为本单位人员。",
    noteEn: "Daily checks, weekly reviews and monthly scheduling minutes, by a person of the unit.",
    source: `${PLAN} 二（四）`,
    columns: [
      ...UNIT_REF,
      { field: "kind", header: "记录类型", kind: "enum", enumeration: "mechanismRecordKind", required: true, width: 10 },
      { field: "date", header: "记录日期", kind: "date", required: true, width: 12 },
      { field: "byPersonId", header: "记录人", kind: "id", required: true, width: 10, personRef: true, note: "记录人 — 人员编号 (or 姓名) of a person of the unit." },
      { field: "zeroRisk", header: "零风险", kind: "boolean", width: 8 },
      { field: "findings", header: "发现问题", kind: "text", width: 30 },
    ],
  },
  {
    name: "培训考核",
    aliases: ["trainings"],
    lists: ["trainings"],
    requiresList: "trainings",
    note: "单位对质量安全总监、质量安全员的培训和考核。",
    noteEn: "The unit's own training and assessment of its director and officers.",
    source: `${PLAN} 附件2 2.5`,
    columns: [
      ...UNIT_REF,
      { field: "personId", header: "人员", kind: "id", required: true, width: 10, personRef: true, note: "人员 — 人员编号 (or 姓名) of a person of the unit." },
      { field: "date", header: "日期", kind: "date", required: true, width: 12 },
      { field: "kind", header: "类型", kind: "enum", enumeration: "trainingKind", required: true, width: 8 },
      { field: "passed", header: "是否合格", kind: "boolean", width: 10 },
      { field: "hours", header: "学时", kind: "number", width: 8 },
    ],
  },
  {
    name: "岗位职责文件",
    aliases: ["dutyDocuments"],
    lists: ["dutyDocuments"],
    requiresList: "dutyDocuments",
    note: "《主要负责人质量安全职责》《质量安全总监职责》《质量安全员守则》的制定和修订日期。",
    noteEn: "The job-duty documents and when they were adopted and revised.",
    source: `${PLAN} 二（三）；附件2/3 1.1、1.3`,
    columns: [
      ...UNIT_REF,
      { field: "kind", header: "文件", kind: "enum", enumeration: "dutyDocumentKind", required: true, width: 22 },
      { field: "adoptedOn", header: "制定日期", kind: "date", required: true, width: 12 },
      { field: "revisedOn", header: "最近修订日期", kind: "date", width: 14 },
    ],
  },
  {
    name: "风险管控清单修订",
    aliases: ["riskControlRevisions", "riskControlList.revisions"],
    lists: ["riskControlList.revisions"],
    requiresList: "riskControlList",
    note: "《工业产品质量安全风险管控清单》的修订；制定日期填在 单位 工作表。",
    noteEn: "Revisions of the risk-control list; its adoption date is on the 单位 sheet.",
    source: `${PLAN} 二（四）；附件2 1.4、附件3 3.3`,
    columns: [...UNIT_REF, { field: "date", header: "修订日期", kind: "date", required: true, width: 12 }, { field: "summary", header: "修订内容", kind: "text", width: 40 }],
  },
  {
    name: "风险管控清单风险点",
    aliases: ["riskControlPoints", "riskControlList.points"],
    lists: ["riskControlList.points"],
    requiresList: "riskControlList",
    note: "风险管控清单列出的风险点及管控措施。",
    noteEn: "The points of the risk-control list.",
    source: `${PLAN} 二（四）；附件3 3.3`,
    columns: [
      ...UNIT_REF,
      { field: "id", header: "风险点编号", kind: "id", required: true, width: 10 },
      { field: "text", header: "风险点及管控措施", kind: "text", required: true, width: 40 },
      { field: "kind", header: "类别", kind: "enum", enumeration: "riskControlPointKind", width: 16 },
    ],
  },
  {
    name: "否决建议",
    aliases: ["vetoProposals"],
    lists: ["vetoProposals"],
    requiresList: "vetoProposals",
    note: "质量安全总监、质量安全员提出的停止生产、销售建议，及主要负责人的研判处置。",
    noteEn: "Proposals to stop production or sale, and the principal's decision.",
    source: `${ORDERS} 第四条`,
    columns: [
      ...UNIT_REF,
      { field: "id", header: "建议编号", kind: "id", required: true, width: 10 },
      { field: "date", header: "提出日期", kind: "date", required: true, width: 12 },
      { field: "byPersonId", header: "提出人", kind: "id", required: true, width: 10, personRef: true, note: "提出人 — 人员编号 (or 姓名) of a person of the unit." },
      { field: "action", header: "建议", kind: "enum", enumeration: "vetoAction", required: true, width: 10 },
      { field: "description", header: "情况说明", kind: "text", width: 30 },
      { field: "decidedOn", header: "研判处置日期", kind: "date", width: 14 },
      { field: "decision", header: "处置结果", kind: "text", width: 24 },
    ],
  },
  {
    name: "风险隐患",
    aliases: ["hazards", "隐患"],
    lists: ["hazards"],
    requiresList: "hazards",
    note: "日管控、周排查、月调度发现的风险隐患及整改。",
    noteEn: "Hazards found by the mechanism and their rectification.",
    source: `${PLAN} 二（四）；附件2/3 2.4`,
    columns: [
      ...UNIT_REF,
      { field: "id", header: "隐患编号", kind: "id", required: true, width: 10 },
      { field: "date", header: "发现日期", kind: "date", required: true, width: 12 },
      { field: "source", header: "发现环节", kind: "enum", enumeration: "mechanismRecordKind", width: 10 },
      { field: "description", header: "隐患描述", kind: "text", width: 30 },
      { field: "closedOn", header: "整改完毕日期", kind: "date", width: 14 },
    ],
  },
  {
    name: "数据集",
    aliases: ["dataset"],
    lists: ["dataset"],
    note: "数据截止日期（一行）：不填时以运行当日为准。",
    noteEn: "The date the data describes (one row).",
    source: `${PLAN} 一（五）`,
    columns: [{ field: "asOf", header: "数据截止日期", kind: "date", width: 14 }],
  },
];

/** The notes sheet the template and exports add; skipped on import. @internal */
export const _NOTES_SHEET = "说明";

/** Headers accepted and ignored in any sheet. @internal */
export const _IGNORED_HEADERS: readonly string[] = ["序号", "备注", "#", "no", "no.", "remark", "remarks", "note", "notes"];

/** 是 / 否, and the spellings read as them. */
const BOOLEAN_ENUM = {
  true: { zh: "是", en: "yes", aliases: ["y", "true", "1", "√", "✓", "有", "合格", "yes"] },
  false: { zh: "否", en: "no", aliases: ["n", "false", "0", "×", "✗", "无", "不合格", "no"] },
} as const;

/** Extra spellings accepted on import, and shorter dropdown labels, by enumeration and code. */
const EXTRA: Readonly<Record<string, Readonly<Record<string, { label?: string; aliases?: readonly string[] }>>>> = {
  unitRole: { producer: { aliases: ["生产", "生产者", "生产企业"] }, seller: { aliases: ["销售", "销售者", "销售企业", "经营"] } },
  unitLayer: { A: { label: "A", aliases: ["A级", "A级主体"] }, B: { label: "B", aliases: ["B级", "B级主体"] }, C: { label: "C", aliases: ["C级", "C级主体"] }, D: { label: "D", aliases: ["D级", "D级主体"] } },
  personRole: { principal: { aliases: ["负责人"] }, director: { aliases: ["总监"] }, officer: { aliases: ["安全员"] } },
  mechanismRecordKind: { daily: { label: "日管控", aliases: ["日", "每日"] }, weekly: { label: "周排查", aliases: ["周", "每周"] }, monthly: { label: "月调度", aliases: ["月", "每月"] } },
  dutyDocumentKind: { "principal-duties": { aliases: ["主要负责人质量安全职责"] }, "director-duties": { aliases: ["质量安全总监职责"] }, "officer-code": { aliases: ["质量安全员守则"] } },
  productCategory: { licence: { label: "生产许可", aliases: ["许可证", "生产许可证"] }, ccc: { label: "CCC", aliases: ["3C", "强制性产品认证"] }, "mandatory-standard": { label: "强制性国家标准", aliases: ["强制性标准", "强标"] } },
};

/** Enumerations that are not in `labels` (the sheet's own). */
const OWN_ENUMS: Readonly<Record<string, Readonly<Record<string, Label & { aliases?: readonly string[] }>>>> = {
  certificateKind: {
    licence: { zh: "生产许可证", en: "production licence", aliases: ["许可证", "工业产品生产许可证", "XK"] },
    ccc: { zh: "CCC证书", en: "CCC certificate", aliases: ["CCC", "3C", "CCC 证书", "强制性产品认证证书", "强制性产品认证"] },
  },
  trainingKind: { training: { zh: "培训", en: "training" }, assessment: { zh: "考核", en: "assessment" } },
};

function enumeration(id: string, table: Readonly<Record<string, Label & { aliases?: readonly string[] }>>, multiple: boolean): EnumerationSpec {
  const extra = EXTRA[id] ?? {};
  const values = Object.entries(table).map(([value, l]) => {
    const x = extra[value];
    const label = x?.label ?? l.zh;
    const aliases = [...new Set([value, l.zh, l.en, ...(l.aliases ?? []), ...(x?.aliases ?? [])])].filter((a) => a !== label);
    return Object.freeze({ value, label, labelEn: l.en, aliases: Object.freeze(aliases) });
  });
  const dropdown = values.map((v) => v.label);
  // A list column offers each value and every combination of two or more (roles: producer、seller).
  if (multiple && values.length <= 4) {
    const n = values.length;
    for (let mask = 1; mask < 1 << n; mask++) {
      if ((mask & (mask - 1)) === 0) continue; // single values are already there
      dropdown.push(values.filter((_, i) => mask & (1 << i)).map((v) => v.label).join("、"));
    }
  }
  return Object.freeze({ id, values: Object.freeze(values), dropdown: Object.freeze(dropdown) });
}

/** The item schema of a list of the unit (`people` → PersonSchema), or the unit itself for `units`. */
function itemShape(list: string): Record<string, z.ZodType> | undefined {
  if (list === "dataset") return { asOf: z.string().meta({ description: "数据截止日期 — the date the data set describes (the default as-of date)." }) };
  let s: z.ZodType | undefined = UnitSchema as unknown as z.ZodType;
  if (list !== "units") {
    for (const key of list.split(".")) {
      const shape = objectShape(s);
      s = shape?.[key];
      if (s === undefined) return undefined;
    }
  }
  return objectShape(s);
}

/** The shape of an object schema, looking through default / optional / array wrappers. @internal */
export function objectShape(schema: z.ZodType | undefined): Record<string, z.ZodType> | undefined {
  let s = schema as { _zod: { def: { type: string; innerType?: unknown; element?: unknown; shape?: Record<string, z.ZodType> } } } | undefined;
  for (let i = 0; s && i < 8; i++) {
    const def = s._zod.def;
    if (def.type === "object") return def.shape;
    s = (def.innerType ?? def.element) as typeof s;
  }
  return undefined;
}

/** Whether an object shape has a (dotted) field. */
function hasField(shape: Record<string, z.ZodType> | undefined, field: string): boolean {
  let sh = shape;
  const keys = field.split(".");
  for (let i = 0; i < keys.length; i++) {
    const s = sh?.[keys[i]!];
    if (s === undefined) return false;
    if (i === keys.length - 1) return true;
    sh = objectShape(s);
  }
  return false;
}

/** The enumerations read as lists (several values in one cell). */
const MULTIPLE = new Set(["unitRole", "productCategory"]);

/** The description the data model gives a field (`"姓名 — name."`). */
function describe(shape: Record<string, z.ZodType> | undefined, field: string): string | undefined {
  let s: z.ZodType | undefined;
  let sh = shape;
  for (const key of field.split(".")) {
    s = sh?.[key];
    sh = objectShape(s);
  }
  return s ? z.globalRegistry.get(s)?.description : undefined;
}

let built: { spec: WorkbookSpec; entries: readonly _SheetEntry[] } | undefined;

/** The entries the model has lists for (an entry waiting for a list another change adds is left out), and the spec. @internal */
export function _workbook(): { spec: WorkbookSpec; entries: readonly _SheetEntry[] } {
  if (built) return built;
  const unitShape = objectShape(UnitSchema as unknown as z.ZodType) ?? {};
  const entries = _SHEET_ENTRIES.filter((e) => e.requiresList === undefined || e.requiresList in unitShape);
  // Every enumeration of `labels` (so a new one is there as soon as labels.ts has it), and the sheet's own.
  const enumerations: Record<string, EnumerationSpec> = {};
  for (const [id, table] of Object.entries(labels)) enumerations[id] = enumeration(id, table as Readonly<Record<string, Label>>, MULTIPLE.has(id));
  for (const [id, table] of Object.entries(OWN_ENUMS)) enumerations[id] ??= enumeration(id, table, false);
  enumerations.boolean = enumeration("boolean", { true: BOOLEAN_ENUM.true, false: BOOLEAN_ENUM.false }, false);
  const present = (e: _SheetEntry, c: _ColumnEntry) => {
    if (!c.optional) return true;
    if (c.enumeration !== undefined && enumerations[c.enumeration] === undefined) return false;
    return e.lists.some((l) => describe(itemShape(l), c.field) !== undefined || hasField(itemShape(l), c.field));
  };
  const sheets: SheetSpec[] = entries.map((e) => {
    const shapes = e.lists.map(itemShape);
    const columns = e.columns.filter((c) => present(e, c)).map((c): ColumnSpec => {
      const last = c.field.split(".").pop()!;
      const note = c.note ?? shapes.map((sh) => describe(sh, c.field)).find((d) => d !== undefined) ?? c.header;
      const col: ColumnSpec = {
        header: c.header,
        field: c.field,
        aliases: Object.freeze([...new Set([c.field, last, ...(c.aliases ?? [])])].filter((a) => a !== c.header)),
        kind: c.kind,
        ...(c.enumeration !== undefined ? { enumeration: c.enumeration } : c.kind === "boolean" ? { enumeration: "boolean" } : {}),
        required: c.required === true,
        width: c.width ?? 12,
        ...(c.kind === "date" ? { format: "yyyy-mm-dd" } : c.kind === "id" ? { format: "@" } : {}),
        note,
        noteEn: note.includes(" — ") ? note.slice(note.indexOf(" — ") + 3) : note,
      };
      return Object.freeze(col);
    });
    return Object.freeze({
      name: e.name,
      aliases: Object.freeze([...e.aliases]),
      lists: Object.freeze([...e.lists]),
      child: e.lists[0] !== "units" && e.lists[0] !== "dataset",
      note: e.note,
      noteEn: e.noteEn,
      source: e.source,
      columns: Object.freeze(columns),
    });
  });
  built = {
    entries,
    spec: Object.freeze({ sheets: Object.freeze(sheets), enumerations: Object.freeze(enumerations), notesSheet: _NOTES_SHEET, ignoredHeaders: Object.freeze([..._IGNORED_HEADERS]) }),
  };
  return built;
}

/**
 * 工作簿说明 — describes the workbook regulators keep (台账): its sheets (单位, 证照, 人员,
 * 考核, 风险事件, 缺陷, 监管责任人, 检查, 日管控周排查月调度, and the records the data model
 * adds), each column's Chinese header, field, kind, enumeration, width, number format and
 * meaning, and each enumeration's labels and dropdown entries — everything a writer needs
 * for a blank template with dropdowns and date cells, and what {@link datasetFromTables}
 * reads.
 *
 * @returns The description (frozen; the same object on every call).
 * @example
 * ```ts
 * const spec = workbookSpec();
 * spec.sheets.map((s) => s.name); // ["单位", "证照", "人员", …]
 * spec.enumerations.riskSeverity.dropdown; // ["重大", "较大", "一般"]
 * ```
 * @see 宁市监质监〔2023〕146号 一（五）（建立主体信息台账）、附件2 2.1–2.2
 */
export function workbookSpec(): WorkbookSpec {
  return _workbook().spec;
}
