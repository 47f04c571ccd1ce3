/**
 * Exchange files between laptops (issue 10), the pure part: format, checksum, encryption,
 * reading and the types of a merge plan. The database side (building a file, planning and
 * applying a merge) is renderer/data/exchange/index.ts, which lists the whole public API.
 */
export * from './format';
export * from './plan';
export { canonicalJson, exchangeChecksum } from './canonical';
export { readExchangeFile } from './read';
export { sealExchangeFile } from './write';
