import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit } from '../auth/permit.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { answer } from '../common/schemas';
import { ChildSearchDto, ChildSearchResultDto } from './schemas';
import { SearchChildrenUseCase } from './search-children.use-case';

@ApiTags('children')
@ApiBearerAuth()
@Controller('api/v1/children')
export class ChildrenController {
  constructor(private readonly searchChildren: SearchChildrenUseCase) {}

  @Post('search')
  @HttpCode(200)
  @Permit('child.search')
  @ApiOperation({
    summary: 'Is this child already known? Exact identifiers, then probable matches on name (Arabic or Latin), age, sex, mother and province',
    description: 'Discloses reference, province, initials and age of each candidate, nothing else; a candidate of another province is audited.',
  })
  @ApiResponse({ status: 200, type: answer(ChildSearchResultDto) })
  search(@CurrentIdentity() who: Identity, @Body() body: ChildSearchDto, @RequestContext() ctx: AuditContext): Promise<ChildSearchResultDto> {
    return this.searchChildren.execute(who, body, ctx);
  }
}
