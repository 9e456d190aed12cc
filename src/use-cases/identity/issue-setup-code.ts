import { generateSetupCode, hashSetupCode, SETUP_CODE_TTL_MS } from "../../domain/setup-code.ts";
import type { UseCaseDeps } from "../deps.ts";

/**
 * The operator of a deployment: a one-time code that opens a new studio. The code is returned once
 * and only its hash is stored; it expires after 24 hours.
 */
export async function issueSetupCode(deps: UseCaseDeps): Promise<{ code: string; expiresAt: Date }> {
  const code = generateSetupCode();
  const expiresAt = new Date(deps.clock.now().getTime() + SETUP_CODE_TTL_MS);
  await deps.store.transaction((tx) => tx.insertSetupCode(hashSetupCode(code), expiresAt));
  return { code, expiresAt };
}

/** True when the deployment has no organization yet (start-up then prints a setup code). */
export async function needsFirstStudio(deps: UseCaseDeps): Promise<boolean> {
  return (await deps.store.transaction((tx) => tx.countOrganizations())) === 0;
}
