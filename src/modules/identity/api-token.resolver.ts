import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { Role } from "../../shared/domain/role.enum";
import { ApiToken } from "./api-token.entity";
import * as apiTokens from "./api-token.service";
import { IDENTITY_PERMISSIONS } from "./identity.permissions";
import { API_TOKENS_LISTED } from "./identity.limits";
import { User } from "./user.entity";

@ObjectType({ description: "A new API token with its secret, shown this once" })
export class ApiTokenSecret {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: "Send as `Authorization: Bearer esgp_...`" })
  secret: string;
}

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Authorized(...IDENTITY_PERMISSIONS.apiTokens)
  @Query(() => [ApiToken], {
    description: `API tokens, newest first (at most ${API_TOKENS_LISTED}), revoked ones included`,
  })
  apiTokens(@Ctx() ctx: RequestContext) {
    return apiTokens.listApiTokens(ctx);
  }

  @Authorized(...IDENTITY_PERMISSIONS.createApiToken)
  @Mutation(() => ApiTokenSecret, {
    description:
      "A token for an integration, acting as a service user of the role (PROCUREMENT or AUDITOR); the secret is returned only here",
  })
  createApiToken(
    @Ctx() ctx: RequestContext,
    @Arg("name", () => String) name: string,
    @Arg("role", () => Role) role: Role,
    @Arg("expiresAt", () => Date, { nullable: true }) expiresAt?: Date | null,
  ) {
    return apiTokens.createApiToken(ctx, name, role, expiresAt);
  }

  @Authorized(...IDENTITY_PERMISSIONS.revokeApiToken)
  @Mutation(() => Boolean, { description: "Ends the token at once" })
  revokeApiToken(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return apiTokens.revokeApiToken(ctx, id);
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() token: ApiToken, @Ctx() ctx: RequestContext) {
    return ctx.loaders.user.load(token.createdById);
  }
}

/** On every actor (the audit trail's `actor`): which API token, when the user is one's. */
@Resolver(() => User)
export class UserApiTokenResolver {
  @FieldResolver(() => ApiToken, {
    nullable: true,
    description: "Set when this user is an API token's service user",
  })
  apiToken(@Root() user: User, @Ctx() ctx: RequestContext) {
    return ctx.loaders.apiTokenByUser.load(user.id);
  }
}
