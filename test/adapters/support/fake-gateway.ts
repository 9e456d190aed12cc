import { createHash } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";

/**
 * A minimal local Discord gateway (WebSocket, JSON encoding, no compression): HELLO, heartbeat ACKs,
 * READY after IDENTIFY, then whatever dispatches a test sends. Enough for discord.js to log in and
 * receive INTERACTION_CREATE the way it does in production. Hand-rolled RFC 6455 framing, so no
 * WebSocket package is needed (none is a direct dependency).
 */
export interface FakeGateway {
  url: string;
  /** Ops the client sent (2 = IDENTIFY, 1 = heartbeat, ...). */
  received: Array<{ op: number; d: unknown }>;
  identified: Promise<void>;
  /** Sends a dispatch (op 0) with the next sequence number. */
  dispatch(t: string, d: object): void;
  close(): Promise<void>;
}

const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

function frame(text: string): Buffer {
  const payload = Buffer.from(text, "utf8");
  const len = payload.length;
  const head = len < 126 ? Buffer.from([0x81, len]) : len < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (len >= 126 && len < 65536) {
    head[0] = 0x81;
    head[1] = 126;
    head.writeUInt16BE(len, 2);
  } else if (len >= 65536) {
    head[0] = 0x81;
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(len), 2);
  }
  return Buffer.concat([head, payload]);
}

/** Parses complete client frames (always masked) from `buf`; returns them and the unread rest. */
function parseFrames(buf: Buffer): { frames: Array<{ opcode: number; data: Buffer }>; rest: Buffer } {
  const frames: Array<{ opcode: number; data: Buffer }> = [];
  let at = 0;
  while (buf.length - at >= 2) {
    const b0 = buf[at] ?? 0;
    const b1 = buf[at + 1] ?? 0;
    let len = b1 & 0x7f;
    let off = at + 2;
    if (len === 126) {
      if (buf.length < off + 2) break;
      len = buf.readUInt16BE(off);
      off += 2;
    } else if (len === 127) {
      if (buf.length < off + 8) break;
      len = Number(buf.readBigUInt64BE(off));
      off += 8;
    }
    const masked = (b1 & 0x80) !== 0;
    const maskEnd = off + (masked ? 4 : 0);
    if (buf.length < maskEnd + len) break;
    const data = Buffer.from(buf.subarray(maskEnd, maskEnd + len));
    if (masked) for (let i = 0; i < data.length; i++) data[i] = (data[i] ?? 0) ^ (buf[off + (i % 4)] ?? 0);
    frames.push({ opcode: b0 & 0x0f, data });
    at = maskEnd + len;
  }
  return { frames, rest: buf.subarray(at) };
}

export async function startFakeGateway(ready: {
  userId: string;
  applicationId: string;
}): Promise<FakeGateway> {
  const sockets = new Set<Duplex>();
  const received: FakeGateway["received"] = [];
  let seq = 0;
  let resolveIdentified: () => void = () => {};
  const identified = new Promise<void>((r) => {
    resolveIdentified = r;
  });
  const server = createServer((_req, res) => res.writeHead(426).end());
  const send = (socket: Duplex, packet: object) => socket.write(frame(JSON.stringify(packet)));
  server.on("upgrade", (req: IncomingMessage, socket: Duplex) => {
    const key = String(req.headers["sec-websocket-key"] ?? "");
    const accept = createHash("sha1")
      .update(key + GUID)
      .digest("base64");
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => sockets.delete(socket));
    send(socket, { op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null });
    let pending: Buffer = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      const { frames, rest } = parseFrames(Buffer.concat([pending, chunk]));
      pending = rest;
      for (const f of frames) {
        if (f.opcode === 8) {
          socket.end(Buffer.from([0x88, 0]));
          continue;
        }
        if (f.opcode === 9) socket.write(Buffer.from([0x8a, 0]));
        if (f.opcode !== 1) continue;
        const packet = JSON.parse(f.data.toString("utf8")) as { op: number; d: unknown };
        received.push(packet);
        if (packet.op === 1) send(socket, { op: 11, d: null, s: null, t: null });
        if (packet.op === 2) {
          send(socket, {
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
              resume_gateway_url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
              shard: [0, 1],
              application: { id: ready.applicationId, flags: 0 },
            },
          });
          resolveIdentified();
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    received,
    identified,
    dispatch(t, d) {
      for (const s of sockets) send(s, { op: 0, t, s: ++seq, d });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
