// Chinese: its own chunk, loaded when the interface switches to it (index.ts).
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

export const zhCN = {
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
};
