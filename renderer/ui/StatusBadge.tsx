import { STATUS_LABELS, type ProposalStatus } from '../domain/status';
import './statusBadge.css';

/**
 * A plain span, not a Mantine Badge: lists render hundreds of them and this keeps
 * typing in the filter fast. Dark text on light fills with a border: readable for
 * colour-blind viewers and in greyscale print.
 */
export function StatusBadge({ status }: { status: ProposalStatus }) {
  return (
    <span className="status-badge" data-status={status}>
      {STATUS_LABELS[status]}
    </span>
  );
}
