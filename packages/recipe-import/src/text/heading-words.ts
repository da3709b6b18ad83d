/**
 * What recipe pages title their sections, in the languages recipe sites are written in.
 * Lower case, without a trailing colon; a label must be one of these whole.
 */
const words = (list: string): ReadonlySet<string> => new Set(list.split('|'));

export const INGREDIENT_HEADINGS = words(
  'ingredients|ingredient|ingredient list|what you need|what you will need|you will need|' +
    "what you'll need|zutaten|ingrédients|ingredienti|ingredientes|ingrediënten|ingredienser|" +
    'ingredienset|składniki|malzemeler|suroviny|ingredience|hozzávalók|sastojci|ainekset',
);

export const STEP_HEADINGS = words(
  'instructions|instruction|directions|direction|method|preparation|steps|how to make it|how to make|' +
    'how to prepare|cooking instructions|cooking directions|recipe instructions|preparation method|' +
    'zubereitung|anleitung|préparation|preparazione|procedimento|preparación|elaboración|' +
    'modo de preparo|modo de preparação|preparo|bereiding|bereidingswijze|werkwijze|przygotowanie|' +
    'sposób przygotowania|yapılışı|hazırlanışı|postup|postup prípravy|elkészítés|fremgangsmåte|' +
    'tilberedning|gör så här|valmistus|priprema',
);

/** Sections that follow a recipe and are not part of its lines. */
export const OTHER_HEADINGS = words(
  'notes|note|recipe notes|tips|tip|tips and tricks|nutrition|nutrition information|nutrition info|' +
    'nutrition facts|video|faq|equipment|sugerencia|sugerencias|consejo|consejos|tipp|tipps|hinweis|' +
    'hinweise|astuce|astuces|conseil|conseils|suggerimenti|consigli|notities|tip van|opmerkingen|' +
    'wskazówki|uwagi|poznámky|tipy',
);
