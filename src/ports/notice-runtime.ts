/**
 * The notices' runtime as the app sees it: what runs the relay, the fan-outs and the sends. Two
 * implementations share src/notices' one relay, processors and retry policy: BullMQ queues and
 * workers (src/infra/queue, with Redis) and the in-process runner (src/notices/in-process.ts).
 */
export interface NoticeRuntime {
  /** Stops polling, lets running jobs finish, closes connections. Call it on SIGTERM. */
  stop(): Promise<void>;
  status(): Promise<NoticeStatus>;
  /** Polls the outbox now instead of at the next tick. */
  kick(): void;
}

/** Queue health for an operator (served as JSON by the status endpoint). */
export interface NoticeStatus {
  mode: "redis" | "in-process";
  /** Per BullMQ queue: waiting, active, failed, delayed, completed (empty in-process). */
  queues: Record<string, Record<string, number>>;
  outbox: { unrelayed: number; oldestAgeMs: number | null };
  /** NoticeDelivery rows by status; "uncertain" ones need a look (see docs/notices.md). */
  deliveries: Record<string, number>;
}
