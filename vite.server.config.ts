// Builds server.ts (the Express server around the Remix build) to plain JavaScript, so production runs
// `node build/node/server.js` with no TypeScript loader (decision 0009). Packages stay external: they are
// installed beside it. `npm run dev` still runs server.ts through tsx.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  publicDir: false,
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  build: {
    ssr: "server.ts",
    outDir: "build/node",
    emptyOutDir: true,
    target: "node20",
    sourcemap: true,
    rollupOptions: { output: { entryFileNames: "server.js", format: "esm" } },
  },
});
