import { createHashRouter, RouterProvider } from 'react-router-dom';
import { ContractsPage } from './features/contracts/ContractsPage';
import { CostsPage } from './features/costs/CostsPage';
import { MasterDataPage } from './features/masterData/MasterDataPage';
import { MeetingsPage } from './features/meetings/MeetingsPage';
import { OverviewPage } from './features/overview/OverviewPage';
import { PresentationPage } from './features/presentation/PresentationPage';
import { ProposalDetailPage } from './features/proposals/ProposalDetailPage';
import { ProposalEditPage } from './features/proposals/ProposalEditPage';
import { ProposalsPage } from './features/proposals/ProposalsPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { AppLayout } from './features/shell/AppLayout';

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
      { path: 'termine', element: <MeetingsPage /> },
      { path: 'praesentation', element: <PresentationPage /> },
      { path: 'stammdaten', element: <MasterDataPage /> },
      { path: 'einstellungen', element: <SettingsPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
