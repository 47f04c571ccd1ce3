import { Loader, Text } from '@mantine/core';
import { useState } from 'react';
import type { Area, Meeting, Party, Proposal, ProposalInput } from '../../domain/schemas';
import { useNavigate, useParams } from 'react-router-dom';
import { useDb } from '../../state/DbContext';
import { createProposal, proposalToInput, updateProposal } from '../../data/repositories/proposals';
import { useAreas, useMeetings, useParties, useProposal, useProposals } from '../../state/useWorkspace';
import { proposalsWithTitle, titleKey } from '../../domain/proposalNames';
import { de } from '../../i18n/de';
import { notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { EMPTY_PROPOSAL } from '../../domain/vocabulary';
import { ProposalForm } from './ProposalForm';
import { SameTitleDialog } from './SameTitleDialog';

/** Create (no id in the route) or edit a proposal. */
export function ProposalEditPage() {
  const { id } = useParams();
  const existing = useProposal(id);
  const parties = useParties();
  const areas = useAreas();
  const meetings = useMeetings();
  const proposals = useProposals();

  if (!parties || !areas || !meetings || !proposals || (id && existing === undefined)) return <Loader aria-label={de.common.loading} />;
  if (id && existing === null) return <Text>{de.proposals.notFound}</Text>;

  return <EditForm existing={existing ?? null} parties={parties} areas={areas} meetings={meetings} proposals={proposals} />;
}

interface EditFormProps {
  existing: Proposal | null;
  parties: Party[];
  areas: Area[];
  meetings: Meeting[];
  proposals: Proposal[];
}

function EditForm({ existing, parties, areas, meetings, proposals }: EditFormProps) {
  const db = useDb();
  const navigate = useNavigate();
  // The revision the user started from: a save is refused if someone changed it meanwhile.
  const [baseRevision] = useState(existing?.revision);
  const [question, setQuestion] = useState<{ title: string; twins: Proposal[]; answer(save: boolean): void } | null>(null);
  const partyName = (pid: string) => parties.find((p) => p.id === pid)?.name ?? 'Unbekannt';
  // The form stays busy while the question is open; a „no“ keeps the input for a new title.
  const confirmSameTitle = (title: string, twins: Proposal[]) =>
    new Promise<boolean>((resolve) =>
      setQuestion({
        title,
        twins,
        answer: (save) => {
          setQuestion(null);
          resolve(save);
        },
      }),
    );
  const onSubmit = async (values: ProposalInput) => {
    const renamed = !existing || titleKey(existing.title) !== titleKey(values.title);
    const twins = renamed ? proposalsWithTitle(values.title, proposals, existing?.id ?? null) : [];
    if (twins.length > 0 && !(await confirmSameTitle(values.title, twins))) return;
    const saved = existing ? await updateProposal(db, existing.id, values, baseRevision) : await createProposal(db, values);
    notifySuccess(de.common.saved);
    navigate(`/vorschlaege/${saved.id}`);
  };

  return (
    <>
      <PageHeader title={existing ? de.proposals.editTitle : de.proposals.newTitle} subtitle={existing?.title} />
      <ProposalForm
        initial={existing ? proposalToInput(existing) : EMPTY_PROPOSAL}
        editingId={existing?.id ?? null}
        areas={areas}
        parties={parties}
        meetings={meetings}
        proposals={proposals}
        onSubmit={onSubmit}
        onCancel={() => navigate(existing ? `/vorschlaege/${existing.id}` : '/vorschlaege')}
      />
      {question ? <SameTitleDialog title={question.title} twins={question.twins} partyName={partyName} onAnswer={question.answer} /> : null}
    </>
  );
}
