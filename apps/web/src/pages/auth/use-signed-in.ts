import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { ME_QUERY_KEY } from '../../api';
import { safeRedirect } from './safe-redirect';

/**
 * What happens after a successful sign-in or sign-up: forget every cached answer of the previous visitor, then go
 * to the dashboard (or where the guard sent the user from).
 *
 * @example
 * const signedIn = useSignedIn(); mutation.mutate(values, { onSuccess: () => signedIn(search.redirect) });
 */
export function useSignedIn(): (redirect?: string) => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (redirect) => {
    queryClient.clear();
    await queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    await navigate({ href: safeRedirect(redirect), replace: true });
  };
}
