import type { ChatPlatform } from "../ports/chat.ts";
import type { NoticeIdentity } from "../ports/notice-loader.ts";

/**
 * One direct message per person, not one per linked account: the same notice three times is
 * noise. The schema keeps no "last used" time, so the most recently linked identity on a platform
 * we can send on stands in for the one the person uses now. Ties between identities linked in the
 * same instant go to the platform that comes first in `platforms` (the app's registration order).
 */
export function chooseIdentities(
  identities: NoticeIdentity[],
  platforms: readonly ChatPlatform[],
): Map<string, NoticeIdentity> {
  const rank = (p: ChatPlatform) => platforms.indexOf(p);
  const chosen = new Map<string, NoticeIdentity>();
  for (const i of identities) {
    if (rank(i.platform) < 0) continue;
    const best = chosen.get(i.personId);
    if (!best || better(i, best, rank)) chosen.set(i.personId, i);
  }
  return chosen;
}

function better(a: NoticeIdentity, b: NoticeIdentity, rank: (p: ChatPlatform) => number): boolean {
  if (a.linkedAt.getTime() !== b.linkedAt.getTime()) return a.linkedAt.getTime() > b.linkedAt.getTime();
  return rank(a.platform) < rank(b.platform);
}
