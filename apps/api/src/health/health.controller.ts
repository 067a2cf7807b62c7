// GET /health: PostgreSQL, Redis and Temporal, each on its own line, so an
// operator sees at once which one is down.
import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/permit.decorator';
import { CheckHealthUseCase } from './check-health.use-case';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly checkHealth: CheckHealthUseCase) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Health of PostgreSQL, Redis and Temporal' })
  async health(@Res({ passthrough: true }) res: Response) {
    const result = await this.checkHealth.execute();
    res.status(result.status === 'ok' ? 200 : 503);
    return result;
  }
}
