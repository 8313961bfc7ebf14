import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { Notice } from "../../components/ui";
import { DeclarationForm } from "./DeclarationForm";

/** A declaration filled by hand: a supplier user for its own supplier, an admin for any. */
export function NewDeclarationPage() {
  const { t } = useTranslation("declarations");
  const viewer = useViewer();
  const supplierId = viewer.role === "SUPPLIER" ? viewer.supplier?.id : undefined;
  return (
    <section>
      <p>
        <Link to="/declarations">{t("backToList")}</Link>
      </p>
      <h1>{t("newPage.title")}</h1>
      {viewer.role === "ADMIN" || supplierId ? (
        <DeclarationForm supplierId={supplierId} />
      ) : (
        <Notice>{t("newPage.readOnly")}</Notice>
      )}
    </section>
  );
}
