import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { User } from "../identity/user.entity";
import { Supplier } from "./supplier.entity";

/** `User.supplier`: here, so that identity (below the supplier module) needs no Supplier. */
@Resolver(() => User)
export class UserSupplierResolver {
  @FieldResolver(() => Supplier, { nullable: true })
  supplier(@Root() user: User, @Ctx() ctx: RequestContext) {
    return user.supplierId ? ctx.loaders.supplier.load(user.supplierId) : null;
  }
}
