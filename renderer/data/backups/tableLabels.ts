/** German names of the tables, for the backup list and the restore preview. */
const LABELS: Record<string, string> = {
  parties: 'Kommunen',
  areas: 'Aufgabenfelder',
  proposals: 'Vorschläge',
  costLines: 'Kostenzeilen',
  costPlans: 'Berechnungsgrundlagen',
  meetings: 'Termine',
  contracts: 'Verträge',
  contractVersions: 'Vertragsfassungen',
  contractTemplates: 'Vertragsvorlagen',
  settings: 'Einstellungen',
  changeLog: 'Änderungsprotokoll',
  tombstones: 'Löschvermerke',
  sharedVersions: 'Austauschstände',
  exchangeBase: 'Austauschstände (alt)',
  allocationSettings: 'Verteilschlüssel (alt)',
};

export function tableLabel(name: string): string {
  return LABELS[name] ?? name;
}

/** Tables in a fixed order: the ones users know first, bookkeeping last. */
export function tableOrder(a: string, b: string): number {
  const keys = Object.keys(LABELS);
  const ia = keys.indexOf(a);
  const ib = keys.indexOf(b);
  return (ia < 0 ? keys.length : ia) - (ib < 0 ? keys.length : ib) || a.localeCompare(b);
}
