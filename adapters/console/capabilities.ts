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
