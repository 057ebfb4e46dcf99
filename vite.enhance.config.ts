// Builds the pages' enhancement script (app/enhance/page.ts) and what it loads on demand (the ask dialog,
// read-aloud) into build/client/assets, beside Remix's client build, which no page loads (decision 0017).
// The server finds the entry's hashed name in the manifest (app/lib/enhancement-script.server.ts). The
// development server's build goes to a folder of its own, so it never changes a production build.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { enhancementClientDir } from "./app/lib/enhancement-paths";

export default defineConfig(({ mode }) => ({
  publicDir: false,
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  esbuild: { jsx: "automatic" },
  define: { "process.env.NODE_ENV": JSON.stringify(mode === "development" ? "development" : "production") },
  build: {
    outDir: enhancementClientDir(mode === "development"),
    // Remix's client build is already there.
    emptyOutDir: false,
    target: "es2022",
    manifest: ".vite/enhance-manifest.json",
    rollupOptions: {
      input: "app/enhance/page.ts",
      // Radix marks its modules "use client" for React Server Components, which this build has no use for.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
      output: { entryFileNames: "assets/enhance-[hash].js", chunkFileNames: "assets/enhance-[name]-[hash].js" },
    },
  },
}));
