// The regions and their provinces and prefectures (reference data).
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { DB } from '../infra/tokens';
import type { RegionList } from './schemas';

@Injectable()
export class ListProvincesUseCase {
  constructor(@Inject(DB) private readonly db: Db) {}

  async execute(): Promise<RegionList> {
    const regions = await this.db.region.findMany({ include: { provinces: { orderBy: { nameFr: 'asc' } } }, orderBy: { code: 'asc' } });
    return { items: regions };
  }
}
