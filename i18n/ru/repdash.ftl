# Сообщения repdash на русском. Перевод не проверен носителем языка (см. docs/terms.md);
# термины близки к употреблению «Весны».

## Вкладки.
tab-overview = Обзор
tab-prisoners = Политзаключённые
tab-detentions = Задержания
tab-administrative = Административные
tab-extremism = Экстремистские списки
tab-articles = Статьи / дела
tab-coverage = Покрытие
tab-medium-overview = Обзор
tab-medium-prisoners = Политз.
tab-medium-detentions = Задержания
tab-medium-administrative = Админ.
tab-medium-extremism = Экстремизм
tab-medium-articles = Статьи
tab-medium-coverage = Покрытие
tab-short-overview = Обзор
tab-short-prisoners = Политз
tab-short-detentions = Задерж
tab-short-administrative = Админ
tab-short-extremism = Экстр
tab-short-articles = Статьи
tab-short-coverage = Покрыт

## Клавиши.
key-global-quit = выйти (Esc не выходит: он только закрывает окно или строку ввода)
key-any-quit = выйти, откуда угодно
key-global-next-tab = следующая вкладка
key-global-prev-tab = предыдущая вкладка
key-metric-next-metric = показатель: следующий
key-metric-prev-metric = предыдущий показатель
key-metric-toggle-fit = ось y: от нуля (количества) или по данным
key-metric-open-compare = сравнить: период с предыдущим такой же длины
key-metric-open-events = события: все события периода, с источниками
key-rows-up-1 = предыдущая строка
key-rows-down-1 = следующая строка
key-rows-up-10 = на 10 строк вверх
key-rows-down-10 = на 10 строк вниз
key-rows-first = первая строка
key-rows-last = последняя строка
key-columns-left = раньше: предыдущий месяц сетки
key-columns-right = позже: следующий месяц сетки
key-rows-open-source = источники: все источники выбранной цифры
key-global-open-revisions = изменения: все цифры периода, изменённые с версии --since
key-rows-open-snapshot = месяц: все цифры выбранного месяца
key-global-open-filter = фильтр: 2023-01..2024-06, 2024, 2024-Q1, art:411, name:kulsha (вкладка статей: поиск человека)
key-global-open-articles = статья: выбрать, с задокументированными делами
key-global-open-goto = перейти к месяцу
key-global-preset-last-12 = последние 12 месяцев
key-global-preset-last-36 = последние 36 месяцев
key-global-preset-all = все месяцы
key-global-step-year-minus-1 = календарный год назад (от любого периода: год его последнего месяца)
key-global-step-year-1 = календарный год вперёд
key-global-shift-start-minus-1 = начало на месяц раньше
key-global-shift-start-1 = начало на месяц позже
key-global-shift-start-minus-12 = начало на год раньше
key-global-shift-start-12 = начало на год позже
key-global-shift-end-minus-1 = конец на месяц раньше
key-global-shift-end-1 = конец на месяц позже
key-global-shift-end-minus-12 = конец на год раньше
key-global-shift-end-12 = конец на год позже
key-global-clear-filters = сбросить: период и статья по умолчанию
key-global-export = экспорт: вид в CSV
key-metric-export-chart = картинка: график в PNG в папку экспорта
key-global-copy = копировать: таблицу в буфер (OSC 52; TSV или Markdown)
key-global-open-help = справка
key-popup-close = закрыть
key-popup-up-1 = прокрутка вверх
key-popup-down-1 = прокрутка вниз
key-popup-up-10 = на 10 строк вверх
key-popup-down-10 = на 10 строк вниз
key-popup-open-help = справка (в справке: закрыть)
key-popup-copy = копировать: цифру с источниками (окно источников)
key-prompt-submit = применить
key-prompt-close = отмена (поиск человека: очистить)
key-prompt-backspace = стереть: последний знак
key-picker-up-1 = предыдущая статья
key-picker-down-1 = следующая статья
key-prompt-char = текст (в списке статей: сузить список)

## Рамка.
filters-label = Фильтры:
filters-line = { " " }период { $range } ({ $months }) · { $article }{ $name } · данные: { $origin }{ " " }
filters-all-articles = все статьи
filters-article = статья { $article }{ $name }
filters-cases-of = { " " }· дела «{ $name }»
months-n = { $form ->
    [one] { $shown } месяц
    [few] { $shown } месяца
    [many] { $shown } месяцев
   *[other] { $shown } месяца
}
terminal-too-small = терминал слишком мал: нужно { $size }
since-status = с { $since }: { $form ->
    [one] { $shown } цифра изменена
    [few] { $shown } цифры изменены
    [many] { $shown } цифр изменено
   *[other] { $shown } цифры изменено
} (D — список, † — отметка)

## Справка и отметки.
help-title = { " " }справка (Esc закрывает){ " " }
help-heading = Клавиши (нижняя строка показывает те, что работают здесь)
help-tabs = На вкладках
help-popups = В окнах
help-prompts = В строке ввода
help-picker = В списке статей
help-marks = Отметки
mark-bounds = не менее / более / около: часть цифры, как её дал источник
mark-conflict = источники расходятся: s показывает все
mark-gap = нет цифры за месяц: пропуск, никогда не ноль
mark-revised = изменено с версии --since: s говорит, что было, D даёт список изменений
mark-gap-change-sign = (3м)
mark-gap-change = Δ пред. через пропуск: к предыдущему месяцу с данными, 3 месяца назад
mark-points = точки графика: точно / не менее / около
mark-events = события на оси x графика, перечисленные под ним (E: все, с источниками)

## Вкладки показателей и сетка покрытия.
legend-metric = ≥ не менее  > более  ~ около  ≠ источники расходятся  · нет цифры  вычислено: между двумя показаниями
legend-revised = † изменено с { $since }
legend-coverage = ● цифра  ≥ не менее/более/около  ≠ источники расходятся  · нет
legend-coverage-revised = † изменено (D)
legend-coverage-keys = ← → месяцы  ↑ ↓ показатели  s: источники
chart-position = ({ $pos } из { $n }, m: следующий)
months-table = { " " }месяцы (s: источники, Enter: весь месяц){ " " }
col-month = Месяц
col-value = Цифра
col-prev = Δ пред.
col-year = Δ год
col-src = Ист.
col-source = Источник

## Заголовки окон.
popup-sources = { " " }источники (Esc закрывает){ " " }
popup-events = { " " }события в { $range } (Esc закрывает){ " " }
popup-compare = { " " }сравнение с предыдущим периодом (Esc закрывает){ " " }
popup-revised = { " " }изменено в { $range } (Esc закрывает){ " " }
popup-month = { " " }все цифры за { $month } (Esc закрывает){ " " }

## Плитки обзора.
tile-latest = последняя{ " " }
tile-coverage = { " " }· { $with }/{ $months } мес.
tile-none = нет цифры в этом периоде (0/{ $months } мес.)
tile-change = { $delta } к { $month }, предыдущему месяцу с данными
tile-trend = динамика { $range } (· = нет цифры)
tile-last-months = последние месяцы:

## Что сказано рядом с рядом: итог, заявленные суммы, вычисленное изменение.
agg-last = последняя { $value } ({ $month }{ $day })
agg-as-of = , на { $day }
agg-sum = сумма { $value } (данные есть за { $with } из { $periods } { $unit })
agg-none = нет цифры в периоде
unit-months = { $form ->
    [one] месяца
   *[other] месяцев
}
unit-quarters = { $form ->
    [one] квартала
   *[other] кварталов
}
unit-years = { $form ->
    [one] года
   *[other] лет
}
unit-half-years = { $form ->
    [one] полугодия
   *[other] полугодий
}
unit-ytd = { $form ->
    [one] счёта с начала года
   *[other] счетов с начала года
}
unit-periods = { $form ->
    [one] периода
   *[other] периодов
}
derived-change = вычисленное изменение { $delta } от { $from } до { $to }
stated-for = заявлено за { $period }: { $value } [{ $host }]
beside-it = { " " }· рядом, { $label }: { $what }

## Графики на экране и заголовок сетки покрытия.
chart-legend = ● точно  △ не менее/более  ◇ около  разрыв = нет цифры
chart-legend-short = ● точно △ ≥/более ◇ около
chart-not-from-zero = ось y начинается не с 0 (z: от 0)
chart-events = события: { $n } (E — список)
chart-empty = нет цифр этого показателя в периоде: нечего рисовать
coverage-no-figure = нет цифры
coverage-months = { " " }· цифра есть за { $with } из { $months } мес.

## Почему показание показано первым (окно источников).
why-only = это единственное показание
why-whole-month = это цифра за весь месяц; датированные партии только подтверждают её
why-month-end = это показание ближе всего к концу месяца
why-exact = оба об одном дне, и это точное, а другое — граница или приблизительное
why-tightest = оба об одном дне и оба границы или приблизительные, и это — самая узкая граница
why-viasna = оба об одном дне с одинаковой точностью, и это собственная страница «Весны»
why-published = оба об одном дне, с одинаковой точностью и типом источника, и это опубликовано позже
why-tie = показания равны по всем правилам, и это первое в файле

## Окно источников.
src-undated = без даты
src-shown = показано
src-agrees = совпадает с показанной цифрой
src-earlier = более раннее показание ({ $day }), не расхождение с показанной цифрой
src-later = более позднее показание ({ $day }), не расхождение с показанной цифрой
src-batch-counted = партия от { $day }, учтена
src-batch-once = партия от { $day }, та же партия, учтена один раз
src-batch-supports = партия от { $day }, подтверждает цифру за весь месяц
src-the-shown = показанной цифрой ({ $value })
src-conflict = ≠ не может быть верным вместе с { $with }
src-not-published = не указано на странице
src-no-day = день не указан (месяц целиком или его конец)
src-url = ссылка:
src-title = название:
src-as-of = на день:
src-published = опублик.:
src-note = примеч.:
src-article = { " " }· статья { $article }
src-disagree = источники расходятся
src-sum-of-batches = сумма партий: { $n }
src-agree = совпадают: { $n }
src-head = { $metric }{ $article } · { $month } · источников: { $n }, { $verdict }
src-why-batches = это сумма { $n } партий разных дней
src-shown-because = показано: { $value }, потому что { $why }
src-order = (порядок: ближе к концу месяца, точная, страница «Весны», позже опубликованная)

## Вкладка статей.
art-counts-title = { " " }дела по статьям (задокументированная выборка, не все){ " " }
art-counts-title-short = { " " }задокументированные дела{ " " }
art-not-in-glossary = (нет в справочнике)
art-col-article = Статья
art-col-cases = Дел
art-col-name = Название
art-no-figures = нет цифр по статьям в этом периоде
art-figures-title = { " " }опубликованные цифры по статьям{ " " }
art-col-date = Дата
art-col-person = Человек
art-col-event = Событие
art-col-articles = Статьи
art-col-sentence = Срок
art-col-note = Примечание
art-cases-elsewhere = { " " }дела: { $n } в { $period } · { $all } за все годы (Enter: показать все){ " " }
art-cases = { " " }дела: { $n } в периоде (s: источник){ " " }

## Отчёт в Markdown.
rep-title = Политические репрессии в Беларуси: { $period }
rep-from = Данные: { $origin }; repdash.
rep-marks = Отметки: ≥ не менее, > более, ~ около (изменение с ~ приблизительное), ≠ источники расходятся, · нет цифры. Вычисленные цифры помечены как вычисленные.
rep-headline = Главные цифры
rep-period-to = { $from } — { $to }
rep-change-on = { $delta } от { $month } ({ $then })
rep-table-monthly = | Цифра | Значение | На день | Изменение от предыдущего месяца с данными | Изменение за год | Источник |
rep-table-period = | Цифра | Период (по типу) | Источник последней цифры |
rep-gives = { $title }[^{ $note }] даёт { $value }{ $against }
rep-disagree = { $label }, { $month }: источники расходятся: { $readings }
rep-events = События
rep-no-events = Событий за этот период не записано.
rep-cases-head = Задокументированные дела
rep-cases-sample = Выборка из реестра дел, не общие цифры.
rep-no-cases = Нет задокументированных дел за этот период.
rep-cases-count = { $form ->
    [one] { $n } дело задокументировано
    [few] { $n } дела задокументированы
   *[other] { $n } дел задокументировано
} за этот период.
rep-cases-table = | Статья | Задокументированные дела |
rep-no-article = (без статьи)
rep-deaths = Смерти в заключении:
rep-coverage = Покрытие
rep-coverage-all = Каждый главный ряд имеет цифру за этот период.
rep-coverage-missing = Нет цифры за этот период: { $names }.
rep-stated = Заявленные суммы за периоды
rep-stated-note = Суммы, как их дают источники за целые периоды; не добавляются к месячным цифрам.
rep-sources = Источники
rep-tab-prisoners = Политзаключённые
rep-tab-detentions = Задержания и уголовные дела
rep-tab-administrative = Административные дела
rep-tab-extremism = Экстремистские и террористические списки
rep-tab-articles = Цифры по статьям

## Типы показателей на экране и изменение через пропуск.
kind-level = уровень
kind-flow = за месяц
kind-total = с начала
kind-annual = за год
kind-period = за период
gap-span = { $words } ({ $n }м)

## Сообщения в строке состояния.
st-copy-off = копирование выключено (настройки: clipboard = false)
st-nothing-to-copy = здесь нечего копировать
st-copy-too-large = слишком велико для буфера ({ $form ->
    [one] { $shown } строка
    [few] { $shown } строки
   *[other] { $shown } строк
}): экспортируйте клавишей e
st-copied = скопировано ({ $what }) как { $format } в буфер (OSC 52)
st-nothing-to-export = здесь нечего экспортировать
st-exported = экспортировано { $form ->
    [one] { $n } строка
    [few] { $n } строки
   *[other] { $n } строк
} в { $path }
st-export-failed = экспорт не удался: { $error }
st-no-chart = здесь нет графика: графики на вкладках показателей
st-chart-written = картинка графика записана в { $path }
st-chart-failed = картинка графика не удалась: { $error }
st-range-one-month = в периоде остаётся хотя бы один месяц
st-filters-cleared = фильтры сброшены
st-fit-on = ось y по данным (z: снова от 0)
st-fit-off = ось y от 0
st-input-full = строка фильтра вмещает { $max } знаков; остальное не введено
st-search-cleared = поиск человека очищен
st-no-event = нет событий в { $range }
st-nothing-before = нет месяцев с данными перед { $range } для сравнения
st-cases-of-all-years = «{ $name }»: { $form ->
    [one] { $n } дело
    [few] { $n } дела
   *[other] { $n } дел
} за все годы (период: все месяцы)
st-cases-of-in-range = «{ $name }»: { $form ->
    [one] { $n } дело
    [few] { $n } дела
   *[other] { $n } дел
} в периоде
st-no-data-range = нет данных в этом периоде (данные охватывают { $full })
st-no-data-month = нет данных за этот месяц (данные охватывают { $full })
st-article-unusable = статью { $article } нельзя применить как фильтр
st-article-set = статья { $article }: { $name }
st-no-article = нет такой статьи
st-no-data-in = нет данных за { $target }
st-and-more = и ещё { $n }
st-reload-problems = в изменённых файлах { $form ->
    [one] { $n } ошибка
    [few] { $n } ошибки
   *[other] { $n } ошибок
} — на экране последние верные данные
st-reload-no-months = в изменённых данных нет месяцев: на экране последние верные данные
st-reloaded = перечитано: { $form ->
    [one] изменён { $n } файл
    [few] изменены { $n } файла
   *[other] изменено { $n } файлов
}
st-reloaded-valid = перечитано: { $form ->
    [one] изменён { $n } файл
    [few] изменены { $n } файла
   *[other] изменено { $n } файлов
}; данные снова верные
rep-gives-html = даёт { $value }{ $against }
rep-trend = Динамика, { $range }
since-revised = изменено: { $words }
st-no-since = D перечисляет изменения с какой-то версии: запустите с --since REV

## The summary command's text and Markdown tables.
sum-range = период { $range } ({ $months })
sum-article = , статья { $article } (только цифры по статьям)
sum-legend = >= не менее, > более, ~ около, * источники расходятся (все источники в export), - нет цифры
sum-md-legend = Отметки: ≥ не менее, > более, ~ около (изменение с ~ приблизительное), ≠ источники расходятся, · нет цифры. Суммы считают только месяцы с данными: сумма с пропущенным месяцем — «не менее».
sum-month = Месяц
sum-change = { $label }: изменение

## The compare command's text and Markdown.
cmp-title = сравнение { $a } с { $b }
cmp-change = изменение
cmp-stated-change = { $stated } между заявленными итогами; изменение сумм { $sums } — не равноценно
cmp-part = { $period }: { $with } из { $months } { $form ->
    [one] месяца
   *[other] месяцев
}{ $missing }
cmp-missing = , нет { $months }
cmp-not-like = { $label }: не равноценно: { $a }; { $b }
cmp-legend = >= не менее, > более, ~ около (изменение с ~ приблизительное), * источники расходятся; суммы считают только месяцы с данными
cmp-md-title = Сравнение { $a } (A) с { $b } (B)
cmp-md-head = | Цифра | A: { $a } | B: { $b } | Изменение |
cmp-md-legend = Отметки: ≥ не менее, > более, ~ около (изменение с ~ приблизительное), ≠ источники расходятся. Суммы считают только месяцы с данными.

## A metric's unit and counter (metrics.csv spells them in English).
unit-word-people = человек
unit-word-cases = дела
unit-word-days = дни
unit-word-base-values = базовые величины
unit-word-entries = записи
unit-word-pages = страницы
unit-word-years = годы
counter-viasna = подсчёт «Весны»
counter-interior-ministry = список МВД
counter-kgb = список КГБ
counter-information-ministry = список Министерства информации

## Chart images (the chart command and the HTML report's inline charts).
chart-img-title = { $label }{ $after ->
    [vowel] {""}
   *[other] {""}
} в Беларуси{ $by }{ $article }
chart-img-article = , статья { $article }
chart-img-marks = ● точно  ▲ не менее / более  ■ около  ○ источники расходятся  · разрыв — месяц без цифры
chart-img-sources = Цифры по источникам: { $sites }.
chart-img-other-sites = другие сайты: { $n } ({ $figures })
chart-img-no-sites = нет
chart-img-also-marked = также отмечены на оси: { $numbers }

## The check command's report and its --gaps text and Markdown (CSV and JSON stay English).
chk-data = данные: { $origin }
chk-months-none = месяцы: нет
chk-months = месяцы: { $form ->
    [one] { $files } файл
    [few] { $files } файла
   *[other] { $files } файлов
}, { $range } ({ $span })
chk-months-missing = месяцы без файла: { $months }
chk-rows = записи: цифр — { $figures }; показатели: в каталоге — { $metrics }, с цифрами — { $used }; статьи: { $articles }; события: { $events }; дела: { $cases }
chk-coverage = основные показатели, месяцы с данными:
chk-coverage-row = { $with } из { $months } { $form ->
    [one] месяца
   *[other] месяцев
}, источники расходятся: { $conflicts }
chk-warnings = предупреждения о согласованности
chk-warnings-why = (заявленные итоги против их месяцев; код 1 только с --strict)
chk-problems = проблемы
chk-none = { $name }: нет
chk-count = { $name }: { $n }{ $why }
chk-more = и ещё { $n }
chk-over-total = { $key } { $range }: месяцы { $flow } дают не менее { $sum } ({ $with } из { $months } мес.), больше заявленного итога { $total } ({ $source })
chk-falling-ytd = { $key } { $month }: счёт с начала года { $value } меньше, чем { $before } в { $then }, в том же году
chk-gaps-head = | показатель | месяцы с цифрой | пропущенные месяцы |
chk-gaps-covered = { $with } из { $months } с { $first }
chk-gaps-missing = пропущены: { $runs }
chk-gaps-none = нет
chk-leftovers = оставшиеся файлы: { $n } (предупреждение: запись была прервана; они не читаются, следующий import удалит свои временные файлы)

## Where the data comes from, when it is the dataset compiled into the binary.
origin-embedded = встроенный набор данных

## What changed: `repdash diff` and `history` as text and Markdown, the revisions popup,
## the sources popup's "revised" line and the report's "Revised since" section.
diff-none = различий нет
diff-summary = записи: добавлено — { $added }, удалено — { $removed }, изменено — { $changed }, перенесено к другому источнику — { $moved }; показанные цифры: изменено — { $shown }; факты серий: изменено — { $facts }
diff-metric = { $key }: { $form ->
    [one] { $n } изменение
    [few] { $n } изменения
   *[other] { $n } изменений
}
diff-art = {" "}ст. { $article }
diff-shown = { $month }{ $art } показанная цифра { $old } -> { $new } ({ $cause }; было { $was }, теперь { $now })
diff-series = { $month }{ $art } { $field }: { $old } -> { $new } ({ $cause })
diff-added = { $month }{ $art } добавлена запись: { $new } ({ $source })
diff-removed = { $month }{ $art } удалена запись: { $old } ({ $source })
diff-field = { $month }{ $art } запись, { $field }: { $old } -> { $new } ({ $source })
diff-md-title = Изменения: { $old } -> { $new }
diff-md-head = | месяц | показатель | статья | уровень | поле | было | стало | причина |
hist-what = { $metric } { $month } в { $dir }
hist-head = { $what }: { $form ->
    [one] { $n } ревизия
    [few] { $n } ревизии
   *[other] { $n } ревизий
} с изменениями
hist-readings-only = только записи
cause-corrected = показанная запись исправлена
cause-outranked = новая запись имеет приоритет над старой
cause-reading-removed = показанная запись удалена
cause-new-figure = цифра там, где её не было
cause-figure-removed = цифры больше нет
cause-other = записи изменились
cause-series = изменились показанные цифры его месяцев
was-as-of = , на { $day }
was-until = было { $figure } до { $day } ({ $version }: { $source })
was-in-version = было { $figure } в версии { $version } ({ $source })
none-until = цифры не было до { $day } ({ $version })
none-in-version = цифры не было в версии { $version }
now-figure = теперь { $figure } ({ $source })
now-no-figure = теперь цифры нет
was-and-now = { $was }; { $now }: { $cause }
rev-title = Пересмотрено с { $since }
rev-none = Ни одна цифра периода не изменилась.
rev-head = Цифра|Месяц|Было|Стало|Причина|Источник был|Источник теперь

## Popups and empty tabs: the events popup, the article picker, the prompts, the case
## register's sources popup and the whole-month popup.
ui-no-source-given = источник не указан
ui-event-source = источник: { $source }
ui-search = поиск: { $input }█
ui-no-article-matches = подходящей статьи нет
ui-picker-title = { $range } · фильтр по статье, задокументированные дела
ui-goto-title = перейти к месяцу (ГГГГ-ММ)
ui-filter-title = фильтр: 2023-01..2024-06  2024-03  art:411  art:361*  all
ui-no-figures-by-article = на этой вкладке нет цифр по статье { $article }: фильтр по статье сужает только цифры по статьям, а цифры этой вкладки общенациональные (x снимает фильтр)
ui-no-metrics = на этой вкладке нет показателей
src-no-figure-here = здесь нет цифры
src-change-head = ≠ изменение к предыдущему месяцу по каждому источнику (показанное зависит от него):
src-no-case = дело не выбрано
case-person = человек:
case-event = событие:
case-event-on = { $event }, { $date }
case-articles = статьи:
case-sentence = приговор:
case-court = суд:
case-source = источник:
case-note = примечание:
case-months = { $form ->
    [one] { $n } месяц
    [few] { $n } месяца
   *[other] { $n } месяцев
}
case-not-given = не указан
snap-none = за этот месяц цифр нет
snap-head = { $form ->
    [one] { $n } цифра
    [few] { $n } цифры
   *[other] { $n } цифр
}; ≠ не могут быть верны обе  = совпадает  + другая партия  · запись другого дня
st-no-figure-here = здесь нет цифры: за этот месяц по этому показателю данных нет
ui-name-title = поиск человека по мере набора (Kulša = Kulsha = Кульша; Esc очищает) или фильтр: 2024 art:411
ui-picker-cases = { $form ->
    [one] { $n } дело
    [few] { $n } дела
   *[other] { $n } дел
}
copy-months-and-facts = { $form ->
    [one] { $n } месяц
    [few] { $n } месяца
   *[other] { $n } месяцев
} и факты периода
copy-rows = { $form ->
    [one] { $n } строка
    [few] { $n } строки
   *[other] { $n } строк
}

## What happened in a documented case (cases.csv `event`), as the register shows it.
case-ev-recognized = признан
case-ev-convicted = осуждён
case-ev-released = освобождён
case-ev-detained = задержан
case-ev-pardoned = помилован
case-ev-convicted-in-absentia = осуждён заочно
case-ev-appeal-rejected = апелляция отклонена
case-ev-charged = обвинён
case-ev-sentence-extended = срок увеличен
case-ev-expelled = выслан
case-ev-died-in-custody = умер в заключении
case-ev-admin-arrest = адм. арест
case-ev-transferred = переведён

## Qualifiers in words (the sources popup), event kinds and the events popup's head.
qual-exact = точно
qual-at-least = не менее
qual-over = более
qual-about = около
ev-kind-election = выборы
ev-kind-list = список
ev-kind-pardon = помилование
ev-kind-release = освобождение
ev-kind-definition-break = смена определения
ev-head = { $form ->
    [one] { $n } событие
    [few] { $n } события
   *[other] { $n } событий
}; график отмечает их на оси x

## Problems in the data and errors: what check lists and a failing command prints. Field
## names, keys and the file's own words ("exact", "YYYY-MM") stay as the files spell them.
pr-head = проблемы в данных ({ $n }):
pr-and-more = и ещё { $n }
pr-run-check = полный отчёт: `repdash check`
pr-not-utf8 = не текст в UTF-8
pr-empty-file = пустой файл
pr-nul = байт NUL в тексте
pr-empty-header = пустая строка заголовка
pr-no-header = нет заголовка
pr-header = заголовок "{ $got }", ожидался "{ $expected }"
pr-width = полей: { $n }, ожидалось { $expected }
pr-width-thousands = { $width }: "{ $typed }" читается как два поля; число с запятой между тысячами надо взять в кавычки ("{ $typed }") или записать { $plain }
pr-duplicate = повтор строки { $line } (такая же запись)
pr-snapshot-name = имя файла месяца должно быть YYYY-MM.csv
pr-snapshot-month = неверный месяц в имени файла (ожидалось YYYY-MM.csv)
pr-no-figures = пустой файл: есть заголовок, но нет цифр
pr-value = значение "{ $value }" — не число (только цифры, не больше 15 значащих)
pr-unknown-metric = неизвестный показатель "{ $metric }" (его нет в metrics.csv)
pr-article = "{ $article }" — не номер статьи
pr-not-date = { $field } "{ $value }" — не дата (YYYY-MM-DD)
pr-as-of-far = as_of "{ $value }" отстоит от месяца { $month } на { $days } дн. (допустимо не больше { $most })
pr-qualifier = неизвестная оговорка "{ $value }" (ожидалось exact, at_least, over или about)
pr-month = "{ $value }" — не месяц (ожидалось YYYY-MM, где MM от 01 до 12)
pr-no-url = нет URL источника: { $what ->
    [case] он нужен каждому делу
   *[other] он нужен каждой цифре
}
pr-url-unsafe = в URL источника есть пробелы или управляющие символы
pr-case-date = дата "{ $date }" не приходится на месяц { $month }
pr-sentence = sentence_months "{ $value }" — не число
pr-unknown-tab = неизвестная вкладка "{ $value }" (ожидалась одна из: { $keys })
pr-unknown-kind = неизвестный вид "{ $value }" (ожидался один из: { $keys })
pr-totals-no-flow = "{ $key }" суммирует "{ $flow }", а это не помесячный показатель (flow) этого каталога
pr-period-no-covers = "{ $key }" — заявленный итог за период, но период не указан (covers: year, half, quarter, ytd или число месяцев)
pr-no-companion = "{ $key }" читается рядом с "{ $other }", а такого показателя в каталоге нет
pr-key-twice = показатель "{ $key }" указан дважды
pr-key-snake = ключ показателя "{ $key }" не в snake_case (a-z, 0-9 и _, в начале буква)
pr-key-long = ключ показателя "{ $key }" длиной { $n } симв.; допустимо не больше { $most }
pr-code = код "{ $value }" — не criminal и не administrative
pr-event-date = дата "{ $value }" — не YYYY-MM-DD и не YYYY-MM
pr-covers = covers "{ $value }" — не период (ожидалось year, half, quarter, ytd или число месяцев, на которое делится 12: 1, 2, 3, 4, 6)
pr-not-found = не удаётся прочитать: не найден
pr-not-regular = это { $what ->
    [directory] каталог
    [fifo] FIFO (именованный канал)
    [device] устройство
    [socket] сокет
   *[other] не файл
}, а не обычный файл: читаются только обычные файлы
pr-too-large = размер { $size }; файлы больше { $limit } не читаются
pr-cannot-read = не удаётся прочитать: { $why }
pr-cannot-read-catalog = не удаётся прочитать каталог: { $why }
pr-dir-not-csv = это каталог, а ожидался файл CSV
pr-no-data-dir = каталог данных не найден (или это не каталог)
size-bytes = { $n } байт
git-no-catalog = в этой ревизии нет metrics.csv: тогда это не был каталог данных
git-no-dir = каталог данных не найден: { $why }
git-no-repo = каталог данных не в репозитории git
git-no-work-tree = у репозитория нет рабочего дерева
git-no-tree = у ревизии нет дерева: { $why }
git-not-in-rev = { $path } нет в этой ревизии
git-no-rev = такой ревизии в репозитории нет (в неполном клоне её может не быть)
git-date-form = ревизия по дате пишется {"{"}YYYY-MM-DD{"}"}, например data@{"{"}2024-06-30{"}"}
git-no-head = нет коммита в HEAD: { $why }
git-no-walk = не удаётся пройти историю: { $why }
git-no-commit-by = нет коммита на { $day } или раньше
git-bad-tree = нечитаемое дерево: { $why }
git-bad-object = { $path }: нечитаемый объект: { $why }
wr-exists = { $path } уже существует (--force перезапишет)
wr-cannot = не удаётся записать { $path }: { $why }
imp-nothing = ничего не записано
imp-nothing-put-back = ничего не записано: все файлы такие же, как были
imp-busy = в { $dir } уже идёт другой импорт (он держит { $lock }); повторите, когда он закончится
imp-no-dir = каталога данных нет
imp-lock-not-regular = это не обычный файл (FIFO, устройство, ссылка или каталог); удалите его
er-range-no-data = в диапазоне { $range } нет данных (данные охватывают { $full })
er-range-last = диапазон "{ $range }": в last-N число N от 1 до 1200
er-range = диапазон "{ $range }": { $why } (или all, last-12, last-36)
er-pattern = "{ $value }" — не фильтр статей (например: 342, 361-1, 361*, 24.23, adm:19.11)
er-unknown-metric = неизвестный показатель "{ $metric }" (см. data/metrics.csv или `repdash check`)
er-no-months = в данных нет месяцев
er-chart-draw = не удаётся нарисовать график: { $why }
er-init-not-dir = { $dir } существует и это не каталог
er-init-not-empty = { $dir } не пуст (--force запишет в него файлы набора данных)
er-init-create = не удаётся создать { $dir }: { $why }
er-init-failed = init не удался: { $why }
er-cannot-read = не удаётся прочитать { $path }: { $why }
er-history-dir = history читает каталог данных в git: укажите его через --data DIR
er-at-commit = в коммите { $commit } ({ $subject }): { $why }
er-no-catalog = в { $dir } нет metrics.csv
er-rev-unreadable = ревизия не читается: { $problem }
er-config = настройки: { $why }
er-no-terminal = панель здесь не запустить: { $why } (попробуйте `repdash summary`)
er-name-control = в имени "{ $name }" есть управляющий символ: назовите файл без него
er-rev-dir = --rev читает каталог данных в ревизии git: укажите каталог через --data DIR
er-national = у { $key } нет цифр по статьям: --article { $article } к нему не применим (уберите одно из двух)
er-png-stdout = -o - пишет текст в стандартный вывод; для PNG нужно имя файла
er-import = импорт не удался: { $why }
er-version = версию "{ $version }" не прочитать (проблем: { $n }); первая: { $first }
er-since-dir = --since REV сравнивает с --data DIR в этой ревизии: укажите каталог
er-compare-two = compare нужны два периода: `compare 2023 2024` или `--a RANGE --b RANGE`
er-chart-ext = { $path }: файл графика должен оканчиваться на .svg или .png (или быть -, стандартным выводом, для SVG)
er-chart-none = нечего рисовать: нет ряда
er-chart-one = chart рисует один показатель: укажите ровно один --metric KEY
er-from-after-to = --from { $from } позже, чем --to { $to }
er-watch = не удаётся следить за { $dir }: { $why }

## What a command that writes files says it did, and the case register's listing.
wrote-file = записан { $path } ({ $what })
wrote-chart = график { $w }x{ $h }, { $range }
wrote-report = отчёт, { $range }
count-figures = { $form ->
    [one] { $n } цифра
    [few] { $n } цифры
   *[other] { $n } цифр
}
count-cases = { $form ->
    [one] { $n } дело
    [few] { $n } дела
   *[other] { $n } дел
}
count-documented-cases = { $form ->
    [one] { $n } задокументированное дело
    [few] { $n } задокументированных дела
   *[other] { $n } задокументированных дел
}
imp-month = { $month }.csv: добавлено { $n }, пропущено повторов { $dups } ({ $state ->
    [new] новый файл
    [unchanged] без изменений
   *[other] обновлён
})
imp-total = импортировано записей: { $n }, файлов месяцев: { $files }; пропущено повторов: { $dups }
init-done = встроенный набор данных записан в { $dir }: файлов { $n }, снимков месяцев { $months }
    далее: repdash check --data { $dir }
cases-of-person = по имени "{ $name }"
cases-in = за { $period }
cases-article = (статья { $article })
cases-all-years = за все годы: { $n } (уберите --from/--to, чтобы увидеть их)
cases-head-row = | дата | человек | событие | статьи | срок | примечание | источник |
cases-sample = (задокументированные дела: выборка, а не общенациональные итоги)
cases-months = { $n } мес.

## What `repdash config` prints beside each setting.
cfg-path = файл настроек: { $path }
cfg-path-absent = файл настроек: { $path } (его нет: действуют значения по умолчанию)
cfg-no-dir = файл настроек: (на этой платформе нет каталога настроек)
cfg-default = по умолчанию
cfg-file = файл настроек
cfg-none = (нет)
cfg-default-here = по умолчанию (текущий каталог)
cfg-command-line = командная строка
cfg-command-line-or-env = командная строка или окружение
cfg-locale = локаль
