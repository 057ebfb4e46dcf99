import { Link, useLocation, useNavigate } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { langFromPathname, localePath } from "~/lib/lang";

/**
 * A link to a paragraph or task id that has since moved or been removed (content/redirects.yaml). The
 * fragment never reaches the server, so this is done in the page: a moved id goes to its new place, a
 * removed one gets a note. Without JavaScript the chapter still opens at its top.
 */
export function MovedAnchor({ moved }: { moved: Record<string, string | null> }) {
  const { t } = useTranslation();
  const { hash, pathname } = useLocation();
  const navigate = useNavigate();
  const lang = langFromPathname(pathname);
  const [removed, setRemoved] = useState<string>();
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1));
    if (!id || document.getElementById(id) || !(id in moved)) return setRemoved(undefined);
    const to = moved[id];
    if (to) navigate(localePath(lang, to), { replace: true });
    else setRemoved(id);
  }, [hash, moved, navigate, lang]);
  if (!removed) return null;
  return (
    <p className="notice" role="status">
      {t("plan.movedAnchor", { id: removed })} <Link to={localePath(lang, "/changes")}>{t("changes.title")}</Link>
    </p>
  );
}
