import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({ description: "Admin-managed taxonomy of what suppliers deliver" })
@Entity({ name: "material_category" })
export class MaterialCategory {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 40, unique: true })
  code: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 120 })
  name: string;

  @Field(() => Int, { description: "Send it back as expectedVersion when renaming" })
  @Column({ type: "int", default: 1 })
  version: number;

  @CreateDateColumn({ type: "timestamptz", name: "created_at" })
  createdAt: Date;
}
