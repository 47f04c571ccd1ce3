import { Button, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { ConfirmActions } from '../../ui/FormParts';
import { useState } from 'react';
import { deleteTemplate, undoDeleteTemplate } from '../../data/repositories/contracts';
import { CONTRACT_FORM_LABELS, type Contract, type StoredContractTemplate } from '../../domain/contracts/model';
import { formatDateTime } from '../../domain/format';
import { useDb } from '../../state/DbContext';
import { notifyError } from '../../ui/notify';
import { notifyUndoable } from '../../ui/notifyUndoable';

/** What happens to the drafts made from the template: nothing, they copied its text when they were made. */
function draftsKeepText(count: number, form: string): string {
  if (count === 0) return 'Aus dieser Vorlage wurde noch kein Entwurf angelegt. Entwürfe kopieren den Text beim Anlegen; sie hängen nicht an der Vorlage.';
  if (count === 1)
    return `Der Entwurf aus dieser Vorlage behält seinen Text, seine Versionen und Notizen unverändert; als Vorlage nennt er dann die Vertragsform („${form}“).`;
  return `Die ${count} Entwürfe aus dieser Vorlage behalten ihren Text, ihre Versionen und Notizen unverändert; als Vorlage nennen sie dann die Vertragsform („${form}“).`;
}

/**
 * The user's own templates („Als Vorlage speichern“), each deletable after asking. The
 * shipped templates are not listed: they live in code and always stay. A draft copied the
 * template's text when it was made, so deleting the template changes no draft.
 */
export function OwnTemplates({ templates, contracts }: { templates: StoredContractTemplate[]; contracts: Contract[] }) {
  const db = useDb();
  const [deleting, setDeleting] = useState<StoredContractTemplate | null>(null);
  if (templates.length === 0) return null;
  const usedBy = (t: StoredContractTemplate) => contracts.filter((c) => c.templateId === t.id).length;

  const remove = async (t: StoredContractTemplate) => {
    setDeleting(null);
    try {
      const deleted = await deleteTemplate(db, t.id);
      if (!deleted) return;
      notifyUndoable(`Vorlage „${t.name}“ gelöscht.`, () => undoDeleteTemplate(db, deleted));
    } catch (e) {
      notifyError(e);
    }
  };

  const count = deleting ? usedBy(deleting) : 0;
  return (
    <section aria-labelledby="own-templates">
      <Title order={2} size="h4" id="own-templates" mt="xl" mb="xs">
        Eigene Vorlagen
      </Title>
      <Text size="sm" mb="sm">
        Aus Entwürfen mit „Als Vorlage speichern“ angelegt. Die mitgelieferten Vorlagen stehen immer zur Wahl und lassen sich nicht löschen.
      </Text>
      <Table withTableBorder striped aria-label="Eigene Vorlagen" data-testid="own-templates">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Vertragsform</Table.Th>
            <Table.Th>Abschnitte</Table.Th>
            <Table.Th>Angelegt</Table.Th>
            <Table.Th>Entwürfe daraus</Table.Th>
            <Table.Th>Aktion</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {templates.map((t) => (
            <Table.Tr key={t.id}>
              <Table.Td>{t.name}</Table.Td>
              <Table.Td>{CONTRACT_FORM_LABELS[t.form]}</Table.Td>
              <Table.Td>{t.sections.length}</Table.Td>
              <Table.Td>{formatDateTime(t.createdAt)}</Table.Td>
              <Table.Td>{usedBy(t)}</Table.Td>
              <Table.Td>
                <Button size="compact-sm" variant="subtle" color="red" aria-label={`Vorlage „${t.name}“ löschen`} onClick={() => setDeleting(t)}>
                  Löschen
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Vorlage löschen?">
        {deleting ? (
          <Stack>
            <Text>
              Die Vorlage „{deleting.name}“ wird gelöscht und steht bei „Neuer Entwurf“ nicht mehr zur Wahl. Gleich danach lässt sich das rückgängig machen.
            </Text>
            <Text data-testid="template-delete-drafts">{draftsKeepText(count, CONTRACT_FORM_LABELS[deleting.form])}</Text>
            <ConfirmActions onCancel={() => setDeleting(null)} confirmLabel="Vorlage löschen" onConfirm={() => remove(deleting)} />
          </Stack>
        ) : null}
      </Modal>
    </section>
  );
}
