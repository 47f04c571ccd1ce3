/** A blank contract: one empty section to start from. */
import { p, template } from './build';

export const LEER = template('leer', 'Leerer Vertrag', 'Ein Abschnitt ohne Text; Aufbau und Inhalt frei.', [
  { role: 'gegenstand', heading: 'Gegenstand', body: [p('')] },
]);
