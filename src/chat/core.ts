import { z } from "zod";
import { isDomainError } from "../domain/errors.ts";
import { hasRole } from "../domain/model.ts";
import { emptyVocabulary } from "../domain/vocabulary.ts";
import { suggestNamesFor } from "../handlers/booking/suggest.ts";
import type { ChatCoreDeps, OrgTurn, Turn } from "../handlers/turn.ts";
import { type Intent, IntentSchema } from "../intents/intent.ts";
import type { ChatCore, IncomingEvent, Reply, SuggestRequest } from "../ports/chat.ts";
import type { HandledOutcome } from "../ports/event-observer.ts";
import { InboxLeaseLostError } from "../ports/inbox.ts";
import { withLogContext } from "../ports/log-context.ts";
import { isStoreUnavailable, StoreUnavailableError } from "../ports/store-unavailable.ts";
import {
  busyReply,
  roleRefusalReply,
  unreadableEventReply,
  unreadableIntentReply,
  unsureReply,
} from "../replies/chat-replies.ts";
import { domainErrorReply, fallbackReply } from "../replies/error-reply.ts";
import { languageOf, speakerFor } from "../replies/i18n/languages.ts";
import { DEFAULT_SPEAKER, speakTo, withSpeaker } from "../replies/i18n/speaker.ts";
import type { RefusalAudience } from "../replies/refusal-replies.ts";
import { claimPendingRoles } from "../use-cases/identity/claim-pending-roles.ts";
import { dispatch, dispatchWithoutOrg, refusalAudience, requiredRole, worksWithoutOrg } from "./dispatch.ts";
import { createFormMemory } from "./form-memory.ts";
import { type KnownArrival, resolveOrg } from "./resolve-org.ts";
import { toIntent } from "./to-intent.ts";

/**
 * A platform's name as its adapter spells it. Which platforms exist is the app's registry
 * (src/app/adapters.ts), not the core's: an unknown name simply matches no identity.
 */
const Platform = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,31}$/)
  .transform((p) => p as IncomingEvent["platform"]);
const Str = (max: number) => z.string().min(1).max(max);
/** Adapters are trusted to shape events, not to fill them sensibly: the core checks sizes and kinds. */
const EventSchema = z.object({
  platform: Platform,
  eventId: Str(200),
  user: z.object({
    platformUserId: Str(100),
    displayName: z.string().max(200),
    visitor: z.boolean().optional(),
  }),
  conversation: z.object({ workspaceId: Str(100).nullable(), channelId: Str(200), isDirect: z.boolean() }),
  input: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("text"), text: z.string().max(20_000) }),
    z.object({ kind: z.literal("command"), name: z.string().max(100), args: z.string().max(20_000) }),
    z.object({ kind: z.literal("button"), data: z.string().max(200) }),
    z.object({
      kind: z.literal("form"),
      data: z.string().max(200),
      values: z.record(z.string(), z.string().max(2000)),
    }),
    z.object({
      kind: z.literal("file"),
      name: z.string().max(300),
      size: z.number().int().min(0),
      ref: Str(2000),
      caption: z.string().max(2000).optional(),
    }),
  ]),
  locale: z.string().max(35).optional(),
});

/** Builds the platform-neutral chat core that every adapter (and the local chat) calls. */
export function createChatCore(deps: ChatCoreDeps): ChatCore {
  const uc = { store: deps.store, clock: deps.clock, ...(deps.menus ? { menus: deps.menus } : {}) };

  async function handleUnsafe(
    event: IncomingEvent,
    ctxLog: Record<string, unknown>,
    seen: { audience?: RefusalAudience },
  ): Promise<Reply[]> {
    const parsed = EventSchema.safeParse(event);
    if (!parsed.success) return [unreadableEventReply()];
    const ev: IncomingEvent = parsed.data;
    // One statement reads who wrote, their studio and its names. That a redelivered event acts
    // once is the inbox's (its record), not the core's.
    const read = await deps.directory.arrival(
      ev.platform,
      ev.user.platformUserId,
      ev.conversation.workspaceId,
    );
    const now = deps.clock.now();
    const displayName =
      ev.user.displayName
        .replace(/[\p{Cc}\p{Cf}]/gu, "")
        .trim()
        .slice(0, 80) || "Member";
    // Someone seen before, with what was read about them; undefined for a newcomer.
    const known = read.person ? read : undefined;
    const person =
      known?.person ??
      (await deps.identities.createPerson(
        ev.platform,
        ev.user.platformUserId,
        displayName,
        ev.user.visitor === true,
      ));
    const base: Turn = {
      deps,
      uc,
      event: ev,
      now,
      personId: person.personId,
      displayName: person.displayName,
      org: null,
      actor: null,
      vocab: emptyVocabulary(),
    };
    ctxLog.personId = person.personId;

    // The organization first, so the message is parsed once: in the studio's zone, with its names
    // (for someone seen before, from what was read above).
    let org = await resolveOrg(deps, ev, person.personId, now, known);
    // A role an admin gave this person before they ever talked to the bot takes effect on their first
    // message (someone who talked before is found by name or mention and given the role directly).
    // Never for a shared visitor account: a role meant for someone named like it is not its to take.
    if (!known && org.kind === "org" && org.role === "member" && ev.user.visitor !== true) {
      const claim = await claimPendingRoles(uc, {
        orgId: org.orgId,
        personId: person.personId,
        platform: ev.platform,
        platformUserId: ev.user.platformUserId,
        displayName,
      });
      if (claim.claimed) org = { ...org, role: claim.role };
    }
    const orgTurn = org.kind === "org" ? await withOrg(base, org.orgId, org.role, known) : null;
    const turn: Turn = orgTurn ?? base;
    // From here on, replies are written in the reader's language (docs/languages.md).
    const reader = speakerFor({
      chosen: known?.person.language,
      platformLocale: ev.locale,
      studioLocale: turn.org?.locale,
    });
    speakTo(reader);
    await rememberPlatformLanguage(ev, known?.person.platformLanguage ?? null);
    const t = await toIntent(turn, ev.input, {
      now,
      timezone: turn.org?.timezone ?? "UTC",
      locale: turn.org?.locale ?? "en-GB",
      languages: [...new Set([reader.language, languageOf(turn.org?.locale) ?? "en", "en"])],
    });
    // Linking and connecting work before (and without) an organization.
    if (t.ok && worksWithoutOrg(t.intent.kind)) {
      // An admin asking for a connect code in a DM must first say which studio it is for.
      if (org.kind === "ask" && t.intent.kind === "connect_workspace" && !t.intent.code) return [org.reply];
      const replies = await dispatchWithoutOrg(turn, t.intent);
      if (replies) return replies;
    }
    if (org.kind !== "org") return [org.reply];
    if (!orgTurn) return [fallbackReply()];
    ctxLog.orgId = orgTurn.org.id;
    seen.audience = refusalAudience(orgTurn);
    if (!t.ok) return [t.reply];
    const checked = IntentSchema.safeParse(t.intent);
    if (!checked.success) return [unreadableIntentReply()];
    const intent: Intent = checked.data;
    ctxLog.intent = intent.kind;
    const need = requiredRole(intent.kind);
    if (need !== "none" && !hasRole(orgTurn.actor.role, need)) return [roleRefusalReply(need)];
    return dispatch(orgTurn, intent);
  }

  /** Notices are written later, without the event: the platform's language is kept when it changes. */
  async function rememberPlatformLanguage(ev: IncomingEvent, stored: string | null): Promise<void> {
    const now = languageOf(ev.locale);
    if (ev.locale === undefined || now === stored) return;
    await deps.identities.setPlatformLanguage(ev.platform, ev.user.platformUserId, now);
  }

  async function withOrg(
    base: Turn,
    orgId: string,
    role: OrgTurn["actor"]["role"],
    read?: KnownArrival,
  ): Promise<OrgTurn | null> {
    const forStaff = role !== "member";
    const pre = read?.orgWithVocabulary;
    const found =
      pre?.org.id === orgId && pre.forStaff === forStaff
        ? pre
        : await deps.directory.orgWithVocabulary(orgId, forStaff);
    if (!found) return null;
    return { ...base, org: found.org, actor: { orgId, personId: base.personId, role }, vocab: found.vocab };
  }

  async function handleLogged(event: IncomingEvent): Promise<Reply[]> {
    const ctxLog: Record<string, unknown> = {
      eventId: safeStr(event?.eventId),
      platform: safeStr(event?.platform),
      input: safeStr(event?.input?.kind),
    };
    // Who reads a refusal (the studio's zone and names, the reader's role), once it is known.
    const seen: { audience?: RefusalAudience } = {};
    const started = performance.now();
    let outcome: HandledOutcome = "error";
    try {
      const replies = await handleUnsafe(event, ctxLog, seen);
      outcome = "ok";
      return replies;
    } catch (err) {
      // The one error boundary of an event (docs/reliability.md): every failure of its handling
      // becomes a reply. Refusals become their wording, everything else is logged (with context,
      // to stderr) and the person gets a short apology without any internals. What fails outside
      // the handling (recording, delivering, a lost lease) is the inbox processor's.
      if (isDomainError(err)) {
        outcome = "refused";
        return [domainErrorReply(err, seen.audience)];
      }
      // Another process took this event over: its handling answers, this one must stay silent.
      if (err instanceof InboxLeaseLostError) {
        outcome = "lease_lost";
        throw err;
      }
      if (err instanceof StoreUnavailableError && err.committed === "unknown") {
        deps.log.warn({ err, ...ctxLog }, "chat core: database lost during a commit");
        outcome = "unsure";
        return [unsureReply()];
      }
      if (isStoreUnavailable(err)) {
        deps.log.warn({ err, ...ctxLog }, "chat core: database unavailable");
        outcome = "busy";
        return [busyReply()];
      }
      deps.log.error({ err, ...ctxLog }, "chat core: unexpected error while handling an event");
      return [fallbackReply()];
    } finally {
      deps.observer?.handled({
        platform: String(ctxLog.platform ?? "unknown"),
        kind: String(ctxLog.input ?? "unknown"),
        intent: typeof ctxLog.intent === "string" ? ctxLog.intent : null,
        outcome,
        ms: performance.now() - started,
      });
    }
  }

  return {
    forms: createFormMemory(deps.state, deps.clock),

    handle(event) {
      // Every line logged while this event is handled carries its id (src/app/logger.ts).
      return withLogContext({ eventId: safeStr(event?.eventId), platform: safeStr(event?.platform) }, () =>
        withSpeaker(DEFAULT_SPEAKER, () => handleLogged(event)),
      );
    },

    suggest: (req: SuggestRequest) => suggestNamesFor(deps, req),
  };
}

const safeStr = (v: unknown): string | undefined => (typeof v === "string" ? v.slice(0, 200) : undefined);
