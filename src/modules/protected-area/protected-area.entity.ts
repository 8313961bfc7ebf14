import { Field, Float, ID, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { AreaShape } from "./protected-area.enums";
import { ProtectedAreaListVersion } from "./protected-area-list-version.entity";

/** [[lon, lat], ...] rings of polygons: GeoJSON MultiPolygon coordinates. */
export type PolygonSet = number[][][][];

/**
 * One area of a list version. The bounding box lets a check skip areas far from a point before
 * any geometry is read; a point area's box is its centre alone (min = max), its radius apart.
 */
@ObjectType()
@Entity({ name: "protected_area" })
@Index("protected_area_version_idx", ["versionId"])
@Check(
  "protected_area_shape_check",
  `(shape = 'POLYGON' AND polygons IS NOT NULL) OR (shape = 'POINT' AND radius_m > 0)`,
)
export class ProtectedArea {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "version_id" })
  versionId: string;

  @ManyToOne(() => ProtectedAreaListVersion, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "version_id" })
  version?: ProtectedAreaListVersion;

  /**
   * The area's identity across versions (the file's id, e.g. WDPAID, else name, designation and
   * country): a clearance carries over to the next version while it names the same area.
   */
  @Column({ type: "varchar", length: 400, name: "area_key" })
  areaKey: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 300 })
  name: string;

  @Field(() => String, { nullable: true, description: 'e.g. "National Park", "Ramsar Site"' })
  @Column({ type: "varchar", length: 200, nullable: true })
  designation: string | null;

  @Field(() => String, {
    nullable: true,
    description: "ISO 3166-1 alpha-2, when the file gives it",
  })
  @Column({ type: "char", length: 2, nullable: true })
  country: string | null;

  @Field(() => AreaShape)
  @Column({ type: "varchar", length: 10 })
  shape: AreaShape;

  @Column({ type: "jsonb", nullable: true })
  polygons: PolygonSet | null;

  @Field(() => Float, { nullable: true, description: "A point area's radius in metres" })
  @Column({ type: "double precision", name: "radius_m", nullable: true })
  radiusM: number | null;

  @Column({ type: "double precision", name: "min_lat" })
  minLat: number;

  @Column({ type: "double precision", name: "max_lat" })
  maxLat: number;

  @Column({ type: "double precision", name: "min_lon" })
  minLon: number;

  @Column({ type: "double precision", name: "max_lon" })
  maxLon: number;
}
