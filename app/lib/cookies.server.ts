// The site's own cookies: signed, HttpOnly, kept a day. Their secret is SESSION_SECRET, or one generated
// once (0600) in DATA_DIR.
import { createCookie, type Cookie } from "@remix-run/node";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

let secret: string | undefined;

export function cookieSecret(): string {
  if (process.env.SESSION_SECRET) return process.env.SESSION_SECRET;
  if (secret) return secret;
  const dir = resolve(process.env.DATA_DIR ?? ".data");
  const path = join(dir, "session-secret");
  if (existsSync(path)) secret = readFileSync(path, "utf8").trim();
  else {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    secret = randomBytes(32).toString("hex");
    writeFileSync(path, secret + "\n", { mode: 0o600 });
  }
  return secret;
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
      secure: process.env.COOKIE_SECURE === "1",
      maxAge: 60 * 60 * 24,
      secrets: [cookieSecret()],
    });
    cookies.set(name, cookie);
  }
  return cookie;
}
