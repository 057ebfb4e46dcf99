// Every environment variable the site reads, in one place, typed and checked when the server starts
// (docs/deployment.md lists them). A mistyped value stops start-up with one line naming the variable and
// what it may be, before the server listens: a cache size of "1O0" must not quietly become an unbounded
// cache, nor a rate limit of "abc" no limit at all.
import { isIP } from "node:net";
import { resolve } from "node:path";
import { z } from "zod";

/** express's named address ranges, allowed in TRUST_PROXY beside addresses and CIDR ranges. */
const PROXY_NAMES = ["loopback", "linklocal", "uniquelocal"];

function isAddressOrRange(entry: string): boolean {
  if (PROXY_NAMES.includes(entry)) return true;
  const [address, bits, extra] = entry.split("/");
  const version = isIP(address);
  if (!version || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

const count = (min: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number ${min > 0 ? `of at least ${min}` : "(0 or more)"}`)
    .transform(Number)
    .refine((n) => n >= min, `must be at least ${min}`);

const url = z
  .string()
  .url("must be an absolute URL such as https://guide.example.gov.cn")
  .refine((u) => /^https?:\/\//.test(u), "must start with http:// or https://")
  .transform((u) => u.replace(/\/+$/, ""));

const SECRET_MIN_BYTES = 32;

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"], { message: "must be development, production or test" }).default("production"),
  PORT: count(1)
    .refine((n) => n <= 65535, "must be a port number from 1 to 65535")
    .default("3000"),
  HOST: z.string().min(1, "must not be empty").default("127.0.0.1"),
  DATA_DIR: z.string().min(1, "must not be empty").default(".data").transform((d) => resolve(d)),
  CONTENT_DIR: z.string().min(1, "must not be empty").optional(),
  // Where published content versions, the version pointer and the publish history live; every process of
  // one site shares it (decision 0016). DATA_DIR/published by default.
  PUBLISH_DIR: z.string().min(1, "must not be empty").optional(),
  // The /admin editor's accounts, sessions, drafts and audit log (app/admin/db.server.ts): one SQLite file for
  // every process of a site, on a local disk (SQLite's WAL mode does not work over a network file system).
  // DATA_DIR/admin.sqlite by default.
  ADMIN_DB: z.string().min(1, "must not be empty").optional(),
  PUBLIC_ORIGIN: url.optional(),
  COOKIE_SECURE: z.enum(["0", "1"], { message: 'must be "1" (cookies only over HTTPS) or "0"' }).default("0").transform((v) => v === "1"),
  // Newest first: the first signs, every one verifies, so a secret can be replaced without logging anyone out.
  SESSION_SECRET: z
    .string()
    .transform((s) => s.split(",").map((part) => part.trim()))
    .refine((parts) => parts.every((p) => Buffer.byteLength(p) >= SECRET_MIN_BYTES), `each comma-separated secret must be at least ${SECRET_MIN_BYTES} bytes`)
    .optional(),
  TRUST_PROXY: z
    .string()
    .transform((v, ctx) => {
      if (/^\d+$/.test(v)) return Number(v);
      const entries = v.split(",").map((e) => e.trim());
      if (entries.length && entries.every(isAddressOrRange)) return entries;
      ctx.addIssue({ code: "custom", message: "must be a number of proxy hops, or a comma-separated list of addresses, CIDR ranges or loopback/linklocal/uniquelocal" });
      return z.NEVER;
    })
    .default("loopback"),
  PAGE_CACHE_SIZE: count(0).default("100"),
  SEARCH_CACHE_SIZE: count(0).default("1000"),
  SEARCH_ENGINE: z.enum(["meilisearch", "embedded"], { message: "must be meilisearch or embedded" }).optional(),
  // The day the site reports documents' status for (a rehearsal of a later date, or a test); today by default.
  SITE_DATE: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
    .optional(),
  MEILI_URL: url.optional(),
  MEILI_API_KEY: z.string().optional(),
  ASK_RATE_LIMIT: count(0).default("20"),
  ASK_RATE_WINDOW_MS: count(1).default("60000"),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: url.optional(),
  OPENAI_MODEL: z.string().min(1, "must not be empty").default("gpt-4o-mini"),
  OPENAI_TIMEOUT_MS: count(1).default("15000"),
});

export type Settings = z.infer<typeof schema>;

export class SettingsError extends Error {}

/**
 * The settings in `env`. An empty variable counts as unset (a blank line in an env file, or a test that
 * clears OPENAI_API_KEY). Throws a SettingsError whose message is one line naming the first bad variable.
 */
export function parseSettings(env: Record<string, string | undefined>): Settings {
  const present = Object.fromEntries(Object.keys(schema.shape).flatMap((name) => (env[name] ? [[name, env[name]]] : [])));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = String(issue.path[0]);
  const shown = name === "SESSION_SECRET" || name.endsWith("_KEY") ? "(hidden)" : JSON.stringify(env[name]);
  throw new SettingsError(`Setting ${name} ${issue.message} (it is ${shown}).`);
}

let current: Settings | undefined;

/** The process's settings, read once. server.ts reads them before anything else, so a bad value stops it there. */
export function settings(): Settings {
  current ??= parseSettings(process.env);
  return current;
}
