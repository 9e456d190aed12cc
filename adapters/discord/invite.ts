/**
 * The invite link a studio owner opens to add the bot to their server: exactly the OAuth2 scopes and
 * permissions the adapter uses, each with why. Printed at start-up (docs/studio-setup.md).
 */
export const DISCORD_INVITE_SCOPES = [
  /** Join the server as a bot user: post announcements in linked channels. */
  "bot",
  /** Register the slash commands (/book, /trainer, /setup, ...). */
  "applications.commands",
] as const;

/** Permission bits (discord.com/developers/docs/topics/permissions). */
export const DISCORD_BOT_PERMISSIONS = {
  /** See the linked channels it announces in. */
  VIEW_CHANNEL: 1n << 10n,
  /** Post session-change announcements in linked channels. */
  SEND_MESSAGES: 1n << 11n,
  /** Announcements and replies are embeds. */
  EMBED_LINKS: 1n << 14n,
} as const;

export const discordPermissionBits = (): bigint =>
  Object.values(DISCORD_BOT_PERMISSIONS).reduce((a, b) => a | b, 0n);

/** https://discord.com/oauth2/authorize?client_id=...&scope=bot+applications.commands&permissions=19456 */
export function discordInviteUrl(applicationId: string): string {
  const q = new URLSearchParams({
    client_id: applicationId,
    scope: DISCORD_INVITE_SCOPES.join(" "),
    permissions: discordPermissionBits().toString(),
  });
  return `https://discord.com/oauth2/authorize?${q.toString().replace(/%20/g, "+")}`;
}
