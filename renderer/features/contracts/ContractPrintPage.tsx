import { Button, Group, Loader } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { reportPageCss } from '../../domain/report/printOptions';
import { de } from '../../i18n/de';
import { useContract } from '../../state/useContracts';
import { useParties, useProposal } from '../../state/useWorkspace';
import { ContractDocument, contractParties } from './ContractDocument';
import { useContractPrintReady } from './useContractPrintReady';

/**
 * The print route of a draft (#/vertraege/:id/druck): the document alone, printed by the
 * desktop app's hidden window with the report's options and ready signal, or by the
 * browser's own dialog (with `drucken=1` it opens by itself).
 */
export function ContractPrintPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const data = useContract(id);
  const parties = useParties();
  const proposal = useProposal(data?.contract.proposalId ?? undefined);
  const ready = data !== undefined && data !== null && parties !== undefined && proposal !== undefined;
  const contract = data?.contract;
  useContractPrintReady(ready, contract?.revision);

  useEffect(() => {
    if (!contract) return;
    const before = document.title;
    document.title = contract.title;
    return () => {
      document.title = before;
    };
  }, [contract]);

  const printed = useRef(false);
  useEffect(() => {
    if (params.get('drucken') !== '1' || !ready || printed.current) return;
    printed.current = true;
    const timer = setTimeout(() => window.print(), 300);
    return () => clearTimeout(timer);
  }, [params, ready]);

  return (
    <main className="contract-print-root">
      <Group className="contract-print-bar" data-print-hide p="sm" gap="sm">
        <Button onClick={() => window.print()}>Drucken oder als PDF speichern</Button>
        <Button component={Link} to={`/vertraege/${id}`} variant="default">
          Zurück zum Entwurf
        </Button>
      </Group>
      {!ready ? (
        <Loader aria-label={de.common.loading} />
      ) : contract ? (
        <>
          <style>{reportPageCss(contract.title)}</style>
          <ContractDocument contract={contract} partyNames={contractParties(proposal ?? null, parties ?? [])} />
        </>
      ) : (
        <p>Diesen Vertragsentwurf gibt es nicht (mehr).</p>
      )}
    </main>
  );
}
