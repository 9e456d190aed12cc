import { z } from "zod";
import type { Role } from "../domain/model.ts";
import { orgChoiceKey } from "../handlers/identity/identity.ts";
import type { ChatCoreDeps } from "../handlers/turn.ts";
import { encodeButton } from "../intents/button-codec.ts";
import type { IncomingEvent, Reply } from "../ports/chat.ts";
import type { Arrival } from "../ports/directory.ts";
import { notAMemberReply, notConnectedReply, whichStudioReply } from "../replies/chat-replies.ts";

export type OrgResolution =
  | { kind: "org"; orgId: string; role: Role }
  | { kind: "none"; reply: Reply }
  | { kind: "ask"; reply: Reply };

/** What Directory.arrival read for a known person (workspace, memberships), reused here. */
export type KnownArrival = Exclude<Arrival, { person: null }>;

const Choice = z.object({ orgId: z.string() });

/**
 * Which organization a message is for. In a connected workspace: that workspace's organization, and a person
 * seen there for the first time becomes a member (the workspace's admin invited them by letting them in).
 * In a direct message (or an unconnected workspace's DM): the person's only organization, the one they
 * chose before, or a question with buttons when there are several. `read`: the same facts already
 * read with who wrote (Directory.arrival), so they are not asked for again.
 */
export async function resolveOrg(
  deps: ChatCoreDeps,
  event: IncomingEvent,
  personId: string,
  now: Date,
  read?: KnownArrival,
): Promise<OrgResolution> {
  const ids = deps.identities;
  const c = event.conversation;
  if (c.workspaceId) {
    const joined =
      read?.workspace === undefined
        ? await ids.joinWorkspaceOrg(event.platform, c.workspaceId, personId)
        : read.workspace && {
            orgId: read.workspace.orgId,
            // Joined by a concurrent message after the read's snapshot: read the role again.
            role:
              read.workspace.role ?? (await ids.ensureMembership(read.workspace.orgId, personId, "member")),
          };
    if (joined) return { kind: "org", ...joined };
    if (!c.isDirect) {
      return {
        kind: "none",
        reply: notConnectedReply(),
      };
    }
  }
  const mine = read?.memberships ?? (await ids.memberships(personId));
  const [only] = mine;
  if (only && mine.length === 1) return { kind: "org", orgId: only.orgId, role: only.role };
  if (mine.length === 0) {
    return {
      kind: "none",
      reply: notAMemberReply(),
    };
  }
  const saved = Choice.safeParse(
    await deps.state.get(orgChoiceKey(event.platform, event.user.platformUserId), now),
  );
  const chosen = saved.success ? mine.find((m) => m.orgId === saved.data.orgId) : undefined;
  if (chosen) return { kind: "org", orgId: chosen.orgId, role: chosen.role };
  return {
    kind: "ask",
    reply: whichStudioReply(
      mine.map((m) => ({ name: m.orgName, data: encodeButton({ op: "og", orgId: m.orgId }) })),
    ),
  };
}
