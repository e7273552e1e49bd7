// Other languages' forms of telling that notes mix in (reported-telling.ts reads them): each an expression, or a small test,
// looked for only where one of its language's words or letters is (wordclass.ts, Foreign and TellTail). Pure data and tests of
// a sentence's text: no rule of its own.
import type { Sentence } from './sentences';

/**
 * Telling in French: reported ("je lui ai dit de", "je leur ai demandé de"), planned ("dis-lui de",
 * "demande-lui de": group 1), or an obligation put to them ("il faut que tu", "tu dois").
 */
/**
 * In Spanish: reported ("le dije que mande ...", "le pedí que escriba ..."; not "le dije que estaba bien", a
 * statement), planned ("dile que ..."), and "tienes que ...", "debes ...".
 */
export const SPANISH_TOLD = /^((?:(?:en|para)\s+(?:el|la)\s+(?:sig(?:uiente)?|pr[oó]xim[oa])\.?\s+(?:1:1|1-1|one\s+on\s+one|reuni[oó]n|junta|sesi[oó]n)\s*,?\s+)?(?:dile|p[ií]dele|decirle|pedirle|recordarle))\s+que\b|\bles?\s+(?:dije|record[eé]|insist[ií]|avis[eé])\s+que\s+(?:tiene|tienes|tenés|tienen|debe|debes|debés|deben)\s+(?:que\s+)?\p{L}{2,}|\ble[s]?\s+ped[ií](?:\s+a\s+\p{L}+)?\s+que\b|\bles?\s+dije\s+que\s+(?:no\s+|nunca\s+(?:m[aá]s\s+)?|siempre\s+)?(?:(?:me|te|se|nos|lo|los)\s+)?(?!(?:est[aá]|era|es|va|hay|tiene|todo|esta|esa|ese|una|nada|bien|muy|puede|pueden|sabe|saben|quiere|quieren|parece|merece|vale|siempre|nunca|tambi[eé]n)\b)(?!\p{L}*(?:aba|ía|ían|aban)\b)\p{L}{2,}(?:e|a|en|an)\b|\b(?:tienes|tenés|tenes)\s+que\s+\p{L}+(?:ar|er|ir)(?:me|te|le|les|lo|la|los|las|nos|se)?\b|\b(?:debes|debés)\s+\p{L}+(?:ar|er|ir)(?:me|te|le|les|lo|la|los|las|nos|se)?\b/u;
/**
 * Notes kept partly in Italian: "Gli ho detto di mandarmi le tavole ...", "Le ho chiesto di ...", "gli ho detto che deve ...",
 * planned ("Dirgli che deve compilare il timesheet ...", "Dirle di ..."), and "devi" or "dovresti" with what they are to do
 * ("Matteo, devi andare a casa alle sette"). A statement told ("Gli ho detto che il budget è chiuso") is not telling.
 */
export const ITALIAN_TOLD = /\b(?:gli|le)\s+ho\s+(?:detto|chiesto|ricordato|raccomandato)\s+(?:di\b|che\s+(?:deve|dovrebbe|non\s+deve|devi)\b)|^((?:dirgli|dirle|chiedergli|chiederle|ricordargli|ricordarle)\s+(?:di\b|che\s+(?:deve|dovrebbe|non\s+deve)\b))|(?:^|[\s,;:—–])((?:devi|dovresti)\s+(?:(?:proprio|davvero|anche|assolutamente|tu)\s+)?(?!essere\b|avere\b|stare\b)\p{L}+(?:are|ere|ire|arti|erti|irti|armi|ermi|irmi)\b)/u;
/**
 * What is put to them in Italian, with their name or "tu" to say so: an imperative of the second person ("Chiedi a
 * Grafiche Sforza uno sconto sul volume, Elena", "Tom, prenditi anche il venerdì") or a ban, "non" and an
 * infinitive at a clause's start ("non accettare il 12% così").
 */
export const ITALIAN_TOLD_TO_THEM = /(?:^|[,;:—–]\s*)(?:(?:\p{L}+,\s+)?((?:chiedi|manda|mandami|chiama|chiamami|fai|fammi|dimmi|vai|prendi|prenditi|scrivi|scrivimi|metti|porta|smetti|finisci|ricordati|avvisami|fermati|riposati|lascia|passami|rifai|controlla|sistema)\b)|(non\s+(?!è(?!\p{L}))\p{L}+(?:are|ere|ire)\b))/u;
/** Polish: "Powiedziałem mu, żeby do piątku przygotował plan", "Poprosiłem ją, żeby ...", "Powiedz mu, żeby ..." (planned). */
export const POLISH_TOLD = /\b(?:powiedzia[łl][ae]m|poprosi[łl][ae]m|kaza[łl][ae]m|przypomnia[łl][ae]m|prosi[łl][ae]m)\s+(?:(?:mu|jej|im|go|ją|ja|ich)\s*)?,?\s*[żz]eby\b|^((?:powiedz|popro[śs]|przypomnij)\s+(?:mu|jej|im)\s*,?\s*[żz]eby\b)/u;
/** Said to them in Polish ("Ja: weź ten kurs w kwietniu, nie czekaj na projekt", "Me: nie bierz dyżuru w lutym"): a ban or an imperative at a clause's start. */
export const POLISH_TOLD_TO_THEM = /(?:^|[,;:—–]\s*)(?:nie\s+(?!wiem\b|wiadomo\b|ma\b|jest\b|było\b|by[łl]o\b)\p{L}{3,}|(?:weź|daj|zrób|odpocznij|przestań|pisz|zadzwoń|napisz|wyślij|idź|zostaw|sprawdź|popraw|skończ|przygotuj|zapytaj|powiedz|zgłoś|przyjdź)(?=\s|$))/u;
export const POLISH_LETTER = /[ąćęłńśźż]/;
/**
 * Polish put to them: "Musisz oddelegować review ...", "powinnaś ...", "nie możesz ...", "masz ..." and an infinitive (you must,
 * should, can't, are to); "Kazałam mu wyciąć ..." (ordered him to), "Poprosiłam ją o listę ... do środy" (asked her for it by a day).
 */
export const POLISH_YOU_MUST = /(?:^|[\s,;:—–])(?:ty\s+)?(?:musisz|powinie?ne[śs]|powinna[śs]|nie\s+mo[żz]esz|masz)\s+(?:(?:to|te|ten|tę|je|go|jej|mu|ją|już|koniecznie|naprawdę|sam|sama|jednak|wreszcie|w\s+końcu)\s+)*\p{L}+(?:ć|[aeiyu]c)(?=[\s,.;!]|$)/u;
export const POLISH_ORDERED = /\bkaza[łl][ae]m\s+(?:mu|jej|im)\s+(?:(?:to|te|już|jednak|od\s+razu)\s+)*\p{L}+(?:ć|[aeiyu]c)(?=[\s,.;!]|$)|\b(?:po)?prosi[łl][ae]m\s+(?:go|ją|ja|ich)\s+o\s+[^.;]{2,60}?\s(?:do|na|przed)\s+(?:poniedzia[łl]k|wtork|[śs]rod|czwartk|pi[ąa]tk|sobot|niedziel|jutr|ko[ńn]c|poniedzia[łl]ek|wtorek|czwartek|pi[ąa]tek|dzi[śs])/u;
/**
 * A Polish imperative of the second person opening what is written ("Zrób najpierw lighting pass, ...", "Zawsze mów na daily, ...",
 * "na daily powiedz devom wprost, ..."): Polish notes write the writer's own tasks in the infinitive ("sprawdzić", "napisać"), so
 * this form names whom it speaks to, as a Spanish "tú" imperative does.
 */
export const POLISH_IMPERATIVE = /^(?:(?:zawsze|nigdy\s+nie|nie|najpierw|koniecznie|jutro|dzi[śs]|od\s+razu|(?:na|w|we|po|przed)\s+\p{L}+)\s+)?(?:zrób|weź|daj|napisz|wyślij|sprawdź|popraw|skończ|dokończ|zapytaj|powiedz|zgłoś|przyjdź|mów|zapisz|pokaż|zacznij|przestań|odpocznij|zadzwoń|idź|zostaw|pisz|ustal|dodaj|usuń|przejrzyj|przeczytaj|podziel|wrzuć|zamknij|otwórz|poproś|wytnij|odezwij|pamiętaj|uważaj|bierz|rób|przekaż|umów|naucz|złóż|oddaj|wyłącz|włącz|\p{L}{3,}uj)(?=[\s,.;!]|$)/u;
/**
 * Swedish: "sa åt honom att skriva postmortem ..." (told him to), "sa till henne att hon ska ta ...", "bad honom att godkänna ..."
 * (asked him to), "påminde henne om att ..."; planned, "säg till honom att han måste ...". What follows "att" is what they are to
 * do: an infinitive (most end in -a: "skriva", "godkänna") or "han/hon" and a modal; "sa till henne att budgeten är stängd" is news.
 */
export const SWEDISH_TOLD = /(?:^|[\s,;:—–])(?:jag\s+)?(sa\s+åt|sa\s+till|bad|påminde)\s+(\p{L}+)\s+(?:om\s+)?att\s+(?:(?:han|hon|de)\s+(?:ska|skall|måste|borde|bör|får\s+inte|behöver)\b|(?:(?:bara|också|inte|alltid|aldrig|själv|direkt|genast)\s+)?(?!(?:alla|hela|nya|bra|sina|andra|vissa|dina|mina|sista|första|bara)\b)(?:\p{L}{2,}a|ta|gå|se|be|få|dra|stå|slå|ge|nå)(?!\p{L}))|^((?:nästa\s+gång\s*:?\s*)?(?:säg|påminn)\s+(?:till\s+|åt\s+)?(\p{L}+)\s+(?:om\s+)?att\s+(?:(?:han|hon|de)\s+(?:ska|skall|måste|borde|bör|får\s+inte|behöver)\b|(?!(?:alla|hela|nya|bra|sina|andra|vissa|bara)\b)\p{L}{2,}a\b))/u;
/** Swedish put to them: "du måste ändå dela upp #4812 ...", "du borde ...", "du får inte ...", "se till att du skriver ner det ..." (not "du ska på semester", going). */
export const SWEDISH_YOU_MUST = /(?:^|[\s,;:—–])(?:du\s+(?:måste|borde|bör|får\s+inte|behöver)\s+\p{L}{2,}|du\s+ska(?:ll)?\s+(?!(?:på|till|ha|vara|få|nog|kanske|resa|åka|iväg|hem)(?!\p{L}))\p{L}{2,}|se\s+till\s+att\s+du\b)/u;
/**
 * Vietnamese, the manager "chị" or "anh" and the person met "em": told ("Chị đã bảo em từ giờ mọi PR phải có ...", "Đã bảo em ...
 * là phải ping Minh", "Chị bảo em là lần sau cứ reject"), what follows saying what they must, should or are to do from now on (not
 * "Chị nói với em là BrightCart vừa gia hạn ...", news); to be told ("Nói em ấy phải update Jira ...", "Nhắc em ấy phải ..."); put to
 * them, "em phải ...", "em nên ...", "em đừng ...", and a request closed by "nhé" ("em báo team trên Slack trước 9h nhé").
 */
export const VIETNAMESE_TOLD = /(?:^|[,;:—–]\s*|(?:chị|tôi|mình)\s+)(?:đã\s+)?(?:bảo|dặn|nhắc|yêu\s+cầu|nói\s+với)\s+(?:em|em\s+ấy|bạn\s+ấy)\s+(?=[^.?]*?(?:^|\s)(?:phải|cần|nên|cứ|đừng|không\s+được|từ\s+giờ|lần\s+sau|nhớ)(?!\p{L}))|^((?:nói|bảo|nhắc|dặn)\s+(?:em\s+ấy|bạn\s+ấy|em)\s+(?:là\s+)?(?:phải|cần|nên|đừng|không\s+được|từ\s+giờ|lần\s+sau|nhớ)(?!\p{L}))/u;
export const VIETNAMESE_YOU = /(?:^|[,;:—–]\s*)(?:(?:thì|và|nhưng|lần\s+sau|từ\s+giờ)\s+)?em\s+(?:(?:phải|cần\s+phải|nên|đừng|không\s+được)\s+\p{L}|(?!(?:nói|hỏi|muốn|thấy|kể|bảo|đang|đã|vẫn|vui|sợ|ngại|tưởng|nghĩ|ấy|cũng|có|là|được)(?!\p{L}))\p{L}+[^?.;]*?\snhé\s*[.!]*$)/u;
export const CYRILLIC_OR_GREEK = /[\u0370-\u04ff]/;
export const VIETNAMESE_LETTER = /[ăâđêôơư\u1ea0-\u1ef9]/;
/**
 * Turkish: "Kazan 3'ü ... kapatmasını söyledim" (told him to close: the verb's "-mAsInI", then said, asked, reminded), "bana haber
 * vermen lazım" (you need to: "-mAn" and "lazım", "gerek").
 */
export const TURKISH_TOLD = /\p{L}{2,}m[ae]s[ıi]n[ıi]\s+(?:söyledim|istedim|rica\s+ettim|tembihledim|hatırlattım|belirttim)(?!\p{L})/u;
export const TURKISH_YOU_MUST = /\p{L}{2,}m[ae]n(?:[ıi]z)?\s+(?:lazım|gerek(?:iyor)?|şart)(?!\p{L})/u;
/**
 * Ukrainian: told or reminded to, the verb after it in the infinitive ("я сказала їй не чекати на staging ...", "Нагадала їй
 * логувати час ..."); put to them, "мусиш / маєш / повинна ..." and an infinitive, or "треба ..." with "будь ласка" or "ти".
 */
export const UKRAINIAN_TOLD = /(?:^|[\s,;:—–])(?:я\s+)?(?:сказала|сказав|попросила|попросив|нагадала|нагадав|наказала|наказав|доручила|доручив)\s+(?:їй|йому|їм)\s*,?\s+(?:щоб\s+(?:вона|він|вони)\s+|не\s+)?\p{L}+(?:ти|тись|тися|ла|в|ли)(?!\p{L})/u;
export const UKRAINIAN_YOU_MUST = /(?:^|[,;:—–]\s*)(?:\p{L}+,\s+)?(?:ти\s+)?(?:мусиш|маєш|повинна|повинен)\s+(?:\p{L}+\s+)?\p{L}+ти(?!\p{L})|(?:^|[,;:—–]\s*)(?:\p{L}+,\s+)?треба\s+\p{L}+ти(?!\p{L})(?=.*(?:будь\s+ласка|(?:^|\s)ти(?!\p{L})))/u;
/**
 * Greek: "Του είπα να στείλει ..." (told him to), "Της ζήτησα να ..." (asked her to); put to them, "Πρέπει να ελέγχεις εσύ ..."
 * (you must: the verb in the second person, not "πρέπει να πάρω", I must), and an imperative with "μου" after their name ("Δημήτρη,
 * στείλε μου ...", send me).
 */
export const GREEK_TOLD = /(?:^|[\s,;:—–])(?:του|της|τους)\s+(?:είπα|ζήτησα|ξεκαθάρισα|υπενθύμισα)\s+(?:ότι\s+πρέπει\s+)?να\s+\p{L}/u;
export const GREEK_YOU_MUST = /(?:^|[,;:—–]\s*)(?:\p{L}+,\s+)?πρέπει\s+να\s+(?:(?:μου|το|τα|τον|την)\s+)?(?:\p{L}+(?:εις|άς|ας|είς|ς)|είσαι|έρχεσαι)(?!\p{L})|^\p{L}+,\s+\p{L}+(?:ε|ψε|ξε|σε)\s+μου(?!\p{L})/u;
/** Afrikaans: "Jy moet die pipeline elke Maandag vir my stuur, asseblief" (you must), "Het vir hom gesê om die roster ... reg te maak" (told him to). */
export const AFRIKAANS_TOLD = /(?:^|[\s,;:])(?:ek\s+)?het\s+(?:vir\s+)?(?:hom|haar|hulle)\s+gesê\s+om\s+\p{L}|(?:^|[,;:]\s*)(?:\p{L}+,\s+)?jy\s+moet\s+\p{L}/u;
/** Swahili's "must" with "you" in a line that switches language ("Lazima you reconcile the beneficiary numbers ..."), or its own "u-" ... "-e" ("lazima umalize"). */
export const SWAHILI_YOU_MUST = /(?:^|[,;:—–]\s*)(?:\p{L}+,\s+)?(?:ni\s+)?lazima\s+(?:you\s+(?!know\b)\p{L}{2,}|u(?!tu\b)\p{L}{2,}e\b)/u;
/** Portuguese put to them by name: "Rafael, para de aprovar PR sem teste", "Camila, marca uma reunião", "Tira esses dias, Bia". */
export const PORTUGUESE_TO_THEM = /(?:^|[,;:—–]\s*)(?:\p{L}+,\s+)?(?:para\s+de|marca|tira|manda|faz|fala|liga|escreve|resolve|chama|avisa|pega|deixa|usa|olha|apresenta|prepara|revisa)\b/u;
/**
 * Swahili: "nilimwambia ampigie Kiprono leo" (I told him to call: the verb after it in the subjunctive, a- ... -e, or "asi-"
 * ... -e for not), "nilimwambia kwamba lazima ...", "nilimwambia he has to ..." in a line that switches language; planned,
 * "mwambie Brian he has to be at the audit" (tell him).
 */
export const SWAHILI_TOLD = /\b(?:nili|nime)(?:mw|mu)(?:ambia|agiza|elekeza|sisitizia)\s+(?:(?:kwamba|kuwa|ya\s+kwamba)\s+)?(?:a(?:si)?[a-z]{2,}e\b|(?:ni\s+)?lazima\b|anapaswa\b|inabidi\b|(?:he|she|they)\s+(?:has|have|must|needs|need|should)\b|to\s+[a-z]+)|^((?:mw|mu)ambie(?:ni)?)\s+(?:[\p{L}-]+\s+){0,2}?(?:a(?:si)?[a-z]{2,}e\b|(?:ni\s+)?lazima\b|(?:he|she|they)\s+(?:has|have|must|needs|need|should)\b|to\s+[a-z]+)/u;
/**
 * Korean: "3줄로 줄이라고 했다" (told them to: a command quoted by its -(으)라고, then said, asked, ordered); not a noun's
 * "-이라고" ("학생이라고 했다", said he is a student).
 */
export const KOREAN_TOLD = /[\uac00-\ud7a3](?<!이)라고\s*(?:했|말했|얘기했|이야기했|지시했|시켰|전달했|당부했|강조했|말함|얘기함|지시함|전달함|함)/;
/**
 * Said to them in Korean: a sentence that ends in a command's form, "줄여.", "가져와.", "해라", "하세요", "보내 줘", "하지 마"
 * (not "미안해", "축하해", sorry and congratulations, nor "뭐해", what are you doing: KOREAN_KIND).
 */
export const KOREAN_COMMAND = /(?:해라|하라|하세요|하십시오|주세요|줘|지\s?마(?:라|세요)?|[\uac00-\ud7a3](?:아라|어라|여라)|[\uac00-\ud7a3](?:여|와|해|봐|둬|놔|써))\s*[.!]*\s*$/;
export const KOREAN_KIND = /(?:미안|축하|사랑|뭐|고생|수고)해\s*[.!]*\s*$/;
/**
 * Tanglish, Tamil in Latin letters: a command by its second person's form ("update pannu", "nee paaru", "anuppu", "podaadha",
 * "vechukko"), told ("sonnen", I told, or "told him" and the command in Tamil) or put to them ("nee" or "neenga", you;
 * "un", your; "da", a word of address; a "-kko" form, for yourself).
 */
export const TAMIL_COMMAND = /\b(?:pannu|pannidu|pannunga|paaru|paarunga|pesu|pesunga|anuppu|anuppunga|ezhudhu|ezhuthu|podu|podunga|podaadha|podadha|pannaadha|pannadha|vechukko|vachikko|kudu|kudunga|sollu|sollunga|irukkanum|mudichidu)\b/;
export const TAMIL_TOLD = /^(?:(?:naan\s+)?(?:[\p{L}-]+\s+kitta\s+)?(?:sonnen|sonnaen|solliten|sollitten)\b|told\s+(?:him|her|them)\b)/u;
export const TAMIL_YOU = /\b(?:nee|neenga|un|unga|ungal|unnoda|ungaloda|da|di)\b|[a-z]kko\b/;
/**
 * Norwegian: "Sa til henne at she should bring a written proposal ...", "sa til ham at han må ...", "ba henne om å ..." (asked her
 * to): told that they must, should, or do it themselves, or asked to.
 */
export const NORWEGIAN_TOLD = /\b(?:(?:jeg\s+)?sa\s+til\s+(?:henne|ham|han|dem|\p{L}+)\s+at\b(?=[^.!?]{0,120}?\b(?:should|must|needs?\s+to|has\s+to|have\s+to|is\s+to|må|skal|bør|herself|himself|themselves|selv|from\s+now\s+on|fra\s+nå\s+av)\b)|(?:jeg\s+)?ba\s+(?:henne|ham|han|dem)\s+(?:om\s+å|å)\s+\p{L}+)/u;
/** French for settled: "en priorité", "d'abord", "avant les ...", "tout de suite", "dès demain", "à partir de", "chaque fois", "sans exception". */
export const FRENCH_SETTLED = /\b(?:en\s+priorit[ée]|d['’]abord|avant\s+(?:les?|la|de|que|qu['’])|tout\s+de\s+suite|d[èe]s\s+(?:demain|maintenant|aujourd['’]hui|lundi)|[àa]\s+partir\s+d|chaque\s+fois|sans\s+exception)/;
/** Hindi's and Urdu's ban: "mat karna", "mat karo", "... mat bhejo". */
export const HINDI_BAN = /\bmat\s+(?:karo|karna|karein|kijiye|bhejo|likho|lagao|chhodo|jao|jana|dena|do)\b/;
export const HINGLISH_TOLD = /(?:^|\b)(?:mein|main|mai)\s+ne\s+(?:(?:usko|usse|unko|isko)\s+)?(?:kaha|bola|samjhaya|bataya)\b(?:\s*:\s*|\s+(?:ki\s+)?)(?=[^.]*?\b(?:karo|karna|rakho|likho|bhejo|dekho|lo|do|lagao|chalao|banao)\b)|(?:^|\bmaine\s+)(?:usko|usse|use|unko|unse|isko)\s+(?:bola|kaha|samjhaya|bataya)\s+(?:tha\s+)?ki\b|^((?:usko|usse|unko|unse)\s+(?:bolna|kehna|batana)\s+(?:hai|padega|hoga)\s+ki)\b|(?:^|[,;:—–\s])tum\s+(?:[\w-]+\s+){0,12}?(?:karo|bolo|rakho|likho|bhejo|dekho|lo|do|shuru\s+karo|band\s+karo)\b/;
export const GERMAN_MUST = /(?:^|[\s,;:—–])du\s+(?:musst|solltest|sollst)\b/;
export const GERMAN_TO_THEM = /^(?:bitte\s+)?(?:schick|schreib|gib|mach|ruf|sag|nimm|bring|hol|frag|zeig|lass|setz|leg|stell|prüf|pr[üu]fe|melde|plane|denk|vergiss|sprich|kläre|erledige|schau|such)\b(?=\s+(?:mir|uns|bitte|die|den|das|dem|der|ein|eine|es|dich|dir|bis|heute|morgen|noch|doch|mal|\p{Lu}))/u;
/** "please" in the languages notes mix in (Swahili, Spanish, Portuguese, Italian, German, Polish, French, Dutch), opening what is said. */
// ("Rina, tolong update consent screen copy ...": their name first, then Indonesian's "please".)
export const FOREIGN_PLEASE = /^(?:\p{L}+,\s+tolong|tafadhali|por\s+favor|per\s+favore|bitte|prosz[eę]|l[üu]tfen|s'il\s+(?:te|vous)\s+pla[iî]t|alsjeblieft|alstublieft)(?!\p{L}),?(?=\s+\p{L})/u;
/**
 * Indonesian: "Sudah aku suruh dia sync sama Bagus ...", "sudah aku minta dia tulis postmortem ..." (told or asked him to),
 * "udah bilang ke dia: jangan merge ..." (told him), and, to be said, "bilang ke dia dia harus pair with Dewi ..." (tell him he
 * must); not "dia minta cuti" (he asked for leave), nor "bilang ke dia the QRIS handling was solid" (praise).
 */
export const INDONESIAN_TOLD = /(?:^|\b(?:aku|saya|gue|gw)\s+)(?:(?:sudah|udah|dah|tadi)\s+)?(?:(?:aku|saya|gue|gw)\s+)?(?:suruh|nyuruh|menyuruh|minta|meminta)\s+(?:dia|mereka|\p{L}+)\s+(?!(?:maaf|izin|cuti)\b)\p{L}{3,}|(?:^|\b(?:aku|saya|gue|gw)\s+)(?:sudah|udah|dah|tadi)\s+(?:(?:aku|saya|gue|gw)\s+)?bilang\s+(?:ke|sama|kepada)\s+(?:dia|mereka|\p{L}+)\s*(?::|(?=[^.!?]{0,80}?\b(?:jangan|harus|wajib|supaya|biar)\b))|^(bilang\s+(?:ke|sama|kepada)\s+(?:dia|mereka|\p{L}+))\b(?=[^.!?]{0,80}?\b(?:jangan|harus|wajib|nggak\s+bisa\s+mundur|tidak\s+bisa\s+mundur)\b)/u;
/** Indonesian's ban said to them, "jangan lembur terus ya" (not "jangan khawatir", don't worry). */
export const INDONESIAN_BAN = /(?:^|[,;:]\s*)jangan\s+(?!(?:khawatir|takut|sungkan|ragu|sedih|panik|stres|stress|worry|malu|lupa\s+makan)\b)\p{L}{3,}/u;
/** An Indonesian command said to them: "ambil cuti minggu depan", "kirim draftnya besok". */
export const INDONESIAN_COMMAND = /^(?:ambil|kirim|tulis|cek|buat|bikin|kasih|pakai|pake|coba|ikut|pulang|istirahat|selesaikan|kerjakan|siapkan|kabari|kabarin|hubungi|telpon|tanya)\s+\p{L}/u;
/**
 * Franco-Arab (Egyptian Arabic in Latin letters): "2olt lo yekteb el RCA draft" (I told him to write: the verb after it in the
 * present, y- or t-, not an English word), "2oltelha tekhallas ...", "asked him yeb3atly el logs" (asked him to send me).
 */
export const ARABIC_TOLD = /\b2olt(?:e)?\s*(?:lo|loh|laha|lha|elha|elo|elhom|lohom)\b(?=\s*:|\s+(?!(?:the|that|this|they|them|then|there|these|those|to|today|tomorrow|tonight|team|teams|test|tests|tell|text|ticket|tickets|time|title|thursday|tuesday|till|top|track|true|try|turn|yes|yet|yesterday|you|your|yeah|year|tech)\b)[yt][a-z0-9]{3,})|\basked\s+(?:him|her|them)\s+[yt][a-z]*\d[a-z0-9]*/;
/** Portuguese words no English note has: the sentence is Portuguese. */
/** "tens de / tens que / não podes / deves / precisas de" and a verb: what they must, must not or should do. */
// (Spanish's too, in a line that switches language: "Mija, tienes que call me directly when ...", "Tienes que do the bathroom check yourself";
// and Québec French's "Faut que tu re-run the gust cases ...".)
export const ROMANCE_YOU_MUST = /(?:^|[,;:—–]\s*)(?:\p{L}+,\s+)?(?:tu\s+|tú\s+)?(?:(?:tens\s+(?:de|que)|não\s+podes|nunca\s+podes|deves|precisas\s+de)\s+(?:\p{L}+-)?\p{L}+(?:ar|er|ir|or)\b|(?:tienes|tenés|tenes)\s+que\s+\p{L}{2,}|(?:il\s+)?faut\s+que\s+tu\s+(?:me\s+|le\s+|la\s+|les\s+)*\p{L}{2,}|(?:no\s+puedes|debes)\s+\p{L}+(?:ar|er|ir)\b)/u;
export const PORTUGUESE_WORDS = /\b(?:o|os|as|uma|um|com|sem|essa|esse|esses|essas|pro|pra|dias|semana|reunião|time|só|porque)\b/u;
/** Italian words no English note has: the sentence is Italian. */
export const ITALIAN_WORDS = /\b(?:il|della|delle|degli|che|per|sei|anche|così|sono|alle|con|una|uno)\b/;


export const FRENCH_TOLD = /\bje\s+(?:lui|leur)\s+ai\s+(?:dit|demandé|demande|rappelé|rappele|conseillé|conseille|ordonné|ordonne|expliqué\s+qu'il\s+fallait)\s+(?:de|d')|\bj['’]ai\s+(?:dit|demandé|demande|rappelé|rappele|conseillé|conseille|ordonné|ordonne)\s+(?:à|a)\s+(?!(?:tout|toute|tous|moi)\b)[a-zà-ÿœ'’-]+(?:\s+[a-zà-ÿœ'’-]+)?\s+(?:de\s|d['’])|^(?:(dis|demande|rappelle)-(?:lui|leur)\s+(?:de|d'))|\bil\s+faut\s+que\s+tu\b|\btu\s+(?:dois|devrais)\b|^((?:lui|leur)\s+(?:dire|demander|rappeler))\s+(?:de\s|d'|qu'|que\s)|^((?:le|la|les)\s+pousser)\s+à\s/;
/**
 * Notes kept partly in German: "Ich habe ihn gebeten, the RFC draft ... to share" (asked him to), "Ich habe ihm
 * gesagt, he must until Friday the tests fix" (told him, with what he must do; "gesagt, dass" and a statement is news).
 */
export const GERMAN_TOLD = /\bich\s+habe\s+(?:ihn|sie|ihm|ihr|ihnen)\s+(?:gebeten|angewiesen|aufgefordert|beauftragt)\b|\bich\s+habe\s+(?:ihm|ihr|ihnen)\s+(?:gesagt|klargemacht|deutlich\s+gemacht)\b(?=[^.;]*?\b(?:must|mustn't|should|has\s+to|have\s+to|needs\s+to|muss|soll|sollte|musst|sollst|never\s+again|nie\s+wieder)\b)/;
/**
 * Notes kept partly in Portuguese: "Pedi pra ela mandar o doc até sexta" (asked her to), "Falei pra ele colocar a senha no
 * cofre" (told him to; "falei pra ele que" and news is no telling; "eu falei pra ele to stop being the only reviewer", the
 * order in English after the Portuguese report), "Falar pra ela que ela precisa parar ..." and "Dizer pra
 * ele que tem que parar ..." (planned), "você precisa perguntar no canal" (you need to).
 */
export const PORTUGUESE_TOLD = /^((?:falar|dizer|pedir)\s+(?:pra|para)\s+(?:ele|ela|eles|elas)\s+(?:que\s+(?:ele\s+|ela\s+)?(?:precisa|tem\s+que|deve|não\s+pode)|\p{L}+(?:ar|er|ir)\b))|\b(?:pedi|falei|disse|mandei)\s+(?:pra|para|a)\s+(?:ele|ela|eles|elas)\s+(?:não\s+|nunca\s+)?(?!que\b)\p{L}+(?:ar|er|ir)\b|\b(?:pedi|falei|disse|mandei)\s+(?:pra|para|a)\s+(?:ele|ela|eles|elas)\s+to\s+(?!be\b)[a-z]+\b|\b(?:voc[eê]|vc)\s+(?:precisa|tem\s+que|deve)\s+\p{L}+(?:ar|er|ir)\b/u;
/**
 * Notes kept partly in Dutch: "ik heb hem gevraagd om ... te zetten" (asked him to), "ik heb gezegd dat hij ... moet
 * draaien" (told him he must; "gezegd dat ik ..." is the manager's own), "je moet ..." (you must).
 */
export const DUTCH_TOLD = /\bik\s+heb\s+(?:hem|haar|hen|ze)\s+gevraagd\s+om\b|\bik\s+heb\s+(?:(?:hem|haar|hen)\s+)?gezegd\s+dat\s+(?:hij|zij|ze)\b(?=[^.;]*\b(?:moet|moeten|mag\s+niet)\b)|(?:^|[,;:]\s*)je\s+moet\s+(?!niet\s+(?:zo|te)\b)/;
/** Said in French in the present, as an order: "Moi: Karim, tu arrêtes de faire les nuits toi-même, tu délègues", "tu recrutes en interne d'abord". */
/** Said to them in Spanish, an imperative after what opens the reply: "yo: sí, pero primero cierra el de accesibilidad". */
/**
 * A rule told in Spanish, its subject before its verb: "Le dije que los registros de EPP tienen que estar al 100% ...", "Le
 * dije que el desatado se verifica SIEMPRE antes de ingresar", "..., punto", "Le dije que el PETAR lo renueva él, no el
 * contratista" (not "le dije que siempre puede contar conmigo").
 */
export const SPANISH_TOLD_RULE = /\bles?\s+dije\s+que\b(?=[^.?!]{0,90}?(?:\b(?:tiene|tienen|debe|deben)\s+que\s+\p{L}|(?<!\bno\s)\bhay\s+que\s+\p{L}|\bse\s+\p{L}{3,}\s+(?:siempre|nunca)\b|\b(?:siempre|nunca)\s+se\s+\p{L}{3,}|\bsin\s+(?:excusas?|excepci[oó]n(?:es)?)\b|,\s*punto\b|\bno\s+es\s+opcional\b|(?:él|ella)\s*,\s*no\s+(?:el|la|los|las|yo)\b))/u;
/**
 * A Spanish imperative to "tú" that carries its pronoun, at the start or after a comma, before what it takes ("Explícale a tu
 * gente que ...", "Asegúrate de que cada guardia ...", "Pásame el informe"), or with its subject said ("presenta tú los
 * resultados, no yo"). (Not a noun with an accent and the same ending: "Límite de ...", "Título del ...".)
 */
export const SPANISH_TU_IMPERATIVE = /(?:^|,\s*)(?:(?:y|pero|ahora|ya|luego|porfa|por\s+favor)\s+)?(?:(?!\p{L}*(?:ndo|ulo|ula|ite|ites|inos|iles|ulos|ulas)\s)\p{Ll}*[áéíóú]\p{Ll}*(?:le|les|lo|la|los|las|te|me|nos|melo|selo|sela)\s+(?:a|al|de|del|el|la|los|las|que|un|una|mi|tu|su|con|esto|eso|todo|todos|todas)\s|\p{L}{3,}[ae]\s+tú\s)/u;
/** Nigerian Pidgin's ban at a clause's start: "no dey wait for Friday", "abeg no go sign am". */
export const PIDGIN_BAN = /(?:^|[,;:]\s*)(?:abeg,?\s+)?no\s+(?:dey|go)\s+[a-z]{3,}/;
/** Spanish's negative command to "tú": "no le respondas a ...", "no mandes ...", "ya no les ofrezcas ..." (no more), "no te preocupes" aside. */
export const SPANISH_NO_COMMAND = /(?:^|,\s*)ya\s+no\s+(?:(?:le|les|lo|la|los|las|me|nos)\s+)?(?!(?:te\s+preocupes|tengas|hay|es|era|est[aá]s)\b)\p{L}{3,}(?:as|es)\b|(?:^|,\s*)no\s+(?:(?:le|les|lo|la|los|las|me|nos)\s+)?(?!(?:te\s+preocupes|tengas|hay|es|era|est[aá]s)\b)\p{L}{3,}(?:as|es)\b(?=\s+(?:a|al|el|la|los|las|de|del|por|con|en|un|una|nada|eso|esto|m[aá]s|sin)\b)/u;
const ACCENTED = /[áéíóúâêîôû]/;
/** French "tu" imperatives that forbid, at the start or after a comma: "Arrête de ...", "Évite de ...". */
export const FRENCH_TU_STOP = /(?:^|,\s*)(?:[\p{L}-]+,\s+)?(?:arrête|arrêtez|évite|évitez)\s+(?:de\s+|d')\p{L}/u;
/** A French negative imperative: "ne prends pas ...", "ne te mets pas ...", "n'accepte plus ...". */
export const FRENCH_NE_PAS = /(?:^|,\s*)(?:ne\s+(?:(?:te|le|la|les|lui|leur|me|nous|vous)\s+|l'|t'|m')?|n')\p{L}{2,}\s+(?:pas|jamais|plus)\b/u;
/** Whether one of a sentence's first two words has an accented vowel ("Explícale ...", "Carlos, asegúrate ..."). */
export function accentedOpening(s: Sentence): boolean {
  for (let k = 0; k < 2 && k < s.words.length; k++) {
    const w = s.words[k].w;
    for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 127 && ACCENTED.test(w)) return true;
  }
  return false;
}
export const SPANISH_IMPERATIVE = /(?:^|,\s*)(?:(?:pero|y|ahora|ya|primero|ahorita)\s+)*(?:cierra|manda|mándame|env[ií]a|envíame|haz|pon|termina|revisa|escribe|llama|habla|av[ií]same|dime|deja|prueba|sube|arregla|documenta|prepara|agenda)\s+(?!de\b)\p{L}/u;
/** Said to them in French, an imperative first: "moi: écris le postmortem d'ici jeudi pis mets l'équipe sécu en cc". */
export const FRENCH_IMPERATIVE = /^(?:[\p{L}-]+,\s+)?(?:écris|envoie|mets|fais|arrête|appelle|finis|termine|ajoute|vérifie|corrige|garde|oublie|prépare|présente|réserve|documente)\s+(?!pas\b)[\p{L}'’]/u;
export const FRENCH_SAID = /^(?:[\p{L}-]+,\s+|pour\s+[^,]{1,30},\s+)?tu\s+(?!(?:es|as|étais|avais|sais|savais|crois|penses|trouves|veux|voulais|peux|pouvais|vas|allais|aimes|préfères|sembles|connais|vois|comprends)\b)(?:m'|me\s+|le\s+|la\s+|les\s+|l'|lui\s+)?\p{L}{2,}(?:es|is|ds|ts|x)\b/u;
/** Letters of the scripts below: Han (Chinese), Hebrew, Arabic, Devanagari (Hindi). */
export const HAN = /[\u4e00-\u9fff]/;
export const HEBREW_LETTER = /[\u05d0-\u05ea]/;
export const ARABIC_LETTER = /[\u0621-\u064a]/;
export const DEVANAGARI = /[\u0900-\u097f]/;
/**
 * Chinese: told by the manager, "我跟她说 D5 的永久对策周五前必须给我" (I told her ... must), "我提醒他：首件记录要按新模板填" (reminded
 * him: ... is to), what follows saying what they must, are to, or must not do (not "我跟她说客户已经同意了，问题不大", news, nor
 * "不一定要等", need not); made to, "我让她这周五之前把 ... 重新排一遍", "已经让她把 ... 导出来" (had her do it; not "总监让我们", the
 * director's); group 1, to be done: "让她下次 1:1 带上 ...", "跟他说 ... 必须 ...".
 */
export const CHINESE_TOLD = /(?:^|[，,；;：:\s])(?:我(?:已经|已經|已|也|又|还|還|再)?(?:(?:跟|和|对|给|向)(?:他|她)[们們]?)?(?:说|說|讲|講|强调|強調|交代|提醒|要求|嘱咐|囑咐|叮嘱|叮囑)(?:了|过)?(?:(?<![跟和对给向])(?:他|她)[们們]?)?|已[经經](?:提醒|要求|交代)(?:他|她)[们們]?)[：:，,\s]*(?=[^。？?]*?(?:必须|务必|(?<!不)一定要|(?<!不一定|不)要(?!不要|是|的)|不要|[别別]|不能再|不准|不许|马上|立刻|尽快|(?<!的)以[后後]|之[后後]))|(?:^|[，,；;：:\s])(?:我(?:已经|已經|已|也|又|还|還|再)?|已经|已經|有)(?:让|讓|叫|请|請|安排|要求)(?:他|她)[们們]?(?![们們])(?=\s*\S)|^((?:下次|回头|回頭|明天)?(?:让|讓|叫|请|請)(?:他|她)(?![们們])|(?:跟|告诉|告訴|提醒)(?:他|她)(?:说|說)?(?=[^。？?]*?(?:必须|务必|一定要|不要|[别別]|不能再)))/u;
/**
 * Put to them in Chinese: "你以后发现混料第一时间在群里 @ 我", "你要自己 own 到底", "你跟代理商沟通的邮件一律抄送我", "你都要先走 ECN 再上线" (you
 * must, are to, from now on, without exception); not "你要不要 ...？", "你觉得 ...", nor what they said ("他：...").
 */
export const CHINESE_YOU = /(?:^|[，,；;：:\s])你(?![觉覺认認想看说說问問])[^，。？?！!]{0,16}?(?:必须|务必|(?<!不)一定要|都要|(?<!不一定|不)要(?!不要|是|的|么|求我)|不要|[别別](?!人)|不能|不准|不许|一律|以[后後]|今[后後]|之[后後]|下次|得(?!到|了|很|挺))/u;
/** Someone else speaking in a Chinese line: "他：...", "她说："...", a quotation. */
export const CHINESE_OTHER_SPEAKER = /^(?:他|她|他[们們]|[\u4e00-\u9fff]{1,3})(?:说|說)?[：:]|(?:说|說|认为|認為|表示)[：:]?\s*["“「]/u;
/**
 * Hebrew: told or asked to, "אמרתי לה לתייג אותי ..." (told her to: an infinitive, "ל..."), "אמרתי לה לא לקחת ...", "אמרתי לו
 * שיעביר את ..." (that he will hand over: "ש" and a verb of the future), "ביקשתי ממנה להביא ..." (asked her to); not "אמרתי לו
 * שהלקוח מרוצה" (that the client is happy), news.
 */
export const HEBREW_TOLD = /(?:^|[\s,:])(?:אמרתי|ביקשתי|הנחיתי|הזכרתי|הבהרתי|הוריתי)\s+(?:לו|לה|להם|ממנו|ממנה|מהם|אותו|אותה)\s*:?\s*(?:ש(?!יש|תי\s|תיים)[יתנ]\p{L}{2,}|ל(?!גבי|פני|כן|מה|ידי|מרות|כל|א\s)\p{L}{2,}|לא\s+ל\p{L}{2,}|ש(?:הוא|היא|הם)\s+(?:חייב|חייבת|חייבים|צריך|צריכה|צריכים))/u;
/**
 * Put to them in Hebrew: their name, then a verb of the second person's future, a woman's ("נועה, תפצלי ...") or with its object
 * ("דניאל, תעביר את ..."), a rule from now on
 * ("מאיה, מהיום את כותבת ... כל בוקר"), "את חייבת / אתה צריך ל..." (you must, you need to).
 */
export const HEBREW_YOU = /^(?!(?:בסדר|אגב|כן|לא|טוב|אז|נו|אוקיי|תודה)\s*,)\p{L}{2,}\s*,\s+(?:אל\s+)?ת\p{L}{2,}(?:י(?!\p{L})|(?=\s+(?:את|על)\s))|(?:^|[\s,:])(?:מהיום|מעכשיו|מעתה|מחר)\s+(?:את|אתה|אתם)\s+\p{L}{2,}|(?:^|[\s,:])(?:את|אתה|אתם)\s+(?:חייב|חייבת|חייבים|צריך|צריכה|צריכים)\s+ל\p{L}{2,}/u;
/**
 * Hindi in Devanagari: told, "मैंने उसे बोला कि ... submit करे" (I told him that he ... do: the verb at its clause's end in the
 * subjunctive, "-े", "-ए", "-ें"; not a postposition, "से", "में", "के"), "मैंने उनसे कहा कि ... देख लें और gaps मुझे भेजें".
 */
export const HINDI_TOLD = /(?:मैंने|मैने)\s+(?:उसे|उसको|उससे|उन्हें|उनको|उनसे|इसे|इसको|इन्हें)\s+(?:(?:ये|यह|साफ़|साफ)\s+)?(?:भी\s+)?(?:बोला|कहा|समझाया|बताया|याद\s+दिलाया)\s+(?:था\s+)?(?:कि\s+)?(?=[^।?]*?(?<![\u0900-\u097f])(?!(?:से|में|के|ने|पे|हैं|थे|रहे|गए|हुए|पहले|अपने|सारे|वाले)(?![\u0900-\u097f]))[\u0900-\u097f]+(?:े|ए|ें|एं)\s*(?:[,।.!;—–]|और\s|$))/u;
/**
 * Put to them in Hindi: their name first, then an imperative of "tum" at a clause's end ("Priya, ... read-back करो और ... time
 * लिखो", "Anil, ... verify करो"); in Latin letters, an imperative with an ultimatum ("... koi solution nikaalo, warna roster change
 * karna padega", or else).
 */
export const HINDI_IMPERATIVE = /(?<![\u0900-\u097f])(?!को(?![\u0900-\u097f])|सो(?![\u0900-\u097f])|दो(?![\u0900-\u097f]))[\u0900-\u097f]+(?:ो|ओ)\s*(?=[,।.!;—–]|और\s|$)/u;
export const HINDI_ULTIMATUM = /\b(?:karo|karwao|karvao|nikaalo|nikalo|bhejo|likho|dekho|rakho|batao|lagao|banao|sudharo|suno|samjho)\s*,?\s+(?:warna|varna|nahi\s+to|nahin\s+to)\b/;
/**
 * Arabic: told, "قلت لها: لازم كل شكوى تتسجل ..." (I told her: it must ...), "طلبت منه إنه ..." (asked him to); put to them, their
 * name called ("يا أستاذة نور، لازم تبلغيني ...", you must tell me) or "انت / حضرتك" with "لازم" (must) and a verb of "you".
 */
export const ARABIC_SCRIPT_TOLD = /(?:^|\s)(?:قلت|قولت|طلبت|نبهت|أكدت|اكدت)\s*(?:له|لها|لهم|ليه|ليها|منه|منها|منهم|عليه|عليها)\s*[:،,]?\s*(?=[^.؟?]*?(?:لازم|ضروري|يجب|بلاش|(?:^|\s)(?:ما|لا|متـ?)\s*ت\p{L}|(?:إن|ان|أن)(?:ه|ها)?\s+(?:ي|ت)\p{L}))/u;
export const ARABIC_YOU_MUST = /(?:^|\s)يا\s+[^،,]{1,30}[،,]\s*(?:\p{L}+\s+){0,2}?(?:لازم|يجب|ضروري)\s+(?:عليك\s+)?(?:ت|ان\s+ت|أن\s+ت)\p{L}+|(?:^|\s)(?:انت|إنت|انتي|إنتي|حضرتك)\s+(?:لازم|يجب\s+عليك|ضروري)\s+ت\p{L}+/u;
/**
 * What they must, are to, or must not do, after a label of the manager's telling in another script ("قلت لها: لازم كل شكوى ...",
 * "אמרתי לו: אסור ...", "我跟她说: 必须 ..."): Arabic's "must", "don't"; Hebrew's "must", "forbidden", a woman's "you will"; Chinese's
 * "must", "are to", "don't", "from now on".
 */
export const OBLIGATION_OTHER_SCRIPT = /(?:^|\s)(?:لازم|يجب|ضروري|بلاش|(?:ما|لا)\s+ت\p{L}|مت\p{L}{3,}ش)|(?:^|\s)(?:חייב|חייבת|חייבים|צריך|צריכה|אסור|אל\s+ת\p{L}|ת\p{L}{2,}י(?!\p{L}))|必须|务必|(?<!不)一定要|(?<!不一定|不)要(?!不要|是|的)|不要|别(?!人)|不能|不准|不许/u;
/** Kana: the line is Japanese (its kanji are Han too). */
export const KANA = /[\u3040-\u30ff]/;
/**
 * Japanese: told to, "金曜までに ... 共有するように伝えた" (told him to share: "ように", then told, asked, instructed), "一人で抱え込まない
 * でと言った" (told her not to), "一声かけてと言った" (told him to speak up: "-te" and "to"); not "評価基準が変わったことを伝えた" (news:
 * "that ... changed"), nor hearsay or someone else's asking ("西村さんが ... 書くよう頼んだらしい").
 */
export const JAPANESE_TOLD = /(?:ように|よう|[てで](?:と|って)|ないで(?:と|って)?|(?:しろ|やれ|しなさい|ください|こと|るな)(?:と|って))\s*(?:言った|言いました|伝えた|伝えました|お願いした|お願いしました|頼んだ|頼みました|指示した|指示しました|注意した|注意しました|念を押した|言っておいた|伝えておいた|釘を刺した)/u;
export const JAPANESE_HEARSAY = /らしい|そうだ|そうです|とのこと|(?:さん|くん|ちゃん|様|部長|課長|社長|GM|PM|QA)が/iu;
/**
 * Put to them in Japanese, a request or an order at the sentence's end: "... 必ず書いてください" (please write), "... 持たせてくださいね",
 * "... 聞いてください", "... 抱え込まないで" (don't), "...しておいて"; not in a quotation ("「...ください」") nor after someone else's name and a
 * colon ("田中さん：「...」", "※テンプレ：...").
 */
export const JAPANESE_REQUEST = /(?:[てで](?:ください|下さい|くれ)(?:ね|よ)?|ないで(?:ください|下さい)?(?:ね)?|なさい|しておいて|すること)\s*[。！!]?\s*$/u;
export const JAPANESE_OTHER_SPEAKER = /^(?!自分|私|僕|俺|me\b)[^：:「」]{1,14}[：:]|「[^」]*$|^[^「]*「[^」]*[てで](?:ください|下さい)/u;
/**
 * Persian: told, "بهش گفتم که PRD رو تا جمعه نهایی کنه و بفرسته ..." (told him to finalise it and send it: a verb in the subjunctive,
 * or "باید", must), asked, "ازش خواستم که ... بنویسه"; not "بهش گفتم که headcount جدید ... تایید شده" (news), nor "بهش گفتم که CEO
 * می‌خواد همین رو ... نشون بده" (what someone else wants done).
 */
export const PERSIAN_LETTER = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/;
export const PERSIAN_TOLD = /(?:^|\s)(?:بهش|بهشون|به\s+(?:او|اون|ایشون|ایشان))\s+گفتم\s+(?:که\s+)?(?=(?![^.؟?]*می[\u200c\s]?خواه?د)[^.؟?]*?(?:(?:^|\s)باید\s|(?:^|\s)(?:کنه|بکنه|کند|بکند|بشه|شود|بشود|باشه|باشد|بده|بدهد|بذاره|بگذارد|بفرسته|بفرستد|بنویسه|بنویسد|بگیره|بگیرد|بیاره|بیاورد|بپرسه|بپرسد|بگه|بگوید|نکنه|نکند|نذاره|نفرسته)(?=[\s،,.]|$)|(?:^|\s)ب[^\s]{2,}ه(?=\s+(?:و|که|تا)\s|\s*[،,.]|\s*$)))|(?:^|\s)(?:ازش|ازشون|از\s+(?:او|اون|ایشون|ایشان))\s+خواستم\s+(?:که\s+)?\S/u;
/** Put to them in Persian: "please" first ("لطفاً این هفته یه روز کامل off بگیر"), or an imperative of "you" ending the sentence ("... مستقیم من رو tag کن", "... برای تیم بنویس"). */
export const PERSIAN_PLEASE = /^لطفا[ًً]?(?=\s)/u;
export const PERSIAN_IMPERATIVE = /(?:^|\s)(?:کن|بکن|نکن|بنویس|بفرست|بگیر|بذار|نذار|بده|بگو|بپرس|بخون|بیا|برو|بمون|بزن|ببین|نگه\s+دار|بساز|بریز)\s*[.!،]?\s*$/u;
/**
 * Thai: told or asked to, the subject dropped or the writer's ("บอกให้น้องเขียน runbook ...", "ขอให้น้องปิด runbook ให้เสร็จก่อน ...";
 * not "น้องขอให้ผมช่วย ..." nor "พี่ฝน (PM) บอกให้ทั้งทีม ...", theirs and someone else's), "บอกน้องว่า ..." with what they are to do
 * ("ให้", "ต้อง", "อย่า", "ห้าม", "ตั้งแต่นี้"; not "บอกน้องว่า calibration รอบนี้ปิดไปแล้ว", news).
 */
export const THAI_LETTER = /[\u0e01-\u0e5b]/;
export const THAI_TOLD = /^(?:(?:ผม|ฉัน|พี่)\s*)?(?:บอก|ขอ|สั่ง|เตือน)ให้(?!ผม|พี่|ฉัน|หนู)\S|^(?:(?:ผม|ฉัน|พี่)\s*)?(?:บอก|เตือน|ย้ำ)(?:น้อง|เขา|เธอ)ว่า(?=[^?]*?(?:ให้|ต้อง|อย่า|ห้าม|ตั้งแต่นี้))/u;
/**
 * Put to them in Thai: a request softened by "นะ" after "please", "a little", "try", "first" ("... ทุก 30 นาทีด้วยนะครับ", "...
 * สั้นลงหน่อยนะ", "ลองจับงาน ... ดูนะ"), or an order ("ให้", "ต้อง", "อย่า", "ห้าม") closed by "นะ"; not in a quotation, nor in what
 * someone said ("น้องบอกว่า ...").
 */
export const THAI_REQUEST = /(?:ด้วย|หน่อย|ดู|ก่อน)\s*นะ(?:ครับ|คะ|ค่ะ|คับ)?(?=[\s.!]|$)|(?:^|\s)(?:ต้อง|ให้|อย่า|ห้าม)\s*\S[^?]*?นะ(?:ครับ|คะ|ค่ะ|คับ)?(?=[\s.!]|$)/u;
export const THAI_NOT_MINE = /["“”]|บอกว่า|โพสต์ว่า|ถามว่า/u;
/** Bengali's letters. */
export const BENGALI_LETTER = /[\u0985-\u09f9]/;
/**
 * Bengali: told to, "ওকে বলেছি ... দেখিয়ে আসতে" (told him to: the verb in "-তে"; not "ওকে বলেছি এটা GM sir এর policy", news); put to
 * them, "তুমি ... check করবে" (you will: the future of "you" as an order), an imperative of "you" ("... আমাকে mail করো").
 */
export const BENGALI_TOLD = /(?:^|\s)(?:ওকে|তাকে|ওদের|তাদের|ওনাকে|ওঁকে)\s+(?:বলেছি|বললাম|বলে\s+দিয়েছি|বলে\s+দিলাম)(?=[^।?]*?[\u0980-\u09ff]+তে(?=[\s,।.]|$)(?!\s+(?:পার|চাই|হব|হয়|লাগ)))/u;
export const BENGALI_YOU = /(?:^|\s)তুমি\s[^।?]*?[\u0980-\u09ff]+বে(?=[\s,।.]|$)|(?:^|\s)(?:করো|পাঠাও|দাও|দেখো|বলো|লেখো|রাখো|জানাও|মেলাও|দেখাও)(?=\s*[,।.!]|\s*$)/u;
