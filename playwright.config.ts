import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = process.env.E2E_BASE_URL ?? `http://localhost:${PORT}`;
// Debian's Chromium where present (CI and this machine); Playwright's own browser elsewhere (a laptop).
const debianChromium = "/usr/bin/chromium";
const launchOptions = existsSync(debianChromium)
  ? {
      executablePath: debianChromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    }
  : {};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: { baseURL, trace: "retain-on-failure", screenshot: "only-on-failure", launchOptions, locale: "zh-CN", timezoneId: "Asia/Shanghai" },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions }, dependencies: ["setup"], testIgnore: /auth\.setup\.ts/ },
  ],
  // The browser suite runs against the zero-setup default: embedded PGlite in a fresh folder, demo data, `npm start`.
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: "node e2e/start-fresh-server.mjs",
        url: `${baseURL}/api/health`,
        timeout: 600_000,
        reuseExistingServer: !process.env.CI,
        stdout: "pipe",
        stderr: "pipe",
        env: { PORT: String(PORT), DATABASE_URL: "", DATA_DIR: ".data-e2e", PGLITE_DIR: ".data-e2e/pglite", SEED_ORDERS: "400", SHIPLANE_LOG_LEVEL: "warn" },
      },
});
