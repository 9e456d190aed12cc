import { z } from "zod";

/** An optional URL setting with a clear message (API base overrides of the platforms). */
export const optionalUrl = (what: string) =>
  z
    .string()
    .trim()
    .url({ message: `${what} must be a full URL, for example https://example.com/api/` })
    .optional();

/**
 * One platform's settings: its zod fields, the checks across fields, and whether it is configured.
 * src/app/env.ts merges every registered platform's `schema` into the one environment schema.
 */
export interface PlatformEnv<S extends z.ZodRawShape> {
  schema: z.ZodObject<S>;
  refine(env: z.infer<z.ZodObject<S>>, ctx: z.RefinementCtx): void;
}
