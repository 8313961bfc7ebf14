import { useTranslation } from "react-i18next";
import { useAuth } from "../api/auth";
import { currentLocale, isWebLocale, LOCALE_NAMES, WEB_LOCALES } from "../i18n";

/** The interface's language, in the top bar and on the log-in page; each named in itself. */
export function LanguageSwitch() {
  const { t } = useTranslation("shell");
  const { chooseLocale } = useAuth();
  return (
    <label className="language-switch">
      <span className="sr-only">{t("language.label")}</span>
      <select
        value={currentLocale()}
        onChange={(event) => {
          const chosen = event.target.value;
          if (isWebLocale(chosen)) void chooseLocale(chosen);
        }}
      >
        {WEB_LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}
