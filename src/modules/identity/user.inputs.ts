import {
  IsEmail,
  IsEnum,
  IsIn,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
  MinLength,
} from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { MIN_PASSWORD_LENGTH } from "./password";
import { Role } from "../../shared/domain/role.enum";
import { User } from "./user.entity";
import { LOCALES, type Locale } from "../../shared/i18n/locale";

@InputType()
export class CreateUserInput {
  @Field(() => String)
  @IsEmail({}, { message: "must be an e-mail address" })
  @MaxLength(254)
  email: string;

  @Field(() => String, { description: `At least ${MIN_PASSWORD_LENGTH} characters` })
  @MinLength(MIN_PASSWORD_LENGTH, { message: `must be at least ${MIN_PASSWORD_LENGTH} characters` })
  @MaxLength(200)
  password: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => ID, {
    nullable: true,
    description: "Required for SUPPLIER users, forbidden otherwise",
  })
  @IsOptional()
  @IsUUID("all", { message: "must be a supplier id" })
  supplierId?: string;

  @Field(() => String)
  @Length(1, 200)
  name: string;

  @Field(() => String, {
    nullable: true,
    description: "en or zh-CN: the user's language; unset, the browser's at their first log-in",
  })
  @IsOptional()
  @IsIn([...LOCALES], { message: `must be one of ${LOCALES.join(", ")}` })
  locale?: Locale;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: "Bearer token for the Authorization header" })
  token: string;

  @Field(() => User)
  user: User;
}
