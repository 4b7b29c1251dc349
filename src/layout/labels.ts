/** The few words a pack prints itself, in the document's language (English when unknown). */

export interface Labels {
  contents: string;
  preparedFor: string;
  page: (page: number, pages: number) => string;
  /** The watermark of `--draft`. */
  draft: string;
}

const LABELS: Record<string, Labels> = {
  nl: {
    contents: 'Inhoud',
    preparedFor: 'Voorbereid voor',
    page: (n, m) => `pagina ${n} van ${m}`,
    draft: 'CONCEPT',
  },
  en: {
    contents: 'Contents',
    preparedFor: 'Prepared for',
    page: (n, m) => `page ${n} of ${m}`,
    draft: 'DRAFT',
  },
  de: {
    contents: 'Inhalt',
    preparedFor: 'Vorbereitet für',
    page: (n, m) => `Seite ${n} von ${m}`,
    draft: 'ENTWURF',
  },
  fr: {
    contents: 'Sommaire',
    preparedFor: 'Préparé pour',
    page: (n, m) => `page ${n} sur ${m}`,
    draft: 'BROUILLON',
  },
};

export function labelsFor(language: string): Labels {
  const primary = language.toLowerCase().split('-')[0] ?? 'en';
  return LABELS[primary] ?? LABELS.en!;
}

/** `2020-10-18` → `18 oktober 2020` in Dutch; dates are calendar dates, so no time zone may shift them. */
export function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
