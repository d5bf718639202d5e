<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActPropertiesDialog</name>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="72"/>
        <source>Act properties</source>
        <translation>Свойства акта</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="85"/>
        <source>One official publication source a line</source>
        <translation>Официальные источники опубликования, по одному в строке</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="94"/>
        <source>digits (часть 2)</source>
        <translation>цифрами (часть 2)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="95"/>
        <source>words (часть вторая)</source>
        <translation>словами (часть вторая)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="100"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="101"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="102"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="103"/>
        <source>Name (nominative)</source>
        <translation>Название (именительный)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="104"/>
        <source>Name (genitive)</source>
        <translation>Название (родительный)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="105"/>
        <source>Name (accusative)</source>
        <translation>Название (винительный)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="106"/>
        <source>Name (prepositional)</source>
        <translation>Название (предложный)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="107"/>
        <source>Name (instrumental)</source>
        <translation>Название (творительный)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="108"/>
        <source>Publication sources</source>
        <translation>Источники опубликования</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="109"/>
        <source>Edition date</source>
        <translation>Дата редакции</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="110"/>
        <source>Edition source</source>
        <translation>Источник редакции</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="111"/>
        <source>Structure profile</source>
        <translation>Структура акта</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="112"/>
        <source>Citation of parts</source>
        <translation>Ссылки на части</translation>
    </message>
</context>
<context>
    <name>DraftPropertiesDialog</name>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="38"/>
        <source>Draft properties</source>
        <translation>Свойства проекта</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="45"/>
        <source>Empty: the style's usual wording</source>
        <translation>Пусто — обычная формулировка стиля</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="48"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="49"/>
        <source>Agency</source>
        <translation>Разработчик</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="50"/>
        <source>Drafting style</source>
        <translation>Стиль изложения</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="51"/>
        <source>Entry into force</source>
        <translation>Вступление в силу</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="265"/>
        <source>Filter by number or words</source>
        <translation>Поиск по номеру или словам</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="603"/>
        <source>Select an article in the tree to edit it.</source>
        <translation>Выберите статью в дереве, чтобы изменить её.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="266"/>
        <source>Drafting style of the instructions</source>
        <translation>Стиль изложения поправок</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="267"/>
        <source>This article</source>
        <translation>Эта статья</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="268"/>
        <source>Whole bill</source>
        <translation>Весь законопроект</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="269"/>
        <source>Redline</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="271"/>
        <source>&amp;New Draft…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="272"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="273"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="276"/>
        <source>&amp;Import Act…</source>
        <translation>&amp;Импорт акта…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="277"/>
        <source>Add an act from a .docx or .txt file</source>
        <translation>Добавить акт из файла .docx или .txt</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="281"/>
        <source>&amp;Export Bundle…</source>
        <translation>&amp;Экспорт пакета…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="282"/>
        <source>Write the bill and tables to a folder</source>
        <translation>Сохранить законопроект и таблицы в папку</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="284"/>
        <source>&amp;Draft Properties…</source>
        <translation>Свойства &amp;проекта…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="285"/>
        <source>A&amp;ct Properties…</source>
        <translation>Свойства &amp;акта…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="286"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="334"/>
        <location filename="../../drafter/ui/main_window.py" line="336"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="335"/>
        <location filename="../../drafter/ui/main_window.py" line="337"/>
        <source>&amp;Redo</source>
        <translation>П&amp;овторить</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="289"/>
        <source>&amp;Add Unit After</source>
        <translation>&amp;Добавить статью после</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="290"/>
        <source>Add a new article after this one</source>
        <translation>Добавить новую статью после этой</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="294"/>
        <source>&amp;Repeal Unit</source>
        <translation>Признать &amp;утратившей силу</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="295"/>
        <source>Declare this article repealed</source>
        <translation>Признать статью утратившей силу</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="299"/>
        <source>Restore &amp;Current Wording</source>
        <translation>Вернуть &amp;действующую редакцию</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="300"/>
        <source>Drop the proposed changes of this article</source>
        <translation>Отменить предлагаемые изменения этой статьи</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="308"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="309"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="310"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="311"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="312"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="313"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="314"/>
        <source>Style:</source>
        <translation>Стиль:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="348"/>
        <source>typing in %1</source>
        <translation>ввод текста в %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="403"/>
        <location filename="../../drafter/ui/main_window.py" line="408"/>
        <source>Cannot open a draft</source>
        <translation>Не удалось открыть проект</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="404"/>
        <source>Project files are not available in this build.</source>
        <translation>Файлы проектов недоступны в этой сборке.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="423"/>
        <source>Cannot open the sample draft</source>
        <translation>Не удалось открыть пример проекта</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="486"/>
        <location filename="../../drafter/ui/main_window.py" line="979"/>
        <location filename="../../drafter/ui/main_window.py" line="1320"/>
        <source>Cannot save the draft</source>
        <translation>Не удалось сохранить проект</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="606"/>
        <source>No draft is open. Create one (File → New Draft), open one, or start with the sample: drafter demo.</source>
        <translation>Проект не открыт. Создайте новый (Файл → Новый проект), откройте существующий или начните с примера: drafter demo.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="762"/>
        <source>Editing is not available in this build (no text layout).</source>
        <translation>Редактирование недоступно в этой сборке (нет модуля раскладки текста).</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="764"/>
        <source>The draft repeals this article; restore it to edit.</source>
        <translation>Проект признаёт статью утратившей силу; верните её, чтобы редактировать.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="772"/>
        <source>Cannot read this text yet: %1. Your typing is kept.</source>
        <translation>Текст пока не читается как статья: %1. Набранный текст сохранён.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="787"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="792"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="802"/>
        <source>Change drafting style</source>
        <translation>Смена стиля изложения</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="834"/>
        <source>Instructions are not available in this build (%1).</source>
        <translation>Поправки недоступны в этой сборке (%1).</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="838"/>
        <source>No instructions for this text: %1</source>
        <translation>Для этого текста поправки не сформированы: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="839"/>
        <source>No changes in this article.</source>
        <translation>В этой статье изменений нет.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="861"/>
        <source>The draft makes no changes yet.</source>
        <translation>Проект пока ничего не изменяет.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="867"/>
        <source>The bill cannot be generated: %1</source>
        <translation>Текст законопроекта не сформирован: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="894"/>
        <source>Add unit</source>
        <translation>Добавление статьи</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="911"/>
        <source>Remove added unit</source>
        <translation>Удаление добавленной статьи</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="915"/>
        <source>Repeal unit</source>
        <translation>Признание утратившей силу</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="927"/>
        <source>Restore current wording</source>
        <translation>Возврат действующей редакции</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="938"/>
        <source>New Draft</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="938"/>
        <location filename="../../drafter/ui/main_window.py" line="956"/>
        <location filename="../../drafter/ui/main_window.py" line="965"/>
        <location filename="../../drafter/ui/main_window.py" line="1335"/>
        <source>Drafts (*.drafter)</source>
        <translation>Проекты (*.drafter)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="949"/>
        <source>Cannot create the draft</source>
        <translation>Не удалось создать проект</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="956"/>
        <source>Open Draft</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="965"/>
        <location filename="../../drafter/ui/main_window.py" line="1335"/>
        <source>Save Draft As</source>
        <translation>Сохранить проект как</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1003"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1013"/>
        <source>Import Act</source>
        <translation>Импорт акта</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1015"/>
        <source>Acts (*.docx *.txt)</source>
        <translation>Акты (*.docx *.txt)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1024"/>
        <location filename="../../drafter/ui/main_window.py" line="1047"/>
        <source>Cannot import</source>
        <translation>Импорт невозможен</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1024"/>
        <source>Open a draft you can edit to import acts.</source>
        <translation>Чтобы импортировать акты, откройте проект, доступный для изменения.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1035"/>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1049"/>
        <source>Imported %1</source>
        <translation>Импортирован: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1051"/>
        <source>%1 warnings</source>
        <translation>предупреждений: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1058"/>
        <source>Cannot import the act</source>
        <translation>Не удалось импортировать акт</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1064"/>
        <source>Export Bundle To</source>
        <translation>Папка для пакета документов</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1074"/>
        <location filename="../../drafter/ui/main_window.py" line="1146"/>
        <source>Cannot export</source>
        <translation>Не удалось выполнить экспорт</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1074"/>
        <source>Export is not available in this build.</source>
        <translation>Экспорт недоступен в этой сборке.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1082"/>
        <source>Writing the bill, tables and redlines…</source>
        <translation>Формирование законопроекта, таблиц и редакций…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1082"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1084"/>
        <source>Export Bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1101"/>
        <source>Export cancelled</source>
        <translation>Экспорт отменён</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1129"/>
        <source>Exported to %1</source>
        <translation>Пакет сохранён в %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1135"/>
        <source>Exported with warnings</source>
        <translation>Пакет сохранён с замечаниями</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1136"/>
        <source>The bundle was written to %1. Please check:</source>
        <translation>Пакет сохранён в %1. Проверьте:</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1155"/>
        <source>Change draft properties</source>
        <translation>Изменение свойств проекта</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1174"/>
        <source>Cannot save the act</source>
        <translation>Не удалось сохранить акт</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1206"/>
        <source>Editorial notes (%1)</source>
        <translation>Редакционные пометки (%1)</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1208"/>
        <source>Notes of the official publication; they are not part of the law text</source>
        <translation>Пометки официальной публикации; они не входят в текст закона</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1230"/>
        <source>No draft</source>
        <translation>Нет проекта</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1235"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1239"/>
        <source>Changed units: %1</source>
        <translation>Изменённых единиц: %1</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1251"/>
        <source>Read-only: this draft is open in Drafter by %1 on %2 (since %3). You can read it and save a copy (Save As).</source>
        <translation>Только чтение: проект открыт в Drafter пользователем %1 на компьютере %2 (с %3). Его можно читать и сохранить копию («Сохранить как»).</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1259"/>
        <source>Read-only: the draft file cannot be written. Save a copy to edit it.</source>
        <translation>Только чтение: файл проекта недоступен для записи. Сохраните копию, чтобы вносить изменения.</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1322"/>
        <source>The latest edits could not be written to %1. Save a copy elsewhere?</source>
        <translation>Последние изменения не удалось записать в %1. Сохранить копию в другом месте?</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../../drafter/cli.py" line="15"/>
        <source>imported {slug}: {title} — {units} units</source>
        <translation>импортирован {slug}: {title} — единиц: {units}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli.py" line="16"/>
        <source>(no title)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../drafter/cli.py" line="17"/>
        <source>{source} → {slug}: {changed} changed, {added} added, {repealed} repealed</source>
        <translation>{source} → {slug}: изменено {changed}, добавлено {added}, признано утратившими силу {repealed}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli.py" line="20"/>
        <source>exported to {path}</source>
        <translation>экспортировано в {path}</translation>
    </message>
    <message>
        <location filename="../../drafter/cli.py" line="21"/>
        <source>reading returned documents (review) is not available in this version yet</source>
        <translation>чтение возвращённых документов (review) в этой версии ещё недоступно</translation>
    </message>
    <message>
        <location filename="../../drafter/cli.py" line="24"/>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <location filename="../../drafter/cli.py" line="25"/>
        <source>a file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../drafter/cli.py" line="26"/>
        <source>internal error ({error}); set DRAFTER_DEBUG=1 for details and please report it</source>
        <translation>внутренняя ошибка ({error}); задайте DRAFTER_DEBUG=1, чтобы увидеть подробности, и сообщите о ней</translation>
    </message>
</context>
<context>
    <name>Redline</name>
    <message>
        <location filename="../../drafter/ui/outputs.py" line="78"/>
        <source>The draft does not change this act.</source>
        <translation>Проект не изменяет этот акт.</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../../drafter/ui/diff_view.py" line="208"/>
        <source>Current wording</source>
        <translation>Действующая редакция</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/diff_view.py" line="209"/>
        <source>Proposed wording</source>
        <translation>Предлагаемая редакция</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/diff_view.py" line="212"/>
        <source>Not in the act yet: the draft adds this unit.</source>
        <translation>В акте ещё нет: проект добавляет эту единицу.</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../drafter/ui/unit_tree.py" line="52"/>
        <source>Changed by the draft</source>
        <translation>Изменяется проектом</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/unit_tree.py" line="54"/>
        <source>Added by the draft</source>
        <translation>Добавляется проектом</translation>
    </message>
    <message>
        <location filename="../../drafter/ui/unit_tree.py" line="56"/>
        <source>Repealed by the draft</source>
        <translation>Признаётся утратившей силу</translation>
    </message>
</context>
</TS>