import { App, HTTPReceiver, LogLevel } from "@slack/bolt";
import { describe, expect, it, vi } from "vitest";
import { boltLogger } from "../../../adapters/slack/bolt-logger.ts";
import { memoryLog } from "../../chat/harness.ts";

describe("Bolt's logs go through the app's logger (one JSON stream)", () => {
  it("a Bolt app built as the adapter builds it logs into the app's logger, not the console, at Bolt's level", async () => {
    const log = memoryLog();
    const consoleSpies = (["log", "info", "warn", "error", "debug"] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => undefined),
    );
    try {
      const app = new App({
        token: "xoxb-test",
        receiver: new HTTPReceiver({ signingSecret: "s", logger: boltLogger(log), logLevel: LogLevel.WARN }),
        logger: boltLogger(log),
        logLevel: LogLevel.WARN,
      });
      app.logger.warn("socket closed", { code: 1006 });
      app.logger.error(new Error("boom"));
      app.logger.info("routine");
      app.logger.debug("noise");
      expect(log.entries.map((e) => [e.level, e.msg])).toEqual([
        ["warn", 'slack: socket closed {"code":1006}'],
        ["error", "slack: boom"],
      ]);
      for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
      app.logger.setLevel(LogLevel.DEBUG);
      app.logger.debug("now shown");
      expect(log.entries.at(-1)).toMatchObject({ level: "debug", msg: "slack: now shown" });
    } finally {
      for (const spy of consoleSpies) spy.mockRestore();
    }
  });
});
