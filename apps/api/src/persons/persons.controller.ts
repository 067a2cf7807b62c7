// The persons of a case (mother, father, guardian, siblings, other relatives,
// the adult found with the child), their referrals, and the follow-up visits
// after the child's return to the family. Who may do what: the permission
// table's person.*, referral.* and family.visit; what a reader sees of a
// person: the disclosure rules person.identity and person.referred.
import { Body, Controller, Get, Headers, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { recordFamilyVisitUpdate } from '../../../../workflows/case.messages';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit } from '../auth/permit.decorator';
import { Action } from '../common/action.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { CaseActions } from '../pathway/case-actions';
import { CasePersons } from './case-persons';
import { ReferralCreatedDto } from '../referrals/schemas';
import { AddPersonDto, CasePersonsDto, CorrectPersonDto, FamilyVisitDto, PersonAddedDto, PersonCorrectedDto, PersonReferralDto, PersonRemovedDto, ReferredPersonDto } from './schemas';
import { answer } from '../common/schemas';

@ApiTags('persons')
@ApiBearerAuth()
@Controller('api/v1')
export class PersonsController {
  constructor(
    private readonly persons: CasePersons,
    private readonly actions: CaseActions,
  ) {}

  @Get('cases/:id/persons')
  @Permit('person.list')
  @ApiOperation({ summary: 'The persons of the case, with the referrals made for each: names and contacts for readers who may see identifying data, relation and initials for the others (audited)' })
  @ApiOkResponse({ type: answer(CasePersonsDto) })
  list(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @RequestContext() ctx: AuditContext) {
    return this.persons.list(who, caseId, ctx);
  }

  @Action('cases/:id/persons', 'Add a person of the case (names and contacts sealed at rest; the pathway knows an id and the relation); answers the services the template proposes for them', 'person.add', 201, answer(PersonAddedDto))
  add(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: AddPersonDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.persons.add({ who, caseId, ctx, idempotencyKey: key }, body);
  }

  @Action('cases/:id/persons/:personId/corrections', 'Correct a person of the case: relation, names, contacts, whether they may be contacted (null clears a field)', 'person.correct', 200, answer(PersonCorrectedDto))
  correct(
    @CurrentIdentity() who: Identity,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('personId', ParseUUIDPipe) personId: string,
    @Body() body: CorrectPersonDto,
    @RequestContext() ctx: AuditContext,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.persons.correct({ who, caseId, ctx, idempotencyKey: key }, personId, body);
  }

  @Action('cases/:id/persons/:personId/removal', 'Remove a person recorded in error (the row is kept, hidden; referrals made for them go on)', 'person.remove', 200, answer(PersonRemovedDto))
  remove(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Param('personId', ParseUUIDPipe) personId: string, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.persons.remove({ who, caseId, ctx, idempotencyKey: key }, personId);
  }

  @Action('cases/:id/persons/:personId/referrals', 'Refer a person of the case to a provider (family support, social aid, parenting support...): the child’s referrals go on in parallel', 'referral.create', 201, answer(ReferralCreatedDto))
  refer(
    @CurrentIdentity() who: Identity,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('personId', ParseUUIDPipe) personId: string,
    @Body() body: PersonReferralDto,
    @RequestContext() ctx: AuditContext,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.persons.refer({ who, caseId, ctx, idempotencyKey: key }, personId, body);
  }

  @Get('referrals/:referralId/person')
  @Permit('referral.read')
  @ApiOperation({ summary: 'The person a referral is for, as the referral discloses them: to its provider the names, and the contacts when the person may be contacted (audited)' })
  @ApiOkResponse({ type: answer(ReferredPersonDto) })
  ofReferral(@CurrentIdentity() who: Identity, @Param('referralId', ParseUUIDPipe) referralId: string, @RequestContext() ctx: AuditContext) {
    return this.persons.ofReferral(who, referralId, ctx);
  }

  @Action('cases/:id/family-visits', 'Record a follow-up visit after the child’s return to the family (its outcome); the next visit is scheduled at the template’s interval, and the last may ask for the closure', 'family.visit')
  visit(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: FamilyVisitDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'family.visit', recordFamilyVisitUpdate, body);
  }
}
