import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { WithZh } from "./Zh";
import { langFromPathname, localePath } from "~/lib/lang";
import { useSiteFacts } from "~/lib/site-facts";

const FOOTER_LINKS = [
  { key: "nav.az", path: "/a-z" },
  { key: "nav.accessibility", path: "/accessibility" },
  { key: "nav.privacy", path: "/privacy" },
  { key: "nav.plan", path: "/plan" },
  { key: "nav.glossary", path: "/glossary" },
  { key: "nav.preferences", path: "/preferences" },
  { key: "nav.operator", path: "/operator" },
  { key: "changes.title", path: "/changes" },
] as const;

export function SiteFooter() {
  const { t } = useTranslation();
  const lang = langFromPathname(useLocation().pathname);
  const { documents, hotline } = useSiteFacts();
  return (
    <footer className="site-footer">
      <div className="wrap">
        <ul className="site-footer__links">
          {FOOTER_LINKS.map((link) => (
            <li key={link.path}>
              <Link to={localePath(lang, link.path)}>{t(link.key)}</Link>
            </li>
          ))}
        </ul>
        {documents.map((doc) => (
          <p key={doc.id}>
            <WithZh text={t(doc.document_number ? "footer.source" : "footer.sourceUnnumbered", { title: doc.title, short: doc.short_title_en, docno: doc.document_number })} />{" "}
            {t(`footer.status.${doc.status.kind}`, {
              called: lang === "en" ? doc.called_en : doc.called,
              start: doc.status.start,
              end: doc.status.end,
              by: lang === "en" ? doc.replacedBy?.title_en : doc.replacedBy?.title,
              hotline: hotline.number,
            })}
          </p>
        ))}
      </div>
    </footer>
  );
}
