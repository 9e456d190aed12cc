import type { Reply } from "../../ports/chat.ts";
import { privateReply } from "../format.ts";
import { t } from "../i18n/catalogue.ts";

/** The language I write in and how to change it; `unknown`: the one asked for is not one I write. */
export function languageReply(unknown = false): Reply {
  return privateReply(t(unknown ? "language.unknown" : "language.current"));
}

/** After /language xx (`chosen`) or /language auto. */
export function languageChosenReply(chosen: boolean): Reply {
  return privateReply(t(chosen ? "language.set" : "language.auto"));
}
