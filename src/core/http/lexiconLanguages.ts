// The lexicon's word forms beside English, loaded on first need (see loadLanguages in
// lexicon.ts): es, fr, de, pt, it, nl, pl, ru, ja, zh, ko. Same concepts, same rules for
// fragments; checked against real sentences in test/core/http/lexicon.test.ts.
import type { LanguagePack } from './lexicon'

/** Word forms and field words of the languages beside English. */
export const LANGUAGE_PACK: LanguagePack = {
  forms: {
    'precondition-required': {},
    busy: {
      'in progress elsewhere': {
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
        zh: String.raw`系统繁忙|服务繁忙`,
      },
    },
    duplicate: {
      'exists already': {
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
    },
    stale: {
      'changed by someone else': {
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
    },
  },
  fields: [
    [
      'email',
      String.raw`correo(?: electrónico)?|courriel|adresse (?:e-?mail|électronique)|e-mail-adresse|endereço de e-mail|indirizzo email|e-mailadres|adres e-mail|электронн\p{L}* почт|почт[аойуые]|メールアドレス|邮箱|电子邮件|邮件地址|이메일`,
    ],
    [
      'username',
      String.raw`nombre de usuario|nom d'utilisateur|benutzername|nome (?:de )?usuário|nome utente|gebruikersnaam|nazwa użytkownika|имя пользователя|логин|ユーザー名|用户名|사용자 ?이름|아이디|사용자명`,
    ],
    [
      'phone',
      String.raw`teléfono|téléphone|telefonnummer|telefone|telefono|telefoonnummer|numer telefonu|(?:номер )?телефон|電話番号|手机号(?:码)?|电话号码|전화번호`,
    ],
  ],
}
