import { z } from "zod";

/**
 * The policy parameters of the units' own duties (scope, staffing, unit size, the
 * daily/weekly/monthly mechanism, platform data entry). Owned by the duties module's
 * author; `PolicySchema` embeds it as `policy.duties`.
 */
export const DutiesParametersSchema = z.object({});

/** The duties parameters, as parsed. */
export type DutiesParameters = z.infer<typeof DutiesParametersSchema>;

/** The Nanjing 2023 values of the duties parameters. */
export const nanjingDutiesParameters: DutiesParameters = {};
