import { Writable } from "node:stream";
import { expect, it } from "vitest";
import { safeErrorText } from "../../adapters/shared/redact.ts";
import { parseEnv } from "../../src/app/env.ts";
import { rememberEnvSecrets } from "../../src/app/env-secrets.ts";
import { createAppLogger } from "../../src/app/logger.ts";

// Issue 24, item 3: the passwords in DATABASE_URL, REDIS_URL and SMTP_URL (and ADMIN_TOKEN) are
// secrets like the platform tokens: registered for redaction at start, so an error that carries
// the URL, or the password alone, never writes it to the log or to a stored error text.

const DB_PASSWORD = "Pg-Sup3r@Secret/99"; // written percent-encoded in the URL
const REDIS_PASSWORD = "r3dis-Passw0rd-long";
const SMTP_PASSWORD = "smtp-Pa55word-long";
const ADMIN_TOKEN = "admin-token-0123456789abcdef";
const source = {
  DATABASE_URL: `postgresql://app:${encodeURIComponent(DB_PASSWORD)}@db.internal:5432/studio`,
  REDIS_URL: `redis://default:${REDIS_PASSWORD}@cache.internal:6379/0`,
  SMTP_URL: `smtp://mailer:${SMTP_PASSWORD}@mail.internal:587`,
  MAIL_FROM: "studio@example.org",
  ADMIN_TOKEN,
};
const SECRETS = [DB_PASSWORD, encodeURIComponent(DB_PASSWORD), REDIS_PASSWORD, SMTP_PASSWORD, ADMIN_TOKEN];

it("errors carrying the database, Redis and SMTP URLs, or a password alone, are logged and stored without it", () => {
  const parsed = parseEnv(source);
  if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
  rememberEnvSecrets(parsed.env);

  const lines: string[] = [];
  const log = createAppLogger(
    "debug",
    new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString("utf8"));
        done();
      },
    }),
  );
  const wrapped = new Error("database: not reachable", {
    cause: new Error(`connect ECONNREFUSED while opening ${source.DATABASE_URL}`),
  });
  log.error({ err: wrapped }, "database down");
  log.warn({ err: new Error(`Reconnecting to ${source.REDIS_URL}`) }, "redis: lost");
  log.error({ url: source.SMTP_URL }, "smtp: send failed");
  // A driver quoting the password itself, decoded (no URL around it for a shape to catch).
  log.error({ err: new Error(`auth rejected for password "${DB_PASSWORD}"`) }, "database refused");
  log.info({ header: `Bearer ${ADMIN_TOKEN}`, raw: ADMIN_TOKEN }, "admin request");

  const text = lines.join("");
  expect(lines).toHaveLength(5);
  expect(SECRETS.filter((s) => text.includes(s))).toEqual([]);
  // What is not secret still reads: the host, the user, the reason.
  expect(text).toContain("postgresql://app:[redacted]@db.internal:5432/studio");
  expect(text).toContain("redis://default:[redacted]@cache.internal:6379/0");
  expect(text).toContain("ECONNREFUSED");

  // A stored error text (NoticeDelivery.lastError, a job's failure) goes through the same net.
  const stored = safeErrorText(wrapped);
  expect(stored).toContain("db.internal");
  expect(SECRETS.filter((s) => stored.includes(s))).toEqual([]);
});

it("a URL password too short to remember safely is still caught by the URL's shape", () => {
  const url = "redis://:pw@127.0.0.1:6379";
  rememberEnvSecrets({ REDIS_URL: url });
  expect(safeErrorText(new Error(`connect to ${url} failed`))).toBe(
    "connect to redis://:[redacted]@127.0.0.1:6379 failed",
  );
});
