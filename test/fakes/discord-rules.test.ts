import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAKE_DISCORD_APP_ID, startFakeDiscord } from "../../fakes/discord/rest-api.ts";
import { noteInteraction } from "../../fakes/discord/rules.ts";
import type { FakeHttp } from "../../fakes/net/http.ts";

interface Answer {
  status: number;
  body: { code?: number; message?: string; errors?: Record<string, unknown> } | null;
}

let nextId = 0n;
/** A fresh snowflake (its time is now), as Discord makes interaction ids. */
const snowflake = () => String(((BigInt(Date.now()) - 1_420_070_400_000n) << 22n) + nextId++);

/** The fake Discord REST API over HTTP: what Discord refuses is refused, the rest accepted. */
describe("fake Discord REST rules", () => {
  let fake: FakeHttp & { apiBase: string };
  beforeAll(async () => {
    fake = await startFakeDiscord({ interactionDeadlineMs: 1000 });
    await fetch(`${fake.apiBase}/v10/gateway`); // a first request pays the client's start-up
  });
  afterAll(() => fake.close());

  async function call(method: string, path: string, body?: unknown): Promise<Answer> {
    const res = await fetch(`${fake.apiBase}/v10${path}`, {
      method,
      headers: { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Answer["body"]) : null };
  }
  const callback = (id: string, body: unknown) => call("POST", `/interactions/${id}/tok${id}/callback`, body);
  const channel = (body: unknown) => call("POST", "/channels/1400000000000000001/messages", body);
  const button = (over: Record<string, unknown> = {}) => ({
    type: 2,
    style: 1,
    label: "Book",
    custom_id: "b",
    ...over,
  });
  const row = (n: number, over: Record<string, unknown> = {}) => ({
    type: 1,
    components: Array.from({ length: n }, (_, i) => button({ custom_id: `b${i}`, ...over })),
  });
  const input = (over: Record<string, unknown> = {}) => ({
    type: 1,
    components: [{ type: 4, custom_id: "when", style: 1, label: "When", ...over }],
  });
  const modal = (over: Record<string, unknown> = {}) => ({
    type: 9,
    data: { custom_id: "form", title: "Book a class", components: [input()], ...over },
  });
  const invalid = (a: Answer) => ({ status: a.status, code: a.body?.code });

  it("an interaction takes one initial response: a second is 400 40060", async () => {
    const id = snowflake();
    noteInteraction(id);
    expect((await callback(id, { type: 5 })).status).toBe(204);
    expect(await callback(id, { type: 4, data: { content: "again" } })).toMatchObject({
      status: 400,
      body: { code: 40060, message: "Interaction has already been acknowledged." },
    });
  });

  it("an initial response after the deadline is 404 10062 Unknown interaction", async () => {
    const id = snowflake();
    noteInteraction(id);
    await new Promise((r) => setTimeout(r, 1100)); // past this fake's 1 s (Discord: 3 s)
    expect(await callback(id, { type: 5 })).toMatchObject({
      status: 404,
      body: { code: 10062, message: "Unknown interaction" },
    });
    // Not noted, its snowflake says when it was created.
    const old = String(((BigInt(Date.now() - 2000) - 1_420_070_400_000n) << 22n) + nextId++);
    expect((await callback(old, { type: 5 })).body?.code).toBe(10062);
  });

  it("message content is at most 2000 characters; an empty message is 50006", async () => {
    expect((await channel({ content: "x".repeat(2000) })).status).toBe(200);
    const a = await channel({ content: "x".repeat(2001) });
    expect(invalid(a)).toEqual({ status: 400, code: 50035 });
    expect(a.body?.message).toBe("Invalid Form Body");
    expect(a.body?.errors).toEqual({
      content: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH", message: "Must be 2000 or fewer in length." }] },
    });
    expect(invalid(await channel({}))).toEqual({ status: 400, code: 50006 });
    expect(invalid(await channel({ content: "" }))).toEqual({ status: 400, code: 50006 });
  });

  it("components: 5 rows, 5 buttons a row, custom_id 100, label 80 (with the field path)", async () => {
    expect(
      (await channel({ content: "c", components: Array.from({ length: 5 }, () => row(5)) })).status,
    ).toBe(200);
    expect(
      invalid(await channel({ content: "c", components: Array.from({ length: 6 }, () => row(1)) })),
    ).toEqual({
      status: 400,
      code: 50035,
    });
    expect(invalid(await channel({ content: "c", components: [row(6)] }))).toEqual({
      status: 400,
      code: 50035,
    });
    expect(invalid(await channel({ content: "c", components: [row(0)] }))).toEqual({
      status: 400,
      code: 50035,
    });
    expect(
      (await channel({ content: "c", components: [row(1, { custom_id: "x".repeat(100) })] })).status,
    ).toBe(200);
    const long = await channel({
      content: "c",
      components: [row(1), row(1, { custom_id: "x".repeat(101) })],
    });
    expect(long.body?.errors).toHaveProperty(["components", "1", "components", "0", "custom_id", "_errors"]);
    expect((await channel({ content: "c", components: [row(1, { label: "x".repeat(80) })] })).status).toBe(
      200,
    );
    const label = await channel({ content: "c", components: [row(1, { label: "x".repeat(81) })] });
    expect(label.body?.errors).toHaveProperty(["components", "0", "components", "0", "label", "_errors"]);
    // A link button has no custom_id; any other needs one.
    expect(
      (
        await channel({
          content: "c",
          components: [row(1, { style: 5, custom_id: undefined, url: "https://x" })],
        })
      ).status,
    ).toBe(200);
    expect(invalid(await channel({ content: "c", components: [row(1, { custom_id: undefined })] }))).toEqual({
      status: 400,
      code: 50035,
    });
  });

  it("the same limits in callbacks, follow-ups and @original edits", async () => {
    const id = snowflake();
    noteInteraction(id);
    const a = await callback(id, { type: 4, data: { content: "x".repeat(2001) } });
    expect(a.body?.errors).toHaveProperty(["data", "content", "_errors"]);
    // A refused answer is no answer: the interaction still takes a valid one.
    expect((await callback(id, { type: 4, data: { content: "ok" } })).status).toBe(204);
    const hook = `/webhooks/${FAKE_DISCORD_APP_ID}/tok${id}`;
    expect(invalid(await call("POST", hook, { content: "x".repeat(2001) }))).toEqual({
      status: 400,
      code: 50035,
    });
    expect(invalid(await call("PATCH", `${hook}/messages/@original`, { components: [row(6)] }))).toEqual({
      status: 400,
      code: 50035,
    });
    expect(
      (await call("PATCH", `${hook}/messages/@original`, { content: "done", components: [] })).status,
    ).toBe(200);
  });

  it("a modal: title 45, custom_id 100, 1-5 rows of one text input, input label 45", async () => {
    const ok = async (body: unknown) => {
      const id = snowflake();
      noteInteraction(id);
      return callback(id, body);
    };
    expect((await ok(modal())).status).toBe(204);
    expect((await ok(modal({ title: "x".repeat(45) }))).status).toBe(204);
    const title = await ok(modal({ title: "x".repeat(46) }));
    expect(invalid(title)).toEqual({ status: 400, code: 50035 });
    expect(title.body?.errors).toHaveProperty(["data", "title", "_errors"]);
    expect((await ok(modal({ components: Array.from({ length: 5 }, () => input()) }))).status).toBe(204);
    expect(invalid(await ok(modal({ components: Array.from({ length: 6 }, () => input()) })))).toEqual({
      status: 400,
      code: 50035,
    });
    expect(invalid(await ok(modal({ components: [] })))).toEqual({ status: 400, code: 50035 });
    expect((await ok(modal({ components: [input({ label: "x".repeat(45) })] }))).status).toBe(204);
    const label = await ok(modal({ components: [input({ label: "x".repeat(46) })] }));
    expect(label.body?.errors).toHaveProperty([
      "data",
      "components",
      "0",
      "components",
      "0",
      "label",
      "_errors",
    ]);
    expect(invalid(await ok(modal({ components: [input({ placeholder: "x".repeat(101) })] })))).toEqual({
      status: 400,
      code: 50035,
    });
    expect(invalid(await ok(modal({ custom_id: "x".repeat(101) })))).toEqual({ status: 400, code: 50035 });
    // Buttons do not belong in a modal.
    expect(invalid(await ok(modal({ components: [row(1)] })))).toEqual({ status: 400, code: 50035 });
  });
});
