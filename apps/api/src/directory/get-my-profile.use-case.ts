// The signed-in user: role, province, organisation, contact details and notification preferences.
import { Injectable } from '@nestjs/common';
import type { Identity } from '../auth/identity';
import { UserProfiles } from './user-profiles';

@Injectable()
export class GetMyProfileUseCase {
  constructor(private readonly users: UserProfiles) {}

  async execute(who: Identity) {
    return this.users.view(await this.users.load(who));
  }
}
