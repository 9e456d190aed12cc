import type { ChatPlatform } from "../chat/incoming.ts";
import type { NoticeIdentity } from "../ports/notice-loader.ts";

// Ties between identities linked in the same instant are broken in this fixed order.
const PLATFORM_ORDER: ChatPlatform[] = ["telegram", "discord", "slack", "console"];

/**
 * One direct message per person, not one per linked account: the same notice three times is
 * noise. The schema keeps no "last used" time, so the most recently linked identity on a platform
 * we can send on stands in for the one the person uses now.
 */
export function chooseIdentities(
  identities: NoticeIdentity[],
  platforms: ReadonlySet<ChatPlatform>,
): Map<string, NoticeIdentity> {
  const chosen = new Map<string, NoticeIdentity>();
  for (const i of identities) {
    if (!platforms.has(i.platform)) continue;
    const best = chosen.get(i.personId);
    if (!best || better(i, best)) chosen.set(i.personId, i);
  }
  return chosen;
}

function better(a: NoticeIdentity, b: NoticeIdentity): boolean {
  if (a.linkedAt.getTime() !== b.linkedAt.getTime()) return a.linkedAt.getTime() > b.linkedAt.getTime();
  return PLATFORM_ORDER.indexOf(a.platform) < PLATFORM_ORDER.indexOf(b.platform);
}
