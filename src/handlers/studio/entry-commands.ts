import { DateTime } from "luxon";
import { DomainError, ErrorCode } from "../../domain/errors.ts";
import { hasTrainerRights } from "../../domain/model.ts";
import type { StudioCommand } from "../../intents/studio/command.ts";
import {
  readList,
  readMinutes,
  readPrice,
  readTime,
  readWeekdays,
  readWhole,
} from "../../intents/studio/values.ts";
import type { Reply } from "../../ports/chat.ts";
import type { Catalog } from "../../ports/studio-store.ts";
import {
  entryArchivedReply,
  namedEntryCreatedReply,
  nameTheEntryReply,
  noEntryCalledReply,
  noTemplateCalledReply,
  passTypeCreatedReply,
  passTypeSavedReply,
  renamedReply,
  SCHEDULE_CHANGE,
  scheduleAddedReply,
  scheduleChangedReply,
  scheduleEndsOn,
  severalEntriesCalledReply,
  templateCreatedReply,
  templateSavedReply,
} from "../../replies/studio/entry-replies.ts";
import {
  namedEntryForm,
  passTypeForm,
  scheduleForm,
  templateBasicsForm,
} from "../../replies/studio/forms.ts";
import { archiveCatalogEntry } from "../../use-cases/studio/archive-catalog-entry.ts";
import { createPassType } from "../../use-cases/studio/create-pass-type.ts";
import { createSchedule } from "../../use-cases/studio/create-schedule.ts";
import { createSpace } from "../../use-cases/studio/create-space.ts";
import { createTemplate } from "../../use-cases/studio/create-template.ts";
import { createTrainingType } from "../../use-cases/studio/create-training-type.ts";
import { editPassType } from "../../use-cases/studio/edit-pass-type.ts";
import { editSchedule, endSchedule } from "../../use-cases/studio/edit-schedule.ts";
import { editTemplate } from "../../use-cases/studio/edit-template.ts";
import { listCatalog } from "../../use-cases/studio/list-catalog.ts";
import { renameCatalogEntry } from "../../use-cases/studio/rename-catalog-entry.ts";
import type { TemplateFields } from "../../use-cases/studio/template-fields.ts";
import { entriesOf, lookupName } from "./catalog-names.ts";
import { askBookAnyway, clashesOf } from "./clash-question.ts";
import { askNewTrainingType } from "./new-type-question.ts";
import type { StudioContext } from "./studio-context.ts";

type Entry = Extract<StudioCommand, { op: "entry" }>;

const notFound = (what: string) => new DomainError(ErrorCode.NotFound, { what });

/** Creates, edits, renames, archives, restores or ends one catalogue entry. Admins only (the use cases check). */
export async function runEntryCommand(ctx: StudioContext, cmd: Entry): Promise<Reply[]> {
  try {
    return await runEntry(ctx, cmd);
  } catch (e) {
    // A schedule or template change that would double-book: every clash named, and "Book anyway".
    const clashes = clashesOf(e);
    if (clashes && (cmd.entity === "schedule" || cmd.entity === "template") && !cmd.fields.anyway)
      return [await askBookAnyway(ctx, cmd, clashes)];
    throw e;
  }
}

async function runEntry(ctx: StudioContext, cmd: Entry): Promise<Reply[]> {
  // One form field takes "a last day or a number of weeks" (the smallest modal holds five inputs).
  const until = cmd.fields.until;
  if (until !== undefined && /^\d{1,3}$/.test(until.trim())) {
    const { until: _, ...rest } = cmd.fields;
    cmd = { ...cmd, fields: { ...rest, weeks: until.trim() } };
  }
  const catalog = await listCatalog(ctx.uc, ctx.actor, { includeArchived: true });
  const f = cmd.fields;
  if (cmd.action === "add") return add(ctx, cmd, catalog);
  const target = findTarget(catalog, cmd);
  if ("reply" in target) return target.reply;
  const entry = target.entry;
  switch (cmd.action) {
    case "archive":
    case "restore": {
      if (cmd.entity === "schedule") return end(ctx, entry.id, undefined, true);
      const kind = {
        type: "training_type",
        space: "space",
        template: "template",
        passtype: "pass_type",
      } as const;
      const r = await archiveCatalogEntry(ctx.uc, ctx.actor, {
        kind: kind[cmd.entity],
        id: entry.id,
        restore: cmd.action === "restore",
      });
      return [entryArchivedReply(r.name, r.archived, cmd.entity)];
    }
    case "end":
      return end(ctx, entry.id, f.until, false);
    case "rename":
    case "edit":
      return edit(ctx, cmd, catalog, entry.id);
  }
}

function findTarget(c: Catalog, cmd: Entry): { entry: { id: string; name: string } } | { reply: Reply[] } {
  const items: Array<{ id: string; name: string; archived: boolean }> = entriesOf(c, cmd.entity);
  if (cmd.targetId) {
    const byId = items.find((i) => i.id === cmd.targetId);
    if (!byId)
      throw notFound(
        cmd.entity === "passtype" ? "pass_type" : cmd.entity === "type" ? "training_type" : cmd.entity,
      );
    return { entry: byId };
  }
  const typed = cmd.target ?? "";
  if (!typed) return { reply: [nameTheEntryReply(cmd.entity, cmd.action)] };
  const pool =
    cmd.action === "restore"
      ? items.filter((i) => i.archived).map((i) => ({ ...i, archived: false }))
      : items;
  const matches = pool.filter((i) => !i.archived && i.name.toLowerCase() === typed.trim().toLowerCase());
  if (matches.length > 1) return { reply: [severalEntriesCalledReply(cmd.entity, matches.length, typed)] };
  const found = matches[0];
  if (found) return { entry: found };
  const l = lookupName(pool, typed);
  const close = l.kind === "missing" ? l.close.map((x) => x.name) : [];
  return { reply: [noEntryCalledReply(cmd.entity, typed, close)] };
}

async function add(ctx: StudioContext, cmd: Entry, c: Catalog): Promise<Reply[]> {
  const f = cmd.fields;
  switch (cmd.entity) {
    case "type":
    case "space": {
      if (!f.name) return [namedEntryForm(cmd.entity)];
      const r =
        cmd.entity === "type"
          ? await createTrainingType(ctx.uc, ctx.actor, { name: f.name })
          : await createSpace(ctx.uc, ctx.actor, { name: f.name });
      return [namedEntryCreatedReply(cmd.entity, r.name)];
    }
    case "template": {
      if (!f.name || !f.type || !f.duration || (!f.capacity && !isIndividual(f)))
        return [templateBasicsForm()];
      const type = lookupName(c.trainingTypes, f.type);
      if (type.kind === "missing")
        return [await askNewTrainingType(ctx, cmd, "type", type.typed, type.close)];
      const fields = await templateFields(ctx, c, f);
      const t = await createTemplate(ctx.uc, ctx.actor, {
        ...fields,
        name: f.name,
        trainingTypeId: type.item.id,
        durationMinutes: fields.durationMinutes ?? Number.NaN,
      });
      return [templateCreatedReply(t, type.item.name)];
    }
    case "schedule": {
      if (!f.name || !f.weekdays || !f.time) return [scheduleForm()];
      const tpl = lookupName(c.templates, f.name);
      if (tpl.kind === "missing") return [noTemplateCalledReply(tpl.typed)];
      const today = DateTime.fromJSDate(ctx.now, { zone: ctx.org.timezone }).toISODate() ?? "";
      const r = await createSchedule(ctx.uc, ctx.actor, {
        templateId: tpl.item.id,
        weekdays: readWeekdays(f.weekdays),
        startTime: readTime(f.time),
        startDate: f.from || today,
        ...(f.weeks ? { weeks: readWhole(f.weeks) } : { endDate: f.until || today }),
        ...(f.anyway ? { bookAnyway: true } : {}),
      });
      return [scheduleAddedReply(r.schedule, r.occurrences)];
    }
    case "passtype": {
      if (!f.name || !f.sessions || !f.validity) return [passTypeForm()];
      const refs = passTypeRefs(c, f);
      if ("missing" in refs)
        return [await askNewTrainingType(ctx, cmd, "types", refs.missing.typed, refs.missing.close)];
      const price = f.price ? readPrice(f.price) : { cents: 0 };
      const p = await createPassType(ctx.uc, ctx.actor, {
        name: f.name,
        sessions: readWhole(f.sessions),
        validityDays: readWhole(f.validity),
        priceCents: price.cents,
        ...(f.currency || price.currency ? { currency: f.currency || price.currency } : {}),
        trainingTypeIds: refs.trainingTypeIds,
        ...(refs.scheduleIds ? { scheduleIds: refs.scheduleIds } : {}),
      });
      return [passTypeCreatedReply(p)];
    }
  }
}

async function edit(ctx: StudioContext, cmd: Entry, c: Catalog, id: string): Promise<Reply[]> {
  const f = cmd.fields;
  const empty = Object.keys(f).length === 0;
  switch (cmd.entity) {
    case "type":
    case "space": {
      const entry = entriesOf(c, cmd.entity).find((e) => e.id === id);
      if (empty || !f.name) return [namedEntryForm(cmd.entity, entry)];
      const r = await renameCatalogEntry(ctx.uc, ctx.actor, {
        kind: cmd.entity === "type" ? "training_type" : "space",
        id,
        name: f.name,
      });
      return [renamedReply(r.previous, r.name)];
    }
    case "template": {
      const t = c.templates.find((x) => x.id === id);
      if (!t) throw notFound("template");
      if (empty)
        return [
          templateBasicsForm({
            ...t,
            typeName: c.trainingTypes.find((x) => x.id === t.trainingTypeId)?.name,
          }),
        ];
      const fields = await templateFields(ctx, c, f);
      if (f.type) {
        const type = lookupName(c.trainingTypes, f.type);
        if (type.kind === "missing")
          return [await askNewTrainingType(ctx, cmd, "type", type.typed, type.close)];
        fields.trainingTypeId = type.item.id;
      }
      if (f.name) fields.name = f.name;
      const r = await editTemplate(ctx.uc, ctx.actor, {
        templateId: id,
        fields,
        ...(f.anyway ? { bookAnyway: true } : {}),
      });
      return [templateSavedReply(r.template.name, r.sessionsUpdated)];
    }
    case "schedule": {
      const s = c.schedules.find((x) => x.id === id);
      if (!s) throw notFound("schedule");
      if (empty) return [scheduleForm(s)];
      const r = await editSchedule(ctx.uc, ctx.actor, {
        scheduleId: id,
        ...(f.weekdays ? { weekdays: readWeekdays(f.weekdays) } : {}),
        ...(f.time ? { startTime: readTime(f.time) } : {}),
        ...(f.weeks ? { weeks: readWhole(f.weeks) } : f.until ? { endDate: f.until } : {}),
        ...(f.anyway ? { bookAnyway: true } : {}),
      });
      return scheduleChanged(r, SCHEDULE_CHANGE.saved);
    }
    case "passtype": {
      const p = c.passTypes.find((x) => x.id === id);
      if (!p) throw notFound("pass_type");
      if (empty)
        return [
          passTypeForm({
            ...p,
            typeNames: p.trainingTypeIds.map((t) => c.trainingTypes.find((x) => x.id === t)?.name ?? "?"),
          }),
        ];
      const refs = passTypeRefs(c, f);
      if ("missing" in refs)
        return [await askNewTrainingType(ctx, cmd, "types", refs.missing.typed, refs.missing.close)];
      const price = f.price ? readPrice(f.price) : null;
      const r = await editPassType(ctx.uc, ctx.actor, {
        passTypeId: id,
        fields: {
          ...(f.name ? { name: f.name } : {}),
          ...(f.sessions ? { sessions: readWhole(f.sessions) } : {}),
          ...(f.validity ? { validityDays: readWhole(f.validity) } : {}),
          ...(price ? { priceCents: price.cents } : {}),
          ...(f.currency || price?.currency ? { currency: f.currency || price?.currency } : {}),
          ...(f.types ? { trainingTypeIds: refs.trainingTypeIds } : {}),
          ...(refs.scheduleIds ? { scheduleIds: refs.scheduleIds } : {}),
        },
      });
      return [passTypeSavedReply(r)];
    }
  }
}

async function end(
  ctx: StudioContext,
  scheduleId: string,
  until: string | undefined,
  archive: boolean,
): Promise<Reply[]> {
  const r = await endSchedule(ctx.uc, ctx.actor, {
    scheduleId,
    ...(until ? { lastDate: until } : {}),
    archive,
  });
  return scheduleChanged(r, archive ? SCHEDULE_CHANGE.archived : scheduleEndsOn(r.schedule.endDate));
}

function scheduleChanged(r: Awaited<ReturnType<typeof editSchedule>>, what: string): Reply[] {
  return [scheduleChangedReply(r, what)];
}

const isIndividual = (f: Record<string, string>): boolean =>
  f.individual !== undefined || (f.kind ?? "").toLowerCase() === "individual";

/** Template fields from typed values; unreadable numbers stay NaN so the use case names the field. */
export async function templateFields(
  ctx: StudioContext,
  c: Catalog,
  f: Record<string, string>,
): Promise<TemplateFields> {
  const out: TemplateFields = {};
  if (f.description !== undefined) out.description = f.description;
  if (f.duration) out.durationMinutes = readMinutes(f.duration);
  if (f.capacity) out.capacity = readWhole(f.capacity);
  if (f.booking) out.bookingDeadlineMinutes = readMinutes(f.booking);
  if (f.cancel) out.cancellationDeadlineMinutes = readMinutes(f.cancel);
  const kind = (f.kind ?? "").trim().toLowerCase();
  if (f.closed !== undefined || kind === "closed") out.closed = true;
  if (f.open !== undefined || kind === "open") out.closed = false;
  if (isIndividual(f)) out.individual = true;
  if (kind && !["open", "closed", "individual"].includes(kind))
    throw new DomainError(ErrorCode.InvalidInput, {
      field: "kind",
      allowed: ["open", "closed", "individual"],
    });
  if (f.space !== undefined) {
    if (/^(none|-|)$/i.test(f.space.trim())) out.defaultSpaceId = null;
    else {
      const s = lookupName(c.spaces, f.space);
      if (s.kind === "missing")
        throw new DomainError(ErrorCode.NotFound, {
          what: "space",
          typed: s.typed,
          close: s.close.map((x) => x.name),
        });
      out.defaultSpaceId = s.item.id;
    }
  }
  if (f.trainer !== undefined) {
    if (/^(none|-|)$/i.test(f.trainer.trim())) out.defaultTrainerId = null;
    else {
      const people = await ctx.uc.store.transaction((tx) => tx.listPeople(ctx.actor.orgId));
      const t = lookupName(
        people.filter((p) => hasTrainerRights(p.role)).map((p) => ({ id: p.id, name: p.displayName })),
        f.trainer.replace(/^@/, ""),
      );
      if (t.kind === "missing")
        throw new DomainError(ErrorCode.NotFound, {
          what: "trainer",
          typed: t.typed,
          close: t.close.map((x) => x.name),
        });
      out.defaultTrainerId = t.item.id;
    }
  }
  return out;
}

type Refs =
  | { trainingTypeIds: string[]; scheduleIds?: string[] }
  | { missing: { typed: string; close: Array<{ id: string; name: string }> } };

export function passTypeRefs(c: Catalog, f: Record<string, string>): Refs {
  const trainingTypeIds: string[] = [];
  for (const name of readList(f.types ?? "")) {
    const t = lookupName(c.trainingTypes, name);
    if (t.kind === "missing") return { missing: { typed: t.typed, close: t.close } };
    trainingTypeIds.push(t.item.id);
  }
  if (f.schedules === undefined) return { trainingTypeIds };
  const scheduleIds: string[] = [];
  for (const name of readList(f.schedules)) {
    const matches = c.schedules.filter((s) => !s.archived && s.name.toLowerCase() === name.toLowerCase());
    if (matches.length === 0) {
      const l = lookupName(c.schedules, name);
      // Several schedules may share one template's name; a close name is offered, never taken.
      const close = l.kind === "missing" ? l.close.map((x) => x.name) : [];
      const starting = c.schedules
        .filter((s) => !s.archived && s.name.toLowerCase().startsWith(name.toLowerCase()))
        .map((s) => s.name);
      throw new DomainError(ErrorCode.NotFound, {
        what: "schedule",
        typed: name.slice(0, 80),
        close: [...new Set([...close, ...starting])].slice(0, 3),
      });
    }
    scheduleIds.push(...matches.map((s) => s.id));
  }
  return { trainingTypeIds, scheduleIds };
}
