import { Alert } from '@mantine/core';
import { PageHeader } from './PageHeader';

/** A screen that a later version fills: it says what will be there instead of staying blank. */
export function Placeholder({ title, text }: { title: string; text: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Alert color="blue" variant="light" title="In Vorbereitung">
        {text}
      </Alert>
    </>
  );
}
