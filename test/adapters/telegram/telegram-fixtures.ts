import { afterEach, expect } from "vitest";
import { startTelegram, type TelegramAdapter } from "../../../adapters/telegram/start.ts";
import type { FakeResponse, RecordedRequest } from "../../../fakes/net/http.ts";
import {
  FAKE_TELEGRAM_TOKEN,
  type FakeTelegram,
  startFakeTelegram,
} from "../../../fakes/telegram/bot-api.ts";
import type { IncomingEvent, Reply } from "../../../src/ports/chat.ts";
import { createCaptureLog } from "../support/capture-log.ts";
import { createRecordingCore, type RecordingCore } from "../support/fake-core.ts";
import { createMemoryInbox } from "../support/memory-inbox.ts";

export const ann = {
  id: 111222333,
  is_bot: false,
  first_name: "Ann <b>&",
  last_name: "Lee",
  username: "ann_lee",
  language_code: "en",
};
export const group = { id: -1001234567890, title: "Studio <Yoga>", type: "supergroup" };
export const dm = {
  id: 111222333,
  first_name: "Ann <b>&",
  last_name: "Lee",
  username: "ann_lee",
  type: "private",
};

export const booked: Reply = {
  visibility: "public",
  title: "Yoga <Flow> & more",
  lines: [
    [
      "Starts ",
      { time: new Date("2026-11-22T07:00:00Z"), style: "datetime", text: "Sun 22 Nov 2026, 08:00" },
    ],
  ],
  buttons: [
    [
      { label: "Cancel", data: "c:bk_1" },
      { label: "My bookings", data: "l:bk" },
    ],
  ],
};

export interface TelegramRig {
  fake: FakeTelegram;
  core: RecordingCore;
  adapter: TelegramAdapter;
  inbox: ReturnType<typeof createMemoryInbox>;
  log: ReturnType<typeof createCaptureLog>;
  boot(
    replies: Reply[] | ((e: IncomingEvent) => Reply[]),
    opts?: {
      webhook?: { url: string; secret: string };
      override?: (r: RecordedRequest, method: string) => FakeResponse | undefined;
    },
  ): Promise<void>;
}

/**
 * One rig per test: the real grammY bot polling (or on a webhook) against a fake Bot API, taking
 * updates through the inbox as in production (an in-memory one).
 */
export function useTelegramRig(): TelegramRig {
  const rig = {
    async boot(replies, opts = {}) {
      rig.log = createCaptureLog();
      rig.fake = await startFakeTelegram(opts.override ? { override: opts.override } : {});
      rig.core = createRecordingCore(replies);
      rig.inbox = createMemoryInbox(rig.log);
      rig.adapter = await startTelegram(
        {
          token: FAKE_TELEGRAM_TOKEN,
          apiRoot: rig.fake.url,
          ...(opts.webhook ? { webhook: opts.webhook } : {}),
        },
        rig.core,
        rig.log,
        rig.inbox,
      );
    },
  } as TelegramRig;
  afterEach(async () => {
    await rig.adapter?.stop();
    await rig.fake?.close();
    expect(rig.log?.errors ?? []).toEqual([]);
  });
  return rig;
}
