/**
 * The pseudo-language "xx" of the tests: every message of the English catalogue with its letters
 * accented, wrapped in ⟦ ⟧ and about 40% longer. A line without ⟦ did not come from the catalogue;
 * a label that breaks a platform's limit here would break it in a longer language.
 */

/** The parts of a parsed ICU message this needs (the parser's MessageFormatElement, structurally). */
type Element = {
  type: number;
  value?: unknown;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
};
const LITERAL = 0;

const ACCENTED: Record<string, string> = {
  a: "á",
  b: "ƀ",
  c: "ç",
  d: "đ",
  e: "é",
  f: "ƒ",
  g: "ĝ",
  h: "ĥ",
  i: "î",
  j: "ĵ",
  k: "ķ",
  l: "ĺ",
  m: "ɱ",
  n: "ñ",
  o: "ö",
  p: "þ",
  q: "ǫ",
  r: "ŕ",
  s: "š",
  t: "ţ",
  u: "û",
  v: "ṽ",
  w: "ŵ",
  x: "ẋ",
  y: "ý",
  z: "ž",
  A: "Á",
  B: "Ɓ",
  C: "Ç",
  D: "Đ",
  E: "É",
  F: "Ƒ",
  G: "Ĝ",
  H: "Ĥ",
  I: "Î",
  J: "Ĵ",
  K: "Ķ",
  L: "Ĺ",
  M: "Ṁ",
  N: "Ñ",
  O: "Ö",
  P: "Þ",
  Q: "Ǫ",
  R: "Ŕ",
  S: "Š",
  T: "Ţ",
  U: "Û",
  V: "Ṽ",
  W: "Ŵ",
  X: "Ẋ",
  Y: "Ý",
  Z: "Ž",
};

export const accent = (s: string): string => s.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c);

function letters(els: Element[]): number {
  let n = 0;
  for (const e of els) {
    if (e.type === LITERAL && typeof e.value === "string") n += e.value.length;
    for (const o of Object.values(e.options ?? {})) n = Math.max(n, letters(o.value));
  }
  return n;
}

function accentAll(els: Element[]): Element[] {
  return els.map((e) => {
    const out: Element = { ...e };
    if (e.type === LITERAL && typeof e.value === "string") out.value = accent(e.value);
    if (e.options)
      out.options = Object.fromEntries(
        Object.entries(e.options).map(([k, o]) => [k, { ...o, value: accentAll(o.value) }]),
      );
    if (e.children) out.children = accentAll(e.children);
    return out;
  });
}

/** The pseudo form of a parsed English message (ready for IntlMessageFormat). */
export function pseudoMessage<T>(ast: T[]): T[] {
  const els = ast as unknown as Element[];
  const pad = "~".repeat(Math.max(2, Math.ceil(letters(els) * 0.4)));
  const lit = (value: string): Element => ({ type: LITERAL, value });
  return [lit("⟦"), ...accentAll(els), lit(` ${pad}⟧`)] as unknown as T[];
}
