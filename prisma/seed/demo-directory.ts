// A small demo directory (measure 42) for six provinces: the accompaniment
// centre and a few providers in each, and one user per role; and the
// structures that report children (measure 59) — a school, a police unit, a
// hospital and an association per province — each with its own intake user
// (u-<province>-intake-<school|police|hospital|association>), who hears back
// when the structure's report is received and when the case closes. Ids are
// stable so tests and the development token command can name them.

interface OrgSeed {
  id: string;
  provinceCode: string;
  kind: string;
  nameFr: string;
  nameAr: string;
  services: string[];
}
interface UserSeed {
  id: string;
  role: string;
  provinceCode: string | null;
  organisationId: string | null;
  displayName: string;
  email: string;
  phone: string;
  language: string;
}

const DEMO_PROVINCES: { code: string; slug: string; fr: string; ar: string; language: 'ar' | 'fr' }[] = [
  { code: 'TANGER_ASSILAH', slug: 'tanger', fr: 'Tanger-Assilah', ar: 'طنجة أصيلة', language: 'fr' },
  { code: 'MEKNES', slug: 'meknes', fr: 'Meknès', ar: 'مكناس', language: 'ar' },
  { code: 'RABAT', slug: 'rabat', fr: 'Rabat', ar: 'الرباط', language: 'fr' },
  { code: 'SALE', slug: 'sale', fr: 'Salé', ar: 'سلا', language: 'ar' },
  { code: 'CASABLANCA', slug: 'casablanca', fr: 'Casablanca', ar: 'الدار البيضاء', language: 'fr' },
  { code: 'MARRAKECH', slug: 'marrakech', fr: 'Marrakech', ar: 'مراكش', language: 'ar' },
];

const PROVIDERS: { suffix: string; kind: string; fr: string; ar: string; services: string[] }[] = [
  { suffix: 'upe', kind: 'UPE', fr: 'Unité de protection de l’enfance', ar: 'وحدة حماية الطفولة', services: ['PSYCHOLOGICAL', 'LEGAL_AID', 'FAMILY_SUPPORT', 'PARENTING_SUPPORT'] },
  { suffix: 'hospital', kind: 'HOSPITAL_UNIT', fr: 'Unité intégrée de prise en charge (hôpital)', ar: 'الوحدة المندمجة للتكفل (المستشفى)', services: ['HEALTH', 'PSYCHOLOGICAL'] },
  { suffix: 'shelter', kind: 'SHELTER', fr: 'Établissement de protection sociale', ar: 'مؤسسة الرعاية الاجتماعية', services: ['SHELTER', 'SOCIAL_AID'] },
  { suffix: 'school', kind: 'SCHOOL', fr: 'Cellule d’écoute scolaire', ar: 'خلية الإنصات المدرسية', services: ['SCHOOLING', 'VOCATIONAL_TRAINING'] },
];

/** Structures that report children and hear back (measure 59); they offer no service of the directory. */
const REPORTERS: { suffix: string; kind: string; fr: string; ar: string }[] = [
  { suffix: 'school', kind: 'SCHOOL', fr: 'Collège Ibn Khaldoun', ar: 'إعدادية ابن خلدون' },
  { suffix: 'police', kind: 'POLICE', fr: 'Brigade des mineurs, Sûreté préfectorale', ar: 'فرقة الأحداث، الأمن الإقليمي' },
  { suffix: 'hospital', kind: 'HOSPITAL_UNIT', fr: 'Centre hospitalier provincial, urgences', ar: 'المركز الاستشفائي الإقليمي، المستعجلات' },
  { suffix: 'association', kind: 'NGO', fr: 'Association Amal pour l’enfance', ar: 'جمعية أمل للطفولة' },
];

export const DEMO_ORGANISATIONS: OrgSeed[] = DEMO_PROVINCES.flatMap((p) => [
  {
    id: `org-${p.slug}-centre`,
    provinceCode: p.code,
    kind: 'ACCOMPANIMENT_CENTRE',
    nameFr: `Centre d’accompagnement pour la protection de l’enfance de ${p.fr}`,
    nameAr: `مركز المواكبة لحماية الطفولة ب${p.ar}`,
    services: [],
  },
  ...PROVIDERS.map((o) => ({
    id: `org-${p.slug}-${o.suffix}`,
    provinceCode: p.code,
    kind: o.kind,
    nameFr: `${o.fr} – ${p.fr}`,
    nameAr: `${o.ar} – ${p.ar}`,
    services: o.services,
  })),
  { id: `org-${p.slug}-court`, provinceCode: p.code, kind: 'COURT', nameFr: `Tribunal de première instance de ${p.fr}`, nameAr: `المحكمة الابتدائية ب${p.ar}`, services: [] },
  ...REPORTERS.map((o) => ({ id: `org-${p.slug}-reporter-${o.suffix}`, provinceCode: p.code, kind: o.kind, nameFr: `${o.fr} – ${p.fr}`, nameAr: `${o.ar} – ${p.ar}`, services: [] })),
]);

const ROLES_PER_PROVINCE: { role: string; slug: string; fr: string; org?: string }[] = [
  { role: 'INTAKE', slug: 'intake', fr: 'Agent d’accueil', org: 'upe' },
  { role: 'COORDINATOR', slug: 'coordinator', fr: 'Coordinateur·rice', org: 'centre' },
  { role: 'HEAD_OF_CENTRE', slug: 'head', fr: 'Chef du centre', org: 'centre' },
  { role: 'DELEGATE', slug: 'delegate', fr: 'Délégué·e provincial·e' },
  { role: 'COMMITTEE', slug: 'committee', fr: 'Secrétariat du comité provincial' },
  { role: 'JUDICIAL_LIAISON', slug: 'liaison', fr: 'Liaison du parquet', org: 'court' },
  ...PROVIDERS.map((o) => ({ role: 'PROVIDER', slug: `provider-${o.suffix}`, fr: `Point focal ${o.kind}`, org: o.suffix })),
];

let phoneSeq = 0;
const nextPhone = () => `+2126${String(10_000_000 + ++phoneSeq).slice(-8)}`;

export const DEMO_USERS: UserSeed[] = [
  ...DEMO_PROVINCES.flatMap((p) =>
    ROLES_PER_PROVINCE.map((r) => ({
      id: `u-${p.slug}-${r.slug}`,
      role: r.role,
      provinceCode: p.code,
      organisationId: r.org ? `org-${p.slug}-${r.org}` : null,
      displayName: `${r.fr} (${p.fr})`,
      email: `${r.slug}.${p.slug}@masar.example.ma`,
      phone: nextPhone(),
      language: p.language,
    })),
  ),
  ...['SUPERVISOR', 'AUDITOR', 'ADMIN'].map((role) => ({
    id: `u-national-${role.toLowerCase()}`,
    role,
    provinceCode: null,
    organisationId: null,
    displayName: `${role.charAt(0)}${role.slice(1).toLowerCase()} (national)`,
    email: `${role.toLowerCase()}@masar.example.ma`,
    phone: nextPhone(),
    language: 'fr',
  })),
  // Last, so that the users above keep their phone numbers.
  ...DEMO_PROVINCES.flatMap((p) =>
    REPORTERS.map((o) => ({
      id: `u-${p.slug}-intake-${o.suffix}`,
      role: 'INTAKE',
      provinceCode: p.code,
      organisationId: `org-${p.slug}-reporter-${o.suffix}`,
      displayName: `Agent de signalement – ${o.fr} (${p.fr})`,
      email: `intake-${o.suffix}.${p.slug}@masar.example.ma`,
      phone: nextPhone(),
      language: p.language,
    })),
  ),
];
