import "i18next";
import type { en } from "./resources.en";

// Keys are checked against the English texts: a t("ns:key") with no English text fails the type
// check; test/i18n/locale-parity.test.ts checks every other locale has the same keys.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: typeof en;
  }
}
