import { editDistance, normalize } from "../../intents/fuzzy.ts";

const typoBudget = (len: number): number => (len <= 3 ? 0 : len <= 6 ? 1 : 2);

import type { Catalog } from "../../ports/studio-store.ts";

/** A named entry as typed: found exactly (case and spacing aside), or close names to offer, never guessed. */
export type NameLookup<T> = { kind: "found"; item: T } | { kind: "missing"; typed: string; close: T[] };

export function lookupName<T extends { name: string; archived?: boolean }>(
  items: T[],
  typed: string,
): NameLookup<T> {
  const want = normalize(typed);
  const live = items.filter((i) => !i.archived);
  const exact = live.find((i) => normalize(i.name) === want);
  if (exact) return { kind: "found", item: exact };
  const close = live.filter(
    (i) => editDistance(normalize(i.name), want, 3) <= Math.max(1, typoBudget(want.length)),
  );
  return { kind: "missing", typed: typed.trim().slice(0, 80), close: close.slice(0, 3) };
}

/** The entries of one catalogue kind, for lookups by the entity word of a command. */
export function entriesOf(c: Catalog, entity: "type" | "space" | "template" | "schedule" | "passtype") {
  switch (entity) {
    case "type":
      return c.trainingTypes;
    case "space":
      return c.spaces;
    case "template":
      return c.templates;
    case "schedule":
      return c.schedules;
    case "passtype":
      return c.passTypes;
  }
}
