// Satisfaction: who is asked (the case's team), the one-time survey page's
// API (no account), and the satisfaction indicators.
import { Body, Controller, Get, Header, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { SURVEY_RESPONDENTS } from '../../../../libs/domain/satisfaction';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit, Public } from '../auth/permit.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { SurveyUseCase } from './survey.use-case';
import { SatisfactionDto, SurveyAnsweredDto, SurveyContactDto, SurveyPageDto, SurveyRefusedDto } from './schemas';
import { answer } from '../common/schemas';

const contactBody = z
  .object({
    respondent: z.enum(SURVEY_RESPONDENTS).describe('CHILD (from 12) or FAMILY'),
    phone: z.string().regex(/^\+\d{8,15}$/).optional().describe('E.164: the number the invitation goes to'),
    language: z.enum(['ar', 'fr']),
    refused: z.boolean().default(false).describe('the child or the family does not wish to be asked: nothing is sent'),
  })
  .strict();
class ContactDto extends createZodDto(contactBody) {}
const answerBody = z
  .object({
    score: z.number().int().min(1).max(5).describe('how satisfied, 1 (not at all) to 5 (fully)'),
    listened: z.boolean().describe('felt listened to'),
  })
  .strict();
class AnswerDto extends createZodDto(answerBody) {}
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const indicatorsQuery = z
  .object({
    from: month.describe('first month (YYYY-MM)'),
    to: month.describe('last month, inclusive (YYYY-MM)'),
    provinceCode: z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/).optional(),
  })
  .strict();
class IndicatorsQueryDto extends createZodDto(indicatorsQuery) {}
const tokenParam = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);
const token = (t: string) => (tokenParam.safeParse(t).success ? t : 'invalid-token-invalid-token');

@ApiTags('satisfaction')
@ApiBearerAuth()
@Controller('api/v1')
export class SatisfactionController {
  constructor(private readonly surveys: SurveyUseCase) {}

  @Post('cases/:id/survey-contact')
  @HttpCode(200)
  @Permit('survey.contact')
  @ApiOperation({ summary: 'Who the satisfaction surveys of this case ask (the child from 12, else the family) and on which number, or their refusal (the same request again changes nothing: an Idempotency-Key adds nothing)' })
  @ApiOkResponse({ type: answer(SurveyContactDto) })
  @ApiBody({ type: ContactDto, examples: { family: { value: { respondent: 'FAMILY', phone: '+212612345678', language: 'ar' } } } })
  contact(@CurrentIdentity() who: Identity, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: ContactDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') _key?: string) {
    return this.surveys.recordContact(who, id, body, ctx);
  }

  @Get('indicators/satisfaction')
  @Permit('indicators.read')
  @ApiOperation({ summary: 'Satisfaction per province and per provider over months (small counts suppressed: "< 5", and "x" for the cell that would give one back)' })
  @ApiOkResponse({ type: answer(SatisfactionDto) })
  indicators(@CurrentIdentity() who: Identity, @Query() q: IndicatorsQueryDto, @RequestContext() ctx: AuditContext) {
    return this.surveys.indicators(who, q, ctx);
  }
}

@ApiTags('public')
@Public()
@Controller('api/v1/public/surveys')
export class PublicSurveyController {
  constructor(private readonly surveys: SurveyUseCase) {}

  @Get(':token')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The survey of a one-time link: its subject and language (404 unknown, 409 used, refused or expired)' })
  @ApiOkResponse({ type: answer(SurveyPageDto) })
  open(@Param('token') t: string) {
    return this.surveys.open(token(t));
  }

  @Post(':token')
  @HttpCode(201)
  @ApiOperation({ summary: 'Answer the survey, once (a second use of the link: 409; an Idempotency-Key adds nothing)' })
  @ApiCreatedResponse({ type: answer(SurveyAnsweredDto) })
  @ApiBody({ type: AnswerDto, examples: { answer: { value: { score: 4, listened: true } } } })
  answer(@Param('token') t: string, @Body() body: AnswerDto, @Headers('idempotency-key') _key?: string) {
    return this.surveys.answer(token(t), body);
  }

  @Post(':token/refusal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline: this survey closes and no other is sent about the case' })
  @ApiOkResponse({ type: answer(SurveyRefusedDto) })
  refuse(@Param('token') t: string, @Headers('idempotency-key') _key?: string) {
    return this.surveys.refuse(token(t));
  }
}
