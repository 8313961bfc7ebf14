import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Audit } from "../audit/audit.entity";
import { Finding } from "../audit/finding.entity";

export enum SupplierMatchField {
  NAME = "NAME",
  LEGAL_NAME = "LEGAL_NAME",
  REGISTRATION_NUMBER = "REGISTRATION_NUMBER",
  EXTERNAL_ID = "EXTERNAL_ID",
}

registerEnumType(SupplierMatchField, {
  name: "SupplierMatchField",
  description: "Which of a supplier's names or numbers matched a search",
});

@ObjectType({ description: "A supplier a search found, with what of it matched" })
export class SupplierSearchHit {
  @Field(() => ID)
  supplierId: string;

  @Field(() => SupplierMatchField)
  matchedOn: SupplierMatchField;

  @Field(() => String, { description: "The matching value, as stored" })
  matchedText: string;
}

@ObjectType({
  description: "Suppliers, audits and findings the viewer may read whose text contains the query",
})
export class SearchResults {
  @Field(() => String, { description: "The query as searched (trimmed)" })
  query: string;

  @Field(() => [SupplierSearchHit], {
    description: "Exact and prefix matches first, then by name",
  })
  suppliers: SupplierSearchHit[];

  @Field(() => Boolean, { description: "More suppliers match than were returned" })
  moreSuppliers: boolean;

  @Field(() => [Audit], {
    description: "By supplier name, legal name or audit firm; latest planned first",
  })
  audits: Audit[];

  @Field(() => Boolean)
  moreAudits: boolean;

  @Field(() => [Finding], { description: "By description; newest first" })
  findings: Finding[];

  @Field(() => Boolean)
  moreFindings: boolean;
}
