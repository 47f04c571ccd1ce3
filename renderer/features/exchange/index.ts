/** The exchange feature as other features see it. */
export { SendProposalButton } from './SendProposalButton';
