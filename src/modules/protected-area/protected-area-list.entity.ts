import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** A named list of protected areas (a WDPA export, a national register); each import is a version. */
@ObjectType()
@Entity({ name: "protected_area_list" })
@Index("protected_area_list_name_key", ["name"], { unique: true })
export class ProtectedAreaList {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 100 })
  name: string;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;
}
