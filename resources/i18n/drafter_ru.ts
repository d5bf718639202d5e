<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActNameNote</name>
    <message>
        <location filename="../../drafter/ui/act_name_note.py" line="21"/>
        <source>The bill cannot decline this act's name from its title: fill in the name in the genitive, accusative and prepositional (the bill prints a marked place until then).</source>
        <translation>Наименование акта не удается просклонять по его заголовку: заполните наименование в родительном, винительном и предложном падежах (до этого в законопроекте остается место для него).</translation>
    </message>
</context>
<context>
    <name>ActPropertiesDialog</name>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="109"/>
        <source>Act properties</source>
        <translation>Свойства акта</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="122"/>
        <source>One official publication source a line</source>
        <translation>Официальные источники опубликования, по одному в строке</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="132"/>
        <source>digits (часть 2)</source>
        <translation>цифрами (часть 2)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="133"/>
        <source>words (часть вторая)</source>
        <translation>словами (часть вторая)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="138"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="139"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="140"/>
        <location filename="../../drafter/ui/dialogs.py" line="163"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="141"/>
        <source>Name (nominative)</source>
        <translation>Название (именительный)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="142"/>
        <source>Name (genitive)</source>
        <translation>Название (родительный)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="143"/>
        <source>Name (accusative)</source>
        <translation>Название (винительный)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="144"/>
        <source>Name (prepositional)</source>
        <translation>Название (предложный)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="145"/>
        <source>Name (instrumental)</source>
        <translation>Название (творительный)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="146"/>
        <source>Publication sources</source>
        <translation>Источники опубликования</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="147"/>
        <location filename="../../drafter/ui/dialogs.py" line="164"/>
        <source>Edition date</source>
        <translation>Дата редакции</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="148"/>
        <source>Edition source</source>
        <translation>Источник редакции</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="149"/>
        <source>Structure profile</source>
        <translation>Структура акта</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="150"/>
        <source>Citation of parts</source>
        <translation>Ссылки на части</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="167"/>
        <source>%1: «%2» is not a date; write it as %3.</source>
        <translation>%1: «%2» — не дата; укажите дату в виде %3.</translation>
    </message>
</context>
<context>
    <name>DraftPropertiesDialog</name>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="75"/>
        <source>Draft properties</source>
        <translation>Свойства проекта</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="83"/>
        <source>Empty: the style's usual wording</source>
        <translation>Пусто — обычная формулировка стиля</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="86"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="87"/>
        <source>Agency</source>
        <translation>Разработчик</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="88"/>
        <source>Drafting style</source>
        <translation>Стиль изложения</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="89"/>
        <source>Entry into force</source>
        <translation>Вступление в силу</translation>
    </message>
</context>
<context>
    <name>DraftingTools</name>
    <message>
        <location filename="../../drafter/ui/drafting_tools.py" line="59"/>
        <source>&amp;Form of the Amendment</source>
        <translation>&amp;Форма изменения</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/drafting_tools.py" line="62"/>
        <source>Whether the bill restates the shown unit or amends it by patches</source>
        <translation>Излагает ли законопроект показанную единицу в новой редакции или изменяет её точечно</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/drafting_tools.py" line="64"/>
        <source>Bill &amp;Package…</source>
        <translation>&amp;Пакет документов законопроекта…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/drafting_tools.py" line="68"/>
        <source>Edit the initiator, the entry into force and the texts of the explanatory note and the financial justification</source>
        <translation>Изменить субъекта внесения, порядок вступления в силу и тексты пояснительной записки и финансово-экономического обоснования</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/drafting_tools.py" line="72"/>
        <source>References to Changed Units</source>
        <translation>Ссылки на изменяемые положения</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/drafting_tools.py" line="75"/>
        <source>Show the units of the project's acts that cite what the draft changes</source>
        <translation>Показать единицы актов проекта, ссылающиеся на изменяемые положения</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/drafting_tools.py" line="116"/>
        <source>Form of the Amendment</source>
        <translation>Форма изменения</translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <location filename="../../drafter/ui/export_folder.py" line="43"/>
        <source>Export Bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/export_folder.py" line="45"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/export_folder.py" line="53"/>
        <source>Into a new folder named</source>
        <translation>В новую папку с именем</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/export_folder.py" line="62"/>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/export_folder.py" line="67"/>
        <source>Export Bundle To</source>
        <translation>Папка для пакета документов</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/export_folder.py" line="142"/>
        <source>Cannot export</source>
        <translation>Не удалось выполнить экспорт</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/export_folder.py" line="153"/>
        <source>%1 already holds other files; choose an empty folder or a new folder name.</source>
        <translation>В папке %1 уже есть другие файлы; выберите пустую папку или укажите имя новой папки.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/export_folder.py" line="162"/>
        <source>Replace the bundle?</source>
        <translation>Заменить пакет?</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/export_folder.py" line="163"/>
        <source>%1 already holds a bundle. Replace it with this export?</source>
        <translation>В папке %1 уже есть пакет. Заменить его результатом этого экспорта?</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/export_folder.py" line="179"/>
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="97"/>
        <source>Find</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="98"/>
        <source>Find:</source>
        <translation>Найти:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="99"/>
        <source>Words in the act and the draft</source>
        <translation>Слова в акте и в проекте</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="103"/>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="104"/>
        <source>The previous occurrence (Shift+F3)</source>
        <translation>Предыдущее вхождение (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="108"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="109"/>
        <source>The next occurrence (Enter, F3)</source>
        <translation>Следующее вхождение (Enter, F3)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="111"/>
        <source>Close the find bar (Esc)</source>
        <translation>Закрыть панель поиска (Esc)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="114"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="115"/>
        <source>Find words in the current and proposed wordings of the draft</source>
        <translation>Найти слова в действующей и предлагаемой редакциях проекта</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="121"/>
        <source>Find &amp;Next</source>
        <translation>Найти д&amp;алее</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="122"/>
        <source>Go to the next occurrence found</source>
        <translation>Перейти к следующему найденному вхождению</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="126"/>
        <source>Find &amp;Previous</source>
        <translation>Найти п&amp;редыдущее</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="127"/>
        <source>Go to the previous occurrence found</source>
        <translation>Перейти к предыдущему найденному вхождению</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="244"/>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="247"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="51"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="54"/>
        <source>&amp;Your First Draft</source>
        <translation>&amp;Первый проект: с чего начать</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="55"/>
        <source>A short guide: import an act, amend it, export the bill</source>
        <translation>Краткое руководство: загрузить акт, внести изменения, выгрузить законопроект</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="58"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="59"/>
        <source>List every key combination of the window</source>
        <translation>Перечень всех сочетаний клавиш окна</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="62"/>
        <source>Tree &amp;Colours</source>
        <translation>&amp;Цвета в дереве</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="63"/>
        <source>What the colours and badges in the tree of units mean</source>
        <translation>Что означают цвета и отметки в дереве структурных единиц</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="66"/>
        <source>&amp;About Drafter</source>
        <translation>&amp;О программе Drafter</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="67"/>
        <source>Version, licence and where this draft's file is</source>
        <translation>Версия, лицензия и расположение файла проекта</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="105"/>
        <source>No draft is open.</source>
        <translation>Проект не открыт.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="111"/>
        <source>Drafts amendments to legislation: the amending law, the comparison table and the text with tracked changes, always in step with your edits.</source>
        <translation>Подготовка изменений в законодательство: текст законопроекта, сравнительная таблица и текст с исправлениями всегда соответствуют вашей правке.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="118"/>
        <source>Licence: MIT. Free to use, copy and change.</source>
        <translation>Лицензия: MIT. Можно свободно использовать, копировать и изменять.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="120"/>
        <source>This draft's file:</source>
        <translation>Файл проекта:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="123"/>
        <source>About Drafter</source>
        <translation>О программе Drafter</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="156"/>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="161"/>
        <source>Create the draft: File → New Draft… and give it a file name. Drafter saves every change by itself.</source>
        <translation>Создайте проект: Файл → Новый проект… и задайте имя файла. Drafter сохраняет каждое изменение сам.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="166"/>
        <source>Import the act you amend: File → Import Act… (Ctrl+I), a .docx or .txt file with its current wording, or drop the file on the window.</source>
        <translation>Загрузите изменяемый акт: Файл → Импорт акта… (Ctrl+I) — файл .docx или .txt с его действующей редакцией, либо перетащите файл в окно.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="171"/>
        <source>Find the article: type its number («322.1» or «ст. 322.1») or words in the filter above the tree and press Enter; Ctrl+F finds words in the texts.</source>
        <translation>Найдите статью: введите её номер («322.1» или «ст. 322.1») или слова в фильтр над деревом и нажмите Enter; Ctrl+F ищет слова в текстах.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="176"/>
        <source>Edit the proposed wording on the right; the current wording stays on the left. Changed words are highlighted and the amending instructions follow at once.</source>
        <translation>Правьте предлагаемую редакцию справа; действующая редакция остаётся слева. Изменённые слова выделяются, а текст изменений формируется сразу.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="181"/>
        <source>Repeal a unit, add one after it or restore its current wording from the Edit menu; F7 goes from change to change; right-click a change to revert it.</source>
        <translation>Признать структурную единицу утратившей силу, дополнить новой после неё или вернуть действующую редакцию можно в меню «Правка»; F7 переходит от изменения к изменению; щелчок правой кнопкой по изменению позволяет его отменить.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="186"/>
        <source>Export the bundle (File → Export Bundle…, Ctrl+E): the bill, the comparison table and the text with tracked changes.</source>
        <translation>Выгрузите пакет (Файл → Экспорт пакета…, Ctrl+E): законопроект, сравнительную таблицу и текст с исправлениями.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="193"/>
        <source>Your First Draft</source>
        <translation>Первый проект: с чего начать</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="208"/>
        <source>Open remarks of the agencies (a count)</source>
        <translation>Неснятые замечания ведомств (число)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="213"/>
        <source>An agency objects</source>
        <translation>Ведомство возражает</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="217"/>
        <source>Black: the draft does not touch the unit</source>
        <translation>Чёрный: проект не затрагивает структурную единицу</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="220"/>
        <source>Tree Colours</source>
        <translation>Цвета в дереве</translation>
    </message>
</context>
<context>
    <name>ImportWarningsDock</name>
    <message>
        <location filename="../../drafter/ui/import_warnings.py" line="54"/>
        <source>Import Warnings</source>
        <translation>Предупреждения при загрузке</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/import_warnings.py" line="55"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drafter/ui/import_warnings.py" line="58"/>
        <source>%n warning(s) from the imports; choose one to see its unit.</source>
        <translation>
            <numerusform>Предупреждений при загрузке: %n; выберите предупреждение, чтобы перейти к структурной единице.</numerusform>
            <numerusform>Предупреждений при загрузке: %n; выберите предупреждение, чтобы перейти к структурной единице.</numerusform>
            <numerusform>Предупреждений при загрузке: %n; выберите предупреждение, чтобы перейти к структурной единице.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jurisdictions</name>
    <message>
        <location filename="../../drafter/ui/jurisdictions.py" line="21"/>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/jurisdictions.py" line="22"/>
        <source>United Kingdom</source>
        <translation>Соединённое Королевство</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/jurisdictions.py" line="23"/>
        <source>United States</source>
        <translation>США</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../drafter/ui/tree_panel.py" line="75"/>
        <source>Filter by number or words</source>
        <translation>Поиск по номеру или словам</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/tree_panel.py" line="76"/>
        <source>With open remarks</source>
        <translation>С открытыми замечаниями</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/tree_panel.py" line="78"/>
        <source>Show only the units the agencies' open remarks are on</source>
        <translation>Показать только структурные единицы с открытыми замечаниями ведомств</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/tree_panel.py" line="91"/>
        <source>All units</source>
        <translation>Все единицы</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/tree_panel.py" line="94"/>
        <source>Changed since round %1</source>
        <translation>Изменённые с этапа %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/tree_panel.py" line="98"/>
        <source>Show only the units changed since a round was sent</source>
        <translation>Показать только структурные единицы, изменённые после отправки этапа</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="286"/>
        <source>Select an article in the tree to edit it.</source>
        <translation>Выберите статью в дереве, чтобы изменить её.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="160"/>
        <source>Drafting style of the instructions</source>
        <translation>Стиль изложения поправок</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/outputs_panel.py" line="41"/>
        <source>This article</source>
        <translation>Эта статья</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/outputs_panel.py" line="42"/>
        <source>Whole bill</source>
        <translation>Весь законопроект</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/outputs_panel.py" line="43"/>
        <source>Redline</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="117"/>
        <source>&amp;New Draft…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="118"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="120"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="121"/>
        <source>&amp;Import Act…</source>
        <translation>&amp;Импорт акта…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="134"/>
        <source>Add an act from a .docx or .txt file</source>
        <translation>Добавить акт из файла .docx или .txt</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="122"/>
        <source>&amp;Export Bundle…</source>
        <translation>&amp;Экспорт пакета…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="135"/>
        <source>Write the bill and tables to a folder</source>
        <translation>Сохранить законопроект и таблицы в папку</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="124"/>
        <source>&amp;Draft Properties…</source>
        <translation>Свойства &amp;проекта…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="125"/>
        <source>A&amp;ct Properties…</source>
        <translation>Свойства &amp;акта…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="126"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="178"/>
        <location filename="../../drafter/ui/editing.py" line="374"/>
        <source>&amp;Repeal %1</source>
        <translation>&amp;Признать утратившим силу: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="180"/>
        <source>Restore the Current Wording of %1</source>
        <translation>Вернуть действующую редакцию: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="182"/>
        <source>&amp;Add %1 after %2</source>
        <translation>&amp;Добавить после «%2»: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="192"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="193"/>
        <source>&amp;Redo</source>
        <translation>П&amp;овторить</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="127"/>
        <location filename="../../drafter/ui/actions.py" line="168"/>
        <location filename="../../drafter/ui/actions.py" line="174"/>
        <source>&amp;Add Unit After</source>
        <translation>&amp;Добавить статью после</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="140"/>
        <source>Add a new article after this one</source>
        <translation>Добавить новую статью после этой</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="128"/>
        <location filename="../../drafter/ui/actions.py" line="169"/>
        <location filename="../../drafter/ui/actions.py" line="175"/>
        <source>&amp;Repeal Unit</source>
        <translation>Признать &amp;утратившей силу</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="141"/>
        <source>Declare this article repealed</source>
        <translation>Признать статью утратившей силу</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="129"/>
        <location filename="../../drafter/ui/actions.py" line="170"/>
        <location filename="../../drafter/ui/actions.py" line="176"/>
        <source>Restore &amp;Current Wording</source>
        <translation>Вернуть &amp;действующую редакцию</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="119"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="123"/>
        <source>Approval &amp;Rounds…</source>
        <translation>Этапы &amp;согласования…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="130"/>
        <source>Ne&amp;xt Open Remark</source>
        <translation>&amp;Следующее открытое замечание</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="131"/>
        <source>Pre&amp;vious Open Remark</source>
        <translation>&amp;Предыдущее открытое замечание</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="136"/>
        <source>Write the draft to its file now</source>
        <translation>Записать проект в файл сейчас</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="137"/>
        <source>The rounds sent, the agencies' answers, returned files to read</source>
        <translation>Направленные этапы, ответы ведомств, чтение файлов с замечаниями</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="142"/>
        <source>Drop the proposed changes of this article</source>
        <translation>Отменить предлагаемые изменения этой статьи</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="145"/>
        <source>The next remark still open, across the draft</source>
        <translation>Следующее открытое замечание по всему проекту</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="153"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="154"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="155"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="156"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="157"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="158"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="159"/>
        <source>Style:</source>
        <translation>Стиль:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="183"/>
        <source>typing in %1</source>
        <translation>ввод текста в %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="195"/>
        <source>Cannot open a draft</source>
        <translation>Не удалось открыть проект</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="208"/>
        <source>Cannot open the sample draft</source>
        <translation>Не удалось открыть пример проекта</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="101"/>
        <location filename="../../drafter/ui/draft_files.py" line="308"/>
        <location filename="../../drafter/ui/main_window.py" line="265"/>
        <source>Cannot save the draft</source>
        <translation>Не удалось сохранить проект</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="289"/>
        <source>No draft is open. Create one (File → New Draft), open one, or start with the sample: drafter demo.</source>
        <translation>Проект не открыт. Создайте новый (Файл → Новый проект), откройте существующий или начните с примера: drafter demo.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="317"/>
        <source>The draft repeals this article; restore it to edit.</source>
        <translation>Проект признаёт статью утратившей силу; верните её, чтобы редактировать.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="325"/>
        <source>Cannot read this text yet: %1. Your typing is kept.</source>
        <translation>Текст пока не читается как статья: %1. Набранный текст сохранён.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="478"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="483"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="441"/>
        <source>Change drafting style</source>
        <translation>Смена стиля изложения</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/outputs_panel.py" line="58"/>
        <source>No instructions for this text: %1</source>
        <translation>Для этого текста поправки не сформированы: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/outputs_panel.py" line="62"/>
        <source>No changes in this article.</source>
        <translation>В этой статье изменений нет.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/outputs_panel.py" line="88"/>
        <source>The draft makes no changes yet.</source>
        <translation>Проект пока ничего не изменяет.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/outputs_panel.py" line="94"/>
        <source>The bill cannot be generated: %1</source>
        <translation>Текст законопроекта не сформирован: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="516"/>
        <source>Add unit</source>
        <translation>Добавление статьи</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="529"/>
        <source>Remove added unit</source>
        <translation>Удаление добавленной статьи</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="532"/>
        <source>Repeal unit</source>
        <translation>Признание утратившей силу</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="542"/>
        <source>Restore current wording</source>
        <translation>Возврат действующей редакции</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="68"/>
        <source>New Draft</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="63"/>
        <location filename="../../drafter/ui/draft_files.py" line="85"/>
        <source>Drafts (*.drafter)</source>
        <translation>Проекты (*.drafter)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="76"/>
        <source>Cannot create the draft</source>
        <translation>Не удалось создать проект</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="84"/>
        <source>Open Draft</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="270"/>
        <source>Change the bill's package</source>
        <translation>Изменение пакета документов к законопроекту</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="319"/>
        <location filename="../../drafter/ui/main_window.py" line="553"/>
        <source>Save Draft As</source>
        <translation>Сохранить проект как</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="576"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="112"/>
        <source>Import Act</source>
        <translation>Импорт акта</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="124"/>
        <location filename="../../drafter/ui/draft_files.py" line="148"/>
        <location filename="../../drafter/ui/draft_files.py" line="155"/>
        <source>Cannot import</source>
        <translation>Импорт невозможен</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="125"/>
        <source>Open a draft you can edit to import acts.</source>
        <translation>Чтобы импортировать акты, откройте проект, доступный для изменения.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="132"/>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="157"/>
        <source>Imported %1</source>
        <translation>Импортирован: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="160"/>
        <source>%1 warnings</source>
        <translation>предупреждений: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="189"/>
        <source>Cannot import the act</source>
        <translation>Не удалось импортировать акт</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="232"/>
        <source>Cannot export</source>
        <translation>Не удалось выполнить экспорт</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="222"/>
        <source>Writing the bill, tables and redlines…</source>
        <translation>Формирование законопроекта, таблиц и редакций…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="106"/>
        <source>The draft is saved as %1; editing continues there.</source>
        <translation>Проект сохранён как %1; работа продолжается в этом файле.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="113"/>
        <source>Acts (*.docx *.txt *.html *.htm *.rtf *.doc *.odt)</source>
        <translation>Акты (*.docx *.txt *.html *.htm *.rtf *.doc *.odt)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="223"/>
        <source>Export Bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="229"/>
        <source>Export cancelled</source>
        <translation>Экспорт отменён</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="248"/>
        <source>Exported to %1</source>
        <translation>Пакет сохранён в %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="256"/>
        <source>Exported with warnings</source>
        <translation>Пакет сохранён с замечаниями</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="253"/>
        <source>The bundle was written to %1. Please check:</source>
        <translation>Пакет сохранён в %1. Проверьте:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="265"/>
        <source>Change draft properties</source>
        <translation>Изменение свойств проекта</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="298"/>
        <source>Cannot save the act</source>
        <translation>Не удалось сохранить акт</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/editors_panel.py" line="146"/>
        <source>Editorial notes (%1)</source>
        <translation>Редакционные пометки (%1)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/editors_panel.py" line="149"/>
        <source>Notes of the official publication; they are not part of the law text</source>
        <translation>Пометки официальной публикации; они не входят в текст закона</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="623"/>
        <source>No draft</source>
        <translation>Нет проекта</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="628"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="632"/>
        <source>Changed units: %1</source>
        <translation>Изменённых единиц: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/editors_panel.py" line="109"/>
        <source>Read-only: this draft is open in Drafter by %1 on %2 (since %3). You can read it and save a copy (Save As).</source>
        <translation>Только чтение: проект открыт в Drafter пользователем %1 на компьютере %2 (с %3). Его можно читать и сохранить копию («Сохранить как»).</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/editors_panel.py" line="119"/>
        <source>Read-only: the draft file cannot be written. Save a copy to edit it.</source>
        <translation>Только чтение: файл проекта недоступен для записи. Сохраните копию, чтобы вносить изменения.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="309"/>
        <source>The latest edits could not be written to %1. Save a copy elsewhere?</source>
        <translation>Последние изменения не удалось записать в %1. Сохранить копию в другом месте?</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="79"/>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="80"/>
        <location filename="../../drafter/ui/messages.py" line="81"/>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="82"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="83"/>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="84"/>
        <source>it already exists</source>
        <translation>он уже существует</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="85"/>
        <source>a part of the path is not a folder</source>
        <translation>часть пути не является папкой</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="86"/>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="87"/>
        <source>the name is too long</source>
        <translation>слишком длинное имя</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="88"/>
        <source>it is in use</source>
        <translation>он используется другой программой</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="89"/>
        <source>the folder is not empty</source>
        <translation>папка не пуста</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="109"/>
        <source>internal error (%1)</source>
        <translation>внутренняя ошибка (%1)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="117"/>
        <source>%1 does not exist (it may have been moved or deleted).</source>
        <translation>%1 не существует (возможно, файл перемещён или удалён).</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="119"/>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 не удаётся прочитать: нет доступа.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/act_removal.py" line="40"/>
        <source>remove %1</source>
        <translation>удаление акта %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/act_removal.py" line="80"/>
        <source>Re&amp;move Act From Project</source>
        <translation>&amp;Удалить акт из проекта</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/act_removal.py" line="82"/>
        <source>Take the chosen act and its changes out of the draft (Undo brings them back)</source>
        <translation>Исключить выбранный акт и изменения к нему из проекта (команда «Отменить» вернёт их)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/act_removal.py" line="112"/>
        <source>Cannot remove the act</source>
        <translation>Не удалось удалить акт</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/act_removal.py" line="118"/>
        <source>Removed %1 from the draft</source>
        <translation>Акт %1 удалён из проекта</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/editing.py" line="32"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/editing.py" line="33"/>
        <source>Part</source>
        <translation>Часть</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/editing.py" line="34"/>
        <source>Point</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/editing.py" line="35"/>
        <source>Subpoint</source>
        <translation>Подпункт</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/editing.py" line="300"/>
        <source>Saved to %1</source>
        <translation>Сохранено в файл %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/editing.py" line="350"/>
        <source>Repeal instead?</source>
        <translation>Признать утратившим силу?</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/editing.py" line="351"/>
        <source>The whole text of %1 is deleted. Repeal it instead, so that the bill says it loses force?</source>
        <translation>Текст «%1» удалён целиком. Признать эту единицу утратившей силу, чтобы законопроект так и сказал, вместо исключения?</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../drafter/ui/navigation.py" line="44"/>
        <source>Next C&amp;hange</source>
        <translation>Следующее &amp;изменение</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/navigation.py" line="46"/>
        <source>Go to the next changed words, across the draft</source>
        <translation>Перейти к следующим изменённым словам во всём проекте</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/navigation.py" line="48"/>
        <source>Previous Chan&amp;ge</source>
        <translation>Предыдущее из&amp;менение</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/navigation.py" line="50"/>
        <source>Go to the previous changed words, across the draft</source>
        <translation>Перейти к предыдущим изменённым словам во всём проекте</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/navigation.py" line="83"/>
        <source>Went round: the first change of the draft</source>
        <translation>Поиск продолжен с начала: первое изменение проекта</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/navigation.py" line="85"/>
        <source>Went round: the last change of the draft</source>
        <translation>Поиск продолжен с конца: последнее изменение проекта</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/navigation.py" line="90"/>
        <source>The draft changes nothing yet.</source>
        <translation>Проект пока ничего не изменяет.</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="27"/>
        <source>Bill package</source>
        <translation>Пакет документов к законопроекту</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="32"/>
        <source>The draft's own wording, or on publication</source>
        <translation>Формулировка проекта или со дня опубликования</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="33"/>
        <source>On the day of official publication</source>
        <translation>Со дня официального опубликования</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="34"/>
        <source>On a date</source>
        <translation>С определенной даты</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="35"/>
        <source>A number of days after publication</source>
        <translation>По истечении срока после опубликования</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="42"/>
        <location filename="../../drafter/ui/package_dialog.py" line="43"/>
        <source>Empty: a marked place in the note</source>
        <translation>Не заполнено: в пояснительной записке будет оставлено место</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="45"/>
        <source>Empty: a marked place in the financial justification</source>
        <translation>Не заполнено: в финансово-экономическом обосновании будет оставлено место</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="48"/>
        <source>Initiator</source>
        <translation>Субъект права законодательной инициативы</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="49"/>
        <source>Entry into force</source>
        <translation>Вступление в силу</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="50"/>
        <source>Date or days</source>
        <translation>Дата или число дней</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="52"/>
        <source>Subject of regulation</source>
        <translation>Предмет правового регулирования</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="53"/>
        <source>Reasons for the bill</source>
        <translation>Обоснование необходимости принятия</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="54"/>
        <source>Financial justification</source>
        <translation>Финансово-экономическое обоснование</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="79"/>
        <source>days, e.g. 10</source>
        <translation>дней, например 10</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="84"/>
        <source>Type the date as yyyy-mm-dd, e.g. 2027-01-01.</source>
        <translation>Введите дату в виде гггг-мм-дд, например 2027-01-01.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="86"/>
        <source>Type the number of days, from 1 to 999.</source>
        <translation>Введите число дней от 1 до 999.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="30"/>
        <source>Russian codes (УК, УПК, КоАП): статья → часть «1.» → пункт «1)»/«а)» → подпункт</source>
        <translation>Кодексы (УК, УПК, КоАП): статья → часть «1.» → пункт «1)»/«а)» → подпункт</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="34"/>
        <source>Russian laws, ГК, НК: статья → пункт «1.» → подпункт «1)» → абзац</source>
        <translation>Федеральные законы, ГК, НК: статья → пункт «1.» → подпункт «1)» → абзац</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="37"/>
        <source>UK: section → subsection (1) → paragraph (a) → sub-paragraph (i); Schedules</source>
        <translation>Соединённое Королевство: раздел → подраздел (1) → параграф (a) → подпараграф (i); приложения</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="41"/>
        <source>US: section → (a) → (1) → (A) → (i) → (I)</source>
        <translation>США: раздел → (a) → (1) → (A) → (i) → (I)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../drafter/ui/i18n.py" line="25"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/i18n.py" line="26"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/i18n.py" line="27"/>
        <source>%1 File</source>
        <translation>Файл %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/i18n.py" line="28"/>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../drafter/ui/i18n.py" line="23"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/i18n.py" line="24"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../drafter/ui/i18n.py" line="22"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>Redline</name>
    <message>
        <location filename="../../drafter/ui/outputs.py" line="75"/>
        <source>The draft does not change this act.</source>
        <translation>Проект не изменяет этот акт.</translation>
    </message>
</context>
<context>
    <name>References</name>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="21"/>
        <source>must be amended</source>
        <translation>требует изменения</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="22"/>
        <source>to check</source>
        <translation>требует проверки</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="28"/>
        <source>repealed</source>
        <translation>утрачивает силу</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="29"/>
        <source>renumbered</source>
        <translation>перенумеровывается</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="30"/>
        <source>removed</source>
        <translation>исключается</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="31"/>
        <source>changed</source>
        <translation>изменяется</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="32"/>
        <source>a unit added in the range</source>
        <translation>в диапазон добавлена единица</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="77"/>
        <source>Citing unit</source>
        <translation>Ссылающаяся единица</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="78"/>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="79"/>
        <source>Cited unit</source>
        <translation>Упоминаемая единица</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="80"/>
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="85"/>
        <source>References to changed units: none</source>
        <translation>Ссылок на изменяемые положения нет</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="88"/>
        <source>References to changed units: %1, %2 must be amended</source>
        <translation>Ссылок на изменяемые положения: %1, из них требуют изменения: %2</translation>
    </message>
</context>
<context>
    <name>RemarksTab</name>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="146"/>
        <source>Remarks (%1)</source>
        <translation>Замечания (%1)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="162"/>
        <source>Choose a unit in the tree to see its remarks.</source>
        <translation>Выберите структурную единицу в дереве, чтобы увидеть замечания к ней.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="176"/>
        <source>The unit was removed since round %1.</source>
        <translation>Структурная единица исключена начиная с этапа %1.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="180"/>
        <source>The unit is no longer in the draft.</source>
        <translation>Структурной единицы больше нет в проекте.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="218"/>
        <source>Round %1: %2 of %3 answers, %4 open remarks</source>
        <translation>Этап %1: ответов %2 из %3, открытых замечаний %4</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="248"/>
        <source>No open remarks.</source>
        <translation>Открытых замечаний нет.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="305"/>
        <location filename="../../drafter/ui/remark_actions.py" line="323"/>
        <source>Cannot record the decision</source>
        <translation>Не удалось сохранить решение</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="314"/>
        <source>Cannot undo the decision</source>
        <translation>Не удалось отменить решение</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="332"/>
        <source>Cannot change the remark</source>
        <translation>Не удалось изменить замечание</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="346"/>
        <source>Cannot apply the agency's wording</source>
        <translation>Не удалось принять редакцию ведомства</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="350"/>
        <source>The agency's wording is accepted.</source>
        <translation>Редакция ведомства принята.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="359"/>
        <source>Apply the wording of remark %1 (%2)</source>
        <translation>Принятие редакции по замечанию %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="379"/>
        <source>Link to an Earlier Remark</source>
        <translation>Связь с ранее поданным замечанием</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="380"/>
        <source>The remark of %1 repeats:</source>
        <translation>Замечание ведомства %1 повторяет:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="381"/>
        <source>Repeats no earlier remark</source>
        <translation>Не повторяет ранее поданных замечаний</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="387"/>
        <location filename="../../drafter/ui/remark_actions.py" line="395"/>
        <source>Cannot link the remark</source>
        <translation>Не удалось связать замечание</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="412"/>
        <source>Group Remarks</source>
        <translation>Объединение замечаний</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="413"/>
        <source>Make a part of this remark:</source>
        <translation>Включить в это замечание:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="419"/>
        <location filename="../../drafter/ui/remark_actions.py" line="425"/>
        <source>Cannot group the remarks</source>
        <translation>Не удалось объединить замечания</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="434"/>
        <source>Round %1, remark %2: %3</source>
        <translation>Этап %1, замечание %2: %3</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="441"/>
        <source>Nothing to choose.</source>
        <translation>Выбирать не из чего.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="448"/>
        <source>Remark %1: %2</source>
        <translation>Замечание %1: %2</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="12"/>
        <source>objection</source>
        <translation>возражение</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="13"/>
        <source>remark</source>
        <translation>замечание</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="14"/>
        <source>proposal</source>
        <translation>предложение</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="15"/>
        <source>drafting point</source>
        <translation>юридико-техническое</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="16"/>
        <source>conflict with other law</source>
        <translation>противоречие законодательству</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="17"/>
        <source>budget impact</source>
        <translation>финансово-бюджетные последствия</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="18"/>
        <source>competence</source>
        <translation>полномочия</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="19"/>
        <source>drafting</source>
        <translation>юридическая техника</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="20"/>
        <source>policy</source>
        <translation>по существу регулирования</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="21"/>
        <source>other</source>
        <translation>иное</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="22"/>
        <source>not decided</source>
        <translation>не рассмотрено</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="23"/>
        <source>accepted</source>
        <translation>учтено</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="24"/>
        <source>partly accepted</source>
        <translation>учтено частично</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="25"/>
        <source>not accepted</source>
        <translation>не учтено</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="26"/>
        <source>withdrawn</source>
        <translation>снято</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="27"/>
        <source>duplicate</source>
        <translation>повтор</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="28"/>
        <source>(not set)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="159"/>
        <source>Open remarks</source>
        <translation>Открытые замечания</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="159"/>
        <source>All remarks</source>
        <translation>Все замечания</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="166"/>
        <source>Unit</source>
        <translation>Структурная единица</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="167"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="168"/>
        <source>Severity</source>
        <translation>Характер</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="169"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="172"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="173"/>
        <source>Remark</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="175"/>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="176"/>
        <source>Position of the developer:</source>
        <translation>Позиция разработчика:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="177"/>
        <source>Settled at a conciliation meeting</source>
        <translation>Урегулировано на согласительном совещании</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="178"/>
        <source>Undo Decision</source>
        <translation>Отменить решение</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="179"/>
        <source>Apply the Agency's Wording</source>
        <translation>Принять редакцию ведомства</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="180"/>
        <source>Severity:</source>
        <translation>Характер:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="181"/>
        <source>Grounds:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="182"/>
        <source>On what grounds:</source>
        <translation>На каком основании:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="183"/>
        <source>Save Grounds and Severity</source>
        <translation>Сохранить основание и характер</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="184"/>
        <source>Link to an Earlier Remark…</source>
        <translation>Связать с ранее поданным замечанием…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="185"/>
        <source>Unlink</source>
        <translation>Снять связь</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="186"/>
        <source>Group With…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="187"/>
        <source>Ungroup</source>
        <translation>Разъединить</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="192"/>
        <source>Why the remark is accepted or not</source>
        <translation>Почему замечание учтено или не учтено</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="195"/>
        <source>Put the agency's wording into the draft (one step to undo) and accept</source>
        <translation>Внести редакцию ведомства в проект (отменяется одним действием) и учесть замечание</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="201"/>
        <source>Let Drafter find the remark it repeats</source>
        <translation>Повторяемое замечание определяется автоматически</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="211"/>
        <source>All rounds</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="212"/>
        <source>Round %1</source>
        <translation>Этап %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="216"/>
        <source>All agencies</source>
        <translation>Все ведомства</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="305"/>
        <source>Change Decision</source>
        <translation>Изменить решение</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="307"/>
        <source>Decide</source>
        <translation>Принять решение</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="339"/>
        <source>round %1</source>
        <translation>этап %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="348"/>
        <source>Proposed wording:</source>
        <translation>Предлагаемая редакция:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="358"/>
        <source>Grounds: %1</source>
        <translation>Основание: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="363"/>
        <source>Repeats remark %1</source>
        <translation>Повторяет замечание %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="371"/>
        <source>settled</source>
        <translation>урегулировано</translation>
    </message>
</context>
<context>
    <name>RestateChoice</name>
    <message>
        <location filename="../../drafter/ui/restate_action.py" line="34"/>
        <source>Restate %1</source>
        <translation>Изложить в новой редакции: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/restate_action.py" line="35"/>
        <source>Amend %1 by Patches</source>
        <translation>Изменить точечными поправками: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/restate_action.py" line="36"/>
        <source>Let the Rules Decide</source>
        <translation>Выбирать по правилам</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/restate_action.py" line="57"/>
        <source>Form of the Amendment</source>
        <translation>Форма изменения</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/restate_action.py" line="83"/>
        <source>The draft does not change it.</source>
        <translation>Проект ее не изменяет.</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <location filename="../../drafter/ui/remarks_panel.py" line="62"/>
        <source>Remarks of the agencies: none</source>
        <translation>Замечания ведомств: нет</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_panel.py" line="67"/>
        <source>Remarks of the agencies (%1)</source>
        <translation>Замечания ведомств (%1)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_panel.py" line="71"/>
        <source>%1 open</source>
        <translation>нерассмотренных: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_panel.py" line="84"/>
        <source>round %1</source>
        <translation>этап %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_panel.py" line="88"/>
        <source>resolved in the file</source>
        <translation>снято в файле</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="36"/>
        <source>Remark from a Letter</source>
        <translation>Замечание из письма</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="50"/>
        <source>The words of the unit the remark is about (optional)</source>
        <translation>Слова структурной единицы, к которым относится замечание (необязательно)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="53"/>
        <source>What the agency says</source>
        <translation>Содержание замечания ведомства</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="56"/>
        <source>The wording the agency proposes (optional)</source>
        <translation>Редакция, предлагаемая ведомством (необязательно)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="65"/>
        <source>Act:</source>
        <translation>Акт:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="66"/>
        <source>Unit:</source>
        <translation>Структурная единица:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="67"/>
        <source>Quoted words:</source>
        <translation>Цитируемые слова:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="68"/>
        <source>Remark:</source>
        <translation>Замечание:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="69"/>
        <location filename="../../drafter/ui/remarks_panel.py" line="92"/>
        <source>Proposed wording:</source>
        <translation>Предлагаемая редакция:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="100"/>
        <source>The draft has no approval round yet.</source>
        <translation>Проект ещё не направлялся на согласование.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="40"/>
        <source>Unit</source>
        <translation>Структурная единица</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="41"/>
        <source>Placed</source>
        <translation>Привязка</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="42"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="43"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="44"/>
        <source>Text or proposed wording</source>
        <translation>Текст или предлагаемая редакция</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="63"/>
        <source>Returned file — %1</source>
        <translation>Файл с замечаниями — %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="69"/>
        <source>as the file says</source>
        <translation>по данным файла</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="72"/>
        <source>&amp;Read</source>
        <translation>&amp;Прочитать</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="74"/>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="126"/>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="166"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="25"/>
        <source>agreed without remarks</source>
        <translation>согласовано без замечаний</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="27"/>
        <source>not agreed (objections)</source>
        <translation>не согласовано (возражения)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="54"/>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="64"/>
        <location filename="../../drafter/ui/review_dialog.py" line="75"/>
        <source>Agency:</source>
        <translation>Ведомство:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="94"/>
        <source>Record Answer</source>
        <translation>Ответ ведомства</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="101"/>
        <source>e.g. 12-03/4567</source>
        <translation>например, 12-03/4567</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="103"/>
        <source>Answer:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="104"/>
        <source>Letter No.:</source>
        <translation>Исх. №:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="105"/>
        <source>Letter date:</source>
        <translation>Дата письма:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="131"/>
        <source>Set Deadline</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="135"/>
        <source>Answer by:</source>
        <translation>Ответ до:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="53"/>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="63"/>
        <location filename="../../drafter/ui/review_dialog.py" line="76"/>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="123"/>
        <source>Round:</source>
        <translation>Этап:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="91"/>
        <source>Rows in red are not placed: select one, then click its unit in the tree of the main window.</source>
        <translation>Строки, выделенные красным, не привязаны: выберите строку и щёлкните нужную структурную единицу в дереве главного окна.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="101"/>
        <source>&amp;Import</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="136"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="152"/>
        <source>Round %1, %2 (recognised by its %3).</source>
        <translation>Этап %1, %2 (опознан по %3).</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="157"/>
        <source>properties</source>
        <translation>свойствам</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="159"/>
        <source>content</source>
        <translation>содержимому</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="161"/>
        <source>%1 items: %2 placed, %3 not placed.</source>
        <translation>Элементов: %1; привязано: %2; не привязано: %3.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="167"/>
        <source>No changes and no comments: recorded as agreed.</source>
        <translation>Изменений и комментариев нет: будет учтено как согласование без замечаний.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="170"/>
        <source>%1 is a new agency: importing adds it.</source>
        <translation>%1 — новое ведомство: при загрузке оно будет добавлено.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="176"/>
        <source>This file was imported before: importing adds nothing.</source>
        <translation>Этот файл уже загружался: повторная загрузка ничего не добавит.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="202"/>
        <source>(click a unit in the tree)</source>
        <translation>(щёлкните единицу в дереве)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="207"/>
        <source>(new, after %1)</source>
        <translation>(новый, после %1)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="210"/>
        <source>proposed: %1</source>
        <translation>предлагается: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="249"/>
        <source>Importing the remarks of %1…</source>
        <translation>Загрузка замечаний из %1…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_source.py" line="53"/>
        <source>edit</source>
        <translation>правка</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_source.py" line="54"/>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_source.py" line="55"/>
        <source>edit without tracking</source>
        <translation>правка без режима исправлений</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_source.py" line="56"/>
        <source>rejects our change</source>
        <translation>отклоняет наше изменение</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_source.py" line="57"/>
        <source>letter</source>
        <translation>письмо</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_source.py" line="66"/>
        <source>by bookmark</source>
        <translation>по закладке</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_source.py" line="68"/>
        <source>by text</source>
        <translation>по тексту</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_source.py" line="70"/>
        <source>by similar text</source>
        <translation>по сходному тексту</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_source.py" line="72"/>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/review_source.py" line="73"/>
        <source>not placed</source>
        <translation>не привязано</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/reviews.py" line="150"/>
        <source>Add Remark from a Letter…</source>
        <translation>Добавить замечание из письма…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/reviews.py" line="152"/>
        <source>Enter a remark an agency made by letter on the selected unit</source>
        <translation>Внести замечание, изложенное ведомством в письме, к выбранной структурной единице</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/reviews.py" line="180"/>
        <source>Remark added to %1</source>
        <translation>Замечание внесено: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/reviews.py" line="187"/>
        <source>Add Returned Files</source>
        <translation>Добавить файлы с замечаниями</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/reviews.py" line="189"/>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="80"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/reviews.py" line="200"/>
        <source>Cannot read returned files</source>
        <translation>Не удаётся прочитать файлы с замечаниями</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/reviews.py" line="201"/>
        <source>Open a draft you can edit to read the agencies' files.</source>
        <translation>Откройте проект, доступный для редактирования, чтобы прочитать файлы ведомств.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/reviews.py" line="221"/>
        <source>Remarks imported: %1</source>
        <translation>Загружено замечаний: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="32"/>
        <source>awaited</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="33"/>
        <source>agreed</source>
        <translation>согласовано</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="26"/>
        <location filename="../../drafter/ui/rounds_dialog.py" line="34"/>
        <source>agreed with remarks</source>
        <translation>согласовано с замечаниями</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="35"/>
        <source>objections</source>
        <translation>не согласовано (возражения)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="28"/>
        <location filename="../../drafter/ui/rounds_dialog.py" line="36"/>
        <source>no answer</source>
        <translation>ответ не поступил</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="59"/>
        <source>received %1</source>
        <translation>получен %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="60"/>
        <source>received</source>
        <translation>получен</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="64"/>
        <source>overdue by 1 day</source>
        <translation>срок истёк 1 дн. назад</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="66"/>
        <source>overdue by %1 days</source>
        <translation>срок истёк %1 дн. назад</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="71"/>
        <source>due today</source>
        <translation>срок истекает сегодня</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="73"/>
        <source>due in 1 day</source>
        <translation>до срока 1 дн.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="75"/>
        <source>due in %1 days</source>
        <translation>до срока %1 дн.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="79"/>
        <source>no deadline</source>
        <translation>срок не установлен</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="87"/>
        <source>closed %1</source>
        <translation>закрыт %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="88"/>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="97"/>
        <source>Remarks: %1 open of %2</source>
        <translation>Замечаний: открытых %1 из %2</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="118"/>
        <source>Approval Rounds</source>
        <translation>Этапы согласования</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="124"/>
        <source>Round / agency</source>
        <translation>Этап / ведомство</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="125"/>
        <source>Sent / deadline</source>
        <translation>Направлено / срок</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="126"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="127"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="128"/>
        <source>Due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="135"/>
        <source>No approval rounds yet. Send the first with «New Round…».</source>
        <translation>Этапов согласования пока нет. Направьте проект на первый этап кнопкой «Новый этап…».</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="187"/>
        <source>&amp;New Round…</source>
        <translation>&amp;Новый этап…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="188"/>
        <source>Record &amp;Answer…</source>
        <translation>Внести &amp;ответ…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="189"/>
        <source>Set &amp;Deadline…</source>
        <translation>Установить &amp;срок…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="190"/>
        <source>&amp;Add Returned Files…</source>
        <translation>&amp;Добавить файлы с замечаниями…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="191"/>
        <source>&amp;Table of Disagreements…</source>
        <translation>&amp;Таблица разногласий…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="192"/>
        <source>C&amp;ompare Rounds…</source>
        <translation>&amp;Сравнить этапы…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="193"/>
        <source>&amp;Close Round</source>
        <translation>&amp;Закрыть этап</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="194"/>
        <source>&amp;Reopen Round</source>
        <translation>&amp;Возобновить этап</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="198"/>
        <source>Read the Word files the agencies sent back, and import them</source>
        <translation>Прочитать файлы Word, возвращённые ведомствами, и загрузить замечания</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="52"/>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="43"/>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="49"/>
        <location filename="../../drafter/ui/rounds_dialog.py" line="211"/>
        <source>Round %1</source>
        <translation>Этап %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="66"/>
        <source>New Round</source>
        <translation>Новый этап согласования</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="66"/>
        <source>Send Round</source>
        <translation>Направить</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="70"/>
        <source>Round %1 goes to the agencies checked below.</source>
        <translation>Этап %1: проект направляется в отмеченные ведомства.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="79"/>
        <source>Round %1 is still open: its answers and remarks stay open after the new round is sent.</source>
        <translation>Этап %1 ещё не закрыт: его ответы и замечания останутся открытыми и после направления нового этапа.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="90"/>
        <source>Another agency's name</source>
        <translation>Наименование другого ведомства</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="91"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="96"/>
        <source>Answer by</source>
        <translation>Ответ до</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="105"/>
        <source>Recipients:</source>
        <translation>Адресаты:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="107"/>
        <source>Deadline:</source>
        <translation>Срок ответа:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="108"/>
        <source>Sent on:</source>
        <translation>Дата направления:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="109"/>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="140"/>
        <source>Folder for the Round</source>
        <translation>Папка для материалов этапа</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="159"/>
        <source>Check at least one agency to send the round to.</source>
        <translation>Отметьте хотя бы одно ведомство, в которое направляется проект.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="161"/>
        <source>Choose the folder to write the round to.</source>
        <translation>Выберите папку для материалов этапа.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="163"/>
        <source>The deadline is before the sending date.</source>
        <translation>Срок ответа раньше даты направления.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="21"/>
        <source>Table of disagreements</source>
        <translation>Таблица разногласий</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="22"/>
        <source>Summary of remarks</source>
        <translation>Сводка замечаний</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="23"/>
        <source>Approval sheet</source>
        <translation>Лист согласования</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="59"/>
        <source>Write</source>
        <translation>Сформировать</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="92"/>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для сохранения.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="94"/>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="114"/>
        <source>Table of Disagreements</source>
        <translation>Таблица разногласий</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="120"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="121"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="124"/>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="125"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="158"/>
        <source>Compare Rounds</source>
        <translation>Сравнение этапов</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="161"/>
        <source>Current draft</source>
        <translation>Текущая редакция</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="164"/>
        <source>Earlier round (A):</source>
        <translation>Предыдущий этап (А):</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="165"/>
        <source>Later round (B):</source>
        <translation>Последующий этап (Б):</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="180"/>
        <source>Choose two different rounds to compare.</source>
        <translation>Выберите для сравнения два разных этапа.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_form.py" line="29"/>
        <location filename="../../drafter/ui/rounds_dialog.py" line="49"/>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_form.py" line="57"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="156"/>
        <source>Cannot send the round</source>
        <translation>Не удалось направить проект на этап</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="157"/>
        <source>Writing the round's bill, tables and redlines…</source>
        <translation>Формирование проекта, таблиц и сравнительных редакций этапа…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="163"/>
        <source>Round %1 written to %2</source>
        <translation>Этап %1: материалы сохранены в %2</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="171"/>
        <source>Round sent with warnings</source>
        <translation>Этап направлен с предупреждениями</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="180"/>
        <source>Answer of %1 recorded</source>
        <translation>Ответ ведомства %1 внесён</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="183"/>
        <source>Deadline of %1 set</source>
        <translation>Срок ответа ведомства %1 установлен</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="215"/>
        <source>Round %1 closed</source>
        <translation>Этап %1 закрыт</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="222"/>
        <source>Close Round</source>
        <translation>Закрытие этапа</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="223"/>
        <source>Round %1 has undecided remarks: %2.</source>
        <translation>На этапе %1 есть нерассмотренные замечания: %2.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="229"/>
        <source>Close the round anyway?</source>
        <translation>Закрыть этап всё равно?</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="240"/>
        <source>Round %1 reopened</source>
        <translation>Этап %1 возобновлён</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="247"/>
        <source>Cannot change the round</source>
        <translation>Не удалось изменить этап</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="322"/>
        <source>Cannot write the document</source>
        <translation>Не удалось сформировать документ</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="323"/>
        <source>Writing %1…</source>
        <translation>Формирование файла %1…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="328"/>
        <source>Written to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="332"/>
        <source>Document Written</source>
        <translation>Документ сформирован</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="333"/>
        <source>%1 was written.</source>
        <translation>Файл %1 сформирован.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="339"/>
        <source>Open the File</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="342"/>
        <source>Open the Folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../../drafter/ui/diff_view.py" line="215"/>
        <source>Current wording</source>
        <translation>Действующая редакция</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/diff_view.py" line="216"/>
        <source>Proposed wording</source>
        <translation>Предлагаемая редакция</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/diff_view.py" line="219"/>
        <source>Not in the act yet: the draft adds this unit.</source>
        <translation>В акте ещё нет: проект добавляет эту единицу.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/diff_view.py" line="337"/>
        <source>Revert This Change</source>
        <translation>Отменить это изменение</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/diff_view.py" line="339"/>
        <source>Put these words back as the current wording has them</source>
        <translation>Вернуть эти слова в действующей редакции</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="21"/>
        <source>Start a new draft in a file of its own</source>
        <translation>Создать новый проект в отдельном файле</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="22"/>
        <source>Open a draft saved earlier</source>
        <translation>Открыть ранее сохранённый проект</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="23"/>
        <source>Continue the draft in a copy under another name</source>
        <translation>Продолжить работу в копии проекта под другим именем</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="26"/>
        <source>The draft's title, initiator, entry into force and style</source>
        <translation>Наименование проекта, субъект инициативы, вступление в силу и стиль</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="29"/>
        <source>The name, date and number of the act the tree shows</source>
        <translation>Наименование, дата и номер акта, выбранного в дереве</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="32"/>
        <source>Close Drafter; the draft is saved</source>
        <translation>Закрыть Drafter; проект сохраняется</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="33"/>
        <source>Take back the last change to the draft</source>
        <translation>Отменить последнее изменение проекта</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="34"/>
        <source>Make again the change taken back</source>
        <translation>Повторить отменённое изменение</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="35"/>
        <source>The previous remark still open, across the draft</source>
        <translation>Предыдущее неснятое замечание во всём проекте</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="38"/>
        <source>Drafts opened lately</source>
        <translation>Недавно открытые проекты</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="39"/>
        <source>The language of the window</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="83"/>
        <source>Open this draft: %1</source>
        <translation>Открыть проект: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="85"/>
        <source>No draft has been opened yet</source>
        <translation>Проекты ещё не открывались</translation>
    </message>
</context>
<context>
    <name>UnitKinds</name>
    <message>
        <location filename="../../drafter/ui/messages.py" line="22"/>
        <source>code part</source>
        <translation>«часть кодекса»</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="23"/>
        <source>division</source>
        <translation>«раздел»</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="24"/>
        <source>subdivision</source>
        <translation>«подраздел»</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="25"/>
        <source>chapter</source>
        <translation>«глава»</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="26"/>
        <source>group</source>
        <translation>«параграф»</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="27"/>
        <source>subgroup</source>
        <translation>«рубрика параграфа»</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="28"/>
        <source>article</source>
        <translation>«статья»</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="29"/>
        <source>part</source>
        <translation>«часть»</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="30"/>
        <source>point</source>
        <translation>«пункт»</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="31"/>
        <source>subpoint</source>
        <translation>«подпункт»</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="32"/>
        <source>paragraph</source>
        <translation>«абзац»</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="33"/>
        <source>note</source>
        <translation>«примечание»</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="34"/>
        <source>section</source>
        <translation>«секция»</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="35"/>
        <source>subsection</source>
        <translation>«подсекция»</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="36"/>
        <source>subparagraph</source>
        <translation>«подабзац»</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="37"/>
        <source>clause</source>
        <translation>«клауза»</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="38"/>
        <source>subclause</source>
        <translation>«подклауза»</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="39"/>
        <source>schedule</source>
        <translation>«приложение»</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="40"/>
        <source>final provision</source>
        <translation>«заключительное положение»</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../drafter/ui/unit_tree.py" line="71"/>
        <source>Changed by the draft</source>
        <translation>Изменяется проектом</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/unit_tree.py" line="73"/>
        <source>Added by the draft</source>
        <translation>Добавляется проектом</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/unit_tree.py" line="75"/>
        <source>Repealed by the draft</source>
        <translation>Признаётся утратившей силу</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/unit_tree.py" line="81"/>
        <source>Open remarks: %1</source>
        <translation>Неснятых замечаний: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/unit_tree.py" line="184"/>
        <source>An agency objects</source>
        <translation>Ведомство возражает</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/unit_tree.py" line="187"/>
        <source>Cites a unit the draft repeals or renumbers: must be amended</source>
        <translation>Ссылается на положение, которое проект признаёт утратившим силу или перенумеровывает: требует изменения</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/unit_tree.py" line="193"/>
        <source>Cites a unit the draft changes: check</source>
        <translation>Ссылается на изменяемое положение: требует проверки</translation>
    </message>
</context>
<context>
    <name>ViewAids</name>
    <message>
        <location filename="../../drafter/ui/view_aids.py" line="64"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Крупнее</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/view_aids.py" line="65"/>
        <source>Larger text in the wordings and the instructions</source>
        <translation>Крупнее текст редакций и изменений</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/view_aids.py" line="69"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Мельче</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/view_aids.py" line="70"/>
        <source>Smaller text in the wordings and the instructions</source>
        <translation>Мельче текст редакций и изменений</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/view_aids.py" line="74"/>
        <source>&amp;Normal Size</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/view_aids.py" line="75"/>
        <source>The text of the panes at its usual size</source>
        <translation>Обычный размер текста панелей</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/view_aids.py" line="126"/>
        <source>This draft has no acts yet. Start by importing the act you amend: File → Import Act… (Ctrl+I), or drop its .docx or .txt file on this window.</source>
        <translation>В проекте пока нет актов. Начните с загрузки изменяемого акта: Файл → Импорт акта… (Ctrl+I) или перетащите его файл .docx или .txt в это окно.</translation>
    </message>
</context>
<context>
<name>Message</name>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="175"/>
        <source>(no title)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="178"/>
        <source>imported {slug}: {title} — {units} units</source>
        <translation>импортирован {slug}: {title} — единиц: {units}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="194"/>
        <source>{source} → {slug}: {changed} changed, {added} added, {repealed} repealed</source>
        <translation>{source} → {slug}: изменено {changed}, добавлено {added}, признано утратившими силу {repealed}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="228"/>
        <source>restated</source>
        <translation>излагается в новой редакции</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="228"/>
        <source>amended by patches</source>
        <translation>изменяется точечными поправками</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="228"/>
        <source>unchanged</source>
        <translation>не изменяется</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="229"/>
        <source>restate</source>
        <translation>изложить в новой редакции</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="229"/>
        <source>patch</source>
        <translation>точечные поправки</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="229"/>
        <source>auto</source>
        <translation>по правилам</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="232"/>
        <source>{act} {address}: {form} (the drafter's choice: {chosen})</source>
        <translation>{act} {address}: {form} (выбор разработчика: {chosen})</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="273"/>
        <source>--to and --deadline go with --round next.</source>
        <translation>--to и --deadline указываются вместе с --round next.</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="276"/>
        <source>exported to {path}</source>
        <translation>экспортировано в {path}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="288"/>
        <source>round {number} written to {path} as it was sent</source>
        <translation>этап {number} записан в {path} в том виде, в каком был направлен</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="290"/>
        <source>round {number} exported to {path}</source>
        <translation>этап {number} выгружен в {path}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="339"/>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="344"/>
        <source>a file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="351"/>
        <source>internal error ({error}); set DRAFTER_DEBUG=1 for details and please report it</source>
        <translation>внутренняя ошибка ({error}); задайте DRAFTER_DEBUG=1, чтобы увидеть подробности, и сообщите о ней</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/acts.py" line="30"/>
        <source>removed {slug}: {title}, with {count} proposal(s)</source>
        <translation>удалён акт {slug}: {title}; изменений к нему: {count}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/references.py" line="13"/>
        <source>is repealed</source>
        <translation>утрачивает силу</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/references.py" line="14"/>
        <source>is renumbered</source>
        <translation>получает другой номер</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/references.py" line="15"/>
        <source>is removed</source>
        <translation>исключается</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/references.py" line="16"/>
        <source>is changed</source>
        <translation>изменяется</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/references.py" line="17"/>
        <source>gets a new unit inside the range</source>
        <translation>в пределы диапазона добавляется новая структурная единица</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/references.py" line="19"/>
        <source>must be amended</source>
        <translation>требует изменения</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/references.py" line="19"/>
        <source>to check</source>
        <translation>требует проверки</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/references.py" line="36"/>
        <source>{act} {unit}: «{words}» — {cited} of {cited_act} {status}: {verdict}</source>
        <translation>{act} {unit}: «{words}» — {cited} {cited_act} {status}: {verdict}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/references.py" line="57"/>
        <source>No act of the project cites a unit the draft changes.</source>
        <translation>Ни один акт проекта не ссылается на структурные единицы, изменяемые проектом.</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="121"/>
        <source>pending</source>
        <translation>ответ ожидается</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="122"/>
        <source>agreed</source>
        <translation>согласовано</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="123"/>
        <source>agreed with remarks</source>
        <translation>согласовано с замечаниями</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="124"/>
        <source>objections</source>
        <translation>не согласовано (возражения)</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="125"/>
        <source>no answer</source>
        <translation>ответ не поступил</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="126"/>
        <source>edit</source>
        <translation>правка</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="127"/>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="128"/>
        <source>untracked edit</source>
        <translation>правка без режима исправлений</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="129"/>
        <source>rejects our change</source>
        <translation>отклоняет наше изменение</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="130"/>
        <source>letter</source>
        <translation>письмо</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="131"/>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="132"/>
        <source>accepted</source>
        <translation>учтено</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="133"/>
        <source>partly accepted</source>
        <translation>учтено частично</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="134"/>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="135"/>
        <source>withdrawn</source>
        <translation>снято</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="136"/>
        <source>duplicate</source>
        <translation>повтор</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="137"/>
        <source>changed</source>
        <translation>изменяется</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="138"/>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="139"/>
        <source>removed</source>
        <translation>исключается</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="140"/>
        <source>renumbered</source>
        <translation>перенумеровывается</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="144"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="145"/>
        <source>grounds</source>
        <translation>обоснование</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="146"/>
        <source>kind of grounds</source>
        <translation>вид обоснования</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="147"/>
        <source>severity</source>
        <translation>значимость</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="148"/>
        <source>wording</source>
        <translation>редакция</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="149"/>
        <source>settled</source>
        <translation>урегулировано</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="150"/>
        <source>repeats</source>
        <translation>повторяет</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="151"/>
        <source>link</source>
        <translation>связь</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="152"/>
        <source>grouped into</source>
        <translation>объединено с</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="153"/>
        <source>grouped items</source>
        <translation>объединённые замечания</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="156"/>
        <source>conflict with another act</source>
        <translation>противоречие другому акту</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="157"/>
        <source>budget</source>
        <translation>бюджет</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="158"/>
        <source>competence</source>
        <translation>полномочия</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="159"/>
        <source>drafting</source>
        <translation>юридическая техника</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="160"/>
        <source>policy</source>
        <translation>по существу регулирования</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="161"/>
        <source>other</source>
        <translation>иное</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="162"/>
        <source>objection</source>
        <translation>возражение</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="163"/>
        <source>remark</source>
        <translation>замечание</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="164"/>
        <source>proposal</source>
        <translation>предложение</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="165"/>
        <source>editorial</source>
        <translation>редакционное</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="166"/>
        <source>found by comparison</source>
        <translation>установлена сопоставлением</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="167"/>
        <source>set by hand</source>
        <translation>задана вручную</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="168"/>
        <source>repeats nothing</source>
        <translation>ничего не повторяет</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="185"/>
        <source>round {number}: {agency} — {status}</source>
        <translation>этап {number}: {agency} — {status}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="187"/>
        <source>round {number}: {agency} — answer due {deadline}</source>
        <translation>этап {number}: {agency} — срок ответа {deadline}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="190"/>
        <source>round {number}: {agency} — no deadline</source>
        <translation>этап {number}: {agency} — срок ответа не установлен</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="200"/>
        <source>--force goes with --close N.</source>
        <translation>--force указывается вместе с --close N.</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="206"/>
        <source>round {number} closed on {date}</source>
        <translation>этап {number} завершён {date}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="208"/>
        <source>round {number} is open again</source>
        <translation>этап {number} снова открыт</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="215"/>
        <source>no rounds yet</source>
        <translation>этапов согласования пока нет</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="225"/>
        <source>round {number} — {date}</source>
        <translation>этап {number} — {date}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="227"/>
        <source>closed {date}</source>
        <translation>завершён {date}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="230"/>
        <source>remarks: {open} open of {total}</source>
        <translation>замечания: без решения {open} из {total}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="237"/>
        <source>received {date}</source>
        <translation>ответ получен {date}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="238"/>
        <source>received</source>
        <translation>получен</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="240"/>
        <source>letter {letter}</source>
        <translation>письмо {letter}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="243"/>
        <source>no deadline</source>
        <translation>срок не установлен</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="246"/>
        <source>due today ({deadline})</source>
        <translation>срок истекает сегодня ({deadline})</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="249"/>
        <source>due in 1 day ({deadline})</source>
        <translation>до истечения срока 1 дн. ({deadline})</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="249"/>
        <source>due in {days} days ({deadline})</source>
        <translation>до истечения срока {days} дн. ({deadline})</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="253"/>
        <source>overdue by 1 day ({deadline})</source>
        <translation>срок пропущен на 1 дн. ({deadline})</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="255"/>
        <source>overdue by {days} days ({deadline})</source>
        <translation>срок пропущен на {days} дн. ({deadline})</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="265"/>
        <source>-o writes the comparison of two rounds: add --diff A B.</source>
        <translation>Параметр -o записывает сравнение двух этапов: добавьте --diff A B.</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="275"/>
        <source>remark {id} ({agency})</source>
        <translation>замечание № {id} ({agency})</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="276"/>
        <source>drafter's own change</source>
        <translation>по инициативе разработчика</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="279"/>
        <source>no changes</source>
        <translation>изменений нет</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="281"/>
        <source>{path}: {rows} changes written.</source>
        <translation>{path}: записано изменений: {rows}.</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="297"/>
        <source>no remarks</source>
        <translation>замечаний нет</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="311"/>
        <source>grounds: {grounds}</source>
        <translation>обоснование: {grounds}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="313"/>
        <source>with {items}</source>
        <translation>вместе с {items}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="318"/>
        <source>repeats #{id}</source>
        <translation>повторяет №{id}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="343"/>
        <source>remark {id}: nothing changed</source>
        <translation>замечание {id}: изменений нет</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="345"/>
        <source>remark {id}: {field}: {before} → {after}</source>
        <translation>замечание {id}: {field}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="356"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="356"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="371"/>
        <source>--undo takes the decision back; it goes with no other option.</source>
        <translation>--undo отменяет решение и не сочетается с другими параметрами.</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="373"/>
        <source>remark {id} ({agency}): {status}</source>
        <translation>замечание {id} ({agency}): {status}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="378"/>
        <source>Give the decision (--status) and its reason (--reason), or take the decision back (--undo).</source>
        <translation>Укажите решение (--status) и его обоснование (--reason) либо отмените решение (--undo).</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="388"/>
        <source>the disagreement is settled</source>
        <translation>разногласие урегулировано</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="390"/>
        <source>the agency's wording is now the draft's text of {address}</source>
        <translation>редакция ведомства внесена в проект: {address}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="409"/>
        <source>by its properties</source>
        <translation>по свойствам файла</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="409"/>
        <source>by its text</source>
        <translation>по тексту</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="412"/>
        <source>{file} ({agency}, round {number}): read against {sent} {how}; {placed} placed, {unplaced} unplaced</source>
        <translation>{file} ({agency}, этап {number}): сопоставлен с файлом {sent} {how}; привязано к структурным единицам: {placed}, не привязано: {unplaced}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="426"/>
        <source>no remarks: recorded as agreed</source>
        <translation>замечаний нет: записано как согласование без замечаний</translation>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="459"/>
        <source>{path}: {rows} rows written.</source>
        <translation>{path}: записано строк: {rows}.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/address.py" line="20"/>
        <source>not a unit address: {address!r}</source>
        <translation>это не адрес структурной единицы: {address!r}</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="17"/>
        <source>the act</source>
        <translation>акт</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="18"/>
        <source>the act has no unit {address}.</source>
        <translation>в акте нет структурной единицы {address}.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="120"/>
        <source>the act (top level)</source>
        <translation>акт (верхний уровень)</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="123"/>
        <source>Instruction {n} ({operation} at {where}) cannot be applied: {reason}</source>
        <translation>Поправку {n} ({operation}, {where}) применить нельзя: {reason}</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="210"/>
        <source>more than one unit labelled «{label}» in {where}.</source>
        <translation>в {where} несколько структурных единиц с обозначением «{label}».</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="212"/>
        <source>no unit labelled «{label}» in {where}.</source>
        <translation>в {where} нет структурной единицы с обозначением «{label}».</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="217"/>
        <source>unknown operation.</source>
        <translation>неизвестный вид изменения.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="281"/>
        <source>the words «{words}» are not found in {address}.</source>
        <translation>слова «{words}» в {address} не найдены.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="290"/>
        <source>the words «{words}» occur {count} times in {address} and the instruction does not say which.</source>
        <translation>слова «{words}» встречаются в {address} {count} раз(а), а в поправке не указано, в каком случае.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="306"/>
        <source>the words «{words}» occur {count} times in {address}, not {occurrence}.</source>
        <translation>слова «{words}» встречаются в {address} {count} раз(а), а не {occurrence}.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="327"/>
        <source>it names no words.</source>
        <translation>в ней не указаны слова.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="336"/>
        <source>it adds no words.</source>
        <translation>в ней нет дополняемых слов.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="340"/>
        <source>{address} has no text to add words to.</source>
        <translation>в {address} нет текста, который можно дополнить словами.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="347"/>
        <source>it says neither where (after / before which words) nor at the end.</source>
        <translation>в ней не указано, куда вносятся слова (после или перед какими словами либо в конце).</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="414"/>
        <source>it changes words that instruction {other} also changes in {address}.</source>
        <translation>она изменяет в {address} те же слова, что и поправка {other}.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="434"/>
        <source>instruction {other} also changes words in {address}.</source>
        <translation>поправка {other} также изменяет слова в {address}.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="443"/>
        <source>instruction {other} adds a unit inside {address}.</source>
        <translation>поправка {other} дополняет {address} структурной единицей.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="452"/>
        <source>instruction {other} also restates or repeals {address}.</source>
        <translation>поправка {other} также излагает в новой редакции или признаёт утратившей силу {address}.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="462"/>
        <source>it gives no new text.</source>
        <translation>в ней нет нового текста.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="469"/>
        <source>its new text cannot be read as a unit ({error}).</source>
        <translation>её новый текст не читается как структурная единица ({error}).</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="511"/>
        <source>the unit {anchor} it is placed {position} does not exist.</source>
        <translation>структурной единицы {anchor}, относительно которой ({position}) размещается новая, нет.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="520"/>
        <source>{anchor} is not part of {address}.</source>
        <translation>{anchor} не входит в {address}.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="528"/>
        <source>the act has no units.</source>
        <translation>в акте нет ни одной структурной единицы.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/__init__.py" line="21"/>
        <source>Cannot read the instruction «{instruction}»: {reason}.</source>
        <translation>Не удаётся прочитать поправку «{instruction}»: {reason}.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/__init__.py" line="22"/>
        <source>Cannot read the instruction «{instruction}» (line {line}): {reason}. Nothing was applied.</source>
        <translation>Не удаётся прочитать поправку «{instruction}» (строка {line}): {reason}. Изменения не применены.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/__init__.py" line="25"/>
        <source>Unknown drafting style {style} (known: {known}).</source>
        <translation>Неизвестный стиль изложения поправок {style} (известны: {known}).</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/en_citations.py" line="18"/>
        <source>the range {first} to {last} is not a sequence</source>
        <translation>диапазон {first}–{last} не образует последовательности</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/en_citations.py" line="19"/>
        <source>«{text}» is not a unit</source>
        <translation>«{text}» не является структурной единицей</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/en_citations.py" line="141"/>
        <source>the unit is not cited as a section or Schedule</source>
        <translation>структурная единица не названа как раздел (section) или приложение (Schedule)</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/en_citations.py" line="191"/>
        <source>«{text}» is not an occurrence</source>
        <translation>«{text}» не указывает, в каком случае</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/en_formulae.py" line="27"/>
        <source>the unit its group names («in …—») was not understood</source>
        <translation>не удалось понять, какую структурную единицу называет группа («in …—»)</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/en_formulae.py" line="28"/>
        <source>the text ends inside this item: the last item has no closing period</source>
        <translation>текст обрывается на этом пункте: в последнем пункте нет завершающей точки</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/en_formulae.py" line="202"/>
        <source>«{where}» does not say which section it is in</source>
        <translation>в «{where}» не указано, к какому разделу (section) это относится</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/flattened.py" line="62"/>
        <source>«{label}» → {fixed} (a letter followed by a digit is a flattened superscript)</source>
        <translation>«{label}» → {fixed} (цифра после буквы — утраченный верхний индекс)</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/flattened.py" line="98"/>
        <source>{key}:{label} in {where} → {fixed} ({key}:{base} is amended by the same article)</source>
        <translation>{key}:{label} в {where} → {fixed} ({key}:{base} изменяется той же статьёй)</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/flattened.py" line="115"/>
        <source>{key}:{label} in {where}: {label} or {flat}? the text cannot tell</source>
        <translation>{key}:{label} в {where}: {label} или {flat}? по тексту определить нельзя</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/report.py" line="54"/>
        <source>no amending formula recognised</source>
        <translation>формула изменения не распознана</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/report.py" line="55"/>
        <source>the old and new numbers do not pair up</source>
        <translation>прежние и новые номера не соответствуют друг другу</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/report.py" line="56"/>
        <source>the quotation opened here is never closed</source>
        <translation>открытая здесь кавычка не закрыта</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/report.py" line="57"/>
        <source>a closing quotation mark has no opening one</source>
        <translation>закрывающей кавычке не соответствует открывающая</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_citations.py" line="18"/>
        <source>the range {first}–{last} is not a sequence</source>
        <translation>диапазон {first}–{last} не образует последовательности</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_citations.py" line="222"/>
        <source>several units named where one is meant</source>
        <translation>названо несколько структурных единиц там, где должна быть одна</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="37"/>
        <source>the unit its group names («в …:») was not understood</source>
        <translation>не удалось понять, какую структурную единицу называет группа («в …:»)</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="38"/>
        <source>a suspension («приостановить действие») is not a textual amendment</source>
        <translation>приостановление действия («приостановить действие») не является изменением текста</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="304"/>
        <source>«{word} случае» is not an ordinal</source>
        <translation>«{word} случае» — не порядковое числительное</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="324"/>
        <source>no quoted words</source>
        <translation>нет слов в кавычках</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="373"/>
        <source>no unit named to restate</source>
        <translation>не названа структурная единица, излагаемая в новой редакции</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="378"/>
        <source>no unit named to repeal</source>
        <translation>не названа структурная единица, признаваемая утратившей силу</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="385"/>
        <source>the unit to add is not named as «&lt;unit&gt; &lt;number&gt;»</source>
        <translation>дополняемая структурная единица не названа в виде «&lt;единица&gt; &lt;номер&gt;»</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="391"/>
        <source>the unit after which to add is not understood</source>
        <translation>не удалось понять, после какой структурной единицы дополнять</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="424"/>
        <source>the units to renumber are not named</source>
        <translation>не названы структурные единицы, номера которых изменяются</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="430"/>
        <source>the units to renumber are not understood</source>
        <translation>не удалось понять, номера каких структурных единиц изменяются</translation>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="494"/>
        <source>the text does not hold the units {labels}</source>
        <translation>в тексте нет структурных единиц {labels}</translation>
    </message>
    <message>
        <location filename="../../drafter/core/profiles.py" line="90"/>
        <source>unknown structure profile {name!r} (known: {known})</source>
        <translation>неизвестный профиль структуры {name!r} (известны: {known})</translation>
    </message>
    <message>
        <location filename="../../drafter/core/renumbering.py" line="13"/>
        <source>{where}: the proposed text renumbers {old} as {new}; the drafting recommendations do not allow renumbering — give the new unit the in-between number {suggested} instead.</source>
        <translation>{where}: в предлагаемой редакции номера {old} изменены на {new}; методические рекомендации не допускают перенумерации — присвойте новой структурной единице промежуточный номер {suggested}.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/renumbering.py" line="17"/>
        <source>{where}: the proposed text renumbers {old} as {new}; the drafting recommendations do not allow renumbering — keep the numbers and add the new unit at the end instead.</source>
        <translation>{where}: в предлагаемой редакции номера {old} изменены на {new}; методические рекомендации не допускают перенумерации — сохраните прежние номера и добавьте новую структурную единицу в конце.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/restate.py" line="163"/>
        <source>restated: word changes cannot express it</source>
        <translation>излагается в новой редакции: изменение нельзя выразить точечными поправками</translation>
    </message>
    <message>
        <location filename="../../drafter/core/restate.py" line="165"/>
        <source>restated, as the drafter chose</source>
        <translation>излагается в новой редакции по выбору разработчика</translation>
    </message>
    <message>
        <location filename="../../drafter/core/restate.py" line="167"/>
        <source>amended by patches, as the drafter chose</source>
        <translation>изменяется точечными поправками по выбору разработчика</translation>
    </message>
    <message>
        <location filename="../../drafter/core/restate.py" line="170"/>
        <source>amended point by point: {changed} of its {points} points change</source>
        <translation>изменяются отдельные пункты: изменено {changed} из {points}</translation>
    </message>
    <message>
        <location filename="../../drafter/core/restate.py" line="173"/>
        <source>amended by restating one unit inside it</source>
        <translation>в новой редакции излагается одна входящая в нее структурная единица</translation>
    </message>
    <message>
        <location filename="../../drafter/core/restate.py" line="176"/>
        <source>restated: patching needs {changes} changes for its {sentences} sentences</source>
        <translation>излагается в новой редакции: точечных поправок ({changes}) больше, чем предложений ({sentences})</translation>
    </message>
    <message>
        <location filename="../../drafter/core/restate.py" line="180"/>
        <source>restated: its sentences are split or merged</source>
        <translation>излагается в новой редакции: предложения разделены или объединены</translation>
    </message>
    <message>
        <location filename="../../drafter/core/restate.py" line="184"/>
        <source>restated: {percent}% of its words change</source>
        <translation>излагается в новой редакции: изменяется {percent}% слов</translation>
    </message>
    <message>
        <location filename="../../drafter/core/restate.py" line="223"/>
        <source>{address}: word changes cannot express this change, so it is restated.</source>
        <translation>{address}: изменение нельзя выразить точечными поправками, поэтому структурная единица излагается в новой редакции.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure.py" line="32"/>
        <source>could not tell the structure of the text; read as ru-code</source>
        <translation>структуру текста определить не удалось; текст прочитан по профилю ru-code</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_en.py" line="90"/>
        <source>two units have the address {address}; check the numbering</source>
        <translation>у двух структурных единиц один и тот же адрес {address}; проверьте нумерацию</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_en.py" line="132"/>
        <source>The text given for a {kind} does not contain one: {first!r}.</source>
        <translation>Текст, указанный для единицы вида {kind}, её не содержит: {first!r}.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_en.py" line="141"/>
        <source>The text given for a {kind} begins with a {found}: {first!r}.</source>
        <translation>Текст, указанный для единицы вида {kind}, начинается с единицы вида {found}: {first!r}.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_en.py" line="152"/>
        <source>The text given for a {kind} does not begin with its label: {first!r}.</source>
        <translation>Текст, указанный для единицы вида {kind}, не начинается с её обозначения: {first!r}.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_en_parser.py" line="298"/>
        <source>({label}) appears before any section; kept at the top level</source>
        <translation>({label}) стоит до первой статьи (section); сохранено на верхнем уровне</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_en_parser.py" line="376"/>
        <source>text between headings and sections kept as an unnumbered paragraph</source>
        <translation>текст между заголовками и статьями сохранён как ненумерованный абзац</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_en_parser.py" line="383"/>
        <source>text outside any section kept as an unnumbered paragraph</source>
        <translation>текст вне статей сохранён как ненумерованный абзац</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_en_parser.py" line="425"/>
        <source>paragraph after the closing words of a unit kept as an unnumbered paragraph</source>
        <translation>абзац после заключительной части структурной единицы сохранён как ненумерованный абзац</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru.py" line="64"/>
        <source>no articles, chapters or sections were recognised; all text is kept as preamble</source>
        <translation>не распознано ни одной статьи, главы или раздела; весь текст сохранён как преамбула</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru.py" line="67"/>
        <source>text before the unit's label</source>
        <translation>перед обозначением структурной единицы стоит текст</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru.py" line="102"/>
        <source>the text is empty</source>
        <translation>текст пуст</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru.py" line="116"/>
        <source>expected one {kind}, found {count} top-level units</source>
        <translation>ожидалась одна структурная единица вида {kind}, найдено единиц верхнего уровня: {count}</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru.py" line="147"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru.py" line="149"/>
        <source>expected one {kind}, found {kinds}</source>
        <translation>ожидалась одна структурная единица вида {kind}, найдено: {kinds}</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru.py" line="168"/>
        <source>an абзац is one paragraph</source>
        <translation>абзац должен состоять из одного абзаца текста</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru_layout.py" line="29"/>
        <source>{line!r}: number {printed} read as {number} (Cyrillic letters in a roman number)</source>
        <translation>{line!r}: номер {printed} прочитан как {number} (в римском номере набраны буквы кириллицы)</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru_layout.py" line="33"/>
        <source>{line!r}: a heading and an article printed as one paragraph; read as two</source>
        <translation>{line!r}: заголовок и статья напечатаны одним абзацем; прочитаны как два абзаца</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru_numbers.py" line="20"/>
        <source>{line!r}: number {printed} read as {number} (a superscript printed as plain digits)</source>
        <translation>{line!r}: номер {printed} прочитан как {number} (надстрочный индекс напечатан обычными цифрами)</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru_numbers.py" line="21"/>
        <source>{line!r}: a second {kind} numbered {number}; kept apart with the address label {label}</source>
        <translation>{line!r}: повторный номер {number} (вид элемента: {kind}); элемент сохранен отдельно с обозначением {label} в адресе</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru_numbers.py" line="24"/>
        <source>{line!r}: {kind} {number} comes after {previous}, out of order; kept as printed</source>
        <translation>{line!r}: номер {number} (вид элемента: {kind}) следует после {previous} с нарушением порядка; сохранен в напечатанном виде</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru_parser.py" line="343"/>
        <source>not recognised as an article heading, kept as text: {line!r}</source>
        <translation>не распознано как заголовок статьи, сохранено как текст: {line!r}</translation>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru_parser.py" line="475"/>
        <source>text outside any article kept with the heading above it: {line!r}</source>
        <translation>текст вне статей сохранён вместе с заголовком над ним: {line!r}</translation>
    </message>
    <message>
        <location filename="../../drafter/core/styles/__init__.py" line="30"/>
        <source>unknown drafting style {style!r} (known: {known})</source>
        <translation>неизвестный стиль оформления {style!r} (известны: {known})</translation>
    </message>
    <message>
        <location filename="../../drafter/core/styles/ru_frame.py" line="155"/>
        <source>{act}: the official publication sources are missing; add them in the act's properties (the lead-in has a marked place for them).</source>
        <translation>{act}: не указаны источники официального опубликования; укажите их в свойствах акта (во вводной части оставлено место для их указания).</translation>
    </message>
    <message>
        <location filename="../../drafter/core/styles/ru_frame.py" line="165"/>
        <source>{act}: the act's name cannot be declined from its title; fill in its name forms in the act's properties (the bill prints a marked place instead).</source>
        <translation>{act}: наименование акта не удается просклонять по его заголовку; заполните формы наименования в свойствах акта (в законопроекте оставлено место для их указания).</translation>
    </message>
    <message>
        <location filename="../../drafter/core/styles/ru_frame.py" line="179"/>
        <source>The entry into force “{kind}” needs a value (a date yyyy-mm-dd or a number of days), not “{value}”; the bill uses the usual wording.</source>
        <translation>Для вступления в силу «{kind}» нужно значение (дата в виде гггг-мм-дд или число дней), а не «{value}»; в законопроекте использована обычная формулировка.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/styles/ru_frame.py" line="202"/>
        <source>A law on an amendment to the Constitution is named for what the amendment does; set the draft's title (the bill prints a marked place instead).</source>
        <translation>Наименование закона о поправке к Конституции должно отражать суть поправки; укажите наименование в свойствах проекта (в законопроекте оставлено место для него).</translation>
    </message>
    <message>
        <location filename="../../drafter/core/styles/ru_frame.py" line="221"/>
        <source>Articles {articles} are in chapters 1, 2 or 9 of the Constitution, which a law on amendment does not change (Article 135).</source>
        <translation>Статьи {articles} входят в главы 1, 2 или 9 Конституции, положения которых не пересматриваются законом о поправке (статья 135).</translation>
    </message>
    <message>
        <location filename="../../drafter/core/styles/uk.py" line="192"/>
        <source>{slug}: the act has no title; its slug is cited instead.</source>
        <translation>{slug}: у акта нет наименования; вместо него указывается краткое обозначение.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/styles/us.py" line="286"/>
        <source>The bill has no short title of its own: it is cited as the “{short}”; set the draft's title to give it the year of enactment (“{short} of &lt;year&gt;”).</source>
        <translation>У законопроекта нет собственного краткого наименования: он цитируется как «{short}»; задайте наименование проекта, чтобы указать год принятия («{short} of &lt;год&gt;»).</translation>
    </message>
    <message>
        <location filename="../../drafter/core/styles/us.py" line="310"/>
        <source>{act}: no U.S. Code citation in the act's identifier or sources; the sections are cited without one.</source>
        <translation>{act}: в идентификаторе и источниках акта нет ссылки на Свод законов США (U.S. Code); разделы цитируются без неё.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/textlayout.py" line="13"/>
        <source>the text {first!r} cannot be read as one {kind}: {reason}.</source>
        <translation>текст {first!r} не удаётся прочитать как одну единицу вида {kind}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../drafter/core/textlayout.py" line="14"/>
        <source>nothing recognised</source>
        <translation>ничего не распознано</translation>
    </message>
    <message>
        <location filename="../../drafter/core/textlayout.py" line="88"/>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location filename="../../drafter/io/docx_bill.py" line="47"/>
        <source>The bill has no articles, so there is nothing to export.</source>
        <translation>В законопроекте нет ни одной статьи, выгружать нечего.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/docx_package.py" line="49"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Не удалось записать файл {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/docx_page.py" line="14"/>
        <source>Unknown drafting style {style}: expected one of {styles}.</source>
        <translation>Неизвестный стиль оформления {style}: допустимы {styles}.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/docx_redline.py" line="27"/>
        <source>The act {act} has no changes, so there is nothing to export for it.</source>
        <translation>В акт {act} изменения не вносятся, выгружать по нему нечего.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/docx_redline.py" line="246"/>
        <source>Unknown redline scope {scope}: expected 'changed' or 'whole'.</source>
        <translation>Неизвестный объём текста с правкой {scope}: допустимы 'changed' или 'whole'.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/files.py" line="13"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: папка {folder} не существует</translation>
    </message>
    <message>
        <location filename="../../drafter/io/files.py" line="14"/>
        <source>{name}: cannot be written ({reason})</source>
        <translation>{name}: не удалось записать файл ({reason})</translation>
    </message>
    <message>
        <location filename="../../drafter/io/files.py" line="53"/>
        <source>{name}: cannot write in {folder} (permission denied)</source>
        <translation>{name}: запись в папку {folder} невозможна (нет прав доступа)</translation>
    </message>
    <message>
        <location filename="../../drafter/io/html_reader.py" line="83"/>
        <source>{name} is damaged: the page cannot be read ({reason}).</source>
        <translation>Файл {name} поврежден: страницу невозможно прочитать ({reason}).</translation>
    </message>
    <message>
        <location filename="../../drafter/io/html_reader.py" line="117"/>
        <source>{name} declares the encoding {encoding}, which Drafter does not know.</source>
        <translation>В файле {name} указана кодировка {encoding}, которая не поддерживается программой Drafter.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/importer.py" line="48"/>
        <source>{name} is a folder, not a file; choose a .docx or .txt act file.</source>
        <translation>{name} — папка, а не файл; выберите файл акта в формате .docx или .txt.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/importer.py" line="59"/>
        <source>{name}: Akoma Ntoso XML acts are not supported yet.</source>
        <translation>{name}: акты в формате Akoma Ntoso XML пока не поддерживаются.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/importer.py" line="62"/>
        <source>{name} is a {suffix} file, which Drafter cannot import; save the act as .docx or as UTF-8 .txt.</source>
        <translation>Файл {name} имеет формат {suffix}, который Drafter не импортирует; сохраните акт в формате .docx или .txt в кодировке UTF-8.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/importer.py" line="71"/>
        <source>{name} is a {suffix} file; Drafter imports acts from .docx, .txt, .html, .rtf, .doc and .odt files only.</source>
        <translation>Файл {name} имеет формат {suffix}; Drafter загружает акты только из файлов .docx, .txt, .html, .rtf, .doc и .odt.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/importer.py" line="79"/>
        <source>{name} is a file without an extension; Drafter imports acts from .docx, .txt, .html, .rtf, .doc and .odt files only.</source>
        <translation>Файл {name} не имеет расширения; Drafter загружает акты только из файлов .docx, .txt, .html, .rtf, .doc и .odt.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/importer.py" line="104"/>
        <source>{name} is empty: it holds no text.</source>
        <translation>Файл {name} пуст: в нём нет текста.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/lockfile.py" line="243"/>
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location filename="../../drafter/io/lockfile.py" line="244"/>
        <source>another computer</source>
        <translation>другой компьютер</translation>
    </message>
    <message>
        <location filename="../../drafter/io/lockfile.py" line="245"/>
        <source>an unknown time</source>
        <translation>неизвестного времени</translation>
    </message>
    <message>
        <location filename="../../drafter/io/lockfile.py" line="247"/>
        <source>in use by {user} on {host} since {since}</source>
        <translation>используется пользователем {user} на компьютере {host} с {since}</translation>
    </message>
    <message>
        <location filename="../../drafter/io/office_convert.py" line="57"/>
        <source>{name} is a {suffix} file, which Drafter reads through LibreOffice, and LibreOffice is not installed; install LibreOffice, or save it as .docx and import that.</source>
        <translation>Файл {name} имеет формат {suffix}, который Drafter читает с помощью LibreOffice, а LibreOffice не установлен; установите LibreOffice или сохраните файл в формате .docx и загрузите его.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/office_convert.py" line="86"/>
        <source>{name} is not a Word 97–2003 document; save it as .docx and import that.</source>
        <translation>Файл {name} не является документом Word 97–2003; сохраните его в формате .docx и загрузите его.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/office_convert.py" line="94"/>
        <source>{name} does not hold what a {suffix} file holds; save the act as .docx or as UTF-8 .txt.</source>
        <translation>Содержимое файла {name} не соответствует формату {suffix}; сохраните акт в формате .docx или .txt в кодировке UTF-8.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/office_convert.py" line="120"/>
        <source>{name} cannot be read: {reason}.</source>
        <translation>Не удалось прочитать файл {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/office_convert.py" line="149"/>
        <source>{name}: LibreOffice cannot be started ({reason}).</source>
        <translation>{name}: не удается запустить LibreOffice ({reason}).</translation>
    </message>
    <message>
        <location filename="../../drafter/io/office_convert.py" line="158"/>
        <source>{name}: LibreOffice did not convert it within {seconds} seconds.</source>
        <translation>{name}: LibreOffice не завершил преобразование файла за {seconds} с.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/office_convert.py" line="166"/>
        <source>{name}: LibreOffice could not convert it ({reason}); open it in Word or LibreOffice and save it as .docx.</source>
        <translation>{name}: LibreOffice не удалось преобразовать файл ({reason}); откройте его в Word или LibreOffice и сохраните в формате .docx.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="31"/>
        <source>{name} already exists; choose another name.</source>
        <translation>Файл {name} уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="32"/>
        <source>{name} cannot be created: {reason}.</source>
        <translation>Не удалось создать файл {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="33"/>
        <source>{name} is {holder}; choose another name.</source>
        <translation>Файл {name} {holder}; выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="34"/>
        <source>{name} cannot be written ({reason}).</source>
        <translation>Не удалось записать файл {name} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="35"/>
        <source>{name} has no act «{slug}».</source>
        <translation>В проекте {name} нет акта «{slug}».</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="36"/>
        <source>{name} is a folder; choose a file name.</source>
        <translation>{name} — это папка; укажите имя файла.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="37"/>
        <source>{name} could not be written ({reason}).</source>
        <translation>Не удалось записать файл {name} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="59"/>
        <source>{name} is being created by another program ({holder}); try again in a moment.</source>
        <translation>{name} создаётся другой программой ({holder}); повторите попытку через некоторое время.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="65"/>
        <source>{name} is empty: creating it was interrupted; delete it and create the project again.</source>
        <translation>{name} пуст: его создание было прервано; удалите его и создайте проект заново.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="191"/>
        <source>{name} cannot be opened: {reason}.</source>
        <translation>Не удалось открыть файл {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="221"/>
        <source>{name} is closed.</source>
        <translation>Файл {name} закрыт.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="255"/>
        <source>{name} is open read-only ({holder}); use Save As to keep your changes.</source>
        <translation>Файл {name} открыт только для чтения ({holder}); чтобы сохранить изменения, воспользуйтесь командой «Сохранить как».</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="260"/>
        <source>{name} is open read-only; use Save As to keep your changes.</source>
        <translation>Файл {name} открыт только для чтения; чтобы сохранить изменения, воспользуйтесь командой «Сохранить как».</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="278"/>
        <source>{name} could not be saved ({reason}).</source>
        <translation>Не удалось сохранить файл {name} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="304"/>
        <source>{name} could not be read ({reason}).</source>
        <translation>Не удалось прочитать файл {name} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="599"/>
        <source>{name} is the file already open; choose another name.</source>
        <translation>Файл {name} уже открыт; выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="607"/>
        <source>{name} cannot be written: {reason}.</source>
        <translation>Не удалось записать файл {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project_queries.py" line="205"/>
        <source>{name} is damaged: the units of «{slug}» are out of order.</source>
        <translation>Файл {name} повреждён: структурные единицы акта «{slug}» расположены не по порядку.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="238"/>
        <source>{name} is a folder, not a Drafter project.</source>
        <translation>{name} — это папка, а не проект Drafter.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="240"/>
        <source>{name} is not a Drafter project.</source>
        <translation>Файл {name} не является проектом Drafter.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="241"/>
        <source>{name} is being written by another program; try again in a moment.</source>
        <translation>{name} изменяется другой программой; повторите попытку через некоторое время.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="270"/>
        <source>{name} does not exist.</source>
        <translation>Файл {name} не существует.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="275"/>
        <source>{name} is not a regular file, so it is not a Drafter project.</source>
        <translation>{name} не является обычным файлом, поэтому это не проект Drafter.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="281"/>
        <source>{name} cannot be read: permission denied.</source>
        <translation>Не удалось прочитать файл {name}: доступ запрещён.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="285"/>
        <source>{name} is not a Drafter project (the file is empty).</source>
        <translation>Файл {name} не является проектом Drafter (файл пуст).</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="289"/>
        <source>{name} is damaged: the file is truncated.</source>
        <translation>Файл {name} повреждён: файл обрезан.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="298"/>
        <source>{name} was saved by a newer Drafter (schema {version}; this version reads up to {supported}) — update Drafter to open it.</source>
        <translation>Файл {name} сохранён более новой версией Drafter (схема {version}; эта версия читает схемы до {supported}) — обновите Drafter, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="360"/>
        <source>{name} is damaged: {reason}.</source>
        <translation>Файл {name} повреждён: {reason}.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="365"/>
        <source>{name} is damaged: tables are missing.</source>
        <translation>Файл {name} повреждён: отсутствуют таблицы.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="372"/>
        <source>{name} is damaged or not a Drafter project ({reason}).</source>
        <translation>Файл {name} повреждён или не является проектом Drafter ({reason}).</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="398"/>
        <source>{name} uses project schema {version}, which this Drafter cannot upgrade.</source>
        <translation>Файл {name} использует схему проекта {version}, которую эта версия Drafter обновить не может.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="411"/>
        <source>{name} could not be upgraded from schema {version} ({reason}).</source>
        <translation>Не удалось обновить файл {name} со схемы {version} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="425"/>
        <source>{name} needs an upgrade, but its backup copy {backup} could not be written ({reason}).</source>
        <translation>Файл {name} требует обновления, но не удалось записать его резервную копию {backup} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="437"/>
        <source>{name} could not be upgraded from schema {version} ({reason}); it is unchanged.</source>
        <translation>Не удалось обновить файл {name} со схемы {version} ({reason}); файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/redline_reader.py" line="274"/>
        <source>{name} is not a Word document: it has no body.</source>
        <translation>Файл {name} не является документом Word: в нём нет основного текста.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/review_reader.py" line="53"/>
        <source>{name} is not a Word .docx document (not a zip package, or a damaged one).</source>
        <translation>Файл {name} не является документом Word (.docx): это не zip-пакет либо пакет повреждён.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/review_reader.py" line="81"/>
        <source>{name} is larger than {mb} MB, too large for a returned file.</source>
        <translation>Файл {name} больше {mb} МБ — слишком велик для файла с замечаниями.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="16"/>
        <source>{name} is empty.</source>
        <translation>Файл {name} пуст.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="17"/>
        <source>{name} is a Word 97–2003 .doc file; save it as .docx and import that.</source>
        <translation>Файл {name} имеет формат Word 97–2003 (.doc); сохраните его в формате .docx и импортируйте повторно.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="18"/>
        <source>{name} is larger than {mb} MB, too large for an act.</source>
        <translation>Файл {name} больше {mb} МБ — слишком велик для нормативного акта.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="20"/>
        <source>{name} unpacks to more than {mb} MB (refused as a possible zip bomb).</source>
        <translation>Файл {name} после распаковки занимает более {mb} МБ (отклонён как возможная zip-бомба).</translation>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="21"/>
        <source>{name} declares a DTD or external entities, which Drafter refuses.</source>
        <translation>Файл {name} содержит объявление DTD или внешние сущности; Drafter такие файлы не принимает.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="69"/>
        <source>{name} is not a file (it is a folder or a device).</source>
        <translation>{name} не является файлом (это папка или устройство).</translation>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="88"/>
        <source>{name} is password-protected; remove the password in Word and import it again.</source>
        <translation>Файл {name} защищён паролем; снимите пароль в Word и импортируйте файл повторно.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="146"/>
        <source>{name} has {count} parts, too many for a Word document (refused as a possible zip bomb).</source>
        <translation>Файл {name} содержит {count} частей — слишком много для документа Word (отклонён как возможная zip-бомба).</translation>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="167"/>
        <source>{name} has an absurd compression ratio (refused as a possible zip bomb).</source>
        <translation>Степень сжатия файла {name} неправдоподобно высока (отклонён как возможная zip-бомба).</translation>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="194"/>
        <source>{name} is not a Word document: it has no {member}.</source>
        <translation>Файл {name} не является документом Word: в нём нет части {member}.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="218"/>
        <source>{name} is damaged: {member} cannot be unpacked ({reason}).</source>
        <translation>Файл {name} повреждён: не удалось распаковать часть {member} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="254"/>
        <source>{name} is damaged: its XML cannot be read ({reason}).</source>
        <translation>Файл {name} повреждён: не удалось прочитать его XML ({reason}).</translation>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="108"/>
        <source>{name} is in UTF-32, which Drafter does not read; save it as UTF-8.</source>
        <translation>Файл {name} записан в кодировке UTF-32, которую Drafter не читает; сохраните его в кодировке UTF-8.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="116"/>
        <source>{name} is a Word 97–2003 .doc file, not text; save it as .docx.</source>
        <translation>Файл {name} — документ Word 97–2003 (.doc), а не текст; сохраните его в формате .docx.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="120"/>
        <source>{name} is a zip package (perhaps a .docx), not a text file.</source>
        <translation>Файл {name} — zip-пакет (возможно, .docx), а не текстовый файл.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="124"/>
        <source>{name} is not a text file (binary data, or UTF-16 without a byte order mark).</source>
        <translation>Файл {name} не является текстовым (двоичные данные либо UTF-16 без метки порядка байтов).</translation>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="143"/>
        <source>{name} is marked as {encoding} but is not valid {encoding} text.</source>
        <translation>Файл {name} помечен как {encoding}, но не является корректным текстом в кодировке {encoding}.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="153"/>
        <source>{name} does not read as {encoding} text ({reason}).</source>
        <translation>Файл {name} не читается как текст в кодировке {encoding} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="173"/>
        <source>{name} is not readable text in UTF-8, UTF-16 or Windows-1251; save it as UTF-8.</source>
        <translation>Файл {name} не читается как текст в кодировке UTF-8, UTF-16 или Windows-1251; сохраните его в кодировке UTF-8.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="180"/>
        <source>{name} could be in Windows-1251, KOI8-R or CP866 and Drafter cannot tell which; save it as UTF-8.</source>
        <translation>Файл {name} может быть в кодировке Windows-1251, KOI8-R или CP866, и Drafter не может определить, в какой; сохраните его в кодировке UTF-8.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="189"/>
        <source>{name} appears to be in the {encoding} encoding, which Drafter does not read; save it as UTF-8.</source>
        <translation>Файл {name}, по-видимому, записан в кодировке {encoding}, которую Drafter не читает; сохраните его в кодировке UTF-8.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="199"/>
        <source>{name} has too little text to tell whether it is in Windows-1251, KOI8-R or CP866; save it as UTF-8.</source>
        <translation>В файле {name} слишком мало текста, чтобы определить кодировку (Windows-1251, KOI8-R или CP866); сохраните его в кодировке UTF-8.</translation>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="209"/>
        <source>{name} is not readable as Windows-1251 text ({reason}).</source>
        <translation>Файл {name} не читается как текст в кодировке Windows-1251 ({reason}).</translation>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="245"/>
        <source>it contains control characters</source>
        <translation>в нём есть управляющие символы</translation>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="247"/>
        <source>it contains replacement characters</source>
        <translation>в нём есть символы замены</translation>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="251"/>
        <source>it contains unexpected symbols</source>
        <translation>в нём есть посторонние символы</translation>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="256"/>
        <source>its Cyrillic words have implausible letter case</source>
        <translation>регистр букв в словах на кириллице неправдоподобен</translation>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="258"/>
        <source>its words mix Latin and Cyrillic letters</source>
        <translation>в словах смешаны латинские и кириллические буквы</translation>
    </message>
    <message>
        <location filename="../../drafter/services/act_removal.py" line="15"/>
        <source>The project has no act {slug}.</source>
        <translation>В проекте нет акта {slug}.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/act_removal.py" line="16"/>
        <source>{title} cannot be removed from the project: remarks of the approval rounds refer to it ({count}).</source>
        <translation>{title}: акт нельзя удалить из проекта, на него ссылаются замечания, поступившие при согласовании ({count}).</translation>
    </message>
    <message>
        <location filename="../../drafter/services/acts.py" line="19"/>
        <source>{file}: {message}</source>
        <translation>{file}: {message}</translation>
    </message>
    <message>
        <location filename="../../drafter/services/acts.py" line="141"/>
        <source>{name}: the draft already holds this act, with the same title and text, as {slug}; it was not imported again.</source>
        <translation>{name}: этот акт с тем же наименованием и текстом уже содержится в проекте под обозначением {slug}; повторно он не загружен.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/acts.py" line="154"/>
        <source>{file}:{line}: {message}</source>
        <translation>{file}:{line}: {message}</translation>
    </message>
    <message>
        <location filename="../../drafter/services/amend.py" line="16"/>
        <source>unknown style {style}: use one of {styles}</source>
        <translation>неизвестный стиль {style}: укажите один из стилей {styles}</translation>
    </message>
    <message>
        <location filename="../../drafter/services/amend.py" line="30"/>
        <source>cannot tell the drafting style of {slug}: give --style ru, uk or us</source>
        <translation>не удаётся определить юридико-технический стиль акта {slug}: укажите --style ru, uk или us</translation>
    </message>
    <message>
        <location filename="../../drafter/services/amend.py" line="70"/>
        <source>{after} makes no change to {before}</source>
        <translation>{after} не вносит изменений в {before}</translation>
    </message>
    <message>
        <location filename="../../drafter/services/amend.py" line="86"/>
        <source>{slug} has no unit {address}: give the address as `drafter show` prints it.</source>
        <translation>{slug}: нет структурной единицы {address}; укажите адрес так, как его выводит `drafter show`.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/amend.py" line="104"/>
        <source>{after}: «{text}» changed above the first unit heading; an amending instruction can only name units, so begin both texts at a heading (an article or a section).</source>
        <translation>{after}: изменен текст «{text}» до заголовка первой структурной единицы; изменение может называть только структурные единицы, поэтому оба текста должны начинаться с заголовка (статьи или раздела).</translation>
    </message>
    <message>
        <location filename="../../drafter/services/amend.py" line="146"/>
        <source>{name}: no amending instruction recognised</source>
        <translation>{name}: не распознано ни одного изменяющего положения</translation>
    </message>
    <message>
        <location filename="../../drafter/services/disagreements.py" line="126"/>
        <source>{name} has no round {number}; the rounds sent are {known}.</source>
        <translation>В {name} нет этапа {number}; направлены этапы: {known}.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/disagreements.py" line="202"/>
        <source>{name} has no round {number}: no round has been sent yet.</source>
        <translation>В {name} нет этапа {number}: ни один этап ещё не направлялся.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/export.py" line="44"/>
        <source>Cannot export to {target}: the folder {folder} does not exist.</source>
        <translation>Не удалось выполнить экспорт в {target}: папка {folder} не существует.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/export.py" line="45"/>
        <source>The draft makes no changes yet, so there is nothing to export; propose a change first.</source>
        <translation>Проект пока не вносит изменений, поэтому экспортировать нечего; сначала предложите изменение.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/export.py" line="48"/>
        <source>Cannot write the bundle {target}: {reason}.</source>
        <translation>Не удалось записать комплект документов {target}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/export.py" line="101"/>
        <source>The bill cannot be written: {reason}.</source>
        <translation>Не удалось сформировать текст законопроекта: {reason}.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/export.py" line="119"/>
        <source>{name} already exists in {folder}; choose a new folder name for the bundle.</source>
        <translation>{name} уже существует в папке {folder}; выберите для комплекта документов новое имя папки.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/export.py" line="198"/>
        <source>The draft amends {slug}, but that act is not loaded.</source>
        <translation>Проект вносит изменения в акт {slug}, но этот акт не загружен.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/export.py" line="210"/>
        <source>The draft makes no changes yet ({acts} has no changes), so there is nothing to export; propose a change first.</source>
        <translation>Проект пока не вносит изменений (в акт {acts} изменения не вносятся), поэтому экспортировать нечего; сначала предложите изменение.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/export.py" line="227"/>
        <source>Cannot write the bundle in {folder}: {reason}.</source>
        <translation>Не удалось записать комплект документов в папку {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/export.py" line="233"/>
        <source>{name} has no changes in the draft and is left out</source>
        <translation>В акт {name} проект изменений не вносит, поэтому акт не включён в комплект</translation>
    </message>
    <message>
        <location filename="../../drafter/services/export.py" line="247"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/projects.py" line="24"/>
        <source>{name} is open in another Drafter; try again later</source>
        <translation>Файл {name} открыт в другом экземпляре Drafter; повторите попытку позже</translation>
    </message>
    <message>
        <location filename="../../drafter/services/projects.py" line="104"/>
        <source>{name}: a new project's name must end with {suffix}</source>
        <translation>{name}: имя нового проекта должно оканчиваться на {suffix}</translation>
    </message>
    <message>
        <location filename="../../drafter/services/projects.py" line="141"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../drafter/services/projects.py" line="143"/>
        <source>{source}: the project has no act {slug} (acts: {known})</source>
        <translation>{source}: в проекте нет акта {slug} (акты: {known})</translation>
    </message>
    <message>
        <location filename="../../drafter/services/projects.py" line="152"/>
        <source>{source}: the project has no acts yet; import one first</source>
        <translation>{source}: в проекте пока нет актов; сначала импортируйте акт</translation>
    </message>
    <message>
        <location filename="../../drafter/services/projects.py" line="166"/>
        <source>{source}: cannot tell which act of the project it amends; name it with --act</source>
        <translation>{source}: не удаётся определить, в какой акт проекта вносятся изменения; укажите его параметром --act</translation>
    </message>
    <message>
        <location filename="../../drafter/services/projects.py" line="220"/>
        <source>the bundled sample draft is missing; rebuild it with resources/samples/build_demo.py</source>
        <translation>встроенный демонстрационный проект отсутствует; пересоберите его с помощью resources/samples/build_demo.py</translation>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="33"/>
        <source>{name} has no remark {id}.</source>
        <translation>В {name} нет замечания {id}.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="34"/>
        <source>Remark {id} is grouped into remark {head}: work on remark {head}.</source>
        <translation>Замечание {id} объединено с замечанием {head}: работайте с замечанием {head}.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="35"/>
        <source>Remark {id} is not decided yet.</source>
        <translation>По замечанию {id} решение ещё не принято.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="65"/>
        <source>{name} has no agency «{agency}».</source>
        <translation>В {name} нет ведомства «{agency}».</translation>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="147"/>
        <source>{status} is not a decision: write one of {known}.</source>
        <translation>{status} — недопустимое решение; укажите одно из следующих: {known}.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="152"/>
        <source>Give the reason for the decision (--reason).</source>
        <translation>Укажите обоснование решения (--reason).</translation>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="155"/>
        <source>{name} is open read-only, so no decision can be recorded in it.</source>
        <translation>{name} открыт только для чтения, поэтому решение в нём записать нельзя.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="161"/>
        <source>Remark {id} is already decided ({status}, by {by} on {at}); to decide it again, change the decision (--change).</source>
        <translation>По замечанию {id} решение уже принято ({status}, {by}, {at}); чтобы принять его заново, измените решение (--change).</translation>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="213"/>
        <source>{kind} is not a kind of grounds: write one of {known}.</source>
        <translation>{kind} не является видом обоснования: укажите одно из значений: {known}.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="219"/>
        <source>{severity} is not a severity: write one of {known}.</source>
        <translation>{severity} не является степенью значимости: укажите одно из значений: {known}.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="243"/>
        <source>Remark {id} is not decided yet; decide it before marking it settled.</source>
        <translation>По замечанию {id} решение ещё не принято; примите решение, прежде чем отметить разногласие урегулированным.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="260"/>
        <source>Remark {earlier} is of round {their}, not of a round before remark {id}'s (round {round}), so remark {id} cannot repeat it.</source>
        <translation>Замечание {earlier} относится к этапу {their}, а не к этапу, предшествующему этапу замечания {id} (этап {round}), поэтому замечание {id} не может его повторять.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="282"/>
        <source>Give at least two remarks to group.</source>
        <translation>Для объединения укажите не менее двух замечаний.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="294"/>
        <source>Remarks {head} and {id} are not of the same agency, round and unit, so they cannot be grouped.</source>
        <translation>Замечания {head} и {id} представлены разными органами, на разных этапах или к разным структурным единицам, поэтому их нельзя объединить.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="300"/>
        <source>Remark {id} is decided ({status}) and remark {head} is not decided so; take one of the decisions back first.</source>
        <translation>По замечанию {id} принято решение ({status}), а по замечанию {head} — иное; сначала отмените одно из решений.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="324"/>
        <source>Remark {id} is not grouped.</source>
        <translation>Замечание {id} не объединено с другими.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="355"/>
        <source>Say what to change: --text, --grounds, --grounds-kind, --severity, --proposed, --settled, --repeats, --group or --ungroup.</source>
        <translation>Укажите, что изменить: --text, --grounds, --grounds-kind, --severity, --proposed, --settled, --repeats, --group или --ungroup.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="405"/>
        <source>{name} is open read-only, so its remarks cannot be changed.</source>
        <translation>{name} открыт только для чтения, поэтому замечания в нём изменить нельзя.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="435"/>
        <source>Remark {id} is on {address} of {act}, which the draft no longer has; decide it with --keep-draft.</source>
        <translation>Замечание {id} относится к {address} ({act}), которой в проекте больше нет; примите решение с --keep-draft.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="441"/>
        <source>Remark {id} is on {act}, which is no longer in the project; decide it with --keep-draft.</source>
        <translation>Замечание {id} относится к акту {act}, который исключён из проекта; примите решение с параметром --keep-draft.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="467"/>
        <source>The words «{quote}» are no longer in {address}; decide remark {id} with --keep-draft.</source>
        <translation>Слов «{quote}» в {address} больше нет; примите решение по замечанию {id} с --keep-draft.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/restate.py" line="91"/>
        <source>unknown form {form}: use restate, patch or auto</source>
        <translation>неизвестная форма {form}: укажите restate, patch или auto</translation>
    </message>
    <message>
        <location filename="../../drafter/services/restate.py" line="94"/>
        <source>{name} is open read-only, so the form of its units cannot be changed.</source>
        <translation>{name} открыт только для чтения, поэтому форму изменения структурных единиц изменить нельзя.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="27"/>
        <source>{file} was already filed on {date} for {agency} (round {number}): nothing to do.</source>
        <translation>Файл {file} уже был принят {date} как ответ {agency} (этап {number}): действий не требуется.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="78"/>
        <source>--agency names no agency: write the agency's short name.</source>
        <translation>В --agency не указан орган: укажите его краткое наименование.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="99"/>
        <source>{file} has edits made with track changes off: {units}.</source>
        <translation>В файле {file} есть правки, внесённые без режима исправлений: {units}.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="125"/>
        <source>{name} has sent no round yet, so {file} cannot be an answer to one.</source>
        <translation>Из проекта {name} ещё не направлено ни одного этапа согласования, поэтому файл {file} не может быть ответом на него.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="147"/>
        <source>{file} names round {number}, which {name} has not sent.</source>
        <translation>В файле {file} указан этап {number}, который из проекта {name} не направлялся.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="154"/>
        <source>{file} was sent in round {sent}, not in round {number}.</source>
        <translation>Файл {file} направлялся на этапе {sent}, а не на этапе {number}.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="163"/>
        <source>{file} is a Drafter file that was never sent in a round: only the files of a round (export --round next) can be filed as an answer.</source>
        <translation>Файл {file} создан Drafter, но не направлялся ни на одном этапе согласования: ответом может быть принят только файл этапа (export --round next).</translation>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="181"/>
        <source>{file} belongs to another draft, and its text matches no file sent from {name}.</source>
        <translation>Файл {file} относится к другому проекту, и его текст не совпадает ни с одним файлом, направленным из проекта {name}.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="189"/>
        <source>{file} does not match any file sent from {name} (best: {best} of round {number}, {share}% of paragraphs).</source>
        <translation>Файл {file} не совпадает ни с одним файлом, направленным из проекта {name} (ближе всего {best} этапа {number}: совпадает {share}% абзацев).</translation>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="202"/>
        <source>{file} was made from another copy of this draft; it was read by its text.</source>
        <translation>Файл {file} изготовлен из другой копии этого проекта; он сопоставлен по тексту.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="209"/>
        <source>{file} has no Drafter marks; it was matched by its text to {sent}.</source>
        <translation>В файле {file} нет служебных меток Drafter; по тексту он сопоставлен с файлом {sent}.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="246"/>
        <source>{name} is open read-only, so no answer can be filed in it.</source>
        <translation>Файл {name} открыт только для чтения, поэтому ответ в нём сохранить нельзя.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="372"/>
        <source>{agency} is a new agency; it was added to the project.</source>
        <translation>{agency} — новый орган; он добавлен в проект.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/round_diff.py" line="39"/>
        <source>{text} is not a round: write a round number or current.</source>
        <translation>{text} не является этапом: укажите номер этапа или current (текущая редакция).</translation>
    </message>
    <message>
        <location filename="../../drafter/services/round_diff.py" line="99"/>
        <source>Round {number} compared with itself shows nothing: name two different rounds.</source>
        <translation>Этап {number} при сравнении с самим собой различий не даёт: укажите два разных этапа.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="40"/>
        <source>{text} is not a date: write it as YYYY-MM-DD.</source>
        <translation>{text} не является датой: укажите её в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="79"/>
        <source>{text} is not a round: write next or a round number.</source>
        <translation>{text} не является этапом: укажите next или номер этапа.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="95"/>
        <source>{name} is open read-only, so no round can be recorded in it.</source>
        <translation>{name} открыт только для чтения, поэтому этап согласования в нём записать нельзя.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="151"/>
        <source>Round {number} was sent already and is written as it was sent; --to, --deadline and --date are for a new round (--round next).</source>
        <translation>Этап {number} уже направлен и записывается в том виде, в каком был направлен; --to, --deadline и --date указываются только для нового этапа (--round next).</translation>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="191"/>
        <source>Give the agency's answer (--status) or its deadline (--deadline).</source>
        <translation>Укажите ответ органа (--status) или срок представления ответа (--deadline).</translation>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="193"/>
        <source>--letter and --date go with the answer (--status).</source>
        <translation>--letter и --date указываются вместе с ответом (--status).</translation>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="196"/>
        <source>{status} is not an answer: write agreed, remarks, objections or none.</source>
        <translation>{status} не является ответом: укажите agreed, remarks, objections или none.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="224"/>
        <source>--to names no agency: write --to AGENCY,AGENCY.</source>
        <translation>В --to не указан ни один орган: укажите --to ОРГАН,ОРГАН.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="230"/>
        <source>Round {number} has no recipients: name them with --to AGENCY,AGENCY.</source>
        <translation>У этапа {number} нет адресатов: укажите их в --to ОРГАН,ОРГАН.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="294"/>
        <source>Round {number} is still open (undecided remarks: {count}); round {next} is sent all the same.</source>
        <translation>Этап {number} ещё не завершён (замечаний без решения: {count}); этап {next} всё же направлен.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="386"/>
        <source>Round {number} is closed already (on {date}).</source>
        <translation>Этап {number} уже завершён ({date}).</translation>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="391"/>
        <source>Round {number} has undecided remarks ({count}): decide them first, or close the round all the same (--force).</source>
        <translation>На этапе {number} есть замечания без решения ({count}): сначала примите по ним решения или завершите этап без них (--force).</translation>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="408"/>
        <source>Round {number} is not closed.</source>
        <translation>Этап {number} не завершён.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="448"/>
        <source>{name} has no agency {agency} (known: {known}).</source>
        <translation>В {name} нет органа {agency} (известны: {known}).</translation>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="455"/>
        <source>Round {number} was not sent to {agency} (sent to: {recipients}).</source>
        <translation>Этап {number} не направлялся в {agency} (направлен: {recipients}).</translation>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="463"/>
        <source>The remark has no text; write what the agency says.</source>
        <translation>В замечании нет текста: укажите, что пишет орган.</translation>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="500"/>
        <source>{act} has no unit {address} in the text sent in round {number}.</source>
        <translation>В тексте {act}, направленном на этапе {number}, нет структурной единицы {address}.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/document.py" line="237"/>
        <source>{address} is not a unit of {slug}</source>
        <translation>{address} не является структурной единицей акта {slug}</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="172"/>
        <source>{address} is no longer in the act.</source>
        <translation>Структурная единица {address} в акте отсутствует.</translation>
    </message>
</context>
</TS>