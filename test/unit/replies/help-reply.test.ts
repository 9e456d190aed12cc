import { describe, expect, it } from "vitest";
import { lineText, type Reply } from "../../../src/ports/chat.ts";
import { helpReply, unknownReply } from "../../../src/replies/help-reply.ts";
import { appPlatforms } from "../../support/platforms.ts";

const on = (platform: string) => appPlatforms.of(platform);

const text = (r: Reply) =>
  [
    ...r.lines.map(lineText),
    ...(r.sections ?? []).flatMap((s) => [s.heading ?? "", ...s.lines.map(lineText)]),
  ].join("\n");

describe("help lists the studio commands to admins only, on every platform", () => {
  it.each(["telegram", "console", "slack", "discord"])("on %s", (platform) => {
    const admin = text(helpReply("admin", undefined, false, on(platform)));
    for (const cmd of [
      "/staff add",
      "/settings",
      "/catalog",
      "/type add",
      "/space add",
      "/template add",
      "/schedule add",
      "/passtype add",
    ])
      expect(admin).toContain(cmd);
    for (const role of ["trainer", "member", null] as const) {
      const other = text(helpReply(role, undefined, false, on(platform)));
      expect(other).not.toMatch(
        /Studio \(admins\)|\/staff|\/settings|\/catalog|\/passtype|\/type add|\/space add/,
      );
    }
    expect(text(unknownReply("admin", on(platform)))).toContain("/template add");
    expect(text(unknownReply("member", on(platform)))).not.toContain("/template add");
  });

  it("words each platform's command style as before, from its declared capabilities", () => {
    expect(text(helpReply("admin", undefined, false, on("slack")))).toContain(
      "On Slack type them after /book (/book staff add @sam trainer); without details (/book template add) a form opens.",
    );
    expect(text(helpReply("admin", undefined, false, on("discord")))).toContain(
      "/template and /schedule are under /trainer (/trainer template add …); without details a form opens.",
    );
    // A platform nobody registered is asked field by field, like any platform without modals.
    expect(text(helpReply("admin", undefined, false, on("carrier-pigeon")))).toMatch(/I ask field by field/);
  });

  it("says how each platform types them and what a command without details does", () => {
    expect(text(helpReply("admin", undefined, false, on("slack")))).toMatch(/after \/book .*a form opens/);
    expect(text(helpReply("admin", undefined, false, on("discord")))).toMatch(
      /under \/trainer .*a form opens/,
    );
    expect(text(helpReply("admin", undefined, false, on("telegram")))).toMatch(
      /I ask field by field; cancel stops/,
    );
    expect(text(helpReply("admin", undefined, false, on("console")))).toMatch(
      /I ask field by field; cancel stops/,
    );
  });
});
