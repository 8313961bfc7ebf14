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
import { DEFAULT_LOCALE } from "../../shared/i18n/locale";
import type { RequestContext } from "../../graphql/context";
import { ConnectionType, PageArgs } from "../../graphql/pagination";
import { Role } from "../../shared/domain/role.enum";
import * as identity from "./identity.service";
import * as passwords from "./password.service";
import { changeUserRole } from "./user-role.service";
import { User } from "./user.entity";
import { AuthPayload, CreateUserInput } from "./user.inputs";
import { IDENTITY_PERMISSIONS } from "./identity.permissions";

export const UserConnection = ConnectionType(User, "User");

@Resolver(() => User)
export class UserResolver {
  @Authorized(...IDENTITY_PERMISSIONS.me)
  @Query(() => User)
  me(@Ctx() ctx: RequestContext) {
    return identity.me(ctx);
  }

  @Authorized(...IDENTITY_PERMISSIONS.users)
  @Query(() => UserConnection)
  users(@Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs) {
    return identity.listUsers(ctx, page.first, page.after);
  }

  @Mutation(() => AuthPayload)
  login(
    @Ctx() ctx: RequestContext,
    @Arg("email", () => String) email: string,
    @Arg("password", () => String) password: string,
  ) {
    return identity.login(ctx, email, password);
  }

  @Authorized(...IDENTITY_PERMISSIONS.logout)
  @Mutation(() => Boolean, {
    description: "Ends the token this request carries, on every server instance",
  })
  logout(@Ctx() ctx: RequestContext) {
    return identity.logout(ctx);
  }

  @Authorized(...IDENTITY_PERMISSIONS.changePassword)
  @Mutation(() => Boolean, {
    description:
      "Changes your own password; every token issued before it ends (this one too): log in again",
  })
  changePassword(
    @Ctx() ctx: RequestContext,
    @Arg("currentPassword", () => String) currentPassword: string,
    @Arg("newPassword", () => String) newPassword: string,
  ) {
    return passwords.changePassword(ctx, currentPassword, newPassword);
  }

  @Authorized(...IDENTITY_PERMISSIONS.setLocale)
  @Mutation(() => User, {
    description:
      "Sets your language (en or zh-CN) for the interface, e-mails, reports and error messages",
  })
  setLocale(@Ctx() ctx: RequestContext, @Arg("locale", () => String) locale: string) {
    return identity.setLocale(ctx, locale);
  }

  @FieldResolver(() => String, {
    description: "en or zh-CN: the language chosen, else (your own) the browser's, else en",
  })
  locale(@Root() user: User, @Ctx() ctx: RequestContext): string {
    return user.locale ?? (ctx.viewer?.userId === user.id ? ctx.locale : DEFAULT_LOCALE);
  }

  @Authorized(...IDENTITY_PERMISSIONS.resetUserPassword)
  @Mutation(() => String, {
    description:
      "Sets a one-time password (returned once) the user must change at the next log-in; ends the user's tokens",
  })
  resetUserPassword(@Ctx() ctx: RequestContext, @Arg("userId", () => ID) userId: string) {
    return passwords.resetUserPassword(ctx, userId);
  }

  @Authorized(...IDENTITY_PERMISSIONS.createUser)
  @Mutation(() => User)
  createUser(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateUserInput) input: CreateUserInput,
  ) {
    return identity.createUser(ctx, input);
  }

  @Authorized(...IDENTITY_PERMISSIONS.deactivateUser)
  @Mutation(() => User, {
    description: "Ends every token the user has, for good (activating again does not revive them)",
  })
  deactivateUser(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return identity.setUserActive(ctx, id, false);
  }

  @Authorized(...IDENTITY_PERMISSIONS.activateUser)
  @Mutation(() => User)
  activateUser(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return identity.setUserActive(ctx, id, true);
  }

  @Authorized(...IDENTITY_PERMISSIONS.changeUserRole)
  @Mutation(() => User, {
    description:
      "Moves a user to another role (SUPPLIER needs supplierId, the others none); ends the user's tokens. Not your own role, not the last active admin",
  })
  changeUserRole(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("role", () => Role) role: Role,
    @Arg("supplierId", () => ID, { nullable: true }) supplierId?: string | null,
  ) {
    return changeUserRole(ctx, id, role, supplierId);
  }
}
