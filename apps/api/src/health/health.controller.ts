// GET /health: PostgreSQL, Redis and Temporal, each on its own line, so an
// operator sees at once which one is down.
import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/permit.decorator';
import { CheckHealthUseCase } from './check-health.use-case';
import { HealthDto } from './schemas';
import { answer } from '../common/schemas';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly checkHealth: CheckHealthUseCase) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Health of PostgreSQL, Redis and Temporal' })
  @ApiResponse({ status: 200, type: answer(HealthDto), description: 'every dependency is up' })
  @ApiResponse({ status: 503, type: answer(HealthDto), description: 'one or more is down: which, and why' })
  async health(@Res({ passthrough: true }) res: Response) {
    const result = await this.checkHealth.execute();
    res.status(result.status === 'ok' ? 200 : 503);
    return result;
  }
}
