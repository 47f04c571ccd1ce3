import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import type { BlockChange, SectionChange, WordPart } from '../../domain/contracts/compare';
import { sectionNumber } from '../../domain/contracts/model';

/** Parts of one side: the old side leaves out insertions, the new side deletions. */
function Words({ parts, side }: { parts: readonly WordPart[]; side: 'old' | 'new' }) {
  return (
    <>
      {parts.map((p, i) => {
        if (p.type === 'same') return <span key={i}>{p.text}</span>;
        if (side === 'old' && p.type === 'deleted') return <del key={i}>{p.text}</del>;
        if (side === 'new' && p.type === 'inserted') return <ins key={i}>{p.text}</ins>;
        return null;
      })}
    </>
  );
}

const absent = (block: BlockChange, side: 'old' | 'new') => (side === 'old' && block.change === 'added') || (side === 'new' && block.change === 'removed');

/** Consecutive rows of one table are drawn as that table; everything else block by block. */
function segments(blocks: readonly BlockChange[]): (BlockChange | BlockChange[])[] {
  const out: (BlockChange | BlockChange[])[] = [];
  for (const b of blocks) {
    const last = out.at(-1);
    if (b.row && Array.isArray(last) && last[0]!.row!.table === b.row.table) last.push(b);
    else out.push(b.row ? [b] : b);
  }
  return out;
}

/**
 * A table of the contract (e.g. the shares) as a table: cells with an edit are marked, and
 * inside them the inserted or deleted words as everywhere in the comparison. A row only on
 * the other side leaves an empty row, so both sides stay level.
 */
function CompareTable({ rows, side }: { rows: BlockChange[]; side: 'old' | 'new' }) {
  const width = Math.max(...rows.map((r) => r.row!.cells.length));
  // A shares table has a column per year: wider than half the screen, it scrolls within its side.
  return (
    <div className="compare-table-wrap" tabIndex={0} role="region" aria-label={side === 'old' ? 'Tabelle, ältere Fassung' : 'Tabelle, neuere Fassung'}>
      <table className="compare-table">
        <tbody>
          {rows.map((r, i) => {
            if (absent(r, side))
              return (
                <tr key={i} className="compare-gap-row" aria-hidden="true">
                  <td colSpan={width} />
                </tr>
              );
            const Cell = r.row!.header ? 'th' : 'td';
            return (
              <tr key={i} data-change={r.change}>
                {r.row!.cells.map((cell, k) => {
                  const changed = cell.some((p) => (side === 'old' ? p.type === 'deleted' : p.type === 'inserted'));
                  return (
                    <Cell key={k} data-changed={changed || undefined} colSpan={k === r.row!.cells.length - 1 ? width - k : undefined}>
                      <Words parts={cell} side={side} />
                    </Cell>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Block({ block, side }: { block: BlockChange; side: 'old' | 'new' }) {
  if (absent(block, side)) return <p className="compare-gap" aria-hidden="true" />;
  const Tag = block.kind === 'heading' ? 'h4' : 'p';
  return (
    <Tag className={`compare-block compare-${block.kind}`} data-change={block.change}>
      {block.kind === 'listItem' ? '– ' : ''}
      <Words parts={block.parts} side={side} />
    </Tag>
  );
}

const KIND: Record<SectionChange['kind'], { label: string; color: string }> = {
  unchanged: { label: 'unverändert', color: 'gray' },
  changed: { label: 'geändert', color: 'blue' },
  added: { label: 'neu', color: 'teal' },
  removed: { label: 'entfernt', color: 'red' },
  moved: { label: 'verschoben', color: 'grape' },
};

function position(s: SectionChange): string {
  if (s.kind === 'added') return `neu als ${sectionNumber(s.newIndex!)}`;
  if (s.kind === 'removed') return `war ${sectionNumber(s.oldIndex!)}`;
  if (s.kind === 'moved') return `${sectionNumber(s.oldIndex!)} → ${sectionNumber(s.newIndex!)}${s.textChanged ? ', Text geändert' : ''}`;
  return sectionNumber(s.newIndex!);
}

/** One section side by side: old text with deletions struck through, new text with insertions underlined. */
export const CompareSection = memo(function CompareSection({ change }: { change: SectionChange }) {
  const kind = KIND[change.kind];
  return (
    <Card withBorder component="section" data-testid="compare-section" data-kind={change.kind} aria-label={`${position(change)}: ${kind.label}`}>
      <Group gap="sm" mb="xs">
        <Badge color={kind.color} variant="light" c="dark">
          {kind.label}
        </Badge>
        <Text fw={700}>{position(change)}</Text>
      </Group>
      <div className="compare-columns">
        {(['old', 'new'] as const).map((side) => (
          <div key={side} className="compare-side" data-side={side}>
            {(side === 'old' && change.kind === 'added') || (side === 'new' && change.kind === 'removed') ? (
              <Text c="gray.7" fs="italic">
                {side === 'old' ? 'In dieser Version noch nicht vorhanden.' : 'In dieser Version entfernt.'}
              </Text>
            ) : (
              <Stack gap={4}>
                <Text fw={700} component="h3" size="md" m={0}>
                  <Words parts={change.heading} side={side} />
                </Text>
                {segments(change.blocks).map((b, i) =>
                  Array.isArray(b) ? <CompareTable key={i} rows={b} side={side} /> : <Block key={i} block={b} side={side} />,
                )}
              </Stack>
            )}
          </div>
        ))}
      </div>
    </Card>
  );
});
