import type { ChatPlatform, PlatformCapabilities } from "../../src/ports/chat.ts";

/** The local chat console's platform id: its identities and the demo studio's workspace are stored under it. */
export const CONSOLE_PLATFORM: ChatPlatform = "console";

/**
 * The console's capabilities: plain text in a terminal, a form asked field by field, a button pressed
 * by typing its number.
 */
export const consoleCapabilities: PlatformCapabilities = {
  displayName: "the console",
  forms: "questions",
  commands: { kind: "slash" },
  buttons: "numbered",
  markup: "plain",
  startLinks: false,
};

/** The local chat's workspace: the demo studio is connected to it, so whoever talks there is a member. */
export const DEMO_WORKSPACE_ID = "demo-studio";

/** The local chat's user id of a demo name: lower case, so "/as maria" and "Maria:" are the same person. */
export const demoUserId = (name: string): string =>
  name.trim().toLowerCase().replace(/\s+/g, "-").slice(0, 60);
