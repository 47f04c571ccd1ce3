/** Reading an exchange file in the app: the domain's reader, a protected file's content decrypted in a Web Worker. */
import { readExchangeFile as readFile } from '../../domain/exchange/read';
import { decryptInWorker } from './decryptInWorker';

export const readExchangeFile = (bytes: Uint8Array, password?: string) => readFile(bytes, password, { decrypt: decryptInWorker });
