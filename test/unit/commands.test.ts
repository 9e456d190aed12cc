import { describe, expect, it } from "vitest";
import { FEATURE_COMMANDS, requiredRole, worksWithoutOrg } from "../../src/chat/dispatch.ts";
import { type IntentKind, IntentSchema } from "../../src/intents/intent.ts";

const kinds = IntentSchema.options.map((o) => o.shape.kind.value as IntentKind);

describe("the features' command tables", () => {
  it("own every intent kind exactly once", () => {
    const owners = new Map<string, string[]>();
    for (const [feature, table] of Object.entries(FEATURE_COMMANDS))
      for (const kind of Object.keys(table)) owners.set(kind, [...(owners.get(kind) ?? []), feature]);
    expect([...owners.keys()].sort()).toEqual([...kinds].sort());
    expect([...owners].filter(([, f]) => f.length !== 1)).toEqual([]);
  });

  it("ask for the roles the chat always asked for", () => {
    // The table that lived in src/intents/intent.ts (REQUIRED_ROLE) before the features owned it.
    const before: Record<IntentKind, string> = {
      help: "none",
      unknown: "none",
      not_acted: "none",
      dismiss: "none",
      link_account: "none",
      start: "none",
      connect_workspace: "none",
      choose_org: "none",
      set_language: "none",
      coming_soon: "member",
      coaching: "none",
      list_sessions: "member",
      week_view: "member",
      session_detail: "member",
      book: "member",
      my_bookings: "member",
      cancel_booking: "member",
      my_passes: "member",
      my_reminders: "member",
      roster: "trainer",
      override: "trainer",
      cancel_occurrence: "trainer",
      open_form: "trainer",
      add_to_individual: "trainer",
      grant_pass: "trainer",
      create_pass_for_schedule: "trainer",
      create_template: "admin",
      create_schedule: "admin",
      link_channel: "trainer",
      personal_types: "member",
      personal_slots: "member",
      personal_book: "member",
      personal_my: "member",
      personal_cancel: "member",
      personal_move: "member",
      personal_settings: "admin",
      personal_type: "admin",
      personal_availability: "trainer",
      personal_feed: "trainer",
      personal_feed_file: "trainer",
      calendar_link: "member",
      setup: "none",
      studio: "member",
      studio_button: "member",
      studio_form: "member",
    };
    expect(Object.fromEntries(kinds.map((k) => [k, requiredRole(k)]))).toEqual(before);
  });

  it("answer before an organization is known only for identity and joining by code", () => {
    expect(kinds.filter(worksWithoutOrg).sort()).toEqual(
      [
        "choose_org",
        "coaching",
        "connect_workspace",
        "link_account",
        "set_language",
        "setup",
        "start",
      ].sort(),
    );
  });
});
