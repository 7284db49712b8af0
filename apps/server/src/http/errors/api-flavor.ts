/** The three APIs the server speaks; each renders errors in its own shape. */
export type ApiFlavor = 'openai' | 'dify' | 'console';

export function apiFlavorOf(path: string): ApiFlavor {
  if (path === '/v1' || path.startsWith('/v1/')) return 'openai';
  if (path === '/api/dify' || path.startsWith('/api/dify/')) return 'dify';
  return 'console';
}
