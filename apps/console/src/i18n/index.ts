// The message catalogues (ar, the default, and fr) and the document's
// language and direction: Arabic reads right to left.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './ar.json';
import fr from './fr.json';

export const LANGUAGES = ['ar', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'masar.language';

export function initialLanguage(): Language {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return saved === 'fr' ? 'fr' : 'ar';
}

export function applyDocumentLanguage(lang: Language): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
}

export async function setLanguage(lang: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, lang);
  await i18next.changeLanguage(lang);
  applyDocumentLanguage(lang);
}

export function initI18n(lang: Language = initialLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { ar: { translation: ar }, fr: { translation: fr } },
      lng: lang,
      fallbackLng: 'ar',
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  }
  applyDocumentLanguage(lang);
  return i18next;
}
