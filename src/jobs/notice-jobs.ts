import { z } from "zod";

/** Job names and payloads of the notice queues. Payloads carry ids only; workers load the rest. */
export const OUTBOX_JOB = "outbox";
export const DELIVERY_JOB = "deliver";
export const REMINDER_SCAN_JOB = "reminder-scan";
export const DAILY_SCAN_JOB = "daily-scan";

// BullMQ job ids may not contain ':'; ours are built from ids and '-' only.
const jobSafe = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, "job ids hold only A-Z, a-z, 0-9, _ and -");

export const OutboxJobSchema = z.object({ outboxId: z.string().regex(/^\d+$/, "outboxId is a decimal id") });
export const DeliveryJobSchema = z.object({ key: jobSafe });
export const ScanJobSchema = z.object({}).strict();

export type OutboxJob = z.infer<typeof OutboxJobSchema>;
export type DeliveryJob = z.infer<typeof DeliveryJobSchema>;

/** Deterministic: relaying one outbox row twice yields one job. */
export const outboxJobId = (outboxId: bigint): string => `outbox-${outboxId}`;

/** Delivery keys (also their job ids): derived from what they announce and to whom. */
export const deliveryKeys = {
  outboxPerson: (outboxId: bigint, personId: string) => `n-${outboxId}-p-${personId}`,
  outboxChannel: (outboxId: bigint, channelLinkId: string) => `n-${outboxId}-c-${channelLinkId}`,
  /** A moved session gets a new reminder: the start instant is part of the key. */
  reminder: (bookingId: string, startsAt: Date) => `r-${bookingId}-${startsAt.getTime()}`,
  /** At most one daily warning per schedule, recipient and local date. */
  dailyNoPass: (scheduleId: string, localDate: string, personId: string) =>
    `d-${scheduleId}-${localDate.replace(/-/g, "")}-p-${personId}`,
};

/** Reads the start instant back out of a reminder key (null when it is not one). */
export function reminderStartOf(key: string): number | null {
  const m = /^r-.+-(\d+)$/.exec(key);
  return m?.[1] ? Number(m[1]) : null;
}
