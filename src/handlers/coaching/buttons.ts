import type { DecodedButton } from "../../intents/button-codec.ts";
import type { CoachingCommand } from "../../intents/coaching/command.ts";

type CoachingButton = Extract<
  DecodedButton,
  { op: "cw" | "cd" | "ca" | "kc" | "ki" | "kr" | "kl" | "kp" | "kd" | "kf" | "ks" }
>;

const COACHING_OPS = new Set(["cw", "cd", "ca", "kc", "ki", "kr", "kl", "kp", "kd", "kf", "ks"]);
export const isCoachingButton = (a: DecodedButton): a is CoachingButton => COACHING_OPS.has(a.op);

/**
 * A coaching button to its command. The ids in it are untrusted: every use case checks them again
 * against the person pressing (their own calendar, or a client they coach).
 */
export function coachingButtonCommand(a: CoachingButton): CoachingCommand {
  switch (a.op) {
    case "cw":
      return { op: "my_week", clientId: a.clientId, week: Math.max(1, a.week) };
    case "cd":
      return { op: "my_day", clientId: a.clientId, day: Math.max(1, a.day) };
    case "ca":
      return { op: "accept_waiver", clientId: a.clientId };
    case "kc":
      return { op: "calendar", client: { id: a.clientId }, week: Math.max(1, a.week) };
    case "ki":
      return { op: "invite", client: { id: a.clientId }, method: a.method === "e" ? "email" : "link" };
    case "kr":
      return { op: "revoke", client: { id: a.clientId } };
    case "kl":
      return { op: "clients", program: { id: a.programId } };
    case "kp":
      return { op: "program_publish", program: { id: a.programId } };
    case "kd":
      return { op: "delete", entry: { id: a.entryId } };
    case "kf":
    case "ks":
      // A form's submit data pressed as a plain button carries no answers: open the form.
      if (a.form === "pn") return { op: "program_form" };
      if (a.form === "pe") return { op: "program_form", program: { id: a.id ?? "-" } };
      if (a.form === "ws")
        return { op: "write_form", client: { id: a.id ?? "-" }, ...(a.day ? { day: a.day } : {}) };
      return { op: "entry_form", form: a.form === "ee" ? "edit" : "move", entryId: a.id ?? "-" };
  }
}

/** A submitted coaching form (its data and the person's answers) to a command; null when unusable. */
export function coachingFormCommand(
  a: Extract<DecodedButton, { op: "ks" }>,
  values: Record<string, string>,
): CoachingCommand | null {
  const v = (k: string): string | undefined => {
    const x = values[k];
    return x === undefined || x.trim() === "" ? undefined : x;
  };
  switch (a.form) {
    case "pn":
      return {
        op: "program_new",
        name: (v("name") ?? "").slice(0, 80),
        price: (v("price") ?? "").slice(0, 20),
        ...(v("currency") ? { currency: v("currency")?.slice(0, 10) } : {}),
        ...(v("description") ? { description: v("description")?.slice(0, 2000) } : {}),
        ...(v("welcome") ? { welcome: v("welcome")?.slice(0, 2000) } : {}),
        ...(v("waiver") ? { waiver: v("waiver")?.slice(0, 3000) } : {}),
      };
    case "pe":
      if (!a.id) return null;
      return {
        op: "program_edit",
        program: { id: a.id },
        ...(v("name") ? { name: v("name")?.slice(0, 80) } : {}),
        ...(v("price") ? { price: v("price")?.slice(0, 20) } : {}),
        ...(v("currency") ? { currency: v("currency")?.slice(0, 10) } : {}),
        // A text emptied in the form is removed (a waiver dropped); one left out is kept as it is.
        ...(values.description !== undefined ? { description: values.description.slice(0, 2000) } : {}),
        ...(values.welcome !== undefined ? { welcome: values.welcome.slice(0, 2000) } : {}),
        ...(values.waiver !== undefined ? { waiver: values.waiver.slice(0, 3000) } : {}),
      };
    case "ws":
      if (!a.id) return null;
      return {
        op: "write",
        client: { id: a.id },
        day: parseDaySpec(v("day") ?? "") ?? a.day ?? 0,
        title: (v("title") ?? "").slice(0, 200),
        body: (v("training") ?? "").slice(0, 3000),
      };
    case "ee":
      if (!a.id) return null;
      return {
        op: "edit",
        entry: { id: a.id },
        ...(v("title") ? { title: v("title")?.slice(0, 200) } : {}),
        ...(values.training !== undefined ? { body: (values.training ?? "").slice(0, 3000) } : {}),
      };
    case "em":
      if (!a.id) return null;
      return { op: "move", entry: { id: a.id }, toDay: parseDaySpec(v("to") ?? "") ?? 0 };
  }
}

/** "W2D3", "week 2 day 3", "day 10", "10" -> a day number; null when it is none of those. */
export function parseDaySpec(s: string): number | null {
  const t = s.trim().toLowerCase();
  let m = /^w(?:eek)?\s*(\d{1,3})\s*d(?:ay)?\s*([1-7])$/.exec(t);
  if (m) return (Number(m[1]) - 1) * 7 + Number(m[2]);
  m = /^(?:d(?:ay)?\s*)?(\d{1,4})$/.exec(t);
  return m ? Number(m[1]) : null;
}
