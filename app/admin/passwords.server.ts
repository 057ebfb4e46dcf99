// Password hashes for /admin accounts: scrypt from Node's own crypto (OpenSSL), so no native package of our
// own does the work that matters most. A hash names its parameters (scrypt$N$r$p$salt$hash), so raising the
// cost later leaves every stored hash verifiable.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";

const N = 2 ** 15;
const R = 8;
const P = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 64;
/** scrypt needs 128·N·r bytes (32 MiB here), which is Node's default ceiling: the ceiling is raised above it. */
const maxmem = (n: number, r: number) => 2 * 128 * n * r;

export const PASSWORD_MIN_LENGTH = 12;

// NFC: the same password typed on another system (composed or decomposed accents) is the same password.
const scrypt = (password: string, salt: Buffer, bytes: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCallback(password.normalize("NFC"), salt, bytes, options, (error, key) => (error ? reject(error) : resolve(key))),
  );

/** What is wrong with `password` as a new password, in Chinese; undefined when it may be used. */
export function passwordProblem(password: string): string | undefined {
  const characters = [...password];
  if (characters.length < PASSWORD_MIN_LENGTH) return `密码至少要有 ${PASSWORD_MIN_LENGTH} 个字符（现在是 ${characters.length} 个）。`;
  if (characters.every((c) => c === characters[0])) return "密码不能全是同一个字符。";
  return undefined;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, KEY_BYTES, { N, r: R, p: P, maxmem: maxmem(N, R) });
  return ["scrypt", N, R, P, salt.toString("base64"), key.toString("base64")].join("$");
}

/** Whether `password` matches `stored`. A stored value that is not a hash this module wrote is an error. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key, ...rest] = stored.split("$");
  const params = [n, r, p].map(Number);
  if (scheme !== "scrypt" || rest.length || !salt || !key || !params.every((v) => Number.isSafeInteger(v) && v > 0)) {
    throw new Error("A stored password hash is not in the form scrypt$N$r$p$salt$hash.");
  }
  const expected = Buffer.from(key, "base64");
  const actual = await scrypt(password, Buffer.from(salt, "base64"), expected.length, { N: params[0], r: params[1], p: params[2], maxmem: maxmem(params[0], params[1]) });
  return timingSafeEqual(actual, expected);
}
