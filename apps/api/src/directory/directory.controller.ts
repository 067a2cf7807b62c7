// The provincial service directory (measure 42): who offers which service,
// so a coordinator can orient a child.
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { SERVICES } from '../../../../libs/domain/taxonomy';
import { Permit } from '../auth/permit.decorator';
import { ListOrganisationsUseCase } from './list-organisations.use-case';
import { ListProvincesUseCase } from './list-provinces.use-case';
import { OrganisationListDto, RegionListDto } from './schemas';
import { answer } from '../common/schemas';

const directoryQuery = z
  .object({ provinceCode: z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/), service: z.enum(SERVICES).optional() })
  .strict();
class DirectoryQueryDto extends createZodDto(directoryQuery) {}

@ApiTags('directory')
@ApiBearerAuth()
@Controller('api/v1')
export class DirectoryController {
  constructor(
    private readonly listOrganisations: ListOrganisationsUseCase,
    private readonly listProvinces: ListProvincesUseCase,
  ) {}

  @Get('organisations')
  @Permit('directory.read')
  @ApiOperation({ summary: 'Organisations of a province, optionally those offering a service' })
  @ApiOkResponse({ type: answer(OrganisationListDto) })
  organisations(@Query() q: DirectoryQueryDto) {
    return this.listOrganisations.execute(q);
  }

  @Get('provinces')
  @Permit('directory.read')
  @ApiOperation({ summary: 'The 12 regions and their provinces and prefectures' })
  @ApiOkResponse({ type: answer(RegionListDto) })
  provinces() {
    return this.listProvinces.execute();
  }
}
