// The organisations of a province (the service directory), optionally those offering a service.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { DB } from '../infra/tokens';
import type { OrganisationList } from './schemas';

@Injectable()
export class ListOrganisationsUseCase {
  constructor(@Inject(DB) private readonly db: Db) {}

  async execute(q: { provinceCode: string; service?: string }): Promise<OrganisationList> {
    const rows = await this.db.organisation.findMany({
      where: { provinceCode: q.provinceCode, active: true, ...(q.service ? { services: { has: q.service } } : {}) },
      orderBy: { nameFr: 'asc' },
    });
    return { items: rows };
  }
}
