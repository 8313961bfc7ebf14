import { useState } from "react";
import { NavLink, Outlet, useNavigate } from "react-router-dom";
import { useAuth, useViewer, type Role } from "../api/auth";
import { UnreadCountProvider } from "../api/notifications";
import { NotificationBell } from "./NotificationBell";
import { GlobalSearch } from "./GlobalSearch";
import { LanguageSwitch } from "./LanguageSwitch";
import { useScrollAreas } from "./scroll-areas";

const NAV: Record<Role, { to: string; label: string }[]> = {
  SUPPLIER: [
    { to: "/", label: "Overview" },
    { to: "/saqs", label: "Self-assessments" },
    { to: "/audits", label: "Audits & findings" },
    { to: "/documents", label: "Documents" },
    { to: "/declarations", label: "Material declarations" },
    { to: "/recycled/declarations", label: "Recycled content" },
  ],
  AUDITOR: [
    { to: "/dashboard", label: "Dashboard" },
    { to: "/queue", label: "Work queue" },
    { to: "/suppliers", label: "Suppliers" },
    { to: "/documents", label: "Documents" },
    { to: "/declarations", label: "Material declarations" },
    { to: "/recycled/declarations", label: "Recycled content" },
    { to: "/ehs/register", label: "Risk register" },
    { to: "/ehs/substitution", label: "Substitution" },
    { to: "/admin/screening", label: "Screening" },
    { to: "/admin/protected-areas", label: "Protected areas" },
  ],
  PROCUREMENT: [
    { to: "/dashboard", label: "Dashboard" },
    { to: "/rankings", label: "Rankings" },
    { to: "/suppliers", label: "Suppliers" },
    { to: "/admin/import", label: "Bulk import" },
    { to: "/documents", label: "Documents" },
    { to: "/declarations", label: "Material declarations" },
    { to: "/recycled", label: "Recycled content" },
    { to: "/recycled/purchases", label: "Purchases" },
    { to: "/ehs/register", label: "Risk register" },
    { to: "/ehs/substitution", label: "Substitution" },
    { to: "/admin/screening", label: "Screening" },
    { to: "/admin/protected-areas", label: "Protected areas" },
  ],
  ADMIN: [
    { to: "/dashboard", label: "Dashboard" },
    { to: "/admin/users", label: "Users" },
    { to: "/admin/suppliers", label: "Suppliers" },
    { to: "/admin/import", label: "Bulk import" },
    { to: "/admin/checklists", label: "Checklists" },
    { to: "/admin/categories", label: "Material categories" },
    { to: "/admin/audits", label: "Audits" },
    { to: "/admin/outbox", label: "E-mail outbox" },
    { to: "/admin/api-tokens", label: "API tokens" },
    { to: "/admin/webhooks", label: "Webhooks" },
    { to: "/admin/screening", label: "Screening" },
    { to: "/admin/protected-areas", label: "Protected areas" },
    { to: "/queue", label: "Work queue" },
    { to: "/rankings", label: "Rankings" },
    { to: "/documents", label: "Documents" },
    { to: "/declarations", label: "Material declarations" },
    { to: "/recycled", label: "Recycled content" },
    { to: "/recycled/purchases", label: "Purchases" },
    { to: "/ehs/register", label: "Risk register" },
    { to: "/ehs/substitution", label: "Substitution" },
  ],
};

export function Layout() {
  const viewer = useViewer();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  useScrollAreas();
  const links =
    viewer.role === "SUPPLIER" && viewer.supplier
      ? [...NAV.SUPPLIER, { to: `/suppliers/${viewer.supplier.id}`, label: "Profile & sites" }]
      : NAV[viewer.role];
  return (
    <UnreadCountProvider>
      <div className="app">
        <a className="skip" href="#main">
          Skip to content
        </a>
        <header className="topbar">
          <NavLink to="/" className="brand">
            ESG audit portal
          </NavLink>
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={open}
            aria-controls="main-nav"
            onClick={() => setOpen((value) => !value)}
          >
            Menu
          </button>
          <nav id="main-nav" className={open ? "nav open" : "nav"} aria-label="Main">
            {links.map((link) => (
              <NavLink key={link.to} to={link.to} end onClick={() => setOpen(false)}>
                {link.label}
              </NavLink>
            ))}
          </nav>
          <GlobalSearch />
          <div className="who">
            <LanguageSwitch />
            <NotificationBell />
            <NavLink to="/me" className="who-name" title="Who am I">
              {viewer.name} <span className="role">{viewer.role}</span>
            </NavLink>
            <NavLink to="/change-password">Change password</NavLink>
            <button type="button" onClick={() => void logout().then(() => navigate("/login"))}>
              Log out
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
