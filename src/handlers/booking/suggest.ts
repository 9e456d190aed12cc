import { z } from "zod";
import { suggestNames } from "../../intents/fuzzy.ts";
import type { SuggestRequest } from "../../ports/chat.ts";
import { orgChoiceKey } from "../identity/identity.ts";
import type { ChatCoreDeps } from "../turn.ts";

/** A platform's name as its adapter spells it (an unknown one simply matches no identity). */
const Platform = z.string().regex(/^[a-z][a-z0-9-]{1,31}$/);

const safeStr = (v: unknown): string | undefined => (typeof v === "string" ? v.slice(0, 200) : undefined);

/**
 * Class or trainer names that start like what a person is typing in a form field (where a
 * platform autocompletes), from the studio they are talking to. Never throws: a failure offers nothing.
 */
export async function suggestNamesFor(
  deps: ChatCoreDeps,
  req: SuggestRequest,
): Promise<Array<{ label: string; value: string }>> {
  try {
    const platform = Platform.safeParse(req.platform);
    if (!platform.success || typeof req.prefix !== "string") return [];
    const person = await deps.identities.findPerson(platform.data, String(req.user?.platformUserId ?? ""));
    const orgId = req.workspaceId
      ? await deps.identities.orgOfWorkspace(platform.data, req.workspaceId)
      : null;
    const mine = person ? await deps.identities.memberships(person.personId) : [];
    // Like a message: the workspace's studio, the only one, or the one chosen in this DM before.
    const saved = await deps.state.get(
      orgChoiceKey(platform.data, String(req.user?.platformUserId ?? "")),
      deps.clock.now(),
    );
    const chosen = z.object({ orgId: z.string() }).safeParse(saved);
    const remembered = chosen.success ? mine.find((m) => m.orgId === chosen.data.orgId)?.orgId : undefined;
    const org = orgId ?? (mine.length === 1 ? (mine[0]?.orgId ?? null) : (remembered ?? null));
    if (!org) return [];
    const vocab = await deps.directory.vocabulary(org, false); // trainers and trainings only
    // Individual trainings are private: their template names are not offered to anyone here.
    const pool =
      req.field === "trainer"
        ? vocab.trainers
        : [...vocab.trainingTypes, ...vocab.templates.filter((t) => !t.individual)];
    // A type and its template often share a name ("Spin"): offer each name once.
    const names = [
      ...new Set(suggestNames(req.prefix.slice(0, 100), pool, 50).map((n) => n.name.slice(0, 100))),
    ];
    return names.slice(0, 25).map((name) => ({ label: name, value: name }));
  } catch (err) {
    deps.log.error({ err, platform: safeStr(req?.platform) }, "chat core: suggest failed");
    return [];
  }
}
