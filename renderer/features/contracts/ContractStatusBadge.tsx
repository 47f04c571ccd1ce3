import { CONTRACT_STATUS_LABELS, type ContractStatus } from '../../domain/contracts/model';
import './contracts.css';

/** Like the proposals' StatusBadge: dark text on a light fill with a border, readable in greyscale print. */
export function ContractStatusBadge({ status }: { status: ContractStatus }) {
  return (
    <span className="contract-status" data-status={status}>
      {CONTRACT_STATUS_LABELS[status]}
    </span>
  );
}
