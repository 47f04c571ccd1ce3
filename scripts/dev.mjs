// `npm run dev`: rebuilds the renderer on every change and reloads the Electron window.
// The window keeps loading from app://ikz-planer, so development uses the real origin.
import { spawn } from 'node:child_process';
import { electronBinary, MISSING_ELECTRON_MESSAGE } from './electron-binary.mjs';

const binary = electronBinary();
if (!binary) {
  console.error(MISSING_ELECTRON_MESSAGE);
  process.exit(1);
}
const run = (cmd, args, env = {}) => spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
await new Promise((resolve) => run('node', ['scripts/build-electron.mjs']).on('exit', resolve));
const vite = run('npx', ['vite', 'build', '--watch', '--mode', 'development']);
// Give the first renderer build a moment before the window opens.
setTimeout(() => {
  const electron = run(binary, ['.'], { IKZ_DEV_RELOAD: '1' });
  electron.on('exit', () => {
    vite.kill();
    process.exit(0);
  });
}, 8000);
