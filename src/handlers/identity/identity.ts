import {
  codeGuesserKey,
  groupCode,
  hashOneTimeCode,
  ONE_TIME_CODE_LENGTH,
  randomCode,
} from "../../domain/codes.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import type { IntentOf } from "../../intents/intent.ts";
import type { Reply } from "../../ports/chat.ts";
import type { LinkCodeRecord } from "../../ports/identity-store.ts";
import {
  alreadyLinkedReply,
  connectCodeAdminsOnlyReply,
  connectCodeInvalidReply,
  connectCodeReply,
  connectedReply,
  connectInGroupReply,
  linkCodeInvalidReply,
  linkCodeReply,
  linkedReply,
  noStudioYetReply,
  nowTalkingToReply,
  tooManyCodesReply,
  whichStudioButtonsReply,
} from "../../replies/identity/identity-replies.ts";
import { roleChanged } from "../../use-cases/deps.ts";
import type { Turn } from "../turn.ts";

/** One-time codes live a quarter of an hour: long enough to switch apps, short enough to be safe. */
const CODE_TTL_MS = 15 * 60_000;

/** A fresh code of `purpose`: stored as its digest, shown (and returned) in readable groups. */
async function issueCode(
  turn: Turn,
  purpose: LinkCodeRecord["purpose"],
  owner: Pick<LinkCodeRecord, "personId" | "orgId">,
): Promise<string> {
  const code = groupCode((turn.deps.randomCode ?? randomCode)(ONE_TIME_CODE_LENGTH));
  await turn.deps.identities.createCode(
    { codeHash: hashOneTimeCode(purpose, code), purpose, ...owner },
    new Date(turn.now.getTime() + CODE_TTL_MS),
  );
  return code;
}

/** Spends a typed code, counting a wrong one against this account (several wrong ones block it a while). */
const redeemCode = (turn: Turn, purpose: LinkCodeRecord["purpose"], typed: string) =>
  turn.deps.identities.consumeCode(
    hashOneTimeCode(purpose, typed),
    purpose,
    codeGuesserKey(turn.event.platform, turn.event.user.platformUserId),
    turn.now,
  );

/** /link gives a code; /link CODE (or /start CODE where a platform has start links) on another platform joins that person. */
export async function linkAccountHandler(turn: Turn, intent: IntentOf<"link_account">): Promise<Reply[]> {
  const ids = turn.deps.identities;
  if (!intent.code) {
    const code = await issueCode(turn, "link_identity", { personId: turn.personId, orgId: null });
    const starts = turn.deps.platforms.apps
      .filter((a) => a.startLinks)
      .map((a) => `${a.displayName}: /start ${code}`);
    return [linkCodeReply(code, starts)];
  }
  const got = await redeemCode(turn, "link_identity", intent.code);
  if (!got.ok && got.reason === "slow_down") return [tooManyCodesReply(got.retryAfterMs)];
  const rec = got.ok ? got.code : null;
  if (!rec?.personId) return [linkCodeInvalidReply()];
  if (rec.personId === turn.personId) return [alreadyLinkedReply()];
  // Memberships this account gained on its own (first contact in a workspace) move with it.
  for (const m of await ids.memberships(turn.personId))
    await ids.ensureMembership(m.orgId, rec.personId, m.role);
  await ids.attachIdentity(turn.event.platform, turn.event.user.platformUserId, rec.personId);
  // This account now shows that person's menu (a staff one where they are staff).
  await roleChanged(turn.uc, rec.personId);
  return [linkedReply()];
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
    if (!turn.org || turn.actor?.role !== "admin") return [connectCodeAdminsOnlyReply()];
    const code = await issueCode(turn, "connect_workspace", { personId: turn.personId, orgId: turn.org.id });
    return [connectCodeReply(turn.org.name, code)];
  }
  if (!c.workspaceId || c.isDirect) return [connectInGroupReply()];
  const got = await redeemCode(turn, "connect_workspace", intent.code);
  if (!got.ok && got.reason === "slow_down") return [tooManyCodesReply(got.retryAfterMs)];
  const rec = got.ok ? got.code : null;
  if (!rec?.orgId) return [connectCodeInvalidReply()];
  await ids.mapWorkspace(turn.event.platform, c.workspaceId, rec.orgId);
  await ids.ensureMembership(rec.orgId, turn.personId, "member");
  return [connectedReply()];
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
    return [nowTalkingToReply(chosen.orgName)];
  }
  if (mine.length === 0) return [noStudioYetReply()];
  return [
    whichStudioButtonsReply(
      mine
        .slice(0, 8)
        .map((m) => [{ label: m.orgName.slice(0, 60), data: encodeButton({ op: "og", orgId: m.orgId }) }]),
    ),
  ];
}

/** Where a direct-message organization choice is kept (per platform account). */
export const orgChoiceKey = (platform: string, platformUserId: string): string =>
  `org:${platform}:${platformUserId}`;
