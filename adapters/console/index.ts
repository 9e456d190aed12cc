/**
 * The local console: a platform like the others (one folder, one line in the app's registry),
 * selected when no platform token is configured (`npm start` with no settings). A line typed, or
 * read from a script, goes through the inbox as every platform's events do.
 */
import type {
  ChatAdapter,
  ChatAdapterDeps,
  PlatformLimits,
  PlatformPacing,
} from "../../src/ports/chat-adapter.ts";
import { CONSOLE_PLATFORM, consoleCapabilities } from "./capabilities.ts";
import { consoleFileReader } from "./console-files.ts";
import { consoleThroughInbox } from "./console-intake.ts";
import { createConsoleSender } from "./console-sender.ts";
import { runInteractive, runScript } from "./run-console.ts";

export interface ConsoleOptions {
  /** Script mode: "name: message" lines in, each answer printed under its line. */
  script: boolean;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  write(text: string): void;
}

/** A local process with one person at the keyboard: nothing to pace, and a repeat shows harmlessly. */
export const consolePacing: PlatformPacing = { rulesFor: () => [], resendAfterUncertain: true };
/** Buttons are numbered in the terminal; their data stays in memory (the core's own limit applies). */
export const consoleLimits: PlatformLimits = { buttonDataMaxBytes: 200 };

export interface ConsoleAdapter extends ChatAdapter {
  /** Settles when the conversation is over (the input ended). */
  finished(): Promise<void>;
}

export function createConsoleAdapter(opts: ConsoleOptions, deps: ChatAdapterDeps): ConsoleAdapter {
  let done: Promise<void> = Promise.resolve();
  const sender = createConsoleSender(opts.write);
  const notices = sender.notices;
  return {
    platform: CONSOLE_PLATFORM,
    limits: consoleLimits,
    pacing: consolePacing,
    sender,
    files: consoleFileReader,
    async start() {
      const talk = consoleThroughInbox(deps.core, deps.inbox);
      done = opts.script
        ? runScript(talk, { input: opts.input, write: opts.write, notices })
        : runInteractive(talk, { input: opts.input, output: opts.output, write: opts.write, notices });
    },
    async stop() {
      await done.catch(() => undefined);
    },
    finished: () => done,
  };
}

/** The console's line in the app's registry (src/app/adapters.ts): never configured, the fallback. */
export const consolePlatform = {
  platform: CONSOLE_PLATFORM,
  capabilities: consoleCapabilities,
  pacing: consolePacing,
  limits: consoleLimits,
  create: createConsoleAdapter,
} as const;
