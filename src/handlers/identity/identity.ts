import { normalizeCode, randomCode } from "../../domain/codes.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import type { IntentOf } from "../../intents/intent.ts";
import type { Reply } from "../../ports/chat.ts";
import type { Turn } from "../turn.ts";

/** One-time codes live a quarter of an hour: long enough to switch apps, short enough to be safe. */
const CODE_TTL_MS = 15 * 60_000;
const CODE_LENGTH = 8;

const text = (...lines: string[]): Reply[] => [{ visibility: "private", lines }];

/** /link gives a code; /link CODE (or /start CODE where a platform has start links) on another platform joins that person. */
export async function linkAccountHandler(turn: Turn, intent: IntentOf<"link_account">): Promise<Reply[]> {
  const ids = turn.deps.identities;
  if (!intent.code) {
    const code = (turn.deps.randomCode ?? randomCode)(CODE_LENGTH);
    await ids.createCode(
      { code, purpose: "link_identity", personId: turn.personId, orgId: null },
      new Date(turn.now.getTime() + CODE_TTL_MS),
    );
    const starts = turn.deps.platforms.apps
      .filter((a) => a.startLinks)
      .map((a) => `${a.displayName}: /start ${code}`);
    const alt = starts.length > 0 ? `  (${starts.join("; ")})` : "";
    return text(
      `Your link code: ${code} (valid 15 minutes, once).`,
      `In your other chat app, send: /link ${code}${alt}. Both accounts then share your bookings and passes.`,
    );
  }
  const rec = await ids.consumeCode(normalizeCode(intent.code), "link_identity", turn.now);
  if (!rec?.personId)
    return text(
      "That code is not valid or has expired. Send /link in the app you are already using to get a new one.",
    );
  if (rec.personId === turn.personId) return text("This account is already linked to that person.");
  // Memberships this account gained on its own (first contact in a workspace) move with it.
  for (const m of await ids.memberships(turn.personId))
    await ids.ensureMembership(m.orgId, rec.personId, m.role);
  await ids.attachIdentity(turn.event.platform, turn.event.user.platformUserId, rec.personId);
  return text("Linked. You see the same bookings and passes here as in your other app.");
}

/**
 * /connect (an admin, anywhere the organization is known) gives a code; /connect CODE inside a chat
 * space (a workspace, server or group, whatever the platform calls it) maps that space to the organization.
 */
export async function connectWorkspaceHandler(
  turn: Turn,
  intent: IntentOf<"connect_workspace">,
): Promise<Reply[]> {
  const ids = turn.deps.identities;
  const c = turn.event.conversation;
  if (!intent.code) {
    if (!turn.org || turn.actor?.role !== "admin")
      return text("Only an admin of the studio can get a connect code.");
    const code = (turn.deps.randomCode ?? randomCode)(CODE_LENGTH);
    await ids.createCode(
      { code, purpose: "connect_workspace", personId: turn.personId, orgId: turn.org.id },
      new Date(turn.now.getTime() + CODE_TTL_MS),
    );
    return text(
      `Connect code for ${turn.org.name}: ${code} (valid 15 minutes, once).`,
      `In the workspace, server or group to connect, send: /connect ${code}`,
    );
  }
  if (!c.workspaceId || c.isDirect)
    return text(
      "Send /connect CODE inside the workspace, server or group you want to connect, not in a direct message.",
    );
  const rec = await ids.consumeCode(normalizeCode(intent.code), "connect_workspace", turn.now);
  if (!rec?.orgId)
    return text("That code is not valid or has expired. An admin can get a new one with /connect.");
  await ids.mapWorkspace(turn.event.platform, c.workspaceId, rec.orgId);
  await ids.ensureMembership(rec.orgId, turn.personId, "member");
  return [
    { visibility: "public", lines: ["Connected. Everyone here can now book sessions: type help to start."] },
  ];
}

/** In a direct message with several organizations: pick the one to talk to (remembered). */
export async function chooseOrgHandler(turn: Turn, intent: IntentOf<"choose_org">): Promise<Reply[]> {
  const mine = await turn.deps.identities.memberships(turn.personId);
  const chosen = intent.orgId ? mine.find((m) => m.orgId === intent.orgId) : undefined;
  if (chosen) {
    await turn.deps.state.set(
      orgChoiceKey(turn.event.platform, turn.event.user.platformUserId),
      { orgId: chosen.orgId },
      new Date(turn.now.getTime() + 365 * 86_400_000),
    );
    return text(`You are now talking to ${chosen.orgName}. Type help to see what you can do.`);
  }
  if (mine.length === 0)
    return text("You are not a member of any studio yet. Join from your studio's chat workspace or group.");
  return [
    {
      visibility: "private",
      lines: ["Which studio?"],
      buttons: mine
        .slice(0, 8)
        .map((m) => [{ label: m.orgName.slice(0, 60), data: encodeButton({ op: "og", orgId: m.orgId }) }]),
    },
  ];
}

/** Where a direct-message organization choice is kept (per platform account). */
export const orgChoiceKey = (platform: string, platformUserId: string): string =>
  `org:${platform}:${platformUserId}`;
