// What the directory and the signed-in user's profile answer.
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ACTIONS, DISCLOSURES, type Action, type Disclosure } from '../../../../libs/domain/permissions';
import { ROLES } from '../../../../libs/domain/taxonomy';

export const organisationSchema = z.object({
  id: z.string(),
  provinceCode: z.string(),
  kind: z.string().describe('ACCOMPANIMENT_CENTRE, UPE, HOSPITAL_UNIT, SCHOOL, POLICE, COURT, SHELTER, NGO, VOCATIONAL, SOCIAL_EMERGENCY'),
  nameFr: z.string(),
  nameAr: z.string(),
  services: z.array(z.string()),
  active: z.boolean(),
});
export const organisationListSchema = z.object({ items: z.array(organisationSchema) });
export type OrganisationList = z.infer<typeof organisationListSchema>;
export class OrganisationListDto extends createZodDto(organisationListSchema) {}

export const provinceSchema = z.object({ code: z.string(), regionCode: z.string(), kind: z.string().describe('PROVINCE or PREFECTURE'), nameFr: z.string(), nameAr: z.string() });
export const regionListSchema = z.object({ items: z.array(z.object({ code: z.string(), nameFr: z.string(), nameAr: z.string(), provinces: z.array(provinceSchema) })) });
export type RegionList = z.infer<typeof regionListSchema>;
export class RegionListDto extends createZodDto(regionListSchema) {}

export const userProfileSchema = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  provinceCode: z.string().nullable(),
  organisationId: z.string().nullable(),
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  language: z.string(),
  channelOrder: z.array(z.string()).describe('the order of channels for non-urgent notices'),
});
export type UserProfile = z.infer<typeof userProfileSchema>;
export class UserProfileDto extends createZodDto(userProfileSchema) {}

export const meSchema = userProfileSchema.extend({
  permittedActions: z.array(z.enum(ACTIONS as [Action, ...Action[]])).describe('what the permission table lets the user do in their own scope'),
  disclosures: z.array(z.enum(Object.keys(DISCLOSURES) as [Disclosure, ...Disclosure[]])).describe('what the disclosure rules let the user see'),
});
export type Me = z.infer<typeof meSchema>;
export class MeDto extends createZodDto(meSchema) {}
