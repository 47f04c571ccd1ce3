import { Alert, Button, Group, Loader, MultiSelect, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { Link, useBlocker, useSearchParams } from 'react-router-dom';
import { SCENARIO_IDS, SCENARIO_LABELS, type ScenarioId } from '../../domain/costs/scenarios';
import { formatDate } from '../../domain/format';
import { reportAuthor } from '../../domain/report/pdfInfo';
import {
  defaultReportSelection,
  parseReportQuery,
  reportQuery,
  selectionSummary,
  type ReportSelection,
  type ReportSource,
} from '../../domain/report/selection';
import { DEFAULT_SETTINGS } from '../../domain/vocabulary';
import { UserFacingError } from '../../domain/errors';
import { de } from '../../i18n/de';
import { isDesktop, platform } from '../../platform';
import { notifyError, notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { useAreas, useMeetings, useParties, useProposals } from '../../state/useWorkspace';
import { ReportDocument, reportToc } from './ReportDocument';
import { reportTexts, todayIso } from './reportText';
import { CONTRACTS_PARAM, useReportContracts, withContractsQuery } from './ReportContracts';
import { useReportData } from './useReportData';
import { useKeepPlaceWhilePrinting } from './useKeepPlaceWhilePrinting';
import { usePrintableReport } from './usePrintableReport';

const SOURCES: { value: ReportSource; label: string }[] = [
  { value: 'meeting', label: 'Termin (Tagesordnung)' },
  { value: 'areas', label: 'Aufgabenfelder' },
  { value: 'proposals', label: 'Einzelne Vorschläge' },
];

/** The report builder: what goes in, whose view, and a live preview of the document. */
export function ReportBuilderPage() {
  const [params, setParams] = useSearchParams();
  const selection = useMemo(() => parseReportQuery(params.toString()), [params]);
  const withContracts = params.get(CONTRACTS_PARAM) === '1';
  const set = (patch: Partial<ReportSelection>, contracts = withContracts) => {
    setPreselected(false);
    // Drawn at once, not in the background: otherwise „PDF speichern“ clicked right after a
    // change would still ask for the old selection while the preview already shows the new.
    setParams(withContractsQuery(reportQuery({ ...selection, ...patch }), contracts), { replace: true, flushSync: true });
  };
  const printQuery = withContractsQuery(reportQuery(selection), withContracts);
  const meetings = useMeetings();
  const areas = useAreas();
  const parties = useParties();
  const proposals = useProposals();
  const data = useReportData(selection);
  const contracts = useReportContracts(withContracts, data.sections);
  const toc = useMemo(() => reportToc(data.sections, withContracts), [data.sections, withContracts]);
  const [today] = useState(todayIso);
  const [busy, setBusy] = useState(false);
  // „PDF speichern“ prints this preview where it is (the desktop app): no second window
  // loading the app; measured for paper while it rests, so the click goes straight to printing
  // (the browser prints the print route instead: nothing to measure here). While the PDF is
  // made (`paper`), the preview's text leaves the screen layout once the page numbers are in
  // (report.css): Chromium lays the window out for the screen before and after printing, and
  // 90 pages of text there cost about a second. The charts stay; a notice says what happens.
  const { tocPages, clearPages } = usePrintableReport(data.ready && contracts !== undefined, toc, {
    paper: busy,
    premeasure: isDesktop ? !busy : undefined,
  });
  // …and the page stays: the preview is what main is printing; so does the reader's place.
  const leaving = useBlocker(busy);
  const saveButton = useKeepPlaceWhilePrinting(busy);
  useEffect(() => {
    if (leaving.state === 'blocked') leaving.reset();
  }, [leaving]);
  const [saved, setSaved] = useState<string | null>(null);
  // An address without a selection (the menu) opens with one, said in the summary below.
  const [preselected, setPreselected] = useState(false);
  const unchosen = !params.has('quelle');
  useEffect(() => {
    if (!unchosen || !meetings || !proposals) return;
    setPreselected(true);
    setParams(reportQuery(defaultReportSelection(meetings, proposals, today)), { replace: true });
  }, [unchosen, meetings, proposals, today, setParams]);
  if (!meetings || !areas || !parties || !proposals) return <Loader aria-label={de.common.loading} />;
  const texts = reportTexts(data.meeting, data.party, today);

  const exportPdf = async () => {
    setBusy(true);
    setSaved(null);
    try {
      const result = await platform.exportReportPdf({
        query: printQuery,
        suggestedName: texts.fileName,
        title: texts.fullTitle,
        author: reportAuthor(data.settings?.userName, DEFAULT_SETTINGS.userName),
        subject: texts.subject,
        inPlace: true,
      });
      if (result.status === 'saved') {
        setSaved(result.fileName);
        notifySuccess(`Bericht gespeichert: ${result.fileName} (${result.pages} Seiten).`);
      } else if (result.status === 'failed') notifyError(new UserFacingError(result.message));
    } catch {
      notifyError(
        new UserFacingError('Das PDF konnte nicht erstellt werden. Bitte versuchen Sie es erneut; hilft das nicht, drucken Sie über die Druckansicht.'),
      );
    } finally {
      clearPages();
      setBusy(false);
    }
  };

  return (
    <>
      <div data-print-hide>
        <PageHeader title={de.nav.report} subtitle="PDF für die Bürgermeisterkonferenz und die Räte: Auswahl, Perspektive und Vorschau" />
      </div>
      <Stack gap="md" data-print-hide>
        {/* While the PDF is made from the preview below, the selection stays as it is. */}
        <fieldset disabled={busy} className="report-builder-choices">
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <Stack gap="sm">
              <SegmentedControl aria-label="Quelle" data={SOURCES} value={selection.source} onChange={(v) => set({ source: v as ReportSource })} />
              {selection.source === 'meeting' ? (
                <Select
                  label="Termin"
                  placeholder="Termin wählen"
                  data={meetings.map((m) => ({ value: m.id, label: `${formatDate(m.date)} · ${m.title} (${m.agenda.length} TOP)` }))}
                  value={selection.meetingId}
                  onChange={(v) => set({ meetingId: v })}
                  nothingFoundMessage="Kein Termin gefunden"
                  searchable
                />
              ) : null}
              {selection.source === 'areas' ? (
                <MultiSelect
                  label="Aufgabenfelder"
                  placeholder="Aufgabenfelder wählen"
                  data={areas.map((a) => ({ value: a.id, label: a.name }))}
                  value={selection.areaIds}
                  onChange={(v) => set({ areaIds: v })}
                />
              ) : null}
              {selection.source === 'proposals' ? (
                <MultiSelect
                  label="Vorschläge"
                  placeholder="Vorschläge wählen"
                  data={[...proposals].sort((a, b) => a.title.localeCompare(b.title, 'de')).map((p) => ({ value: p.id, label: p.title }))}
                  value={selection.proposalIds}
                  onChange={(v) => set({ proposalIds: v })}
                  searchable
                  maxDropdownHeight={300}
                />
              ) : null}
            </Stack>
            <Stack gap="sm">
              <Select
                label="Perspektive"
                data={[{ value: '', label: 'Gesamter Kreis' }, ...parties.map((p) => ({ value: p.id, label: `Kommune ${p.name}` }))]}
                value={selection.partyId ?? ''}
                onChange={(v) => set({ partyId: v || null })}
                allowDeselect={false}
              />
              <SegmentedControl
                aria-label="Szenario"
                data={SCENARIO_IDS.map((s) => ({ value: s, label: SCENARIO_LABELS[s] }))}
                value={selection.scenario}
                onChange={(v) => set({ scenario: v as ScenarioId })}
              />
              <Switch
                label="Beispielvorschläge einrechnen"
                checked={selection.includeExamples}
                onChange={(e) => set({ includeExamples: e.currentTarget.checked })}
              />
              <Switch label="Vertragsentwürfe der Vorschläge anhängen" checked={withContracts} onChange={(e) => set({}, e.currentTarget.checked)} />
            </Stack>
          </SimpleGrid>
        </fieldset>
        <Group gap="sm">
          <Button ref={saveButton} onClick={exportPdf} loading={busy} disabled={!data.ready}>
            PDF speichern
          </Button>
          <Button component={Link} to={`/bericht/druck?${printQuery}`} variant="default">
            Druckansicht öffnen
          </Button>
          {saved ? (
            <Button variant="subtle" onClick={() => void platform.openSavedReport()}>
              „{saved}“ öffnen
            </Button>
          ) : null}
        </Group>
        {data.ready && data.sections ? (
          <Text fw={700} data-testid="report-selection-summary" role="status">
            {selectionSummary(
              selection,
              data.sections.map((x) => x.proposal),
              data.meeting,
              areas.filter((a) => selection.areaIds.includes(a.id)).map((a) => a.name),
            )}
            {preselected
              ? selection.source === 'meeting'
                ? ' Vorausgewählt: der nächste Termin mit Tagesordnung.'
                : ' Vorausgewählt: alle offenen Vorschläge.'
              : ''}
          </Text>
        ) : null}
        {data.ready && data.sections?.length === 0 ? (
          <Alert color="blue" title="Noch keine Vorschläge ausgewählt">
            Der Bericht enthält dann nur Deckblatt, Annahmen und Glossar. Wählen Sie einen Termin mit Tagesordnung, Aufgabenfelder oder einzelne Vorschläge.
          </Alert>
        ) : null}
        <Text size="sm" c="gray.7">
          Vorschau: gestrichelte Linien zeigen, wo im PDF eine neue Seite beginnt.
        </Text>
      </Stack>
      {/* Which selection the preview shows: main prints it in place only if it is the one asked for. */}
      <div className="report-preview" data-testid="report-preview" data-report-query={printQuery}>
        {busy ? (
          <Alert className="report-preview-busy" data-print-hide color="blue" role="status" title="Das PDF wird erstellt …">
            Solange das PDF gedruckt wird, ruht die Vorschau; danach erscheint sie wieder.
          </Alert>
        ) : null}
        {data.ready && contracts ? (
          <ReportDocument data={data} selection={selection} today={today} tocPages={tocPages} contracts={withContracts ? contracts : undefined} />
        ) : (
          <Loader aria-label={de.common.loading} />
        )}
      </div>
    </>
  );
}
