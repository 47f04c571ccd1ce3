import { Badge } from '@mantine/core';
import { STATUS_LABELS, type ProposalStatus } from '../domain/status';

/** Dark text on light fills: readable for colour-blind viewers and in greyscale print. */
const COLORS: Record<ProposalStatus, string> = {
  idee: 'gray',
  in_pruefung: 'blue',
  vertragsentwurf: 'indigo',
  beschlussreif: 'cyan',
  beschlossen: 'teal',
  in_umsetzung: 'green',
  umgesetzt: 'green',
  auf_eis: 'orange',
  verworfen: 'red',
};

export function StatusBadge({ status }: { status: ProposalStatus }) {
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm" style={{ flexShrink: 0, overflow: 'visible' }} styles={{ label: { color: 'var(--mantine-color-black)', overflow: 'visible' } }}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
