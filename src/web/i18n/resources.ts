// One namespace per area of the portal; each has the same keys in every locale (test/i18n).
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
import zhEnums from "./locales/zh-CN/enums.json";
import zhCommon from "./locales/zh-CN/common.json";
import zhShell from "./locales/zh-CN/shell.json";
import zhFields from "./locales/zh-CN/fields.json";
import zhNotifications from "./locales/zh-CN/notifications.json";
import zhSearch from "./locales/zh-CN/search.json";
import zhHistory from "./locales/zh-CN/history.json";
import zhAuditor from "./locales/zh-CN/auditor.json";
import zhProcurement from "./locales/zh-CN/procurement.json";
import zhSaq from "./locales/zh-CN/saq.json";
import zhAudit from "./locales/zh-CN/audit.json";
import zhEhs from "./locales/zh-CN/ehs.json";
import zhAdmin from "./locales/zh-CN/admin.json";
import zhDocuments from "./locales/zh-CN/documents.json";
import zhChecklist from "./locales/zh-CN/checklist.json";
import zhSupplier from "./locales/zh-CN/supplier.json";
import zhSupplyChain from "./locales/zh-CN/supplyChain.json";
import zhRecycled from "./locales/zh-CN/recycled.json";
import zhDeclarations from "./locales/zh-CN/declarations.json";
import zhDashboard from "./locales/zh-CN/dashboard.json";

export const NAMESPACES = [
  "enums",
  "common",
  "shell",
  "fields",
  "notifications",
  "search",
  "history",
  "auditor",
  "procurement",
  "saq",
  "audit",
  "ehs",
  "admin",
  "documents",
  "checklist",
  "supplier",
  "supplyChain",
  "recycled",
  "declarations",
  "dashboard",
] as const;

export const resources = {
  en: {
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
  },
  "zh-CN": {
    enums: zhEnums,
    common: zhCommon,
    shell: zhShell,
    fields: zhFields,
    notifications: zhNotifications,
    search: zhSearch,
    history: zhHistory,
    auditor: zhAuditor,
    procurement: zhProcurement,
    saq: zhSaq,
    audit: zhAudit,
    ehs: zhEhs,
    admin: zhAdmin,
    documents: zhDocuments,
    checklist: zhChecklist,
    supplier: zhSupplier,
    supplyChain: zhSupplyChain,
    recycled: zhRecycled,
    declarations: zhDeclarations,
    dashboard: zhDashboard,
  },
};
