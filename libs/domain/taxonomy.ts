// The unified classification (measure 99) and the vocabularies every part of
// Masar shares. Pure data: imported by workflows, activities and the API alike.

export const RISK_LEVELS = ['IMMINENT', 'HIGH', 'MEDIUM', 'LOW'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Risk levels that open the urgent-protection stage (child seen/received). */
export const URGENT_RISK_LEVELS: readonly RiskLevel[] = ['IMMINENT', 'HIGH'];

export interface CategoryInfo {
  fr: string;
  ar: string;
  /** An offence is suspected: the prosecutor must be informed (measure 43). */
  offence: boolean;
}

export const CATEGORIES = {
  PHYSICAL_VIOLENCE: { fr: 'Violence physique', ar: 'العنف الجسدي', offence: true },
  SEXUAL_VIOLENCE: { fr: 'Violence sexuelle', ar: 'العنف الجنسي', offence: true },
  PSYCHOLOGICAL_VIOLENCE: { fr: 'Violence psychologique', ar: 'العنف النفسي', offence: false },
  NEGLECT: { fr: 'Négligence', ar: 'الإهمال', offence: false },
  ECONOMIC_EXPLOITATION: { fr: 'Exploitation économique', ar: 'الاستغلال الاقتصادي', offence: true },
  BEGGING_EXPLOITATION: { fr: 'Exploitation dans la mendicité', ar: 'الاستغلال في التسول', offence: true },
  SEXUAL_EXPLOITATION: { fr: 'Exploitation sexuelle', ar: 'الاستغلال الجنسي', offence: true },
  STREET_SITUATION: { fr: 'Enfant en situation de rue', ar: 'طفل في وضعية الشارع', offence: false },
  CONFLICT_WITH_LAW: { fr: 'Enfant en conflit avec la loi', ar: 'طفل في نزاع مع القانون', offence: false },
  VICTIM_OR_WITNESS: { fr: 'Enfant victime ou témoin', ar: 'طفل ضحية أو شاهد', offence: false },
  UNACCOMPANIED_MIGRANT: { fr: 'Enfant migrant non accompagné', ar: 'طفل مهاجر غير مصحوب', offence: false },
  WITHOUT_FAMILY_CARE: { fr: 'Enfant privé de protection familiale', ar: 'طفل محروم من الرعاية الأسرية', offence: false },
  IN_INSTITUTION: { fr: 'Enfant en institution', ar: 'طفل في مؤسسة', offence: false },
  ONLINE_RISK: { fr: 'Risques en ligne', ar: 'مخاطر الإنترنت', offence: false },
  TRAFFICKING: { fr: 'Traite des êtres humains', ar: 'الاتجار بالبشر', offence: true },
  CHILD_MARRIAGE: { fr: 'Mariage d’enfant', ar: 'زواج الأطفال', offence: true },
} as const satisfies Record<string, CategoryInfo>;
export type Category = keyof typeof CATEGORIES;
export const CATEGORY_CODES = Object.keys(CATEGORIES) as Category[];

export const ENTRY_POINTS = [
  'GREEN_LINE',
  'UPE',
  'SCHOOL',
  'POLICE',
  'GENDARMERIE',
  'HOSPITAL',
  'COURT',
  'SOCIAL_EMERGENCY',
  'SOCIAL_CARE_INSTITUTION',
  'ASSOCIATION',
  // the begging plan's mobile units and field teams (seed 003): their report names the team and the place
  'MOBILE_UNIT',
  'FIELD_TEAM',
  'OTHER',
] as const;
export type EntryPoint = (typeof ENTRY_POINTS)[number];

/** Services a provider of the directory offers (measure 42). */
export const SERVICES = [
  'HEALTH',
  'PSYCHOLOGICAL',
  'LEGAL_AID',
  'SCHOOLING',
  'VOCATIONAL_TRAINING',
  'PARENTING_SUPPORT',
  'SHELTER',
  'SOCIAL_AID',
  'FAMILY_SUPPORT',
  // the court's supervised freedom (الحرية المحروسة), delivered by its delegates' services
  'SUPERVISED_FREEDOM',
] as const;
export type Service = (typeof SERVICES)[number];

export const ROLES = [
  'INTAKE',
  'COORDINATOR',
  'PROVIDER',
  'JUDICIAL_LIAISON',
  'HEAD_OF_CENTRE',
  'DELEGATE',
  'COMMITTEE',
  'SUPERVISOR',
  'AUDITOR',
  'ADMIN',
] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ['ar', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
