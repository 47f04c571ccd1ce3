/** What other features may use of the contracts feature. */
export { ProposalContracts } from './ProposalContracts';
export { ContractDocument, contractParties } from './ContractDocument';
