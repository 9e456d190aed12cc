/**
 * The languages replies are written in, and how a tag someone (or their platform) gives becomes one.
 * "xx" is the pseudo-language of the tests (docs/languages.md): never offered to people.
 */
export const LANGUAGES = ["en", "de", "fr", "es"] as const;
export type Language = (typeof LANGUAGES)[number];
export type CatalogueLanguage = Language | "xx";

/** The region a language's dates and numbers use when nobody named one. */
const DEFAULT_REGION: Record<Language, string> = { en: "en-GB", de: "de-DE", fr: "fr-FR", es: "es-ES" };

/** "de", "de-DE", "de_AT", "DE" -> "de"; a language we do not write (or no tag) -> null. */
export function languageOf(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const lang = tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : null;
}

/** A canonical BCP 47 tag ("de-at" -> "de-AT"), or null for something that is not one. */
export function canonicalTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, "-"))[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * Who reads in which language: the person's own choice, else their platform's locale when we write
 * it, else the studio's language (else English). The dates and numbers follow a tag of that
 * language: the studio's when it is the same language (an en-US studio keeps 12-hour times), else
 * the platform's when it names a region, else the language's usual one.
 */
export function speakerFor(p: {
  chosen?: string | null;
  platformLocale?: string | null;
  studioLocale?: string | null;
}): { language: Language; locale: string } {
  const language = languageOf(p.chosen) ?? languageOf(p.platformLocale) ?? languageOf(p.studioLocale) ?? "en";
  const tagOf = (t: string | null | undefined) =>
    t && languageOf(t) === language && /[-_]/.test(t) ? canonicalTag(t) : null;
  const locale = tagOf(p.studioLocale) ?? tagOf(p.platformLocale) ?? DEFAULT_REGION[language];
  return { language, locale };
}
