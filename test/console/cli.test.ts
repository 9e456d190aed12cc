import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

/** Runs `src/app/main.ts` as `npm start` does, with no platform tokens and a clean environment. */
function start(args: string[], input: string, env: Record<string, string> = {}) {
  return spawnSync(TSX, ["src/app/main.ts", ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    timeout: 90_000,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", TZ: "Pacific/Auckland", ...env },
  });
}

describe("npm start (the composition root) in script mode", () => {
  it("seeds a fresh embedded database and prints a reproducible transcript", () => {
    // Morning Flow, Pilates Core and Spin tomorrow: button 5 is "Book Spin ..." (Book and Details each).
    const script = "Maria: sessions tomorrow\nMaria: 5\nMaria: 1\nMaria: my bookings\n";
    const run = () => start(["--script", "--now", "2026-11-23T08:00:00Z", "--data", "memory://"], script);
    const first = run();
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(
      "> Maria: sessions tomorrow\n== Sessions ==\n1. Morning Flow, Tue 24 Nov 2026, 07:00 with Tara in Studio A · 12 spots left\n2. Pilates Core, Tue 24 Nov 2026, 12:00 with Tara in Studio A · 8 spots left",
    );
    expect(first.stdout).toContain("Which pass for Spin, Tue 24 Nov 2026, 18:00");
    expect(first.stdout).toContain(
      "Booked: Spin, Tue 24 Nov 2026, 18:00 with Sam in Spin Room\nUnlimited Month: 29 sessions left.",
    );
    expect(first.stdout).toContain(
      "== Upcoming bookings ==\n1 booked.\n-- Booked\n   Confirmed: Spin, Tue 24 Nov 2026, 18:00",
    );
    // The same script on a fresh database prints the same transcript.
    expect(run().stdout).toBe(first.stdout);
    // A hang guard for two cold starts (each bounded by spawnSync's 90 s), not a speed target.
  }, 200_000);

  it("stops with one line per bad setting and exit code 1", () => {
    const r = start(["--script"], "", { DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toContain(
      "DATABASE_URL: DATABASE_URL must start with postgresql:// (leave it unset for the embedded database)",
    );
    expect(lines.some((l) => l.startsWith("LOG_LEVEL: "))).toBe(true);
    expect(r.stdout).toBe("");
  });

  it("refuses a bad --now with a clear line", () => {
    const r = start(["--script", "--now", "tomorrow"], "");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("--now must be an ISO time with a zone");
  });
});
