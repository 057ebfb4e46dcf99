import { useTranslation } from "react-i18next";

/**
 * Copies the text of a read-only field. Hidden until the page's script finds the clipboard
 * (app/enhance/copy-button.ts); without it the field itself is there to select and copy.
 * `label` names what is copied, so each of several buttons on a page has its own name.
 */
export function CopyButton({ targetId, label }: { targetId: string; label: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <p className="copy-button" hidden data-copy-target={targetId} data-copied={t("operator.copied")} data-copy-failed={t("operator.copyFailed")}>
      <button type="button" className="button button--secondary">
        {label}
      </button>{" "}
      <span role="status" className="copy-button__status"></span>
    </p>
  );
}
