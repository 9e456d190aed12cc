/** Anything a person may name in text: a class, a trainer, a pass type. */
export interface NamedThing {
  id: string;
  name: string;
}

/** The names of one organization that text may mention, loaded per message by the chat core. */
export interface Vocabulary {
  trainingTypes: NamedThing[];
  /** individual: capacity-1 template (its name is not suggested to anyone). */
  templates: Array<NamedThing & { trainingTypeId: string; individual?: boolean }>;
  /** People with trainer rights. */
  trainers: NamedThing[];
  /** Everyone in the organization; only used for trainer and admin commands. */
  people: NamedThing[];
  passTypes: NamedThing[];
  spaces: NamedThing[];
  /** Active personal session types (names members may type). */
  personalTypes: NamedThing[];
}

export const emptyVocabulary = (): Vocabulary => ({
  trainingTypes: [],
  templates: [],
  trainers: [],
  people: [],
  passTypes: [],
  spaces: [],
  personalTypes: [],
});
