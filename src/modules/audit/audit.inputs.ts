import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { AuditStatus, AuditType, ItemResult, Severity } from "../../shared/domain/audit.enums";
import { EsgArea } from "../../shared/domain/esg-area.enum";

@InputType()
export class ScheduleAuditInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be a supplier id" })
  supplierId: string;

  @Field(() => ID, { description: "A PUBLISHED checklist version" })
  @IsUUID("all", { message: "must be a checklist id" })
  checklistId: string;

  @Field(() => AuditType)
  @IsEnum(AuditType)
  type: AuditType;

  @Field(() => ID, { description: "An active AUDITOR user" })
  @IsUUID("all", { message: "must be a user id" })
  leadAuditorId: string;

  @Field(() => Date)
  plannedDate: Date;

  @Field(() => ID, { nullable: true, description: "One of the supplier's sites" })
  @IsOptional()
  @IsUUID("all", { message: "must be a site id" })
  siteId?: string;

  @Field(() => String, { nullable: true, description: "Third-party audit firm, if any" })
  @IsOptional()
  @MaxLength(200)
  auditFirm?: string;
}

@InputType()
export class ItemResultInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be a checklist item id" })
  itemId: string;

  @Field(() => ItemResult)
  @IsEnum(ItemResult)
  result: ItemResult;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  note?: string;
}

@InputType()
export class AuditFilter {
  @Field(() => AuditStatus, { nullable: true })
  @IsOptional()
  @IsEnum(AuditStatus)
  status?: AuditStatus;

  @Field(() => [AuditStatus], { nullable: true, description: "Any of these statuses" })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsEnum(AuditStatus, { each: true })
  statuses?: AuditStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "must be a supplier id" })
  supplierId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "must be a user id" })
  leadAuditorId?: string;

  @Field(() => Date, { nullable: true, description: "Planned on or after" })
  plannedFrom?: Date;

  @Field(() => Date, { nullable: true, description: "Planned on or before" })
  plannedTo?: Date;

  @Field(() => Boolean, {
    nullable: true,
    description: "Planned or in progress, with its planned day already past",
  })
  @IsOptional()
  overdue?: boolean;

  @Field(() => Severity, {
    nullable: true,
    description: "With at least one finding (not withdrawn) of this severity",
  })
  @IsOptional()
  @IsEnum(Severity)
  findingSeverity?: Severity;

  @Field(() => EsgArea, {
    nullable: true,
    description: "With at least one finding (not withdrawn) in this area",
  })
  @IsOptional()
  @IsEnum(EsgArea)
  findingArea?: EsgArea;
}
