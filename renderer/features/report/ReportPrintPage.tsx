import { Button, Group, Loader } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { parseReportQuery, reportQuery } from '../../domain/report/selection';
import { de } from '../../i18n/de';
import { CONTRACTS_PARAM, useReportContracts, withContractsQuery } from './ReportContracts';
import { ReportDocument, reportToc } from './ReportDocument';
import { reportTexts, todayIso } from './reportText';
import { useReportData } from './useReportData';
import { usePrintableReport } from './usePrintableReport';

/**
 * The print route (#/bericht/druck?…): the report alone, without the app's menu. In a
 * browser it opens here and the browser's own dialog prints or saves it (with `drucken=1`
 * that dialog opens by itself). The desktop app prints the builder's preview in place and
 * uses this route in a hidden window only when no builder asks (electron/printToPdf.ts).
 */
export function ReportPrintPage() {
  const [params] = useSearchParams();
  const query = params.toString();
  const selection = useMemo(() => parseReportQuery(query), [query]);
  const data = useReportData(selection);
  const [today] = useState(todayIso);
  const texts = reportTexts(data.meeting, data.party, today);

  useEffect(() => {
    const before = document.title;
    document.title = texts.fullTitle;
    return () => {
      document.title = before;
    };
  }, [texts.fullTitle]);

  const sections = data.sections;
  const withContracts = params.get(CONTRACTS_PARAM) === '1';
  const contracts = useReportContracts(withContracts, sections);
  const toc = useMemo(() => reportToc(sections, withContracts), [sections, withContracts]);
  const { tocPages } = usePrintableReport(data.ready && contracts !== undefined, toc, { paper: true });

  const autoPrint = params.get('drucken') === '1';
  const printed = useRef(false);
  useEffect(() => {
    if (!autoPrint || !data.ready || printed.current) return;
    printed.current = true;
    const timer = setTimeout(() => window.print(), 300);
    return () => clearTimeout(timer);
  }, [autoPrint, data.ready]);

  return (
    <main className="report-print-root">
      <Group className="report-print-bar" data-print-hide p="sm" gap="sm">
        <Button onClick={() => window.print()}>Drucken oder als PDF speichern</Button>
        <Button component={Link} to={`/bericht?${withContractsQuery(reportQuery(selection), withContracts)}`} variant="default">
          Zurück zum Bericht
        </Button>
      </Group>
      {data.ready && contracts ? (
        <ReportDocument data={data} selection={selection} today={today} tocPages={tocPages} contracts={withContracts ? contracts : undefined} />
      ) : (
        <Loader aria-label={de.common.loading} />
      )}
    </main>
  );
}
