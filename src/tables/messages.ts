import type { TableIssueCode } from "./types";

/** What a table issue's messages are built from. @internal */
export interface _TableParams {
  /** The cell's value as read (cut to 60 characters). */
  received?: string;
  /** The labels accepted (enumerations, booleans). */
  allowed?: readonly string[];
  /** The sheet names known. */
  sheets?: readonly string[];
  /** A header. */
  header?: string;
  /** The column letter of an earlier column with the same field. */
  firstColumn?: string;
  /** A unit id or USCC looked for. */
  unit?: string;
  /** The other unit found. */
  otherUnit?: string;
  /** The row of the first unit with this id. */
  firstRow?: number;
  /** The kind of row (证照类型) a column does not apply to. */
  rowKind?: string;
}

type _Table = { readonly [C in TableIssueCode]: (p: _TableParams) => string };

const list = (xs: readonly string[] | undefined, sep: string) => (xs ?? []).join(sep);

const zh: _Table = {
  unknown_sheet: (p) => `未知的工作表：应为 ${list(p.sheets, "、")} 之一（说明 工作表和以 _ 开头的工作表不读取）`,
  no_header: () => "前 10 行中没有可识别的表头",
  unknown_column: (p) => `未知的列“${p.header}”：该列数据不会导入（可删除该列，或改为模板中的表头；序号、备注列可保留）`,
  duplicate_column: (p) => `列“${p.header}”与 ${p.firstColumn} 列重复`,
  missing_column: (p) => `缺少必填列“${p.header}”`,
  invalid_date: (p) => `无法识别的日期“${p.received}”：应为日期单元格、Excel 日期序列号，或 2024-05-10、2024/5/10、2024年5月10日 形式的文本`,
  invalid_number: (p) => `“${p.received}”不是数字`,
  invalid_integer: (p) => `“${p.received}”不是整数`,
  invalid_boolean: (p) => `无法识别“${p.received}”：应为 ${list(p.allowed, "/")}`,
  invalid_enum: (p) => `无法识别“${p.received}”：应为 ${list(p.allowed, "/")} 之一（也可填英文代码）`,
  expected_text: (p) => `应为文本，实际为 ${p.received}`,
  unsafe_number: (p) => `数字 ${p.received} 超过 15 位有效数字，末位可能已丢失：请将该列设为文本格式后重新输入`,
  missing_unit_ref: () => "未填写单位编号或统一社会信用代码，无法确定所属单位",
  unknown_unit: (p) => `单位“${p.unit}”不在 单位 工作表中`,
  unit_ref_mismatch: (p) => `单位编号与统一社会信用代码指向不同的单位（${p.unit} / ${p.otherUnit}）`,
  ambiguous_unit: (p) => `统一社会信用代码 ${p.unit} 属于多个单位：请填写单位编号`,
  duplicate_unit: (p) => `单位编号“${p.unit}”重复（第 ${p.firstRow} 行已有），本行未导入`,
  not_applicable: (p) => `${p.rowKind}没有“${p.header}”：该单元格应为空`,
};

const en: _Table = {
  unknown_sheet: (p) => `unknown sheet: expected one of ${list(p.sheets, ", ")} (the 说明 sheet and sheets whose names start with _ are not read)`,
  no_header: () => "no known header in the first 10 rows",
  unknown_column: (p) => `unknown column "${p.header}": its data is not imported (delete it, or use the template's header; 序号 and 备注 columns may stay)`,
  duplicate_column: (p) => `column "${p.header}" repeats column ${p.firstColumn}`,
  missing_column: (p) => `required column "${p.header}" is missing`,
  invalid_date: (p) => `"${p.received}" is not a date: use a date cell, an Excel serial number, or text such as 2024-05-10, 2024/5/10 or 2024年5月10日`,
  invalid_number: (p) => `"${p.received}" is not a number`,
  invalid_integer: (p) => `"${p.received}" is not a whole number`,
  invalid_boolean: (p) => `"${p.received}" is not yes or no: use ${list(p.allowed, "/")}`,
  invalid_enum: (p) => `"${p.received}" is not allowed: use one of ${list(p.allowed, "/")} (or the English code)`,
  expected_text: (p) => `expected text, found ${p.received}`,
  unsafe_number: (p) => `the number ${p.received} has more than 15 significant digits, so its last digits may be lost: format the column as text and enter it again`,
  missing_unit_ref: () => "neither 单位编号 nor 统一社会信用代码 is given, so the row belongs to no unit",
  unknown_unit: (p) => `unit "${p.unit}" is not in the 单位 sheet`,
  unit_ref_mismatch: (p) => `单位编号 and 统一社会信用代码 name different units (${p.unit} / ${p.otherUnit})`,
  ambiguous_unit: (p) => `USCC ${p.unit} belongs to several units: give the 单位编号`,
  duplicate_unit: (p) => `unit id "${p.unit}" is repeated (already on row ${p.firstRow}); this row is not imported`,
  not_applicable: (p) => `a ${p.rowKind} has no "${p.header}": leave the cell empty`,
};

/** The Chinese and English messages of a table issue, from the one table per language. @internal */
export function _tableMessages(code: TableIssueCode, params: _TableParams): { message: string; messageEn: string } {
  return { message: zh[code](params), messageEn: en[code](params) };
}
