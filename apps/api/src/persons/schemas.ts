import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { PERSON_RELATIONS, VISIT_OUTCOMES } from '../../../../libs/domain/pathway';
import { SERVICES } from '../../../../libs/domain/taxonomy';
import { organisationId } from '../referrals/schemas';

const name = z.string().trim().min(1).max(100);
/** A Moroccan or international number: digits, one leading +, spaces or dashes between groups. */
const phone = z.string().trim().regex(/^\+?[0-9][0-9 -]{5,18}[0-9]$/, 'a telephone number (digits, an optional leading +)');
const address = z.string().trim().min(1).max(300);

export class AddPersonDto extends createZodDto(
  z
    .object({
      relation: z.enum(PERSON_RELATIONS),
      firstName: name,
      lastName: name.optional(),
      phone: phone.optional(),
      address: address.optional(),
      mayContact: z.boolean().default(false).describe('the services may contact this person (a provider referred to them sees their contacts)'),
    })
    .strict()
    .meta({ examples: [{ relation: 'MOTHER', firstName: 'Fatima', lastName: 'Alaoui', phone: '+212 600 000 000', address: 'Derb Sidi Bouabid, Tanger', mayContact: true }] }),
) {}

export class CorrectPersonDto extends createZodDto(
  z
    .object({
      relation: z.enum(PERSON_RELATIONS).optional(),
      firstName: name.optional(),
      lastName: name.nullable().optional(),
      phone: phone.nullable().optional(),
      address: address.nullable().optional(),
      mayContact: z.boolean().optional(),
    })
    .strict()
    .refine((b) => Object.keys(b).length > 0, { message: 'name at least one field to correct' })
    .meta({ examples: [{ phone: '+212 611 111 111', mayContact: true }] }),
) {}

export class PersonReferralDto extends createZodDto(
  z
    .object({
      organisationId,
      service: z.enum(SERVICES),
      sharesInformation: z.boolean().optional().describe('the referral shares the child’s information (needs consent or a court order); default true'),
    })
    .strict()
    .meta({ examples: [{ organisationId: 'org-tanger-shelter', service: 'SOCIAL_AID', sharesInformation: false }] }),
) {}

export class FamilyVisitDto extends createZodDto(
  z
    .object({
      outcome: z.enum(VISIT_OUTCOMES),
      note: z.string().trim().min(1).max(5000).optional(),
      requestClosure: z.boolean().optional().describe('after the last visit: ask the head of centre to close the case (integrated)'),
    })
    .strict()
    .meta({ examples: [{ outcome: 'SETTLED', note: 'L’enfant va à l’école, la mère suit l’aide sociale' }] }),
) {}

// ── answers ──────────────────────────────────────────────────────────────────

/** A person as the reader may see them: names and contacts only by the disclosure rules (person.identity, person.referred). */
export const personViewSchema = z.object({
  id: z.string(),
  relation: z.string(),
  mayContact: z.boolean(),
  initials: z.string().nullable(),
  firstName: z.string().optional(),
  lastName: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  address: z.string().nullable().optional(),
});
export type PersonView = z.infer<typeof personViewSchema>;

export const personAddedSchema = z.object({
  person: personViewSchema,
  proposals: z.array(z.object({ service: z.enum(SERVICES), referralId: z.string().nullable() })).describe('services the case’s template proposes for this person'),
});
export type PersonAdded = z.infer<typeof personAddedSchema>;
export class PersonAddedDto extends createZodDto(personAddedSchema) {}

export const personCorrectedSchema = z.object({ person: personViewSchema });
export type PersonCorrected = z.infer<typeof personCorrectedSchema>;
export class PersonCorrectedDto extends createZodDto(personCorrectedSchema) {}

export const personRemovedSchema = z.object({ removed: z.string().describe('the person’s id') });
export type PersonRemoved = z.infer<typeof personRemovedSchema>;
export class PersonRemovedDto extends createZodDto(personRemovedSchema) {}

export const casePersonsSchema = z.object({ persons: z.array(personViewSchema.extend({ referrals: z.array(z.string()).describe('the referrals made for the person') })) });
export type CasePersonsView = z.infer<typeof casePersonsSchema>;
export class CasePersonsDto extends createZodDto(casePersonsSchema) {}

export const referredPersonSchema = z.object({ referralId: z.string(), service: z.string(), person: personViewSchema });
export type ReferredPerson = z.infer<typeof referredPersonSchema>;
export class ReferredPersonDto extends createZodDto(referredPersonSchema) {}
