export * from "./types";
export { ChecklistTemplateNotFoundError, ChecklistMismatchError } from "./errors";
export { producerTasksTemplate } from "./templates/producer-tasks";
export { sellerTasksTemplate } from "./templates/seller-tasks";
export { supervisionTemplate } from "./templates/supervision";
export { checklistTemplates, getChecklistTemplate, isChecklistTemplateId, checklistItems } from "./checklist-templates";
export { type ChecklistUnitFacts, unitFactHolds, conditionHolds, itemApplies, inapplicableParts } from "./applies";
export {
  ChecklistResultSchema,
  ChecklistEvidenceSchema,
  ChecklistAnswerSchema,
  ChecklistExtraItemSchema,
  ChecklistSubjectSchema,
  ChecklistResponseSchema,
  type ChecklistResult,
  type ChecklistEvidence,
  type ChecklistAnswer,
  type ChecklistExtraItem,
  type ChecklistSubject,
  type ChecklistResponse,
  type ChecklistResponseInput,
} from "./response";
export { evaluateChecklist, type ChecklistEvaluation, type EvaluableChecklistResponse, type RectificationItem } from "./evaluate";
export { renderChecklist, type RenderChecklistOptions, type ChecklistMarks, type RenderableChecklistResponse } from "./render/render-checklist";
export { prefillChecklist, type PrefillChecklistOptions, type PrefilledChecklist, type UnansweredItem } from "./prefill";
