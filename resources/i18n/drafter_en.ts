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
        <location filename="../../drafter/ui/main_window.py" line="88"/>
        <source>Filter by number or words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="111"/>
        <location filename="../../drafter/ui/main_window.py" line="418"/>
        <source>Select an article in the tree to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="125"/>
        <source>Drafting style of the instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="132"/>
        <source>This article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="133"/>
        <source>Whole bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="134"/>
        <source>Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="167"/>
        <source>&amp;New Draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="168"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="169"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="171"/>
        <source>&amp;Import Act…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="171"/>
        <source>Add an act from a .docx or .txt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="174"/>
        <source>&amp;Export Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="174"/>
        <source>Write the bill and tables to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="176"/>
        <source>&amp;Draft Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="177"/>
        <source>A&amp;ct Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="178"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="179"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="181"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="184"/>
        <source>&amp;Add Unit After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="184"/>
        <source>Add a new article after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="187"/>
        <source>&amp;Repeal Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="187"/>
        <source>Declare this article repealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="190"/>
        <source>Restore &amp;Current Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="192"/>
        <source>Drop the proposed changes of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="206"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="209"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="219"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="226"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="227"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="231"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="245"/>
        <source>Style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="292"/>
        <location filename="../../drafter/ui/main_window.py" line="297"/>
        <source>Cannot open a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="293"/>
        <source>Project files are not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="312"/>
        <source>Cannot open the sample draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="373"/>
        <location filename="../../drafter/ui/main_window.py" line="759"/>
        <location filename="../../drafter/ui/main_window.py" line="1061"/>
        <source>Cannot save the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="421"/>
        <source>No draft is open. Create one (File → New Draft), open one, or start with the sample: drafter demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="450"/>
        <source>Editing is not available in this build (no text layout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="452"/>
        <source>The draft repeals this article; restore it to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="548"/>
        <source>Cannot read this text yet: %1. Your typing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="568"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="572"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="583"/>
        <source>Change drafting style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="614"/>
        <source>Instructions are not available in this build (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="618"/>
        <source>No instructions for this text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="619"/>
        <source>No changes in this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="641"/>
        <source>The draft makes no changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="647"/>
        <source>The bill cannot be generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="674"/>
        <source>Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="691"/>
        <source>Remove added unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="695"/>
        <source>Repeal unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="707"/>
        <source>Restore current wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="718"/>
        <source>New Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="718"/>
        <location filename="../../drafter/ui/main_window.py" line="736"/>
        <location filename="../../drafter/ui/main_window.py" line="745"/>
        <location filename="../../drafter/ui/main_window.py" line="1076"/>
        <source>Drafts (*.drafter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="729"/>
        <source>Cannot create the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="736"/>
        <source>Open Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="745"/>
        <location filename="../../drafter/ui/main_window.py" line="1076"/>
        <source>Save Draft As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="783"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="793"/>
        <source>Import Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="795"/>
        <source>Acts (*.docx *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="804"/>
        <location filename="../../drafter/ui/main_window.py" line="827"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="804"/>
        <source>Open a draft you can edit to import acts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="815"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="829"/>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="831"/>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="838"/>
        <source>Cannot import the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="844"/>
        <source>Export Bundle To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="854"/>
        <location filename="../../drafter/ui/main_window.py" line="914"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="854"/>
        <source>Export is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="862"/>
        <source>Writing the bill, tables and redlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="862"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="864"/>
        <source>Export Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="881"/>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="909"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="923"/>
        <source>Change draft properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="942"/>
        <source>Cannot save the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="948"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="949"/>
        <source>The new language is used the next time Drafter starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="971"/>
        <source>No draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="976"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="980"/>
        <source>Changed units: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="992"/>
        <source>Read-only: this draft is open in Drafter by %1 on %2 (since %3). You can read it and save a copy (Save As).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1000"/>
        <source>Read-only: the draft file cannot be written. Save a copy to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="1063"/>
        <source>The latest edits could not be written to %1. Save a copy elsewhere?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../../drafter/ui/diff_view.py" line="142"/>
        <source>Current wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drafter/ui/diff_view.py" line="143"/>
        <source>Proposed wording</source>
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
