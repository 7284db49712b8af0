/**
 * Where to go after signing in: the `redirect` search parameter when it points into the dashboard (never another
 * site: `//evil.example` or `https://…` are refused), else `/dashboard`.
 *
 * @example
 * safeRedirect('/dashboard/settings?tab=keys') // '/dashboard/settings?tab=keys'
 * safeRedirect('https://evil.example') // '/dashboard'
 */
export function safeRedirect(target: unknown): string {
  if (typeof target !== 'string') return '/dashboard';
  return /^\/dashboard(?:[/?#]|$)/.test(target) ? target : '/dashboard';
}
