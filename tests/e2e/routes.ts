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
  "/preferences",
  "/preferences?saved=1&from=/plan",
  "/glossary",
  "/changes",
  "/operator",
  "/operator?q=坐公交要钱吗",
  "/operator?q=第12条",
  "/subsidies",
  "/subsidies?severity=severe&condition=low_income",
  "/subsidies/care-allowance",
  "/subsidies/child-rehabilitation-0-6",
  "/services",
  "/services?district=滨江区",
  "/services/binjiang-service-centre",
  "/services/home-of-disabled-network",
  "/finder",
  "/finder/role",
  "/faq",
  "/ask",
  "/search",
  "/search?q=护理补贴",
  "/search?q=残疾人&page=2",
  "/search?q=qxzqxzqxz",
  "/no-such-page",
] as const;

/** Pages sampled in English and at 320 px (GUIDE.md §5: sample, don't multiply). */
export const SAMPLE_ROUTES = [
  "/",
  "/plan/tasks",
  "/plan/indicators",
  "/plan/projects",
  "/subsidies/care-allowance",
  "/services",
  "/finder/role",
  "/ask",
  "/search?q=wheelchair",
  "/no-such-page",
] as const;

export const en = (path: string) => (path === "/" ? "/en" : `/en${path}`);

/** The HTTP status a route answers with. */
export const expectedStatus = (path: string) => (path === "/no-such-page" || path.endsWith("/no-such-page") ? 404 : 200);
