import { useTranslation } from "react-i18next";
import { useSiteFacts } from "~/lib/site-facts";

/**
 * On English pages that quote official documents: one sentence near the top saying their official text is
 * Chinese, so the Chinese quotations below are expected, not a fault. Chinese pages need no such note.
 * `called` names the one document the page draws on ("plan"); without it, the site's one document, or the
 * documents in general when there are several.
 */
export function OfficialTextNote({ called }: { called?: string }) {
  const { t, i18n } = useTranslation();
  const { documents } = useSiteFacts();
  if (i18n.language !== "en") return null;
  const only = called ?? (documents.length === 1 ? documents[0].called_en : undefined);
  return <p className="hint official-text-note">{only ? t("planNotice.chinese", { called: only }) : t("planNotice.chineseAll")}</p>;
}
