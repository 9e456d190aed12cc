import { it } from "vitest";
import { createTestPgliteDatabase } from "../support/test-db.ts";
import { buildDemo, textOf } from "./harness.ts";
it("x", async () => {
  const db = await createTestPgliteDatabase();
  const demo = await buildDemo(db.prisma);
  const say = async (w: string, s: string) => console.log(">", w, s, "\n", textOf(await demo.chat.say(w, s)));
  await say("Maria", "book spin tuesday 18:00");
  await say("Leo", "book spin tuesday 18:00");
  await say("Kim", "book spin tuesday 18:00");
  await say("Sam", "/override spin tue 18:00 | to 19:00");
  await say("Sam", "/override spin tue 18:00 | capacity 3");
  await say("Sam", "/override spin tue 18:00 | capacity 1");
  await say("Sam", "/override spin tue 18:00 | space Studio A");
  await say("Tara", "/override spin wed 18:00 | to 19:00");
  await say("Sam", "/override spin wed 18:00 | to 19:00");
  await db.drop();
}, 120000);
