import type { Line } from "../../ports/chat.ts";
import { sessionLine } from "../../replies/format.ts";

/** What notices show about a session; loaded by the composer, rendered here. */
export interface SessionView {
  name: string;
  startsAt: Date;
  timezone: string;
  trainerName: string | null;
  spaceName: string | null;
}

/** "Yoga, Sat 21 Nov 2026, 07:00" + suffix: the one session line (src/replies), who and where apart. */
export const noticeSessionLine = (s: SessionView, suffix = ""): Line =>
  sessionLine(s, s.timezone, suffix, { whoWhere: false });

/** "With Anna in Studio 2." or null when neither is known. */
export function whoWhereLine(s: SessionView): string | null {
  const parts = [
    s.trainerName ? `with ${s.trainerName}` : null,
    s.spaceName ? `in ${s.spaceName}` : null,
  ].filter((p) => p !== null);
  if (parts.length === 0) return null;
  const text = parts.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Pass after a charge or refund: "Pass: 10-class pass, 4 sessions left." */
export function passLine(prefix: string, pass: { name: string; remaining: number }): string {
  return `${prefix} ${pass.name} (${pass.remaining} ${pass.remaining === 1 ? "session" : "sessions"} left).`;
}

export const compact = (lines: Array<Line | null>): Line[] => lines.filter((l): l is Line => l !== null);
