/**
 * npm run notices:uncertain -- list
 * npm run notices:uncertain -- resend <key>... --by <operator>
 *
 * Uncertain deliveries (docs/notices.md, guarantee 5) after a human decided: `list` prints them,
 * `resend` puts the chosen ones back to "pending" (only if still uncertain) and, with REDIS_URL, queues
 * a fresh job for each (the first job's id is kept by BullMQ for a day); without Redis the in-process
 * runner picks pending rows up by itself. Uses DATABASE_URL (or the embedded DATA_DIR).
 */
import { Queue } from "bullmq";
import { createDatabase } from "../infra/db/create-database.ts";
import { createUncertainDeliveries } from "../infra/prisma/uncertain-deliveries.ts";
import { createProducerRedis } from "../infra/queue/connection.ts";
import { DELIVERY_JOB_OPTIONS, deliveryQueueName } from "../infra/queue/notice-queues.ts";
import { DELIVERY_JOB } from "../jobs/notice-jobs.ts";
import { parseEnv } from "./env.ts";

async function main(argv: string[]): Promise<number> {
  const parsed = parseEnv(process.env);
  if (!parsed.ok) {
    for (const p of parsed.problems) process.stderr.write(`${p}\n`);
    return 1;
  }
  const env = parsed.env;
  const [command, ...rest] = argv;
  const byAt = rest.indexOf("--by");
  const operator = byAt >= 0 ? rest[byAt + 1] : undefined;
  const keys = rest.filter((_, i) => byAt < 0 || (i !== byAt && i !== byAt + 1));
  if (command !== "list" && !(command === "resend" && keys.length > 0 && operator)) {
    process.stderr.write("usage: notices:uncertain -- list | resend <key>... --by <operator name>\n");
    return 1;
  }
  const db = await createDatabase(
    env.DATABASE_URL
      ? { kind: "postgres", url: env.DATABASE_URL, poolSize: 2, poolMode: env.DATABASE_POOL_MODE }
      : { kind: "pglite", dir: env.DATA_DIR },
  );
  try {
    const uncertain = createUncertainDeliveries(db.prisma);
    if (command === "list") {
      const rows = await uncertain.list(500);
      for (const r of rows)
        process.stdout.write(
          `${r.key}\t${r.platform}\t${r.targetKind}:${r.targetId}\t${r.kind}\tattempted ${r.attemptedAt?.toISOString() ?? "-"}\t${r.lastError ?? ""}\n`,
        );
      process.stdout.write(`${rows.length} uncertain\n`);
      return 0;
    }
    const reopened = await uncertain.approveResend(keys, operator ?? "");
    if (env.REDIS_URL && reopened.length > 0) {
      const redis = createProducerRedis(env.REDIS_URL);
      const rows = await db.prisma.noticeDelivery.findMany({ where: { key: { in: reopened } } });
      for (const r of rows) {
        const q = new Queue(deliveryQueueName(r.platform), { connection: redis, prefix: env.REDIS_PREFIX });
        await q.add(
          DELIVERY_JOB,
          { key: r.key },
          { ...DELIVERY_JOB_OPTIONS, jobId: `${r.key}:resend:${Date.now()}` },
        );
        await q.close();
      }
      redis.disconnect();
    }
    for (const k of keys)
      process.stdout.write(
        `${k}\t${reopened.includes(k) ? "queued for resend" : "not uncertain (left alone)"}\n`,
      );
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`notices:uncertain failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
