import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freeLoopbackPort } from "./private-postgres.ts";

/** Debian's pgbouncer binary, or null when it is not installed (`apt-get install pgbouncer`). */
export function pgbouncerBinary(): string | null {
  for (const candidate of ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer", "/usr/local/bin/pgbouncer"]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  try {
    return execFileSync("sh", ["-c", "command -v pgbouncer"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

export interface RunningPgBouncer {
  port: number;
  /** The server URL with pgbouncer's port instead of PostgreSQL's (same user, same database name). */
  urlFor(serverUrl: string): string;
  log(): string;
  stop(): Promise<void>;
}

/**
 * A pgbouncer of the test's own on a free loopback port, forwarding every database to `server`
 * (host:port) in the given pool mode, trust authentication, `poolSize` server connections per
 * database and user. As root it drops to the `postgres` OS user (pgbouncer refuses to run as root).
 */
export async function startPgBouncer(opts: {
  binary: string;
  server: { host: string; port: number };
  poolMode: "session" | "transaction";
  poolSize: number;
  user: string;
  /** Only these databases (as a production pgbouncer.ini lists them); unset: every database (`*`). */
  databases?: string[];
}): Promise<RunningPgBouncer> {
  const port = await freeLoopbackPort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pgbouncer-"));
  fs.chmodSync(dir, 0o777);
  const version = /(\d+)\.(\d+)/.exec(execFileSync(opts.binary, ["--version"], { encoding: "utf8" }));
  // From 1.21 pgbouncer can track protocol-level prepared statements itself; switched off here so
  // the test sees what a pgbouncer that does not (Debian 12's 1.18, or this setting at 0) does.
  const tracksPrepared = version && (Number(version[1]) > 1 || Number(version[2]) >= 21);
  fs.writeFileSync(path.join(dir, "userlist.txt"), `"${opts.user}" ""\n`);
  fs.writeFileSync(
    path.join(dir, "pgbouncer.ini"),
    [
      "[databases]",
      ...(opts.databases ?? ["*"]).map((d) => `${d} = host=${opts.server.host} port=${opts.server.port}`),
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      "unix_socket_dir =",
      "auth_type = trust",
      `auth_file = ${path.join(dir, "userlist.txt")}`,
      `pool_mode = ${opts.poolMode}`,
      `default_pool_size = ${opts.poolSize}`,
      "max_client_conn = 200",
      "ignore_startup_parameters = extra_float_digits,options",
      `logfile = ${path.join(dir, "pgbouncer.log")}`,
      ...(tracksPrepared ? ["max_prepared_statements = 0"] : []),
      "",
    ].join("\n"),
  );
  const asRoot = process.getuid?.() === 0;
  const child: ChildProcess = spawn(
    opts.binary,
    [...(asRoot ? ["-u", "postgres"] : []), path.join(dir, "pgbouncer.ini")],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (b: Buffer) => {
    stderr += b.toString();
  });
  const log = () => {
    const file = path.join(dir, "pgbouncer.log");
    return `${stderr}${fs.existsSync(file) ? fs.readFileSync(file, "utf8") : ""}`;
  };
  await waitForPort(port, child, log);
  return {
    port,
    urlFor(serverUrl) {
      const u = new URL(serverUrl);
      u.hostname = "127.0.0.1";
      u.port = String(port);
      return u.toString();
    },
    log,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGINT");
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pgbouncer exited (${child.exitCode}):\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, "127.0.0.1");
      s.once("connect", () => {
        s.destroy();
        resolve(true);
      });
      s.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`pgbouncer did not listen on ${port} within 10 s:\n${log()}`);
}
