// Every route of the site, in Chinese; English is the same path under /en.
export const ROUTES = [
  "/",
  "/plan",
  "/plan/notice",
  "/plan/preface",
  "/plan/background",
  "/plan/principles",
  "/plan/tasks",
  "/plan/safeguards",
  "/plan/indicators",
  "/plan/projects",
  "/accessibility",
  "/privacy",
  "/no-such-page",
] as const;

/** Pages sampled in English and at 320 px (GUIDE.md §5: sample, don't multiply). */
export const SAMPLE_ROUTES = ["/", "/plan/tasks", "/plan/indicators", "/plan/projects", "/no-such-page"] as const;

export const en = (path: string) => (path === "/" ? "/en" : `/en${path}`);
