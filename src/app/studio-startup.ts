import { discordInviteUrl } from "../../adapters/discord/invite.ts";
import type { BookingStore } from "../ports/booking-store.ts";
import type { Clock } from "../ports/clock.ts";
import { issueSetupCode, needsFirstStudio } from "../use-cases/identity/issue-setup-code.ts";

/**
 * What an operator needs at start-up in platform mode: a setup code while no studio exists (so the
 * first owner can open one), and the Discord invite link with exactly the scopes and permissions used.
 * Written to stdout for the operator; never into a chat or the logs.
 */
export async function announceStudioSetup(
  deps: { store: BookingStore; clock: Clock },
  env: { DISCORD_APPLICATION_ID?: string | undefined },
  write: (line: string) => void,
): Promise<void> {
  if (env.DISCORD_APPLICATION_ID)
    write(`Discord: add the bot to a server with ${discordInviteUrl(env.DISCORD_APPLICATION_ID)}\n`);
  if (!(await needsFirstStudio(deps))) return;
  const { code, expiresAt } = await issueSetupCode(deps);
  write(
    `No studio yet. Setup code (one use, until ${expiresAt.toISOString()}): ${code}\n` +
      `Send it to the bot: /setup ${code} (Telegram: /start ${code}; Slack: /book setup ${code}; Discord: /setup).\n`,
  );
}
