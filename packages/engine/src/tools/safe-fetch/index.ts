export { checkTarget, normalizeHost } from './check-target.js';
export { createPinnedFetch, type PinnedFetch } from './create-pinned-fetch.js';
export type { SafeFetch, SafeFetchOptions, SafeFetchRequest, SafeFetchResponse } from './create-safe-fetch.js';
export { createSafeFetch } from './create-safe-fetch.js';
export { blockedAddressReason, parseIPv4, parseIPv6 } from './ip-address.js';
export type { HostResolver, ResolvedAddress } from './resolve-host.js';
export { resolveWithSystem } from './resolve-host.js';
export { sendRequest } from './send-request.js';
