import { Link } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { Notice } from "../../components/ui";
import { DeclarationForm } from "./DeclarationForm";

/** A declaration filled by hand: a supplier user for its own supplier, an admin for any. */
export function NewDeclarationPage() {
  const viewer = useViewer();
  const supplierId = viewer.role === "SUPPLIER" ? viewer.supplier?.id : undefined;
  return (
    <section>
      <p>
        <Link to="/declarations">← Material declarations</Link>
      </p>
      <h1>New material declaration</h1>
      {viewer.role === "ADMIN" || supplierId ? (
        <DeclarationForm supplierId={supplierId} />
      ) : (
        <Notice>Suppliers and admins write declarations; you can read and review them.</Notice>
      )}
    </section>
  );
}
