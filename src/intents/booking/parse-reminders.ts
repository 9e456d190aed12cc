import { normalize } from "../fuzzy.ts";
import type { Intent } from "../intent.ts";
import { readMinutes } from "../studio/values.ts";

type RemindersIntent = Extract<Intent, { kind: "my_reminders" }>;

/** "1 hour", "30 minutes", "2h", "a day", "an hour and a half" as typed after "remind me". */
function leadOf(text: string): number {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/^(an?|one)\s+(hour|day)/, "1 $2")
    .replace(/^half an hour$/, "30 min")
    .replace(/^(\d+)\s*(hours?|h)\s+and\s+a\s+half$/, (_, n) => `${Number(n) * 60 + 30} min`)
    .replace(/\s+(before|ahead|earlier|in advance)$/, "")
    .trim();
  return readMinutes(t);
}

const intent = (
  change: RemindersIntent["change"],
  extra: Partial<RemindersIntent> = {},
): RemindersIntent => ({
  kind: "my_reminders",
  change,
  ...extra,
});

/**
 * `/reminders [off | on | default | 2h]`: a member's own reminders. Without an argument they are
 * shown; a lead time that cannot be read is named back ("bad"), never replaced by a default.
 */
export function parseRemindersCommand(args: string): RemindersIntent {
  const a = normalize(args);
  if (!a) return intent("show");
  if (/^(off|none|no|stop|disable|disabled|aus)$/.test(a)) return intent("off");
  if (/^(on|yes|start|enable|enabled|an)$/.test(a)) return intent("on");
  if (/^(default|studio|reset|standard)$/.test(a)) return intent("default");
  const minutes = leadOf(args);
  return Number.isFinite(minutes) && minutes > 0
    ? intent("lead", { minutes: Math.round(minutes) })
    : intent("bad", { typed: args.trim().slice(0, 40) });
}

/**
 * A member's reminder wish in free text ("remind me 1 hour before", "no reminders", "turn reminders
 * off", "my reminders"); null when the text is about something else.
 */
export function readRemindersText(text: string): RemindersIntent | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[!.?]+$/, "");
  const remind =
    /^(please\s+)?remind me\s+(.+?)(\s+(before|ahead|in advance))?(\s+(each|every|a|the)\s+(session|class|booking))?$/.exec(
      t,
    );
  if (remind?.[2]) {
    const minutes = leadOf(remind[2]);
    if (Number.isFinite(minutes) && minutes > 0) return intent("lead", { minutes: Math.round(minutes) });
    return intent("bad", { typed: remind[2].slice(0, 40) });
  }
  const n = normalize(t);
  if (/^(no|stop|disable|turn off|switch off|mute)( the| my| all)? reminders?( please)?$/.test(n))
    return intent("off");
  if (/^(my )?reminders? (off|aus)$/.test(n) || /^(turn|switch) (the |my )?reminders? off$/.test(n))
    return intent("off");
  if (/^(turn|switch) (the |my )?reminders? on$/.test(n)) return intent("on");
  if (/^(turn on|switch on|enable)( the| my)? reminders?$/.test(n) || /^(my )?reminders? on$/.test(n))
    return intent("on");
  if (/^(my )?reminders?$/.test(n)) return intent("show");
  return null;
}
