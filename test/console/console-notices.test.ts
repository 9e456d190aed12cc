import { describe, expect, it } from "vitest";
import { createConsoleChat } from "../../adapters/console/console-chat.ts";
import { createConsoleSender } from "../../adapters/console/console-sender.ts";
import { startConsoleCalendar } from "../../src/app/console-calendar.ts";
import type { Reply } from "../../src/ports/chat.ts";

let key = 0;
const notice = (text: string): Reply => ({ visibility: "private", lines: [text] });

/** Issue 25, item 8: the console shows the person you talk as their own notices, and a calendar link that opens. */
describe("the console's notices", () => {
  it("shows direct notices only to the person talking; others' wait until you talk as them", async () => {
    let out = "";
    const sender = createConsoleSender((t) => {
      out += t;
    });
    const chat = createConsoleChat(async () => [notice("ok")], { notices: sender.notices });
    // The demo's setup traffic: notices to Ada and Noor while Maria talks.
    await sender.send(
      { kind: "direct", platform: "console", platformUserId: "ada" },
      notice("No pass linked"),
      `k${++key}`,
    );
    await sender.send(
      { kind: "direct", platform: "console", platformUserId: "noor" },
      notice("New pass for Noor"),
      `k${++key}`,
    );
    await sender.send(
      { kind: "direct", platform: "console", platformUserId: "maria" },
      notice("New pass for Maria"),
      `k${++key}`,
    );
    await sender.send(
      { kind: "channel", platform: "console", channelId: "console" },
      notice("Spin moved"),
      `k${++key}`,
    );
    expect(out).toContain("New pass for Maria");
    expect(out).toContain("Spin moved");
    expect(out).not.toContain("No pass linked");
    expect(out).not.toContain("New pass for Noor");

    const switched = await chat.say("Maria", "/as Ada");
    expect(switched).toMatch(
      /^\(now talking as Ada\)\n\(1 notice for Ada while you talked as someone else\)/,
    );
    expect(switched).toContain("No pass linked");
    expect(await chat.say("Ada", "/as Ada")).toBe("(now talking as Ada)");
    // Now Ada's come straight to the terminal, Maria's wait.
    out = "";
    await sender.send(
      { kind: "direct", platform: "console", platformUserId: "ada" },
      notice("Request from Sam"),
      `k${++key}`,
    );
    await sender.send(
      { kind: "direct", platform: "console", platformUserId: "maria" },
      notice("Promoted"),
      `k${++key}`,
    );
    expect(out).toContain("Request from Sam");
    expect(out).not.toContain("Promoted");
    // A script line said by someone else talks as them too.
    await chat.say("Maria", "my bookings");
    out = "";
    await sender.send(
      { kind: "direct", platform: "console", platformUserId: "maria" },
      notice("Reminder"),
      `k${++key}`,
    );
    expect(out).toContain("Reminder");
  });

  it("serves calendar links on localhost when no PUBLIC_URL is set", async () => {
    const cal = await startConsoleCalendar(0, true);
    try {
      expect(cal.publicUrl).toMatch(/^http:\/\/localhost:\d+$/);
      cal.serve(async (req, res) => {
        if (!req.url?.startsWith("/calendar/")) return false;
        res.writeHead(200, { "content-type": "text/calendar" }).end("BEGIN:VCALENDAR\nEND:VCALENDAR\n");
        return true;
      });
      const res = await fetch(`${cal.publicUrl}/calendar/abc.ics`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("BEGIN:VCALENDAR");
    } finally {
      await cal.close();
    }
  });
});
