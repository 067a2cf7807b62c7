// Morocco's territory since the 2015 regionalisation: the 12 regions and their 75 provinces and prefectures, the units that each own a child-protection mechanism, directory and deadline policy.

export interface RegionSeed {
  code: string;
  nameFr: string;
  nameAr: string;
  provinces: ProvinceSeed[];
}

export interface ProvinceSeed {
  code: string;
  kind: 'PROVINCE' | 'PREFECTURE';
  nameFr: string;
  nameAr: string;
}

export const REGIONS: RegionSeed[] = [
  {
    code: 'R01',
    nameFr: 'Tanger-Tétouan-Al Hoceïma',
    nameAr: 'طنجة - تطوان - الحسيمة',
    provinces: [
      { code: 'TANGER_ASSILAH', kind: 'PREFECTURE', nameFr: 'Tanger-Assilah', nameAr: 'طنجة أصيلة' },
      { code: 'MDIQ_FNIDEQ', kind: 'PREFECTURE', nameFr: "M'diq-Fnideq", nameAr: 'المضيق الفنيدق' },
      { code: 'TETOUAN', kind: 'PROVINCE', nameFr: 'Tétouan', nameAr: 'تطوان' },
      { code: 'FAHS_ANJRA', kind: 'PROVINCE', nameFr: 'Fahs-Anjra', nameAr: 'الفحص أنجرة' },
      { code: 'LARACHE', kind: 'PROVINCE', nameFr: 'Larache', nameAr: 'العرائش' },
      { code: 'AL_HOCEIMA', kind: 'PROVINCE', nameFr: 'Al Hoceïma', nameAr: 'الحسيمة' },
      { code: 'CHEFCHAOUEN', kind: 'PROVINCE', nameFr: 'Chefchaouen', nameAr: 'شفشاون' },
      { code: 'OUEZZANE', kind: 'PROVINCE', nameFr: 'Ouezzane', nameAr: 'وزان' },
    ],
  },
  {
    code: 'R02',
    nameFr: "L'Oriental",
    nameAr: 'الشرق',
    provinces: [
      { code: 'OUJDA_ANGAD', kind: 'PREFECTURE', nameFr: 'Oujda-Angad', nameAr: 'وجدة أنجاد' },
      { code: 'NADOR', kind: 'PROVINCE', nameFr: 'Nador', nameAr: 'الناظور' },
      { code: 'DRIOUCH', kind: 'PROVINCE', nameFr: 'Driouch', nameAr: 'الدريوش' },
      { code: 'JERADA', kind: 'PROVINCE', nameFr: 'Jerada', nameAr: 'جرادة' },
      { code: 'BERKANE', kind: 'PROVINCE', nameFr: 'Berkane', nameAr: 'بركان' },
      { code: 'TAOURIRT', kind: 'PROVINCE', nameFr: 'Taourirt', nameAr: 'تاوريرت' },
      { code: 'GUERCIF', kind: 'PROVINCE', nameFr: 'Guercif', nameAr: 'جرسيف' },
      { code: 'FIGUIG', kind: 'PROVINCE', nameFr: 'Figuig', nameAr: 'فجيج' },
    ],
  },
  {
    code: 'R03',
    nameFr: 'Fès-Meknès',
    nameAr: 'فاس - مكناس',
    provinces: [
      { code: 'FES', kind: 'PREFECTURE', nameFr: 'Fès', nameAr: 'فاس' },
      { code: 'MEKNES', kind: 'PREFECTURE', nameFr: 'Meknès', nameAr: 'مكناس' },
      { code: 'EL_HAJEB', kind: 'PROVINCE', nameFr: 'El Hajeb', nameAr: 'الحاجب' },
      { code: 'IFRANE', kind: 'PROVINCE', nameFr: 'Ifrane', nameAr: 'إفران' },
      { code: 'MOULAY_YACOUB', kind: 'PROVINCE', nameFr: 'Moulay Yacoub', nameAr: 'مولاي يعقوب' },
      { code: 'SEFROU', kind: 'PROVINCE', nameFr: 'Sefrou', nameAr: 'صفرو' },
      { code: 'BOULEMANE', kind: 'PROVINCE', nameFr: 'Boulemane', nameAr: 'بولمان' },
      { code: 'TAOUNATE', kind: 'PROVINCE', nameFr: 'Taounate', nameAr: 'تاونات' },
      { code: 'TAZA', kind: 'PROVINCE', nameFr: 'Taza', nameAr: 'تازة' },
    ],
  },
  {
    code: 'R04',
    nameFr: 'Rabat-Salé-Kénitra',
    nameAr: 'الرباط - سلا - القنيطرة',
    provinces: [
      { code: 'RABAT', kind: 'PREFECTURE', nameFr: 'Rabat', nameAr: 'الرباط' },
      { code: 'SALE', kind: 'PREFECTURE', nameFr: 'Salé', nameAr: 'سلا' },
      { code: 'SKHIRATE_TEMARA', kind: 'PREFECTURE', nameFr: 'Skhirate-Témara', nameAr: 'الصخيرات تمارة' },
      { code: 'KENITRA', kind: 'PROVINCE', nameFr: 'Kénitra', nameAr: 'القنيطرة' },
      { code: 'KHEMISSET', kind: 'PROVINCE', nameFr: 'Khémisset', nameAr: 'الخميسات' },
      { code: 'SIDI_KACEM', kind: 'PROVINCE', nameFr: 'Sidi Kacem', nameAr: 'سيدي قاسم' },
      { code: 'SIDI_SLIMANE', kind: 'PROVINCE', nameFr: 'Sidi Slimane', nameAr: 'سيدي سليمان' },
    ],
  },
  {
    code: 'R05',
    nameFr: 'Béni Mellal-Khénifra',
    nameAr: 'بني ملال - خنيفرة',
    provinces: [
      { code: 'BENI_MELLAL', kind: 'PROVINCE', nameFr: 'Béni Mellal', nameAr: 'بني ملال' },
      { code: 'AZILAL', kind: 'PROVINCE', nameFr: 'Azilal', nameAr: 'أزيلال' },
      { code: 'FQUIH_BEN_SALAH', kind: 'PROVINCE', nameFr: 'Fquih Ben Salah', nameAr: 'الفقيه بن صالح' },
      { code: 'KHENIFRA', kind: 'PROVINCE', nameFr: 'Khénifra', nameAr: 'خنيفرة' },
      { code: 'KHOURIBGA', kind: 'PROVINCE', nameFr: 'Khouribga', nameAr: 'خريبكة' },
    ],
  },
  {
    code: 'R06',
    nameFr: 'Casablanca-Settat',
    nameAr: 'الدار البيضاء - سطات',
    provinces: [
      { code: 'CASABLANCA', kind: 'PREFECTURE', nameFr: 'Casablanca', nameAr: 'الدار البيضاء' },
      { code: 'MOHAMMEDIA', kind: 'PREFECTURE', nameFr: 'Mohammédia', nameAr: 'المحمدية' },
      { code: 'EL_JADIDA', kind: 'PROVINCE', nameFr: 'El Jadida', nameAr: 'الجديدة' },
      { code: 'NOUACEUR', kind: 'PROVINCE', nameFr: 'Nouaceur', nameAr: 'النواصر' },
      { code: 'MEDIOUNA', kind: 'PROVINCE', nameFr: 'Médiouna', nameAr: 'مديونة' },
      { code: 'BENSLIMANE', kind: 'PROVINCE', nameFr: 'Benslimane', nameAr: 'بنسليمان' },
      { code: 'BERRECHID', kind: 'PROVINCE', nameFr: 'Berrechid', nameAr: 'برشيد' },
      { code: 'SETTAT', kind: 'PROVINCE', nameFr: 'Settat', nameAr: 'سطات' },
      { code: 'SIDI_BENNOUR', kind: 'PROVINCE', nameFr: 'Sidi Bennour', nameAr: 'سيدي بنور' },
    ],
  },
  {
    code: 'R07',
    nameFr: 'Marrakech-Safi',
    nameAr: 'مراكش - آسفي',
    provinces: [
      { code: 'MARRAKECH', kind: 'PREFECTURE', nameFr: 'Marrakech', nameAr: 'مراكش' },
      { code: 'CHICHAOUA', kind: 'PROVINCE', nameFr: 'Chichaoua', nameAr: 'شيشاوة' },
      { code: 'AL_HAOUZ', kind: 'PROVINCE', nameFr: 'Al Haouz', nameAr: 'الحوز' },
      { code: 'EL_KELAA_DES_SRAGHNA', kind: 'PROVINCE', nameFr: 'El Kelâa des Sraghna', nameAr: 'قلعة السراغنة' },
      { code: 'ESSAOUIRA', kind: 'PROVINCE', nameFr: 'Essaouira', nameAr: 'الصويرة' },
      { code: 'REHAMNA', kind: 'PROVINCE', nameFr: 'Rehamna', nameAr: 'الرحامنة' },
      { code: 'SAFI', kind: 'PROVINCE', nameFr: 'Safi', nameAr: 'آسفي' },
      { code: 'YOUSSOUFIA', kind: 'PROVINCE', nameFr: 'Youssoufia', nameAr: 'اليوسفية' },
    ],
  },
  {
    code: 'R08',
    nameFr: 'Drâa-Tafilalet',
    nameAr: 'درعة - تافيلالت',
    provinces: [
      { code: 'ERRACHIDIA', kind: 'PROVINCE', nameFr: 'Errachidia', nameAr: 'الرشيدية' },
      { code: 'OUARZAZATE', kind: 'PROVINCE', nameFr: 'Ouarzazate', nameAr: 'ورزازات' },
      { code: 'MIDELT', kind: 'PROVINCE', nameFr: 'Midelt', nameAr: 'ميدلت' },
      { code: 'TINGHIR', kind: 'PROVINCE', nameFr: 'Tinghir', nameAr: 'تنغير' },
      { code: 'ZAGORA', kind: 'PROVINCE', nameFr: 'Zagora', nameAr: 'زاكورة' },
    ],
  },
  {
    code: 'R09',
    nameFr: 'Souss-Massa',
    nameAr: 'سوس - ماسة',
    provinces: [
      { code: 'AGADIR_IDA_OUTANANE', kind: 'PREFECTURE', nameFr: 'Agadir Ida-Outanane', nameAr: 'أكادير إداوتنان' },
      { code: 'INEZGANE_AIT_MELLOUL', kind: 'PREFECTURE', nameFr: 'Inezgane-Aït Melloul', nameAr: 'إنزكان آيت ملول' },
      { code: 'CHTOUKA_AIT_BAHA', kind: 'PROVINCE', nameFr: 'Chtouka-Aït Baha', nameAr: 'اشتوكة آيت باها' },
      { code: 'TAROUDANNT', kind: 'PROVINCE', nameFr: 'Taroudannt', nameAr: 'تارودانت' },
      { code: 'TIZNIT', kind: 'PROVINCE', nameFr: 'Tiznit', nameAr: 'تيزنيت' },
      { code: 'TATA', kind: 'PROVINCE', nameFr: 'Tata', nameAr: 'طاطا' },
    ],
  },
  {
    code: 'R10',
    nameFr: 'Guelmim-Oued Noun',
    nameAr: 'كلميم - واد نون',
    provinces: [
      { code: 'GUELMIM', kind: 'PROVINCE', nameFr: 'Guelmim', nameAr: 'كلميم' },
      { code: 'ASSA_ZAG', kind: 'PROVINCE', nameFr: 'Assa-Zag', nameAr: 'أسا الزاك' },
      { code: 'TAN_TAN', kind: 'PROVINCE', nameFr: 'Tan-Tan', nameAr: 'طانطان' },
      { code: 'SIDI_IFNI', kind: 'PROVINCE', nameFr: 'Sidi Ifni', nameAr: 'سيدي إفني' },
    ],
  },
  {
    code: 'R11',
    nameFr: 'Laâyoune-Sakia El Hamra',
    nameAr: 'العيون - الساقية الحمراء',
    provinces: [
      { code: 'LAAYOUNE', kind: 'PROVINCE', nameFr: 'Laâyoune', nameAr: 'العيون' },
      { code: 'BOUJDOUR', kind: 'PROVINCE', nameFr: 'Boujdour', nameAr: 'بوجدور' },
      { code: 'TARFAYA', kind: 'PROVINCE', nameFr: 'Tarfaya', nameAr: 'طرفاية' },
      { code: 'ES_SEMARA', kind: 'PROVINCE', nameFr: 'Es-Semara', nameAr: 'السمارة' },
    ],
  },
  {
    code: 'R12',
    nameFr: 'Dakhla-Oued Ed-Dahab',
    nameAr: 'الداخلة - وادي الذهب',
    provinces: [
      { code: 'OUED_ED_DAHAB', kind: 'PROVINCE', nameFr: 'Oued Ed-Dahab', nameAr: 'وادي الذهب' },
      { code: 'AOUSSERD', kind: 'PROVINCE', nameFr: 'Aousserd', nameAr: 'أوسرد' },
    ],
  },
];
