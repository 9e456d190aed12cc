/**
 * A fourth platform, for the test that keeps docs/adapters.md true: everything a new platform needs
 * is in this one folder (its capabilities, its settings, its adapter on the shared inbox intake) plus
 * its line in a registry. Its "network" is in memory: `send` is what a person typing in the stub app
 * does; the promise resolves with the replies the adapter delivered back.
 */
import { z } from "zod";
import { type InboxIntake, registerInboxIntake } from "../../adapters/shared/inbox-intake.ts";
import { UNPACED } from "../../src/notices/rate-limits.ts";
import type { IncomingEvent, PlatformCapabilities, Reply } from "../../src/ports/chat.ts";
import type { ChatAdapter, ChatAdapterDeps } from "../../src/ports/chat-adapter.ts";
import type { NoticeTarget } from "../../src/ports/chat-sender.ts";

export const STUB_PLATFORM = "stub";

/** One message or tap in the stub app, as its (imaginary) API delivers it. */
export interface StubUpdate {
  updateId: number;
  userId: string;
  name: string;
  /** The team it was sent in; null in a direct message. */
  space: string | null;
  channel: string;
  text?: string;
  button?: string;
}

/** Its settings: a token, and a start-link host (then it has start links). */
const schema = z.object({
  STUB_TOKEN: z.string().trim().min(8, "STUB_TOKEN looks too short").optional(),
  STUB_LINK_HOST: z.string().trim().min(1).optional(),
});
/** Its settings among the app's (the registry hands every platform all of them). */
type StubEnv = z.infer<typeof schema> & { readonly [setting: string]: unknown };

/** What the core asks of the stub app: no modals (forms are asked), plain text, start links. */
export const stubCapabilities: PlatformCapabilities = {
  displayName: "Stub Chat",
  forms: "questions",
  commands: { kind: "slash" },
  buttons: "tap",
  markup: "plain",
  startLinks: true,
};

/** The neutral event of an update: a command, a tap, or text. */
function eventOf(u: StubUpdate): IncomingEvent {
  const slash = u.text ? /^\/(\S+)\s*(.*)$/s.exec(u.text) : null;
  return {
    platform: STUB_PLATFORM,
    eventId: String(u.updateId),
    user: { platformUserId: u.userId, displayName: u.name },
    conversation: { workspaceId: u.space, channelId: u.channel, isDirect: u.space === null },
    input: u.button
      ? { kind: "button", data: u.button }
      : slash
        ? { kind: "command", name: slash[1] ?? "", args: slash[2] ?? "" }
        : { kind: "text", text: u.text ?? "" },
  };
}

export function createStubPlatform() {
  const answers = new Map<number, (replies: Reply[]) => void>();
  const notices: Array<{ target: NoticeTarget; reply: Reply }> = [];
  let intake: InboxIntake<StubUpdate> | null = null;

  function createStubAdapter(deps: ChatAdapterDeps): ChatAdapter {
    return {
      platform: STUB_PLATFORM,
      limits: { buttonDataMaxBytes: 64 },
      pacing: UNPACED,
      sender: {
        platform: STUB_PLATFORM,
        async send(target, reply) {
          notices.push({ target, reply });
          return { messageId: String(notices.length) };
        },
      },
      async start() {
        if (!deps.inbox) throw new Error("the stub platform runs on the inbox only");
        intake = registerInboxIntake<StubUpdate>(deps.inbox, deps.core, {
          platform: STUB_PLATFORM,
          eventOf,
          async deliver({ payload }, replies) {
            answers.get(payload.updateId)?.(replies);
            answers.delete(payload.updateId);
          },
        });
      },
      async stop() {
        await intake?.drain();
        intake = null;
      },
    };
  }

  /** The stub's line in a registry (src/app/adapters.ts's shape). */
  const registration = {
    platform: STUB_PLATFORM,
    capabilities: stubCapabilities,
    env: { schema, refine() {} },
    pacing: UNPACED,
    limits: { buttonDataMaxBytes: 64 },
    configured: (env: StubEnv): boolean => env.STUB_TOKEN !== undefined,
    fromEnv: (env: StubEnv, deps: ChatAdapterDeps): ChatAdapter | null =>
      env.STUB_TOKEN ? createStubAdapter(deps) : null,
    startLink(env: StubEnv): ((code: string) => string) | null {
      const host = env.STUB_LINK_HOST;
      return host ? (code) => `https://${host}/start/${code}` : null;
    },
  } as const;

  return {
    registration,
    notices,
    /** A person sends an update; resolves with the replies delivered for it ([] for a redelivery). */
    async send(u: StubUpdate): Promise<Reply[]> {
      if (!intake) throw new Error("the stub platform is not started");
      const answered = new Promise<Reply[]>((resolve) => answers.set(u.updateId, resolve));
      const fresh = await intake.receive(`${STUB_PLATFORM}:${u.updateId}`, u);
      if (!fresh) {
        answers.delete(u.updateId);
        return [];
      }
      return answered;
    },
  };
}
