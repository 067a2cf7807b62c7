// The stage of a case on a drawing of the pathway: the stages in their order
// (libs/domain/pathway), the current one marked, the ones the pathway may go
// to next (libs/domain/stages, the table the workflow checks) outlined.
import { useTranslation } from 'react-i18next';
import { STAGES, type Stage } from '../../../../libs/domain/pathway';
import { STAGE_MOVES } from '../../../../libs/domain/stages';
import { codeLabel } from '../labels';

export function PathwayDrawing({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const at = STAGES.indexOf(stage);
  const next = new Set<Stage>(STAGE_MOVES[stage] as readonly Stage[]);
  // a merged duplicate is not a step of the pathway: drawn only on the case it names
  const shown = STAGES.filter((s) => s !== 'MERGED' || s === stage);
  return (
    <figure className="pathway" tabIndex={0} aria-label={t('case.pathwayLabel', { stage: codeLabel(t, 'stage', stage) })}>
      <ol>
        {shown.map((s, i) => {
          const state = s === stage ? 'current' : stage !== 'CLOSED' && i < at ? 'done' : next.has(s) ? 'next' : 'later';
          return (
            <li key={s} className={`stage stage-${state}`} aria-current={s === stage ? 'step' : undefined}>
              <span className="dot" aria-hidden="true">
                {i + 1}
              </span>
              <span className="name">{codeLabel(t, 'stage', s)}</span>
              {state === 'current' ? <span className="visually-hidden"> ({t('case.current')})</span> : null}
              {state === 'done' ? <span className="visually-hidden"> ({t('case.done')})</span> : null}
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
