import { defineConfig } from "@playwright/test";
import { HEAP_FLAGS } from "./server/heap";

const port = Number(process.env.TEST_PORT ?? 3210);

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "zh-CN",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    // The production build (npm test builds first), as users get it.
    command: `node ${HEAP_FLAGS.join(" ")} build/node/server.js`,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    // Its own data directory, so a site started by hand (npm start) can run at the same time.
    env: { PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", DATA_DIR: ".data/e2e", ASK_RATE_LIMIT: "1000", OPENAI_API_KEY: "", PUBLIC_ORIGIN: "https://guide.example.gov.cn" },
    stdout: "ignore",
    stderr: "pipe",
  },
});
