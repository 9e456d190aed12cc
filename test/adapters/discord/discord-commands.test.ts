import { PermissionFlagsBits } from "discord.js";
import { describe, expect, it } from "vitest";
import {
  dispatchInteraction,
  FAKE_DISCORD_APP_ID,
  FAKE_DISCORD_TOKEN,
} from "../../../fakes/discord/rest-api.ts";
import {
  botMessage,
  CHANNEL,
  GUILD,
  interaction,
  member,
  slashBook,
  useDiscordRig,
} from "./discord-fixtures.ts";

describe("discord: slash commands, buttons and autocomplete dispatched into discord.js", () => {
  const rig = useDiscordRig();

  it("registers staff commands with default_member_permissions, so members do not see them in a server", async () => {
    await rig.boot([]);
    const put = await rig.fake.waitFor((r) => r.method === "PUT");
    expect(put.response?.status ?? 200).toBe(200);
    const commands = put.body as Array<{ name: string; default_member_permissions?: string }>;
    const hidden = Object.fromEntries(
      commands
        .filter((c) => c.default_member_permissions !== undefined)
        .map((c) => [c.name, c.default_member_permissions]),
    );
    const manageGuild = String(PermissionFlagsBits.ManageGuild);
    const manageEvents = String(PermissionFlagsBits.ManageEvents);
    expect(hidden).toEqual({
      connect: manageGuild,
      staff: manageGuild,
      settings: manageGuild,
      catalog: manageGuild,
      type: manageGuild,
      space: manageGuild,
      passtype: manageGuild,
      busy: manageEvents,
      trainer: manageEvents,
    });
    // Everything a member uses stays visible to everyone.
    for (const name of ["book", "bookings", "cancel", "sessions", "link", "setup", "help"])
      expect(commands.find((c) => c.name === name)?.default_member_permissions).toBeUndefined();
  });

  it("registers the slash commands on start, with autocomplete on training and trainer names", async () => {
    await rig.boot([]);
    const put = await rig.fake.waitFor((r) => r.method === "PUT");
    expect(put.path).toBe(`/api/v10/applications/${FAKE_DISCORD_APP_ID}/commands`);
    expect(put.headers.authorization).toBe(`Bot ${FAKE_DISCORD_TOKEN}`);
    const commands = put.body as Array<{
      name: string;
      description_localizations?: Record<string, string>;
      options: Array<{ name: string; autocomplete?: boolean; options?: unknown[] }>;
    }>;
    // Descriptions in the client's language from the catalogue; the names stay as they are.
    expect(commands.find((c) => c.name === "bookings")?.description_localizations).toEqual({
      de: "Meine Buchungen",
      fr: "Mes réservations",
      "es-ES": "Mis reservas",
      "es-419": "Mis reservas",
    });
    expect(commands.map((c) => c.name)).toEqual([
      "sessions",
      "book",
      "bookings",
      "cancel",
      "passes",
      "reminders",
      "language",
      "week",
      "personal",
      "calendar",
      "join",
      "link",
      "connect",
      "org",
      "setup",
      "staff",
      "settings",
      "catalog",
      "type",
      "space",
      "passtype",
      "help",
      "busy",
      "trainer",
    ]);
    expect(commands.find((c) => c.name === "busy")?.options).toEqual([
      {
        type: 11,
        name: "file",
        description: "An iCalendar (.ics) file, e.g. exported from Google Calendar or Outlook",
        description_localizations: {
          de: "Eine iCalendar-Datei (.ics), z. B. aus Google Kalender oder Outlook exportiert",
          fr: "Un fichier iCalendar (.ics), par ex. exporté de Google Agenda ou Outlook",
          "es-ES": "Un archivo iCalendar (.ics), p. ej. exportado de Google Calendar u Outlook",
          "es-419": "Un archivo iCalendar (.ics), p. ej. exportado de Google Calendar u Outlook",
        },
        required: true,
      },
    ]);
    expect(commands.find((c) => c.name === "setup")?.options).toEqual([
      {
        type: 3,
        name: "code",
        description: "The setup code",
        description_localizations: {
          de: "Der Einrichtungscode",
          fr: "Le code d’ouverture",
          "es-ES": "El código de alta",
          "es-419": "El código de alta",
        },
        required: true,
        autocomplete: false,
      },
    ]);
    expect(commands.find((c) => c.name === "book")?.options).toEqual([
      {
        type: 3,
        name: "what",
        description: "e.g. yoga tomorrow 7am",
        description_localizations: {
          de: "z. B. yoga morgen 7 uhr",
          fr: "par ex. yoga demain 7h",
          "es-ES": "p. ej. yoga mañana 7:00",
          "es-419": "p. ej. yoga mañana 7:00",
        },
        required: true,
        autocomplete: true,
      },
    ]);
    expect(commands.find((c) => c.name === "personal")?.options[0]?.autocomplete).toBe(true);
    const trainer = commands.find((c) => c.name === "trainer")?.options.find((o) => o.name === "cancel");
    expect(trainer).toEqual({
      type: 1,
      name: "cancel",
      description: "Cancel one session",
      description_localizations: {
        de: "Einen Termin absagen",
        fr: "Annuler une séance",
        "es-ES": "Cancelar una clase",
        "es-419": "Cancelar una clase",
      },
      options: [
        {
          type: 3,
          name: "session",
          description: "e.g. spin tomorrow 7",
          description_localizations: {
            de: "z. B. spin morgen 7",
            fr: "par ex. spin demain 7h",
            "es-ES": "p. ej. spin mañana 7",
            "es-419": "p. ej. spin mañana 7",
          },
          required: true,
          autocomplete: true,
        },
        {
          type: 3,
          name: "reason",
          description: "e.g. teacher is ill",
          description_localizations: {
            de: "z. B. Trainerin ist krank",
            fr: "par ex. le coach est malade",
            "es-ES": "p. ej. el profe está enfermo",
            "es-419": "p. ej. el profe está enfermo",
          },
          required: false,
          autocomplete: false,
        },
      ],
    });
  });

  it("localizes every description the catalogue has, within Discord's limits; names stay as they are", async () => {
    await rig.boot([]);
    const put = await rig.fake.waitFor((r) => r.method === "PUT");
    type Cmd = {
      name: string;
      description: string;
      description_localizations?: Record<string, string>;
      name_localizations?: Record<string, string>;
      options?: Cmd[];
    };
    const all: Array<{ path: string; c: Cmd }> = [];
    const walk = (cs: Cmd[], at: string) => {
      for (const c of cs) {
        all.push({ path: `${at}${c.name}`, c });
        walk(c.options ?? [], `${at}${c.name} `);
      }
    };
    walk(put.body as Cmd[], "");
    const problems: string[] = [];
    for (const { path, c } of all) {
      // Names: lower-case, Discord's pattern; descriptions 1-100 characters in every locale.
      if (!/^[-_\p{L}\p{N}]{1,32}$/u.test(c.name) || c.name !== c.name.toLowerCase())
        problems.push(`${path}: name`);
      if (c.name_localizations) problems.push(`${path}: names are not localized`);
      for (const [locale, d] of Object.entries({ en: c.description, ...c.description_localizations }))
        if (d.length < 1 || d.length > 100 || d.endsWith("…"))
          problems.push(`${path} ${locale}: ${d.length} chars`);
      for (const locale of Object.keys(c.description_localizations ?? {}))
        if (!["de", "fr", "es-ES", "es-419"].includes(locale)) problems.push(`${path}: locale ${locale}`);
    }
    expect(problems).toEqual([]);
    // Every command, subcommand and worded option is described in German, French and Spanish.
    const wordless = all.filter(({ c }) => !c.description_localizations).map(({ path }) => path);
    expect(wordless).toEqual([
      "staff details",
      "settings details",
      "catalog section",
      "type details",
      "space details",
      "passtype details",
      "trainer override changes",
      "trainer add details",
      "trainer grant details",
      "trainer template details",
      "trainer schedule details",
      "trainer coach what",
    ]);
  });

  it("joins a trainer subcommand's options into args, with the keyword the core reads", async () => {
    const client = await rig.boot([{ visibility: "public", lines: ["Cancelled."] }]);
    dispatchInteraction(
      client,
      interaction("1000000000000000011", 2, {
        id: "771825006014889985",
        name: "trainer",
        type: 1,
        options: [
          {
            type: 1,
            name: "cancel",
            options: [
              { type: 3, name: "session", value: "spin tomorrow 7" },
              { type: 3, name: "reason", value: "teacher is ill" },
            ],
          },
        ],
      }),
    );
    await rig.fake.waitFor((r) => r.path.includes("/1000000000000000011/"));
    expect(rig.core.events[0]?.input).toEqual({
      kind: "command",
      name: "trainer",
      args: "cancel spin tomorrow 7 reason: teacher is ill",
    });
  });

  it("answers a slash command with an embed, buttons and empty allowed_mentions; times as <t:unix:F>", async () => {
    const client = await rig.boot([
      {
        visibility: "public",
        title: "Yoga *Flow* with <@123>",
        lines: [
          [
            "Starts ",
            { time: new Date("2026-11-22T07:00:00Z"), style: "datetime", text: "Sun 22 Nov 2026, 08:00" },
          ],
          "Trainer: @everyone's favourite",
        ],
        buttons: [
          [
            { label: "Book", data: "b:occ_42", style: "primary" },
            { label: "Details", data: "d:occ_42" },
          ],
        ],
      },
    ]);
    dispatchInteraction(client, slashBook("1000000000000000001"));
    const cb = await rig.fake.waitFor((r) => r.path.includes("/callback"));
    expect(rig.core.events).toEqual([
      {
        platform: "discord",
        eventId: "discord:1000000000000000001",
        user: { platformUserId: "53908232506183680", displayName: "Mason @everyone" },
        conversation: { workspaceId: GUILD, channelId: CHANNEL, isDirect: false },
        input: { kind: "command", name: "book", args: "yoga tomorrow 7am" },
        // The interaction's (user's client) locale, for replies in their language.
        locale: "en-US",
      },
    ]);
    expect(cb.path).toBe(
      "/api/v10/interactions/1000000000000000001/aW50ZXJhY3Rpb2461000000000000000001:tokenpart/callback?with_response=false",
    );
    expect(cb.body).toEqual({
      type: 4,
      data: {
        tts: false,
        embeds: [
          {
            title: "Yoga \\*Flow\\* with \\<@123>",
            description: "Starts <t:1795330800:F>\nTrainer: @\u200beveryone's favourite",
          },
        ],
        components: [
          {
            type: 1,
            components: [
              { type: 2, custom_id: "b:occ_42", label: "Book", style: 1 },
              { type: 2, custom_id: "d:occ_42", label: "Details", style: 2 },
            ],
          },
        ],
        allowed_mentions: { parse: [] },
        enforce_nonce: false,
      },
    });
  });

  it("turns a button click into a button input and answers privately (ephemeral flag 64)", async () => {
    const client = await rig.boot([{ visibility: "private", lines: ["Booked. 3 spots left."] }]);
    dispatchInteraction(
      client,
      interaction(
        "1000000000000000002",
        3,
        { custom_id: "b:occ_42", component_type: 2 },
        {
          message: botMessage,
        },
      ),
    );
    const cb = await rig.fake.waitFor((r) => r.path.includes("/callback"));
    expect(rig.core.events[0]?.input).toEqual({ kind: "button", data: "b:occ_42" });
    expect(rig.core.events[0]?.eventId).toBe("discord:1000000000000000002");
    expect(cb.body).toEqual({
      type: 4,
      data: {
        tts: false,
        embeds: [{ description: "Booked. 3 spots left." }],
        components: [],
        allowed_mentions: { parse: [] },
        flags: 64,
        enforce_nonce: false,
      },
    });
  });

  it("answers autocomplete with the core's suggestions", async () => {
    const client = await rig.boot([], {
      suggest: [
        { label: "Yoga Flow", value: "tt_yoga" },
        { label: "Yin Yoga", value: "tt_yin" },
      ],
    });
    dispatchInteraction(
      client,
      interaction("1000000000000000006", 4, {
        id: "771825006014889984",
        name: "book",
        type: 1,
        options: [{ type: 3, name: "what", value: "yo", focused: true }],
      }),
    );
    const cb = await rig.fake.waitFor((r) => r.path.includes("/callback"));
    expect(rig.core.suggestions).toEqual([
      {
        platform: "discord",
        user: { platformUserId: "53908232506183680", displayName: "Mason @everyone" },
        workspaceId: GUILD,
        field: "training",
        prefix: "yo",
      },
    ]);
    expect(cb.body).toEqual({
      type: 8,
      data: {
        choices: [
          { name: "Yoga Flow", value: "tt_yoga" },
          { name: "Yin Yoga", value: "tt_yin" },
        ],
      },
    });
  });

  it("in a DM there is no guild: workworkspaceId null and isDirect", async () => {
    const client = await rig.boot([{ visibility: "private", lines: ["ok"] }]);
    const { guild_id: _g, member: _m, ...rest } = slashBook("1000000000000000007");
    dispatchInteraction(client, {
      ...rest,
      user: member.user,
      context: 1,
      channel: { id: "1400000000000000001", type: 1, recipients: [member.user] },
      channel_id: "1400000000000000001",
    });
    await rig.fake.waitFor((r) => r.path.includes("/callback"));
    expect(rig.core.events[0]?.conversation).toEqual({
      workspaceId: null,
      channelId: "1400000000000000001",
      isDirect: true,
    });
  });
});
