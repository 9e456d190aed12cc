import { execFile } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

/** A free loopback port, so a private server never touches the shared one. */
export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface PrivatePostgres {
  /** Server URL (database `postgres`); superuser `root`, trust authentication, loopback only. */
  url: string;
  port: number;
  start(): Promise<void>;
  /** `fast` rolls back open transactions and disconnects (57P01); `immediate` is a crash. */
  stop(mode?: "fast" | "immediate"): Promise<void>;
  restart(mode?: "fast" | "immediate"): Promise<void>;
  /** pg_terminate_backend on every other connection to `database`; returns how many were ended. */
  terminateConnections(database: string): Promise<number>;
  /** Stops the server (immediate) and removes its data folder. */
  destroy(): Promise<void>;
}

/**
 * A PostgreSQL server of the test's own (initdb + pg_ctl in a temp folder, a free port), which a
 * fault test may stop, crash, restart and cut connections of. The shared server is never touched.
 * initdb refuses to run as root, so as root the server runs as the `postgres` OS user.
 */
export async function privatePostgres(): Promise<PrivatePostgres> {
  const port = await freeLoopbackPort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "private-pg-"));
  const data = path.join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  if (asRoot) fs.chownSync(dir, Number((await run("id", ["-u", "postgres"])).stdout.trim()), -1);
  const as = (cmd: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", cmd, ...args]) : run(cmd, args);
  await as("initdb", ["-D", data, "-U", "root", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses=127.0.0.1",
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=60",
  ].join(" ");
  const url = `postgresql://root@127.0.0.1:${port}/postgres`;
  let running = false;

  const server: PrivatePostgres = {
    url,
    port,
    async start() {
      await as("pg_ctl", ["-D", data, "-w", "-t", "30", "-l", path.join(dir, "log"), "-o", options, "start"]);
      running = true;
    },
    async stop(mode = "fast") {
      if (!running) return;
      running = false;
      await as("pg_ctl", ["-D", data, "-w", "-t", "30", "-m", mode, "stop"]);
    },
    async restart(mode = "fast") {
      await server.stop(mode);
      await server.start();
    },
    async terminateConnections(database) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        const r = await admin.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
          [database],
        );
        return r.rowCount ?? 0;
      } finally {
        await admin.end();
      }
    },
    async destroy() {
      await server.stop("immediate").catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}
