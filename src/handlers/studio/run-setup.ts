import type { ChatPlatform, Reply } from "../../ports/chat.ts";
import type { Logger } from "../../ports/logger.ts";
import { studioNameForm } from "../../replies/studio/forms.ts";
import type { UseCaseDeps } from "../../use-cases/deps.ts";
import { redeemSetupCode } from "../../use-cases/identity/redeem-setup-code.ts";

/** /setup CODE (or /start CODE from a start link, /book setup CODE as a subcommand): opens a studio, then asks its name (with the new studio's id). */
export async function runSetup(
  deps: UseCaseDeps & { log?: Logger },
  who: { personId: string; platform: ChatPlatform; platformUserId: string },
  where: { workspaceId: string | null },
  code: string,
): Promise<{ replies: Reply[]; orgId: string | null }> {
  const text = (...lines: string[]) => ({
    replies: [{ visibility: "private" as const, lines }],
    orgId: null,
  });
  if (!code.trim()) return text("Send the setup code you were given: /setup CODE.");
  const r = await redeemSetupCode(deps, { ...who, workspaceId: where.workspaceId, code });
  if (r.ok) {
    const replies: Reply[] = [
      {
        visibility: "private",
        lines: [
          "Your studio is open and you are its admin.",
          r.workspaceConnected
            ? "This chat is connected to it: whoever talks to me here is a member."
            : "Connect a group later with /connect.",
        ],
      },
      studioNameForm(),
    ];
    return { replies, orgId: r.orgId };
  }
  if (r.reason === "slow_down")
    return text(
      `Too many wrong codes. Try again in ${Math.ceil((r.retryAfterMs ?? 60_000) / 60_000)} minutes, with the code exactly as you got it.`,
    );
  if (r.reason === "workspace_taken")
    return text(
      "This chat already belongs to a studio. Send the code in a new group, or to me directly; the code is still valid.",
    );
  return text(
    "That setup code is not valid: it may be mistyped, used already, or older than 24 hours. Ask for a new one.",
  );
}
