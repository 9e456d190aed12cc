import { createHash } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";

/**
 * A minimal local WebSocket server (RFC 6455 text frames, no extensions) for fake platform
 * sockets: the Discord gateway and Slack Socket Mode. Hand-rolled so no WebSocket package is needed
 * (none is a direct dependency).
 */
export interface WsPeer {
  send(text: string): void;
  close(): void;
}

export interface FakeWsServer {
  url: string;
  peers: Set<WsPeer>;
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

export async function startFakeWsServer(handlers: {
  onOpen(peer: WsPeer, req: IncomingMessage): void;
  onText(peer: WsPeer, text: string): void;
}): Promise<FakeWsServer> {
  const peers = new Set<WsPeer>();
  const sockets = new Set<Duplex>();
  const server = createServer((_req, res) => res.writeHead(426).end());
  server.on("upgrade", (req: IncomingMessage, socket: Duplex) => {
    const key = String(req.headers["sec-websocket-key"] ?? "");
    const accept = createHash("sha1")
      .update(key + GUID)
      .digest("base64");
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    const peer: WsPeer = {
      send: (text) => socket.write(frame(text)),
      close: () => socket.end(Buffer.from([0x88, 0])),
    };
    sockets.add(socket);
    peers.add(peer);
    const drop = () => {
      sockets.delete(socket);
      peers.delete(peer);
    };
    socket.on("close", drop);
    socket.on("error", drop);
    let pending: Buffer = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      const { frames, rest } = parseFrames(Buffer.concat([pending, chunk]));
      pending = rest;
      for (const f of frames) {
        // Close: echo the status code back, as RFC 6455 asks, then end the TCP stream.
        if (f.opcode === 8) socket.end(Buffer.concat([Buffer.from([0x88, f.data.length]), f.data]));
        // Ping -> pong with the same payload.
        else if (f.opcode === 9) socket.write(Buffer.concat([Buffer.from([0x8a, f.data.length]), f.data]));
        else if (f.opcode === 1) handlers.onText(peer, f.data.toString("utf8"));
      }
    });
    handlers.onOpen(peer, req);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    peers,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
