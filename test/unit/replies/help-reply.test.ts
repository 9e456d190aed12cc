import { describe, expect, it } from "vitest";
import { lineText, type Reply } from "../../../src/ports/chat.ts";
import { helpReply, unknownReply } from "../../../src/replies/help-reply.ts";

const text = (r: Reply) =>
  [
    ...r.lines.map(lineText),
    ...(r.sections ?? []).flatMap((s) => [s.heading ?? "", ...s.lines.map(lineText)]),
  ].join("\n");

describe("help lists the studio commands to admins only, on every platform", () => {
  it.each(["telegram", "console", "slack", "discord"])("on %s", (platform) => {
    const admin = text(helpReply("admin", undefined, false, platform));
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
      const other = text(helpReply(role, undefined, false, platform));
      expect(other).not.toMatch(
        /Studio \(admins\)|\/staff|\/settings|\/catalog|\/passtype|\/type add|\/space add/,
      );
    }
    expect(text(unknownReply("admin", platform))).toContain("/template add");
    expect(text(unknownReply("member", platform))).not.toContain("/template add");
  });

  it("says how each platform types them and what a command without details does", () => {
    expect(text(helpReply("admin", undefined, false, "slack"))).toMatch(/after \/book .*a form opens/);
    expect(text(helpReply("admin", undefined, false, "discord"))).toMatch(/under \/trainer .*a form opens/);
    expect(text(helpReply("admin", undefined, false, "telegram"))).toMatch(
      /I ask field by field; cancel stops/,
    );
    expect(text(helpReply("admin", undefined, false, "console"))).toMatch(
      /I ask field by field; cancel stops/,
    );
  });
});
