export {
  validationRegistry,
  validationKinds,
  isValidationKind,
  type ValidationKind,
  type ValidationKindInfo,
  type ValidationRegistry,
  type ValidationInput,
  type ValidationOutput,
} from "./registry";
export { validate, type ValidateOptions, type ValidationResult, type ValidationSuccess, type ValidationFailure } from "./validate";
export { formatIssue, type FormatIssueOptions } from "./format-issue";
export { validationJsonSchema, validationSchemaId } from "./json-schema";
