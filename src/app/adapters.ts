import { consolePlatform } from "../../adapters/console/index.ts";
import { discord } from "../../adapters/discord/index.ts";
import { slack } from "../../adapters/slack/index.ts";
import { telegram } from "../../adapters/telegram/index.ts";
import type { Env } from "../config/env.ts";
import type { ChatPlatform } from "../ports/chat.ts";
import type { ChatAdapter, ChatAdapterDeps, PlatformPacing } from "../ports/chat-adapter.ts";

/** One registered platform: its static facts and how to build its adapter from the settings. */
export interface PlatformRegistration {
  readonly platform: ChatPlatform;
  readonly pacing: PlatformPacing;
  readonly limits: { buttonDataMaxBytes: number };
  /** Whether the settings name this platform (its token is set). */
  configured(env: Env): boolean;
  fromEnv(env: Env, deps: ChatAdapterDeps): ChatAdapter | null;
}

/**
 * The registry: one line per platform (plus its settings in src/config/env.ts). The order is the
 * preference between identities linked in the same instant when a notice picks one per person.
 */
export const PLATFORMS: readonly PlatformRegistration[] = [telegram, discord, slack];

/** The local console: the platform selected when none of the above is configured. */
export const FALLBACK_PLATFORM = consolePlatform;

/** The adapters whose credentials are configured, in registry order. */
export function adaptersFromEnv(env: Env, deps: ChatAdapterDeps): ChatAdapter[] {
  return PLATFORMS.flatMap((p) => p.fromEnv(env, deps) ?? []);
}

/** Whether any platform is configured (then the app runs the bots, else the local console). */
export const anyPlatformConfigured = (env: Env): boolean => PLATFORMS.some((p) => p.configured(env));
