// Asking for one's own file without an account (/file-request): the case
// reference and a proof Masar holds; the proof-of-work challenge is solved in
// the browser. Then the request is followed, and the file downloaded once
// (/file-request/<FAR-…>?secret=…).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, Loading, Notice } from '../../components/ui';
import { addPublicWords, publicCall } from './public-words';

addPublicWords();

async function solve(nonce: string, difficulty: number): Promise<string> {
  const enc = new TextEncoder();
  for (let counter = 0; ; counter++) {
    const d = new Uint8Array(await crypto.subtle.digest('SHA-256', enc.encode(`${nonce}:${counter}`)));
    let bits = 0;
    for (const byte of d) {
      if (byte === 0) bits += 8;
      else {
        bits += Math.clz32(byte) - 24;
        break;
      }
    }
    if (bits >= difficulty) return String(counter);
  }
}

type Filed = { reference: string; secret: string };

export function FileRequestPage() {
  const { t, i18n } = useTranslation('public');
  const [form, setForm] = useState({ reference: '', requester: 'SUBJECT', cnie: '', dateOfBirth: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [filed, setFiled] = useState<Filed | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  const submit = async () => {
    setBusy(true);
    setError(null);
    const c = await publicCall<{ nonce: string; difficulty: number }>('GET', '/api/v1/public/file-requests/challenge');
    const challenge = { nonce: c.body.nonce, counter: await solve(c.body.nonce, c.body.difficulty) };
    const r = await publicCall<Filed>('POST', '/api/v1/public/file-requests', { ...form, language: i18n.language === 'fr' ? 'fr' : 'ar', challenge });
    setBusy(false);
    if (r.status === 201) setFiled(r.body);
    // A sentence of the reader's language by status, never the API's English detail.
    else setError(t(`file.why.${['400', '409', '422', '429'].includes(String(r.status)) ? r.status : 'other'}`));
  };

  if (filed) {
    return (
      <section className="panel" aria-labelledby="file-title">
        <h1 id="file-title">{t('file.title')}</h1>
        <Notice kind="ok">{t('file.filed')}</Notice>
        <p>
          {filed.reference} · {t('file.secret')} : <code>{filed.secret}</code>
        </p>
        <a href={`/file-request/${filed.reference}?secret=${encodeURIComponent(filed.secret)}`}>{t('file.follow')}</a>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="file-title">
      <h1 id="file-title">{t('file.title')}</h1>
      <p>{t('file.intro')}</p>
      <form onSubmit={(e) => (e.preventDefault(), void submit())}>
        <Field label={t('file.reference')} required>
          {(a) => <input id={a.id} value={form.reference} onChange={set('reference')} required dir="ltr" />}
        </Field>
        <Field label={t('file.requester')} required>
          {(a) => (
            <select id={a.id} value={form.requester} onChange={set('requester')}>
              <option value="SUBJECT">{t('file.SUBJECT')}</option>
              <option value="PARENT">{t('file.PARENT')}</option>
            </select>
          )}
        </Field>
        <Field label={t('file.cnie')} hint={t('file.cnieHint')} required>
          {(a) => <input id={a.id} aria-describedby={a.describedBy} value={form.cnie} onChange={set('cnie')} required dir="ltr" />}
        </Field>
        <Field label={t('file.dateOfBirth')} required>
          {(a) => <input id={a.id} type="date" value={form.dateOfBirth} onChange={set('dateOfBirth')} required />}
        </Field>
        {error ? <Notice kind="error">{`${t('file.refused')} ${error}`}</Notice> : null}
        <button type="submit" disabled={busy}>
          {busy ? t('file.working') : t('file.send')}
        </button>
      </form>
    </section>
  );
}

type Status = { status: 'RECEIVED' | 'READY' | 'DOWNLOADED'; dueAt: string | null; downloadAt: string | null };

export function FileRequestStatusPage({ reference, secret }: { reference: string; secret: string }) {
  const { t, i18n } = useTranslation('public');
  const [status, setStatus] = useState<Status | null | 'unknown'>(null);
  const load = () => void publicCall<Status>('GET', `/api/v1/public/file-requests/${encodeURIComponent(reference)}?secret=${encodeURIComponent(secret)}`).then((r) => setStatus(r.status === 200 ? r.body : 'unknown'));
  useEffect(load, [reference, secret]);
  if (status === null) return <Loading />;
  if (status === 'unknown') return <Notice kind="error">{t('file.refused')} 404</Notice>;
  const download = async () => {
    const r = await publicCall<{ file: unknown }>('GET', status.downloadAt!);
    if (r.status !== 200) return load();
    const url = URL.createObjectURL(new Blob([JSON.stringify(r.body.file, null, 2)], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: `masar-${reference}.json` });
    a.click();
    URL.revokeObjectURL(url);
    load();
  };
  return (
    <section className="panel" aria-labelledby="file-title">
      <h1 id="file-title">{t('file.title')}</h1>
      <p>
        {reference} — {t(`file.status.${status.status}`)}{' '}
        {status.status === 'RECEIVED' && status.dueAt ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'Africa/Casablanca' }).format(new Date(status.dueAt)) : null}
      </p>
      {status.downloadAt ? (
        <button type="button" onClick={() => void download()}>
          {t('file.download')}
        </button>
      ) : null}
    </section>
  );
}

/** The public pages' paths: rendered without signing in. */
export function publicPage(path: string, search: string) {
  const survey = /^\/survey\/([A-Za-z0-9_-]{20,100})$/.exec(path);
  if (survey) return { kind: 'survey' as const, token: survey[1] };
  if (path === '/file-request') return { kind: 'file-request' as const };
  const status = /^\/file-request\/(FAR-[0-9A-Z]{8})$/.exec(path);
  if (status) return { kind: 'file-status' as const, reference: status[1], secret: new URLSearchParams(search).get('secret') ?? '' };
  return null;
}
