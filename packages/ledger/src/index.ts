export type * from './ledger.js';
