<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActPropertiesDialog</name>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="72"/>
        <source>Act properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="85"/>
        <source>One official publication source a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="94"/>
        <source>digits (часть 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="95"/>
        <source>words (часть вторая)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="100"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="101"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="102"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="103"/>
        <source>Name (nominative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="104"/>
        <source>Name (genitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="105"/>
        <source>Name (accusative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="106"/>
        <source>Name (prepositional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="107"/>
        <source>Name (instrumental)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="108"/>
        <source>Publication sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="109"/>
        <source>Edition date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="110"/>
        <source>Edition source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="111"/>
        <source>Structure profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="112"/>
        <source>Citation of parts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftPropertiesDialog</name>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="38"/>
        <source>Draft properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="45"/>
        <source>Empty: the style&apos;s usual wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="48"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="49"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="50"/>
        <source>Drafting style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="51"/>
        <source>Entry into force</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="263"/>
        <source>Filter by number or words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="571"/>
        <source>Select an article in the tree to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="264"/>
        <source>Drafting style of the instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="265"/>
        <source>This article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="266"/>
        <source>Whole bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="267"/>
        <source>Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="269"/>
        <source>&amp;New Draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="270"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="271"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="274"/>
        <source>&amp;Import Act…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="275"/>
        <source>Add an act from a .docx or .txt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="279"/>
        <source>&amp;Export Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="280"/>
        <source>Write the bill and tables to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="282"/>
        <source>&amp;Draft Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="283"/>
        <source>A&amp;ct Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="284"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="332"/>
        <location filename="../../drafter/ui/main_window.py" line="334"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="333"/>
        <location filename="../../drafter/ui/main_window.py" line="335"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="287"/>
        <source>&amp;Add Unit After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="288"/>
        <source>Add a new article after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="292"/>
        <source>&amp;Repeal Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="293"/>
        <source>Declare this article repealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="297"/>
        <source>Restore &amp;Current Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="298"/>
        <source>Drop the proposed changes of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="306"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="307"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="308"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="309"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="310"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="311"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="312"/>
        <source>Style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="346"/>
        <source>typing in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="399"/>
        <location filename="../../drafter/ui/main_window.py" line="404"/>
        <source>Cannot open a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="400"/>
        <source>Project files are not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="419"/>
        <source>Cannot open the sample draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="480"/>
        <location filename="../../drafter/ui/main_window.py" line="939"/>
        <location filename="../../drafter/ui/main_window.py" line="1268"/>
        <source>Cannot save the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="574"/>
        <source>No draft is open. Create one (File → New Draft), open one, or start with the sample: drafter demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="722"/>
        <source>Editing is not available in this build (no text layout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="724"/>
        <source>The draft repeals this article; restore it to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="732"/>
        <source>Cannot read this text yet: %1. Your typing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="747"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="751"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="762"/>
        <source>Change drafting style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="794"/>
        <source>Instructions are not available in this build (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="798"/>
        <source>No instructions for this text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="799"/>
        <source>No changes in this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="821"/>
        <source>The draft makes no changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="827"/>
        <source>The bill cannot be generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="854"/>
        <source>Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="871"/>
        <source>Remove added unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="875"/>
        <source>Repeal unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="887"/>
        <source>Restore current wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="898"/>
        <source>New Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="898"/>
        <location filename="../../drafter/ui/main_window.py" line="916"/>
        <location filename="../../drafter/ui/main_window.py" line="925"/>
        <location filename="../../drafter/ui/main_window.py" line="1283"/>
        <source>Drafts (*.drafter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="909"/>
        <source>Cannot create the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="916"/>
        <source>Open Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="925"/>
        <location filename="../../drafter/ui/main_window.py" line="1283"/>
        <source>Save Draft As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="963"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="973"/>
        <source>Import Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="975"/>
        <source>Acts (*.docx *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="984"/>
        <location filename="../../drafter/ui/main_window.py" line="1007"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="984"/>
        <source>Open a draft you can edit to import acts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="995"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1009"/>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1011"/>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1018"/>
        <source>Cannot import the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1024"/>
        <source>Export Bundle To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1034"/>
        <location filename="../../drafter/ui/main_window.py" line="1094"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1034"/>
        <source>Export is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1042"/>
        <source>Writing the bill, tables and redlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1042"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1044"/>
        <source>Export Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1061"/>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1089"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1103"/>
        <source>Change draft properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1122"/>
        <source>Cannot save the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1154"/>
        <source>Editorial notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1156"/>
        <source>Notes of the official publication; they are not part of the law text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1178"/>
        <source>No draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1183"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1187"/>
        <source>Changed units: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1199"/>
        <source>Read-only: this draft is open in Drafter by %1 on %2 (since %3). You can read it and save a copy (Save As).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1207"/>
        <source>Read-only: the draft file cannot be written. Save a copy to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1270"/>
        <source>The latest edits could not be written to %1. Save a copy elsewhere?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Redline</name>
    <message>
        <location filename="../../drafter/ui/outputs.py" line="78"/>
        <source>The draft does not change this act.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../../drafter/ui/diff_view.py" line="192"/>
        <source>Current wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/diff_view.py" line="193"/>
        <source>Proposed wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/diff_view.py" line="196"/>
        <source>Not in the act yet: the draft adds this unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../drafter/ui/unit_tree.py" line="52"/>
        <source>Changed by the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/unit_tree.py" line="54"/>
        <source>Added by the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/unit_tree.py" line="56"/>
        <source>Repealed by the draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
