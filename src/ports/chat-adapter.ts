import type { RequestListener } from "node:http";
import type { Role } from "../domain/model.ts";
import type { ChatCore, ChatPlatform } from "./chat.ts";
import type { ChatFileReader } from "./chat-files.ts";
import type { ChatSender, NoticeTarget } from "./chat-sender.ts";
import type { AdapterInbox } from "./inbox.ts";
import type { Logger } from "./logger.ts";
import type { Mailer } from "./mailer.ts";
import type { RateLimitRule } from "./notice-rate-limiter.ts";

/** How notices pace sends on one platform: everything the notice workers need to know of it. */
export interface PlatformPacing {
  /** The rate-limit rules one send to `target` must pass (the platform's budget, the chat's or group's). */
  rulesFor(target: NoticeTarget): RateLimitRule[];
  /** Whether a send whose outcome is unknown may be repeated without showing twice (a message nonce). */
  resendAfterUncertain: boolean;
  /**
   * The platform's own sliding window over all requests (at most `max` in any `ms`), checked at
   * the moment of each request, where a strict one is enforced (e.g. 30 a second).
   */
  window?: { max: number; ms: number };
}

/** The platform's hard limits the core must respect when it builds replies. */
export interface PlatformLimits {
  /** Longest button data the platform carries back to us (e.g. 64 bytes). */
  buttonDataMaxBytes: number;
}

/** What an adapter is built from. */
export interface ChatAdapterDeps {
  core: ChatCore;
  log: Logger;
  /** Every event is recorded here before it is acknowledged, and handled from the record. */
  inbox: AdapterInbox;
  /** What the app lends a platform that it serves itself (pages of its own, not a chat app's API). */
  host?: AdapterHost;
}

/** Plain SQL on the app's database ($1, $2... parameters), for an adapter's own tables. */
export interface SqlRunner {
  query<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]>;
  execute(sql: string, ...params: unknown[]): Promise<number>;
}

/** One session of a studio's week, as anyone may see it. */
export interface TimetableSession {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  trainer: string | null;
  space: string | null;
  spotsLeft: number;
}

/**
 * What the app lends a platform that serves people itself: its database (for the adapter's own
 * tables), the mailer, the studios and their weeks, and who an account is.
 */
export interface AdapterHost {
  sql: SqlRunner;
  mailer?: Mailer;
  /** The app's public base URL (links in e-mails), without a trailing slash. */
  publicUrl: string;
  /** Every studio: its id, name and zone. */
  studios(): Promise<Array<{ orgId: string; name: string; timezone: string; locale: string }>>;
  /** Makes a chat space of this platform the studio's (as /connect does): first contact there makes a member. */
  connectSpace(platform: ChatPlatform, externalId: string, orgId: string): Promise<void>;
  /** The studio's bookable group sessions from..to, soonest first. */
  timetable(orgId: string, from: Date, to: Date): Promise<TimetableSession[]>;
  /** The person behind an account, and how many accounts (on any platform) they have; null: unknown. */
  account(
    platform: ChatPlatform,
    platformUserId: string,
  ): Promise<{ personId: string; displayName: string; accounts: number } | null>;
}

/**
 * One face per platform: `adapters/<platform>/index.ts` exports a factory of this, and the app
 * registers it in one line. Everything platform-specific (limits, pacing, receiving, rendering,
 * sending) lives behind it.
 */
export interface ChatAdapter {
  readonly platform: ChatPlatform;
  readonly limits: PlatformLimits;
  readonly pacing: PlatformPacing;
  /** Sends notices on this platform through its own renderer. */
  readonly sender: ChatSender;
  /**
   * An HTTP receiver (events over HTTP, a webhook) that the app's one HTTP server mounts at `path`
   * (POSTs). `serves`: path prefixes it answers in full, every method (pages of its own).
   */
  readonly http?: { path: string; listener: RequestListener; serves?: readonly string[] };
  /** Reads files people send (a trainer's .ics) through the platform's file API. */
  readonly files?: ChatFileReader;
  /**
   * Connects to the platform and starts receiving (polling, gateway, socket). When `signal` aborts
   * before it completes (the app gave up on this try, or is stopping), it closes what it opened
   * and rejects.
   */
  start(signal?: AbortSignal): Promise<void>;
  /** Stops receiving and lets in-flight handling finish. */
  stop(): Promise<void>;
  /** Whether it is connected and receiving now (for GET /readyz); absent means "since start()". */
  connected?(): boolean;
  /**
   * Sets the command menu one person sees in their private chat with the bot for their role
   * (a platform that shows menus per person declares it; "member" goes back to the default menu).
   */
  menuFor?(platformUserId: string, role: Role): Promise<void>;
}
