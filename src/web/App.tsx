import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, Route, Routes, useLocation } from "react-router-dom";
import { useAuth, type Role } from "./api/auth";
import { Layout } from "./components/Layout";
import { Loading } from "./components/ui";
import { AdminAuditsPage } from "./pages/admin/AdminAuditsPage";
import { AdminSuppliersPage } from "./pages/admin/AdminSuppliersPage";
import { ApiTokensPage } from "./pages/admin/ApiTokensPage";
import { ImportSuppliersPage } from "./pages/admin/ImportSuppliersPage";
import { ChecklistPage, ChecklistsPage } from "./pages/admin/ChecklistsPage";
import { OutboxPage } from "./pages/admin/OutboxPage";
import { UsersPage } from "./pages/admin/UsersPage";
import { CategoriesPage } from "./pages/admin/CategoriesPage";
import { HistoryPage } from "./pages/history/HistoryPage";
import { SearchPage } from "./pages/search/SearchPage";
import { WebhooksPage } from "./pages/admin/WebhooksPage";
import { AcceptInvitationPage } from "./pages/AcceptInvitationPage";
import { AuditPage } from "./pages/audit/AuditPage";
import { ChangePasswordPage } from "./pages/ChangePasswordPage";
import { DashboardPage } from "./pages/dashboard/DashboardPage";
import { DeclarationPage } from "./pages/declarations/DeclarationPage";
import { DeclarationsPage } from "./pages/declarations/DeclarationsPage";
import { NewDeclarationPage } from "./pages/declarations/NewDeclarationPage";
import { DocumentsPage } from "./pages/documents/DocumentsPage";
import { RiskRegisterPage } from "./pages/ehs/RiskRegisterPage";
import { SubstitutionPage } from "./pages/ehs/SubstitutionPage";
import { WorkQueuePage } from "./pages/auditor/WorkQueuePage";
import { HomePage } from "./pages/HomePage";
import { LoginPage } from "./pages/LoginPage";
import { MePage } from "./pages/MePage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { NotificationsPage } from "./pages/notifications/NotificationsPage";
import { RankingsPage } from "./pages/procurement/RankingsPage";
import { PurchasesPage } from "./pages/recycled/PurchasesPage";
import { RecycledDashboardPage } from "./pages/recycled/RecycledDashboardPage";
import { RecycledDeclarationsPage } from "./pages/recycled/RecycledDeclarationsPage";
import { SaqListPage } from "./pages/saq/SaqListPage";
import { SaqPage } from "./pages/saq/SaqPage";
import { MyAuditsPage } from "./pages/supplier/MyAuditsPage";
import { SupplierPage } from "./pages/supplier/SupplierPage";
import { SuppliersPage } from "./pages/supplier/SuppliersPage";
import { ProtectedAreasPage } from "./pages/supply-chain/ProtectedAreasPage";
import { ScreeningPage } from "./pages/supply-chain/ScreeningPage";
import { SupplyChainMapPage } from "./pages/supply-chain/SupplyChainMapPage";

function Only({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { viewer } = useAuth();
  if (!viewer || !roles.includes(viewer.role)) return <NotFoundPage />;
  return <>{children}</>;
}

export function App() {
  const { t } = useTranslation("shell");
  const { viewer, checking } = useAuth();
  const location = useLocation();
  if (checking) return <Loading label={t("checkingSession")} />;
  // Public: the invitee has no account yet (the path is invitation.service.ts's link).
  if (location.pathname === "/accept-invitation") return <AcceptInvitationPage />;
  if (!viewer) {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          path="*"
          element={<Navigate to="/login" replace state={{ from: location.pathname }} />}
        />
      </Routes>
    );
  }
  if (viewer.mustChangePassword) {
    // After an admin's reset the API allows only me/changePassword/logout: so does the app.
    return (
      <Routes>
        <Route path="/change-password" element={<ChangePasswordPage forced />} />
        <Route path="*" element={<Navigate to="/change-password" replace />} />
      </Routes>
    );
  }
  return (
    <Routes>
      <Route path="/login" element={<Navigate to="/" replace />} />
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="me" element={<MePage />} />
        <Route path="dashboard" element={<DashboardPage />} />
        <Route path="dashboard/:view" element={<DashboardPage />} />
        <Route path="change-password" element={<ChangePasswordPage />} />
        <Route path="suppliers" element={<SuppliersPage />} />
        <Route path="suppliers/:id" element={<SupplierPage />} />
        <Route path="suppliers/:id/supply-chain/:categoryId" element={<SupplyChainMapPage />} />
        <Route path="saqs" element={<SaqListPage />} />
        <Route path="saqs/:id" element={<SaqPage />} />
        <Route path="audits" element={<MyAuditsPage />} />
        <Route path="audits/:id" element={<AuditPage />} />
        {/* /documents/:id is the API's download: no client route below /documents. */}
        <Route path="documents" element={<DocumentsPage />} />
        <Route path="declarations" element={<DeclarationsPage />} />
        <Route path="declarations/new" element={<NewDeclarationPage />} />
        <Route path="declarations/:id" element={<DeclarationPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route
          path="ehs/register"
          element={
            <Only roles={["ADMIN", "AUDITOR", "PROCUREMENT"]}>
              <RiskRegisterPage />
            </Only>
          }
        />
        <Route
          path="ehs/substitution"
          element={
            <Only roles={["ADMIN", "AUDITOR", "PROCUREMENT"]}>
              <SubstitutionPage />
            </Only>
          }
        />
        <Route
          path="queue"
          element={
            <Only roles={["AUDITOR", "ADMIN"]}>
              <WorkQueuePage />
            </Only>
          }
        />
        <Route
          path="rankings"
          element={
            <Only roles={["PROCUREMENT", "ADMIN"]}>
              <RankingsPage />
            </Only>
          }
        />
        <Route
          path="recycled"
          element={
            <Only roles={["PROCUREMENT", "ADMIN"]}>
              <RecycledDashboardPage />
            </Only>
          }
        />
        <Route
          path="recycled/purchases"
          element={
            <Only roles={["PROCUREMENT", "ADMIN"]}>
              <PurchasesPage />
            </Only>
          }
        />
        <Route path="recycled/declarations" element={<RecycledDeclarationsPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route
          path="history/:entityType/:entityId"
          element={
            <Only roles={["ADMIN", "AUDITOR"]}>
              <HistoryPage />
            </Only>
          }
        />
        <Route
          path="admin/categories"
          element={
            <Only roles={["ADMIN"]}>
              <CategoriesPage />
            </Only>
          }
        />
        <Route
          path="admin/users"
          element={
            <Only roles={["ADMIN"]}>
              <UsersPage />
            </Only>
          }
        />
        <Route
          path="admin/suppliers"
          element={
            <Only roles={["ADMIN"]}>
              <AdminSuppliersPage />
            </Only>
          }
        />
        <Route
          path="admin/import"
          element={
            <Only roles={["ADMIN", "PROCUREMENT"]}>
              <ImportSuppliersPage />
            </Only>
          }
        />
        <Route
          path="admin/checklists"
          element={
            <Only roles={["ADMIN"]}>
              <ChecklistsPage />
            </Only>
          }
        />
        <Route
          path="admin/checklists/:id"
          element={
            <Only roles={["ADMIN"]}>
              <ChecklistPage />
            </Only>
          }
        />
        <Route
          path="admin/audits"
          element={
            <Only roles={["ADMIN"]}>
              <AdminAuditsPage />
            </Only>
          }
        />
        <Route
          path="admin/outbox"
          element={
            <Only roles={["ADMIN"]}>
              <OutboxPage />
            </Only>
          }
        />
        <Route
          path="admin/api-tokens"
          element={
            <Only roles={["ADMIN"]}>
              <ApiTokensPage />
            </Only>
          }
        />
        <Route
          path="admin/webhooks"
          element={
            <Only roles={["ADMIN"]}>
              <WebhooksPage />
            </Only>
          }
        />
        <Route
          path="admin/screening"
          element={
            <Only roles={["ADMIN", "PROCUREMENT", "AUDITOR"]}>
              <ScreeningPage />
            </Only>
          }
        />
        <Route
          path="admin/protected-areas"
          element={
            <Only roles={["ADMIN", "PROCUREMENT", "AUDITOR"]}>
              <ProtectedAreasPage />
            </Only>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
