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
        <location filename="../../drafter/ui/main_window.py" line="82"/>
        <source>Filter by number or words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="103"/>
        <location filename="../../drafter/ui/main_window.py" line="387"/>
        <source>Select an article in the tree to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="117"/>
        <source>Drafting style of the instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="124"/>
        <source>This article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="125"/>
        <source>Whole bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="126"/>
        <source>Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="160"/>
        <source>&amp;New Draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="161"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="162"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="164"/>
        <source>&amp;Import Act…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="164"/>
        <source>Add an act from a .docx or .txt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="167"/>
        <source>&amp;Export Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="167"/>
        <source>Write the bill and tables to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="169"/>
        <source>&amp;Draft Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="170"/>
        <source>A&amp;ct Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="171"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="172"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="174"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="177"/>
        <source>&amp;Add Unit After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="177"/>
        <source>Add a new article after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="180"/>
        <source>&amp;Repeal Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="180"/>
        <source>Declare this article repealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="183"/>
        <source>Restore &amp;Current Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="185"/>
        <source>Drop the proposed changes of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="199"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="202"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="212"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="219"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="220"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="224"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="238"/>
        <source>Style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="285"/>
        <location filename="../../drafter/ui/main_window.py" line="290"/>
        <source>Cannot open a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="286"/>
        <source>Project files are not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="305"/>
        <source>Cannot open the sample draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="342"/>
        <location filename="../../drafter/ui/main_window.py" line="710"/>
        <source>Cannot save the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="390"/>
        <source>No draft is open. Create one (File → New Draft), open one, or start with the sample: drafter demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="419"/>
        <source>Editing is not available in this build (no text layout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="421"/>
        <source>The draft repeals this article; restore it to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="501"/>
        <source>Cannot read this text yet: %1. Your typing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="521"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="525"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="565"/>
        <source>Instructions are not available in this build (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="569"/>
        <source>No instructions for this text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="570"/>
        <source>No changes in this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="592"/>
        <source>The draft makes no changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="598"/>
        <source>The bill cannot be generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="625"/>
        <source>Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="642"/>
        <source>Remove added unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="646"/>
        <source>Repeal unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="658"/>
        <source>Restore current wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="669"/>
        <source>New Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="669"/>
        <location filename="../../drafter/ui/main_window.py" line="687"/>
        <location filename="../../drafter/ui/main_window.py" line="696"/>
        <source>Drafts (*.drafter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="680"/>
        <source>Cannot create the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="687"/>
        <source>Open Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="696"/>
        <source>Save Draft As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="732"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="742"/>
        <source>Import Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="744"/>
        <source>Acts (*.docx *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="753"/>
        <location filename="../../drafter/ui/main_window.py" line="776"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="753"/>
        <source>Open a draft you can edit to import acts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="764"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="778"/>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="780"/>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="787"/>
        <source>Cannot import the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="793"/>
        <source>Export Bundle To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="803"/>
        <location filename="../../drafter/ui/main_window.py" line="851"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="803"/>
        <source>Export is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="811"/>
        <source>Writing the bill, tables and redlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="811"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="813"/>
        <source>Export Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="828"/>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="846"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="879"/>
        <source>Cannot save the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="885"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="886"/>
        <source>The new language is used the next time Drafter starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="908"/>
        <source>No draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="913"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="917"/>
        <source>Changed units: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="929"/>
        <source>Read-only: this draft is open in Drafter by %1 on %2 (since %3). You can read it and save a copy (Save As).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="937"/>
        <source>Read-only: the draft file cannot be written. Save a copy to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../../drafter/ui/diff_view.py" line="112"/>
        <source>Current wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/diff_view.py" line="113"/>
        <source>Proposed wording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
