import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { createDraft } from '../../data/repositories/contracts';
import type { StoredContractTemplate } from '../../domain/contracts/model';
import type { Proposal } from '../../domain/schemas';
import { de } from '../../i18n/de';
import { useDb } from '../../state/DbContext';
import { notifyError, notifySuccess } from '../../ui/notify';
import { allTemplates, suggestedTemplateId } from './templates';
import { useDraftValues } from './useDraftValues';

interface Props {
  proposals: Proposal[];
  displayNames: ReadonlyMap<string, string>;
  stored: StoredContractTemplate[];
  /** Pre-selected (the proposal page's „Vertragsentwurf anlegen“). */
  proposalId?: string;
  onClose(): void;
}

/** „Neuer Entwurf“: a proposal and a template; the proposal suggests the template, its data fill the placeholders. */
export function NewDraftDialog({ proposals, displayNames, stored, proposalId: preset, onClose }: Props) {
  const db = useDb();
  const navigate = useNavigate();
  const templates = allTemplates(stored);
  const [proposalId, setProposalId] = useState<string | null>(preset ?? null);
  const proposal = proposals.find((p) => p.id === proposalId);
  const suggested = suggestedTemplateId(proposal, templates);
  const [chosen, setChosen] = useState<string | null>(null);
  const templateId = chosen ?? suggested;
  const template = templates.find((t) => t.id === templateId);
  const draft = useDraftValues(proposalId ?? undefined);
  const [busy, setBusy] = useState(false);

  const proposalOptions = proposals
    .map((p) => ({ value: p.id, label: displayNames.get(p.id) ?? p.title }))
    .sort((a, b) => a.label.localeCompare(b.label, 'de'));
  const templateOptions = [
    { group: 'Mitgelieferte Vorlagen', items: templates.filter((t) => t.builtIn).map((t) => ({ value: t.id, label: t.name })) },
    { group: 'Eigene Vorlagen', items: templates.filter((t) => !t.builtIn).map((t) => ({ value: t.id, label: t.name })) },
  ].filter((g) => g.items.length > 0);

  const create = async () => {
    if (!template) return;
    setBusy(true);
    try {
      const contract = await createDraft(db, {
        template,
        proposalId,
        values: proposalId ? draft.values : undefined,
        supervisoryAuthority: proposalId ? draft.supervisoryAuthority : undefined,
        termYears: proposalId ? draft.termYears : null,
      });
      notifySuccess(`Entwurf „${contract.title}“ angelegt.`);
      onClose();
      navigate(`/vertraege/${contract.id}`);
    } catch (e) {
      notifyError(e);
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title="Neuer Vertragsentwurf" size="lg">
      <Stack>
        <Select
          label="Vorschlag"
          description="Seine Daten (Beteiligte, Federführung, Gegenstand, Anteile) füllen die Platzhalter."
          placeholder="Vorschlag wählen"
          data={proposalOptions}
          value={proposalId}
          onChange={(v) => {
            setProposalId(v);
            setChosen(null);
          }}
          searchable
          clearable
          nothingFoundMessage="Kein passender Vorschlag"
          comboboxProps={{ withinPortal: true }}
          data-autofocus
        />
        <Select
          label="Vorlage"
          description={proposal && templateId === suggested ? 'Vorgeschlagen nach dem Vorschlag; Sie können eine andere wählen.' : undefined}
          data={templateOptions}
          value={templateId}
          onChange={setChosen}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        {template ? <Text size="sm">{template.description}</Text> : null}
        {!proposalId ? <Text size="sm">Ohne Vorschlag bleiben alle Platzhalter offen und sind im Entwurf markiert.</Text> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {de.common.cancel}
          </Button>
          <Button onClick={create} loading={busy || (proposalId !== null && !draft.ready)} disabled={!template}>
            Entwurf anlegen
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
