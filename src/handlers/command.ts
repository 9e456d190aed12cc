import type { Role } from "../domain/model.ts";
import type { IntentKind, IntentOf } from "../intents/intent.ts";
import type { Reply } from "../ports/chat.ts";
import type { OrgTurn, Turn } from "./turn.ts";

/** Who may ask for a command: "none" needs no membership (the handler checks finer rights). */
export type RequiredRole = "none" | Role;

/** One command of a feature: who may ask for it and what answers it. */
export interface Command<K extends IntentKind> {
  role: RequiredRole;
  /** Answers the intent in an organization (roles were checked by the caller). */
  run(turn: OrgTurn, intent: IntentOf<K>): Promise<Reply[]>;
  /**
   * Set for commands that also work before (or without) an organization: linking accounts, joining by
   * code. Null means "this one needs an organization after all".
   */
  withoutOrg?(turn: Turn, intent: IntentOf<K>): Promise<Reply[] | null>;
}

/** A feature's commands by intent kind. */
export type CommandTable = { [K in IntentKind]?: Command<K> };

/** Every intent kind's command: what the features' tables add up to (checked by the compiler). */
export type AllCommands = { [K in IntentKind]: Command<K> };

/** Looks a command up for an intent (the table is keyed by the intent's own kind). */
