import { Link } from "react-router-dom";
import { useQuery } from "../../api/hooks";
import { Empty, ErrorMessage } from "../../components/ui";
import { graphql } from "../../gql";

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

const ROW = graphql(`
  query SupplyChainCardRow($supplierId: ID!, $categoryId: ID!) {
    supplier(id: $supplierId) {
      id
      supplyChain(categoryId: $categoryId) {
        id
        traceability {
          level
          coverage
        }
      }
    }
  }
`);

const LEVELS: Record<string, string> = {
  TO_ORIGIN: "to origin",
  TIER1: "tier 1",
  NONE: "none",
};

/** The supplier page's "Supply chain" card: each mapped category, its traceability, its map. */
export function SupplyChainCard({
  supplierId,
  categories,
}: {
  supplierId: string;
  categories: readonly { id: string; name: string }[];
}) {
  const sets = useQuery(TIER_SETS);
  const drawable = new Set(
    (sets.data?.supplyChainTierSets ?? []).flatMap((set) =>
      set.categories.map((c) => c.categoryId),
    ),
  );
  const shown = categories.filter((category) => drawable.has(category.id));
  return (
    <div className="card">
      <h2>Supply chain</h2>
      <ErrorMessage error={sets.error} />
      {sets.data && shown.length === 0 ? (
        <Empty>None of this supplier&apos;s categories is drawn as a supply-chain map.</Empty>
      ) : (
        <ul className="links" aria-label="Supply-chain maps">
          {shown.map((category) => (
            <CategoryRow key={category.id} supplierId={supplierId} category={category} />
          ))}
        </ul>
      )}
    </div>
  );
}

function CategoryRow({
  supplierId,
  category,
}: {
  supplierId: string;
  category: { id: string; name: string };
}) {
  const row = useQuery(ROW, { supplierId, categoryId: category.id });
  const map = row.data?.supplier?.supplyChain;
  return (
    <li>
      <Link
        to={`/suppliers/${encodeURIComponent(supplierId)}/supply-chain/${encodeURIComponent(category.id)}`}
      >
        {category.name}
      </Link>{" "}
      <span className="muted" data-testid={`traceability-${category.id}`}>
        {row.data
          ? map
            ? `traceability ${LEVELS[map.traceability.level] ?? map.traceability.level}, ${Math.round(map.traceability.coverage)}% of paths verified`
            : "no map drawn yet"
          : "…"}
      </span>
    </li>
  );
}
