import {
  Arg,
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
import { IDENTITY_PERMISSIONS } from "./identity.permissions";
import { INVITATIONS_LISTED } from "./identity.limits";
import { Invitation, InvitationState } from "./invitation.entity";
import * as invitations from "./invitation.service";
import { AuthPayload } from "./user.inputs";
import { User } from "./user.entity";

@Resolver(() => Invitation)
export class InvitationResolver {
  @Authorized(...IDENTITY_PERMISSIONS.invitations)
  @Query(() => [Invitation], {
    description: `A supplier's invitations, newest first (at most ${INVITATIONS_LISTED})`,
  })
  invitations(@Ctx() ctx: RequestContext, @Arg("supplierId", () => ID) supplierId: string) {
    return invitations.listInvitations(ctx, supplierId);
  }

  @Authorized(...IDENTITY_PERMISSIONS.inviteSupplierUser)
  @Mutation(() => Invitation, {
    description: `Invites a contact to become a SUPPLIER user of the supplier; the link is valid ${invitations.INVITATION_VALID_DAYS} days, once`,
  })
  inviteSupplierUser(
    @Ctx() ctx: RequestContext,
    @Arg("supplierId", () => ID) supplierId: string,
    @Arg("email", () => String) email: string,
  ) {
    return invitations.inviteSupplierUser(ctx, supplierId, email);
  }

  @Authorized(...IDENTITY_PERMISSIONS.resendInvitation)
  @Mutation(() => Invitation, {
    description: "Issues a new link (valid 14 days again); the previous link stops working",
  })
  resendInvitation(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return invitations.resendInvitation(ctx, id);
  }

  @Authorized(...IDENTITY_PERMISSIONS.revokeInvitation)
  @Mutation(() => Invitation)
  revokeInvitation(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return invitations.revokeInvitation(ctx, id);
  }

  @Mutation(() => AuthPayload, {
    description: "The invitee sets a name and password and is logged in as the new SUPPLIER user",
  })
  acceptInvitation(
    @Ctx() ctx: RequestContext,
    @Arg("token", () => String) token: string,
    @Arg("name", () => String) name: string,
    @Arg("password", () => String) password: string,
  ) {
    return invitations.acceptInvitation(ctx, token, name, password);
  }

  @FieldResolver(() => InvitationState)
  state(@Root() invitation: Invitation, @Ctx() ctx: RequestContext) {
    return invitations.invitationState(invitation, ctx.clock.now());
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() invitation: Invitation, @Ctx() ctx: RequestContext) {
    return ctx.loaders.user.load(invitation.createdById);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The link to pass on to the invitee: only on the inviteSupplierUser and resendInvitation response when it was not e-mailed (no SMTP), never again",
  })
  link(@Root() invitation: Invitation) {
    return invitation.link ?? null;
  }
}
