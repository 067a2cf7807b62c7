// The console's shell: session, header (navigation from the caller's permitted
// actions, language switch), and the page for the address.
import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, bindSession, unwrap } from './api/client';
import type { Me, SessionConfig } from './api/types';
import { endCodecSession, useCodecSession } from './auth/codec';
import { restoreOidc, signOut, token } from './auth/session';
import { LoadError, Loading } from './components/ui';
import { setLanguage } from './i18n';
import { codeLabel } from './labels';
import { CasePage } from './pages/CasePage';
import { Inbox } from './pages/Inbox';
import { MyWork } from './pages/MyWork';
import { ReportForm } from './pages/ReportForm';
import { SignIn } from './pages/SignIn';
import { Supervision } from './pages/Supervision';
import { Templates } from './pages/Templates';
import { PublicPage, publicPage } from './pages/public/PublicPage';
import { useProvinceName } from './provinces';
import { Link, useRoute } from './router';

type Page = { path: string; label: string; allowed: (me: Me) => boolean };

function pages(t: (k: string) => string): Page[] {
  const has = (a: Me['permittedActions'][number]) => (me: Me) => me.permittedActions.includes(a);
  return [
    { path: '/work', label: t('nav.work'), allowed: has('case.list') },
    { path: '/intake', label: t('nav.intake'), allowed: has('report.create') },
    { path: '/inbox', label: t('nav.inbox'), allowed: (me) => me.role === 'PROVIDER' && me.permittedActions.includes('referral.list') },
    { path: '/supervision', label: t('nav.supervision'), allowed: has('supervision.overdue') },
    // the roles that may write a template, national or of their province
    { path: '/templates', label: t('nav.templates'), allowed: (me) => has('template.national.edit')(me) || has('template.province.edit')(me) },
  ];
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'ar' ? 'fr' : 'ar';
  return (
    <button type="button" className="secondary lang" lang={other} onClick={() => void setLanguage(other)} aria-label={`${t('app.language')}: ${other === 'fr' ? 'Français' : 'العربية'}`}>
      {other === 'fr' ? 'Français' : 'العربية'}
    </button>
  );
}

/** The signed-in user's role and province, both from the catalogue and the reference data in the user's language. */
function SignedInAs({ me }: { me: Me }) {
  const { t } = useTranslation();
  const provinceName = useProvinceName();
  const role = codeLabel(t, 'role', me.role);
  // a national role's name already says so
  return <span className="signed-in">{me.provinceCode ? t('app.signedInAs', { role, place: provinceName(me.provinceCode) }) : role}</span>;
}

export function App() {
  const { t } = useTranslation();
  const { path, go } = useRoute();
  const client = useQueryClient();
  const [signedIn, setSignedIn] = useState(() => token() !== null);
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    bindSession(token, () => {
      setExpired(true);
      setSignedIn(false);
    });
  }, []);

  const config = useQuery({ queryKey: ['session-config'], queryFn: () => unwrap<SessionConfig>(api.GET('/api/v1/session/config')), staleTime: Infinity });
  const oidc = useQuery({ queryKey: ['oidc', Boolean(config.data?.oidc)], enabled: Boolean(config.data?.oidc), queryFn: async () => (await restoreOidc(config.data!)) !== null, staleTime: Infinity });
  useEffect(() => {
    if (oidc.data) setSignedIn(true);
  }, [oidc.data]);
  const me = useQuery({ queryKey: ['me', signedIn], enabled: signedIn, queryFn: () => unwrap<Me>(api.GET('/api/v1/me')), retry: (n, e) => !(e instanceof ApiError && e.status === 401) && n < 2 });
  // the Temporal UI decodes for those the table admits, from sign-in to sign-out
  useCodecSession(signedIn ? me.data : undefined);

  const header = (
    <header className="top">
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <div className="brand">
        <span className="logo" aria-hidden="true">
          م
        </span>
        <span>
          <strong>{t('app.name')}</strong>
          <span className="sub"> {t('app.tagline')}</span>
        </span>
      </div>
      {me.data && signedIn ? (
        <nav aria-label={t('app.menu')}>
          <ul>
            {pages(t)
              .filter((p) => p.allowed(me.data))
              .map((p) => (
                <li key={p.path}>
                  <Link to={p.path}>{p.label}</Link>
                </li>
              ))}
          </ul>
        </nav>
      ) : null}
      <div className="who">
        {me.data && signedIn ? <SignedInAs me={me.data} /> : null}
        <LanguageSwitch />
        {signedIn ? (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              void endCodecSession()
                .then(signOut)
                .then(() => {
                  client.clear();
                  setSignedIn(false);
                  go('/');
                });
            }}
          >
            {t('app.signOut')}
          </button>
        ) : null}
      </div>
    </header>
  );

  let body;
  // the survey link and the own-file request need no account
  const open = publicPage(path, location.search);
  if (open) body = <PublicPage page={open} />;
  else if (config.isPending) body = <Loading />;
  else if (config.isError) body = <LoadError error={config.error} retry={() => void config.refetch()} />;
  else if (!signedIn)
    body = (
      <SignIn
        config={config.data}
        expired={expired}
        onSignedIn={() => {
          setExpired(false);
          setSignedIn(true);
        }}
      />
    );
  else if (me.isPending) body = <Loading />;
  else if (me.isError) body = <LoadError error={me.error} retry={() => void me.refetch()} />;
  else body = <Route path={path} me={me.data} />;

  return (
    <>
      {header}
      <main id="main" tabIndex={-1}>
        {body}
      </main>
    </>
  );
}

function Route({ path, me }: { path: string; me: Me }) {
  const { t } = useTranslation();
  const { go } = useRoute();
  const allowed = pages(t).filter((p) => p.allowed(me));
  const caseMatch = /^\/cases\/([0-9a-f-]{36})$/.exec(path);
  useEffect(() => {
    if ((path === '/' || path === '/sign-in/callback') && allowed[0]) go(allowed[0].path);
  }, [path, allowed, go]);
  if (caseMatch) return <CasePage id={caseMatch[1]} me={me} />;
  const page = pages(t).find((p) => p.path === path);
  if (!page) return path === '/' ? null : <p className="panel">{t('common.notFound')}</p>;
  if (!page.allowed(me)) return <p className="panel">{t('common.forbidden')}</p>;
  switch (path) {
    case '/work':
      return <MyWork />;
    case '/intake':
      return (
        <section aria-labelledby="intake-title">
          <h1 id="intake-title">{t('intake.title')}</h1>
          <p>{t('intake.intro')}</p>
          <ReportForm defaultProvince={me.provinceCode} />
        </section>
      );
    case '/inbox':
      return <Inbox me={me} />;
    case '/supervision':
      return <Supervision />;
    case '/templates':
      return <Templates me={me} />;
    default:
      return null;
  }
}
