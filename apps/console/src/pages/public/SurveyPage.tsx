// The one-time survey link (/survey/<token>): no account. Two questions in the
// reader's language; the answer is sent once, or the survey declined.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, Notice } from '../../components/ui';
import { addPublicWords, publicCall } from './public-words';

addPublicWords();

type Invitation = { kind: 'CLOSURE' | 'SERVICE'; language: 'ar' | 'fr' };
type State = { step: 'loading' } | { step: 'open'; inv: Invitation } | { step: 'done' | 'declined' | 'gone' };

export function SurveyPage({ token }: { token: string }) {
  const { t } = useTranslation('public');
  const [state, setState] = useState<State>({ step: 'loading' });
  const [score, setScore] = useState<number | null>(null);
  const [listened, setListened] = useState<boolean | null>(null);
  const [missing, setMissing] = useState(false);
  const url = `/api/v1/public/surveys/${encodeURIComponent(token)}`;

  useEffect(() => {
    void publicCall<Invitation>('GET', url).then((r) => setState(r.status === 200 ? { step: 'open', inv: r.body } : { step: 'gone' }));
  }, [url]);

  if (state.step === 'loading') return <Loading />;
  if (state.step !== 'open') return <Notice kind={state.step === 'gone' ? 'error' : 'ok'}>{t(`survey.${state.step === 'done' ? 'thanks' : state.step}`)}</Notice>;

  const send = async () => {
    if (score === null || listened === null) return setMissing(true);
    const r = await publicCall('POST', url, { score, listened });
    setState({ step: r.status === 201 ? 'done' : 'gone' });
  };
  const decline = async () => {
    const r = await publicCall('POST', `${url}/refusal`);
    setState({ step: r.status === 200 ? 'declined' : 'gone' });
  };
  return (
    <section className="panel" aria-labelledby="survey-title">
      <h1 id="survey-title">{t('survey.title')}</h1>
      <p>{t(`survey.intro.${state.inv.kind}`)}</p>
      <form onSubmit={(e) => (e.preventDefault(), void send())}>
        <fieldset>
          <legend>{t('survey.score')}</legend>
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="choice">
              <input type="radio" name="score" value={n} checked={score === n} onChange={() => setScore(n)} /> {t(`survey.scores.${n}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('survey.listened')}</legend>
          {[true, false].map((v) => (
            <label key={String(v)} className="choice">
              <input type="radio" name="listened" checked={listened === v} onChange={() => setListened(v)} /> {t(v ? 'survey.yes' : 'survey.no')}
            </label>
          ))}
        </fieldset>
        {missing ? <Notice kind="error">{t('survey.missing')}</Notice> : null}
        <button type="submit">{t('survey.send')}</button>{' '}
        <button type="button" className="secondary" onClick={() => void decline()}>
          {t('survey.decline')}
        </button>
      </form>
    </section>
  );
}
