import type { AdapterHost } from "../../src/ports/chat-adapter.ts";

export interface WebStudio {
  orgId: string;
  name: string;
  slug: string;
  timezone: string;
  locale: string;
}

/** A studio's slug: its name in lower-case ASCII letters and digits joined by dashes ("Harbour Studio" -> "harbour-studio"). */
export function slugOf(name: string): string {
  const s = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return s || "studio";
}

const REFRESH_MS = 30_000;

/**
 * The studios by slug, derived from their names (the oldest studio keeps a shared slug; a later one
 * gets its id's first characters added). Re-read every 30 s, and at once for an unknown slug.
 * Each studio's web space is connected to it once (first contact there makes a member).
 */
export function createStudios(host: AdapterHost, platform: string) {
  let bySlug = new Map<string, WebStudio>();
  let readAt = 0;
  const connected = new Set<string>();
  async function read(): Promise<void> {
    const next = new Map<string, WebStudio>();
    for (const s of await host.studios()) {
      let slug = slugOf(s.name);
      if (next.has(slug)) slug = `${slug}-${s.orgId.slice(-6).toLowerCase()}`;
      next.set(slug, { ...s, slug });
      if (!connected.has(s.orgId)) {
        await host.connectSpace(platform, s.orgId, s.orgId);
        connected.add(s.orgId);
      }
    }
    bySlug = next;
    readAt = Date.now();
  }
  return {
    async bySlug(slug: string): Promise<WebStudio | null> {
      if (Date.now() - readAt > REFRESH_MS || !bySlug.has(slug)) await read();
      return bySlug.get(slug) ?? null;
    },
    async byId(orgId: string): Promise<WebStudio | null> {
      if (Date.now() - readAt > REFRESH_MS) await read();
      return [...bySlug.values()].find((s) => s.orgId === orgId) ?? null;
    },
    async all(): Promise<WebStudio[]> {
      await read();
      return [...bySlug.values()];
    },
  };
}
export type Studios = ReturnType<typeof createStudios>;
