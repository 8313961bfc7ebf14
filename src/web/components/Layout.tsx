import { useState } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useNavigate } from "react-router-dom";
import { useAuth, useViewer, type Role } from "../api/auth";
import { UnreadCountProvider } from "../api/notifications";
import { NotificationBell } from "./NotificationBell";
import { GlobalSearch } from "./GlobalSearch";
import { LanguageSwitch } from "./LanguageSwitch";
import { useScrollAreas } from "./scroll-areas";
import type enShell from "../i18n/locales/en/shell.json";
import { ROLE_LABELS } from "../labels";
import { badgeLabel } from "./ui";

type NavLabel = keyof (typeof enShell)["nav"];

/** Each link's words are the "shell" namespace's `nav.<label>`. */
const NAV: Record<Role, { to: string; label: NavLabel }[]> = {
  SUPPLIER: [
    { to: "/", label: "overview" },
    { to: "/saqs", label: "saqs" },
    { to: "/audits", label: "myAudits" },
    { to: "/documents", label: "documents" },
    { to: "/declarations", label: "declarations" },
    { to: "/recycled/declarations", label: "recycled" },
  ],
  AUDITOR: [
    { to: "/dashboard", label: "dashboard" },
    { to: "/queue", label: "queue" },
    { to: "/suppliers", label: "suppliers" },
    { to: "/documents", label: "documents" },
    { to: "/declarations", label: "declarations" },
    { to: "/recycled/declarations", label: "recycled" },
    { to: "/ehs/register", label: "register" },
    { to: "/ehs/substitution", label: "substitution" },
    { to: "/admin/screening", label: "screening" },
    { to: "/admin/protected-areas", label: "protectedAreas" },
  ],
  PROCUREMENT: [
    { to: "/dashboard", label: "dashboard" },
    { to: "/rankings", label: "rankings" },
    { to: "/suppliers", label: "suppliers" },
    { to: "/admin/import", label: "import" },
    { to: "/documents", label: "documents" },
    { to: "/declarations", label: "declarations" },
    { to: "/recycled", label: "recycled" },
    { to: "/recycled/purchases", label: "purchases" },
    { to: "/ehs/register", label: "register" },
    { to: "/ehs/substitution", label: "substitution" },
    { to: "/admin/screening", label: "screening" },
    { to: "/admin/protected-areas", label: "protectedAreas" },
  ],
  ADMIN: [
    { to: "/dashboard", label: "dashboard" },
    { to: "/admin/users", label: "users" },
    { to: "/admin/suppliers", label: "suppliers" },
    { to: "/admin/import", label: "import" },
    { to: "/admin/checklists", label: "checklists" },
    { to: "/admin/categories", label: "categories" },
    { to: "/admin/audits", label: "audits" },
    { to: "/admin/outbox", label: "outbox" },
    { to: "/admin/api-tokens", label: "apiTokens" },
    { to: "/admin/webhooks", label: "webhooks" },
    { to: "/admin/screening", label: "screening" },
    { to: "/admin/protected-areas", label: "protectedAreas" },
    { to: "/queue", label: "queue" },
    { to: "/rankings", label: "rankings" },
    { to: "/documents", label: "documents" },
    { to: "/declarations", label: "declarations" },
    { to: "/recycled", label: "recycled" },
    { to: "/recycled/purchases", label: "purchases" },
    { to: "/ehs/register", label: "register" },
    { to: "/ehs/substitution", label: "substitution" },
  ],
};

export function Layout() {
  const { t } = useTranslation("shell");
  const viewer = useViewer();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  useScrollAreas();
  const links =
    viewer.role === "SUPPLIER" && viewer.supplier
      ? [...NAV.SUPPLIER, { to: `/suppliers/${viewer.supplier.id}`, label: "profile" as const }]
      : NAV[viewer.role];
  return (
    <UnreadCountProvider>
      <div className="app">
        <a className="skip" href="#main">
          {t("skip")}
        </a>
        <header className="topbar">
          <NavLink to="/" className="brand">
            {t("brand")}
          </NavLink>
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={open}
            aria-controls="main-nav"
            onClick={() => setOpen((value) => !value)}
          >
            {t("menu")}
          </button>
          <nav id="main-nav" className={open ? "nav open" : "nav"} aria-label={t("mainNav")}>
            {links.map((link) => (
              <NavLink key={link.to} to={link.to} end onClick={() => setOpen(false)}>
                {t(`nav.${link.label}`)}
              </NavLink>
            ))}
          </nav>
          <GlobalSearch />
          <div className="who">
            <LanguageSwitch />
            <NotificationBell />
            <NavLink to="/me" className="who-name" title={t("whoAmI")}>
              {viewer.name} <span className="role">{badgeLabel(ROLE_LABELS, viewer.role)}</span>
            </NavLink>
            <NavLink to="/change-password">{t("changePassword")}</NavLink>
            <button type="button" onClick={() => void logout().then(() => navigate("/login"))}>
              {t("logOut")}
            </button>
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </UnreadCountProvider>
  );
}
