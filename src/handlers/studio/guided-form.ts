import { isDomainError } from "../../domain/errors.ts";
import { decodeButton, encodeButton } from "../../intents/button-codec.ts";
import { lineText, type Reply, type ReplyButton, type ReplyForm } from "../../ports/chat.ts";
import { domainErrorReply } from "../../replies/error-reply.ts";
import {
  fieldNeededLine,
  guideControlLabel,
  guideExpiredReply,
  guideHint,
  guideNothingChangedReply,
  guideOutOfDateReply,
  guideQuestionReply,
  guideStoppedReply,
} from "../../replies/studio/guide-replies.ts";
import { requireAdmin } from "../../use-cases/access.ts";
import { listCatalog } from "../../use-cases/studio/list-catalog.ts";
import { checkGuideAnswer, formFieldOf, guideChoices } from "./guide-fields.ts";
import { asksFieldByField, GUIDE_TTL_MS, type Guide, guideKey, loadGuide } from "./guide-state.ts";
import { openForm, submitStudioForm } from "./studio-buttons.ts";
import type { StudioContext } from "./studio-context.ts";

/**
 * Guided questions: a studio form asked one field at a time where the platform has no modal. Each
 * question names the field and what it allows (buttons for the choices), a bad answer is refused with
 * the reason and asked again, "skip" keeps the current value (or leaves an optional one out), "cancel"
 * stops. The last answer submits the same form a modal submits (submitStudioForm), so both are checked
 * by one path; a field that submission refuses is asked again.
 */

const SKIP = /^(skip|keep|-)$/i;
const CANCEL = /^(cancel|stop|quit|abort)$/i;

const key = (ctx: StudioContext): string => guideKey(ctx.platform, ctx.actor.personId);

/** Replaces a studio form in the replies by its first question where the platform has no modal. */
export async function guideForms(ctx: StudioContext, replies: Reply[]): Promise<Reply[]> {
  if (!asksFieldByField(ctx.can)) return replies;
  const out: Reply[] = [];
  for (const reply of replies) {
    const d = reply.form ? decodeButton(reply.form.data) : null;
    if (!reply.form || !d?.ok || d.action.op !== "ss") {
      out.push(reply);
      continue;
    }
    const { form, ...rest } = reply;
    // The form's intro, unless it only repeats the first question.
    const lines = rest.lines.filter((l) => lineText(l) !== form.fields[0]?.label);
    if (lines.length > 0 || rest.buttons?.length) out.push({ ...rest, lines });
    out.push(await startGuide(ctx, form, d.action.form, d.action.id));
  }
  return out;
}

async function startGuide(
  ctx: StudioContext,
  form: ReplyForm,
  code: Guide["form"],
  id: string | undefined,
): Promise<Reply> {
  // Only admins fill studio forms; asking a member would store a sequence for nothing.
  requireAdmin(ctx.actor, "studio_form");
  const g: Guide = {
    v: 1,
    key: ctx.newKey(),
    orgId: ctx.actor.orgId,
    personId: ctx.actor.personId,
    channelId: ctx.channelId,
    form: code,
    ...(id ? { id } : {}),
    title: form.title,
    fields: form.fields.map((f) => ({
      name: f.name,
      label: f.label,
      optional: f.optional === true,
      ...(f.initial ? { initial: f.initial } : {}),
    })),
    step: 0,
    values: {},
    choices: [],
    fixing: false,
  };
  return ask(ctx, g);
}

/** Saves the sequence at its current step and asks that step's question. */
async function ask(ctx: StudioContext, g: Guide, before: string[] = []): Promise<Reply> {
  const field = g.fields[g.step];
  if (!field) return guideOutOfDateReply();
  const catalog = await listCatalog(ctx.uc, ctx.actor);
  const choices = await guideChoices(ctx, g.form, field.name, catalog);
  const saved: Guide = { ...g, choices: choices.map((c) => c.value) };
  await ctx.state.set(key(ctx), saved, new Date(ctx.now.getTime() + GUIDE_TTL_MS));
  const tap = (label: string, choice: string): ReplyButton => ({
    label: label.slice(0, 60),
    data: encodeButton({ op: "sg", key: g.key, step: g.step, choice }),
  });
  const rows: ReplyButton[][] = [];
  for (let i = 0; i < choices.length; i += 3)
    rows.push(choices.slice(i, i + 3).map((c, j) => tap(c.label, String(i + j))));
  // Where a button is pressed by typing its number, a numeric answer would hit one: the words are typed.
  const typed = ctx.can.buttons === "numbered";
  const controls = typed ? [] : [tap(guideControlLabel("cancel"), "c")];
  if (field.optional && !typed)
    controls.unshift(tap(guideControlLabel(field.initial ? "keep" : "skip"), "s"));
  if (controls.length > 0) rows.push(controls);
  const hint = guideHint(g.form === "sc" && field.name === "name" ? "template" : field.name);
  return guideQuestionReply(
    {
      title: g.title,
      step: g.step,
      count: g.fields.length,
      label: field.label,
      hint,
      initial: field.initial,
      optional: field.optional,
    },
    before,
    rows,
  );
}

export type GuideInput = { text: string } | { key: string; step: number; choice: string };

/** One answer, typed or tapped: checked, stored, and the next question asked (or the form submitted). */
export async function answerGuide(ctx: StudioContext, input: GuideInput): Promise<Reply[]> {
  requireAdmin(ctx.actor, "studio_form");
  const g = await loadGuide(ctx.state, key(ctx), ctx.now);
  const stale = [guideExpiredReply()];
  if (!g || g.orgId !== ctx.actor.orgId || g.personId !== ctx.actor.personId) return stale;
  if ("key" in input && (input.key !== g.key || input.step !== g.step)) return stale;
  const field = g.fields[g.step];
  if (!field) return stale;
  // A tapped choice is a value as it is (a space may be called "Cancel"); typed words may be controls.
  let answer: string;
  let control: "cancel" | "skip" | "help" | null = null;
  if ("key" in input) {
    if (input.choice === "c") control = "cancel";
    else if (input.choice === "s") control = "skip";
    const chosen = control ? "" : g.choices[Number(input.choice)];
    if (chosen === undefined) return stale;
    answer = chosen;
  } else {
    answer = input.text.replace(/\s+/g, " ").trim();
    if (CANCEL.test(answer)) control = "cancel";
    else if (SKIP.test(answer) || answer === "") control = "skip";
    // "help" or "?" is no name anyone means: the question is asked again, with what it allows.
    else if (/^(help|\?)$/i.test(answer)) control = "help";
  }

  if (control === "cancel") {
    await ctx.state.delete(key(ctx));
    return [guideStoppedReply(g.title)];
  }
  if (control === "help") return [await ask(ctx, g)];
  const values = { ...g.values };
  if (control === "skip") {
    if (!field.optional && !field.initial) return [await ask(ctx, g, [fieldNeededLine(field.label)])];
    delete values[field.name];
  } else {
    try {
      await checkGuideAnswer(ctx, g.form, g.id, field.name, answer, await listCatalog(ctx.uc, ctx.actor));
    } catch (err) {
      if (!isDomainError(err)) throw err;
      return [await ask(ctx, g, domainErrorReply(err).lines.map(lineText))];
    }
    values[field.name] = answer;
  }
  const next: Guide = { ...g, values };
  if (!g.fixing && g.step + 1 < g.fields.length) return [await ask(ctx, { ...next, step: g.step + 1 })];
  return finish(ctx, next);
}

/** The last answer: the same submission a modal makes; a refused field is asked again. */
async function finish(ctx: StudioContext, g: Guide): Promise<Reply[]> {
  await ctx.state.delete(key(ctx));
  if (g.id && Object.keys(g.values).length === 0) return [guideNothingChangedReply(g.title)];
  let replies: Reply[];
  try {
    replies = await submitStudioForm(ctx, g.form, g.id, g.values);
  } catch (err) {
    if (!isDomainError(err)) throw err;
    const field = formFieldOf(err.context.field, err.code);
    const at = g.fields.findIndex((f) => f.name === field);
    if (at < 0) throw err;
    return [await ask(ctx, { ...g, step: at, fixing: true }, domainErrorReply(err).lines.map(lineText))];
  }
  // A new template goes on with its trainer, space, deadlines and kind, as its button would.
  const rules = g.form === "tb" && !g.id ? rulesButtonOf(replies) : null;
  if (rules) {
    // Its button would open the same questions: they follow at once instead.
    const created = replies.map(({ buttons: _, ...r }) => r);
    return [...created, ...(await guideForms(ctx, await openForm(ctx, "tr", rules)))];
  }
  return guideForms(ctx, replies);
}

function rulesButtonOf(replies: Reply[]): string | null {
  for (const b of replies.flatMap((r) => (r.buttons ?? []).flat())) {
    const d = decodeButton(b.data);
    if (d.ok && d.action.op === "so" && d.action.form === "tr" && d.action.id) return d.action.id;
  }
  return null;
}
