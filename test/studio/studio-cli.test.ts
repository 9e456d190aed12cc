import { afterAll, beforeAll, expect, it } from "vitest";
import { runStudioCli } from "../../src/app/studio-cli.ts";
import { createPrismaBookingStore } from "../../src/infra/prisma/booking-store.ts";
import { systemClock } from "../../src/ports/clock.ts";
import * as uc from "../../src/use-cases/index.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { newPerson } from "./open-studio.ts";

describePg("npm run studio -- setup-code against DATABASE_URL", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestPgDatabase(2);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("prints a code that opens a studio in that database, once", async () => {
    let out = "";
    const code = await runStudioCli(["setup-code"], { DATABASE_URL: db.url }, (s) => {
      out += s;
    });
    expect(code).toBe(0);
    const printed = /Setup code: ([A-Z0-9-]+)/.exec(out)?.[1];
    expect(printed).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const deps = { store: createPrismaBookingStore(db.prisma), clock: systemClock };
    const owner = await newPerson(db, "Owner");
    expect((await uc.redeemSetupCode(deps, { ...owner, workspaceId: null, code: printed ?? "" })).ok).toBe(
      true,
    );
    expect((await uc.redeemSetupCode(deps, { ...owner, workspaceId: null, code: printed ?? "" })).ok).toBe(
      false,
    );
  });

  it("an unknown command prints the usage and fails", async () => {
    let out = "";
    expect(
      await runStudioCli(["open-sesame"], {}, (s) => {
        out += s;
      }),
    ).toBe(1);
    expect(out).toMatch(/usage: npm run studio -- setup-code/);
  });
});
