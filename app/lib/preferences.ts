// Display preferences (issue 6): the choices /preferences offers and how they show on <html>. Shared by
// the server (which writes the attributes, so there is no flash) and the page that offers them.

export const PREFERENCE_OPTIONS = {
  textSize: ["100", "125", "150", "200"],
  scheme: ["default", "contrast", "dark"],
  spacing: ["normal", "wide"],
  motion: ["normal", "reduce"],
} as const;

export type PreferenceName = keyof typeof PREFERENCE_OPTIONS;
export type Preferences = { [K in PreferenceName]: (typeof PREFERENCE_OPTIONS)[K][number] };

export const DEFAULT_PREFERENCES: Preferences = { textSize: "100", scheme: "default", spacing: "normal", motion: "normal" };

export const PREFERENCE_NAMES = Object.keys(PREFERENCE_OPTIONS) as PreferenceName[];

/** The data-* attributes for <html>; defaults are left off so the plain page is unchanged. */
export function preferenceAttributes(p: Preferences): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (p.textSize !== "100") attrs["data-text-size"] = p.textSize;
  if (p.scheme !== "default") attrs["data-scheme"] = p.scheme;
  if (p.spacing !== "normal") attrs["data-spacing"] = p.spacing;
  if (p.motion !== "normal") attrs["data-motion"] = p.motion;
  return attrs;
}
