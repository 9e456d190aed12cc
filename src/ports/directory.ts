import type { Organization, Role } from "../domain/model.ts";
import type { Vocabulary } from "../domain/vocabulary.ts";

/**
 * An organization with the names its text may use. `vocab.people` holds the staff, and everyone when
 * read `forStaff` (trainers and admins name members; a member's messages never do).
 */
export type OrgNames = { org: Organization; vocab: Vocabulary; forStaff: boolean };

/** What a message from a known person starts with, read in one go (Directory.arrival). */
export type Arrival =
  | { person: null }
  | {
      person: {
        personId: string;
        displayName: string;
        /** The language they chose (/language), or null. */
        language?: string | null;
        /** The language this platform account last reported, or null. */
        platformLanguage?: string | null;
      };
      /**
       * Only when the message came from a workspace: its organization and the person's role there
       * (joined as a member if they were not; role null: joined by a concurrent message, read it
       * again), or null when the workspace is not connected to one.
       */
      workspace?: { orgId: string; role: Role | null } | null;
      /** The person's organizations, oldest membership first. */
      memberships: Array<{ orgId: string; orgName: string; role: Role }>;
      /**
       * The workspace's organization, else the person's only one, with its names as the person's
       * role there sees them (`forStaff`); else null.
       */
      orgWithVocabulary: OrgNames | null;
    };

/**
 * Look-ups the chat needs and the booking store does not offer (names for matching). Read-only,
 * but for arrival, which makes a known person a member of the workspace they wrote in.
 */
export interface Directory {
  organization(orgId: string): Promise<Organization | null>;
  /** The organization and its vocabulary together (one read per message); null when it does not exist. */
  orgWithVocabulary(orgId: string, forStaff: boolean): Promise<OrgNames | null>;
  /**
   * Who wrote (by platform identity), the workspace's organization and role (joining a known person
   * as a member, as IdentityStore.joinWorkspaceOrg), their organizations, and the organization the
   * message is for with its names, in one read. `person` null for someone not seen before. (That an
   * event acts once is the inbox's: docs/reliability.md.)
   */
  arrival(platform: string, platformUserId: string, workspaceId: string | null): Promise<Arrival>;
  /** Every name in the organization that text may refer to (members' names only `forStaff`). */
  vocabulary(orgId: string, forStaff: boolean): Promise<Vocabulary>;
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
