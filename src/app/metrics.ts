import client from "prom-client";
import type { ChatSender } from "../ports/chat-sender.ts";
import { SendError } from "../ports/chat-sender.ts";
import type { EventObserver, HandledEvent } from "../ports/event-observer.ts";
import type { Logger } from "../ports/logger.ts";

/** What the scrape reads from the database and the pool at that moment (each may be absent or fail). */
export interface MetricSources {
  inboxBacklog?(): Promise<{ count: number; oldestAgeMs: number | null }>;
  outboxBacklog?(): Promise<{ count: number; oldestAgeMs: number | null }>;
  deliveriesByStatus?(): Promise<Record<string, number>>;
  pool?(): { total: number; idle: number; waiting: number } | null;
}

export interface AppMetrics {
  /** What the core and the inbox report to (and the one info line per handled event). */
  observer: EventObserver;
  /** Counts the 429s a platform answers to notices (the sender is otherwise unchanged). */
  countingRateLimits(sender: ChatSender): ChatSender;
  /** Where the scrape reads backlogs and the pool from, once the database is open. */
  setSources(sources: MetricSources): void;
  /** The Prometheus text exposition of every metric. */
  render(): Promise<{ contentType: string; body: string }>;
}

const seconds = (ms: number | null | undefined) => (ms == null ? 0 : ms / 1000);

/**
 * The app's metrics (GET /metrics, Prometheus text format, prom-client): events received and handled
 * by platform and outcome, the handling latency, the inbox and outbox backlogs, notice deliveries by
 * status, 429s by platform, the database pool, and prom-client's default process metrics. Each app
 * gets a registry of its own (tests start several). `log` gets one info line per handled event.
 */
export function createAppMetrics(log: Logger): AppMetrics {
  const register = new client.Registry();
  client.collectDefaultMetrics({ register });
  let sources: MetricSources = {};

  const received = new client.Counter({
    name: "chat_events_received_total",
    help: "Events offered to the inbox, by platform; fresh=false: a redelivery of one recorded before",
    labelNames: ["platform", "fresh"] as const,
    registers: [register],
  });
  const handled = new client.Counter({
    name: "chat_events_handled_total",
    help: "Events the chat core finished handling (each attempt), by platform and outcome",
    labelNames: ["platform", "outcome"] as const,
    registers: [register],
  });
  const latency = new client.Histogram({
    name: "chat_event_handling_seconds",
    help: "Time the chat core took to handle one event, by platform",
    labelNames: ["platform"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [register],
  });
  const rateLimited = new client.Counter({
    name: "platform_rate_limited_total",
    help: "Sends a platform refused with 429 (rate limited), by platform",
    labelNames: ["platform"] as const,
    registers: [register],
  });
  const backlogGauge = (name: string, help: string, read: () => MetricSources[keyof MetricSources]) =>
    new client.Gauge({
      name,
      help,
      registers: [register],
      async collect() {
        const r = read() as (() => Promise<{ count: number; oldestAgeMs: number | null }>) | undefined;
        if (!r) return;
        const b = await r().catch(() => null);
        if (b) this.set(name.endsWith("_seconds") ? seconds(b.oldestAgeMs) : b.count);
      },
    });
  backlogGauge("inbox_backlog", "Inbox events recorded and not yet done", () => sources.inboxBacklog);
  backlogGauge(
    "inbox_oldest_age_seconds",
    "Age of the oldest inbox event not yet done (0: none)",
    () => sources.inboxBacklog,
  );
  backlogGauge("notice_outbox_backlog", "Outbox events not yet relayed", () => sources.outboxBacklog);
  backlogGauge(
    "notice_outbox_oldest_age_seconds",
    "Age of the oldest outbox event not yet relayed (0: none)",
    () => sources.outboxBacklog,
  );
  new client.Gauge({
    name: "notice_deliveries",
    help: "Notice deliveries by status",
    labelNames: ["status"] as const,
    registers: [register],
    async collect() {
      const counts = await sources.deliveriesByStatus?.().catch(() => null);
      if (!counts) return;
      this.reset();
      for (const [status, n] of Object.entries(counts)) this.set({ status }, n);
    },
  });
  new client.Gauge({
    name: "db_pool_connections",
    help: "PostgreSQL pool connections: in_use, idle, and waiting (checkouts queued for a connection)",
    labelNames: ["state"] as const,
    registers: [register],
    collect() {
      const p = sources.pool?.();
      if (!p) return;
      this.set({ state: "in_use" }, p.total - p.idle);
      this.set({ state: "idle" }, p.idle);
      this.set({ state: "waiting" }, p.waiting);
    },
  });

  const observer: EventObserver = {
    received(platform, fresh) {
      received.inc({ platform, fresh: String(fresh) });
    },
    handled(e: HandledEvent) {
      handled.inc({ platform: e.platform, outcome: e.outcome });
      latency.observe({ platform: e.platform }, e.ms / 1000);
      log.info(
        { platform: e.platform, kind: e.kind, intent: e.intent, outcome: e.outcome, ms: Math.round(e.ms) },
        "event handled",
      );
    },
  };

  return {
    observer,
    countingRateLimits(sender) {
      return {
        platform: sender.platform,
        async send(target, reply, key) {
          try {
            return await sender.send(target, reply, key);
          } catch (err) {
            if (err instanceof SendError && err.kind === "rate_limited")
              rateLimited.inc({ platform: sender.platform });
            throw err;
          }
        },
      };
    },
    setSources(s) {
      sources = s;
    },
    async render() {
      return { contentType: register.contentType, body: await register.metrics() };
    },
  };
}
