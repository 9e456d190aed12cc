import fs from "node:fs";

/**
 * CPU time the whole machine has spent busy so far (every core, every process: the bot, PostgreSQL,
 * the fake platform and the driver alike), in ms, from Linux's /proc/stat; null elsewhere. Two
 * readings around a measured window give what the window cost, whatever the throughput was.
 */
export function machineBusyMs(): number | null {
  try {
    const line = fs.readFileSync("/proc/stat", "utf8").split("\n", 1)[0] ?? "";
    const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
    const ticks = [user, nice, system, irq, softirq, steal].reduce<number>((a, b) => a + (b ?? 0), 0);
    return Number.isFinite(ticks) ? ticks * 10 : null; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/** ms of machine CPU per item between two readings, as text ("n/a" off Linux). */
export function cpuPer(busyMs: number | null, items: number): string {
  return busyMs === null || items === 0 ? "n/a" : (busyMs / items).toFixed(2);
}
