// The display-preferences cookie. Not signed: it holds only four display choices, read through
// preferencesFrom (route-input.server.ts), so a changed cookie can do no more than choose another display. Kept a year.
import { createCookie } from "@remix-run/node";
import { DEFAULT_PREFERENCES, PREFERENCE_NAMES, type Preferences } from "./preferences";
import { preferencesFrom } from "./route-input.server";
import { settings } from "./settings.server";

const cookie = createCookie("display", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  secure: settings().COOKIE_SECURE,
  maxAge: 60 * 60 * 24 * 365,
});

export async function readPreferences(request: Request): Promise<Preferences> {
  const header = request.headers.get("Cookie");
  // Most visitors never choose: no cookie, nothing to read.
  if (!header?.includes("display=")) return { ...DEFAULT_PREFERENCES };
  try {
    return preferencesFrom(await cookie.parse(header));
  } catch {
    return { ...DEFAULT_PREFERENCES };
  }
}

/** Set-Cookie for the chosen preferences; choosing every default removes the cookie. */
export async function savePreferences(p: Preferences): Promise<string> {
  const isDefault = PREFERENCE_NAMES.every((n) => p[n] === DEFAULT_PREFERENCES[n]);
  return isDefault ? cookie.serialize("", { maxAge: 0 }) : cookie.serialize(p);
}
