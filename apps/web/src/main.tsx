import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api';
import { I18nProvider } from './i18n';
import { createAppRouter } from './router/create-app-router';
import { applyTheme } from './theme/apply-theme';
import { initialTheme } from './theme/initial-theme';
import { ThemeProvider } from './theme/theme-provider';
import './styles.css';

// Apply the theme before React's first paint so a dark-mode user never sees a white flash.
applyTheme(initialTheme());

const queryClient = createQueryClient();
const router = createAppRouter({ queryClient });

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">.');

createRoot(container).render(
  <StrictMode>
    <ThemeProvider>
      <I18nProvider>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </I18nProvider>
    </ThemeProvider>
  </StrictMode>,
);
