import { z } from "zod";
import { CoreEnvSchema, parseSettings, refineCoreEnv } from "../config/env.ts";
import { type Env, PLATFORMS, type PlatformRegistration } from "./adapters.ts";

export type { Env } from "./adapters.ts";

/**
 * Every setting the app reads: the core's (src/config/env.ts) and each registered platform's
 * (adapters/<platform>/env.ts), with the checks across fields of each.
 */
export function envSchema(registry: readonly PlatformRegistration[] = PLATFORMS): z.ZodType<Env> {
  const shape = registry.reduce<z.ZodRawShape>((all, p) => Object.assign(all, p.env.schema.shape), {
    ...CoreEnvSchema.shape,
  });
  return z.object(shape).superRefine((env, ctx) => {
    for (const p of registry) p.env.refine(env, ctx);
    refineCoreEnv(env as z.infer<typeof CoreEnvSchema>, ctx);
  }) as unknown as z.ZodType<Env>;
}

const APP_ENV = envSchema();

/** Parses the environment; on bad values returns one clear line per problem instead of throwing. */
export function parseEnv(
  source: Record<string, string | undefined>,
  registry?: readonly PlatformRegistration[],
): { ok: true; env: Env } | { ok: false; problems: string[] } {
  return parseSettings(registry ? envSchema(registry) : APP_ENV, source);
}
