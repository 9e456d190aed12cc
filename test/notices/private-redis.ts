import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import { setTimeout as delay } from "node:timers/promises";

/** A free loopback port (so a private redis-server never touches the shared one on 6379). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

async function reachable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1");
    s.once("connect", () => {
      s.destroy();
      resolve(true);
    });
    s.once("error", () => resolve(false));
  });
}

/** A redis-server of this test's own, without persistence, that the test may stop and start. */
export function privateRedis(port: number): { url: string; start(): Promise<void>; stop(): Promise<void> } {
  let proc: ChildProcess | null = null;
  return {
    url: `redis://127.0.0.1:${port}`,
    async start() {
      proc = spawn(
        "redis-server",
        ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        { stdio: "ignore" },
      );
      for (let i = 0; i < 100 && !(await reachable(port)); i++) await delay(50);
    },
    async stop() {
      const p = proc;
      proc = null;
      if (!p || p.exitCode !== null) return;
      const exited = new Promise((resolve) => p.once("exit", resolve));
      p.kill("SIGKILL");
      await exited;
    },
  };
}
