import type { GraphQLResolveInfo, SelectionSetNode } from "graphql";

/**
 * Whether the field being resolved selects `name` among its subfields (through fragments too),
 * so a resolver can read what is asked with it in the same statement. Directives are ignored:
 * a field under `@skip` only makes the read wider, never wrong.
 */
export function selectsSubfield(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const search = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === "Field") return selection.name.value === name;
      if (selection.kind === "InlineFragment") return search(selection.selectionSet);
      const fragmentName = selection.name.value;
      if (seen.has(fragmentName)) return false;
      seen.add(fragmentName);
      return search(info.fragments[fragmentName]?.selectionSet);
    });
  return info.fieldNodes.some((node) => search(node.selectionSet));
}
