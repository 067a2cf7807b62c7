// The public API of complaints from outside: no account, no token. The
// console's public page (Arabic and French) and any other client ask for a
// challenge, solve it, file the complaint, and read the answer later with the
// reference and secret they were given. Complaints by SMS come through the
// notifier (the service number), not here.
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Public } from '../auth/permit.decorator';
import { PublicComplaintsUseCase } from './public-complaints.use-case';
import { ChallengeDto, PublicComplaintAnswerDto, PublicComplaintFiledDto, PublicProvincesDto } from './schemas';
import { answer } from '../common/schemas';

const complaintSchema = z
  .object({
    provinceCode: z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/).describe('the province the complaint is about (its delegate answers)'),
    text: z.string().trim().min(1).max(5000).describe('what happened, in Arabic or French; the answer comes in the same language'),
    challenge: z
      .object({
        nonce: z.string().min(1).max(300).describe('from GET /api/v1/public/challenge'),
        counter: z.string().regex(/^\d{1,20}$/).describe('a counter such that SHA-256("<nonce>:<counter>") starts with `difficulty` zero bits'),
      })
      .strict(),
  })
  .strict();
class PublicComplaintDto extends createZodDto(complaintSchema) {}
const referenceParam = z.string().regex(/^PLT-[0-9A-Z]{8}$/);
const answerQuery = z.object({ secret: z.string().min(1).max(100) }).strict();
class AnswerQueryDto extends createZodDto(answerQuery) {}

@ApiTags('public')
@Public()
@Controller('api/v1/public')
export class PublicComplaintsController {
  constructor(private readonly complaints: PublicComplaintsUseCase) {}

  @Get('provinces')
  @ApiOperation({ summary: 'The provinces a complaint can be about, with their region, in Arabic and French' })
  @ApiOkResponse({ type: answer(PublicProvincesDto) })
  provinces() {
    return this.complaints.provinceList();
  }

  @Get('challenge')
  @ApiOperation({
    summary: 'A proof-of-work challenge for filing a complaint without an account',
    description: 'Find a counter (decimal) such that SHA-256 of "<nonce>:<counter>" has `difficulty` leading zero bits; the nonce is signed, expires at expiresAt and is good for one complaint.',
  })
  @ApiOkResponse({ type: answer(ChallengeDto) })
  challenge() {
    return this.complaints.challenge();
  }

  @Post('complaints')
  @HttpCode(201)
  @ApiOperation({
    summary: 'File a complaint without an account (a child, a parent, any citizen)',
    description:
      'Needs a solved challenge (422 when forged, expired or unsolved; 409 when used already, unless the same request is sent again, which gets the same answer). ' +
      'At most PUBLIC_COMPLAINTS_PER_HOUR from one address (429). Answers a reference and a secret: keep both to read the answer. ' +
      'The solved challenge is what makes a retry the same request; an Idempotency-Key is accepted and adds nothing.',
  })
  @ApiCreatedResponse({ type: answer(PublicComplaintFiledDto) })
  @ApiBody({
    type: PublicComplaintDto,
    examples: {
      complaint: {
        value: {
          provinceCode: 'TANGER_ASSILAH',
          text: 'Personne ne nous a rappelés depuis notre appel au sujet de notre voisin de 10 ans.',
          challenge: { nonce: '<from GET /api/v1/public/challenge>', counter: '0' },
        },
      },
    },
  })
  file(@Body() body: PublicComplaintDto, @Req() req: Request, @Headers('idempotency-key') _key?: string) {
    return this.complaints.file(body, req.ip ?? req.socket.remoteAddress ?? 'unknown');
  }

  @Get('complaints/:reference')
  @ApiOperation({ summary: 'The answer to a complaint, with the reference and secret given when it was filed (404 for either wrong)' })
  @ApiOkResponse({ type: answer(PublicComplaintAnswerDto) })
  answer(@Param('reference') reference: string, @Query() q: AnswerQueryDto) {
    const ref = referenceParam.safeParse(reference);
    return this.complaints.answer(ref.success ? ref.data : 'PLT-INVALID0', q.secret);
  }
}
