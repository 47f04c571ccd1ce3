/** Word export of contracts (load lazily from screens: the docx library is large). */
export { contractDocument, contractDocx, type ContractDocxInput } from './contractDocx';
export { comparisonDocument, comparisonDocx, type ComparisonDocxInput } from './comparisonDocx';
export { packDocument } from './layout';
