/**
 * Names that tell proposals apart. Two proposals may share a title (the same idea for two
 * groups of towns); every table, chart and choice list shows `proposalDisplayNames`, so a
 * reader never sees two identical rows or bars.
 */
export interface NamedProposal {
  id: string;
  title: string;
  leadPartyId: string;
  createdAt: string;
}

/** Titles that differ only in case or spacing count as the same title. */
export function titleKey(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de-DE');
}

/**
 * id → display name: the title where it is unique; otherwise the title with the lead
 * party („… (Lünen)“), and where even that repeats, a number in order of creation
 * („… (Lünen, Nr. 2)“). Pass all proposals, not a filtered list, so a name does not change
 * when a filter hides its twin.
 */
export function proposalDisplayNames(proposals: readonly NamedProposal[], partyName: (id: string) => string): Map<string, string> {
  const byTitle = new Map<string, NamedProposal[]>();
  for (const p of proposals) {
    const key = titleKey(p.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), p]);
  }
  const names = new Map<string, string>();
  for (const group of byTitle.values()) {
    if (group.length === 1) {
      names.set(group[0]!.id, group[0]!.title);
      continue;
    }
    const ordered = [...group].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    const perLead = new Map<string, number>();
    for (const p of ordered) perLead.set(p.leadPartyId, (perLead.get(p.leadPartyId) ?? 0) + 1);
    const seen = new Map<string, number>();
    for (const p of ordered) {
      const lead = partyName(p.leadPartyId);
      const n = (seen.get(p.leadPartyId) ?? 0) + 1;
      seen.set(p.leadPartyId, n);
      const title = p.title.trim();
      names.set(p.id, perLead.get(p.leadPartyId)! > 1 ? `${title} (${lead}, Nr. ${n})` : `${title} (${lead})`);
    }
  }
  return names;
}

/** Other proposals that already carry this title (the one being edited excluded). */
export function proposalsWithTitle<T extends NamedProposal>(title: string, proposals: readonly T[], exceptId: string | null): T[] {
  const key = titleKey(title);
  if (!key) return [];
  return proposals.filter((p) => p.id !== exceptId && titleKey(p.title) === key);
}
