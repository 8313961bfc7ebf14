import { useEffect } from "react";
import { Link, useLocation } from "react-router-dom";
import { useViewer } from "../api/auth";
import { PreferencesForm } from "./notifications/PreferencesForm";

export function MePage() {
  const viewer = useViewer();
  const { hash } = useLocation();
  useEffect(() => {
    if (hash === "#notification-preferences")
      document.getElementById("notification-preferences")?.scrollIntoView();
  }, [hash]);
  return (
    <section>
      <h1>Who am I</h1>
      <dl className="facts">
        <dt>Name</dt>
        <dd>{viewer.name}</dd>
        <dt>E-mail</dt>
        <dd>{viewer.email}</dd>
        <dt>Role</dt>
        <dd>{viewer.role}</dd>
        {viewer.supplier && (
          <>
            <dt>Supplier</dt>
            <dd>
              <Link to={`/suppliers/${viewer.supplier.id}`}>{viewer.supplier.name}</Link>
            </dd>
          </>
        )}
      </dl>
      <div className="card" id="notification-preferences">
        <h2>Notification e-mails</h2>
        <PreferencesForm />
        <p className="muted">
          <Link to="/notifications">Open the inbox</Link>
        </p>
      </div>
    </section>
  );
}
