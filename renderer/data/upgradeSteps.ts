/** The upgrade steps of schemaVersions.ts, loaded together when an older database is opened. */
export { upgradeToCalendarYears } from './upgradeCalendarYears';
export { upgradeMeetingAgendas } from './upgradeMeetingAgendas';
export { upgradeSharedVersions } from './upgradeSharedVersions';
export { upgradePackedCostLines } from './upgradePackedCostLines';
export { upgradeSharedVersionsText } from './upgradeSharedVersionsText';
