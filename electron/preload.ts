/**
 * Sandboxed preload, bundled to one file. It exposes one named function per IPC
 * operation and never `ipcRenderer` itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, PRELOAD_GLOBAL } from './ipc/channels';
import type { PreloadApi } from './ipc/contract';

const api = {
  getAppInfo: () => ipcRenderer.invoke(CHANNELS.getAppInfo),
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(CHANNELS.openFile, request),
  openExternal: (url) => ipcRenderer.invoke(CHANNELS.openExternal, url),
  writeBackup: (request) => ipcRenderer.invoke(CHANNELS.writeBackup, request),
  listBackups: () => ipcRenderer.invoke(CHANNELS.listBackups),
  readBackup: (name) => ipcRenderer.invoke(CHANNELS.readBackup, name),
  exportBackup: (name) => ipcRenderer.invoke(CHANNELS.exportBackup, name),
  presentationStart: (request) => ipcRenderer.invoke(CHANNELS.presentationStart, request),
  presentationEnd: () => ipcRenderer.invoke(CHANNELS.presentationEnd),
  presentationPublish: (state) => ipcRenderer.invoke(CHANNELS.presentationPublish, state),
  presentationNext: (version) => ipcRenderer.invoke(CHANNELS.presentationNext, version),
  exportReportPdf: (request) => ipcRenderer.invoke(CHANNELS.exportReportPdf, request),
  openSavedReport: () => ipcRenderer.invoke(CHANNELS.openSavedReport),
} satisfies PreloadApi;

contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, api);
