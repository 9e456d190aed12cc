import { describe, expect, it } from "vitest";
import { onePerChannel } from "../../../src/notices/fan-out.ts";

describe("a channel hears each change once", () => {
  it("links of one channel (a training type and a schedule of it) collapse to the smallest link id", () => {
    const links = [
      { id: "l2", platform: "slack" as const, channelId: "C1" },
      { id: "l1", platform: "slack" as const, channelId: "C1" },
      { id: "l3", platform: "discord" as const, channelId: "C1" },
      { id: "l4", platform: "slack" as const, channelId: "C2" },
    ];
    expect(
      onePerChannel(links)
        .map((c) => c.id)
        .sort(),
    ).toEqual(["l1", "l3", "l4"]);
    expect(
      onePerChannel([...links].reverse())
        .map((c) => c.id)
        .sort(),
    ).toEqual(["l1", "l3", "l4"]);
  });
});
