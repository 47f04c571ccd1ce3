// Finds the Electron binary that `npm install` downloaded, or explains why there is none.
import { createRequire } from 'node:module';

export const MISSING_ELECTRON_MESSAGE = `
Das Electron-Programm fehlt auf diesem Rechner.
npm lädt es beim Installieren aus dem Internet herunter; das ist hier nicht geschehen
(zum Beispiel ohne Internetzugang oder mit ELECTRON_SKIP_BINARY_DOWNLOAD=1).
So erhalten Sie es: mit Internetverbindung \`rm -rf node_modules/electron && npm install\`
ausführen. Ohne Electron läuft dieselbe Anwendung im Browser: \`npm run web\`.

The Electron binary is missing (npm downloads it during install). With internet access,
run \`rm -rf node_modules/electron && npm install\`; meanwhile \`npm run web\` runs the same
app in a browser.
`;

export function electronBinary() {
  try {
    const require = createRequire(import.meta.url);
    return require('electron');
  } catch {
    return null;
  }
}
