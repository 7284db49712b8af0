import { useEffect } from 'react';

/** Sets the tab title to "<page> · SIGMACODE" so screen readers and history show where the user is. */
export function useDocumentTitle(page: string): void {
  useEffect(() => {
    document.title = page ? `${page} · SIGMACODE` : 'SIGMACODE';
  }, [page]);
}
