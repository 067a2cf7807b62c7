// The provinces and prefectures (reference data seeded once): kept in memory,
// since every report, transfer and complaint checks a code against them. A code
// not found reloads the list (at most once a minute), so a province added
// while the API runs is seen without a restart.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { DB } from './tokens';

export const PROVINCES_RELOAD_MS = 60_000;

@Injectable()
export class ProvinceCatalogue {
  private codes: Promise<Set<string>> | undefined;
  private loadedAt = 0;

  constructor(@Inject(DB) private readonly db: Db) {}

  async exists(code: string): Promise<boolean> {
    if ((await this.load(false)).has(code)) return true;
    return (await this.load(Date.now() - this.loadedAt > PROVINCES_RELOAD_MS)).has(code);
  }

  private load(again: boolean): Promise<Set<string>> {
    if (!this.codes || again) {
      this.loadedAt = Date.now();
      const loading = this.db.province.findMany({ select: { code: true } }).then((rows) => new Set(rows.map((r) => r.code)));
      // A failed load is not kept: the next request tries again.
      loading.catch(() => {
        if (this.codes === loading) this.codes = undefined;
      });
      this.codes = loading;
    }
    return this.codes;
  }
}
