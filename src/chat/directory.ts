import type { Organization } from "../domain/model.ts";
import type { Vocabulary } from "../intents/vocabulary.ts";

/** Read-only look-ups the chat needs and the booking store does not offer (names for matching). */
export interface Directory {
  organization(orgId: string): Promise<Organization | null>;
  /** The organization and its vocabulary together (one read per message); null when it does not exist. */
  orgWithVocabulary(orgId: string): Promise<{ org: Organization; vocab: Vocabulary } | null>;
  /** Every name in the organization that text may refer to. */
  vocabulary(orgId: string): Promise<Vocabulary>;
  /** A template's schedules and name (for "/linkchannel" and the "No pass linked" pre-fill). */
  schedulesOfTemplates(
    orgId: string,
    templateIds: string[],
  ): Promise<Array<{ id: string; templateId: string }>>;
  templateOfSchedule(
    orgId: string,
    scheduleId: string,
  ): Promise<{ name: string; trainingTypeId: string } | null>;
}
