export { buildSupervisionReport } from "./build-supervision-report";
export { createReportBuilder, type ReportBuilder, type BuildSupervisionReportOptions, type CreateReportBuilderOptions } from "./builder";
export { ReportOptionsError } from "./errors";
export {
  REPORT_TIMELINE_DAYS,
  type ReportBreakdown,
  type ReportLevelByRole,
  type ReportDepartmentCount,
  type ReportDistrictCount,
  type ReportWeekCount,
  type ReportKindCount,
} from "./breakdown";
export {
  type ReportUnitRows,
  type ReportUnitRow,
  type ReportNextDue,
  type ReportUnitDetail,
  type ReportTierReason,
  type ReportTierStretch,
  type ReportTierDuty,
  type ReportAgendaRow,
  type ReportPrefillStatus,
  type ReportPrefillFailure,
} from "./unit-rows";
export { reportUnitDetail, type ReportUnitDetailOptions } from "./report-unit-detail";
export type { ReportLanguage } from "./language";
export { describeRecordLocation, type ReportRecordLocation } from "./record-location";
export { createUnitIdRegistry, type UnitIdRegistry } from "./unit-id-registry";
export { reportText, type ReportText } from "./report-text";
export { renderSupervisionReport, REPORT_RENDER_FORMATS, type ReportRenderFormat, type RenderSupervisionReportOptions } from "./render";
export {
  reportDocument,
  type ReportDocument,
  type ReportDocumentOptions,
  type ReportSection,
  type ReportSectionId,
  type ReportBlock,
  type ReportCell,
  type ReportColumn,
  type ReportFact,
  type ReportTone,
} from "./sections";
export {
  REPORT_GROUPINGS,
  type ReportGrouping,
  type ReportAsOfSource,
  type ReportGenerator,
  type ReportUnitRef,
  type ReportObligationRow,
  type ReportUnknownRow,
  type ReportMechanismRow,
  type ReportFindingRow,
  type ReportInvalidRow,
  type ReportGroupRows,
  type ReportGroupTotals,
  type ReportDepartmentDuty,
  type ReportDepartmentGroup,
  type ReportDistrictGroup,
  type ReportCalendar,
  type SupervisionReport,
} from "./types";
