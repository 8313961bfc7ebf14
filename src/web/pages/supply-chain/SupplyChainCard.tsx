import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useQuery } from "../../api/hooks";
import { Empty, ErrorMessage } from "../../components/ui";
import { graphql } from "../../gql";
import { formatNumber } from "../../i18n/format";
import { codeLabel } from "./map.types";

const TIER_SETS = graphql(`
  query SupplyChainCardTierSets {
    supplyChainTierSets {
      id
      name
      categories {
        categoryId
      }
    }
  }
`);

const MAPS = graphql(`
  query SupplyChainCardMaps($supplierId: ID!) {
    supplier(id: $supplierId) {
      id
      supplyChainMaps {
        id
        category {
          id
        }
        traceability {
          level
          coverage
        }
      }
    }
  }
`);

/** The supplier page's "Supply chain" card: each mapped category, its traceability, its map. */
export function SupplyChainCard({
  supplierId,
  categories,
}: {
  supplierId: string;
  categories: readonly { id: string; name: string }[];
}) {
  const { t } = useTranslation("supplyChain");
  const sets = useQuery(TIER_SETS);
  // One query for every map of the supplier, not one per category.
  const maps = useQuery(MAPS, { supplierId });
  const mapOf = new Map(
    (maps.data?.supplier?.supplyChainMaps ?? []).map((map) => [map.category.id, map]),
  );
  const drawable = new Set(
    (sets.data?.supplyChainTierSets ?? []).flatMap((set) =>
      set.categories.map((c) => c.categoryId),
    ),
  );
  const shown = categories.filter((category) => drawable.has(category.id));
  return (
    <div className="card">
      <h2>{t("card.title")}</h2>
      <ErrorMessage error={sets.error ?? maps.error} />
      {sets.data && shown.length === 0 ? (
        <Empty>{t("card.none")}</Empty>
      ) : (
        <ul className="links" aria-label={t("card.maps")}>
          {shown.map((category) => (
            <CategoryRow
              key={category.id}
              supplierId={supplierId}
              category={category}
              loaded={Boolean(maps.data)}
              map={mapOf.get(category.id) ?? null}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function CategoryRow({
  supplierId,
  category,
  loaded,
  map,
}: {
  supplierId: string;
  category: { id: string; name: string };
  loaded: boolean;
  map: { traceability: { level: string; coverage: number } } | null;
}) {
  const { t } = useTranslation("supplyChain");
  return (
    <li>
      <Link
        to={`/suppliers/${encodeURIComponent(supplierId)}/supply-chain/${encodeURIComponent(category.id)}`}
      >
        {category.name}
      </Link>{" "}
      <span className="muted" data-testid={`traceability-${category.id}`}>
        {loaded
          ? map
            ? t("card.traceability", {
                level: codeLabel("card.level", map.traceability.level),
                coverage: formatNumber(map.traceability.coverage, 0),
              })
            : t("card.noMap")
          : "…"}
      </span>
    </li>
  );
}
