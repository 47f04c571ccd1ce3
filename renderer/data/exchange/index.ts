/**
 * Exchange files between laptops (issue 10). Public API for screens:
 *
 *   buildExchangeFile(db, scope, { password? }) → Promise<BuiltExchangeFile { text, bytes, fileName, counts }>
 *       Export: the records of the scope (workspace | proposals with ids | masterData), tombstones,
 *       bases and change-log hints; optional AES-256-GCM password. Remembers what was sent as the
 *       shared base (so it writes bookkeeping rows, never workspace records).
 *   saveExchangeFile(built) → Promise<SaveFileResult>   through the platform's save dialog (.ikz)
 *   openExchangeFile() → Promise<OpenedExchangeFile | null>   platform open dialog; null = cancelled;
 *       { fileName, bytes } or { fileName, error } (too large)
 *   readExchangeFile(bytes, password?) → Promise<ExchangeResult<ParsedExchange>>   (domain, pure)
 *       never throws; { ok: false, error: { code, message (German), header? } }; code
 *       'password-needed' → ask for the password and call again; 'wrong-password' → ask again.
 *   planMerge(db, parsed) → Promise<MergePlan { added[], updated[], deleted[], unchanged, conflicts[],
 *       touchesMasterData, masterDataInScope, warnings[], header } >   reads only, writes nothing.
 *   resolveAll(plan, 'mine' | 'theirs') → Resolutions   shortcut „alle von mir“ / „alle aus der Datei“
 *   unresolvedConflicts(plan, resolutions) → MergeConflict[]   what still needs a decision
 *   applyMerge(db, plan, resolutions, { fileName, acceptMasterData }) → Promise<MergeSummary { …, text }>
 *       ONE transaction through runCommand; throws UserFacingError (German) if a conflict is
 *       undecided or the data changed since planMerge; nothing is written then.
 *
 * Types: renderer/domain/exchange (ExchangeScope, ParsedExchange, MergePlan, MergeConflict,
 * ConflictField, Resolutions, MergeSummary, ExchangeError).
 */
export { buildExchangeFile, type BuildOptions, type BuiltExchangeFile } from './build';
export { openExchangeFile, saveExchangeFile, type OpenedExchangeFile } from './files';
export { planMerge } from './plan';
export { applyMerge, resolveAll, unresolvedConflicts } from './apply';
export { readExchangeFile } from '../../domain/exchange/read';
export type * from '../../domain/exchange/format';
export type * from '../../domain/exchange/plan';
