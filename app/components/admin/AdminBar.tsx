import { useTranslation } from "react-i18next";
import type { Lang } from "~/i18n";
import { localePath } from "~/lib/lang";

/** Who is signed in, a way back to the admin home, and signing out (a form: it carries the CSRF token). */
export function AdminBar({ lang, name, role, csrf }: { lang: Lang; name: string; role: string; csrf: string }) {
  const { t } = useTranslation();
  return (
    <div className="admin-bar">
      <p>
        <a href={localePath(lang, "/admin")}>{t("admin.title")}</a> · {t("admin.signedInAs", { name, role: t(`admin.role.${role}`) })}
      </p>
      <form method="post" action={localePath(lang, "/admin/logout")}>
        <input type="hidden" name="csrf" value={csrf} />
        <button type="submit" className="button button--secondary">
          {t("admin.logout")}
        </button>
      </form>
    </div>
  );
}
