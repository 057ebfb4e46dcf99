// The site's public address, for absolute links that leave the page (the sitemap, the operator desk's
// ready replies). Taken from configuration only, never from the request's Host header, which a client
// chooses: a forged Host must not end up in a sitemap or in a reply an operator sends to a resident.
import { settings } from "./settings.server";

export function publicOrigin(): string {
  const { PUBLIC_ORIGIN, PORT } = settings();
  return PUBLIC_ORIGIN ?? `http://localhost:${PORT}`;
}
