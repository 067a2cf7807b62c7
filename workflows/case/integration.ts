// Integration: the child is back in the family, at school or in vocational
// training, while the care plan runs (referrals, follow-up) or after an
// earlier integration; in after-care it is recorded without a change of stage.
import { INTEGRATION_KINDS } from '../../libs/domain/pathway';
import { recordIntegrationUpdate } from '../case.messages';
import type { CaseContext } from './context';
import { leaveInstitution } from './reviews';

export function integration(c: CaseContext): void {
  const { m } = c;

  c.on(
    recordIntegrationUpdate,
    (a) => {
      c.permit('case.integration', a.actor);
      c.isOpen();
      if (m.stage === 'REPORTED') throw new Error('the report must be acknowledged first');
      if (m.stage !== 'AFTER_CARE') c.mayMoveTo('INTEGRATION');
      c.oneOf(a.kind, INTEGRATION_KINDS, 'kind');
    },
    async (a) => {
      m.integrations.push({ kind: a.kind, at: c.now() });
      await c.fact('INTEGRATION', { kind: a.kind }, a.actor);
      if (a.kind === 'FAMILY' && m.inInstitution) await leaveInstitution(c);
      if (m.stage !== 'AFTER_CARE') await c.setStage('INTEGRATION');
    },
  );
}
