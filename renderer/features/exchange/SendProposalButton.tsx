import { Button } from '@mantine/core';
import { useState } from 'react';
import { ExportDialog } from './ExportDialog';

/** „Als Austauschdatei senden“ on a proposal's page: the export dialog with this proposal chosen. */
export function SendProposalButton({ proposalId }: { proposalId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        Als Austauschdatei senden
      </Button>
      {open ? <ExportDialog onClose={() => setOpen(false)} proposalIds={[proposalId]} /> : null}
    </>
  );
}
