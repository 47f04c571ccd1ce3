import { createHashRouter, RouterProvider } from 'react-router-dom';
import { Loader } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { de } from './i18n/de';
import { OverviewPage } from './features/overview/OverviewPage';
import { AppLayout } from './features/shell/AppLayout';

// The first screen (Übersicht) comes with the app; every other screen is its own chunk,
// loaded when first opened (AppLayout shows a loader meanwhile), so start-up parses less.
const page = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) => lazy(async () => ({ default: (await load())[name] }));
const ContractsPage = page(() => import('./features/contracts/ContractsPage'), 'ContractsPage');
const ContractPage = page(() => import('./features/contracts/ContractPage'), 'ContractPage');
const ComparePage = page(() => import('./features/contracts/ComparePage'), 'ComparePage');
const ContractPrintPage = page(() => import('./features/contracts/ContractPrintPage'), 'ContractPrintPage');
const CostsPage = page(() => import('./features/costs/CostsPage'), 'CostsPage');
const ExchangePage = page(() => import('./features/exchange/ExchangePage'), 'ExchangePage');
const MasterDataPage = page(() => import('./features/masterData/MasterDataPage'), 'MasterDataPage');
const MeetingsPage = page(() => import('./features/meetings/MeetingsPage'), 'MeetingsPage');
const MeetingPage = page(() => import('./features/meetings/MeetingPage'), 'MeetingPage');
const PresentationPage = page(() => import('./features/presentation/PresentationPage'), 'PresentationPage');
const SlideShow = page(() => import('./features/presentation/SlideShow'), 'SlideShow');
const PresenterView = page(() => import('./features/presentation/PresenterView'), 'PresenterView');
const ReportBuilderPage = page(() => import('./features/report/ReportBuilderPage'), 'ReportBuilderPage');
const ReportPrintPage = page(() => import('./features/report/ReportPrintPage'), 'ReportPrintPage');
const ProposalDetailPage = page(() => import('./features/proposals/ProposalDetailPage'), 'ProposalDetailPage');
const ProposalEditPage = page(() => import('./features/proposals/ProposalEditPage'), 'ProposalEditPage');
const ProposalsPage = page(() => import('./features/proposals/ProposalsPage'), 'ProposalsPage');
const SettingsPage = page(() => import('./features/settings/SettingsPage'), 'SettingsPage');

// Hash routes: the address never leaves index.html, so no route can 404 in the app protocol.
const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'vorschlaege', element: <ProposalsPage /> },
      { path: 'vorschlaege/neu', element: <ProposalEditPage /> },
      { path: 'vorschlaege/:id', element: <ProposalDetailPage /> },
      { path: 'vorschlaege/:id/bearbeiten', element: <ProposalEditPage /> },
      { path: 'kosten', element: <CostsPage /> },
      { path: 'vertraege', element: <ContractsPage /> },
      { path: 'vertraege/:id', element: <ContractPage /> },
      { path: 'vertraege/:id/vergleich', element: <ComparePage /> },
      { path: 'termine', element: <MeetingsPage /> },
      { path: 'termine/:id', element: <MeetingPage /> },
      { path: 'praesentation', element: <PresentationPage /> },
      { path: 'bericht', element: <ReportBuilderPage /> },
      { path: 'austausch', element: <ExchangePage /> },
      { path: 'stammdaten', element: <MasterDataPage /> },
      { path: 'einstellungen', element: <SettingsPage /> },
    ],
  },
  // The slides and the presenter view fill the window: no menu, no app chrome.
  { path: '/praesentation/vortrag', element: <FullWindow page={<SlideShow />} /> },
  { path: '/praesentation/referent', element: <FullWindow page={<PresenterView />} /> },
  // The report alone, without the app's menu: printed by the browser's own print dialog, and
  // by the desktop app's hidden window when no builder on screen asks for the PDF.
  {
    path: '/bericht/druck',
    element: (
      <Suspense fallback={<Loader aria-label={de.common.loading} />}>
        <ReportPrintPage />
      </Suspense>
    ),
  },
  // A contract draft alone, printed like the report (same print options and ready signal).
  { path: '/vertraege/:id/druck', element: <FullWindow page={<ContractPrintPage />} /> },
]);

function FullWindow({ page }: { page: ReactNode }) {
  return <Suspense fallback={<Loader aria-label="Daten werden geladen …" />}>{page}</Suspense>;
}

export function App() {
  return <RouterProvider router={router} />;
}
