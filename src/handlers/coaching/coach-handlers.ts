import { DomainError, ErrorCode } from "../../domain/errors.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import type { CoachingCommand } from "../../intents/coaching/command.ts";
import type { Reply } from "../../ports/chat.ts";
import {
  clientMovedReply,
  digestTimeReply,
  horizonSetReply,
  inviteRevokedReply,
  programArchivedReply,
  sessionDeletedReply,
  sessionMovedReply,
  sessionUpdatedReply,
  sessionWrittenReply,
  startDateSetReply,
  weekCopiedReply,
  whichSessionReply,
} from "../../replies/coaching/change-replies.ts";
import {
  clientAddedReply,
  clientsReply,
  coachWeekReply,
  inviteReply,
  programSavedReply,
  programsReply,
} from "../../replies/coaching/coach-replies.ts";
import { programForm, writeForm } from "../../replies/coaching/forms.ts";
import * as co from "../../use-cases/coaching/index.ts";
import type { CoachContext } from "./context.ts";
import { entryForm } from "./forms.ts";

type Op<K extends CoachingCommand["op"]> = Extract<CoachingCommand, { op: K }>;
type EntryRef = Op<"edit">["entry"];

/** A session by id, or the one session on a client's day (several: the coach picks with buttons). */
async function resolveEntry(
  ctx: CoachContext,
  ref: EntryRef,
  action: "edit" | "move" | "delete",
): Promise<string | Reply> {
  if ("id" in ref) return ref.id;
  const { client } = await co.findClient(ctx.uc, ctx.actor, ref.client);
  const week = Math.floor((ref.day - 1) / 7) + 1;
  const w = await co.coachWeek(ctx.uc, ctx.actor, { clientId: client.id, week });
  const entries = w.days.find((d) => d.day === ref.day)?.entries ?? [];
  if (entries.length === 1 && entries[0]) return entries[0].id;
  if (entries.length === 0) throw new DomainError(ErrorCode.NotFound, { what: "calendar_session" });
  return whichSessionReply(
    client.name,
    entries.length,
    ref.day,
    entries.slice(0, 8).map((e) => [
      {
        label: e.title.slice(0, 40),
        data:
          action === "delete"
            ? encodeButton({ op: "kd", entryId: e.id })
            : encodeButton({ op: "kf", form: action === "edit" ? "ee" : "em", id: e.id }),
      },
    ]),
  );
}

/** One coaching command of a coach (a trainer or admin; the use cases check it again). */
export async function handleCoachCommand(ctx: CoachContext, cmd: CoachingCommand): Promise<Reply[]> {
  const { uc, actor } = ctx;
  switch (cmd.op) {
    case "programs":
      return [programsReply(await co.listPrograms(uc, actor))];
    case "program_new": {
      const p = await co.createProgram(uc, actor, {
        name: cmd.name,
        price: cmd.price,
        ...(cmd.currency ? { currency: cmd.currency } : {}),
        ...(cmd.description ? { description: cmd.description } : {}),
        ...(cmd.welcome ? { welcomeMessage: cmd.welcome } : {}),
        ...(cmd.waiver ? { waiver: cmd.waiver } : {}),
      });
      return [programSavedReply(p, "created")];
    }
    case "program_edit": {
      const p = await co.findProgram(uc, actor, cmd.program);
      const saved = await co.editProgram(uc, actor, p.id, {
        ...(cmd.name ? { name: cmd.name } : {}),
        ...(cmd.price ? { price: cmd.price } : {}),
        ...(cmd.currency ? { currency: cmd.currency } : {}),
        ...(cmd.description !== undefined ? { description: cmd.description } : {}),
        ...(cmd.welcome !== undefined ? { welcomeMessage: cmd.welcome } : {}),
        ...(cmd.waiver !== undefined ? { waiver: cmd.waiver } : {}),
      });
      return [programSavedReply(saved, "saved")];
    }
    case "program_form":
      return [programForm(cmd.program ? await co.findProgram(uc, actor, cmd.program) : null)];
    case "program_publish": {
      const p = await co.findProgram(uc, actor, cmd.program);
      return [programSavedReply(await co.publishProgram(uc, actor, p.id), "published")];
    }
    case "program_archive": {
      const p = await co.findProgram(uc, actor, cmd.program);
      const a = await co.archiveProgram(uc, actor, p.id);
      return [programArchivedReply(a.name)];
    }
    case "digest_time": {
      const p = await co.findProgram(uc, actor, cmd.program);
      const saved = await co.setDigestTime(uc, actor, p.id, cmd.time);
      return [digestTimeReply(saved, ctx.org.timezone)];
    }
    case "clients": {
      const p = await co.findProgram(uc, actor, cmd.program);
      return [clientsReply(await co.listClients(uc, actor, p.id))];
    }
    case "client_add": {
      const p = await co.findProgram(uc, actor, cmd.program);
      const c = await co.addClient(uc, actor, {
        programId: p.id,
        name: cmd.name,
        ...(cmd.email ? { email: cmd.email } : {}),
        ...(cmd.startDate ? { startDate: cmd.startDate } : {}),
      });
      return [clientAddedReply(c, p)];
    }
    case "invite": {
      const { client } = await co.findClient(uc, actor, cmd.client);
      const r = await co.inviteClient(uc, actor, { clientId: client.id, method: cmd.method });
      return [inviteReply(r, ctx.org.name, ctx.org.timezone, ctx.links)];
    }
    case "invite_new": {
      const p = await co.findProgram(uc, actor, cmd.program);
      const r = await co.inviteNewClient(uc, actor, {
        programId: p.id,
        name: cmd.name,
        method: cmd.method,
        ...(cmd.email ? { email: cmd.email } : {}),
      });
      return [inviteReply(r, ctx.org.name, ctx.org.timezone, ctx.links)];
    }
    case "revoke": {
      const { client } = await co.findClient(uc, actor, cmd.client);
      await co.revokeInvite(uc, actor, client.id);
      return [inviteRevokedReply(client.name)];
    }
    case "horizon": {
      const { client } = await co.findClient(uc, actor, cmd.client);
      const c = await co.setHorizon(uc, actor, client.id, cmd.days);
      return [horizonSetReply(c)];
    }
    case "start_date": {
      const { client } = await co.findClient(uc, actor, cmd.client);
      const c = await co.setStartDate(uc, actor, client.id, cmd.date);
      return [startDateSetReply(c)];
    }
    case "move_client": {
      const { client } = await co.findClient(uc, actor, cmd.client);
      const to = await co.findProgram(uc, actor, cmd.program);
      const r = await co.moveClient(uc, actor, client.id, to.id);
      return [clientMovedReply(r.client.name, r.from.name, r.to.name)];
    }
    case "calendar": {
      const { client } = await co.findClient(uc, actor, cmd.client);
      return [
        coachWeekReply(
          await co.coachWeek(uc, actor, { clientId: client.id, ...(cmd.week ? { week: cmd.week } : {}) }),
        ),
      ];
    }
    case "write": {
      const { client } = await co.findClient(uc, actor, cmd.client);
      const r = await co.writeSession(uc, actor, {
        clientId: client.id,
        day: cmd.day,
        title: cmd.title,
        body: cmd.body,
      });
      return [sessionWrittenReply(r.client.name, r.entry)];
    }
    case "write_form": {
      const { client } = await co.findClient(uc, actor, cmd.client);
      return [writeForm(client, cmd.day)];
    }
    case "edit": {
      const id = await resolveEntry(ctx, cmd.entry, "edit");
      if (typeof id !== "string") return [id];
      const r = await co.editSession(uc, actor, {
        entryId: id,
        ...(cmd.title !== undefined ? { title: cmd.title } : {}),
        ...(cmd.body !== undefined ? { body: cmd.body } : {}),
      });
      return [sessionUpdatedReply(r.client.name, r.entry)];
    }
    case "move": {
      const id = await resolveEntry(ctx, cmd.entry, "move");
      if (typeof id !== "string") return [id];
      const r = await co.moveSession(uc, actor, { entryId: id, toDay: cmd.toDay });
      return [sessionMovedReply(r.client.name, r.entry, r.fromDay)];
    }
    case "delete": {
      const id = await resolveEntry(ctx, cmd.entry, "delete");
      if (typeof id !== "string") return [id];
      const r = await co.deleteSession(uc, actor, { entryId: id });
      return [sessionDeletedReply(r.client.name, r.entry)];
    }
    case "entry_form":
      return [await entryForm(ctx, cmd.form, cmd.entryId)];
    case "copy_week": {
      const from = await co.findClient(uc, actor, cmd.from);
      const to = await co.findClient(uc, actor, cmd.to);
      const r = await co.copyWeek(uc, actor, {
        fromClientId: from.client.id,
        fromWeek: cmd.fromWeek,
        toClientId: to.client.id,
        ...(cmd.toWeek ? { toWeek: cmd.toWeek } : {}),
      });
      return [weekCopiedReply(r.copied, r.from.name, cmd.fromWeek, r.to.name, cmd.toWeek ?? cmd.fromWeek)];
    }
    default:
      return [];
  }
}
