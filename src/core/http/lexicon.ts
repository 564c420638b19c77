// The words servers use for each kind of failed write, kept as data. For every kind, a few
// concepts; for every concept, its word forms per language as regular-expression fragments.
// One expression per kind is built from the table (fragments joined by `|`, flags `iu`), so adding
// a language is adding strings, not code. English lives here; the other languages' forms are in
// lexiconLanguages.ts, a chunk classifyResponse loads the first time a body holds any words (problemFromError, which is synchronous, starts that load and uses them once loaded).
//
//   duplicate  exists / already used, registered, taken, uploaded / not unique / same name
//   stale      changed by someone else / since you loaded it / version or revision mismatch
//   state      cannot do this while, once, after, in state ... / already shipped, cancelled /
//              too early, too late / still in use by something that depends on it
//   busy       try again later or in N seconds / in progress / not ready yet / contention
//   precondition-required   the request must carry If-Match or a version
//
// Fragments must stay linear: no nested unbounded repetition, gaps bounded (`[^.]{0,80}?`), and
// every text they see is cut by scan() first. `\b` only where the neighbouring letters are ASCII;
// other scripts match on the words themselves.
//
// The non-English forms are checked against real sentences in test/core/http/lexicon.test.ts,
// from Laravel-Lang/lang (locales/<lang>/php.json `unique`, `throttle`; json.json Nova's "Another
// user has updated this resource…", Cashier's "This subscription has expired and cannot be
// resumed…", "Encrypted environment file already exists.") and svenfuchs/rails-i18n (`taken`).
import type { SignalKind } from './wording'

/** Languages the lexicon has word forms for. */
export type Language =
  'en' | 'es' | 'fr' | 'de' | 'pt' | 'it' | 'nl' | 'pl' | 'ru' | 'ja' | 'zh' | 'ko'

/** One concept's word forms: regular-expression fragments per language. */
export type WordForms = Partial<Record<Language, string>>

// Participles of a finished transition ("already shipped"), shared by codes and wording.
export const STATE_WORDS =
  'shipped|delivered|dispatched|accepted|cancelled|canceled|closed|merged|paid|processed|fulfilled|finalized|finalised|captured|refunded|confirmed|completed|approved|rejected|declined|submitted|published|archived|voided|settled|redeemed|expired|activated|deactivated|revoked|resolved|deleted|locked|started|finished|signed'

// Participles after "is / has been" that leave a resource in a final state.
const TERMINAL =
  'shipped|delivered|dispatched|cancell?ed|canceled|closed|merged|paid|fulfilled|finali[sz]ed|captured|refunded|completed|archived|voided|settled|redeemed|deactivated|revoked'

/** Concepts and their word forms, per kind. */
export const LEXICON: Record<SignalKind, Record<string, WordForms>> = {
  'precondition-required': {
    'precondition missing': {
      en: String.raw`\b(?:if-match|if-unmodified-since|precondition|conditional request)s?(?: header)?(?: is| are)? (?:required|missing)|must be conditional|missing (?:the )?(?:if-match|precondition)|\bno (?:content )?version (?:supplied|provided|given)|request needs to be conditional|please provide (?:an? |the )?if-match`,
    },
  },
  busy: {
    'in progress elsewhere': {
      en: String.raw`\b(?:in[- ]progress|currently being processed|being processed|(?<!by )another (?:in[- ]flight |in[- ]progress |concurrent |pending |conflicting )?(?:request|operation|update|transaction)|concurrent (?:request|operation|modification)s?|(?:is )?still (?:active|running|pending)|operations? (?:is |are )?pending|conflict occurred while saving|is being (?:created|prepared|provisioned|processed|generated|built|deployed|initiali[sz]ed|imported|migrated))`,
    },
    'try again later': {
      en: String.raw`\b(?:try again (?:later|shortly|soon|in (?:a (?:few|moment|bit|minute)|\d+))|retry (?:later|after|in \d+)|please retry\b|temporarily (?:locked|unavailable)|(?:conflict|contention|deadlock|busy)\b[^.]{0,30}?\b(?:retry|try again))`,
    },
    'limits and locks': {
      en: String.raw`\b(?:is (?:currently )?locked|locked by another|lock (?:is )?(?:held|taken)|too many requests|rate limit|throttl|quota has been exhausted|contention|contended|deadlock|not (?:yet )?ready|not yet (?:available|complete|processed|finished))`,
    },
  },
  duplicate: {
    'exists already': {
      en: String.raw`\b(?:already (?:exists?|been (?:taken|registered|used|assigned)|taken|registered|in use|used|claimed|a (?:list )?member|associated|linked|have an account|has an account|assigned|being used|owned)|exists? already|is taken|(?:is|are) (?:currently )?in use\b|duplicate|not unique|(?:must|has to|have to|should) be unique|(?:must )?make a unique set|unique (?:constraint|violation|index)|violates unique|uniqueness|existing (?:account|user|record|entry|member)|(?:is |are )?occupied|with (?:the |this )?same (?:name|e-?mail|username|user ?name|identifier|id|key|slug|number|phone)\b)`,
    },
    'already added or uploaded': {
      en: String.raw`\balready (?:been )?(?:added|uploaded|created|pushed|imported|invited|subscribed|enrolled|on the list|in the list)\b|\bis already (?:in|on|part of) (?!progress|state|status|use\b|the (?:state|status)|a (?:state|status))[\w-]+|\bthere (?:is|are) already (?:an? |one )?(?!(?:pending|running|ongoing|active)\b)[\w-]+(?: [\w-]+)? (?:with|named|called|for (?:this|that|the))\b|\balready (?:have|has|own|owns) an? [\w -]{0,40}?\bwith (?:this|that|the same) (?:name|e-?mail|username|id|key|slug)`,
    },
    'no overwriting a published version': {
      en: String.raw`\bre-?(?:push|publish|upload|submit)(?:ing|ed)?\b[^.]{0,40}?\bnot (?:allowed|permitted|possible)|\bcannot (?:publish|upload|push) over\b|\b(?:overwrite|replace|modify|re-?use) (?:an? |the )?(?:existing|previously published|pre-existing) (?:version|file|release|package)|\b(?:collides|conflicts|clashes) with (?:an? |the )?existing\b`,
    },
    'name not available': {
      en: String.raw`\b(?:username|user ?name|name|e-?mail(?: address)?|handle|slug|subdomain|domain|login)\b(?: '[^']{0,60}'| "[^"]{0,60}")? (?:is )?not available\b`,
    },
  },
  stale: {
    'changed by someone else': {
      en: String.raw`\b(?:(?:has|have|had) been (?:modified|changed|updated|edited)|was (?:modified|changed|updated|edited)|(?:modified|changed|updated|edited) by (?:someone|another|other)|since you (?:started|loaded|last)|(?:another|other) (?:user|person|client|session|process|editor) (?:has )?(?:modified|changed|updated|edited|saved)|since (?:this|the) (?:page|resource|record|document|form|item) was (?:loaded|opened|read|fetched)|(?:modified|changed|updated) since\b|modified meanwhile|concurrently (?:modified|updated|edited)|updated or deleted by another transaction|mid-?air collision|lost update)`,
    },
    'version mismatch': {
      en: String.raw`\b(?:version (?:conflict|mismatch)|(?:version|revision|etag|sha|rev|hash)s? (?:does|do|did) not match|does not match [0-9a-f]{7,}|not match (?:the )?(?:current|latest|expected|required)|mismatch(?:ed)? (?:version|etag|revision|sha)|(?:etag|version|revision|sha) mismatch|stale|out[- ]of[- ]date|outdated|newer version|latest version|more recent version|update conflict|edit conflict|write conflict|precondition failed|must be incremented|optimistic ?(?:lock|concurrency)|different version than expected|version (?:is )?different|different (?:from|than) the one provided|conditional request failed|expected version|base version|(?:wrong|incorrect|unexpected|obsolete) (?:version|revision|etag|rev)\b|(?:version|revision|etag) (?:has )?changed\b|concurrent(?:ly)? (?:update|edit|write)s?\b)|(?:pre)?conditions? [^.]{0,80}?(?:is |are |was |were |has not been |have not been )?not (?:been )?met|pre-?conditions? you specified did not hold`,
    },
  },
  state: {
    'already in a final state': {
      en: `\\b(?:already (?:been )?(?:${STATE_WORDS})|(?:is|are|was|were|has|have|had|has been|have been|had been) (?:already )?(?:${TERMINAL})\\b)`,
    },
    'not possible now': {
      en: String.raw`\b(?:not mergeable|can ?not be merged|unexpected state|invalid (?:state|status)(?: transition)?|(?:state|status) transition|transition [^.]{0,60}?not (?:valid|allowed|possible|available)|not (?:valid|allowed|permitted|possible) (?:in|for) (?:the |its |this )?(?:current )?(?:state|status)|in (?:its|the) current (?:state|status)|can ?not (?:be )?transition|illegal state|wrong state|is not in (?:a |the )?(?:valid|correct|required|expected) state|not (?:in )?an? \w+able (?:state|status)|no longer (?:available|possible|valid|open|editable|pending)|(?:repository|repo) is empty|incompatible with (?:an earlier|a previous|the latest|the existing)|merge (?:was )?vetoed|conflicts? during (?:the )?merge|too (?:early|late) to\b|(?:grace|cancellation|cancelation|refund|return|edit(?:ing)?) (?:period|window) (?:has )?(?:ended|expired|passed|elapsed)|after the (?:grace|cancellation|cancelation|refund|return) (?:period|window))`,
    },
    'not while in this state': {
      en: String.raw`\b(?:can ?not|can't|unable to|not (?:be )?(?:allowed|possible|permitted|able)(?: to)?)\b(?! be (?:blank|empty|null|nil|left|longer|shorter|greater|less|more|negative|zero|before|after)\b)[^.]{0,80}?\b(?:while|once|after|when (?:the|it|its|an?)\b|as (?:it|there) (?:is|are|has|have)\b|in (?:the |its |this )?(?:current )?(?:state|status)\b)`,
    },
    'still in use': {
      en: String.raw`\b(?:still (?:in use|referenced|being used)|(?:is|are) (?:still )?referenced by|there are (?:still )?references|references to it|(?:when|while|because|as) (?:an? )?(?:associated|dependent|linked|attached|child) [\w-]+ (?:still )?exists?)`,
    },
  },
}

/** Words that name the identifier a duplicate message is about, per field and language. */
export const FIELD_WORDS: Array<[field: string, forms: string]> = [
  ['email', String.raw`\be-?mail(?: address)?\b`],
  ['username', String.raw`\buser ?name\b`],
  ['phone', String.raw`\bphone(?: number)?\b`],
  ['', String.raw`\b(?:login|handle|slug|subdomain)\b`],
]

function compile(forms: WordForms[]): RegExp {
  const fragments = forms.flatMap((f) => Object.values(f))
  return new RegExp(fragments.join('|'), 'iu')
}

/** The compiled expression per kind, in the order the kinds are checked. */
export const KIND_PATTERNS: Array<[SignalKind, RegExp]> = []
/** The compiled field words. */
export const FIELD_PATTERNS: Array<[string, RegExp]> = []

function build(): void {
  KIND_PATTERNS.length = 0
  for (const kind of Object.keys(LEXICON) as SignalKind[]) {
    KIND_PATTERNS.push([kind, compile(Object.values(LEXICON[kind]))])
  }
  FIELD_PATTERNS.length = 0
  for (const [field, forms] of FIELD_WORDS) FIELD_PATTERNS.push([field, new RegExp(forms, 'iu')])
}
build()

/** Word forms of more languages, merged into the lexicon (see lexiconLanguages.ts). */
export interface LanguagePack {
  forms: Record<SignalKind, Record<string, WordForms>>
  fields: Array<[field: string, forms: string]>
}

let languages: Promise<void> | undefined
let loaded = false

/** True once the other languages' word forms are part of the lexicon. */
export function languagesLoaded(): boolean {
  return loaded
}

/**
 * Loads the word forms of the languages beside English (a separate chunk: most apps' servers
 * answer in English, and those that do not pay for it once). Resolves when they are in use;
 * never rejects.
 */
export function loadLanguages(): Promise<void> {
  languages ??= import('./lexiconLanguages')
    .then(({ LANGUAGE_PACK }) => {
      for (const kind of Object.keys(LANGUAGE_PACK.forms) as SignalKind[]) {
        for (const [concept, forms] of Object.entries(LANGUAGE_PACK.forms[kind])) {
          LEXICON[kind][concept] = { ...LEXICON[kind][concept], ...forms }
        }
      }
      const byField = new Map(FIELD_WORDS.map(([f, forms]) => [f, forms]))
      for (const [field, forms] of LANGUAGE_PACK.fields) {
        byField.set(field, byField.has(field) ? `${byField.get(field)}|${forms}` : forms)
      }
      FIELD_WORDS.splice(0, FIELD_WORDS.length, ...byField)
      build()
      loaded = true
    })
    .catch(() => undefined)
  return languages
}

/**
 * True while the other languages are not loaded and a text has words they could read. Spanish
 * or Dutch can be plain ASCII, so any letters count.
 */
export function needsLanguages(text: string): boolean {
  return !loaded && /\p{L}/u.test(text.slice(0, 2000))
}
