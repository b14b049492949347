export { datasetFromTables, type DatasetFromTablesOptions } from "./dataset-from-tables";
export { datasetToTables, type TablesOut } from "./dataset-to-tables";
export { workbookSpec } from "./spec";
export { formatTableIssue, type FormatTableIssueOptions } from "./format-table-issue";
export { parseCsv, decodeCsv, tableToCsv, type CsvEncoding, type DecodedCsv } from "./csv";
export type {
  TableCell,
  TableRow,
  Table,
  Tables,
  ColumnKind,
  ColumnSpec,
  SheetSpec,
  EnumerationSpec,
  EnumerationValue,
  WorkbookSpec,
  TableLocation,
  TableIssue,
  TableIssueCode,
  DatasetFromTablesResult,
} from "./types";
