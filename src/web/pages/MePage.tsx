import { Link } from "react-router-dom";
import { useViewer } from "../api/auth";

export function MePage() {
  const viewer = useViewer();
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
    </section>
  );
}
