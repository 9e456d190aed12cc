import fs from "node:fs";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from "playwright-core";
import { IN_CI } from "../../support/services.ts";

/** Debian's chromium (`apt-get install -y chromium`; .ci/run installs it). Nothing is downloaded at install. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromiumInstalled = fs.existsSync(CHROMIUM_PATH);
if (!chromiumInstalled && IN_CI)
  throw new Error(`CI=true but chromium is not installed at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
/** Why a browser suite did not run outside CI; under CI a missing browser fails above instead. */
export const chromiumMissing = chromiumInstalled
  ? ""
  : ` (skipped: no chromium at ${CHROMIUM_PATH}; apt-get install -y chromium)`;

export function launchChromium(): Promise<Browser> {
  // --no-sandbox: CI runs as root, where chromium's sandbox refuses to start; a container's small
  // /dev/shm would crash its renderers, so shared memory goes to /tmp.
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-dev-shm-usage"],
  });
}

/** A page that collects what the browser complained about (CSP violations, script errors). */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    // A failed load is reported below with its address; the console's copy has none.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      problems.push(`console: ${message.text()}`);
  });
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (response.status() >= 500 || (response.status() === 404 && url.pathname !== "/favicon.ico"))
      problems.push(`${response.status()} ${url.pathname}`);
  });
  return { context, page, problems };
}
