import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { Supplier } from "../supplier/supplier.entity";
import { SEARCH_PERMISSIONS } from "./search.permissions";
import { search } from "./search.service";
import { DEFAULT_SEARCH_HITS, MAX_SEARCH_HITS, MIN_SEARCH_LENGTH } from "./search.limits";
import { SearchResults, SupplierSearchHit } from "./search.types";

@Resolver(() => SearchResults)
export class SearchResolver {
  @Authorized(...SEARCH_PERMISSIONS.search)
  @Query(() => SearchResults, {
    description: `Suppliers, audits and findings whose text contains the query (at least ${MIN_SEARCH_LENGTH} characters), as far as the viewer may read them; first: hits of each kind, default ${DEFAULT_SEARCH_HITS}, at most ${MAX_SEARCH_HITS}`,
  })
  search(
    @Ctx() ctx: RequestContext,
    @Arg("query", () => String) query: string,
    @Arg("first", () => Int, { nullable: true }) first?: number | null,
  ) {
    return search(ctx, query, first);
  }
}

@Resolver(() => SupplierSearchHit)
export class SupplierSearchHitResolver {
  @FieldResolver(() => Supplier)
  supplier(@Root() hit: SupplierSearchHit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.supplier.load(hit.supplierId);
  }
}
