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
import { Role } from "../../shared/domain/role.enum";
import { ConnectionType, PageArgs } from "../../graphql/pagination";
import { Evidence } from "../evidence/evidence";
import { supplierScope } from "../identity/access";
import { User } from "../identity/user.entity";
import { DocumentAttachment } from "./document-attachment.entity";
import { Document } from "./document.entity";
import { MAX_ATTACHMENTS_SHOWN } from "./document.limits";
import { DOCUMENT_PERMISSIONS } from "./document.permissions";
import { listDocuments, readableDocument, removeDocument } from "./document.service";

export const DocumentConnection = ConnectionType(Document, "Document");

@Resolver(() => Document)
export class DocumentResolver {
  @Authorized(...DOCUMENT_PERMISSIONS.document)
  @Query(() => Document, {
    nullable: true,
    description: "Null when it does not exist or the viewer may not read it",
  })
  document(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return readableDocument(ctx, id);
  }

  @Authorized(...DOCUMENT_PERMISSIONS.documents)
  @Query(() => DocumentConnection, {
    description: "Newest first; a supplier user sees its uploads and its supplier's evidence",
  })
  documents(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("supplierId", () => ID, {
      nullable: true,
      description: "Only documents on this supplier's records",
    })
    supplierId?: string,
  ) {
    return listDocuments(ctx, supplierId, page.first, page.after);
  }

  @Authorized(...DOCUMENT_PERMISSIONS.removeDocument)
  @Mutation(() => Boolean, {
    description: "Deletes an upload no record links (uploader or admin); CONFLICT when linked",
  })
  removeDocument(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return removeDocument(ctx, id);
  }

  @FieldResolver(() => User)
  uploadedBy(@Root() document: Document, @Ctx() ctx: RequestContext) {
    return ctx.loaders.user.load(document.uploadedById);
  }

  @FieldResolver(() => String, { description: "GET it with the same bearer token" })
  downloadUrl(@Root() document: Document) {
    return `/documents/${document.id}`;
  }

  @FieldResolver(() => [DocumentAttachment], {
    description: `The records it is evidence for, oldest first, at most ${MAX_ATTACHMENTS_SHOWN} (a supplier user: its own supplier's)`,
  })
  async attachments(@Root() document: Document, @Ctx() ctx: RequestContext) {
    const rows = await ctx.loaders.documentAttachments.load(document.id);
    const scope = ctx.viewer ? supplierScope(ctx.viewer) : null;
    const visible =
      scope === null ? rows : rows.filter((row) => row.supplierId === scope && row.supplierMayRead);
    return visible.slice(0, MAX_ATTACHMENTS_SHOWN);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether removeDocument would succeed for the viewer: its own, linked nowhere",
  })
  async removable(@Root() document: Document, @Ctx() ctx: RequestContext) {
    const viewer = ctx.viewer;
    if (!viewer || (viewer.role !== Role.ADMIN && viewer.userId !== document.uploadedById))
      return false;
    return (await ctx.loaders.documentAttachments.load(document.id)).length === 0;
  }
}

@Resolver(() => Evidence)
export class EvidenceDocumentResolver {
  @FieldResolver(() => Document, {
    nullable: true,
    description: "The uploaded document, when documentId names one the viewer may read",
  })
  document(@Root() evidence: Evidence, @Ctx() ctx: RequestContext) {
    return evidence.documentId ? readableDocument(ctx, evidence.documentId) : null;
  }
}
