// Names as intake writes them, folded into keys that compare across Arabic and
// Latin spellings: "محمد", "Mohamed", "Mohammed" and "Muhammad" meet, so do
// "ياسمين", "Yasmine" and "Yasmin", "الإدريسي" and "El Idrissi".
//
// Three forms, each computed here (never in SQL) so that the stored and the
// queried forms come from one function:
//   normaliseName   the script kept, folded: no tashkeel or tatweel, one alef,
//                   ya for alef maqsura, ha for ta marbuta, no Latin accents,
//                   lower case, one space between words
//   latinKey        one Latin spelling: a table of common Moroccan names gives
//                   their usual French spelling, other Arabic is transliterated
//                   letter by letter; the leading article (el, al, ال) dropped.
//                   pg_trgm compares these (word order does not matter there).
//   skeleton        the consonants of latinKey, digraphs folded (initial
//                   ou → w, ch → sh, kh → x), doubled letters once, words
//                   joined, an initial vowel as * and a feminine ending
//                   (-a, -ae; ة, اء) as +: "mhmd", "ysmn", "bnl" (Benali,
//                   Ben Ali, بنعلي), "krm+" (Karima, كريمة), "*krm" (Ikram).
//
// What it cannot do: Arabic script has no short vowels, so a letter-by-letter
// transliteration guesses them away — it only meets Latin spellings through
// the skeleton, and only when the Latin spelling writes the same consonants
// ("Nora" and "نورة" differ: nr / nwr). It knows nothing of Tifinagh, of
// nicknames (Simo for Mohamed), or of a name translated rather than
// transliterated. Names outside the table whose Latin spelling hides a
// consonant (ع, ء) or adds one (an "e" that is a hamza) lose points, not the
// match. Pure functions: safe anywhere, workflow code included.

const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const LATIN_MARKS = /[\u0300-\u036f]/g;

/** The name with its script kept, folded as described above. */
export function normaliseName(raw: string | null | undefined): string {
  return fold(raw, true);
}

/** `finals`: also fold alef maqsura and ta marbuta (the transliteration keeps them: a feminine ending). */
function fold(raw: string | null | undefined, finals: boolean): string {
  if (!raw) return '';
  const folded = raw
    .normalize('NFKD')
    .replace(LATIN_MARKS, '')
    .normalize('NFC')
    .replace(TASHKEEL, '')
    .replace(TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا');
  return (finals ? folded.replace(/ى/g, 'ي').replace(/ة/g, 'ه') : folded)
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z\u0621-\u064A\u0629\u06490-9]+/g, ' ')
    .trim();
}

// Common Moroccan given and family names: every spelling intake is likely to
// type (already normalised) → the usual French spelling.
const KNOWN: Record<string, string[]> = {
  mohamed: ['محمد', 'mohamed', 'mohammed', 'muhammad', 'mohammad', 'mohamad', 'mouhamed', 'mouhammed', 'mhamed', 'mohammet'],
  ahmed: ['احمد', 'ahmed', 'ahmad', 'ahmet', 'hmed'],
  youssef: ['يوسف', 'youssef', 'youssouf', 'yousef', 'yusuf', 'youcef', 'yousuf', 'jossef'],
  yassine: ['ياسين', 'yassine', 'yassin', 'yasin', 'yacine'],
  ayoub: ['ايوب', 'ayoub', 'ayyoub', 'ayub', 'ayoube'],
  omar: ['عمر', 'omar', 'umar', 'omer'],
  othmane: ['عثمان', 'othmane', 'otmane', 'othman', 'outhmane', 'uthman'],
  hamza: ['حمزه', 'hamza', 'hamzah'],
  ilyas: ['الياس', 'ilyas', 'ilias', 'elias', 'ilyass', 'iliass'],
  karim: ['كريم', 'karim', 'kareem', 'carim'],
  mehdi: ['مهدي', 'المهدي', 'mehdi', 'mahdi'],
  adam: ['ادم', 'adam', 'adame'],
  rayan: ['ريان', 'rayan', 'rayane', 'rayyan'],
  anas: ['انس', 'anas', 'anass'],
  zakaria: ['زكريا', 'zakaria', 'zakariya', 'zakariae', 'zakariaa', 'zacharia'],
  abdellah: ['عبد الله', 'عبدالله', 'abdellah', 'abdallah', 'abdullah', 'abdellah'],
  said: ['سعيد', 'said', 'saaid', 'saeed', 'saiid'],
  samir: ['سمير', 'samir', 'sameer'],
  fatima: ['فاطمه', 'fatima', 'fatma', 'fatimah', 'fatim zahra'],
  khadija: ['خديجه', 'khadija', 'khadidja', 'khadijah', 'khadeeja'],
  aicha: ['عايشه', 'عائشه', 'aicha', 'aisha', 'aiysha', 'aïcha', 'ayesha', 'aicha'],
  yasmine: ['ياسمين', 'yasmine', 'yasmin', 'yassmine', 'jasmine', 'yasmina'],
  salma: ['سلمى', 'سلمي', 'salma', 'selma'],
  meryem: ['مريم', 'meryem', 'maryam', 'mariam', 'meriem', 'maryem', 'meryam'],
  zineb: ['زينب', 'zineb', 'zaynab', 'zeinab', 'zainab'],
  hajar: ['هاجر', 'hajar', 'hajer', 'hadjar'],
  imane: ['ايمان', 'imane', 'iman', 'imen', 'eman'],
  nora: ['نوره', 'نورا', 'nora', 'noura', 'nourah'],
  nadia: ['ناديه', 'nadia', 'nadiya'],
  sara: ['ساره', 'sara', 'sarah'],
  hiba: ['هبه', 'hiba', 'hibah', 'heba'],
  oumaima: ['اميمه', 'oumaima', 'oumayma', 'umaima', 'oumaima'],
  chaimae: ['شيماء', 'شيما', 'chaimae', 'chaima', 'shaima', 'chaymae', 'chaimaa'],
  douae: ['دعاء', 'douae', 'doua', 'douaa', 'duaa'],
  // family names
  idrissi: ['ادريسي', 'idrissi', 'idrisi', 'drissi'],
  alaoui: ['علوي', 'alaoui', 'alawi', 'alaoui'],
  benali: ['بنعلي', 'بن علي', 'benali', 'ben ali', 'bin ali', 'benaly'],
  bennani: ['بناني', 'bennani', 'benani'],
  tazi: ['تازي', 'tazi', 'tazy'],
  amrani: ['عمراني', 'amrani', 'omrani'],
  ouazzani: ['وزاني', 'ouazzani', 'wazzani', 'ouazani'],
  fassi: ['فاسي', 'fassi', 'fasi'],
  berrada: ['براده', 'berrada', 'barrada'],
  chraibi: ['شرايبي', 'chraibi', 'chraybi', 'sharaibi'],
  haddad: ['حداد', 'haddad', 'hadad'],
  tahiri: ['طاهري', 'tahiri', 'taheri'],
  naciri: ['ناصري', 'naciri', 'nasiri', 'nassiri'],
  benjelloun: ['بنجلون', 'بن جلون', 'benjelloun', 'ben jelloun', 'benjeloun'],
  lahlou: ['لحلو', 'lahlou', 'lahlu'],
  hassani: ['حسني', 'حساني', 'hassani', 'hasani', 'hasni'],
  mansouri: ['منصوري', 'mansouri', 'mansuri'],
  kettani: ['كتاني', 'kettani', 'ktani', 'kattani'],
  sqalli: ['صقلي', 'sqalli', 'skalli', 'saqalli'],
};

/** Normalised spelling → usual French spelling. */
const CANONICAL = new Map<string, string>();
for (const [canonical, spellings] of Object.entries(KNOWN)) for (const s of spellings) CANONICAL.set(normaliseName(s), canonical);

// Arabic letter → Latin, in the French-influenced usage of Moroccan civil
// registers. Long vowels (ا و ي) are handled by position in transliterate().
const LETTERS: Record<string, string> = {
  'ء': '', 'ا': 'a', 'ب': 'b', 'ت': 't', 'ث': 't', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'd', 'ر': 'r', 'ز': 'z',
  'س': 's', 'ش': 'ch', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': 'a', 'غ': 'gh', 'ف': 'f', 'ق': 'k', 'ك': 'k', 'ل': 'l',
  'م': 'm', 'ن': 'n', 'ه': 'h', 'و': 'ou', 'ي': 'i', 'ة': 'a', 'ى': 'a', 'گ': 'g', 'ڭ': 'g', 'پ': 'p', 'ڤ': 'v',
};

/** One Arabic word, letter by letter (after the article is dropped). */
function transliterateWord(word: string): string {
  let out = '';
  const chars = [...word];
  chars.forEach((c, i) => {
    const last = i === chars.length - 1;
    if (c === 'ي' && i === 0) out += 'y';
    else if (c === 'و' && i === 0) out += 'w';
    else if (c === 'ي' && last && i > 0) out += 'i';
    else out += LETTERS[c] ?? c;
  });
  return out;
}

const ARTICLE = /^(el|al|ال)$/;
const ARABIC = /[\u0621-\u064A]/;

/** One Latin spelling of a name, in lower case, articles dropped. */
export function latinKey(raw: string | null | undefined): string {
  const norm = normaliseName(raw);
  if (!norm) return '';
  const whole = CANONICAL.get(norm);
  if (whole) return whole;
  const words = fold(raw, false)
    // "عبد القادر", "Abd el Kader": the article of a compound is pronounced (Abdelkader)
    .replace(/عبد ?ال/g, 'abdel')
    .replace(/\babd (el|al) ?/g, 'abdel')
    .split(' ')
    // "ال" glued to the word (الادريسي), "el-"/"al-" split off by normaliseName
    .flatMap((w) => (w.startsWith('ال') && w.length > 3 ? [w.slice(2)] : [w]))
    .filter((w) => !ARTICLE.test(w));
  return words
    .map((w) => CANONICAL.get(normaliseName(w)) ?? (ARABIC.test(w) ? transliterateWord(w) : w))
    .join(' ')
    .trim();
}

/** The consonants of a Latin key, spelling variants folded: "mhmd", "ysmn", "drs". */
export function skeleton(raw: string | null | undefined): string {
  const key = latinKey(raw);
  if (!key) return '';
  return key
    .split(' ')
    .map((w) =>
      w
        // a feminine ending (Karima, كريمة; Asmae, أسماء) is kept: it tells Karima from Karim
        .replace(/(a|ae|aa)$/, '$1+')
        // an initial vowel is kept as *: Ikram / إكرام is not Karim, Ait Anas is not Tounsi;
        // an initial "ou" before a vowel is the consonant w (Ouazzani), before a consonant a vowel (Oussama)
        .replace(/^ou(?=[aeiy])/, 'W')
        .replace(/^(ou|[aeiou])/, '*')
        .replace(/ou/g, 'w')
        .replace(/sch|sh|ch/g, 'C')
        .replace(/kh/g, 'x')
        .replace(/gh/g, 'g')
        .replace(/dj/g, 'j')
        .replace(/th/g, 't')
        .replace(/ph/g, 'f')
        .replace(/q|c/g, 'k')
        .replace(/^y/, 'Y')
        .replace(/^w/, 'W')
        .replace(/w(?=\+$)/, 'W')
        // a medial و / "ou" is mostly the long vowel (Youssef, Soukaina, يوسف)
        .replace(/w/g, '')
        .replace(/[aeiouy]/g, '')
        .replace(/(.)\1+/g, '$1')
        .toLowerCase(),
    )
    .join('');
}

/** Initials for disclosure across provinces: "Y. B." (Latin, from the keys). */
export function initials(first: string | null | undefined, last: string | null | undefined): string {
  return [first, last]
    .map((n) => latinKey(n).charAt(0).toUpperCase())
    .filter(Boolean)
    .map((c) => `${c}.`)
    .join(' ');
}

/** The searchable forms of a child's names, as the Child row stores them. */
export interface NameKeys {
  firstNameKey: string | null;
  lastNameKey: string | null;
  nameKey: string | null;
  firstNameSkeleton: string | null;
  lastNameSkeleton: string | null;
  motherNameKey: string | null;
}

export function nameKeys(names: { firstName?: string | null; lastName?: string | null; motherName?: string | null }): NameKeys {
  const first = latinKey(names.firstName);
  const last = latinKey(names.lastName);
  const whole = [first, last].filter(Boolean).join(' ');
  return {
    firstNameKey: first || null,
    lastNameKey: last || null,
    nameKey: whole || null,
    firstNameSkeleton: skeleton(names.firstName) || null,
    lastNameSkeleton: skeleton(names.lastName) || null,
    motherNameKey: latinKey(names.motherName) || null,
  };
}

/** A birth-certificate number or a CNIE as compared: upper case, no spaces, dots or dashes. */
export function identifierKey(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const key = raw.normalize('NFKC').toUpperCase().replace(/[\s.\-_]/g, '');
  return key || null;
}
