// English: bundled with the app, and the fallback for every other language.
import enEnums from "./locales/en/enums.json";
import enCommon from "./locales/en/common.json";
import enShell from "./locales/en/shell.json";
import enFields from "./locales/en/fields.json";
import enNotifications from "./locales/en/notifications.json";
import enSearch from "./locales/en/search.json";
import enHistory from "./locales/en/history.json";
import enAuditor from "./locales/en/auditor.json";
import enProcurement from "./locales/en/procurement.json";
import enSaq from "./locales/en/saq.json";
import enAudit from "./locales/en/audit.json";
import enEhs from "./locales/en/ehs.json";
import enAdmin from "./locales/en/admin.json";
import enDocuments from "./locales/en/documents.json";
import enChecklist from "./locales/en/checklist.json";
import enSupplier from "./locales/en/supplier.json";
import enSupplyChain from "./locales/en/supplyChain.json";
import enRecycled from "./locales/en/recycled.json";
import enDeclarations from "./locales/en/declarations.json";
import enDashboard from "./locales/en/dashboard.json";

export const en = {
  enums: enEnums,
  common: enCommon,
  shell: enShell,
  fields: enFields,
  notifications: enNotifications,
  search: enSearch,
  history: enHistory,
  auditor: enAuditor,
  procurement: enProcurement,
  saq: enSaq,
  audit: enAudit,
  ehs: enEhs,
  admin: enAdmin,
  documents: enDocuments,
  checklist: enChecklist,
  supplier: enSupplier,
  supplyChain: enSupplyChain,
  recycled: enRecycled,
  declarations: enDeclarations,
  dashboard: enDashboard,
};
