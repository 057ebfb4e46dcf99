// Settings are read once, typed, and a bad value is refused with one line naming the variable.
import { describe, expect, it } from "vitest";
import { parseSettings, SettingsError } from "~/lib/settings.server";

const refused = (env: Record<string, string>): string => {
  try {
    parseSettings(env);
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return (error as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
};

describe("settings", () => {
  it("has safe defaults when nothing is set, and treats an empty variable as unset", () => {
    const s = parseSettings({ OPENAI_API_KEY: "", PAGE_CACHE_SIZE: "" });
    expect(s).toMatchObject({ PORT: 3000, HOST: "127.0.0.1", PAGE_CACHE_SIZE: 100, SEARCH_CACHE_SIZE: 1000, ASK_RATE_LIMIT: 20, TRUST_PROXY: ["loopback"], COOKIE_SECURE: false });
    expect(s.OPENAI_API_KEY).toBeUndefined();
    expect(s.SESSION_SECRET).toBeUndefined();
  });

  it.each([
    ["PAGE_CACHE_SIZE", "1O0"],
    ["SEARCH_CACHE_SIZE", "abc"],
    ["SEARCH_CACHE_SIZE", "-1"],
    ["ASK_RATE_LIMIT", "abc"],
    ["ASK_RATE_WINDOW_MS", "0"],
    ["PORT", "70000"],
    ["PORT", "3000x"],
    ["TRUST_PROXY", "everyone"],
    ["TRUST_PROXY", "10.0.0.0/33"],
    ["PUBLIC_ORIGIN", "guide.example"],
    ["PUBLIC_ORIGIN", "ftp://guide.example"],
    ["MEILI_URL", "localhost:7700"],
    ["COOKIE_SECURE", "yes"],
    ["SEARCH_ENGINE", "elastic"],
    ["OPENAI_TIMEOUT_MS", "-5"],
    ["NODE_ENV", "staging"],
  ])("refuses %s=%s in one line that names it", (name, value) => {
    const message = refused({ [name]: value });
    expect(message.startsWith(`Setting ${name} `)).toBe(true);
    expect(message).toContain(JSON.stringify(value));
    expect(message).not.toContain("\n");
  });

  it("reads TRUST_PROXY as a hop count or a list of addresses and ranges", () => {
    expect(parseSettings({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(parseSettings({ TRUST_PROXY: "10.0.0.1, 192.168.0.0/16,loopback, ::1" }).TRUST_PROXY).toEqual(["10.0.0.1", "192.168.0.0/16", "loopback", "::1"]);
  });

  it("takes SESSION_SECRET as a rotation list, each secret at least 32 bytes, and never prints it", () => {
    const a = "a".repeat(32);
    const b = "b".repeat(40);
    expect(parseSettings({ SESSION_SECRET: `${a}, ${b}` }).SESSION_SECRET).toEqual([a, b]);
    const message = refused({ SESSION_SECRET: `${a},too-short-secret` });
    expect(message).toContain("SESSION_SECRET");
    expect(message).not.toContain("too-short-secret");
  });

  it("strips a trailing slash from origins", () => {
    expect(parseSettings({ PUBLIC_ORIGIN: "https://guide.example.gov.cn/" }).PUBLIC_ORIGIN).toBe("https://guide.example.gov.cn");
  });
});
