import type { NamedThing } from "../domain/vocabulary.ts";
/**
 * Forgiving name matching: case, accents, punctuation and a few typos do not matter. Names are
 * short (training types, trainers), so a plain edit distance is fast enough and easy to reason about.
 */

/** Lower case, accents removed, anything but letters and digits becomes one space. */
export function normalize(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Damerau (optimal string alignment) distance: a swapped pair of letters is one typo, not two. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // One flat matrix of (a.length + 1) x (b.length + 1) cells; at() reads a cell (0 outside).
  const w = b.length + 1;
  const m = new Uint16Array((a.length + 1) * w);
  const at = (i: number, j: number): number => m[i * w + j] ?? 0;
  for (let i = 0; i <= a.length; i++) m[i * w] = i;
  for (let j = 0; j <= b.length; j++) m[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, at(i - 2, j - 2) + 1);
      m[i * w + j] = d;
    }
  }
  return at(a.length, b.length);
}

/** Typos allowed for a word of this length: none for tiny words, where a typo makes another word. */
const typoBudget = (len: number): number => (len <= 3 ? 0 : len <= 6 ? 1 : 2);

export type { NamedThing };

export interface NameMatch<T extends NamedThing> {
  item: T;
  /** 0 = exact; higher = more typos. */
  score: number;
  /** Token range [start, end) of the words that matched. */
  start: number;
  end: number;
}

/**
 * Finds names mentioned in a list of words. A name matches a run of as many words as it has (exactly
 * or within the typo budget); a one-word prefix of a multi-word name ("spin" for "Spin Express") also
 * matches. Returns the best matches only: all ties at the best score, so the caller can ask.
 */
export function findNames<T extends NamedThing>(
  words: string[],
  items: T[],
  opts: { strictPartial?: boolean; all?: boolean } = {},
): NameMatch<T>[] {
  const found: NameMatch<T>[] = [];
  const every: NameMatch<T>[] = [];
  for (const item of items) {
    const nameWords = normalize(item.name).split(" ").filter(Boolean);
    if (nameWords.length === 0) continue;
    let best: NameMatch<T> | null = null;
    for (let i = 0; i < words.length; i++) {
      for (const n of [nameWords.length, 1]) {
        if (i + n > words.length) continue;
        const phrase = words.slice(i, i + n).join(" ");
        const target = n === nameWords.length ? nameWords.join(" ") : (nameWords[0] ?? "");
        // Each word of a longer name must be near its own word: "it yoga" is not "Yin Yoga".
        const wordsNear =
          n === 1 ||
          words
            .slice(i, i + n)
            .every(
              (w, k) =>
                editDistance(w, nameWords[k] ?? "", 2) <=
                typoBudget(Math.max(w.length, (nameWords[k] ?? "").length)),
            );
        const d = wordsNear ? editDistance(phrase, target, 2) : Number.POSITIVE_INFINITY;
        // With strictPartial the first word alone of a longer name ("morning" of "Morning Flow") gets
        // one typo less: ordinary words must not become class names. First names keep the full budget.
        const partial = n !== nameWords.length;
        const budget =
          partial && opts.strictPartial
            ? Math.max(0, typoBudget(target.length) - 1)
            : typoBudget(target.length);
        // A first-word match of a longer name costs a little, so the full name wins when both fit.
        const score = d + (n === nameWords.length ? 0 : 0.5);
        if (d <= budget) every.push({ item, score, start: i, end: i + n });
        if (d <= budget && (!best || score < best.score)) best = { item, score, start: i, end: i + n };
      }
    }
    if (best) found.push(best);
  }
  // all: every span of words that is within the typo budget of some name, for coverage checks.
  if (opts.all) return every;
  if (found.length === 0) return [];
  const min = Math.min(...found.map((f) => f.score));
  return found.filter((f) => f.score === min);
}

/** Things whose normalized name starts with the prefix (for autocomplete), then fuzzy ones. */
export function suggestNames<T extends NamedThing>(prefix: string, items: T[], limit = 25): T[] {
  const p = normalize(prefix);
  if (!p) return items.slice(0, limit);
  const starts = items.filter((i) => normalize(i.name).startsWith(p) || normalize(i.name).includes(` ${p}`));
  const fuzzy = findNames(p.split(" "), items)
    .map((m) => m.item)
    .filter((i) => !starts.includes(i));
  return [...starts, ...fuzzy].slice(0, limit);
}
