import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { buildDemo, dropDatabase, textOf } from "./harness.ts";

// Issue 24, item 8: link and connect codes are about 64 random bits, shown in groups, stored only
// as digests, expire after 15 minutes, and an account that types several wrong ones is refused for
// a while, even with the right code.

const GROUPED = /([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{5})/;
const dm = { workspaceId: null, channelId: "dm", isDirect: true };

describePg("link and connect codes", () => {
  let db: TestDatabase;
  let demo: Awaited<ReturnType<typeof buildDemo>>;
  beforeAll(async () => {
    db = await createTestPgDatabase();
    demo = await buildDemo(db.prisma);
  });
  afterAll(async () => dropDatabase(db));

  const linkCode = async (who: string) => {
    const code = GROUPED.exec(textOf(await demo.chat.say(who, "/link")))?.[1];
    if (!code) throw new Error("no code in the reply");
    return code;
  };
  const typeLink = (account: string, code: string) =>
    demo.chat.send(account, { kind: "command", name: "link", args: code }, dm, "telegram");

  it("a code has 13 characters of an unambiguous alphabet (about 64 bits), and only its digest is stored", async () => {
    const codes = await Promise.all(["Noor", "Leo", "Ada"].map(linkCode));
    expect(new Set(codes).size).toBe(3);
    for (const c of codes) expect(c.replace(/-/g, "")).toHaveLength(13);
    expect(13 * Math.log2(31)).toBeGreaterThan(60);
    // Nothing in the table, as text, holds a code: a leaked table hands out nothing.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ row: string }>(
        `SELECT row_to_json(l)::text AS row FROM "LinkCode" l`,
      );
      expect(rows.length).toBeGreaterThanOrEqual(3);
      for (const c of codes)
        for (const form of [c, c.replace(/-/g, ""), c.toLowerCase()])
          expect(rows.filter((r) => r.row.includes(form))).toEqual([]);
    } finally {
      await client.end();
    }
  });

  it("typed in any case and with or without the dashes, a right code links; it works once", async () => {
    const code = await linkCode("Noor");
    const linked = await typeLink("tg-noor", code.toLowerCase().replace(/-/g, ""));
    expect(textOf(linked)).toContain("Linked");
    expect(textOf(await typeLink("tg-other", code))).toContain("not valid or has expired");
  });

  it("an expired code is refused", async () => {
    const code = await linkCode("Leo");
    demo.clock.advance(16 * 60_000);
    expect(textOf(await typeLink("tg-leo", code))).toContain("not valid or has expired");
  });

  it("five wrong codes from one account: further tries are refused for 15 minutes, even with the right code, which still works afterwards; other accounts are not held up", async () => {
    const code = await linkCode("Ada");
    for (let i = 0; i < 4; i++)
      expect(textOf(await typeLink("tg-guesser", `AAAA-BBBB-CCCC${i}`))).toContain(
        "not valid or has expired",
      );
    expect(textOf(await typeLink("tg-guesser", "AAAA-BBBB-CCCCZ"))).toContain("Too many wrong codes");
    // The right code is refused too while the account is blocked, and not spent.
    const refused = await typeLink("tg-guesser", code);
    expect(textOf(refused)).toContain("Too many wrong codes. Try again in 15 minutes");
    // A connect code counts against the same account.
    const connect = await demo.chat.send(
      "tg-guesser",
      { kind: "command", name: "connect", args: "AAAA-BBBB-CCCCC" },
      { workspaceId: "-100777", channelId: "-100777", isDirect: false },
      "telegram",
    );
    expect(textOf(connect)).toContain("Too many wrong codes");
    // Another account is not held up by this one's guesses.
    expect(textOf(await typeLink("tg-someone", "AAAA-BBBB-CCCCD"))).toContain("not valid or has expired");
    demo.clock.advance(10 * 60_000);
    expect(textOf(await typeLink("tg-guesser", code))).toContain(
      "Too many wrong codes. Try again in 5 minutes",
    );
    demo.clock.advance(5 * 60_000 + 1);
    // Blocked no more, and the code (issued 15 minutes ago, valid for 15) ran out meanwhile: a fresh one works.
    const fresh = await linkCode("Ada");
    expect(textOf(await typeLink("tg-guesser", fresh))).toContain("Linked");
  });
});
