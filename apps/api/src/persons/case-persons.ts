// The persons of a case: added, listed, corrected and removed by the case's
// team, each action audited and, where the pathway knows of it (the person's
// id and relation), sent to the pathway first: the row commits only once the
// pathway has accepted. Names and contacts are sealed at rest (person-seal.ts)
// and shown by the disclosure rule person.identity; a provider reads only the
// person a referral is for (person.referred), through the referral.
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../../libs/db/prisma';
import { initialsOf } from '../../../../libs/domain/initials';
import { discloses } from '../../../../libs/domain/permissions';
import type { Role } from '../../../../libs/domain/taxonomy';
import { addPersonUpdate, removePersonUpdate, type CaseState } from '../../../../workflows/case.messages';
import { permit, type Identity } from '../auth/identity';
import { NotFoundError } from '../common/errors';
import { stableUuid } from '../common/stable-id';
import { CaseAccess } from '../cases/case-access';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';
import { CaseActions, type ActionRequest } from '../pathway/case-actions';
import { CreateReferralUseCase } from '../referrals/create-referral.use-case';
import type { CreateReferralDto, ReferralCreated } from '../referrals/schemas';
import { PersonSeal, type PersonDetails } from './person-seal';
import type { AddPersonDto, CasePersonsView, CorrectPersonDto, PersonAdded, PersonCorrected, PersonReferralDto, PersonRemoved, PersonView, ReferredPerson } from './schemas';

type PersonRow = { id: string; caseId: string; relation: string; mayContact: boolean; sealed: Uint8Array; keyId: string; createdAt: Date; updatedAt: Date };

/** The person's details as the reader's role may see them. */
function shown(role: Role, row: PersonRow, d: PersonDetails, referred = false): PersonView {
  const base = { id: row.id, relation: row.relation, mayContact: row.mayContact, initials: initialsOf(d.firstName, d.lastName ?? null, '') };
  if (discloses('person.identity', role)) return { ...base, firstName: d.firstName, lastName: d.lastName ?? null, phone: d.phone ?? null, address: d.address ?? null };
  if (referred && discloses('person.referred', role)) {
    return { ...base, firstName: d.firstName, lastName: d.lastName ?? null, ...(row.mayContact ? { phone: d.phone ?? null, address: d.address ?? null } : {}) };
  }
  return base;
}

@Injectable()
export class CasePersons {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly access: CaseAccess,
    private readonly actions: CaseActions,
    private readonly seal: PersonSeal,
    private readonly audit: AuditLog,
    private readonly referrals: CreateReferralUseCase,
  ) {}

  async add(req: ActionRequest, body: AddPersonDto): Promise<PersonAdded> {
    // A retry with the same Idempotency-Key names the same person (and is the same update).
    const personId = req.idempotencyKey ? stableUuid(`person:${req.caseId}:${req.idempotencyKey}`) : randomUUID();
    const state = await this.actions.run(req, 'person.add', addPersonUpdate, { personId, relation: body.relation });
    const details: PersonDetails = { firstName: body.firstName, lastName: body.lastName, phone: body.phone, address: body.address };
    const { keyId, sealed } = this.seal.seal(personId, details);
    const data = { relation: body.relation, mayContact: body.mayContact, keyId, sealed: Uint8Array.from(sealed) };
    const row = await this.db.casePerson.upsert({ where: { id: personId }, create: { id: personId, caseId: req.caseId, createdBy: req.who.userId, ...data }, update: data });
    return { person: shown(req.who.role, row, details), proposals: proposalsFor(state, personId) };
  }

  async list(who: Identity, caseId: string, ctx: AuditContext): Promise<CasePersonsView> {
    const c = await this.access.load(who, caseId, 'person.list');
    const rows = await this.db.casePerson.findMany({ where: { caseId: c.id, removedAt: null }, orderBy: { createdAt: 'asc' } });
    const referred = await this.db.personReferral.findMany({ where: { caseId: c.id } });
    await this.audit.append(who, 'person.list', ctx, { caseId: c.id });
    return {
      persons: rows.map((r) => ({
        ...shown(who.role, r, this.seal.open(r.id, r.keyId, r.sealed)),
        referrals: referred.filter((x) => x.personId === r.id).map((x) => x.referralId),
      })),
    };
  }

  async correct(req: ActionRequest, personId: string, body: CorrectPersonDto): Promise<PersonCorrected> {
    const c = await this.access.load(req.who, req.caseId, 'person.correct');
    const row = await this.person(c.id, personId);
    if (body.relation && body.relation !== row.relation) {
      await this.actions.run(req, 'person.correct', addPersonUpdate, { personId, relation: body.relation });
    } else {
      await this.audit.append(req.who, 'person.correct', req.ctx, { caseId: c.id, resource: `person/${personId}` });
    }
    const was = this.seal.open(row.id, row.keyId, row.sealed);
    const pick = <K extends keyof PersonDetails>(k: K) => (body[k] === undefined ? was[k] : (body[k] ?? undefined));
    const details: PersonDetails = { firstName: body.firstName ?? was.firstName, lastName: pick('lastName'), phone: pick('phone'), address: pick('address') };
    const { keyId, sealed } = this.seal.seal(personId, details);
    const updated = await this.db.casePerson.update({
      where: { id: personId },
      data: { relation: body.relation ?? row.relation, mayContact: body.mayContact ?? row.mayContact, keyId, sealed: Uint8Array.from(sealed), updatedBy: req.who.userId },
    });
    return { person: shown(req.who.role, updated, details) };
  }

  async remove(req: ActionRequest, personId: string): Promise<PersonRemoved> {
    const c = await this.access.load(req.who, req.caseId, 'person.remove');
    const row = await this.person(c.id, personId);
    await this.actions.run(req, 'person.remove', removePersonUpdate, { personId });
    await this.db.casePerson.update({ where: { id: row.id }, data: { removedAt: new Date(), removedBy: req.who.userId } });
    return { removed: personId };
  }

  /** A referral for a person of the case (parenting support, social aid...): the child's referral rules, then whom it is for. */
  async refer(req: ActionRequest, personId: string, body: PersonReferralDto): Promise<ReferralCreated> {
    const c = await this.access.load(req.who, req.caseId, 'referral.create');
    await this.person(c.id, personId);
    // the referral's own checks (directory, province, service; consent in the pathway), with whom it is for
    const created = await this.referrals.execute(req, { ...body, personId } as CreateReferralDto);
    await this.db.personReferral.upsert({ where: { referralId: created.referralId }, create: { referralId: created.referralId, personId, caseId: c.id }, update: {} });
    return created;
  }

  /** The person a referral is for, as its provider (or the case's team) may see them; audited. */
  async ofReferral(who: Identity, referralId: string, ctx: AuditContext): Promise<ReferredPerson> {
    // the referral and the reader's right to it first: whether it is for a person is not told to others
    const referral = await this.db.referral.findUnique({ where: { id: referralId }, include: { case: { select: { provinceCode: true } } } });
    if (!referral) throw new NotFoundError(`no referral ${referralId}`);
    permit('referral.read', who, { provinceCode: referral.case.provinceCode, organisationId: referral.organisationId });
    const link = await this.db.personReferral.findUnique({ where: { referralId } });
    if (!link) throw new NotFoundError(`referral ${referralId} is for the child, not for a person of the case`);
    const row = await this.db.casePerson.findUnique({ where: { id: link.personId } });
    if (!row || row.removedAt) throw new NotFoundError(`the person of referral ${referralId} was removed from the case`);
    await this.audit.append(who, 'referral.read', ctx, { caseId: row.caseId, resource: `referral/${referralId}/person` });
    return { referralId, service: referral.service, person: shown(who.role, row, this.seal.open(row.id, row.keyId, row.sealed), true) };
  }

  private async person(caseId: string, personId: string): Promise<PersonRow> {
    const row = await this.db.casePerson.findUnique({ where: { id: personId } });
    if (!row || row.caseId !== caseId || row.removedAt) throw new NotFoundError(`no person ${personId} in this case`);
    return row;
  }
}

/** What the template proposes for the person (services not yet referred). */
function proposalsFor(state: CaseState, personId: string) {
  return (state.familyProposals ?? []).filter((p) => p.personId === personId).map((p) => ({ service: p.service, referralId: p.referralId }));
}
