// The generated population of the identification phase (identification.ts):
// children with Moroccan given, family and mothers' names in both scripts, and
// the queries about them, with the variants a report carries (a typo, another
// Latin spelling, the other script, first and last name swapped, date of birth
// ±1 year or an estimated age, no date of birth). Seeded: a run draws the same.
import type { ChildQuery } from '../../apps/api/src/children/child-matcher';


// ── names: [Latin spellings (first is the usual one), Arabic] ────────────────
export type Name = [string[], string];
const GIRLS: Name[] = [
  [['Fatima', 'Fatma', 'Fatimah'], 'فاطمة'], [['Khadija', 'Khadidja'], 'خديجة'], [['Aicha', 'Aïcha', 'Aisha'], 'عائشة'], [['Yasmine', 'Yasmin', 'Yasmina'], 'ياسمين'],
  [['Salma', 'Selma'], 'سلمى'], [['Meryem', 'Maryam', 'Mariam'], 'مريم'], [['Zineb', 'Zaynab', 'Zainab'], 'زينب'], [['Hajar', 'Hajer'], 'هاجر'],
  [['Imane', 'Iman'], 'إيمان'], [['Nora', 'Noura'], 'نورة'], [['Nadia', 'Nadiya'], 'نادية'], [['Sara', 'Sarah'], 'سارة'], [['Hiba', 'Heba'], 'هبة'],
  [['Oumaima', 'Oumayma'], 'أميمة'], [['Chaimae', 'Chaima', 'Shaima'], 'شيماء'], [['Douae', 'Doua'], 'دعاء'], [['Kenza'], 'كنزة'], [['Soukaina', 'Soukayna'], 'سكينة'],
  [['Ikram'], 'إكرام'], [['Hasnae', 'Hasna'], 'حسناء'], [['Asmae', 'Asma'], 'أسماء'], [['Rim', 'Reem'], 'ريم'], [['Ghita'], 'غيثة'], [['Wiam'], 'وئام'],
  [['Malak'], 'ملاك'], [['Lina'], 'لينا'], [['Rania'], 'رانيا'], [['Amina', 'Amena'], 'أمينة'], [['Latifa'], 'لطيفة'], [['Najat'], 'نجاة'],
  [['Siham'], 'سهام'], [['Btissam', 'Ibtissam'], 'ابتسام'], [['Loubna'], 'لبنى'], [['Samira'], 'سميرة'], [['Karima'], 'كريمة'], [['Houda', 'Huda'], 'هدى'],
];
const BOYS: Name[] = [
  [['Mohamed', 'Mohammed', 'Muhammad'], 'محمد'], [['Ahmed', 'Ahmad'], 'أحمد'], [['Youssef', 'Yousef', 'Youssouf'], 'يوسف'], [['Yassine', 'Yassin'], 'ياسين'],
  [['Ayoub', 'Ayyoub'], 'أيوب'], [['Omar', 'Umar'], 'عمر'], [['Othmane', 'Otmane'], 'عثمان'], [['Hamza'], 'حمزة'], [['Ilyas', 'Ilias'], 'إلياس'],
  [['Karim'], 'كريم'], [['Mehdi', 'Mahdi'], 'مهدي'], [['Adam'], 'آدم'], [['Rayan', 'Rayane'], 'ريان'], [['Anas', 'Anass'], 'أنس'],
  [['Zakaria', 'Zakariya'], 'زكرياء'], [['Abdellah', 'Abdallah'], 'عبد الله'], [['Said', 'Saïd'], 'سعيد'], [['Samir'], 'سمير'], [['Younes', 'Younès'], 'يونس'],
  [['Rachid', 'Rachide'], 'رشيد'], [['Hicham'], 'هشام'], [['Khalid', 'Khaled'], 'خالد'], [['Nabil'], 'نبيل'], [['Soufiane', 'Sofiane'], 'سفيان'],
  [['Badr'], 'بدر'], [['Walid'], 'وليد'], [['Bilal'], 'بلال'], [['Ismail', 'Smail'], 'إسماعيل'], [['Amine'], 'أمين'], [['Tarik', 'Tariq'], 'طارق'],
  [['Abdelkader'], 'عبد القادر'], [['Driss'], 'إدريس'], [['Mustapha', 'Mostafa'], 'مصطفى'], [['Brahim'], 'إبراهيم'], [['Jamal'], 'جمال'], [['Noureddine'], 'نور الدين'],
];
const FAMILIES: Name[] = [
  [['El Idrissi', 'Idrissi'], 'الإدريسي'], [['Alaoui', 'El Alaoui'], 'العلوي'], [['Benali', 'Ben Ali'], 'بنعلي'], [['Bennani', 'Benani'], 'بناني'],
  [['Tazi'], 'التازي'], [['Amrani', 'El Amrani'], 'العمراني'], [['Ouazzani', 'Wazzani'], 'الوزاني'], [['El Fassi', 'Fassi'], 'الفاسي'], [['Berrada'], 'برادة'],
  [['Chraibi'], 'الشرايبي'], [['Haddad'], 'الحداد'], [['Tahiri'], 'الطاهري'], [['Naciri', 'Nasiri'], 'الناصري'], [['Benjelloun'], 'بنجلون'],
  [['Lahlou'], 'لحلو'], [['Hassani'], 'الحساني'], [['Mansouri'], 'المنصوري'], [['Kettani'], 'الكتاني'], [['Sqalli', 'Skalli'], 'الصقلي'],
  [['Benkirane'], 'بنكيران'], [['Belhaj'], 'بلحاج'], [['Bouazza'], 'بوعزة'], [['Ziani'], 'الزياني'], [['Cherkaoui'], 'الشرقاوي'], [['Filali'], 'الفيلالي'],
  [['Rifi'], 'الريفي'], [['Soussi'], 'السوسي'], [['Sahraoui'], 'الصحراوي'], [['Zerhouni'], 'الزرهوني'], [['Guessous'], 'كسوس'], [['Bensaid'], 'بنسعيد'],
  [['Benomar'], 'بنعمر'], [['Benyoussef'], 'بنيوسف'], [['Boukhari'], 'البخاري'], [['Jabri'], 'الجابري'], [['Kabbaj'], 'القباج'], [['Lamrani'], 'لمراني'],
  [['Mernissi'], 'المرنيسي'], [['Naji'], 'الناجي'], [['Ouali'], 'الوالي'], [['Raji'], 'الراجي'], [['Sebti'], 'السبتي'], [['Tounsi'], 'التونسي'],
  [['Yacoubi'], 'اليعقوبي'], [['Zaari'], 'الزعري'], [['Hilali'], 'الهلالي'], [['Bakkali'], 'البقالي'], [['Doukkali'], 'الدكالي'], [['Ghazi'], 'الغازي'],
  [['Harti'], 'الحارثي'], [['Mouline'], 'مولين'], [['Slaoui'], 'السلاوي'], [['Marrakchi'], 'المراكشي'], [['Tadlaoui'], 'التادلاوي'], [['Baroudi'], 'البارودي'],
];
// Family names built on a given name, as civil registers hold many: Benahmed / بنأحمد, Ait Omar / آيت عمر.
for (const [latin, arabic] of BOYS.slice(0, 24)) {
  FAMILIES.push([[`Ben${latin[0].toLowerCase()}`], `بن${arabic}`]);
  FAMILIES.push([[`Ait ${latin[0]}`], `آيت ${arabic}`]);
}
export const PROVINCES = ['TANGER_ASSILAH', 'RABAT', 'SALE', 'CASABLANCA', 'MARRAKECH', 'MEKNES'];

/** A seeded generator (mulberry32): the same population every run. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}
export type Rng = ReturnType<typeof rng>;

export interface Person {
  first: Name;
  family: Name;
  mother: [Name, Name] | null;
  arabic: boolean;
  sex: 'F' | 'M';
  dob: string;
  dobEstimated: boolean;
  province: string;
}

export const spell = (n: Name, arabic: boolean, r: Rng, variant = false) => (arabic ? n[1] : variant ? r.pick(n[0]) : n[0][0]);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export function person(r: Rng, now: number): Person {
  const sex = r.next() < 0.5 ? 'F' : 'M';
  const ageDays = 30 + r.int(17 * 365);
  return {
    sex,
    first: r.pick(sex === 'F' ? GIRLS : BOYS),
    family: r.pick(FAMILIES),
    mother: r.next() < 0.7 ? [r.pick(GIRLS), r.pick(FAMILIES)] : null,
    arabic: r.next() < 0.4,
    dob: iso(now - ageDays * 86_400_000),
    dobEstimated: r.next() < 0.1,
    province: r.pick(PROVINCES),
  };
}

/** One letter substituted, dropped or doubled (not the first letter). */
function typo(s: string, r: Rng): string {
  const chars = [...s];
  if (chars.length < 4) return s;
  const i = 1 + r.int(chars.length - 2);
  const kind = r.int(3);
  if (kind === 0) chars.splice(i, 1);
  else if (kind === 1) chars.splice(i, 0, chars[i]);
  else chars[i] = chars[i] === 'a' || chars[i] === 'ا' ? (chars[i] === 'a' ? 'e' : 'ي') : chars[i] === 'e' ? 'a' : /[\u0600-\u06FF]/.test(chars[i]) ? 'ا' : 'e';
  return chars.join('');
}

export const VARIANTS = ['exact', 'typo', 'transliteration', 'script', 'swapped', 'age±1', 'no dob'] as const;
export type Variant = (typeof VARIANTS)[number];

export function query(p: Person, v: Variant, r: Rng): ChildQuery {
  let first = spell(p.first, p.arabic, r);
  let last = spell(p.family, p.arabic, r);
  let dob: string | undefined = p.dob;
  let estimatedAge: number | undefined;
  if (v === 'typo') {
    if (r.next() < 0.5) first = typo(first, r);
    else last = typo(last, r);
  }
  if (v === 'transliteration') {
    // another Latin spelling of both names (a record in Arabic is asked in Latin)
    first = r.pick(p.first[0]);
    last = r.pick(p.family[0]);
  }
  if (v === 'script') {
    first = spell(p.first, !p.arabic, r, true);
    last = spell(p.family, !p.arabic, r, true);
  }
  if (v === 'swapped') [first, last] = [last, first];
  if (v === 'age±1') {
    if (r.next() < 0.5) dob = iso(Date.parse(p.dob) + (r.next() < 0.5 ? -1 : 1) * (200 + r.int(160)) * 86_400_000);
    else {
      dob = undefined;
      estimatedAge = Math.max(0, Math.floor((Date.now() - Date.parse(p.dob)) / (365.25 * 86_400_000)) + (r.next() < 0.5 ? -1 : 1));
    }
  }
  if (v === 'no dob') dob = undefined;
  return {
    firstName: first,
    lastName: last,
    sex: r.next() < 0.8 ? p.sex : undefined,
    dateOfBirth: dob,
    estimatedAge,
    motherName: p.mother && r.next() < 0.5 ? `${spell(p.mother[0], p.arabic, r)} ${spell(p.mother[1], p.arabic, r)}` : undefined,
    provinceCode: r.next() < 0.8 ? p.province : r.pick(PROVINCES),
  };
}
