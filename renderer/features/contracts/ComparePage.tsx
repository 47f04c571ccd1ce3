import { Alert, Anchor, Button, Group, Loader, Select, Stack, Switch, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { compareVersions, type ComparedVersion } from '../../domain/contracts/compare';
import type { Contract, ContractVersion } from '../../domain/contracts/model';
import { formatDateTime } from '../../domain/format';
import { reportAuthor } from '../../domain/report/pdfInfo';
import { DEFAULT_SETTINGS } from '../../domain/vocabulary';
import { de } from '../../i18n/de';
import { useContract } from '../../state/useContracts';
import { useSettings } from '../../state/useWorkspace';
import { PageHeader } from '../../ui/PageHeader';
import { exportComparisonDocx } from './contractExports';
import { recordedName } from '../../ui/AuthorName';
import { CompareSection } from './CompareView';
import './contracts.css';

const CURRENT = 'aktuell';
const places = (n: number) => (n === 1 ? '1 Stelle' : `${n} Stellen`);

interface Side extends ComparedVersion {
  label: string;
  author: string;
  date: string;
}

function side(key: string | null, contract: Contract, versions: ContractVersion[], me: string): Side | null {
  if (key === CURRENT) return { title: contract.title, sections: contract.sections, label: 'aktueller Text', author: me, date: contract.updatedAt };
  const v = versions.find((x) => String(x.number) === key);
  return v ? { title: v.title, sections: v.sections, label: `Version ${v.number}`, author: recordedName(v.author) ?? '', date: v.createdAt } : null;
}

/** Two versions (or a version and the current text) side by side, per section, word changes highlighted; exportable as Word with tracked changes. */
export function ComparePage() {
  const { id } = useParams();
  const data = useContract(id);
  const settings = useSettings();
  const [params, setParams] = useSearchParams();
  const [all, setAll] = useState(false);
  const me = reportAuthor(settings?.userName, DEFAULT_SETTINGS.userName) || 'IKZ-Planer';
  const from = params.get('von');
  const to = params.get('bis') ?? CURRENT;
  const { before, after, comparison } = useMemo(() => {
    const b = data ? side(from, data.contract, data.versions, me) : null;
    const a = data ? side(to, data.contract, data.versions, me) : null;
    return { before: b, after: a, comparison: b && a ? compareVersions(b, a) : null };
  }, [data, from, to, me]);

  if (data === undefined) return <Loader aria-label={de.common.loading} />;
  if (data === null)
    return (
      <Alert color="orange" title="Diesen Vertragsentwurf gibt es nicht (mehr).">
        <Anchor component={Link} to="/vertraege">
          Zu den Verträgen
        </Anchor>
      </Alert>
    );
  const { contract, versions } = data;
  const options = [
    ...[...versions]
      .reverse()
      .map((v) => ({ value: String(v.number), label: `Version ${v.number} vom ${formatDateTime(v.createdAt)}${v.note ? ` – ${v.note}` : ''}` })),
    { value: CURRENT, label: 'Aktueller Text' },
  ];
  const choose = (key: 'von' | 'bis', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    setParams(next, { replace: true });
  };
  const shown = comparison ? comparison.sections.filter((s) => all || s.kind !== 'unchanged') : [];
  const c = comparison?.counts;

  return (
    <>
      <Anchor component={Link} to={`/vertraege/${contract.id}`} size="sm">
        ← {contract.title}
      </Anchor>
      <PageHeader
        title="Versionen vergleichen"
        subtitle={contract.title}
        actions={
          before && after && comparison ? (
            <Button
              onClick={() =>
                void exportComparisonDocx({
                  title: contract.title,
                  status: contract.status,
                  comparison,
                  beforeLabel: before.label,
                  afterLabel: after.label,
                  author: after.author || me,
                  date: after.date,
                })
              }
            >
              Vergleich als Word (Änderungen nachverfolgen)
            </Button>
          ) : null
        }
      />
      <Stack gap="md">
        <Group align="flex-end">
          <Select
            label="Ältere Fassung"
            data={options}
            value={from}
            onChange={(v) => choose('von', v)}
            allowDeselect={false}
            w={380}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label="Neuere Fassung"
            data={options}
            value={to}
            onChange={(v) => choose('bis', v)}
            allowDeselect={false}
            w={380}
            comboboxProps={{ withinPortal: true }}
          />
          <Switch label="Unveränderte Abschnitte zeigen" checked={all} onChange={(e) => setAll(e.currentTarget.checked)} mb={8} />
        </Group>
        {!before || !after ? (
          <Text>Bitte zwei Fassungen wählen.</Text>
        ) : (
          <>
            <Text className="compare-legend" data-testid="compare-summary">
              {before.label} ({formatDateTime(before.date)}) → {after.label} ({formatDateTime(after.date)}): {places(c!.inserted)} <ins>eingefügt</ins>,{' '}
              {places(c!.deleted)} <del>gelöscht</del>. Abschnitte: {c!.sectionsChanged} geändert, {c!.sectionsAdded} neu, {c!.sectionsRemoved} entfernt,{' '}
              {c!.sectionsMoved} verschoben.
            </Text>
            {comparison!.title.some((p) => p.type !== 'same') ? (
              <Text>
                Titel geändert: <del>{before.title}</del> → <ins>{after.title}</ins>
              </Text>
            ) : null}
            <Group grow align="flex-start" aria-hidden="true">
              <Text fw={700}>{before.label}</Text>
              <Text fw={700}>{after.label}</Text>
            </Group>
            {shown.length === 0 ? <Text>Keine Unterschiede im Text.</Text> : shown.map((s) => <CompareSection key={s.sectionId} change={s} />)}
          </>
        )}
      </Stack>
    </>
  );
}
