/**
 * The yardstick of the bundle benchmark: the smallest app on the same stack as the
 * IKZ-Planer's first screen (React, Mantine, recharts, Dexie with live queries), with one
 * chart and a few inputs. Never shipped; built by test/bench/bundle.bench.ts only.
 */
import '@mantine/core/styles.css';
import { Button, MantineProvider, NumberInput, Select, Stack, TextInput, Title } from '@mantine/core';
import Dexie, { type EntityTable } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

interface Row {
  id: string;
  name: string;
  amount: number;
}

const db = new Dexie('bare-app') as Dexie & { rows: EntityTable<Row, 'id'> };
db.version(1).stores({ rows: 'id, name' });

function App() {
  const rows = useLiveQuery(() => db.rows.toArray(), []) ?? [];
  const [name, setName] = useState('');
  const [amount, setAmount] = useState<number | string>(0);
  const [kind, setKind] = useState<string | null>('Stadt');
  return (
    <Stack p="lg" maw={800}>
      <Title>Vergleich</Title>
      <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
      <NumberInput label="Betrag" value={amount} onChange={setAmount} decimalSeparator="," thousandSeparator="." />
      <Select label="Art" data={['Stadt', 'Gemeinde', 'Kreis']} value={kind} onChange={setKind} />
      <Button onClick={() => void db.rows.add({ id: crypto.randomUUID(), name: `${name} (${kind})`, amount: Number(amount) })}>Hinzufügen</Button>
      <BarChart width={600} height={300} data={rows}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" />
        <YAxis />
        <Tooltip />
        <Bar dataKey="amount" fill="#1c4f8f" />
      </BarChart>
    </Stack>
  );
}

createRoot(document.getElementById('root')!).render(
  <MantineProvider>
    <App />
  </MantineProvider>,
);
