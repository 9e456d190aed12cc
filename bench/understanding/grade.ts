import { DateTime } from "luxon";
import { decodeButton } from "../../src/intents/button-codec.ts";
import { lineText, type Reply } from "../../src/ports/chat.ts";

/**
 * Grades what the chat core did with one utterance against its label:
 *   correct  the outcome the label names;
 *   asked    a clarifying question (buttons waiting for a choice) where the label expected an outcome;
 *   wrong    booked, cancelled or changed something other than what was meant, or booked when it
 *            should have refused;
 *   missed   anything else (not understood, refused without reason, the wrong list).
 *
 * Labels (one per corpus line):
 *   book:<Template>@<yyyy-MM-dd HH:mm>     that session was booked
 *   cancel:<Template>@<yyyy-MM-dd HH:mm>   the confirmation question for that own booking
 *   list:<filter>                          sessions listed, each fitting the filter:
 *                                          name=A|B; day=yyyy-MM-dd; days=from..to; trainer=Name; hours=17-24
 *   week:<yyyy-MM-dd>                      the week view from that day
 *   my_bookings | my_passes | help | coming_soon
 *   ask                                    a question with choices, nothing changed
 *   says:<words>                           a reply containing those words (any case), nothing changed
 *                                          (staff commands, personal sessions, 1-2-1, not_acted)
 *   refuse:<reason>[:<typed>]              a refusal naming its reason (and the typed words):
 *                                          time, date, unknown_class, unknown_trainer, none, closed,
 *                                          started, cancelled, individual, closed_course
 */
export type Grade = "correct" | "asked" | "missed" | "wrong";

export interface SessionFacts {
  id: string;
  name: string;
  /** Local "yyyy-MM-dd HH:mm" in the studio's zone. */
  local: string;
  trainerName: string | null;
}

export interface BookingFacts {
  id: string;
  occurrenceId: string;
  status: string;
}

export interface Observation {
  replies: Reply[];
  before: BookingFacts[];
  after: BookingFacts[];
  sessions: Map<string, SessionFacts>;
}

const REASONS: Record<string, RegExp> = {
  time: /is not a time of day/,
  date: /is not a date/,
  unknown_class: /There is no class or training called/,
  unknown_trainer: /There is no trainer called/,
  none: /^No .* found|You have no booking for|You have no upcoming bookings/m,
  closed: /Booking for .* closed/i,
  started: /has (already )?started/i,
  cancelled: /is cancelled|was cancelled/i,
  individual: /individual training/i,
  closed_course: /closed .*course/i,
};

export const textOfReplies = (replies: Reply[]): string =>
  replies
    .map((r) =>
      [
        r.title ?? "",
        ...r.lines.map(lineText),
        ...(r.sections ?? []).flatMap((s) => [s.heading ?? "", ...s.lines.map(lineText)]),
      ].join("\n"),
    )
    .join("\n");

const buttonsOf = (replies: Reply[]) =>
  replies.flatMap((r) => (r.buttons ?? []).flat()).map((b) => decodeButton(b.data));

export function grade(label: string, o: Observation): { grade: Grade; why: string } {
  const text = textOfReplies(o.replies);
  const before = new Map(o.before.map((b) => [b.id, b]));
  const created = o.after.filter((b) => !before.has(b.id) && b.status !== "cancelled");
  const cancelled = o.after.filter(
    (b) => b.status === "cancelled" && before.get(b.id)?.status !== "cancelled",
  );
  const buttons = buttonsOf(o.replies).flatMap((b) => (b.ok ? [b.action] : []));
  const asked =
    buttons.some((b) => b.op === "pk") || (buttons.some((b) => b.op === "cb") && /^Which/m.test(text));
  const sessionOf = (id: string) => o.sessions.get(id);
  const describe = (b: BookingFacts) => {
    const s = sessionOf(b.occurrenceId);
    return s ? `${s.name}@${s.local}` : b.occurrenceId;
  };
  const [kind, ...restParts] = label.split(":");
  const arg = restParts.join(":");

  if (kind === "book") {
    if (cancelled.length) return { grade: "wrong", why: `cancelled ${cancelled.map(describe).join(", ")}` };
    const [only] = created;
    if (only && created.length === 1)
      return describe(only) === arg
        ? { grade: "correct", why: "" }
        : { grade: "wrong", why: `booked ${describe(only)}` };
    if (created.length > 1) return { grade: "wrong", why: `booked ${created.map(describe).join(", ")}` };
    return asked ? { grade: "asked", why: firstLine(text) } : { grade: "missed", why: firstLine(text) };
  }
  // Every other label changes nothing.
  if (created.length || cancelled.length)
    return {
      grade: "wrong",
      why: `changed ${[...created.map((b) => `+${describe(b)}`), ...cancelled.map((b) => `-${describe(b)}`)].join(", ")}`,
    };
  const ok = (cond: boolean) =>
    cond
      ? { grade: "correct" as const, why: "" }
      : asked && kind !== "ask"
        ? { grade: "asked" as const, why: firstLine(text) }
        : { grade: "missed" as const, why: firstLine(text) };
  switch (kind) {
    case "cancel": {
      const offered = buttons.flatMap((b) => (b.op === "cy" ? [b.bookingId] : []));
      const booking = o.after.find((b) => offered.includes(b.id));
      return ok(booking !== undefined && offered.length === 1 && describe(booking) === arg);
    }
    case "list": {
      const shown = [...new Set(buttons.flatMap((b) => (b.op === "sd" ? [b.occurrenceId] : [])))];
      const fits = listFilter(arg);
      return ok(shown.length > 0 && shown.every((id) => fits(sessionOf(id))));
    }
    case "week":
      return ok(
        (o.replies[0]?.title ?? "") ===
          `Week of ${DateTime.fromISO(arg).setLocale("en-GB").toFormat("d LLL yyyy")}`,
      );
    case "my_bookings":
      return ok(/^(Upcoming|Past) bookings|You have no (upcoming|past) bookings/m.test(text));
    case "my_passes":
      return ok(/Your passes|You have no passes/.test(text));
    case "help":
      return ok(/I book sessions for you|Sorry, I did not understand/.test(text));
    case "coming_soon":
      return ok(/coming soon/i.test(text));
    case "ask":
      return ok(asked);
    case "says":
      return ok(text.toLowerCase().includes(arg.toLowerCase()));
    case "refuse": {
      const [reason, ...typed] = arg.split(":");
      const re = REASONS[reason ?? ""];
      if (!re) return { grade: "missed", why: `unknown reason in label: ${reason}` };
      const words = typed.join(":");
      return ok(re.test(text) && (!words || text.toLowerCase().includes(words.toLowerCase())));
    }
    default:
      return { grade: "missed", why: `unknown label ${label}` };
  }
}

const firstLine = (text: string): string => text.split("\n").find(Boolean)?.slice(0, 120) ?? "(no reply)";

/** "name=Spin|Spin Express; day=2026-12-01; trainer=Sam Lee; hours=17-24" as a predicate. */
function listFilter(spec: string): (s: SessionFacts | undefined) => boolean {
  const parts = spec
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.split("=") as [string, string]);
  return (s) => {
    if (!s) return false;
    const day = s.local.slice(0, 10);
    const hour = Number(s.local.slice(11, 13));
    return parts.every(([k, v]) => {
      if (k === "name") return v.split("|").includes(s.name);
      if (k === "day") return day === v;
      if (k === "days") {
        const [from, to] = v.split("..");
        return day >= (from ?? "") && day <= (to ?? "");
      }
      if (k === "trainer") return s.trainerName === v;
      if (k === "hours") {
        const [from, to] = v.split("-").map(Number);
        return hour >= (from ?? 0) && hour < (to ?? 24);
      }
      return false;
    });
  };
}
