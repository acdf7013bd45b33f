/* bloc-report-words.c: the report's interface words, one table per language.
 *
 * English is the key: a word the page shows is written in English in the code and looked up
 * here. Russian, Persian and Arabic each have a table of their own, which must translate every
 * English word of the list (tests/unit/test-report.c checks it, and that each translation keeps
 * the printf conversions of its English). A word the code asks for that the English list lacks
 * is a programming error, reported with g_critical().
 */
#include <string.h>

#include "bloc-report-private.h"

typedef struct {
    const char *english;
    const char *translation;
} Word;

/* Every word of the interface, in English. */
static const char *const english[] = {
    "Download SVG",
    "Download PNG",
    "Figure not drawn:",
    "The %s view shows the same data at this size.",
    "What-if",
    "Baseline",
    ", ",
    "current ties",
    "in %d",
    "%s to %s",
    "since %s",
    "until %s",
    "role",
    "(ended)",
    "(not in that year)",
    "Source:",
    "Names",
    "no, it has ended",
    "not in that year",
    "Index of entities",
    "Every entity of the dataset, by id, as bloc show gives it. A link to an entity anywhere in "
    "the page leads to its card.",
    "%u found",
    "Nothing found",
    "and %u more",
    "Selected:",
    "matched %s",
    "Copied %u rows",
    "Could not copy: select the table and copy it by hand",
    "Sort by %s",
    "Close",
    "Entity card",
    "Downloading",
    "Show the card",
    "%u of %u rows",
    "The what-if changes this section: the baseline is shown beside it.",
    "The what-if changes nothing in this section.",
    "Entities by kind",
    "Ties by role",
    "kind",
    "entities",
    "ties",
    "total",
    "The dataset",
    "Title",
    "Year",
    "Sources",
    "Groups",
    "The membership graph",
    "What the members of %s take part in, by coverage, %s",
    "entity",
    "coverage",
    "present",
    "absent",
    "Gaps of each member of %s, %s",
    "member",
    "gaps",
    "stays out of",
    "Participation gaps",
    "The dataset defines no group: make the report with --group to see whose gaps.",
    "Which of the %u members of %s take part in each entity that at least %u of them join, and who "
    "stays out.",
    "One short of complete:",
    "The pairs that share most memberships, %s",
    "actor",
    "shared",
    "weighted",
    "Jaccard",
    "overlap",
    "cosine",
    "via",
    "%u of the %u pairs that share at least one membership.",
    "Overlap",
    "Pairs of actors by the memberships they share: the overlap graph joins every pair that shares "
    "one, and the table lists what the closest pairs share (via).",
    "Centrality of the actors, by betweenness, %s",
    "bloc",
    "partners",
    "strength",
    "betweenness",
    "eigenvector",
    "PageRank",
    "blocs reached",
    "share outside its bloc",
    "two-mode degree",
    "two-mode betweenness",
    "Centrality",
    "Measures on the overlap graph of the actors, weighted by shared memberships (path lengths "
    "count a pair that shares more as nearer), and on the two-mode membership graph.",
    "Who bridges the blocs",
    "The actors that lie most often on the shortest paths between others (betweenness), with the "
    "blocs their partners belong to and the share of their overlap outside their own bloc (see "
    "Communities).",
    "betweenness %s, partners in %u blocs, %s%% of its overlap outside bloc %u",
    "Blocs of actors, %s",
    "size",
    "members",
    "what every member takes part in",
    "Communities",
    "Blocs found by the Leiden method on the overlap graph of the actors, weighted by shared "
    "memberships (modularity %s). The overlap figure colours them.",
    "Member sets and the sets they fall within, %s",
    "entities with this member set",
    "within",
    "holds",
    "Nesting",
    "Which member sets fall within which: entities with the same members are merged, and each set "
    "is joined to the smallest sets that hold it (at least 2 members).",
    "Joins and exits by year",
    "Joins and exits by year, up to %d",
    "year",
    "change",
    "who",
    "what",
    "%u ties have no start date, so no join.",
    "Timeline",
    "baseline:",
    "Filter rows",
    "Copy as CSV",
    "changed",
    "new in the what-if",
    "not in the what-if",
    "Skip to the report",
    "What-if scenario:",
    "Every section shows the data with these changes; where a result differs, the baseline (the "
    "data as it is) is shown beside it.",
    "Contents",
    "Find an entity",
    "by id or by any name in any language, as bloc find",
    "Clear the selection",
    "Made with bloc %s. The figures are those of bloc render; the tables, those of the commands of "
    "the same names.",
    "Name",
    "Years",
    "Region",
    "Seat",
    "Note",
    "Exists",
    "Takes part in",
    "Who takes part",
    "country",
    "person",
    "organization",
    "body",
    "agreement",
    "programme",
    "forum",
    "exercise",
    "associate",
    "observer",
    "partner",
    "signatory",
    "party",
    "participant",
    "donor",
    "implementer",
    "part_of",
    "host",
    "join",
    "exit",
    "gap_opened",
    "gap_closed",
    "founding",
    NULL,
};

/* Russian. */
static const Word words_ru[] = {
    { "Download SVG", "Скачать SVG" },
    { "Download PNG", "Скачать PNG" },
    { "Figure not drawn:", "Рисунок не построен:" },
    { "The %s view shows the same data at this size.",
      "Вид %s показывает те же данные при таком размере." },
    { "What-if", "Сценарий «что если»" },
    { "Baseline", "Исходные данные" },
    { ", ", ", " },
    { "current ties", "текущие связи" },
    { "in %d", "в %d году" },
    { "%s to %s", "с %s по %s" },
    { "since %s", "с %s" },
    { "until %s", "до %s" },
    { "role", "роль" },
    { "(ended)", "(завершено)" },
    { "(not in that year)", "(не в этом году)" },
    { "Source:", "Источник:" },
    { "Names", "Названия" },
    { "no, it has ended", "нет, прекратило существование" },
    { "not in that year", "не в этом году" },
    { "Index of entities", "Указатель сущностей" },
    { "Every entity of the dataset, by id, as bloc show gives it. A link to an entity anywhere in "
      "the page leads to its card.",
      "Все сущности набора данных по идентификатору, как их выводит bloc show. Ссылка на сущность "
      "в любом месте страницы ведёт к её карточке." },
    { "%u found", "Найдено: %u" },
    { "Nothing found", "Ничего не найдено" },
    { "and %u more", "и ещё %u" },
    { "Selected:", "Выбрано:" },
    { "matched %s", "совпадение: %s" },
    { "Copied %u rows", "Скопировано строк: %u" },
    { "Could not copy: select the table and copy it by hand",
      "Не удалось скопировать: выделите таблицу и скопируйте её вручную" },
    { "Sort by %s", "Сортировать по: %s" },
    { "Close", "Закрыть" },
    { "Entity card", "Карточка сущности" },
    { "Downloading", "Загрузка" },
    { "Show the card", "Показать карточку" },
    { "%u of %u rows", "%u из %u строк" },
    { "The what-if changes this section: the baseline is shown beside it.",
      "Сценарий меняет этот раздел: рядом показаны исходные данные." },
    { "The what-if changes nothing in this section.", "Сценарий ничего не меняет в этом разделе." },
    { "Entities by kind", "Сущности по видам" },
    { "Ties by role", "Связи по ролям" },
    { "kind", "вид" },
    { "entities", "сущности" },
    { "ties", "связи" },
    { "total", "всего" },
    { "The dataset", "Набор данных" },
    { "Title", "Название" },
    { "Year", "Год" },
    { "Sources", "Источники" },
    { "Groups", "Группы" },
    { "The membership graph", "Граф членства" },
    { "What the members of %s take part in, by coverage, %s",
      "В чём участвуют члены группы %s, по охвату, %s" },
    { "entity", "сущность" },
    { "coverage", "охват" },
    { "present", "участвуют" },
    { "absent", "отсутствуют" },
    { "Gaps of each member of %s, %s", "Пробелы каждого члена группы %s, %s" },
    { "member", "член" },
    { "gaps", "пробелы" },
    { "stays out of", "не участвует в" },
    { "Participation gaps", "Пробелы в участии" },
    { "The dataset defines no group: make the report with --group to see whose gaps.",
      "В наборе данных нет групп: задайте --group, чтобы увидеть пробелы." },
    { "Which of the %u members of %s take part in each entity that at least %u of them join, and "
      "who stays out.",
      "Кто из %u членов группы %s участвует в каждой сущности, к которой присоединились не менее "
      "%u из них, и кто остаётся в стороне." },
    { "One short of complete:", "Не хватает одного:" },
    { "The pairs that share most memberships, %s", "Пары с наибольшим числом общих членств, %s" },
    { "actor", "актор" },
    { "shared", "общих" },
    { "weighted", "взвешенно" },
    { "Jaccard", "Жаккар" },
    { "overlap", "перекрытие" },
    { "cosine", "косинус" },
    { "via", "через" },
    { "%u of the %u pairs that share at least one membership.",
      "%u из %u пар, у которых есть хотя бы одно общее членство." },
    { "Overlap", "Перекрытие" },
    { "Pairs of actors by the memberships they share: the overlap graph joins every pair that "
      "shares one, and the table lists what the closest pairs share (via).",
      "Пары акторов по общим членствам: граф перекрытия соединяет каждую пару, у которой есть "
      "общее членство, а таблица перечисляет, что объединяет самые близкие пары (через)." },
    { "Centrality of the actors, by betweenness, %s",
      "Центральность акторов, по посредничеству, %s" },
    { "bloc", "блок" },
    { "partners", "партнёры" },
    { "strength", "сила" },
    { "betweenness", "посредничество" },
    { "eigenvector", "собственный вектор" },
    { "PageRank", "PageRank" },
    { "blocs reached", "охваченные блоки" },
    { "share outside its bloc", "доля вне своего блока" },
    { "two-mode degree", "степень (двудольный граф)" },
    { "two-mode betweenness", "посредничество (двудольный граф)" },
    { "Centrality", "Центральность" },
    { "Measures on the overlap graph of the actors, weighted by shared memberships (path lengths "
      "count a pair that shares more as nearer), and on the two-mode membership graph.",
      "Меры на графе перекрытия акторов, взвешенном по общим членствам (пара с большим числом "
      "общих членств считается ближе), и на двудольном графе членства." },
    { "Who bridges the blocs", "Кто связывает блоки" },
    { "The actors that lie most often on the shortest paths between others (betweenness), with the "
      "blocs their partners belong to and the share of their overlap outside their own bloc (see "
      "Communities).",
      "Акторы, которые чаще всего лежат на кратчайших путях между другими (посредничество), с "
      "блоками, к которым принадлежат их партнёры, и долей их перекрытия вне своего блока (см. "
      "«Сообщества»)." },
    { "betweenness %s, partners in %u blocs, %s%% of its overlap outside bloc %u",
      "посредничество %s, партнёры в блоках: %u, %s%% перекрытия вне блока %u" },
    { "Blocs of actors, %s", "Блоки акторов, %s" },
    { "size", "размер" },
    { "members", "члены" },
    { "what every member takes part in", "в чём участвуют все члены" },
    { "Communities", "Сообщества" },
    { "Blocs found by the Leiden method on the overlap graph of the actors, weighted by shared "
      "memberships (modularity %s). The overlap figure colours them.",
      "Блоки, найденные методом Лейдена на графе перекрытия акторов, взвешенном по общим членствам "
      "(модулярность %s). На рисунке перекрытия они выделены цветом." },
    { "Member sets and the sets they fall within, %s",
      "Составы членов и составы, в которые они входят, %s" },
    { "entities with this member set", "сущности с этим составом" },
    { "within", "входит в" },
    { "holds", "включает" },
    { "Nesting", "Вложенность" },
    { "Which member sets fall within which: entities with the same members are merged, and each "
      "set is joined to the smallest sets that hold it (at least 2 members).",
      "Какие составы членов входят в какие: сущности с одинаковыми членами объединены, и каждый "
      "состав соединён с наименьшими составами, которые его включают (не менее 2 членов)." },
    { "Joins and exits by year", "Вступления и выходы по годам" },
    { "Joins and exits by year, up to %d", "Вступления и выходы по годам, до %d" },
    { "year", "год" },
    { "change", "изменение" },
    { "who", "кто" },
    { "what", "что" },
    { "%u ties have no start date, so no join.", "У связей без даты начала (%u) нет вступления." },
    { "Timeline", "Хронология" },
    { "baseline:", "исходно:" },
    { "Filter rows", "Отбор строк" },
    { "Copy as CSV", "Копировать как CSV" },
    { "changed", "изменено" },
    { "new in the what-if", "новое в сценарии" },
    { "not in the what-if", "нет в сценарии" },
    { "Skip to the report", "Перейти к отчёту" },
    { "What-if scenario:", "Сценарий «что если»:" },
    { "Every section shows the data with these changes; where a result differs, the baseline (the "
      "data as it is) is shown beside it.",
      "Каждый раздел показывает данные с этими изменениями; где результат отличается, рядом "
      "показаны исходные данные (данные как есть)." },
    { "Contents", "Содержание" },
    { "Find an entity", "Найти сущность" },
    { "by id or by any name in any language, as bloc find",
      "по идентификатору или любому названию на любом языке, как bloc find" },
    { "Clear the selection", "Снять выделение" },
    { "Made with bloc %s. The figures are those of bloc render; the tables, those of the commands "
      "of the same names.",
      "Сделано с помощью bloc %s. Рисунки — те же, что у bloc render; таблицы — те же, что у "
      "одноимённых команд." },
    { "Name", "Название" },
    { "Years", "Годы" },
    { "Region", "Регион" },
    { "Seat", "Местонахождение" },
    { "Note", "Примечание" },
    { "Exists", "Существует" },
    { "Takes part in", "Участвует в" },
    { "Who takes part", "Кто участвует" },
    { "country", "страна" },
    { "person", "человек" },
    { "organization", "организация" },
    { "body", "орган" },
    { "agreement", "соглашение" },
    { "programme", "программа" },
    { "forum", "форум" },
    { "exercise", "учения" },
    { "associate", "ассоциированный член" },
    { "observer", "наблюдатель" },
    { "partner", "партнёр" },
    { "signatory", "подписант" },
    { "party", "участник договора" },
    { "participant", "участник" },
    { "donor", "донор" },
    { "implementer", "исполнитель" },
    { "part_of", "часть" },
    { "host", "принимающая сторона" },
    { "join", "вступление" },
    { "exit", "выход" },
    { "gap_opened", "пробел открылся" },
    { "gap_closed", "пробел закрылся" },
    { "founding", "учреждение" },
    { NULL, NULL },
};

/* Persian. */
static const Word words_fa[] = {
    { "Download SVG", "دریافت SVG" },
    { "Download PNG", "دریافت PNG" },
    { "Figure not drawn:", "نمودار رسم نشد:" },
    { "The %s view shows the same data at this size.",
      "نمای %s همین داده‌ها را در این اندازه "
      "نشان می‌دهد." },
    { "What-if", "سناریوی «اگر»" },
    { "Baseline", "داده‌های پایه" },
    { ", ", "، " },
    { "current ties", "پیوندهای کنونی" },
    { "in %d", "در سال %d" },
    { "%s to %s", "از %s تا %s" },
    { "since %s", "از %s" },
    { "until %s", "تا %s" },
    { "role", "نقش" },
    { "(ended)", "(پایان‌یافته)" },
    { "(not in that year)", "(نه در آن سال)" },
    { "Source:", "منبع:" },
    { "Names", "نام‌ها" },
    { "no, it has ended", "نه، پایان یافته است" },
    { "not in that year", "نه در آن سال" },
    { "Index of entities", "فهرست موجودیت‌ها" },
    { "Every entity of the dataset, by id, as bloc show gives it. A link to an entity anywhere in "
      "the page leads to its card.",
      "همهٔ موجودیت‌های مجموعهٔ داده به ترتیب شناسه، همان‌گونه که bloc show نشان می‌دهد. "
      "پیوند "
      "هر موجودیت در هر جای صفحه به کارت آن می‌رسد." },
    { "%u found", "%u مورد یافت شد" },
    { "Nothing found", "چیزی یافت نشد" },
    { "and %u more", "و %u مورد دیگر" },
    { "Selected:", "انتخاب‌شده:" },
    { "matched %s", "منطبق با %s" },
    { "Copied %u rows", "%u ردیف رونوشت شد" },
    { "Could not copy: select the table and copy it by hand",
      "رونوشت ممکن نشد: جدول را انتخاب و دستی رونوشت کنید" },
    { "Sort by %s", "مرتب‌سازی بر پایهٔ %s" },
    { "Close", "بستن" },
    { "Entity card", "کارت موجودیت" },
    { "Downloading", "در حال دریافت" },
    { "Show the card", "نمایش کارت" },
    { "%u of %u rows", "%u از %u ردیف" },
    { "The what-if changes this section: the baseline is shown beside it.",
      "سناریو این بخش را تغییر می‌دهد: داده‌های پایه در کنار آن "
      "آمده "
      "است." },
    { "The what-if changes nothing in this section.",
      "سناریو چیزی را در این بخش تغییر نمی‌دهد." },
    { "Entities by kind", "موجودیت‌ها بر پایهٔ گونه" },
    { "Ties by role", "پیوندها بر پایهٔ نقش" },
    { "kind", "گونه" },
    { "entities", "موجودیت‌ها" },
    { "ties", "پیوندها" },
    { "total", "جمع" },
    { "The dataset", "مجموعهٔ داده" },
    { "Title", "عنوان" },
    { "Year", "سال" },
    { "Sources", "منابع" },
    { "Groups", "گروه‌ها" },
    { "The membership graph", "گراف عضویت" },
    { "What the members of %s take part in, by coverage, %s",
      "آنچه اعضای %s در آن شرکت دارند، بر پایهٔ پوشش، %s" },
    { "entity", "موجودیت" },
    { "coverage", "پوشش" },
    { "present", "حاضر" },
    { "absent", "غایب" },
    { "Gaps of each member of %s, %s", "شکاف‌های هر عضو %s، %s" },
    { "member", "عضو" },
    { "gaps", "شکاف‌ها" },
    { "stays out of", "بیرون از" },
    { "Participation gaps", "شکاف‌های مشارکت" },
    { "The dataset defines no group: make the report with --group to see whose gaps.",
      "مجموعهٔ داده گروهی تعریف نمی‌کند: گزارش را با ‎--group بسازید تا شکاف‌ها "
      "را "
      "ببینید." },
    { "Which of the %u members of %s take part in each entity that at least %u of them join, and "
      "who stays out.",
      "کدام یک از %u عضو %s در هر موجودیتی که دست‌کم %u تن از آنان به آن پیوسته‌اند شرکت "
      "دارد، "
      "و چه کسی بیرون می‌ماند." },
    { "One short of complete:", "یکی کمتر از کامل:" },
    { "The pairs that share most memberships, %s",
      "جفت‌هایی که بیشترین عضویت مشترک را دارند، %s" },
    { "actor", "کنشگر" },
    { "shared", "مشترک" },
    { "weighted", "وزن‌دار" },
    { "Jaccard", "ژاکار" },
    { "overlap", "همپوشانی" },
    { "cosine", "کسینوس" },
    { "via", "از راه" },
    { "%u of the %u pairs that share at least one membership.",
      "%u از %u جفتی که دست‌کم یک عضویت مشترک دارند." },
    { "Overlap", "همپوشانی" },
    { "Pairs of actors by the memberships they share: the overlap graph joins every pair that "
      "shares one, and the table lists what the closest pairs share (via).",
      "جفت‌های کنشگران بر پایهٔ عضویت‌های مشترکشان: گراف همپوشانی هر جفتی را که عضویتی "
      "مشترک "
      "دارند به هم می‌پیوندد، و جدول نشان می‌دهد نزدیک‌ترین جفت‌ها در چه چیزی "
      "شریک‌اند "
      "(از راه)." },
    { "Centrality of the actors, by betweenness, %s", "مرکزیت کنشگران، بر پایهٔ بینابینی، %s" },
    { "bloc", "بلوک" },
    { "partners", "شریکان" },
    { "strength", "قدرت" },
    { "betweenness", "بینابینی" },
    { "eigenvector", "بردار ویژه" },
    { "PageRank", "PageRank" },
    { "blocs reached", "بلوک‌های دردسترس" },
    { "share outside its bloc", "سهم بیرون از بلوک خود" },
    { "two-mode degree", "درجه (گراف دوبخشی)" },
    { "two-mode betweenness", "بینابینی (گراف دوبخشی)" },
    { "Centrality", "مرکزیت" },
    { "Measures on the overlap graph of the actors, weighted by shared memberships (path lengths "
      "count a pair that shares more as nearer), and on the two-mode membership graph.",
      "سنجه‌هایی روی گراف همپوشانی کنشگران، وزن‌دار با عضویت‌های مشترک (جفتی که "
      "اشتراک "
      "بیشتری دارد نزدیک‌تر شمرده می‌شود)، و روی گراف "
      "دوبخشی "
      "عضویت." },
    { "Who bridges the blocs",
      "چه کسی بلوک‌ها را به هم پیوند می‌دهد" },
    { "The actors that lie most often on the shortest paths between others (betweenness), with the "
      "blocs their partners belong to and the share of their overlap outside their own bloc (see "
      "Communities).",
      "کنشگرانی که بیش از همه بر کوتاه‌ترین مسیرهای میان دیگران قرار دارند (بینابینی)، همراه "
      "با "
      "بلوک‌هایی که شریکانشان به آن‌ها تعلق دارند و سهم همپوشانی‌شان بیرون از بلوک خود "
      "(نگاه "
      "کنید به «اجتماع‌ها»)." },
    { "betweenness %s, partners in %u blocs, %s%% of its overlap outside bloc %u",
      "بینابینی %s، شریکان در %u بلوک، %s%% از همپوشانی بیرون از بلوک %u" },
    { "Blocs of actors, %s", "بلوک‌های کنشگران، %s" },
    { "size", "اندازه" },
    { "members", "اعضا" },
    { "what every member takes part in", "آنچه همهٔ اعضا در آن شرکت دارند" },
    { "Communities", "اجتماع‌ها" },
    { "Blocs found by the Leiden method on the overlap graph of the actors, weighted by shared "
      "memberships (modularity %s). The overlap figure colours them.",
      "بلوک‌هایی که روش لایدن روی گراف همپوشانی کنشگران، وزن‌دار با عضویت‌های مشترک، "
      "یافته "
      "است (پیمانگی %s). نمودار همپوشانی آن‌ها را رنگ "
      "می‌کند." },
    { "Member sets and the sets they fall within, %s", "مجموعه‌های اعضا و مجموعه‌هایی که در "
                                                       "آن‌ها جای می‌گیرند، "
                                                       "%s" },
    { "entities with this member set", "موجودیت‌های با این اعضا" },
    { "within", "درون" },
    { "holds", "دربردارد" },
    { "Nesting", "تودرتویی" },
    { "Which member sets fall within which: entities with the same members are merged, and each "
      "set is joined to the smallest sets that hold it (at least 2 members).",
      "کدام مجموعهٔ اعضا درون کدام جای می‌گیرد: موجودیت‌های با اعضای یکسان ادغام شده‌اند، "
      "و "
      "هر مجموعه به کوچک‌ترین مجموعه‌هایی که آن را دربردارند پیوسته است (دست‌کم "
      "2 "
      "عضو)." },
    { "Joins and exits by year", "پیوستن‌ها و خروج‌ها بر پایهٔ سال" },
    { "Joins and exits by year, up to %d",
      "پیوستن‌ها و خروج‌ها بر پایهٔ سال، تا %d" },
    { "year", "سال" },
    { "change", "تغییر" },
    { "who", "چه کسی" },
    { "what", "چه چیزی" },
    { "%u ties have no start date, so no join.",
      "%u پیوند تاریخ آغاز ندارند، پس پیوستنی برایشان نیست." },
    { "Timeline", "گاه‌شمار" },
    { "baseline:", "پایه:" },
    { "Filter rows", "پالایش ردیف‌ها" },
    { "Copy as CSV", "رونوشت به‌صورت CSV" },
    { "changed", "تغییرکرده" },
    { "new in the what-if", "تازه در سناریو" },
    { "not in the what-if", "نه در سناریو" },
    { "Skip to the report", "رفتن به گزارش" },
    { "What-if scenario:", "سناریوی «اگر»:" },
    { "Every section shows the data with these changes; where a result differs, the baseline (the "
      "data as it is) is shown beside it.",
      "هر بخش داده‌ها را با این تغییرها نشان می‌دهد؛ هر جا نتیجه فرق کند، داده‌های "
      "پایه "
      "(داده‌ها چنان‌که هستند) در کنار آن آمده است." },
    { "Contents", "فهرست" },
    { "Find an entity", "یافتن موجودیت" },
    { "by id or by any name in any language, as bloc find",
      "با شناسه یا هر نامی به هر زبانی، مانند bloc find" },
    { "Clear the selection", "پاک کردن انتخاب" },
    { "Made with bloc %s. The figures are those of bloc render; the tables, those of the commands "
      "of the same names.",
      "ساخته‌شده با bloc %s. نمودارها همان‌های bloc render اند؛ جدول‌ها، "
      "همان‌های "
      "فرمان‌های هم‌نام." },
    { "Name", "نام" },
    { "Years", "سال‌ها" },
    { "Region", "منطقه" },
    { "Seat", "مقر" },
    { "Note", "یادداشت" },
    { "Exists", "وجود دارد" },
    { "Takes part in", "شرکت دارد در" },
    { "Who takes part", "چه کسانی شرکت دارند" },
    { "country", "کشور" },
    { "person", "شخص" },
    { "organization", "سازمان" },
    { "body", "نهاد" },
    { "agreement", "توافق‌نامه" },
    { "programme", "برنامه" },
    { "forum", "همایش" },
    { "exercise", "رزمایش" },
    { "associate", "عضو وابسته" },
    { "observer", "ناظر" },
    { "partner", "شریک" },
    { "signatory", "امضاکننده" },
    { "party", "طرف" },
    { "participant", "شرکت‌کننده" },
    { "donor", "کمک‌کننده" },
    { "implementer", "مجری" },
    { "part_of", "بخشی از" },
    { "host", "میزبان" },
    { "join", "پیوستن" },
    { "exit", "خروج" },
    { "gap_opened", "شکاف باز شد" },
    { "gap_closed", "شکاف بسته شد" },
    { "founding", "تأسیس" },
    { NULL, NULL },
};

/* Arabic. */
static const Word words_ar[] = {
    { "Download SVG", "تنزيل SVG" },
    { "Download PNG", "تنزيل PNG" },
    { "Figure not drawn:", "لم يُرسم الشكل:" },
    { "The %s view shows the same data at this size.", "يعرض العرض %s البيانات نفسها بهذا الحجم." },
    { "What-if", "سيناريو «ماذا لو»" },
    { "Baseline", "البيانات الأساسية" },
    { ", ", "، " },
    { "current ties", "الروابط الحالية" },
    { "in %d", "في عام %d" },
    { "%s to %s", "من %s إلى %s" },
    { "since %s", "منذ %s" },
    { "until %s", "حتى %s" },
    { "role", "الدور" },
    { "(ended)", "(انتهى)" },
    { "(not in that year)", "(ليس في تلك السنة)" },
    { "Source:", "المصدر:" },
    { "Names", "الأسماء" },
    { "no, it has ended", "لا، انتهى" },
    { "not in that year", "ليس في تلك السنة" },
    { "Index of entities", "فهرس الكيانات" },
    { "Every entity of the dataset, by id, as bloc show gives it. A link to an entity anywhere in "
      "the page leads to its card.",
      "كل كيانات مجموعة البيانات مرتبة بالمعرّف، كما يعرضها bloc show. يقود رابط أي كيان في أي مكان "
      "من الصفحة إلى بطاقته." },
    { "%u found", "عُثر على %u" },
    { "Nothing found", "لم يُعثر على شيء" },
    { "and %u more", "و%u أخرى" },
    { "Selected:", "المحدد:" },
    { "matched %s", "تطابق في %s" },
    { "Copied %u rows", "نُسخ %u صفاً" },
    { "Could not copy: select the table and copy it by hand",
      "تعذّر النسخ: حدّد الجدول وانسخه يدوياً" },
    { "Sort by %s", "الترتيب حسب %s" },
    { "Close", "إغلاق" },
    { "Entity card", "بطاقة الكيان" },
    { "Downloading", "جارٍ التنزيل" },
    { "Show the card", "عرض البطاقة" },
    { "%u of %u rows", "%u من %u صفاً" },
    { "The what-if changes this section: the baseline is shown beside it.",
      "يغيّر السيناريو هذا القسم: تُعرض البيانات الأساسية بجانبه." },
    { "The what-if changes nothing in this section.", "لا يغيّر السيناريو شيئاً في هذا القسم." },
    { "Entities by kind", "الكيانات حسب النوع" },
    { "Ties by role", "الروابط حسب الدور" },
    { "kind", "النوع" },
    { "entities", "الكيانات" },
    { "ties", "الروابط" },
    { "total", "المجموع" },
    { "The dataset", "مجموعة البيانات" },
    { "Title", "العنوان" },
    { "Year", "السنة" },
    { "Sources", "المصادر" },
    { "Groups", "المجموعات" },
    { "The membership graph", "مخطط العضوية" },
    { "What the members of %s take part in, by coverage, %s",
      "ما يشارك فيه أعضاء %s، حسب التغطية، %s" },
    { "entity", "الكيان" },
    { "coverage", "التغطية" },
    { "present", "الحاضرون" },
    { "absent", "الغائبون" },
    { "Gaps of each member of %s, %s", "فجوات كل عضو في %s، %s" },
    { "member", "عضو" },
    { "gaps", "الفجوات" },
    { "stays out of", "يبقى خارج" },
    { "Participation gaps", "فجوات المشاركة" },
    { "The dataset defines no group: make the report with --group to see whose gaps.",
      "لا تعرّف مجموعة البيانات أي مجموعة: أنشئ التقرير مع ‎--group "
      "لترى "
      "الفجوات." },
    { "Which of the %u members of %s take part in each entity that at least %u of them join, and "
      "who stays out.",
      "أيّ الأعضاء الـ%u في %s يشارك في كل كيان ينضم إليه %u منهم على الأقل، ومن يبقى خارجه." },
    { "One short of complete:", "ينقصه عضو واحد:" },
    { "The pairs that share most memberships, %s", "الأزواج الأكثر اشتراكاً في العضويات، %s" },
    { "actor", "الفاعل" },
    { "shared", "المشتركة" },
    { "weighted", "الموزون" },
    { "Jaccard", "جاكار" },
    { "overlap", "التداخل" },
    { "cosine", "جيب التمام" },
    { "via", "عبر" },
    { "%u of the %u pairs that share at least one membership.",
      "%u من أصل %u زوجاً تشترك في عضوية واحدة على الأقل." },
    { "Overlap", "التداخل" },
    { "Pairs of actors by the memberships they share: the overlap graph joins every pair that "
      "shares one, and the table lists what the closest pairs share (via).",
      "أزواج الفاعلين حسب العضويات المشتركة: يصل مخطط التداخل بين كل زوج يشترك في عضوية، ويبيّن "
      "الجدول ما يشترك فيه أقرب الأزواج (عبر)." },
    { "Centrality of the actors, by betweenness, %s", "مركزية الفاعلين، حسب البينية، %s" },
    { "bloc", "الكتلة" },
    { "partners", "الشركاء" },
    { "strength", "القوة" },
    { "betweenness", "البينية" },
    { "eigenvector", "المتجه الذاتي" },
    { "PageRank", "PageRank" },
    { "blocs reached", "الكتل المتصلة" },
    { "share outside its bloc", "النسبة خارج كتلته" },
    { "two-mode degree", "الدرجة (المخطط الثنائي)" },
    { "two-mode betweenness", "البينية (المخطط الثنائي)" },
    { "Centrality", "المركزية" },
    { "Measures on the overlap graph of the actors, weighted by shared memberships (path lengths "
      "count a pair that shares more as nearer), and on the two-mode membership graph.",
      "مقاييس على مخطط تداخل الفاعلين، موزونةً بالعضويات المشتركة (يُعدّ الزوج الأكثر اشتراكاً أقرب)، "
      "وعلى مخطط العضوية الثنائي." },
    { "Who bridges the blocs", "من يربط بين الكتل" },
    { "The actors that lie most often on the shortest paths between others (betweenness), with the "
      "blocs their partners belong to and the share of their overlap outside their own bloc (see "
      "Communities).",
      "الفاعلون الأكثر وقوعاً على أقصر المسارات بين غيرهم (البينية)، مع الكتل التي ينتمي إليها "
      "شركاؤهم ونسبة تداخلهم خارج كتلتهم (انظر «المجتمعات»)." },
    { "betweenness %s, partners in %u blocs, %s%% of its overlap outside bloc %u",
      "البينية %s، شركاء في %u كتل، %s%% من التداخل خارج الكتلة %u" },
    { "Blocs of actors, %s", "كتل الفاعلين، %s" },
    { "size", "الحجم" },
    { "members", "الأعضاء" },
    { "what every member takes part in", "ما يشارك فيه كل الأعضاء" },
    { "Communities", "المجتمعات" },
    { "Blocs found by the Leiden method on the overlap graph of the actors, weighted by shared "
      "memberships (modularity %s). The overlap figure colours them.",
      "كتل وجدتها طريقة لايدن على مخطط تداخل الفاعلين، موزوناً بالعضويات المشتركة (النمطية %s). "
      "يلوّنها شكل التداخل." },
    { "Member sets and the sets they fall within, %s",
      "مجموعات الأعضاء والمجموعات التي تقع ضمنها، %s" },
    { "entities with this member set", "الكيانات ذات هذه المجموعة من الأعضاء" },
    { "within", "ضمن" },
    { "holds", "يضم" },
    { "Nesting", "التضمّن" },
    { "Which member sets fall within which: entities with the same members are merged, and each "
      "set is joined to the smallest sets that hold it (at least 2 members).",
      "أيّ مجموعات الأعضاء تقع ضمن أيّها: تُدمج الكيانات ذات الأعضاء أنفسهم، وتُوصل كل مجموعة بأصغر "
      "المجموعات التي تضمها (عضوان على الأقل)." },
    { "Joins and exits by year", "الانضمامات والانسحابات حسب السنة" },
    { "Joins and exits by year, up to %d", "الانضمامات والانسحابات حسب السنة، حتى %d" },
    { "year", "السنة" },
    { "change", "التغيير" },
    { "who", "من" },
    { "what", "ماذا" },
    { "%u ties have no start date, so no join.", "%u من الروابط بلا تاريخ بداية، فلا انضمام لها." },
    { "Timeline", "التسلسل الزمني" },
    { "baseline:", "الأساس:" },
    { "Filter rows", "تصفية الصفوف" },
    { "Copy as CSV", "نسخ بصيغة CSV" },
    { "changed", "تغيّر" },
    { "new in the what-if", "جديد في السيناريو" },
    { "not in the what-if", "ليس في السيناريو" },
    { "Skip to the report", "الانتقال إلى التقرير" },
    { "What-if scenario:", "سيناريو «ماذا لو»:" },
    { "Every section shows the data with these changes; where a result differs, the baseline (the "
      "data as it is) is shown beside it.",
      "يعرض كل قسم البيانات بهذه التغييرات؛ وحيث تختلف النتيجة تُعرض البيانات الأساسية (البيانات "
      "كما هي) بجانبها." },
    { "Contents", "المحتويات" },
    { "Find an entity", "البحث عن كيان" },
    { "by id or by any name in any language, as bloc find",
      "بالمعرّف أو بأي اسم بأي لغة، كما في bloc find" },
    { "Clear the selection", "إلغاء التحديد" },
    { "Made with bloc %s. The figures are those of bloc render; the tables, those of the commands "
      "of the same names.",
      "أُنشئ باستخدام bloc %s. الأشكال هي أشكال bloc render؛ والجداول هي جداول الأوامر التي تحمل "
      "الأسماء نفسها." },
    { "Name", "الاسم" },
    { "Years", "السنوات" },
    { "Region", "المنطقة" },
    { "Seat", "المقر" },
    { "Note", "ملاحظة" },
    { "Exists", "موجود" },
    { "Takes part in", "يشارك في" },
    { "Who takes part", "من يشارك" },
    { "country", "دولة" },
    { "person", "شخص" },
    { "organization", "منظمة" },
    { "body", "هيئة" },
    { "agreement", "اتفاقية" },
    { "programme", "برنامج" },
    { "forum", "منتدى" },
    { "exercise", "مناورة" },
    { "associate", "عضو منتسب" },
    { "observer", "مراقب" },
    { "partner", "شريك" },
    { "signatory", "موقّع" },
    { "party", "طرف" },
    { "participant", "مشارك" },
    { "donor", "مانح" },
    { "implementer", "منفّذ" },
    { "part_of", "جزء من" },
    { "host", "مضيف" },
    { "join", "انضمام" },
    { "exit", "انسحاب" },
    { "gap_opened", "فُتحت فجوة" },
    { "gap_closed", "أُغلقت فجوة" },
    { "founding", "تأسيس" },
    { NULL, NULL },
};

struct BlocReportWords {
    const char *lang;
    const Word *words;
    gsize table; /* GHashTable *: English -> translation, made on first use */
};

static BlocReportWords languages[] = {
    { "ru", words_ru, 0 },
    { "fa", words_fa, 0 },
    { "ar", words_ar, 0 },
};

static const char *const language_names[] = { "ru", "fa", "ar", NULL };

static GHashTable *
english_table (void)
{
    static gsize table;
    if (g_once_init_enter (&table)) {
        GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);
        for (guint i = 0; english[i] != NULL; i++)
            g_hash_table_add (t, (gpointer)english[i]);
        g_once_init_leave (&table, (gsize)t);
    }
    return (GHashTable *)table;
}

static GHashTable *
words_table (BlocReportWords *w)
{
    if (g_once_init_enter (&w->table)) {
        GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);
        for (guint i = 0; w->words[i].english != NULL; i++)
            g_hash_table_insert (t, (gpointer)w->words[i].english,
                                 (gpointer)w->words[i].translation);
        g_once_init_leave (&w->table, (gsize)t);
    }
    return (GHashTable *)w->table;
}

const BlocReportWords *
bloc_report_words_for (const char *lang)
{
    if (lang == NULL)
        return NULL;
    /* "fa-IR" speaks Persian. */
    gsize n = strcspn (lang, "-_");
    for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
        if (strlen (languages[i].lang) == n &&
            g_ascii_strncasecmp (lang, languages[i].lang, n) == 0)
            return &languages[i];
    return NULL;
}

const char *
bloc_report_word (const BlocReportWords *words, const char *word)
{
    if (!g_hash_table_contains (english_table (), word)) {
        g_critical ("the report's word '%s' is not in its list", word);
        return word;
    }
    if (words == NULL)
        return word;
    const char *translation = g_hash_table_lookup (words_table ((BlocReportWords *)words), word);
    return translation != NULL ? translation : word;
}

const char *const *
bloc_report_words_english (void)
{
    return english;
}

const char *const *
bloc_report_words_languages (void)
{
    return language_names;
}

const char *
bloc_report_words_lookup (const char *lang, const char *word)
{
    const BlocReportWords *w = bloc_report_words_for (lang);
    if (w == NULL)
        return NULL;
    for (guint i = 0; w->words[i].english != NULL; i++)
        if (strcmp (w->words[i].english, word) == 0)
            return w->words[i].translation;
    return NULL;
}
