import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { ImportReport } from "../../graphql/import-report";
import { PageArgs } from "../../graphql/pagination";
import { EvidenceInput } from "../evidence/evidence";
import { User } from "../identity/user.entity";
import { Supplier } from "../supplier/supplier.entity";
import { ProtectedArea } from "./protected-area.entity";
import { ProtectedAreaFlag } from "./protected-area-flag.entity";
import { ProtectedAreaListVersion } from "./protected-area-list-version.entity";
import { ProtectedAreaList } from "./protected-area-list.entity";
import { importProtectedAreas } from "./protected-area-import.service";
import { ProtectedAreaFlagFilterArgs } from "./protected-area.inputs";
import { PROTECTED_AREA_PERMISSIONS as P } from "./protected-area.permissions";
import * as service from "./protected-area.service";
import { ProtectedAreaFlagConnection } from "./protected-area.types";

@Resolver(() => ProtectedAreaList)
export class ProtectedAreaListResolver {
  @Authorized(...P.protectedAreaLists)
  @Query(() => [ProtectedAreaList], { description: "Protected-area lists, by name" })
  protectedAreaLists(@Ctx() ctx: RequestContext) {
    return service.listProtectedAreaLists(ctx);
  }

  @FieldResolver(() => [ProtectedAreaListVersion], {
    description: "Newest first; the first is the one sites and nodes are checked against",
  })
  versions(@Root() list: ProtectedAreaList, @Ctx() ctx: RequestContext) {
    return service.versionsOf(ctx, list.id);
  }

  @Authorized(...P.importProtectedAreas)
  @Mutation(() => ImportReport, {
    description:
      "Imports a GeoJSON FeatureCollection or a CSV/XLSX of point areas as the next version of the list (created on its first import); a clean real run re-checks every site and map node",
  })
  importProtectedAreas(
    @Ctx() ctx: RequestContext,
    @Arg("listName", () => String) listName: string,
    @Arg("documentId", () => ID) documentId: string,
    @Arg("dryRun", () => Boolean) dryRun: boolean,
  ) {
    return importProtectedAreas(ctx, listName, documentId, dryRun);
  }
}

@Resolver(() => ProtectedAreaFlag)
export class ProtectedAreaFlagResolver {
  @Authorized(...P.protectedAreaFlags)
  @Query(() => ProtectedAreaFlagConnection, {
    description:
      "Sites and map nodes in or near a protected area, newest first; a supplier sees its own",
  })
  protectedAreaFlags(
    @Ctx() ctx: RequestContext,
    @Args(() => ProtectedAreaFlagFilterArgs) filter: ProtectedAreaFlagFilterArgs,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return service.listProtectedAreaFlags(ctx, filter, page.first, page.after);
  }

  @Authorized(...P.clearProtectedAreaFlag)
  @Mutation(() => ProtectedAreaFlag, {
    description:
      "Records, with evidence, that the flagged site or node does not source from the area: the flag no longer blocks",
  })
  clearProtectedAreaFlag(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("evidence", () => [EvidenceInput]) evidence: EvidenceInput[],
    @Arg("note", () => String) note: string,
  ) {
    return service.clearProtectedAreaFlag(ctx, id, evidence, note);
  }

  @FieldResolver(() => Supplier)
  supplier(@Root() flag: ProtectedAreaFlag, @Ctx() ctx: RequestContext) {
    return ctx.loaders.supplier.load(flag.supplierId);
  }

  @FieldResolver(() => ProtectedArea, { description: "The area as the newest check found it" })
  area(@Root() flag: ProtectedAreaFlag, @Ctx() ctx: RequestContext) {
    return ctx.loaders.protectedArea.load(flag.areaId);
  }

  @FieldResolver(() => ProtectedAreaList)
  list(@Root() flag: ProtectedAreaFlag, @Ctx() ctx: RequestContext) {
    return ctx.loaders.protectedAreaList.load(flag.listId);
  }

  @FieldResolver(() => User, { nullable: true })
  clearedBy(@Root() flag: ProtectedAreaFlag, @Ctx() ctx: RequestContext) {
    return flag.clearedById ? ctx.loaders.user.load(flag.clearedById) : null;
  }
}
