// The words of the public pages (survey, own-file request), in a namespace of
// their own ('public') so that the staff console's catalogues stay as they are.
import i18next from 'i18next';
import { initI18n } from '../../i18n';

const ar = {
  survey: {
    title: 'رأيكم في مسار',
    intro: { CLOSURE: 'انتهت مرافقتكم. سؤالان قصيران، دون ذكر اسمكم.', SERVICE: 'تلقيتم خدمة مؤخرا. سؤالان قصيران، دون ذكر اسمكم.' },
    score: 'إلى أي حد أنتم راضون؟',
    scores: { '1': '1 - غير راض(ية) إطلاقا', '2': '2', '3': '3', '4': '4', '5': '5 - راض(ية) تماما' },
    listened: 'هل شعرتم أنه تم الإنصات إليكم؟',
    yes: 'نعم',
    no: 'لا',
    send: 'إرسال',
    decline: 'لا أرغب في الإجابة',
    thanks: 'شكرا، تم تسجيل جوابكم.',
    declined: 'تم تسجيل رفضكم، ولن تتوصلوا بأسئلة أخرى بخصوص هذا الملف.',
    gone: 'هذا الرابط لم يعد صالحا: سبق استعماله أو رفضه أو انتهت صلاحيته.',
    missing: 'يرجى اختيار جواب.',
  },
  file: {
    title: 'طلب الاطلاع على ملفي',
    intro: 'يمكن للشاب(ة) البالغ(ة) 18 سنة أو لأحد والدي الطفل(ة) القاصر طلب ملفه. تحذف من الملف بيانات الأغيار (القانون 09-08).',
    reference: 'مرجع الملف (MSR-…)',
    requester: 'أنا',
    SUBJECT: 'الشاب(ة) المعني(ة) بالملف',
    PARENT: 'أحد الوالدين',
    cnie: 'رقم البطاقة الوطنية',
    cnieHint: 'بطاقتكم أنتم: كما سجلت في الملف',
    dateOfBirth: 'تاريخ ازدياد الطفل(ة)',
    send: 'إرسال الطلب',
    working: 'جار التحقق…',
    filed: 'تم تسجيل طلبكم. احتفظوا بالمرجع وبالرمز السري للاطلاع على الرد (داخل أجل 30 يوما).',
    secret: 'الرمز السري',
    follow: 'تتبع الطلب',
    status: { RECEIVED: 'الطلب قيد المعالجة، الأجل:', READY: 'ملفكم جاهز: يمكن تحميله مرة واحدة.', DOWNLOADED: 'تم تحميل الملف.' },
    download: 'تحميل الملف',
    refused: 'تعذر تسجيل الطلب:',
    why: {
      '400': 'بعض الحقول ناقصة أو غير صحيحة.',
      '409': 'سبق إرسال هذا الطلب.',
      '422': 'المعطيات لا تطابق ملفا نعرفه: تحققوا من المرجع ورقم البطاقة وتاريخ الازدياد.',
      '429': 'طلبات كثيرة في وقت قصير: أعيدوا المحاولة لاحقا.',
      other: 'خطأ غير متوقع، أعيدوا المحاولة لاحقا.',
    },
  },
};

const fr = {
  survey: {
    title: 'Votre avis sur Masar',
    intro: { CLOSURE: 'Votre accompagnement est terminé. Deux questions courtes, sans votre nom.', SERVICE: 'Vous avez reçu un service récemment. Deux questions courtes, sans votre nom.' },
    score: 'Êtes-vous satisfait·e ?',
    scores: { '1': '1 - pas du tout', '2': '2', '3': '3', '4': '4', '5': '5 - tout à fait' },
    listened: 'Vous êtes-vous senti·e écouté·e ?',
    yes: 'Oui',
    no: 'Non',
    send: 'Envoyer',
    decline: 'Je ne souhaite pas répondre',
    thanks: 'Merci, votre réponse est enregistrée.',
    declined: 'Votre refus est enregistré : aucune autre question ne vous sera posée pour ce dossier.',
    gone: 'Ce lien n’est plus valable : il a déjà servi, a été refusé ou a expiré.',
    missing: 'Choisissez une réponse.',
  },
  file: {
    title: 'Demander mon dossier',
    intro: 'Un jeune de 18 ans ou plus, ou un parent d’un enfant mineur, peut demander son dossier. Les données des tiers en sont retirées (loi 09-08).',
    reference: 'Référence du dossier (MSR-…)',
    requester: 'Je suis',
    SUBJECT: 'le jeune concerné par le dossier',
    PARENT: 'un parent',
    cnie: 'Numéro de CNIE',
    cnieHint: 'La vôtre, telle qu’elle figure au dossier',
    dateOfBirth: 'Date de naissance de l’enfant',
    send: 'Envoyer la demande',
    working: 'Vérification…',
    filed: 'Votre demande est enregistrée. Gardez la référence et le code secret pour suivre la réponse (sous 30 jours).',
    secret: 'Code secret',
    follow: 'Suivre la demande',
    status: { RECEIVED: 'Demande en cours de traitement, échéance :', READY: 'Votre dossier est prêt : il se télécharge une seule fois.', DOWNLOADED: 'Le dossier a été téléchargé.' },
    download: 'Télécharger le dossier',
    refused: 'La demande n’a pas pu être enregistrée :',
    why: {
      '400': 'des champs manquent ou sont mal remplis.',
      '409': 'cette demande a déjà été envoyée.',
      '422': 'ces informations ne correspondent à aucun dossier connu : vérifiez la référence, le numéro de carte et la date de naissance.',
      '429': 'trop de demandes en peu de temps : réessayez plus tard.',
      other: 'erreur inattendue, réessayez plus tard.',
    },
  },
};

export function addPublicWords(): void {
  // called when the page's module loads, before main.tsx has initialised i18next (its store methods exist only after init)
  initI18n();
  if (!i18next.hasResourceBundle('ar', 'public')) {
    i18next.addResourceBundle('ar', 'public', ar);
    i18next.addResourceBundle('fr', 'public', fr);
  }
}

/** A public call: JSON in and out, the problem's detail as the error. */
export async function publicCall<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: T & { detail?: string } }> {
  const res = await fetch(path, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as T & { detail?: string } };
}
