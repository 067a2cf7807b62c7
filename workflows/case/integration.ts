// Integration: the child is back in the family, at school or in vocational
// training, while the care plan runs (referrals, follow-up) or after an
// earlier integration; in after-care it is recorded without a change of stage.
// A return to the family whose template asks for visits goes to FAMILY_REINTEGRATION.
import { INTEGRATION_KINDS } from '../../libs/domain/pathway';
import { PATCH, since } from '../patches';
import { recordIntegrationUpdate } from '../case.messages';
import type { CaseContext } from './context';
import { beginFollowUp, integrationStage } from './family';
import { leaveInstitution } from './reviews';
import { refused } from '../refusal';

export function integration(c: CaseContext): void {
  const { m } = c;

  c.on(
    recordIntegrationUpdate,
    (a) => {
      c.permit('case.integration', a.actor);
      c.isOpen();
      if (m.stage === 'REPORTED') throw refused('not_acknowledged', 'the report must be acknowledged first');
      c.oneOf(a.kind, INTEGRATION_KINDS, 'kind');
      if (m.stage !== 'AFTER_CARE') c.mayMoveTo(integrationStage(m, a.kind));
    },
    async (a) => {
      // a return to the family under a template with visits: FAMILY_REINTEGRATION (case/family.ts)
      let to = integrationStage(m, a.kind);
      if (to === 'FAMILY_REINTEGRATION' && m.stage !== to && !since(PATCH.FAMILY_REINTEGRATION)) to = 'INTEGRATION';
      m.integrations.push({ kind: a.kind, at: c.now() });
      await c.fact('INTEGRATION', { kind: a.kind }, a.actor);
      if (a.kind === 'FAMILY' && m.inInstitution) await leaveInstitution(c);
      if (m.stage !== 'AFTER_CARE') await c.setStage(to);
      if (m.stage === 'FAMILY_REINTEGRATION' && a.kind === 'FAMILY') await beginFollowUp(c);
    },
  );
}
