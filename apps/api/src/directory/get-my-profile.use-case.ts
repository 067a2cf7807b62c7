// The signed-in user: role, province, organisation, contact details and notification preferences,
// and what the permission table lets them do in their own scope (the console shows those actions
// and nothing else; each request is still checked by the API against its target).
import { Injectable } from '@nestjs/common';
import { ACTIONS, DISCLOSURES, discloses, refusal, type Disclosure } from '../../../../libs/domain/permissions';
import type { Role } from '../../../../libs/domain/taxonomy';
import type { Identity } from '../auth/identity';
import { UserProfiles } from './user-profiles';
import type { Me } from './schemas';

@Injectable()
export class GetMyProfileUseCase {
  constructor(private readonly users: UserProfiles) {}

  async execute(who: Identity): Promise<Me> {
    const user = await this.users.load(who);
    const acting = { role: user.role as Role, provinceCode: user.provinceCode, organisationId: user.organisationId };
    return {
      ...this.users.view(user),
      permittedActions: ACTIONS.filter((a) => refusal(a, acting) === null),
      disclosures: (Object.keys(DISCLOSURES) as Disclosure[]).filter((d) => discloses(d, acting.role)),
    };
  }
}
