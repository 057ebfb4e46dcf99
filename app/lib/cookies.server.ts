// The site's own cookies: signed, HttpOnly, kept a day. They are signed with SESSION_SECRET (a comma-separated
// list for rotation: the first signs, all verify), or with a secret generated once in DATA_DIR. Every app
// process behind one proxy must share the same secrets (docs/deployment.md).
import { createCookie, type Cookie } from "@remix-run/node";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { settings, SettingsError } from "./settings.server";

const MIN_BYTES = 32;
let generated: string | undefined;

/** The generated secret: read from DATA_DIR, or made once and written atomically (no half-written file). */
function generatedSecret(): string {
  if (generated) return generated;
  const dir = settings().DATA_DIR;
  const path = join(dir, "session-secret");
  if (existsSync(path)) {
    const kept = readFileSync(path, "utf8").trim();
    if (Buffer.byteLength(kept) < MIN_BYTES) {
      throw new SettingsError(`The session secret file ${path} is empty or shorter than ${MIN_BYTES} bytes: delete it to have a new one made, or set SESSION_SECRET.`);
    }
    generated = kept;
  } else {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const secret = randomBytes(32).toString("hex");
    // Written beside it and renamed: a process stopped mid-write leaves no short secret behind, and a
    // second process starting at the same moment reads a whole file or none.
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, secret + "\n", { mode: 0o600 });
    renameSync(temporary, path);
    generated = readFileSync(path, "utf8").trim();
  }
  return generated;
}

/** The secrets cookies are signed with, newest first. */
export function cookieSecrets(): string[] {
  return settings().SESSION_SECRET ?? [generatedSecret()];
}

const cookies = new Map<string, Cookie>();

/** A signed cookie that holds what a person entered, for a day, in their own browser only. */
export function personalCookie(name: string): Cookie {
  let cookie = cookies.get(name);
  if (!cookie) {
    cookie = createCookie(name, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: settings().COOKIE_SECURE,
      maxAge: 60 * 60 * 24,
      secrets: cookieSecrets(),
    });
    cookies.set(name, cookie);
  }
  return cookie;
}
