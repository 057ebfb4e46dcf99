import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Link,
  Links,
  Meta,
  Outlet,
  isRouteErrorResponse,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "remix-i18next/react";
import { SiteFooter } from "./components/SiteFooter";
import { SiteHeader } from "./components/SiteHeader";
import { SkipLink } from "./components/SkipLink";
import { langFromPathname, localePath } from "./lib/lang";
import { DEFAULT_PREFERENCES, preferenceAttributes } from "./lib/preferences";
import { readPreferences } from "./lib/preferences.server";
import { useNonce } from "./lib/nonce";
import { SiteFactsContext, useSiteFacts } from "./lib/site-facts";
import { enhancementScript } from "./lib/enhancement-script.server";
import { translator } from "./lib/translate";
import { today } from "./lib/clock.server";
import { documentNotice } from "./model/documents";
import { getContent } from "./model/load.server";
import type { RemovedPage } from "./model/redirects.server";
import stylesHref from "./styles/main.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.ico", sizes: "32x32" },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

// Only the error pages take their title from here; every route sets its own.
export const meta: MetaFunction = ({ error, location }) => {
  if (!error) return [];
  const t = translator(langFromPathname(location.pathname));
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const title = status === 404 ? "errors.notFoundTitle" : status === 410 ? "errors.removedTitle" : "errors.serverTitle";
  return [{ title: `${t(title)} - ${t("site.name")}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const content = getContent();
  const day = today();
  return {
    // Each document's status is computed for the day the page is made (the page cache keys pages by day).
    facts: { hotline: content.facts.hotline, emergency: content.facts.emergency, documents: content.documents.map((d) => documentNotice(content, d, day)) },
    preferences: await readPreferences(request),
    enhancement: enhancementScript(),
    // Set only by the reviewer's preview of a draft (server/admin-preview.ts): the draft's title.
    preview: previewOf(request),
  };
}

function previewOf(request: Request): string | undefined {
  const title = request.headers.get("x-admin-preview");
  return title ? decodeURIComponent(title) : undefined;
}

const SPEECH_CHECK = "if('speechSynthesis'in window&&'SpeechSynthesisUtterance'in window)document.documentElement.classList.add('can-speak')";

export function Layout({ children }: { children: React.ReactNode }) {
  const nonce = useNonce();
  const lang = langFromPathname(useLocation().pathname);
  useChangeLanguage(lang);
  // Display preferences are applied here, on the server's HTML, so the page never flashes the default look.
  const data = useRouteLoaderData<typeof loader>("root");
  const preferences = data?.preferences ?? DEFAULT_PREFERENCES;
  return (
    <html lang={lang} {...preferenceAttributes(preferences)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* Before the first paint: features that need the browser's speech synthesis show only where it exists. */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: SPEECH_CHECK }} />
        <Meta />
        <Links />
        {/* Pages are documents, not an app: no Remix client scripts, one small module that enhances the
            page's links and forms, loading more only when asked (decision 0017). */}
        {data?.enhancement ? <script type="module" nonce={nonce} src={data.enhancement} /> : null}
      </head>
      <body>
        <SiteFactsContext.Provider value={data?.facts}>
          <SkipLink />
          {data?.preview ? <PreviewBanner title={data.preview} /> : null}
          <SiteHeader />
          <main id="main" tabIndex={-1} className="wrap main">
            {children}
          </main>
          <SiteFooter />
        </SiteFactsContext.Provider>
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const lang = langFromPathname(useLocation().pathname);
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const removed = isRouteErrorResponse(error) && error.status === 410 ? (error.data as RemovedPage) : undefined;
  if (!notFound && !removed) console.error(error);
  if (removed) {
    return (
      <>
        <h1>{t("errors.removedTitle")}</h1>
        <p>{t("errors.removedBody", { date: removed.date })}</p>
        {removed.note ? <p>{lang === "en" ? removed.note_en : removed.note}</p> : null}
        <ul className="list">
          <li>
            <Link to={localePath(lang, "/changes")}>{t("changes.title")}</Link>
          </li>
          <li>
            <Link to={localePath(lang, "/search")}>{t("search.title")}</Link>
          </li>
        </ul>
        <HotlineHint />
      </>
    );
  }
  return notFound ? (
    <>
      <h1>{t("errors.notFoundTitle")}</h1>
      <p>{t("errors.notFoundBody")}</p>
      <p>{t("errors.notFoundNext")}</p>
      <ul className="list">
        <li>
          <Link to={localePath(lang, "/")}>{t("errors.goHome")}</Link>
        </li>
        <li>
          <Link to={localePath(lang, "/plan")}>{t("errors.goPlan")}</Link>
        </li>
      </ul>
      <HotlineHint />
    </>
  ) : (
    <>
      <h1>{t("errors.serverTitle")}</h1>
      <ServerErrorBody />
    </>
  );
}

function PreviewBanner({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <aside className="preview-banner" aria-label={t("admin.review.preview")}>
      <p>{t("admin.preview.banner", { title })}</p>
    </aside>
  );
}

function HotlineHint() {
  const { t } = useTranslation();
  const { hotline } = useSiteFacts();
  return <p>{t("home.helpBody", { hotline: hotline.number })}</p>;
}

function ServerErrorBody() {
  const { t } = useTranslation();
  const { hotline } = useSiteFacts();
  return <p>{t("errors.serverBody", { hotline: hotline.number })}</p>;
}
