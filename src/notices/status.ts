/** Queue health for an operator (served as JSON by the status endpoint). */
export interface NoticeStatus {
  mode: "redis" | "in-process";
  /** Per BullMQ queue: waiting, active, failed, delayed, completed (empty in-process). */
  queues: Record<string, Record<string, number>>;
  outbox: { unrelayed: number; oldestAgeMs: number | null };
  /** NoticeDelivery rows by status; "uncertain" ones need a look (see docs/notices.md). */
  deliveries: Record<string, number>;
}
