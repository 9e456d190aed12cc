import type { Prisma } from "../../generated/prisma/client.ts";

/** The Prisma client handed to an interactive transaction. */
export type Tx = Prisma.TransactionClient;
