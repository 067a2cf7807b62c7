import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { initI18n } from './i18n';
import { Router } from './router';
import './styles.css';

const i18n = initI18n();
const queries = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true } } });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queries}>
        <Router>
          <App />
        </Router>
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
