import type { MigrationInterface, QueryRunner } from "typeorm";

export class DocumentStore1796214466757 implements MigrationInterface {
  name = "DocumentStore1796214466757";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "document" ("id" uuid NOT NULL, "filename" character varying(255) NOT NULL, "title" character varying(200), "content_type" character varying(120) NOT NULL, "size" bigint NOT NULL, "sha256" character(64) NOT NULL, "uploaded_by_id" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "unattached_since" TIMESTAMP WITH TIME ZONE, CONSTRAINT "document_sha256_check" CHECK (sha256 ~ '^[0-9a-f]{64}$'), CONSTRAINT "document_size_check" CHECK (size >= 0), CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "document_unattached_idx" ON "document" ("unattached_since") WHERE unattached_since IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "document_uploader_idx" ON "document" ("uploaded_by_id", "uploaded_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "document_attachment" ("document_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "subject_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "attached_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_aee487ee3938617057e5cc8afd7" PRIMARY KEY ("document_id", "kind", "subject_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "document_attachment_supplier_idx" ON "document_attachment" ("supplier_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "document_attachment_subject_idx" ON "document_attachment" ("kind", "subject_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "document_chunk" ("document_id" uuid NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_6863e4b0996ec6eff5e91095dcc" PRIMARY KEY ("document_id", "seq"))`,
    );
    // PDFs, images and Office files are compressed already: store the chunks out of line as
    // they are, without PostgreSQL trying (and failing) to compress each one.
    await queryRunner.query(
      `ALTER TABLE "document_chunk" ALTER COLUMN "data" SET STORAGE EXTERNAL`,
    );
    await queryRunner.query(
      `ALTER TABLE "document" ADD CONSTRAINT "FK_1b69aad62985f354d9aa36c995d" FOREIGN KEY ("uploaded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_attachment" ADD CONSTRAINT "FK_1de22abc4f9e25fbe0a637578d8" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_chunk" ADD CONSTRAINT "FK_13fe21b6cbdda6d223de93c1b4b" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "document_chunk" DROP CONSTRAINT "FK_13fe21b6cbdda6d223de93c1b4b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_attachment" DROP CONSTRAINT "FK_1de22abc4f9e25fbe0a637578d8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "document" DROP CONSTRAINT "FK_1b69aad62985f354d9aa36c995d"`,
    );
    await queryRunner.query(`DROP TABLE "document_chunk"`);
    await queryRunner.query(`DROP INDEX "public"."document_attachment_subject_idx"`);
    await queryRunner.query(`DROP INDEX "public"."document_attachment_supplier_idx"`);
    await queryRunner.query(`DROP TABLE "document_attachment"`);
    await queryRunner.query(`DROP INDEX "public"."document_uploader_idx"`);
    await queryRunner.query(`DROP INDEX "public"."document_unattached_idx"`);
    await queryRunner.query(`DROP TABLE "document"`);
  }
}
