# Паведамленні repdash па-беларуску. Пераклад не правераны носьбітам мовы (гл. docs/terms.md);
# тэрміны блізкія да ўжытку Вясны.

## Укладкі.
tab-overview = Агляд
tab-prisoners = Палітвязні
tab-detentions = Затрыманні
tab-administrative = Адміністрацыйныя
tab-extremism = Экстрэмісцкія спісы
tab-articles = Артыкулы / справы
tab-coverage = Пакрыццё
tab-medium-overview = Агляд
tab-medium-prisoners = Палітвязні
tab-medium-detentions = Затрыманні
tab-medium-administrative = Адмін.
tab-medium-extremism = Экстрэмізм
tab-medium-articles = Артыкулы
tab-medium-coverage = Пакрыццё
tab-short-overview = Агляд
tab-short-prisoners = Палітв
tab-short-detentions = Затрым
tab-short-administrative = Адмін
tab-short-extremism = Экстр
tab-short-articles = Артык
tab-short-coverage = Пакрыц

## Клавішы.
key-global-quit = выйсці (Esc не выходзіць: ён толькі закрывае акно або радок уводу)
key-any-quit = выйсці, адкуль заўгодна
key-global-next-tab = наступная ўкладка
key-global-prev-tab = папярэдняя ўкладка
key-metric-next-metric = паказчык: наступны
key-metric-prev-metric = папярэдні паказчык
key-metric-toggle-fit = вось y: ад нуля (колькасці) або па даных
key-metric-open-compare = параўнаць: перыяд з папярэднім такой жа даўжыні
key-metric-open-events = падзеі: усе падзеі перыяду, з крыніцамі
key-rows-up-1 = папярэдні радок
key-rows-down-1 = наступны радок
key-rows-up-10 = на 10 радкоў уверх
key-rows-down-10 = на 10 радкоў уніз
key-rows-first = першы радок
key-rows-last = апошні радок
key-columns-left = раней: папярэдні месяц сеткі
key-columns-right = пазней: наступны месяц сеткі
key-rows-open-source = крыніцы: усе крыніцы выбранай лічбы
key-global-open-revisions = змены: усе лічбы перыяду, змененыя з версіі --since
key-rows-open-snapshot = месяц: усе лічбы выбранага месяца
key-global-open-filter = фільтр: 2023-01..2024-06, 2024, 2024-Q1, art:411, name:kulsha (укладка артыкулаў: пошук чалавека)
key-global-open-articles = артыкул: выбраць, з задакументаванымі справамі
key-global-open-goto = перайсці да месяца
key-global-preset-last-12 = апошнія 12 месяцаў
key-global-preset-last-36 = апошнія 36 месяцаў
key-global-preset-all = усе месяцы
key-global-step-year-minus-1 = каляндарны год назад (ад любога перыяду: год яго апошняга месяца)
key-global-step-year-1 = каляндарны год наперад
key-global-shift-start-minus-1 = пачатак на месяц раней
key-global-shift-start-1 = пачатак на месяц пазней
key-global-shift-start-minus-12 = пачатак на год раней
key-global-shift-start-12 = пачатак на год пазней
key-global-shift-end-minus-1 = канец на месяц раней
key-global-shift-end-1 = канец на месяц пазней
key-global-shift-end-minus-12 = канец на год раней
key-global-shift-end-12 = канец на год пазней
key-global-clear-filters = скінуць: перыяд і артыкул па змаўчанні
key-global-export = экспарт: від у CSV
key-metric-export-chart = малюнак: графік у PNG у тэчку экспарту
key-global-copy = капіяваць: табліцу ў буфер (OSC 52; TSV або Markdown)
key-global-open-help = даведка
key-popup-close = закрыць
key-popup-up-1 = пракрутка ўверх
key-popup-down-1 = пракрутка ўніз
key-popup-up-10 = на 10 радкоў уверх
key-popup-down-10 = на 10 радкоў уніз
key-popup-open-help = даведка (у даведцы: закрыць)
key-popup-copy = капіяваць: лічбу з крыніцамі (акно крыніц)
key-prompt-submit = ужыць
key-prompt-close = адмена (пошук чалавека: ачысціць)
key-prompt-backspace = сцерці: апошні знак
key-picker-up-1 = папярэдні артыкул
key-picker-down-1 = наступны артыкул
key-prompt-char = тэкст (у спісе артыкулаў: звузіць спіс)

## Рамка.
filters-label = Фільтры:
filters-line = { " " }перыяд { $range } ({ $months }) · { $article }{ $name } · даныя: { $origin }{ " " }
filters-all-articles = усе артыкулы
filters-article = артыкул { $article }{ $name }
filters-cases-of = { " " }· справы «{ $name }»
months-n = { $form ->
    [one] { $shown } месяц
    [few] { $shown } месяцы
    [many] { $shown } месяцаў
   *[other] { $shown } месяца
}
terminal-too-small = тэрмінал замалы: трэба { $size }
since-status = з { $since }: { $form ->
    [one] { $shown } лічба зменена
    [few] { $shown } лічбы зменены
    [many] { $shown } лічбаў зменена
   *[other] { $shown } лічбы зменена
} (D — спіс, † — пазнака)

## Даведка і пазнакі.
help-title = { " " }даведка (Esc закрывае){ " " }
help-heading = Клавішы (ніжні радок паказвае тыя, што працуюць тут)
help-tabs = На ўкладках
help-popups = У вокнах
help-prompts = У радку ўводу
help-picker = У спісе артыкулаў
help-marks = Пазнакі
mark-bounds = не менш за / больш за / каля: частка лічбы, як яе падала крыніца
mark-conflict = крыніцы разыходзяцца: s паказвае ўсе
mark-gap = няма лічбы за месяц: пропуск, ніколі не нуль
mark-revised = зменена з версіі --since: s кажа, што было, D дае спіс змен
mark-gap-change-sign = (3м)
mark-gap-change = Δ папяр. праз пропуск: да папярэдняга месяца з данымі, 3 месяцы назад
mark-points = кропкі графіка: дакладна / не менш за / каля
mark-events = падзеі на восі x графіка, пералічаныя пад ім (E: усе, з крыніцамі)

## Укладкі паказчыкаў і сетка пакрыцця.
legend-metric = ≥ не менш за  > больш за  ~ каля  ≠ крыніцы разыходзяцца  · няма лічбы  вылічана: паміж двума паказаннямі
legend-revised = † зменена з { $since }
legend-coverage = ● лічба  ≥ не менш за/больш за/каля  ≠ крыніцы разыходзяцца  · няма
legend-coverage-revised = † зменена (D)
legend-coverage-keys = ← → месяцы  ↑ ↓ паказчыкі  s: крыніцы
chart-position = ({ $pos } з { $n }, m: наступны)
months-table = { " " }месяцы (s: крыніцы, Enter: увесь месяц){ " " }
col-month = Месяц
col-value = Лічба
col-prev = Δ папяр.
col-year = Δ год
col-src = Кр.
col-source = Крыніца

## Загалоўкі вокнаў.
popup-sources = { " " }крыніцы (Esc закрывае){ " " }
popup-events = { " " }падзеі ў { $range } (Esc закрывае){ " " }
popup-compare = { " " }параўнанне з папярэднім перыядам (Esc закрывае){ " " }
popup-revised = { " " }зменена ў { $range } (Esc закрывае){ " " }
popup-month = { " " }усе лічбы за { $month } (Esc закрывае){ " " }

## Пліткі агляду.
tile-latest = апошняя{ " " }
tile-coverage = { " " }· { $with }/{ $months } мес.
tile-none = няма лічбы ў гэтым перыядзе (0/{ $months } мес.)
tile-change = { $delta } да { $month }, папярэдняга месяца з данымі
tile-trend = дынаміка { $range } (· = няма лічбы)
tile-last-months = апошнія месяцы:

## Што сказана побач з радам: вынік, заяўленыя сумы, вылічаная змена.
agg-last = апошняя { $value } ({ $month }{ $day })
agg-as-of = , на { $day }
agg-sum = сума { $value } (даныя ёсць за { $with } з { $periods } { $unit })
agg-none = няма лічбы ў перыядзе
unit-months = { $form ->
    [one] месяца
   *[other] месяцаў
}
unit-quarters = { $form ->
    [one] квартала
   *[other] кварталаў
}
unit-years = { $form ->
    [one] года
   *[other] гадоў
}
unit-half-years = { $form ->
    [one] паўгоддзя
   *[other] паўгоддзяў
}
unit-ytd = { $form ->
    [one] ліку з пачатку года
   *[other] лікаў з пачатку года
}
unit-periods = { $form ->
    [one] перыяду
   *[other] перыядаў
}
derived-change = вылічаная змена { $delta } ад { $from } да { $to }
stated-for = заяўлена за { $period }: { $value } [{ $host }]
beside-it = { " " }· побач, { $label }: { $what }

## Графікі на экране і загаловак сеткі пакрыцця.
chart-legend = ● дакладна  △ не менш за/больш за  ◇ каля  разрыў = няма лічбы
chart-legend-short = ● дакл. △ ≥/больш ◇ каля
chart-not-from-zero = вось y пачынаецца не з 0 (z: ад 0)
chart-events = падзеі: { $n } (E — спіс)
chart-empty = няма лічбаў гэтага паказчыка ў перыядзе: няма чаго маляваць
coverage-no-figure = няма лічбы
coverage-months = { " " }· лічба ёсць за { $with } з { $months } мес.

## Чаму паказанне паказана першым (акно крыніц).
why-only = гэта адзінае паказанне
why-whole-month = гэта лічба за ўвесь месяц; датаваныя партыі толькі пацвярджаюць яе
why-month-end = гэта паказанне бліжэй за ўсё да канца месяца
why-exact = абодва пра адзін дзень, і гэтае дакладнае, а другое — мяжа або прыблізнае
why-tightest = абодва пра адзін дзень і абодва межы або прыблізныя, і гэтае — найвузейшая мяжа
why-viasna = абодва пра адзін дзень з аднолькавай дакладнасцю, і гэта ўласная старонка Вясны
why-published = абодва пра адзін дзень, з аднолькавай дакладнасцю і тыпам крыніцы, і гэтае апублікавана пазней
why-tie = паказанні роўныя па ўсіх правілах, і гэтае першае ў файле

## Акно крыніц.
src-undated = без даты
src-shown = паказана
src-agrees = супадае з паказанай лічбай
src-earlier = ранейшае паказанне ({ $day }), не разыходжанне з паказанай лічбай
src-later = пазнейшае паказанне ({ $day }), не разыходжанне з паказанай лічбай
src-batch-counted = партыя ад { $day }, улічана
src-batch-once = партыя ад { $day }, тая ж партыя, улічана адзін раз
src-batch-supports = партыя ад { $day }, пацвярджае лічбу за ўвесь месяц
src-the-shown = паказанай лічбай ({ $value })
src-conflict = ≠ не можа быць праўдай разам з { $with }
src-not-published = не пазначана на старонцы
src-no-day = дзень не пазначаны (месяц у цэлым або яго канец)
src-url = спасылка:
src-title = назва:
src-as-of = на дзень:
src-published = апублік.:
src-note = заўвага:
src-article = { " " }· артыкул { $article }
src-disagree = крыніцы разыходзяцца
src-sum-of-batches = сума партый: { $n }
src-agree = супадаюць: { $n }
src-head = { $metric }{ $article } · { $month } · крыніц: { $n }, { $verdict }
src-why-batches = гэта сума { $n } партый розных дзён
src-shown-because = паказана: { $value }, бо { $why }
src-order = (парадак: бліжэй да канца месяца, дакладная, старонка Вясны, пазней апублікаваная)

## Укладка артыкулаў.
art-counts-title = { " " }справы па артыкулах (задакументаваная выбарка, не ўсе){ " " }
art-counts-title-short = { " " }задакументаваныя справы{ " " }
art-not-in-glossary = (няма ў даведніку)
art-col-article = Артыкул
art-col-cases = Спраў
art-col-name = Назва
art-no-figures = няма лічбаў па артыкулах у гэтым перыядзе
art-figures-title = { " " }апублікаваныя лічбы па артыкулах{ " " }
art-col-date = Дата
art-col-person = Чалавек
art-col-event = Падзея
art-col-articles = Артыкулы
art-col-sentence = Тэрмін
art-col-note = Заўвага
art-cases-elsewhere = { " " }справы: { $n } у { $period } · { $all } за ўсе гады (Enter: паказаць усе){ " " }
art-cases = { " " }справы: { $n } у перыядзе (s: крыніца){ " " }

## Справаздача ў Markdown.
rep-title = Палітычныя рэпрэсіі ў Беларусі: { $period }
rep-from = Даныя: { $origin }; repdash.
rep-marks = Пазнакі: ≥ не менш за, > больш за, ~ каля (змена з ~ прыблізная), ≠ крыніцы разыходзяцца, · няма лічбы. Вылічаныя лічбы пазначаны як вылічаныя.
rep-headline = Галоўныя лічбы
rep-period-to = { $from } — { $to }
rep-change-on = { $delta } ад { $month } ({ $then })
rep-table-monthly = | Лічба | Значэнне | На дзень | Змена ад папярэдняга месяца з данымі | Змена за год | Крыніца |
rep-table-period = | Лічба | Перыяд (па тыпе) | Крыніца апошняй лічбы |
rep-gives = { $title }[^{ $note }] дае { $value }{ $against }
rep-disagree = { $label }, { $month }: крыніцы разыходзяцца: { $readings }
rep-events = Падзеі
rep-no-events = Падзей за гэты перыяд не запісана.
rep-cases-head = Задакументаваныя справы
rep-cases-sample = Выбарка з рэестра спраў, не агульныя лічбы.
rep-no-cases = Няма задакументаваных спраў за гэты перыяд.
rep-cases-count = { $form ->
    [one] { $n } справа задакументавана
    [few] { $n } справы задакументаваны
   *[other] { $n } спраў задакументавана
} за гэты перыяд.
rep-cases-table = | Артыкул | Задакументаваныя справы |
rep-no-article = (без артыкула)
rep-deaths = Смерці ў зняволенні:
rep-coverage = Пакрыццё
rep-coverage-all = Кожны галоўны рад мае лічбу за гэты перыяд.
rep-coverage-missing = Няма лічбы за гэты перыяд: { $names }.
rep-stated = Заяўленыя сумы за перыяды
rep-stated-note = Сумы, як іх падаюць крыніцы за цэлыя перыяды; не дадаюцца да месячных лічбаў.
rep-sources = Крыніцы
rep-tab-prisoners = Палітвязні
rep-tab-detentions = Затрыманні і крымінальныя справы
rep-tab-administrative = Адміністрацыйныя справы
rep-tab-extremism = Экстрэмісцкія і тэрарыстычныя спісы
rep-tab-articles = Лічбы па артыкулах

## Тыпы паказчыкаў на экране і змена праз пропуск.
kind-level = узровень
kind-flow = за месяц
kind-total = з пачатку
kind-annual = за год
kind-period = за перыяд
gap-span = { $words } ({ $n }м)

## Паведамленні ў радку стану.
st-copy-off = капіяванне выключана (налады: clipboard = false)
st-nothing-to-copy = тут няма чаго капіяваць
st-copy-too-large = завялікае для буфера ({ $form ->
    [one] { $shown } радок
    [few] { $shown } радкі
   *[other] { $shown } радкоў
}): экспартуйце клавішай e
st-copied = скапіявана ({ $what }) як { $format } у буфер (OSC 52)
st-nothing-to-export = тут няма чаго экспартаваць
st-exported = экспартавана { $form ->
    [one] { $n } радок
    [few] { $n } радкі
   *[other] { $n } радкоў
} у { $path }
st-export-failed = экспарт не ўдаўся: { $error }
st-no-chart = тут няма графіка: графікі на ўкладках паказчыкаў
st-chart-written = малюнак графіка запісаны ў { $path }
st-chart-failed = малюнак графіка не ўдаўся: { $error }
st-range-one-month = у перыядзе застаецца хаця б адзін месяц
st-filters-cleared = фільтры скінуты
st-fit-on = вось y па даных (z: зноў ад 0)
st-fit-off = вось y ад 0
st-input-full = радок фільтра змяшчае { $max } знакаў; астатняе не ўведзена
st-search-cleared = пошук чалавека ачышчаны
st-no-event = няма падзей у { $range }
st-nothing-before = няма месяцаў з данымі перад { $range } для параўнання
st-cases-of-all-years = «{ $name }»: { $form ->
    [one] { $n } справа
    [few] { $n } справы
   *[other] { $n } спраў
} за ўсе гады (перыяд: усе месяцы)
st-cases-of-in-range = «{ $name }»: { $form ->
    [one] { $n } справа
    [few] { $n } справы
   *[other] { $n } спраў
} у перыядзе
st-no-data-range = няма даных у гэтым перыядзе (даныя ахопліваюць { $full })
st-no-data-month = няма даных за гэты месяц (даныя ахопліваюць { $full })
st-article-unusable = артыкул { $article } нельга ўжыць як фільтр
st-article-set = артыкул { $article }: { $name }
st-no-article = няма такога артыкула
st-no-data-in = няма даных за { $target }
st-and-more = і яшчэ { $n }
st-reload-problems = у змененых файлах { $form ->
    [one] { $n } памылка
    [few] { $n } памылкі
   *[other] { $n } памылак
} — на экране апошнія правільныя даныя
st-reload-no-months = у змененых даных няма месяцаў: на экране апошнія правільныя даныя
st-reloaded = перачытана: { $form ->
    [one] зменены { $n } файл
    [few] зменены { $n } файлы
   *[other] зменена { $n } файлаў
}
st-reloaded-valid = перачытана: { $form ->
    [one] зменены { $n } файл
    [few] зменены { $n } файлы
   *[other] зменена { $n } файлаў
}; даныя зноў правільныя
rep-gives-html = дае { $value }{ $against }
rep-trend = Дынаміка, { $range }
since-revised = зменена: { $words }
st-no-since = D пералічвае змены з пэўнай версіі: запусціце з --since REV

## The summary command's text and Markdown tables.
sum-range = перыяд { $range } ({ $months })
sum-article = , артыкул { $article } (толькі лічбы па артыкулах)
sum-legend = >= не менш за, > больш за, ~ каля, * крыніцы разыходзяцца (усе крыніцы ў export), - няма лічбы
sum-md-legend = Пазнакі: ≥ не менш за, > больш за, ~ каля (змена з ~ прыблізная), ≠ крыніцы разыходзяцца, · няма лічбы. Сумы лічаць толькі месяцы з данымі: сума з прапушчаным месяцам — «не менш за».
sum-month = Месяц
sum-change = { $label }: змена

## The compare command's text and Markdown.
cmp-title = параўнанне { $a } з { $b }
cmp-change = змена
cmp-stated-change = { $stated } паміж заяўленымі вынікамі; змена сум { $sums } — не раўнацэнна
cmp-part = { $period }: { $with } з { $months } { $form ->
    [one] месяца
   *[other] месяцаў
}{ $missing }
cmp-missing = , няма { $months }
cmp-not-like = { $label }: не раўнацэнна: { $a }; { $b }
cmp-legend = >= не менш за, > больш за, ~ каля (змена з ~ прыблізная), * крыніцы разыходзяцца; сумы лічаць толькі месяцы з данымі
cmp-md-title = Параўнанне { $a } (A) з { $b } (B)
cmp-md-head = | Лічба | A: { $a } | B: { $b } | Змена |
cmp-md-legend = Пазнакі: ≥ не менш за, > больш за, ~ каля (змена з ~ прыблізная), ≠ крыніцы разыходзяцца. Сумы лічаць толькі месяцы з данымі.

## A metric's unit and counter (metrics.csv spells them in English).
unit-word-people = чалавек
unit-word-cases = справы
unit-word-days = дні
unit-word-base-values = базавыя велічыні
unit-word-entries = запісы
unit-word-pages = старонкі
unit-word-years = гады
counter-viasna = падлік «Вясны»
counter-interior-ministry = спіс МУС
counter-kgb = спіс КДБ
counter-information-ministry = спіс Міністэрства інфармацыі

## Chart images (the chart command and the HTML report's inline charts).
# "у" after a vowel is written "ў" (у нескладовае): Палітвязні ў Беларусі, Штраф у Беларусі.
chart-img-title = { $label } { $after ->
    [vowel] ў
   *[other] у
} Беларусі{ $by }{ $article }
chart-img-article = , артыкул { $article }
chart-img-marks = ● дакладна  ▲ не менш за / больш за  ■ каля  ○ крыніцы разыходзяцца  · разрыў — месяц без лічбы
chart-img-sources = Лічбы па крыніцах: { $sites }.
chart-img-other-sites = іншыя сайты: { $n } ({ $figures })
chart-img-no-sites = няма
chart-img-also-marked = таксама пазначаны на восі: { $numbers }

## The check command's report and its --gaps text and Markdown (CSV and JSON stay English).
chk-data = даныя: { $origin }
chk-months-none = месяцы: няма
chk-months = месяцы: { $form ->
    [one] { $files } файл
    [few] { $files } файлы
   *[other] { $files } файлаў
}, { $range } ({ $span })
chk-months-missing = месяцы без файла: { $months }
chk-rows = запісы: лічбаў — { $figures }; паказчыкі: у каталогу — { $metrics }, з лічбамі — { $used }; артыкулы: { $articles }; падзеі: { $events }; справы: { $cases }
chk-coverage = асноўныя паказчыкі, месяцы з данымі:
chk-coverage-row = { $with } з { $months } { $form ->
    [one] месяца
   *[other] месяцаў
}, крыніцы разыходзяцца: { $conflicts }
chk-warnings = папярэджанні пра ўзгодненасць
chk-warnings-why = (заяўленыя вынікі супраць іх месяцаў; код 1 толькі з --strict)
chk-problems = праблемы
chk-none = { $name }: няма
chk-count = { $name }: { $n }{ $why }
chk-more = і яшчэ { $n }
chk-over-total = { $key } { $range }: месяцы { $flow } даюць не менш за { $sum } ({ $with } з { $months } мес.), больш за заяўлены вынік { $total } ({ $source })
chk-falling-ytd = { $key } { $month }: лік з пачатку года { $value } меншы за { $before } у { $then }, у тым самым годзе
chk-gaps-head = | паказчык | месяцы з лічбай | прапушчаныя месяцы |
chk-gaps-covered = { $with } з { $months } з { $first }
chk-gaps-missing = прапушчаны: { $runs }
chk-gaps-none = няма
chk-leftovers = пакінутыя файлы: { $n } (папярэджанне: запіс быў перапынены; яны не чытаюцца, наступны import выдаліць свае часовыя файлы)

## Where the data comes from, when it is the dataset compiled into the binary.
origin-embedded = убудаваны набор даных

## What changed: `repdash diff` and `history` as text and Markdown, the revisions popup,
## the sources popup's "revised" line and the report's "Revised since" section.
diff-none = адрозненняў няма
diff-summary = запісы: дададзена — { $added }, выдалена — { $removed }, зменена — { $changed }, перанесена да іншай крыніцы — { $moved }; паказаныя лічбы: зменена — { $shown }; факты серый: зменена — { $facts }
diff-metric = { $key }: { $form ->
    [one] { $n } змена
    [few] { $n } змены
   *[other] { $n } змен
}
diff-art = {" "}арт. { $article }
diff-shown = { $month }{ $art } паказаная лічба { $old } -> { $new } ({ $cause }; было { $was }, цяпер { $now })
diff-series = { $month }{ $art } { $field }: { $old } -> { $new } ({ $cause })
diff-added = { $month }{ $art } дададзены запіс: { $new } ({ $source })
diff-removed = { $month }{ $art } выдалены запіс: { $old } ({ $source })
diff-field = { $month }{ $art } запіс, { $field }: { $old } -> { $new } ({ $source })
diff-md-title = Змены: { $old } -> { $new }
diff-md-head = | месяц | паказчык | артыкул | узровень | поле | было | стала | прычына |
hist-what = { $metric } { $month } у { $dir }
hist-head = { $what }: { $form ->
    [one] { $n } рэвізія
    [few] { $n } рэвізіі
   *[other] { $n } рэвізій
} са зменамі
hist-readings-only = толькі запісы
cause-corrected = паказаны запіс выпраўлены
cause-outranked = новы запіс мае перавагу над старым
cause-reading-removed = паказаны запіс выдалены
cause-new-figure = лічба там, дзе яе не было
cause-figure-removed = лічбы больш няма
cause-other = запісы змяніліся
cause-series = змяніліся паказаныя лічбы яго месяцаў
was-as-of = , на { $day }
was-until = было { $figure } да { $day } ({ $version }: { $source })
was-in-version = было { $figure } у версіі { $version } ({ $source })
none-until = лічбы не было да { $day } ({ $version })
none-in-version = лічбы не было ў версіі { $version }
now-figure = цяпер { $figure } ({ $source })
now-no-figure = цяпер лічбы няма
was-and-now = { $was }; { $now }: { $cause }
rev-title = Перагледжана з { $since }
rev-none = Ніводная лічба перыяду не змянілася.
rev-head = Лічба|Месяц|Было|Стала|Прычына|Крыніца была|Крыніца цяпер

## Popups and empty tabs: the events popup, the article picker, the prompts, the case
## register's sources popup and the whole-month popup.
ui-no-source-given = крыніца не пазначана
ui-event-source = крыніца: { $source }
ui-search = пошук: { $input }█
ui-no-article-matches = няма адпаведнага артыкула
ui-picker-title = { $range } · фільтр па артыкуле, задакументаваныя справы
ui-goto-title = перайсці да месяца (ГГГГ-ММ)
ui-filter-title = фільтр: 2023-01..2024-06  2024-03  art:411  art:361*  all
ui-no-figures-by-article = на гэтай укладцы няма лічбаў па артыкуле { $article }: фільтр па артыкуле звужае толькі лічбы па артыкулах, а лічбы гэтай укладкі агульнанацыянальныя (x здымае фільтр)
ui-no-metrics = на гэтай укладцы няма паказчыкаў
src-no-figure-here = тут няма лічбы
src-change-head = ≠ змена ў параўнанні з папярэднім месяцам паводле кожнай крыніцы (паказаная залежыць ад яе):
src-no-case = справа не выбрана
case-person = асоба:
case-event = падзея:
case-event-on = { $event }, { $date }
case-articles = артыкулы:
case-sentence = прысуд:
case-court = суд:
case-source = крыніца:
case-note = заўвага:
case-months = { $form ->
    [one] { $n } месяц
    [few] { $n } месяцы
   *[other] { $n } месяцаў
}
case-not-given = не пазначаны
snap-none = за гэты месяц лічбаў няма
snap-head = { $form ->
    [one] { $n } лічба
    [few] { $n } лічбы
   *[other] { $n } лічбаў
}; ≠ не могуць быць праўдай разам  = згодна  + іншая партыя  · запіс іншага дня
st-no-figure-here = тут няма лічбы: за гэты месяц па гэтым паказчыку даных няма
ui-name-title = пошук асобы па меры набору (Kulša = Kulsha = Кульша; Esc ачышчае) або фільтр: 2024 art:411
ui-picker-cases = { $form ->
    [one] { $n } справа
    [few] { $n } справы
   *[other] { $n } спраў
}
copy-months-and-facts = { $form ->
    [one] { $n } месяц
    [few] { $n } месяцы
   *[other] { $n } месяцаў
} і факты перыяду
copy-rows = { $form ->
    [one] { $n } радок
    [few] { $n } радкі
   *[other] { $n } радкоў
}

## What happened in a documented case (cases.csv `event`), as the register shows it.
case-ev-recognized = прызнаны
case-ev-convicted = асуджаны
case-ev-released = вызвалены
case-ev-detained = затрыманы
case-ev-pardoned = памілаваны
case-ev-convicted-in-absentia = асуджаны завочна
case-ev-appeal-rejected = апеляцыя адхілена
case-ev-charged = абвінавачаны
case-ev-sentence-extended = тэрмін павялічаны
case-ev-expelled = высланы
case-ev-died-in-custody = памёр у зняволенні
case-ev-admin-arrest = адм. арышт
case-ev-transferred = пераведзены

## Qualifiers in words (the sources popup), event kinds and the events popup's head.
qual-exact = дакладна
qual-at-least = не менш за
qual-over = больш за
qual-about = каля
ev-kind-election = выбары
ev-kind-list = спіс
ev-kind-pardon = памілаванне
ev-kind-release = вызваленне
ev-kind-definition-break = змена вызначэння
ev-head = { $form ->
    [one] { $n } падзея
    [few] { $n } падзеі
   *[other] { $n } падзей
}; графік пазначае іх на восі x

## Problems in the data and errors: what check lists and a failing command prints. Field
## names, keys and the file's own words ("exact", "YYYY-MM") stay as the files spell them.
pr-head = праблемы ў даных ({ $n }):
pr-and-more = і яшчэ { $n }
pr-run-check = поўная справаздача: `repdash check`
pr-not-utf8 = не тэкст у UTF-8
pr-empty-file = пусты файл
pr-nul = байт NUL у тэксце
pr-empty-header = пусты радок загалоўка
pr-no-header = няма загалоўка
pr-header = загаловак "{ $got }", чакаўся "{ $expected }"
pr-width = палёў: { $n }, чакалася { $expected }
pr-width-thousands = { $width }: "{ $typed }" чытаецца як два палі; лік з коскай паміж тысячамі трэба ўзяць у двукоссе ("{ $typed }") або запісаць { $plain }
pr-duplicate = паўтор радка { $line } (такі самы запіс)
pr-snapshot-name = імя файла месяца павінна быць YYYY-MM.csv
pr-snapshot-month = няправільны месяц у імені файла (чакалася YYYY-MM.csv)
pr-no-figures = пусты файл: ёсць загаловак, але няма лічбаў
pr-value = значэнне "{ $value }" — не лік (толькі лічбы, не больш за 15 значных)
pr-unknown-metric = невядомы паказчык "{ $metric }" (яго няма ў metrics.csv)
pr-article = "{ $article }" — не нумар артыкула
pr-not-date = { $field } "{ $value }" — не дата (YYYY-MM-DD)
pr-as-of-far = as_of "{ $value }" адстае ад месяца { $month } на { $days } дз. (дапушчальна не больш за { $most })
pr-qualifier = невядомая агаворка "{ $value }" (чакалася exact, at_least, over або about)
pr-month = "{ $value }" — не месяц (чакалася YYYY-MM, дзе MM ад 01 да 12)
pr-no-url = няма URL крыніцы: { $what ->
    [case] ён патрэбны кожнай справе
   *[other] ён патрэбны кожнай лічбе
}
pr-url-unsafe = у URL крыніцы ёсць прабелы або кіроўныя знакі
pr-case-date = дата "{ $date }" не прыпадае на месяц { $month }
pr-sentence = sentence_months "{ $value }" — не лік
pr-unknown-tab = невядомая ўкладка "{ $value }" (чакалася адна з: { $keys })
pr-unknown-kind = невядомы від "{ $value }" (чакаўся адзін з: { $keys })
pr-totals-no-flow = "{ $key }" падсумоўвае "{ $flow }", а гэта не штомесячны паказчык (flow) гэтага каталога
pr-period-no-covers = "{ $key }" — заяўлены вынік за перыяд, але перыяд не пазначаны (covers: year, half, quarter, ytd або колькасць месяцаў)
pr-no-companion = "{ $key }" чытаецца побач з "{ $other }", а такога паказчыка ў каталогу няма
pr-key-twice = паказчык "{ $key }" пазначаны двойчы
pr-key-snake = ключ паказчыка "{ $key }" не ў snake_case (a-z, 0-9 і _, напачатку літара)
pr-key-long = ключ паказчыка "{ $key }" даўжынёй { $n } зн.; дапушчальна не больш за { $most }
pr-code = код "{ $value }" — не criminal і не administrative
pr-event-date = дата "{ $value }" — не YYYY-MM-DD і не YYYY-MM
pr-covers = covers "{ $value }" — не перыяд (чакалася year, half, quarter, ytd або колькасць месяцаў, на якую дзеліцца 12: 1, 2, 3, 4, 6)
pr-not-found = немагчыма прачытаць: не знойдзены
pr-not-regular = гэта { $what ->
    [directory] каталог
    [fifo] FIFO (іменаваны канал)
    [device] прылада
    [socket] сокет
   *[other] не файл
}, а не звычайны файл: чытаюцца толькі звычайныя файлы
pr-too-large = памер { $size }; файлы больш за { $limit } не чытаюцца
pr-cannot-read = немагчыма прачытаць: { $why }
pr-cannot-read-catalog = немагчыма прачытаць каталог: { $why }
pr-dir-not-csv = гэта каталог, а чакаўся файл CSV
pr-no-data-dir = каталог даных не знойдзены (або гэта не каталог)
size-bytes = { $n } байт
git-no-catalog = у гэтай рэвізіі няма metrics.csv: тады гэта не быў каталог даных
git-no-dir = каталог даных не знойдзены: { $why }
git-no-repo = каталог даных не ў рэпазіторыі git
git-no-work-tree = у рэпазіторыя няма працоўнага дрэва
git-no-tree = у рэвізіі няма дрэва: { $why }
git-not-in-rev = { $path } няма ў гэтай рэвізіі
git-no-rev = такой рэвізіі ў рэпазіторыі няма (у няпоўным клоне яе можа не быць)
git-date-form = рэвізія па даце пішацца {"{"}YYYY-MM-DD{"}"}, напрыклад data@{"{"}2024-06-30{"}"}
git-no-head = няма каміта ў HEAD: { $why }
git-no-walk = немагчыма прайсці гісторыю: { $why }
git-no-commit-by = няма каміта на { $day } ці раней
git-bad-tree = нечытэльнае дрэва: { $why }
git-bad-object = { $path }: нечытэльны аб'ект: { $why }
wr-exists = { $path } ужо існуе (--force перазапіша)
wr-cannot = немагчыма запісаць { $path }: { $why }
imp-nothing = нічога не запісана
imp-nothing-put-back = нічога не запісана: усе файлы такія, як былі
imp-busy = у { $dir } ужо ідзе іншы імпарт (ён трымае { $lock }); паўтарыце, калі ён скончыцца
imp-no-dir = каталога даных няма
imp-lock-not-regular = гэта не звычайны файл (FIFO, прылада, спасылка або каталог); выдаліце яго
er-range-no-data = у дыяпазоне { $range } няма даных (даныя ахопліваюць { $full })
er-range-last = дыяпазон "{ $range }": у last-N лік N ад 1 да 1200
er-range = дыяпазон "{ $range }": { $why } (або all, last-12, last-36)
er-pattern = "{ $value }" — не фільтр артыкулаў (напрыклад: 342, 361-1, 361*, 24.23, adm:19.11)
er-unknown-metric = невядомы паказчык "{ $metric }" (гл. data/metrics.csv або `repdash check`)
er-no-months = у даных няма месяцаў
er-chart-draw = немагчыма намаляваць графік: { $why }
er-init-not-dir = { $dir } існуе і гэта не каталог
er-init-not-empty = { $dir } не пусты (--force запіша ў яго файлы набору даных)
er-init-create = немагчыма стварыць { $dir }: { $why }
er-init-failed = init не ўдаўся: { $why }
er-cannot-read = немагчыма прачытаць { $path }: { $why }
er-history-dir = history чытае каталог даных у git: пазначце яго праз --data DIR
er-at-commit = у каміце { $commit } ({ $subject }): { $why }
er-no-catalog = у { $dir } няма metrics.csv
er-rev-unreadable = рэвізія не чытаецца: { $problem }
er-config = налады: { $why }
er-no-terminal = панэль тут не запусціць: { $why } (паспрабуйце `repdash summary`)
er-name-control = у імені "{ $name }" ёсць кіроўны знак: назавіце файл без яго
er-rev-dir = --rev чытае каталог даных у рэвізіі git: пазначце каталог праз --data DIR
er-national = у { $key } няма лічбаў па артыкулах: --article { $article } да яго не дастасоўны (прыбярыце адно з двух)
er-png-stdout = -o - піша тэкст у стандартны вывад; для PNG патрэбна імя файла
er-import = імпарт не ўдаўся: { $why }
er-version = версію "{ $version }" не прачытаць (праблем: { $n }); першая: { $first }
er-since-dir = --since REV параўноўвае з --data DIR у гэтай рэвізіі: пазначце каталог
er-compare-two = compare патрэбны два перыяды: `compare 2023 2024` або `--a RANGE --b RANGE`
er-chart-ext = { $path }: файл графіка павінен заканчвацца на .svg або .png (або быць -, стандартным вывадам, для SVG)
er-chart-none = няма чаго маляваць: няма шэрагу
er-chart-one = chart малюе адзін паказчык: пазначце роўна адзін --metric KEY
er-from-after-to = --from { $from } пазней за --to { $to }
er-watch = немагчыма сачыць за { $dir }: { $why }

## What a command that writes files says it did, and the case register's listing.
wrote-file = запісаны { $path } ({ $what })
wrote-chart = графік { $w }x{ $h }, { $range }
wrote-report = справаздача, { $range }
count-figures = { $form ->
    [one] { $n } лічба
    [few] { $n } лічбы
   *[other] { $n } лічбаў
}
count-cases = { $form ->
    [one] { $n } справа
    [few] { $n } справы
   *[other] { $n } спраў
}
count-documented-cases = { $form ->
    [one] { $n } задакументаваная справа
    [few] { $n } задакументаваныя справы
   *[other] { $n } задакументаваных спраў
}
imp-month = { $month }.csv: дададзена { $n }, прапушчана паўтораў { $dups } ({ $state ->
    [new] новы файл
    [unchanged] без змен
   *[other] абноўлены
})
imp-total = імпартавана запісаў: { $n }, файлаў месяцаў: { $files }; прапушчана паўтораў: { $dups }
init-done = убудаваны набор даных запісаны ў { $dir }: файлаў { $n }, здымкаў месяцаў { $months }
    далей: repdash check --data { $dir }
cases-of-person = па імені "{ $name }"
cases-in = за { $period }
cases-article = (артыкул { $article })
cases-all-years = за ўсе гады: { $n } (прыбярыце --from/--to, каб убачыць іх)
cases-head-row = | дата | чалавек | падзея | артыкулы | тэрмін | заўвага | крыніца |
cases-sample = (задакументаваныя справы: выбарка, а не агульнанацыянальныя вынікі)
cases-months = { $n } мес.

## What `repdash config` prints beside each setting.
cfg-path = файл налад: { $path }
cfg-path-absent = файл налад: { $path } (яго няма: дзейнічаюць прадвызначаныя значэнні)
cfg-no-dir = файл налад: (на гэтай платформе няма каталога налад)
cfg-default = прадвызначана
cfg-file = файл налад
cfg-none = (няма)
cfg-default-here = прадвызначана (бягучы каталог)
cfg-command-line = камандны радок
cfg-command-line-or-env = камандны радок або асяроддзе
cfg-locale = лакаль
