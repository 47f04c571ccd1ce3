// `npm start`: launches the built app in Electron, or says clearly why it cannot.
import { spawn } from 'node:child_process';
import { electronBinary, MISSING_ELECTRON_MESSAGE } from './electron-binary.mjs';

const binary = electronBinary();
if (!binary) {
  console.error(MISSING_ELECTRON_MESSAGE);
  process.exit(1);
}
const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
child.on('exit', (code) => process.exit(code ?? 0));
