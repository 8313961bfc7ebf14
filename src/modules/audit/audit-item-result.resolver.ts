import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { ChecklistItem } from "../checklist/checklist-item.entity";
import { AuditItemResult } from "./audit-item-result.entity";

@Resolver(() => AuditItemResult)
export class AuditItemResultResolver {
  @FieldResolver(() => ChecklistItem)
  item(@Root() result: AuditItemResult, @Ctx() ctx: RequestContext) {
    return ctx.loaders.auditChecklistItem.load(result.itemId);
  }
}
