import { List, Modal, Stack, Text } from '@mantine/core';
import { ConfirmActions } from '../../ui/FormParts';
import { useNavigate } from 'react-router-dom';
import { useDb } from '../../state/DbContext';
import { deleteProposal, restoreProposal } from '../../data/repositories/proposals';
import type { ProposalOnAgenda } from '../../domain/agenda';
import { formatDate } from '../../domain/format';
import { type Proposal } from '../../domain/schemas';
import { AGENDA_OUTCOME_LABELS } from '../../domain/vocabulary';
import { de } from '../../i18n/de';
import { notifyError, notifySuccess } from '../../ui/notify';
import { notifyUndoable } from '../../ui/notifyUndoable';

/** Names what will be lost before deleting, and offers an undo afterwards. */
export function DeleteProposalDialog({
  proposal,
  dependents,
  agendas,
  opened,
  onClose,
}: {
  proposal: Proposal;
  dependents: Proposal[];
  /** The agendas it stands on: those items go with it (undo puts them back). */
  agendas: ProposalOnAgenda[];
  opened: boolean;
  onClose(): void;
}) {
  const db = useDb();
  const navigate = useNavigate();
  const remove = async () => {
    try {
      const deleted = await deleteProposal(db, proposal.id);
      onClose();
      navigate('/vorschlaege');
      notifyUndoable(de.proposals.deleted(proposal.title), () =>
        restoreProposal(db, deleted).then(() => notifySuccess(`„${proposal.title}“ wiederhergestellt.`)),
      );
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={de.proposals.deleteConfirmTitle}>
      <Stack>
        <Text>
          Der Vorschlag „{proposal.title}“ wird mit allen Angaben (Beschreibung, Ziele, Beteiligte, Statusverlauf, Kostendaten und Berechnungsgrundlagen)
          gelöscht. Das Änderungsprotokoll bleibt erhalten.
        </Text>
        {dependents.length > 0 ? (
          <>
            <Text>Bei diesen Vorschlägen wird die Abhängigkeit entfernt:</Text>
            <List>
              {dependents.map((d) => (
                <List.Item key={d.id}>{d.title}</List.Item>
              ))}
            </List>
          </>
        ) : null}
        {agendas.length > 0 ? (
          <>
            <Text>Er wird von diesen Tagesordnungen genommen:</Text>
            <List data-testid="delete-agendas">
              {agendas.map(({ meeting, item, position }) => (
                <List.Item key={meeting.id}>
                  {formatDate(meeting.date)} – {meeting.title}, TOP {position}
                  {item.outcome ? ` (Ergebnis: ${AGENDA_OUTCOME_LABELS[item.outcome]})` : ''}
                </List.Item>
              ))}
            </List>
          </>
        ) : null}
        <ConfirmActions onCancel={onClose} confirmLabel="Vorschlag löschen" onConfirm={remove} />
      </Stack>
    </Modal>
  );
}
