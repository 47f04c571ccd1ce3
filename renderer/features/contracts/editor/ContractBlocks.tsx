import { memo, type ReactNode } from 'react';
import { parseSectionHtml, type Block, type Run } from '../../../domain/contracts/html';
import './sectionEditor.css';

/**
 * Stored contract text shown read-only (print route, report appendix, previews): the
 * section HTML is parsed into blocks (domain/contracts/html.ts) and drawn as React
 * elements, never inserted as HTML. Whatever reached the database (an import, an old
 * version), a script or an onerror in it is only text or nothing.
 */
function RunView({ run, cell }: { run: Run; cell: boolean }): ReactNode {
  if (run.break) return <br />;
  // In table cells an amount may wrap before its „€“ (not inside its digits): eleven euro columns fit A4 only so.
  let node: ReactNode = cell ? run.text.replace(/\u00a0€/g, ' €') : run.text;
  if (run.bold) node = <strong>{node}</strong>;
  if (run.italic) node = <em>{node}</em>;
  if (run.underline) node = <u>{node}</u>;
  if (run.strike) node = <s>{node}</s>;
  if (run.placeholder)
    node = (
      <span data-placeholder={run.placeholder} data-missing={run.missing ? 'true' : undefined}>
        {node}
      </span>
    );
  return node;
}

function Runs({ runs, cell = false }: { runs: readonly Run[]; cell?: boolean }) {
  return (
    <>
      {runs.map((r, i) => (
        <RunView key={i} run={r} cell={cell} />
      ))}
    </>
  );
}

type ListItem = Extract<Block, { type: 'listItem' }>;

/** Consecutive list items of one list (and level) as one <ol>/<ul>; deeper levels nest in the item before. */
function List({ items }: { items: ListItem[] }) {
  const Tag = items[0]!.ordered ? 'ol' : 'ul';
  const level = items[0]!.level;
  const out: { item: ListItem; children: ListItem[] }[] = [];
  for (const it of items) {
    if (it.level > level && out.length) out.at(-1)!.children.push(it);
    else out.push({ item: it, children: [] });
  }
  return (
    <Tag>
      {out.map(({ item, children }, i) => (
        <li key={i}>
          <Runs runs={item.runs} />
          {children.length ? <List items={children} /> : null}
        </li>
      ))}
    </Tag>
  );
}

function TableView({ block }: { block: Extract<Block, { type: 'table' }> }) {
  // Leading header rows become the <thead>: Chromium repeats it on every page a long table spans.
  const headCount = block.rows.findIndex((r) => !r.header);
  const head = block.rows.slice(0, headCount < 0 ? block.rows.length : headCount);
  const body = block.rows.slice(head.length);
  return (
    <table data-placeholder={block.placeholder ?? undefined}>
      {head.length ? (
        <thead>
          {head.map((r, i) => (
            <tr key={i}>
              {r.cells.map((c, j) => (
                <th key={j}>
                  <Runs runs={c} cell />
                </th>
              ))}
            </tr>
          ))}
        </thead>
      ) : null}
      <tbody>
        {body.map((r, i) => (
          <tr key={i}>
            {r.cells.map((c, j) => (
              <td key={j}>
                <Runs runs={c} cell />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function blocksView(blocks: readonly Block[]): ReactNode[] {
  const out: ReactNode[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === 'paragraph') out.push(<p key={i}>{b.runs.length ? <Runs runs={b.runs} /> : '\u00a0'}</p>);
    else if (b.type === 'heading') {
      const H = b.level <= 3 ? 'h4' : 'h5';
      out.push(
        <H key={i}>
          <Runs runs={b.runs} />
        </H>,
      );
    } else if (b.type === 'table') out.push(<TableView key={i} block={b} />);
    else {
      const items: ListItem[] = [b];
      while (blocks[i + 1]?.type === 'listItem' && (blocks[i + 1] as ListItem).list === b.list) items.push(blocks[++i] as ListItem);
      out.push(<List key={i} items={items} />);
    }
  }
  return out;
}

/** One section body, read-only. */
export const ContractBlocks = memo(function ContractBlocks({ html }: { html: string }) {
  return <div className="contract-text">{blocksView(parseSectionHtml(html))}</div>;
});
