import { Field, ID, Int, ObjectType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { ChecklistStatus } from "../../shared/domain/checklist.enums";
import type { Locale } from "../../shared/i18n/locale";
import type { NameTranslations } from "./checklist-names";

/** A versioned questionnaire template; PUBLISHED versions never change (SPEC 4). */
@ObjectType()
@Entity({ name: "checklist" })
@Index("checklist_family_version_key", ["familyId", "version"], { unique: true })
@Check("checklist_name_translations_check", `jsonb_typeof(name_translations) = 'object'`)
@Check(
  "checklist_required_locales_check",
  `required_locales <@ ARRAY['en', 'zh-CN']::varchar[] AND 'en' = ANY (required_locales)`,
)
export class Checklist {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Shared by every version of one checklist. */
  @Field(() => ID)
  @Column({ type: "uuid", name: "family_id" })
  familyId: string;

  /** The English name; the API's `name` field serves the reader's language (resolver). */
  @Column({ type: "varchar", length: 200 })
  name: string;

  /** The name in other languages (locale -> name); a reader without one gets the English. */
  @Column({ type: "jsonb", name: "name_translations", default: () => "'{}'" })
  nameTranslations: NameTranslations;

  @Field(() => Int)
  @Column({ type: "int" })
  version: number;

  /** Bumped by every change to a draft's items: editors send it back as `expectedRevision`. */
  @Field(() => Int, { description: "Bumped by every edit of a draft; send it as expectedRevision" })
  @Column({ type: "int", default: 1 })
  revision: number;

  /** Publishing needs every item's text in each of these; English is always one of them. */
  @Field(() => [String], {
    description: "Publishing needs every item's text in each of these locales (en always)",
  })
  @Column({ type: "varchar", length: 10, array: true, name: "required_locales", default: "{en}" })
  requiredLocales: Locale[];

  @Field(() => ChecklistStatus)
  @Column({ type: "varchar", length: 16, default: ChecklistStatus.DRAFT })
  status: ChecklistStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "published_at", nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "retired_at", nullable: true })
  retiredAt: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ type: "timestamptz", name: "created_at" })
  createdAt: Date;
}

@ObjectType({ description: "A checklist's name in one language other than English" })
export class ChecklistName {
  @Field(() => String, { description: "zh-CN" })
  locale: Locale;

  @Field(() => String)
  name: string;
}
