import type { DecodedButton, StudioFormCode } from "../../intents/button-codec.ts";
import { type CatalogEntity, SettingFieldSchema, type StudioCommand } from "../../intents/studio/command.ts";
import type { Reply } from "../../ports/chat.ts";
import { studioBasicsForm, templateRulesForm } from "../../replies/studio/forms.ts";
import {
  settingChoiceOutOfDateReply,
  templateNotFoundReply,
  trainingTypeCreatedReply,
} from "../../replies/studio/guide-replies.ts";
import {
  LANGUAGE_CHOICES,
  LIKELY_TIMEZONES,
  languageQuestion,
  timezoneQuestion,
} from "../../replies/studio/replies.ts";
import { createTrainingType } from "../../use-cases/studio/create-training-type.ts";
import { listCatalog } from "../../use-cases/studio/list-catalog.ts";
import { type SettingsPatch, showSettings } from "../../use-cases/studio/studio-settings.ts";
import { BOOK_ANYWAY_CHOICE, takeBookAnyway } from "./clash-question.ts";
import { runEntryCommand } from "./entry-commands.ts";
import { takeAnswer } from "./new-type-question.ts";
import { applySettings, runStudioCommand, settingPatch } from "./studio-commands.ts";
import type { StudioContext } from "./studio-context.ts";

const ENTITY_OF: Record<Exclude<StudioFormCode, "st">, CatalogEntity> = {
  ty: "type",
  sp: "space",
  tb: "template",
  tr: "template",
  sc: "schedule",
  pt: "passtype",
};
const ARCHIVE_ENTITY = { t: "type", p: "space", m: "template", s: "schedule", x: "passtype" } as const;

type StudioButton = Extract<DecodedButton, { op: "so" | "ss" | "sa" | "sx" | "sz" | "rq" }>;

/** A studio button: open a form, archive, answer a waiting question, pick a zone or language, answer a request. */
export async function runStudioButton(ctx: StudioContext, b: StudioButton): Promise<Reply[]> {
  switch (b.op) {
    case "so":
      return openForm(ctx, b.form, b.id);
    case "ss":
      // A form's submit data pressed as a plain button carries no answers: show the form again.
      return openForm(ctx, b.form, b.id);
    case "sa":
      return runEntryCommand(ctx, {
        op: "entry",
        entity: ARCHIVE_ENTITY[b.entity],
        action: "archive",
        targetId: b.id,
        fields: {},
      });
    case "sz": {
      const zone = b.which !== "lg";
      const value = zone ? LIKELY_TIMEZONES[b.index] : LANGUAGE_CHOICES[b.index]?.[0];
      if (!value) return [settingChoiceOutOfDateReply()];
      const saved = await applySettings(ctx, zone ? { timezone: value } : { locale: value });
      return b.which === "ts" ? [...saved, languageQuestion()] : saved;
    }
    case "rq":
      return runStudioCommand(ctx, {
        op: "decide_request",
        requestId: b.requestId,
        approve: b.decision === "y",
      });
    case "sx": {
      if (b.choice === BOOK_ANYWAY_CHOICE) {
        const w = await takeBookAnyway(ctx, b.key);
        return w.ok ? runStudioCommand(ctx, w.command) : [w.reply];
      }
      const a = await takeAnswer(ctx, b.key, b.choice);
      if (!a.ok) return [a.reply];
      let name = a.typed;
      const created: Reply[] = [];
      if (a.choice === "new") {
        const t = await createTrainingType(ctx.uc, ctx.actor, { name: a.typed });
        name = t.name;
        created.push(trainingTypeCreatedReply(t.name));
      } else {
        const c = await listCatalog(ctx.uc, ctx.actor);
        name = c.trainingTypes.find((t) => t.id === a.choice)?.name ?? a.typed;
      }
      const cmd = withTypeName(a.command, a.field, a.typed, name);
      return [...created, ...(await runStudioCommand(ctx, cmd))];
    }
  }
}

/** The command again, with the answered name in place of the unknown one. */
function withTypeName(
  cmd: StudioCommand,
  field: "type" | "types",
  typed: string,
  name: string,
): StudioCommand {
  if (cmd.op !== "entry") return cmd;
  const fields = { ...cmd.fields };
  if (field === "type") fields.type = name;
  else
    fields.types = (fields.types ?? "")
      .split(/\s*(?:,|;|\band\b|&)\s*/i)
      .map((n) => (n.trim().toLowerCase() === typed.toLowerCase() ? name : n))
      .join(", ");
  return { ...cmd, fields };
}

export async function openForm(
  ctx: StudioContext,
  form: StudioFormCode,
  id: string | undefined,
): Promise<Reply[]> {
  if (form === "st") return [studioBasicsForm(await showSettings(ctx.uc, ctx.actor))];
  if (form === "tr") {
    const c = await listCatalog(ctx.uc, ctx.actor);
    const t = c.templates.find((x) => x.id === id);
    if (!t) return [templateNotFoundReply()];
    const people = await ctx.uc.store.transaction((tx) => tx.listPeople(ctx.actor.orgId));
    return [
      templateRulesForm({
        ...t,
        ...(t.defaultTrainerId
          ? { trainerName: people.find((p) => p.id === t.defaultTrainerId)?.displayName }
          : {}),
        ...(t.defaultSpaceId ? { spaceName: c.spaces.find((s) => s.id === t.defaultSpaceId)?.name } : {}),
      }),
    ];
  }
  const entity = ENTITY_OF[form];
  return runEntryCommand(
    ctx,
    id
      ? { op: "entry", entity, action: "edit", targetId: id, fields: {} }
      : { op: "entry", entity, action: "add", fields: {} },
  );
}

/** A submitted studio form: the same command a one-line message makes, checked field by field. */
export async function submitStudioForm(
  ctx: StudioContext,
  form: StudioFormCode,
  id: string | undefined,
  values: Record<string, string>,
): Promise<Reply[]> {
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) {
    if (typeof v !== "string") continue;
    const t = v.replace(/\s+/g, " ").trim();
    if (t) fields[k] = t.slice(0, 2000);
  }
  if (form === "st" && id === "setup") {
    const saved = await applySettings(ctx, { name: fields.name ?? "" });
    return [...saved, timezoneQuestion(true)];
  }
  if (form === "st") {
    const patch: SettingsPatch = {};
    for (const f of SettingFieldSchema.options)
      if (fields[f] !== undefined) Object.assign(patch, settingPatch(f, fields[f]));
    return applySettings(ctx, patch);
  }
  const entity = ENTITY_OF[form];
  if (!id && fields.name === undefined && entity !== "schedule") return openForm(ctx, form, id);
  const cmd: StudioCommand = id
    ? {
        op: "entry",
        entity,
        action: entity === "type" || entity === "space" ? "rename" : "edit",
        targetId: id,
        fields,
      }
    : { op: "entry", entity, action: "add", fields };
  return runEntryCommand(ctx, cmd);
}
