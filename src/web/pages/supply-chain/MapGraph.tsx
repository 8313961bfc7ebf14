import { Background, Controls, Position, ReactFlow, type Edge, type Node } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import "./supply-chain.css";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { MapLink, MapNode, NodeMarks, Tier } from "./map.types";

const COLUMN_WIDTH = 230;
const ROW_HEIGHT = 96;

/** A node's colour: flagged (screening or protected area) wins over the root and the rest. */
export function nodeStatus(node: MapNode, marks: NodeMarks): "flagged" | "root" | "plain" {
  if ((marks.hits.get(node.id)?.length ?? 0) > 0 || (marks.flags.get(node.id)?.length ?? 0) > 0)
    return "flagged";
  return node.isRoot ? "root" : "plain";
}

/**
 * The map as a tiered graph: one column per tier, origin on the left, the supplier on the
 * right; links coloured by state. Read-only here: editing goes through the forms and the table,
 * which a keyboard reaches as well.
 */
export function MapGraph({
  tiers,
  nodes,
  links,
  marks,
  onSelectNode,
}: {
  tiers: readonly Tier[];
  nodes: readonly MapNode[];
  links: readonly MapLink[];
  marks: NodeMarks;
  onSelectNode?: (id: string) => void;
}) {
  const { t } = useTranslation("supplyChain");
  const { flowNodes, flowEdges } = useMemo(() => {
    // Tiers above the root's stay empty: the map ends at the supplier.
    const top = Math.max(
      ...nodes.filter((node) => node.isRoot).map((node) => node.tier.position),
      Number.NEGATIVE_INFINITY,
    );
    const ordered = [...tiers]
      .filter((tier) => top === Number.NEGATIVE_INFINITY || tier.position <= top)
      .sort((a, b) => a.position - b.position);
    const column = new Map(ordered.map((tier, index) => [tier.id, index]));
    const rows = new Map<string, number>();
    const flowNodes: Node[] = [
      ...ordered.map((tier, index) => ({
        id: `tier-${tier.id}`,
        position: { x: index * COLUMN_WIDTH, y: 0 },
        data: { label: tier.name },
        className: "sc-tier-label",
        draggable: false,
        selectable: false,
        connectable: false,
      })),
      ...[...nodes]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((node) => {
          const row = (rows.get(node.tierId) ?? 0) + 1;
          rows.set(node.tierId, row);
          const status = nodeStatus(node, marks);
          const place = [node.country, node.region].filter(Boolean).join(" · ");
          return {
            id: node.id,
            position: { x: (column.get(node.tierId) ?? 0) * COLUMN_WIDTH, y: row * ROW_HEIGHT },
            data: {
              label: `${node.name}\n${place}${status === "flagged" ? `\n${t("graph.flagged")}` : ""}`,
            },
            className: `sc-node sc-node-${status}`,
            sourcePosition: Position.Right,
            targetPosition: Position.Left,
            connectable: false,
          } satisfies Node;
        }),
    ];
    const flowEdges: Edge[] = links.map((link) => ({
      id: link.id,
      source: link.upstreamNodeId,
      target: link.downstreamNodeId,
      className: `sc-edge-${link.state.toLowerCase()}`,
      animated: link.state === "DECLARED",
      label: link.state === "VERIFIED" ? t("graph.verified") : t("graph.declared"),
    }));
    return { flowNodes, flowEdges };
    // t changes with the language: the labels are drawn again in it.
  }, [tiers, nodes, links, marks, t]);

  return (
    <div
      className="sc-graph"
      role="figure"
      aria-label={t("graph.label", { nodes: nodes.length, links: links.length })}
      data-testid="supply-chain-graph"
    >
      <ReactFlow
        nodes={flowNodes}
        edges={flowEdges}
        fitView
        nodesConnectable={false}
        nodesDraggable={false}
        onNodeClick={(_, node) => {
          if (!node.id.startsWith("tier-")) onSelectNode?.(node.id);
        }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
