import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { selectsSubfield } from "../../graphql/selection";
import { Supplier } from "../supplier/supplier.entity";
import { Audit } from "./audit.entity";
import { auditsOfSupplier } from "./audit.service";

@Resolver(() => Supplier)
export class SupplierAuditsResolver {
  @FieldResolver(() => [Audit], {
    description: "Newest planned date first; suppliers see completed ones",
  })
  audits(@Root() supplier: Supplier, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return auditsOfSupplier(ctx, supplier.id, selectsSubfield(info, "findings"));
  }
}
