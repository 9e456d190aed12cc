import { APP_PLATFORMS } from "../../src/app/adapters.ts";
import { parseEnv } from "../../src/app/env.ts";
import type { InviteLinks } from "../../src/replies/coaching/invite-text.ts";

/** What the core asks of the app's platforms, as main.ts hands it over. */
export const appPlatforms = APP_PLATFORMS.capabilities;

/** The app's invite links with these settings (e.g. a bot username that makes start links). */
export function inviteLinksWith(settings: Record<string, string>): InviteLinks {
  const parsed = parseEnv(settings);
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return APP_PLATFORMS.inviteLinks(parsed.env);
}

/** The demo's links: a bot username, so invites carry a start link. */
export const demoInviteLinks = inviteLinksWith({ TELEGRAM_BOT_USERNAME: "demo_studio_bot" });
