import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, ValidateNested } from "class-validator";
import { Type } from "class-transformer";
import { Field, InputType, ObjectType } from "type-graphql";
import { ConnectionType } from "../../graphql/pagination";
import { Notification } from "./notification.entity";
import { NotificationDelivery } from "./notification-delivery.entity";
import { EmailMode, NOTIFICATION_CATEGORIES, NotificationCategory } from "./notification.enums";

export const NotificationConnection = ConnectionType(Notification, "Notification");
export const NotificationDeliveryConnection = ConnectionType(
  NotificationDelivery,
  "NotificationDelivery",
);

@ObjectType()
export class NotificationCategoryPreference {
  @Field(() => NotificationCategory)
  category: NotificationCategory;

  @Field(() => Boolean, { description: "Whether notifications of the category come by e-mail" })
  email: boolean;
}

@ObjectType()
export class NotificationPreferences {
  @Field(() => EmailMode)
  emailMode: EmailMode;

  @Field(() => [NotificationCategoryPreference], { description: "Every category, in order" })
  categories: NotificationCategoryPreference[];
}

@InputType()
export class NotificationCategoryPreferenceInput {
  @Field(() => NotificationCategory)
  @IsEnum(NotificationCategory)
  category: NotificationCategory;

  @Field(() => Boolean)
  @IsBoolean()
  email: boolean;
}

@InputType({ description: "What to change; categories not listed keep their setting" })
export class NotificationPreferencesInput {
  @Field(() => EmailMode, { nullable: true })
  @IsOptional()
  @IsEnum(EmailMode)
  emailMode?: EmailMode;

  @Field(() => [NotificationCategoryPreferenceInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(NOTIFICATION_CATEGORIES.length)
  @ValidateNested({ each: true })
  @Type(() => NotificationCategoryPreferenceInput)
  categories?: NotificationCategoryPreferenceInput[];
}

@ObjectType({ description: "Something waiting for the viewer, with its deadline" })
export class OpenAction {
  @Field(() => String, {
    description:
      "SAQ_TO_FILL, SAQ_RETURNED, CAP_TO_PROPOSE, CAP_TO_REPROPOSE, CAP_TO_IMPLEMENT (supplier); SAQ_TO_REVIEW, CAP_TO_REVIEW, CAP_TO_VERIFY, AUDIT_PLANNED, AUDIT_IN_PROGRESS (auditor); SUPPLIER_STATUS_CHANGED, SUPPLIER_BLOCKED, FINDING_ESCALATED (procurement)",
  })
  kind: string;

  @Field(() => String)
  title: string;

  @Field(() => Date, { nullable: true })
  dueDate: Date | null;

  @Field(() => Boolean, { description: "The due day has passed" })
  overdue: boolean;

  @Field(() => String, { description: "The portal path to act on it" })
  link: string;
}
