import i18next, { type TFunction } from "i18next";
import { csv as enCsv } from "./messages/en/csv";
import { email as enEmail } from "./messages/en/email";
import { enums as enEnums } from "./messages/en/enums";
import { errors as enErrors } from "./messages/en/errors";
import { explanations as enExplanations } from "./messages/en/explanations";
import { notifications as enNotifications } from "./messages/en/notifications";
import { openActions as enOpenActions } from "./messages/en/openActions";
import { report as enReport } from "./messages/en/report";
import { sentences as enSentences } from "./messages/en/sentences";
import { csv as zhCsv } from "./messages/zh-CN/csv";
import { email as zhEmail } from "./messages/zh-CN/email";
import { enums as zhEnums } from "./messages/zh-CN/enums";
import { errors as zhErrors } from "./messages/zh-CN/errors";
import { explanations as zhExplanations } from "./messages/zh-CN/explanations";
import { notifications as zhNotifications } from "./messages/zh-CN/notifications";
import { openActions as zhOpenActions } from "./messages/zh-CN/openActions";
import { report as zhReport } from "./messages/zh-CN/report";
import { sentences as zhSentences } from "./messages/zh-CN/sentences";
import { DEFAULT_LOCALE, type Locale } from "./locale";

/** The server's texts by locale and namespace (the parity test reads them from here). */
export const SERVER_RESOURCES = {
  en: {
    csv: enCsv,
    email: enEmail,
    enums: enEnums,
    errors: enErrors,
    explanations: enExplanations,
    notifications: enNotifications,
    openActions: enOpenActions,
    report: enReport,
    sentences: enSentences,
  },
  "zh-CN": {
    csv: zhCsv,
    email: zhEmail,
    enums: zhEnums,
    errors: zhErrors,
    explanations: zhExplanations,
    notifications: zhNotifications,
    openActions: zhOpenActions,
    report: zhReport,
    sentences: zhSentences,
  },
} as const;

export type ServerNamespace = keyof (typeof SERVER_RESOURCES)["en"];

/**
 * The server's own i18next, apart from any other instance (the web client has its own): texts
 * for e-mails, notifications, the audit PDF, CSV headers and error messages. Synchronous, as the
 * resources are bundled, so it is ready once this module is loaded.
 */
const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  resources: SERVER_RESOURCES as unknown as Record<string, Record<string, Record<string, string>>>,
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: ["en", "zh-CN"],
  // Error keys are English sentences with dots and colons in them.
  keySeparator: false,
  nsSeparator: false,
  // Plain text everywhere; the e-mail's HTML escapes each value itself (email.ts).
  interpolation: { escapeValue: false },
  returnNull: false,
});

export const serverI18n = instance;

/** The texts of one namespace in one locale (English wherever a key is missing). */
export function translator(locale: Locale, ns: ServerNamespace): TFunction {
  return instance.getFixedT(locale, ns);
}
