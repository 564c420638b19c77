// The words servers use for each kind of failed write, kept as data. For every kind, a few
// concepts; for every concept, its word forms per language as regular-expression fragments.
// One expression per kind is built from the table (fragments joined by `|`, flags `iu`), so adding
// a language is adding strings, not code.
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
      es: String.raw`en curso|se está procesando|está siendo procesad`,
      fr: String.raw`en cours de traitement|est en cours d'`,
      de: String.raw`wird (?:gerade |noch )?(?:bearbeitet|verarbeitet)|in bearbeitung`,
      pt: String.raw`em andamento|em processamento|está sendo processad`,
      it: String.raw`in corso di elaborazione|è in elaborazione`,
      nl: String.raw`wordt (?:momenteel |nog )?verwerkt`,
      pl: String.raw`jest (?:w trakcie|przetwarzan)|w toku`,
      ru: String.raw`(?:уже )?обрабатывается|выполняется другой`,
      ja: String.raw`処理中`,
      zh: String.raw`正在处理|处理中`,
      ko: String.raw`처리 중|처리중`,
    },
    'try again later': {
      en: String.raw`\b(?:try again (?:later|shortly|soon|in (?:a (?:few|moment|bit|minute)|\d+))|retry (?:later|after|in \d+)|please retry\b|temporarily (?:locked|unavailable)|(?:conflict|contention|deadlock|busy)\b[^.]{0,30}?\b(?:retry|try again))`,
      es: String.raw`(?:intente|inténtelo|intentar|vuelva a intentar(?:lo)?)(?: nuevamente| de nuevo| otra vez)? (?:más tarde|en (?:\d+|unos) )`,
      fr: String.raw`(?:réessayer|réessayez|essayer de nouveau|essayez de nouveau)(?: plus tard| dans (?:\d+|quelques) )|plus tard`,
      de: String.raw`versuchen sie es[^.]{0,30}?(?:später|in (?:\d+|einigen|ein paar) )|später (?:erneut|noch ?einmal|nochmal)`,
      pt: String.raw`tente (?:novamente |de novo )?(?:mais tarde|dentro de \d+|em \d+|em alguns)`,
      it: String.raw`riprova(?:re)?[^.]{0,15}?(?:più tardi|tra (?:\d+|qualche|pochi))`,
      nl: String.raw`probeer het[^.]{0,20}?(?:later|over (?:\d+|een paar|enkele))`,
      pl: String.raw`spr[óo]b\p{L}*[^.]{0,20}?(?:później|za (?:\d+|chwilę))`,
      ru: String.raw`(?:попробуйте|повторите)[^.]{0,25}?(?:позже|через (?:\d+|несколько|минуту))`,
      ja: String.raw`(?:後|あと|のち)に?(?:お試し|再試行|再度)|しばらく(?:して|経って|待って)`,
      zh: String.raw`(?:稍后|秒后|分钟后|一会儿?)(?:再试|重试)`,
      ko: String.raw`(?:잠시 후|후에|나중에) 다시 시도`,
    },
    'limits and locks': {
      en: String.raw`\b(?:is (?:currently )?locked|locked by another|lock (?:is )?(?:held|taken)|too many requests|rate limit|throttl|quota has been exhausted|contention|contended|deadlock|not (?:yet )?ready|not yet (?:available|complete|processed|finished))`,
      zh: String.raw`系统繁忙|服务繁忙`,
    },
  },
  duplicate: {
    'exists already': {
      en: String.raw`\b(?:already (?:exists?|been (?:taken|registered|used|assigned)|taken|registered|in use|used|claimed|a (?:list )?member|associated|linked|have an account|has an account|assigned|being used|owned)|exists? already|is taken|duplicate|not unique|(?:must|has to|have to|should) be unique|(?:must )?make a unique set|unique (?:constraint|violation|index)|violates unique|uniqueness|existing (?:account|user|record|entry|member)|(?:is |are )?occupied|with (?:the |this )?same (?:name|e-?mail|username|user ?name|identifier|id|key|slug|number|phone)\b)`,
      es: String.raw`ya existe|ya (?:está|esta|están|ha sido|han sido|fue|se encuentra)n? (?:registrad|en uso|utilizad|usad|tomad|ocupad|dad[oa] de alta)|ya registrad|duplicad`,
      fr: String.raw`existe déjà|existent déjà|(?:est|sont|a été|ont été) déjà (?:utilisé|pris|enregistré|inscrit|associé|attribué)|déjà (?:utilisée?s?|pris|enregistrée?|inscrite?) |déjà utilisée?|en double|doublon`,
      de: String.raw`(?:bereits|schon) (?:vorhanden|vergeben|registriert|verwendet|benutzt|in verwendung|belegt|angelegt|existent)|existiert (?:bereits|schon)|ist bereits vergeben|bereits existiert`,
      pt: String.raw`já existe|já (?:está|esta|foi|se encontra|encontra-se|estão)(?: sendo)? (?:cadastrad|registrad|em uso|utilizad|usad|sendo usad)|já (?:cadastrad|registrad|utilizad)|duplicad`,
      it: String.raw`esiste già|già (?:esistente|in uso|utilizzat|registrat|presente|present|usat|pres[oa])`,
      nl: String.raw`bestaat (?:al|reeds)|(?:al|reeds) in gebruik|is (?:al|reeds) (?:geregistreerd|bezet|gebruikt|aanwezig)`,
      pl: String.raw`już (?:istnieje|występuje|zajęt|zarejestrowan|użyt|w użyciu|jest w użyciu)|jest (?:już )?zajęt`,
      ru: String.raw`уже (?:существует|существуют|используется|занят|зарегистрирован|есть|имеется)`,
      ja: String.raw`(?:既に|すでに)(?:存在|使用|登録|使われ)|は使用中|重複`,
      zh: String.raw`已(?:经)?存在|已(?:经)?被(?:使用|注册|占用)|已(?:经)?注册|已被使用|重复`,
      ko: String.raw`이미 (?:존재|사용|등록|가입)|중복`,
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
      es: String.raw`(?:otro usuario|otra persona|alguien más) (?:ha|han) (?:modificado|cambiado|actualizado)|desde que (?:esta|la) página fue cargada`,
      fr: String.raw`(?:une autre personne|un autre utilisateur|quelqu'un d'autre) a (?:modifié|mis à jour|changé)|depuis que (?:cette|la) page a été chargée`,
      de: String.raw`(?:ein anderer (?:benutzer|nutzer)|jemand anderes?) hat[^.]{0,40}?(?:aktualisiert|geändert|bearbeitet)|seit (?:diese|die) seite geladen wurde|zwischenzeitlich geändert`,
      pt: String.raw`outro usuário (?:atualizou|modificou|alterou)|desde que (?:esta|a) página foi carregada`,
      it: String.raw`un altro utente ha (?:aggiornato|modificato)|da quando la pagina è stata caricata`,
      nl: String.raw`een andere gebruiker heeft[^.]{0,40}?(?:bijgewerkt|gewijzigd)|sinds deze pagina (?:is|werd) geladen`,
      pl: String.raw`inny użytkownik (?:zaktualizował|zmienił|zmodyfikował)|od (?:momentu )?załadowania (?:tej )?strony`,
      ru: String.raw`(?:обновл|измен)\p{L}* другим пользователем|другой пользователь (?:обновил|изменил)|с момента загрузки страницы`,
      ja: String.raw`他のユーザーが[^。]{0,30}?(?:更新|変更)|読み込まれてから`,
      zh: String.raw`(?:另一个|其他|别的)用户已?(?:更新|修改)|已被(?:其他|另一个)用户(?:更新|修改)`,
      ko: String.raw`다른 사용자가[^.]{0,30}?(?:업데이트|수정|변경)`,
    },
    'version mismatch': {
      en: String.raw`\b(?:version (?:conflict|mismatch)|(?:version|revision|etag|sha|rev|hash)s? (?:does|do|did) not match|does not match [0-9a-f]{7,}|not match (?:the )?(?:current|latest|expected|required)|mismatch(?:ed)? (?:version|etag|revision|sha)|(?:etag|version|revision|sha) mismatch|stale|out[- ]of[- ]date|outdated|newer version|latest version|more recent version|update conflict|edit conflict|write conflict|precondition failed|must be incremented|optimistic ?(?:lock|concurrency)|different version than expected|version (?:is )?different|different (?:from|than) the one provided|conditional request failed|expected version|base version|(?:wrong|incorrect|unexpected|obsolete) (?:version|revision|etag|rev)\b|(?:version|revision|etag) (?:has )?changed\b|concurrent(?:ly)? (?:update|edit|write)s?\b)|(?:pre)?conditions? [^.]{0,80}?(?:is |are |was |were |has not been |have not been )?not (?:been )?met|pre-?conditions? you specified did not hold`,
      es: String.raw`conflicto de versi[óo]n|versi[óo]n (?:no coincide|desactualizada|obsoleta)`,
      fr: String.raw`conflit de version|version (?:obsolète|périmée)`,
      de: String.raw`versionskonflikt|version (?:stimmt nicht|ist veraltet)`,
      pt: String.raw`conflito de versão|versão (?:desatualizada|não corresponde)`,
      it: String.raw`conflitto di versione|versione (?:obsoleta|non corrisponde)`,
      nl: String.raw`versieconflict`,
      pl: String.raw`konflikt wersji`,
      ru: String.raw`конфликт верси`,
      ja: String.raw`バージョン(?:の)?(?:競合|不一致)`,
      zh: String.raw`版本冲突|版本不一致`,
      ko: String.raw`버전 충돌|버전이 일치하지`,
    },
  },
  state: {
    'already in a final state': {
      en: `\\b(?:already (?:been )?(?:${STATE_WORDS})|(?:is|are|was|were|has been|have been|had been) (?:already )?(?:${TERMINAL})\\b)`,
      es: String.raw`ya (?:fue|ha sido|está|esta) (?:enviad|cancelad|procesad|pagad|entregad|cerrad|anulad)|ha caducado`,
      fr: String.raw`(?:a |ont )?déjà été (?:annulée?|expédiée?|payée?|traitée?|livrée?|clôturée?)|a expiré`,
      de: String.raw`(?:bereits|schon) (?:storniert|versandt|versendet|bezahlt|abgeschlossen|verarbeitet|gekündigt|geliefert|geschlossen)|ist abgelaufen`,
      pt: String.raw`já (?:foi )?(?:cancelad|enviad|pag[oa]|processad|entregue|finalizad)|expirou`,
      it: String.raw`(?:è |sono )?già (?:stat[oaie] )?(?:annullat|spedit|pagat|elaborat|consegnat|chius)|è scadut`,
      nl: String.raw`(?:is )?al (?:geannuleerd|verzonden|betaald|verwerkt|geleverd|gesloten)|is verlopen`,
      pl: String.raw`już (?:anulowan|wysłan|opłacon|przetworzon|dostarczon|zamknięt)|wygasł`,
      ru: String.raw`уже (?:отменен|отменён|отправлен|оплачен|обработан|доставлен|закрыт)|ист[её]к`,
      ja: String.raw`(?:既に|すでに)(?:キャンセル|発送|処理|支払|完了|終了)|期限(?:を過ぎ|切れ)`,
      zh: String.raw`已(?:经)?(?:取消|发货|支付|付款|处理|完成|关闭|过期)`,
      ko: String.raw`이미 (?:취소|발송|처리|결제|완료)|만료되`,
    },
    'not possible now': {
      en: String.raw`\b(?:not mergeable|can ?not be merged|unexpected state|invalid (?:state|status)(?: transition)?|(?:state|status) transition|transition [^.]{0,60}?not (?:valid|allowed|possible|available)|not (?:valid|allowed|permitted|possible) (?:in|for) (?:the |its |this )?(?:current )?(?:state|status)|in (?:its|the) current (?:state|status)|can ?not (?:be )?transition|illegal state|wrong state|is not in (?:a |the )?(?:valid|correct|required|expected) state|not (?:in )?an? \w+able (?:state|status)|no longer (?:available|possible|valid|open|editable|pending)|(?:repository|repo) is empty|incompatible with (?:an earlier|a previous|the latest|the existing)|merge (?:was )?vetoed|conflicts? during (?:the )?merge|too (?:early|late) to\b|(?:grace|cancellation|cancelation|refund|return|edit(?:ing)?) (?:period|window) (?:has )?(?:ended|expired|passed|elapsed)|after the (?:grace|cancellation|cancelation|refund|return) (?:period|window))`,
      es: String.raw`no (?:se )?(?:puede|pueden|es posible) (?:ser )?(?:reanudar|cancelar|modificar|eliminar|reembolsar|editar)`,
      fr: String.raw`ne (?:peut|peuvent) (?:pas |plus )?(?:être )?(?:repris|annulée?|modifiée?|supprimée?|remboursée?)`,
      de: String.raw`(?:kann|können) nicht (?:mehr )?(?:wiederaufgenommen|storniert|geändert|gelöscht|erstattet|bearbeitet)`,
      pt: String.raw`não (?:pode|podem) (?:mais )?ser (?:retomad|cancelad|alterad|excluíd|reembolsad)`,
      it: String.raw`non (?:può|possono) (?:più )?essere (?:ripristinat|annullat|modificat|eliminat|rimborsat)`,
      nl: String.raw`kan niet (?:meer )?worden (?:voortgezet|geannuleerd|gewijzigd|verwijderd|terugbetaald)`,
      pl: String.raw`nie można (?:jej |go |ich )?(?:już )?(?:wznowić|anulować|zmienić|usunąć|zwrócić)`,
      ru: String.raw`(?:нельзя|невозможно) (?:\p{L}+ )?(?:возобновить|отменить|изменить|удалить|вернуть)`,
      ja: String.raw`(?:再開|キャンセル|取り消し|変更|削除)(?:は|することは|することが)?できません`,
      zh: String.raw`(?:无法|不能|不可)(?:恢复|取消|修改|删除|退款)`,
      ko: String.raw`(?:재개|취소|변경|삭제)할 수 없`,
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
  [
    'email',
    String.raw`\be-?mail(?: address)?\b|correo(?: electrónico)?|courriel|adresse (?:e-?mail|électronique)|e-mail-adresse|endereço de e-mail|indirizzo email|e-mailadres|adres e-mail|электронн\p{L}* почт|почт[аойуые]|メールアドレス|邮箱|电子邮件|邮件地址|이메일`,
  ],
  [
    'username',
    String.raw`\buser ?name\b|nombre de usuario|nom d'utilisateur|benutzername|nome (?:de )?usuário|nome utente|gebruikersnaam|nazwa użytkownika|имя пользователя|логин|ユーザー名|用户名|사용자 ?이름|아이디|사용자명`,
  ],
  [
    'phone',
    String.raw`\bphone(?: number)?\b|teléfono|téléphone|telefonnummer|telefone|telefono|telefoonnummer|numer telefonu|(?:номер )?телефон|電話番号|手机号(?:码)?|电话号码|전화번호`,
  ],
  ['', String.raw`\b(?:login|handle|slug|subdomain)\b`],
]

function compile(forms: WordForms[]): RegExp {
  const fragments = forms.flatMap((f) => Object.values(f))
  return new RegExp(fragments.join('|'), 'iu')
}

/** The compiled expression per kind, in the order the kinds are checked. */
export const KIND_PATTERNS: Array<[SignalKind, RegExp]> = (
  Object.keys(LEXICON) as SignalKind[]
).map((kind) => [kind, compile(Object.values(LEXICON[kind]))])

/** The compiled field words. */
export const FIELD_PATTERNS: Array<[string, RegExp]> = FIELD_WORDS.map(([field, forms]) => [
  field,
  new RegExp(forms, 'iu'),
])
