import type { NamedThing } from "./fuzzy.ts";

/** The names of one organization that text may mention, loaded per message by the chat core. */
export interface Vocabulary {
  trainingTypes: NamedThing[];
  templates: Array<NamedThing & { trainingTypeId: string }>;
  /** People with trainer rights. */
  trainers: NamedThing[];
  /** Everyone in the organization; only used for trainer and admin commands. */
  people: NamedThing[];
  passTypes: NamedThing[];
  spaces: NamedThing[];
}

export const emptyVocabulary = (): Vocabulary => ({
  trainingTypes: [],
  templates: [],
  trainers: [],
  people: [],
  passTypes: [],
  spaces: [],
});
