/** A rule's condition as nested plain sentences (the JSON stays one click away). */
import type { ConditionNode } from './rule-text.ts';

export function ConditionView({ node }: { node: ConditionNode }) {
  return (
    <ul className="condition-tree">
      <Node node={node} />
    </ul>
  );
}

function Node({ node }: { node: ConditionNode }) {
  return (
    <li>
      <span>{node.text}</span>
      {node.children?.length ? (
        <ul>
          {node.children.map((c, i) => (
            <Node key={i} node={c} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
