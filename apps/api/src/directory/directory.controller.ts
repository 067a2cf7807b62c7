// The provincial service directory (measure 42): who offers which service,
// so a coordinator can orient a child.
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { Db } from '../../../../libs/db/prisma';
import { SERVICES } from '../../../../libs/domain/taxonomy';
import { assertProvince, type Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Roles } from '../auth/roles.decorator';
import { DB } from '../infra/tokens';

const directoryQuery = z
  .object({ provinceCode: z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/), service: z.enum(SERVICES).optional() })
  .strict();
class DirectoryQueryDto extends createZodDto(directoryQuery) {}

@ApiTags('directory')
@ApiBearerAuth()
@Controller('api/v1')
export class DirectoryController {
  constructor(@Inject(DB) private readonly db: Db) {}

  @Get('organisations')
  @Roles('INTAKE', 'COORDINATOR', 'HEAD_OF_CENTRE', 'DELEGATE', 'COMMITTEE', 'JUDICIAL_LIAISON', 'PROVIDER', 'SUPERVISOR', 'AUDITOR', 'ADMIN')
  @ApiOperation({ summary: 'Organisations of a province, optionally those offering a service' })
  async organisations(@CurrentIdentity() who: Identity, @Query() q: DirectoryQueryDto) {
    assertProvince(who, q.provinceCode);
    const rows = await this.db.organisation.findMany({
      where: { provinceCode: q.provinceCode, active: true, ...(q.service ? { services: { has: q.service } } : {}) },
      orderBy: { nameFr: 'asc' },
    });
    return { items: rows };
  }

  @Get('provinces')
  @Roles('INTAKE', 'COORDINATOR', 'HEAD_OF_CENTRE', 'DELEGATE', 'COMMITTEE', 'JUDICIAL_LIAISON', 'PROVIDER', 'SUPERVISOR', 'AUDITOR', 'ADMIN')
  @ApiOperation({ summary: 'The 12 regions and their provinces and prefectures' })
  async provinces() {
    const regions = await this.db.region.findMany({ include: { provinces: { orderBy: { nameFr: 'asc' } } }, orderBy: { code: 'asc' } });
    return { items: regions };
  }
}
