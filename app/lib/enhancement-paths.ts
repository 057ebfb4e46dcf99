// Where the enhancement build (vite.enhance.config.ts) writes, read by the server and the bench too.
export const enhancementClientDir = (development: boolean) => (development ? "build/dev-client" : "build/client");
export const ENHANCEMENT_MANIFEST = ".vite/enhance-manifest.json";
export const ENHANCEMENT_ENTRY = "app/enhance/page.ts";
