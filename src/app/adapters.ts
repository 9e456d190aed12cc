import type { z } from "zod";
import { consolePlatform } from "../../adapters/console/index.ts";
import { discord } from "../../adapters/discord/index.ts";
import type { PlatformEnv } from "../../adapters/shared/env.ts";
import { slack } from "../../adapters/slack/index.ts";
import { telegram } from "../../adapters/telegram/index.ts";
import { web } from "../../adapters/web/index.ts";
import type { CoreEnv } from "../config/env.ts";
import type { ChatPlatform, PlatformCapabilities, PlatformLookup } from "../ports/chat.ts";
import type { ChatAdapter, ChatAdapterDeps, PlatformPacing } from "../ports/chat-adapter.ts";
import type { InviteLinks } from "../replies/coaching/invite-text.ts";

/**
 * The registry: one line per platform. The order is the preference between identities linked in the
 * same instant when a notice picks one per person.
 */
const REGISTERED = [telegram, discord, slack, web] as const;

type SettingsOf<P> = P extends { env: PlatformEnv<infer S> } ? z.infer<z.ZodObject<S>> : never;
type AllOf<U> = (U extends unknown ? (u: U) => void : never) extends (all: infer I) => void ? I : never;
/** Every setting the app reads: the core's and each registered platform's (src/app/env.ts parses them). */
export type Env = CoreEnv & AllOf<SettingsOf<(typeof REGISTERED)[number]>>;

/** One registered platform: its static facts and how to build its adapter from the settings. */
export interface PlatformRegistration {
  readonly platform: ChatPlatform;
  /** What the core asks of this platform (forms, command style, start links, its name). */
  readonly capabilities: PlatformCapabilities;
  /** Its settings (adapters/<platform>/env.ts), merged into the app's by src/app/env.ts. */
  readonly env: PlatformEnv<z.ZodRawShape>;
  readonly pacing: PlatformPacing;
  readonly limits: { buttonDataMaxBytes: number };
  /** Whether the settings name this platform (its token is set). */
  configured(env: Env): boolean;
  /**
   * With these settings it serves beside whatever runs (the console or the bots): configured alone,
   * it does not switch the app from the console to the bots (the web chat on the embedded database).
   */
  alongside?(env: Env): boolean;
  fromEnv(env: Env, deps: ChatAdapterDeps): ChatAdapter | null;
  /** Where the platform has start links: the link that delivers `start <code>`, if its settings allow one. */
  startLink?(env: Env): ((code: string) => string) | null;
}

export const PLATFORMS: readonly PlatformRegistration[] = REGISTERED;

/** The local console: the platform selected when none of the registered ones is configured. */
export const FALLBACK_PLATFORM = consolePlatform;

/** What an id nobody registered can do: plain text, questions instead of forms, no links. */
const PLAINEST: PlatformCapabilities = {
  displayName: "this chat",
  forms: "questions",
  commands: { kind: "slash" },
  buttons: "tap",
  markup: "plain",
  startLinks: false,
};

/** The platforms an app runs with (the registry; a test may add one) and what is derived from them. */
export interface Platforms {
  readonly registry: readonly PlatformRegistration[];
  /** What the core asks of platforms: the registered ones and the local console. */
  readonly capabilities: PlatformLookup;
  /** The adapters whose credentials are configured, in registry order. */
  adaptersFromEnv(env: Env, deps: ChatAdapterDeps): ChatAdapter[];
  /** Whether any platform is configured (then the app runs the bots, else the local console). */
  anyConfigured(env: Env): boolean;
  /** The configured adapters that serve beside the local console too (the web chat). */
  alongsideFromEnv(env: Env, deps: ChatAdapterDeps): ChatAdapter[];
  /** How an invited client can redeem a code: every app's name, and the start links the settings allow. */
  inviteLinks(env: Env): InviteLinks;
}

export function createPlatforms(registry: readonly PlatformRegistration[] = PLATFORMS): Platforms {
  const ids = registry.map((p) => p.platform);
  if (new Set(ids).size !== ids.length || ids.includes(FALLBACK_PLATFORM.platform))
    throw new Error(`platform ids must be unique: ${ids.join(", ")}`);
  const byId = new Map<ChatPlatform, PlatformCapabilities>([
    ...registry.map((p) => [p.platform, p.capabilities] as const),
    [FALLBACK_PLATFORM.platform, FALLBACK_PLATFORM.capabilities],
  ]);
  const apps = registry.map((p) => p.capabilities);
  return {
    registry,
    capabilities: { of: (platform) => byId.get(platform) ?? PLAINEST, apps },
    adaptersFromEnv: (env, deps) => registry.flatMap((p) => p.fromEnv(env, deps) ?? []),
    anyConfigured: (env) => registry.some((p) => p.configured(env) && !p.alongside?.(env)),
    alongsideFromEnv: (env, deps) =>
      registry.flatMap((p) => (p.alongside?.(env) ? (p.fromEnv(env, deps) ?? []) : [])),
    inviteLinks(env) {
      const startLinks = registry.flatMap((p) => {
        const link = p.startLink?.(env);
        return link ? [{ app: p.capabilities.displayName, link }] : [];
      });
      // The apps an invited client redeems a code in: the chat apps, not a studio's own web chat.
      const chatApps = registry.filter((p) => p.alongside === undefined);
      return { apps: chatApps.map((p) => p.capabilities.displayName), startLinks };
    },
  };
}

/** The app's platforms: the registry as it stands. */
export const APP_PLATFORMS: Platforms = createPlatforms();
