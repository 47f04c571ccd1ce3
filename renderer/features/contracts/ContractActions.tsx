import { Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { ConfirmActions } from '../../ui/FormParts';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { deleteContract, renameContract, saveAsTemplate, undoDeleteContract } from '../../data/repositories/contracts';
import type { Contract, ContractVersion } from '../../domain/contracts/model';
import { formatDate } from '../../domain/format';
import { reportAuthor } from '../../domain/report/pdfInfo';
import { DEFAULT_SETTINGS } from '../../domain/vocabulary';
import { de } from '../../i18n/de';
import { useDb } from '../../state/DbContext';
import { useSettings } from '../../state/useWorkspace';
import { notifyError, notifySuccess } from '../../ui/notify';
import { notifyUndoable } from '../../ui/notifyUndoable';
import { exportContractDocx, exportContractPdf } from './contractExports';
import { useFlushAll } from './editor/flushRegistry';
import { localToday } from './today';

type Dialog = 'rename' | 'template' | 'delete' | null;

/** Export (Word, PDF, print view), „Als Vorlage speichern“, rename and delete of one draft. */
export function ContractActions({ contract, versions }: { contract: Contract; versions: ContractVersion[] }) {
  const db = useDb();
  const navigate = useNavigate();
  const flushAll = useFlushAll();
  const settings = useSettings();
  const author = reportAuthor(settings?.userName, DEFAULT_SETTINGS.userName);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const open = (d: Dialog, initial = '') => {
    setText(initial);
    setDialog(d);
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await flushAll();
      await work();
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const word = () =>
    run(() =>
      exportContractDocx({
        title: contract.title,
        status: contract.status,
        sections: contract.sections,
        // The file has what is on screen; the last saved version's number only when nothing changed since.
        versionLabel: `Arbeitsstand vom ${formatDate(localToday())}`,
        author,
      }),
    );
  const pdf = () => run(() => exportContractPdf(contract, author));

  const rename = () =>
    run(async () => {
      await renameContract(db, contract.id, text);
      setDialog(null);
    });
  const template = () =>
    run(async () => {
      const t = await saveAsTemplate(db, contract.id, text);
      setDialog(null);
      notifySuccess(`Vorlage „${t.name}“ gespeichert; sie steht bei „Neuer Entwurf“ unter „Eigene Vorlagen“.`);
    });
  const remove = () =>
    run(async () => {
      setDialog(null);
      const deleted = await deleteContract(db, contract.id);
      navigate('/vertraege');
      if (!deleted) return;
      notifyUndoable(`Entwurf „${contract.title}“ gelöscht.`, () => undoDeleteContract(db, deleted));
    });

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" loading={busy}>
            Exportieren …
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={word}>Word (DOCX)</Menu.Item>
          <Menu.Item onClick={pdf}>PDF</Menu.Item>
          <Menu.Item component={Link} to={`/vertraege/${contract.id}/druck`}>
            Druckansicht
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item
            component={Link}
            to={`/vertraege/${contract.id}/vergleich?von=${versions.at(-1)?.number ?? ''}&bis=aktuell`}
            disabled={versions.length === 0}
          >
            Vergleich als Word (Änderungen nachverfolgen) …
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" aria-label="Weitere Aktionen">
            Mehr …
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => open('rename', contract.title)}>Titel ändern</Menu.Item>
          <Menu.Item onClick={() => open('template', contract.title)}>Als Vorlage speichern</Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" onClick={() => open('delete')}>
            Entwurf löschen
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={dialog === 'rename' || dialog === 'template'}
        onClose={() => setDialog(null)}
        title={dialog === 'rename' ? 'Titel ändern' : 'Als Vorlage speichern'}
      >
        <Stack>
          {dialog === 'template' ? (
            <Text size="sm">
              Die Vorlage übernimmt Abschnitte und Text; die eingesetzten Werte werden wieder zu leeren Platzhaltern, interne Notizen entfallen.
            </Text>
          ) : null}
          <TextInput
            label={dialog === 'rename' ? 'Titel' : 'Name der Vorlage'}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            maxLength={200}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)}>
              {de.common.cancel}
            </Button>
            <Button onClick={dialog === 'rename' ? rename : template} loading={busy}>
              {de.common.save}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={dialog === 'delete'} onClose={() => setDialog(null)} title="Entwurf löschen?">
        <Stack>
          <Text>
            „{contract.title}“ wird mit {versions.length === 1 ? 'seiner Version' : `seinen ${versions.length} Versionen`} gelöscht. Gleich danach lässt sich
            das rückgängig machen.
          </Text>
          <ConfirmActions onCancel={() => setDialog(null)} confirmLabel="Entwurf löschen" onConfirm={remove} />
        </Stack>
      </Modal>
    </>
  );
}
