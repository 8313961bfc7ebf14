/** The portal's client routes (src/web/App.tsx) that notifications link to. */
export const supplierLink = (supplierId: string): string => `/suppliers/${supplierId}`;
export const saqLink = (saqId: string): string => `/saqs/${saqId}`;
export const auditLink = (auditId: string): string => `/audits/${auditId}`;
export const findingLink = (auditId: string, findingId: string): string =>
  `/audits/${auditId}#finding-${findingId}`;
