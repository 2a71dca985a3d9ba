<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>ContractsPage</name>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="209"/>
        <source>%n contrat(s)</source>
        <translation>
            <numerusform>%n contrat</numerusform>
            <numerusform>%n contrats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CounterpartiesPage</name>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="48"/>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="154"/>
        <source>%Ln résultat(s)</source>
        <extracomment>What the list shows; a change to any of these reloads it. Milliseconds of pause in typing before the list answers the search box.</extracomment>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/lifecycle/decision_dialog.py" line="80"/>
        <source>%n retour(s) d&apos;expérience saisi(s).</source>
        <translation>
            <numerusform>%n retour d&apos;expérience saisi.</numerusform>
            <numerusform>%n retours d&apos;expérience saisis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetSide</name>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/pages/counterparty_facet_side.py" line="74"/>
        <source>Afficher les filtres (%n actif(s))</source>
        <translation>
            <numerusform>Afficher les filtres (%n actif)</numerusform>
            <numerusform>Afficher les filtres (%n actifs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackAverageLabel</name>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="204"/>
        <source>Note moyenne des retours d&apos;expérience : %1 (%n retour(s))</source>
        <translation>
            <numerusform>Note moyenne des retours d&apos;expérience : %1 (%n retour)</numerusform>
            <numerusform>Note moyenne des retours d&apos;expérience : %1 (%n retours)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GdprDialog</name>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="140"/>
        <source>%Ln contact(s) à anonymiser.</source>
        <translation>
            <numerusform>%Ln contact à anonymiser.</numerusform>
            <numerusform>%Ln contacts à anonymiser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="171"/>
        <source>Anonymiser %n contact(s)</source>
        <translation>
            <numerusform>Anonymiser %n contact</numerusform>
            <numerusform>Anonymiser %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="209"/>
        <source>%n import(s)</source>
        <extracomment>The height the user gave the rows to check by moving the divider (None: half).</extracomment>
        <translation>
            <numerusform>%n import</numerusform>
            <numerusform>%n imports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="284"/>
        <source>%Ln ligne(s) rejetée(s), signalée(s), fusionnée(s), en conflit ou de total</source>
        <translation>
            <numerusform>%Ln ligne rejetée, signalée, fusionnée, en conflit ou de total</numerusform>
            <numerusform>%Ln lignes rejetées, signalées, fusionnées, en conflit ou de total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="286"/>
        <source>%Ln ligne(s) rejetée(s), signalée(s), fusionnée(s) ou en conflit</source>
        <translation>
            <numerusform>%Ln ligne rejetée, signalée, fusionnée ou en conflit</numerusform>
            <numerusform>%Ln lignes rejetées, signalées, fusionnées ou en conflit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="197"/>
        <source>%n structure(s) présélectionnée(s), la mieux placée en premier.</source>
        <translation>
            <numerusform>%n structure présélectionnée.</numerusform>
            <numerusform>%n structures présélectionnées, la mieux placée en premier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="311"/>
        <source>Démarrer le sourcing (%n structure(s))</source>
        <translation>
            <numerusform>Démarrer le sourcing (%n structure)</numerusform>
            <numerusform>Démarrer le sourcing (%n structures)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="314"/>
        <source>Relation ouverte à l&apos;étape Sourcing avec %n structure(s).</source>
        <translation>
            <numerusform>Relation ouverte à l&apos;étape Sourcing avec %n structure.</numerusform>
            <numerusform>Relations ouvertes à l&apos;étape Sourcing avec %n structures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="239"/>
        <source>%n structure(s) ajoutée(s) à la liste « {name} »</source>
        <translation>
            <numerusform>%n structure ajoutée à la liste « {name} »</numerusform>
            <numerusform>%n structures ajoutées à la liste « {name} »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="241"/>
        <source> (%n y étai(en)t déjà)</source>
        <translation>
            <numerusform> (%n y était déjà)</numerusform>
            <numerusform> (%n y étaient déjà)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationshipDetail</name>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="261"/>
        <source>%n retour(s)</source>
        <translation>
            <numerusform>%n retour</numerusform>
            <numerusform>%n retours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationshipsPage</name>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="272"/>
        <source>%n relation(s) sur {total}</source>
        <translation>
            <numerusform>%n relation sur {total}</numerusform>
            <numerusform>%n relations sur {total}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetExportDialog</name>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="344"/>
        <source>%n fichier(s) écrit(s) dans {0}.</source>
        <translation>
            <numerusform>%n fichier écrit dans {0}.</numerusform>
            <numerusform>%n fichiers écrits dans {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="380"/>
        <source>%n fiche(s) envoyée(s) à l&apos;imprimante.</source>
        <translation>
            <numerusform>%n fiche envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n fiches envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetsMoving</name>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/profile_dialog.py" line="239"/>
        <source>%n fiche(s) objectifs couvriront une autre période&#xa0;: {0} → {1}. Leurs réalisés changeront. Changer le début de l&apos;exercice&#xa0;?</source>
        <translation>
            <numerusform>%n fiche objectifs couvrira une autre période&#xa0;: {0} → {1}. Ses réalisés changeront. Changer le début de l&apos;exercice&#xa0;?</numerusform>
            <numerusform>%n fiches objectifs couvriront une autre période&#xa0;: {0} → {1}. Leurs réalisés changeront. Changer le début de l&apos;exercice&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryCounts</name>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="44"/>
        <source>%n ligne(s) rejetée(s) : avec l&apos;option « tout ou rien », aucune ligne n&apos;a été importée.</source>
        <translation>
            <numerusform>%n ligne rejetée : avec l&apos;option « tout ou rien », aucune ligne n&apos;a été importée.</numerusform>
            <numerusform>%n lignes rejetées : avec l&apos;option « tout ou rien », aucune ligne n&apos;a été importée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="48"/>
        <source>et %n autre(s)</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="52"/>
        <source>Acheteur(s) absent(s) de l&apos;espace : {names}. Pour leur attribuer leurs lignes, revenez à la page « Correspondance des colonnes » et cochez « {option} » ; ou, après l&apos;import, ajoutez-le(s) dans Outils &gt; Personnes et équipes… puis importez à nouveau le fichier.</source>
        <translation>
            <numerusform>Acheteur absent de l&apos;espace : {names}. Pour lui attribuer ses lignes, revenez à la page « Correspondance des colonnes » et cochez « {option} » ; ou, après l&apos;import, ajoutez cette personne dans Outils &gt; Personnes et équipes… puis importez à nouveau le fichier.</numerusform>
            <numerusform>Acheteurs absents de l&apos;espace : {names}. Pour leur attribuer leurs lignes, revenez à la page « Correspondance des colonnes » et cochez « {option} » ; ou, après l&apos;import, ajoutez-les dans Outils &gt; Personnes et équipes… puis importez à nouveau le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="57"/>
        <source>Acheteur(s) absent(s) de l&apos;espace : {names}. Pour leur attribuer leurs lignes, cochez « {option} » (page « Correspondance des colonnes ») ou ajoutez-le(s) dans Outils &gt; Personnes et équipes…, puis importez à nouveau le fichier.</source>
        <translation>
            <numerusform>Acheteur absent de l&apos;espace : {names}. Pour lui attribuer ses lignes, cochez « {option} » (page « Correspondance des colonnes ») ou ajoutez cette personne dans Outils &gt; Personnes et équipes…, puis importez à nouveau le fichier.</numerusform>
            <numerusform>Acheteurs absents de l&apos;espace : {names}. Pour leur attribuer leurs lignes, cochez « {option} » (page « Correspondance des colonnes ») ou ajoutez-les dans Outils &gt; Personnes et équipes…, puis importez à nouveau le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="64"/>
        <source>Commercial(aux) absent(s) de l&apos;espace : {names}. Pour leur attribuer leurs lignes, revenez à la page « Correspondance des colonnes » et cochez « {option} » ; ou, après l&apos;import, ajoutez-le(s) dans Outils &gt; Personnes et équipes… puis importez à nouveau le fichier.</source>
        <translation>
            <numerusform>Commercial absent de l&apos;espace : {names}. Pour lui attribuer ses ventes, revenez à la page « Correspondance des colonnes » et cochez « {option} » ; ou, après l&apos;import, ajoutez cette personne dans Outils &gt; Personnes et équipes… puis importez à nouveau le fichier.</numerusform>
            <numerusform>Commerciaux absents de l&apos;espace : {names}. Pour leur attribuer leurs ventes, revenez à la page « Correspondance des colonnes » et cochez « {option} » ; ou, après l&apos;import, ajoutez-les dans Outils &gt; Personnes et équipes… puis importez à nouveau le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="69"/>
        <source>Commercial(aux) absent(s) de l&apos;espace : {names}. Pour leur attribuer leurs lignes, cochez « {option} » (page « Correspondance des colonnes ») ou ajoutez-le(s) dans Outils &gt; Personnes et équipes…, puis importez à nouveau le fichier.</source>
        <translation>
            <numerusform>Commercial absent de l&apos;espace : {names}. Pour lui attribuer ses ventes, cochez « {option} » (page « Correspondance des colonnes ») ou ajoutez cette personne dans Outils &gt; Personnes et équipes…, puis importez à nouveau le fichier.</numerusform>
            <numerusform>Commerciaux absents de l&apos;espace : {names}. Pour leur attribuer leurs ventes, cochez « {option} » (page « Correspondance des colonnes ») ou ajoutez-les dans Outils &gt; Personnes et équipes…, puis importez à nouveau le fichier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodoPanel</name>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="222"/>
        <source>%n rappel(s), dont {late} en retard</source>
        <translation>
            <numerusform>%n rappel, dont {late} en retard</numerusform>
            <numerusform>%n rappels, dont {late} en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/changed_since.py" line="90"/>
        <source>Et %n autre(s) enregistrement(s) modifié(s) depuis.</source>
        <translation>
            <numerusform>Et %n autre enregistrement modifié depuis.</numerusform>
            <numerusform>Et %n autres enregistrements modifiés depuis.</numerusform>
        </translation>
    </message>
</context>
</TS>
