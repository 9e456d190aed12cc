/**
 * Text helpers every adapter needs: fitting a reply into a platform's message limit without
 * failing. Long text is split at line breaks, then at spaces, and only then mid-word.
 */

/** Splits one line into pieces of at most `max` characters, preferring to break at spaces. */
export function splitLine(line: string, max: number): string[] {
  if (max < 1) throw new RangeError(`splitLine: max must be >= 1, got ${max}`);
  const out: string[] = [];
  let rest = line;
  while ([...rest].length > max) {
    const chars = [...rest];
    const window = chars.slice(0, max).join("");
    const space = window.lastIndexOf(" ");
    // Break at a space when one exists in the second half; otherwise a hard cut keeps progress.
    const cut = space > max / 2 ? space : window.length;
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || out.length === 0) out.push(rest);
  return out;
}

/**
 * Packs lines into chunks whose measured length (lines joined by "\n") stays within `max`.
 * Lines longer than `max` must already be split (see splitLine); a formatted line is never cut.
 */
export function packLines(
  lines: string[],
  max: number,
  measure: (s: string) => number = charLength,
): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const line of lines) {
    const len = measure(line);
    const added = current.length === 0 ? len : size + 1 + len;
    if (current.length > 0 && added > max) {
      chunks.push(current.join("\n"));
      current = [line];
      size = len;
    } else {
      current.push(line);
      size = added;
    }
  }
  if (current.length > 0) chunks.push(current.join("\n"));
  return chunks;
}

/** Trims to at most `max` characters, ending with an ellipsis when something was cut. */
export function trimTo(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}

/** Length in Unicode code points (what the platforms count for message text). */
export function charLength(s: string): number {
  return [...s].length;
}

/** Length in UTF-8 bytes (what Telegram counts for callback data). */
export function byteLength(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/** Splits a flat list into rows of at most `perRow` items. */
export function chunk<T>(items: T[], perRow: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += perRow) rows.push(items.slice(i, i + perRow));
  return rows;
}

/** Splits the first word off a command text: "sessions tomorrow" -> ["sessions", "tomorrow"]. */
export function firstWord(text: string): [string, string] {
  const trimmed = text.trim();
  const space = trimmed.search(/\s/);
  if (space < 0) return [trimmed, ""];
  return [trimmed.slice(0, space), trimmed.slice(space).trim()];
}

/**
 * Incoming text tidied without losing its lines: spaces and tabs within each line become one space,
 * each line is trimmed, and blank lines at the start and end go. Line breaks stay on every platform
 * (a trainer's "write Jo W1D1: Squat day" followed by the training keeps its body).
 */
export function tidyLines(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[^\S\n]+/g, " ").trim())
    .join("\n")
    .replace(/^\n+|\n+$/g, "");
}
