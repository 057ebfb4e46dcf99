import { useTranslation } from "react-i18next";

/**
 * On English pages that quote the plan: one sentence near the top saying the official text is Chinese,
 * so the Chinese quotations below are expected, not a fault. Chinese pages need no such note.
 */
export function OfficialTextNote() {
  const { t, i18n } = useTranslation();
  if (i18n.language !== "en") return null;
  return <p className="hint official-text-note">{t("planNotice.chinese")}</p>;
}
