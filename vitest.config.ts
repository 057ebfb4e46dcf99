import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  test: {
    // Playwright specs live in tests/e2e and must never be collected here.
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/integration/**/*.test.tsx"],
    environment: "node",
    // One site and one Meilisearch shared by the integration files that only read from them, started on
    // first use (tests/integration/shared-services.ts).
    globalSetup: ["tests/integration/shared-services.setup.ts"],
    // Stopping a site started by a test may take up to its own 15 s shutdown deadline (server.ts) on a loaded
    // machine: a hook must be allowed longer than that, or the test fails while the site is still closing.
    hookTimeout: 20_000,
  },
});
