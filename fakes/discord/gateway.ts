import { startFakeWsServer } from "../net/ws.ts";
import { noteInteraction } from "./rules.ts";

/**
 * A minimal local Discord gateway (JSON encoding, no compression): HELLO, heartbeat ACKs, READY
 * after IDENTIFY, then whatever dispatches a test sends. Enough for discord.js to log in and
 * receive INTERACTION_CREATE the way it does in production.
 */
export interface FakeGateway {
  url: string;
  /** Ops the client sent (2 = IDENTIFY, 1 = heartbeat, ...). */
  received: Array<{ op: number; d: unknown }>;
  identified: Promise<void>;
  /** Connections opened so far, and open now (a client that gave up has closed its socket). */
  opened(): number;
  open(): number;
  /** Sends a dispatch (op 0) with the next sequence number. */
  dispatch(t: string, d: object): void;
  close(): Promise<void>;
}

export async function startFakeGateway(ready: {
  userId: string;
  applicationId: string;
  /** While true, a new connection is accepted and then never greeted (no HELLO): a hung gateway. */
  hang?: () => boolean;
}): Promise<FakeGateway> {
  let opened = 0;
  const received: FakeGateway["received"] = [];
  let seq = 0;
  let resolveIdentified: () => void = () => {};
  const identified = new Promise<void>((r) => {
    resolveIdentified = r;
  });
  const server = await startFakeWsServer({
    onOpen: (peer) => {
      opened++;
      if (ready.hang?.()) return;
      peer.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    },
    onText: (peer, text) => {
      const packet = JSON.parse(text) as { op: number; d: unknown };
      received.push(packet);
      if (packet.op === 1) peer.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (packet.op !== 2) return;
      peer.send(
        JSON.stringify({
          op: 0,
          t: "READY",
          s: ++seq,
          d: {
            v: 10,
            user: {
              id: ready.userId,
              username: "studio-bot",
              discriminator: "0",
              global_name: null,
              avatar: null,
              bot: true,
              flags: 0,
            },
            guilds: [],
            session_id: "fake-session",
            resume_gateway_url: server.url,
            shard: [0, 1],
            application: { id: ready.applicationId, flags: 0 },
          },
        }),
      );
      resolveIdentified();
    },
  });
  return {
    url: server.url,
    received,
    identified,
    opened: () => opened,
    open: () => server.peers.size,
    dispatch(t, d) {
      // Discord's 3 s for the initial response starts when the interaction is created (sent).
      const id = (d as { id?: unknown }).id;
      if (t === "INTERACTION_CREATE" && typeof id === "string") noteInteraction(id);
      for (const p of server.peers) p.send(JSON.stringify({ op: 0, t, s: ++seq, d }));
    },
    close: () => server.close(),
  };
}
