# Généré par circdsl depuis circulars/citis_2019.circ : ne pas modifier.
# Pour changer ce validateur, modifiez le fichier .circ puis lancez « circ build ».
(
    "Validateur : Congé d'invalidité temporaire imputable au service (accidents de service, "
    'accidents de trajet, maladies professionnelles) et accidents de travail des agents '
    "contractuels (Rectorat de l'académie d'Aix-Marseille – Division de l'accompagnement des "
    'personnels (DAP)).'
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from functools import lru_cache
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field

from circdsl import runtime as rt

__all__ = ['CIRCULAR', 'FACT_LABELS', 'ROUTING_FACTS', 'Facts', 'evaluate', 'evaluate_status']

CIRCULAR = rt.CircularInfo(
    name='citis_2019',
    title=(
        "Congé d'invalidité temporaire imputable au service (accidents de service, accidents de "
        'trajet, maladies professionnelles) et accidents de travail des agents contractuels'
    ),
    authority=(
        "Rectorat de l'académie d'Aix-Marseille – Division de l'accompagnement des personnels "
        '(DAP)'
    ),
    reference='Bulletin académique n° 414',
    issued=datetime.date(2019, 12, 16),
    school_year='2019-2020',
    dispositif='CITIS et accidents du travail',
    source='sources/004_2d4123b577c6e586.txt',
    file='circulars/citis_2019.circ',
)
FACT_LABELS: dict[str, str] = {
    'agent.statut': "Statut de l'agent",
    'agent.catégorie_personnel': (
        "Catégorie de personnel (orientation des dossiers dans l'académie d'Aix-Marseille)"
    ),
    'agent.affectation_supérieur': (
        "Affectation dans un établissement d'enseignement supérieur ou au CROUS"
    ),
    'agent.département': "Département d'affectation (académie d'Aix-Marseille)",
    'agent.position': 'Position administrative',
    'agent.contrat': 'Type de contrat (agent contractuel)',
    'agent.contrat_durée': 'Durée du contrat à durée déterminée',
    'agent.temps_complet': "L'agent est employé à temps complet (quotité du contrat)",
    'arrêt.date_établissement': (
        "Date d'établissement de l'arrêt de travail (initial ou de prolongation)"
    ),
    'arrêt.date_transmission': (
        "Date de transmission de l'arrêt de travail à l'administration (supérieur hiérarchique)"
    ),
    'demande.date_dépôt': 'Date de dépôt de la demande',
    'déclaration.nature': 'Objet de la déclaration',
    'déclaration.avec_arrêt': 'La lésion ou la maladie donne lieu à un arrêt de travail',
    'demande.citis': (
        "L'agent demande à bénéficier d'un congé pour invalidité temporaire imputable au service "
        '(CITIS)'
    ),
    'accident.date': "Date de l'accident",
    'accident.lésion_décelée_tardivement': (
        "L'impact de l'accident sur l'état de santé n'a pas été immédiatement décelé"
    ),
    'accident.date_constatation_médicale': (
        "Date de la constatation médicale de la lésion décelée après l'accident"
    ),
    'accident.acte_terroriste': (
        "Accident relevant de l'article L 169-1 du code de la sécurité sociale (victime d'un "
        'acte terroriste)'
    ),
    'déclaration.force_majeure': (
        "L'agent justifie d'un cas de force majeure ou d'une impossibilité absolue de déclarer "
        'dans les délais'
    ),
    'accident.temps_et_lieu_de_service': (
        "Accident survenu dans le temps de travail et au sein du service d'affectation (ou en "
        'formation, en réunion, en mission)'
    ),
    'accident.faute_personnelle': (
        "Faute personnelle de l'agent ou autre circonstance particulière détachant l'accident du "
        'service'
    ),
    'accident.en_télétravail': 'Accident survenu en situation de télétravail',
    'accident.télétravail_heures_et_fonctions': (
        'Accident survenu pendant les heures de télétravail et dans le cadre des fonctions '
        'exercées en télétravail'
    ),
    'accident.en_mission': (
        "Accident survenu au cours d'une mission ou lors d'une réunion sur convocation"
    ),
    'accident.circulation_routière': (
        'Accident de circulation sur la voie publique impliquant un véhicule'
    ),
    'trajet.parcours_normal': (
        "Accident survenu sur l'itinéraire normal entre le lieu de travail et le domicile ou le "
        'lieu de restauration'
    ),
    'trajet.durée_normale': (
        "Accident survenu dans un temps normal par rapport aux horaires de l'agent et aux "
        'modalités du trajet'
    ),
    'trajet.détour': "L'itinéraire a été détourné",
    'trajet.détour_vie_courante': (
        'Le détour répond à une nécessité de la vie courante (par exemple déposer un enfant à '
        "l'école)"
    ),
    'maladie.date_première_constatation': 'Date de la première constatation médicale de la maladie',
    'maladie.lien_établi_ultérieurement': (
        "Maladie déjà constatée dont le lien avec l'activité professionnelle est établi par un "
        'certificat médical ultérieur'
    ),
    'maladie.date_certificat_lien': (
        "Date du certificat médical établissant le lien entre la maladie et l'activité "
        'professionnelle'
    ),
    'maladie.conditions_tableau': (
        'La maladie figure à un tableau du code de la sécurité sociale et en remplit toutes les '
        'conditions'
    ),
    'maladie.causée_par_activité': (
        "La maladie est essentiellement et directement causée par l'activité professionnelle"
    ),
    'maladie.taux_incapacité': "Taux d'incapacité permanente (fixé par la commission de réforme)",
    'maladie.examens_prescrits': (
        'Le tableau de la maladie prescrit des examens médicaux complémentaires'
    ),
    'rechute.date_constatation': 'Date de la constatation médicale de la rechute',
    'certificat.date_établissement': "Date d'établissement du certificat médical initial",
    'dossier.date_complet': (
        "Date de réception du dossier complet par l'administration (ou par la caisse d'assurance "
        'maladie)'
    ),
    'instruction.complémentaire': (
        'Examen par un médecin expert, enquête administrative ou saisine de la commission de '
        'réforme'
    ),
    'dossier.pièces_fournies': 'Pièces déjà fournies par le demandeur',
}
_FACT_ORDER: dict[str, int] = {
    'agent.statut': 0,
    'agent.catégorie_personnel': 1,
    'agent.affectation_supérieur': 2,
    'agent.département': 3,
    'agent.position': 4,
    'agent.contrat': 5,
    'agent.contrat_durée': 6,
    'agent.temps_complet': 7,
    'arrêt.date_établissement': 8,
    'arrêt.date_transmission': 9,
    'demande.date_dépôt': 10,
    'déclaration.nature': 11,
    'déclaration.avec_arrêt': 12,
    'demande.citis': 13,
    'accident.date': 14,
    'accident.lésion_décelée_tardivement': 15,
    'accident.date_constatation_médicale': 16,
    'accident.acte_terroriste': 17,
    'déclaration.force_majeure': 18,
    'accident.temps_et_lieu_de_service': 19,
    'accident.faute_personnelle': 20,
    'accident.en_télétravail': 21,
    'accident.télétravail_heures_et_fonctions': 22,
    'accident.en_mission': 23,
    'accident.circulation_routière': 24,
    'trajet.parcours_normal': 25,
    'trajet.durée_normale': 26,
    'trajet.détour': 27,
    'trajet.détour_vie_courante': 28,
    'maladie.date_première_constatation': 29,
    'maladie.lien_établi_ultérieurement': 30,
    'maladie.date_certificat_lien': 31,
    'maladie.conditions_tableau': 32,
    'maladie.causée_par_activité': 33,
    'maladie.taux_incapacité': 34,
    'maladie.examens_prescrits': 35,
    'rechute.date_constatation': 36,
    'certificat.date_établissement': 37,
    'dossier.date_complet': 38,
    'instruction.complémentaire': 39,
    'dossier.pièces_fournies': 40,
}
ROUTING_FACTS: dict[str, tuple[str, ...]] = {
    'déclaration_accident': (
        'agent.statut',
        'agent.catégorie_personnel',
        'agent.affectation_supérieur',
        'agent.département',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
        'déclaration.nature',
    ),
    'déclaration_maladie': (
        'agent.statut',
        'agent.catégorie_personnel',
        'agent.affectation_supérieur',
        'agent.département',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
        'déclaration.nature',
    ),
    'certificat_médical': (
        'agent.statut',
        'agent.catégorie_personnel',
        'agent.affectation_supérieur',
        'agent.département',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
    ),
    'arrêt_de_travail': (
        'agent.statut',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
        'déclaration.avec_arrêt',
    ),
    'volets_caisse': (
        'agent.statut', 'agent.contrat', 'agent.contrat_durée', 'agent.temps_complet'
    ),
    'écrit_circonstances': (
        'agent.statut', 'agent.contrat', 'agent.contrat_durée', 'agent.temps_complet'
    ),
    'emploi_du_temps_contractuel': (
        'agent.statut',
        'agent.catégorie_personnel',
        'agent.affectation_supérieur',
        'agent.département',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
    ),
    'plan_trajet': (
        'agent.statut',
        'agent.catégorie_personnel',
        'agent.affectation_supérieur',
        'agent.département',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
        'déclaration.nature',
    ),
    'ordre_mission': (
        'agent.statut',
        'agent.catégorie_personnel',
        'agent.affectation_supérieur',
        'agent.département',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
        'déclaration.nature',
        'accident.en_mission',
    ),
    'attestation_horaire': (
        'agent.statut',
        'agent.catégorie_personnel',
        'agent.affectation_supérieur',
        'agent.département',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
        'déclaration.nature',
    ),
    'photographies': (
        'agent.statut',
        'agent.catégorie_personnel',
        'agent.affectation_supérieur',
        'agent.département',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
    ),
    'témoignages': (
        'agent.statut',
        'agent.catégorie_personnel',
        'agent.affectation_supérieur',
        'agent.département',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
    ),
    'constat_amiable': (
        'agent.statut',
        'agent.catégorie_personnel',
        'agent.affectation_supérieur',
        'agent.département',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
        'déclaration.nature',
        'accident.circulation_routière',
    ),
    'rapport_police': (
        'agent.statut',
        'agent.catégorie_personnel',
        'agent.affectation_supérieur',
        'agent.département',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
        'déclaration.nature',
    ),
    'prise_en_charge_secours': (
        'agent.statut',
        'agent.catégorie_personnel',
        'agent.affectation_supérieur',
        'agent.département',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
        'déclaration.nature',
    ),
    'rapport_transporteur': (
        'agent.statut',
        'agent.catégorie_personnel',
        'agent.affectation_supérieur',
        'agent.département',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
        'déclaration.nature',
    ),
    'documents_médicaux': (
        'agent.statut',
        'agent.catégorie_personnel',
        'agent.affectation_supérieur',
        'agent.département',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
    ),
    'examens_tableau': (
        'agent.statut',
        'agent.catégorie_personnel',
        'agent.affectation_supérieur',
        'agent.département',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
        'déclaration.nature',
        'maladie.examens_prescrits',
    ),
    'fiche_de_poste': (
        'agent.statut',
        'agent.catégorie_personnel',
        'agent.affectation_supérieur',
        'agent.département',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
        'déclaration.nature',
    ),
    'fiche_exposition': (
        'agent.statut',
        'agent.catégorie_personnel',
        'agent.affectation_supérieur',
        'agent.département',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
        'déclaration.nature',
    ),
    'liste_professions': (
        'agent.statut',
        'agent.catégorie_personnel',
        'agent.affectation_supérieur',
        'agent.département',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
        'déclaration.nature',
    ),
}
_AGENT_STATUT_VALUES = frozenset({'stagiaire', 'titulaire'})
_AGENT_CATEGORIE_PERSONNEL_VALUES = frozenset(
    {
        'atss',
        'encadrement',
        'enseignant_premier_degré_privé',
        'enseignant_second_degré_privé',
        'enseignant_second_degré_public',
    }
)
_AGENT_AFFECTATION_SUPERIEUR_VALUES = frozenset({'crous', 'université'})
_AGENT_DEPARTEMENT_VALUES = frozenset({'d04', 'd05'})
_AGENT_DEPARTEMENT_VALUES_2 = frozenset({'d13'})
_AGENT_CATEGORIE_PERSONNEL_VALUES_2 = frozenset({'aed'})
_SERVICE_SUPERIEUR_HIERARCHIQUE = rt.Recipient(
    'supérieur_hiérarchique',
    "Supérieur hiérarchique (chef d'établissement, chef de service, directeur d'école…)",
    False,
    None,
)
_SERVICE_RECTORAT_DAP = rt.Recipient(
    'rectorat_dap',
    'Rectorat – DAP, bureau des accidents du travail',
    False,
    (
        "Rectorat d'Aix-Marseille – DAP – Bureau des accidents du travail – Place Lucien Paye – "
        '13621 Aix-en-Provence cedex 1 (Mme Saliba 04 42 91 73 04 ; lettres A à D : Mme Behar 04 '
        '42 91 73 05 ; lettres E à Me : Mme Garino 04 42 91 73 07 ; lettres Mi à Z : Mme Colomar '
        '04 42 91 73 06)'
    ),
)
_SERVICE_ETABLISSEMENT_SUPERIEUR = rt.Recipient(
    'établissement_supérieur',
    (
        "Président, directeur ou DRH de l'établissement d'affectation (université, IEP, École "
        'centrale de Marseille, CROUS)'
    ),
    False,
    None,
)
_SERVICE_DSDEN_BAT = rt.Recipient(
    'dsden_bat',
    "DSDEN du département d'affectation – bureau des accidents du travail",
    False,
    (
        'BAM 1er degré 04 : bam04@ac-aix-marseille.fr ; BAM 1er degré 05 : '
        'bam05@ac-aix-marseille.fr ; BAM 1er degré 13 : ce.dpe13-chef3@ac-aix-marseille.fr ; BAM '
        '1er degré 84 : ce.bam84@ac-aix-marseille.fr'
    ),
)
_SERVICE_LYCEE_VILLARD = rt.Recipient(
    'lycée_villard',
    'Lycée D. Villard à Gap (établissement mutualisateur des AED, départements 04 et 05)',
    False,
    None,
)
_SERVICE_LYCEE_SAINT_EXUPERY = rt.Recipient(
    'lycée_saint_exupéry',
    'Lycée Saint-Exupéry, Marseille – service AED (établissement mutualisateur, département 13)',
    False,
    None,
)
_SERVICE_DSDEN84_BAM = rt.Recipient(
    'dsden84_bam', 'DSDEN de Vaucluse – bureau des affaires médicales', False, None
)
_SERVICE_DSDEN_AESH = rt.Recipient('dsden_aesh', 'DSDEN – service de gestion des AESH', False, None)
_SERVICE_CPAM = rt.Recipient(
    'cpam', "Caisse primaire d'assurance maladie dont relève l'agent", False, None
)
_ROWS_ORIENTATION = (
    (_SERVICE_SUPERIEUR_HIERARCHIQUE, _SERVICE_RECTORAT_DAP),
    (_SERVICE_ETABLISSEMENT_SUPERIEUR, _SERVICE_RECTORAT_DAP),
    (_SERVICE_DSDEN_BAT, _SERVICE_DSDEN_BAT),
    (_SERVICE_SUPERIEUR_HIERARCHIQUE, _SERVICE_LYCEE_VILLARD),
    (_SERVICE_SUPERIEUR_HIERARCHIQUE, _SERVICE_LYCEE_SAINT_EXUPERY),
    (_SERVICE_SUPERIEUR_HIERARCHIQUE, _SERVICE_DSDEN84_BAM),
    (_SERVICE_DSDEN_AESH, _SERVICE_DSDEN_AESH),
    (_SERVICE_LYCEE_SAINT_EXUPERY, _SERVICE_LYCEE_SAINT_EXUPERY),
    (_SERVICE_CPAM, _SERVICE_CPAM),
    (_SERVICE_CPAM, _SERVICE_CPAM),
)
_DECLARATION_NATURE_VALUES = frozenset({'accident_service', 'accident_trajet'})
_DECLARATION_NATURE_VALUES_2 = frozenset({'accident_service', 'accident_trajet', 'rechute'})
_CITE_DECLARATION_ACCIDENT = rt.Citation(
    (
        'Original du formulaire de déclaration (annexe 1 ou 2) : celui-ci doit être complété par '
        'l’agent lui-même, ou si son état de santé ne lui permet pas de le faire, par un '
        'ayant-droit ou une personne de confiance.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1212,
)
_CITE_DECLARATION_ACCIDENT_2 = rt.Citation(
    (
        'Elle est effectuée par l’agent selon la même procédure qu’une déclaration d’un accident à '
        'l’aide du formulaire annexe 1.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1423,
)
_CITE_DECLARATION_ACCIDENT_3 = rt.Citation(
    (
        'Ce formulaire doit décrire précisément les circonstances de lieu, de temps, et d’activité '
        'dans lesquelles l’accident ou la maladie s’est produit, la façon dont il s’est produit, '
        'et ses conséquences sur l’état de santé de l’agent.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1213,
)
_CITE_DECLARATION_ACCIDENT_4 = rt.Citation(
    (
        'La déclaration doit être complétée avec soin et doit comporter toutes précisions utiles '
        'pour permettre à l’administration de se prononcer sur l’imputabilité au service.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1216,
)
_DOC_DECLARATION_ACCIDENT = rt.ChecklistItem(
    'déclaration_accident',
    "Original du formulaire de déclaration d'accident de service – accident de trajet (annexe 1)",
    'à fournir',
    None,
    False,
    False,
    (),
    (
        "Complété par l'agent (ou, si son état de santé ne le permet pas, par un ayant droit ou "
        'une personne de confiance) ; il décrit précisément les circonstances de lieu, de temps et '
        "d'activité, la façon dont l'accident s'est produit et ses conséquences sur l'état de "
        'santé. Il sert aussi à déclarer une rechute.'
    ),
    (
        _CITE_DECLARATION_ACCIDENT,
        _CITE_DECLARATION_ACCIDENT_2,
        _CITE_DECLARATION_ACCIDENT_3,
        _CITE_DECLARATION_ACCIDENT_4,
    ),
)
_CITE_DECLARATION_MALADIE = rt.Citation(
    'Original du formulaire de déclaration (annexe 1 ou 2)',
    'sources/004_2d4123b577c6e586.txt',
    1212,
)
_CITE_DECLARATION_MALADIE_2 = rt.Citation(
    'DECLARATION DE MALADIE PROFESSIONNELLE', 'sources/004_2d4123b577c6e586.txt', 1829
)
_DOC_DECLARATION_MALADIE = rt.ChecklistItem(
    'déclaration_maladie',
    'Original du formulaire de déclaration de maladie professionnelle (annexe 2)',
    'à fournir',
    None,
    False,
    False,
    (),
    None,
    (_CITE_DECLARATION_MALADIE, _CITE_DECLARATION_MALADIE_2),
)
_CITE_CERTIFICAT_MEDICAL = rt.Citation(
    (
        'Original du certificat médical type CERFA n°11138, volet 1 indiquant les lésions '
        'constatées et leur localisation, ou la nature de la maladie avec les symptômes constatés, '
        'ainsi que les séquelles éventuelles de l’accident.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1219,
)
_CITE_CERTIFICAT_MEDICAL_2 = rt.Citation(
    'Certificat médical (obligatoire, même sans prescription d’arrêt de travail)',
    'sources/004_2d4123b577c6e586.txt',
    1775,
)
_DOC_CERTIFICAT_MEDICAL = rt.ChecklistItem(
    'certificat_médical',
    (
        'Original du certificat médical CERFA n° 11138, volet 1 (lésions constatées et leur '
        'localisation, ou nature de la maladie)'
    ),
    'à fournir',
    None,
    False,
    False,
    (),
    (
        "Obligatoire même sans prescription d'arrêt de travail. Il n'est pas mis sous pli "
        'confidentiel : seuls les autres documents médicaux joints le sont.'
    ),
    (_CITE_CERTIFICAT_MEDICAL, _CITE_CERTIFICAT_MEDICAL_2),
)
_CITE_ARRET_DE_TRAVAIL = rt.Citation(
    (
        'RAPPEL : Certificat médical obligatoire : à adresser dans les 48h à son supérieur '
        'hiérarchique'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2022,
)
_DOC_ARRET_DE_TRAVAIL = rt.ChecklistItem(
    'arrêt_de_travail',
    'Arrêt de travail (initial ou de prolongation)',
    'à fournir',
    None,
    False,
    False,
    (),
    'À transmettre dans les 48 h suivant son établissement.',
    (_CITE_ARRET_DE_TRAVAIL,),
)
_CITE_VOLETS_CAISSE = rt.Citation(
    (
        'L’agent devra ensuite transmettre les volets 1 et 2 à sa caisse d’assurance maladie (sauf '
        'si la procédure a été dématérialisée électroniquement), tout en conservant le volet 3.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1450,
)
_DOC_VOLETS_CAISSE = rt.ChecklistItem(
    'volets_caisse',
    "Volets 1 et 2 du certificat médical initial (le volet 3 est conservé par l'agent)",
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('voie postale', False, (_SERVICE_CPAM,)),),
    'Sauf si la procédure a été dématérialisée par le médecin.',
    (_CITE_VOLETS_CAISSE,),
)
_DOC_VOLETS_CAISSE_IF = rt.ChecklistItem(
    'volets_caisse',
    "Volets 1 et 2 du certificat médical initial (le volet 3 est conservé par l'agent)",
    'à fournir si …',
    'non contrat_long',
    False,
    False,
    (rt.Delivery('voie postale', False, (_SERVICE_CPAM,)),),
    'Sauf si la procédure a été dématérialisée par le médecin.',
    (_CITE_VOLETS_CAISSE,),
)
_CITE_ECRIT_CIRCONSTANCES = rt.Citation(
    (
        'la première démarche est d’informer le responsable de la structure (direction '
        'établissement, chef de service, directeur d’école etc…) en précisant par écrit les '
        'circonstances et lieux de l’accident'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1446,
)
_DOC_ECRIT_CIRCONSTANCES = rt.ChecklistItem(
    'écrit_circonstances',
    "Écrit précisant au responsable de la structure les circonstances et le lieu de l'accident",
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('main propre', False, (_SERVICE_SUPERIEUR_HIERARCHIQUE,)),),
    None,
    (_CITE_ECRIT_CIRCONSTANCES,),
)
_DOC_ECRIT_CIRCONSTANCES_IF = rt.ChecklistItem(
    'écrit_circonstances',
    "Écrit précisant au responsable de la structure les circonstances et le lieu de l'accident",
    'à fournir si …',
    'non contrat_long',
    False,
    False,
    (rt.Delivery('main propre', False, (_SERVICE_SUPERIEUR_HIERARCHIQUE,)),),
    None,
    (_CITE_ECRIT_CIRCONSTANCES,),
)
_CITE_EMPLOI_DU_TEMPS_CONTRACTUEL = rt.Citation(
    'Quotité :    ………….. %  (joindre l’emploi du temps visé par le supérieur hiérarchique)',
    'sources/004_2d4123b577c6e586.txt',
    1521,
)
_DOC_EMPLOI_DU_TEMPS_CONTRACTUEL = rt.ChecklistItem(
    'emploi_du_temps_contractuel',
    'Emploi du temps visé par le supérieur hiérarchique (agent contractuel)',
    'à fournir',
    None,
    False,
    False,
    (),
    None,
    (_CITE_EMPLOI_DU_TEMPS_CONTRACTUEL,),
)
_CITE_PLAN_TRAJET = rt.Citation(
    (
        'Plans (pour les accidents de trajets, joindre un plan indiquant l’itinéraire emprunté en '
        'précisant le départ et l’arrivée, le parcours habituel s’il est différent et l’endroit où '
        's’est produit l’accident)'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1785,
)
_CITE_PLAN_TRAJET_2 = rt.Citation(
    'Des pièces complémentaires sont indispensables.', 'sources/004_2d4123b577c6e586.txt', 1225
)
_DOC_PLAN_TRAJET = rt.ChecklistItem(
    'plan_trajet',
    (
        'Plan du trajet (départ, arrivée, itinéraire emprunté et itinéraire habituel, endroit '
        "exact de l'accident)"
    ),
    'à fournir',
    None,
    False,
    False,
    (),
    None,
    (_CITE_PLAN_TRAJET, _CITE_PLAN_TRAJET_2),
)
_CITE_ORDRE_MISSION = rt.Citation(
    'Ordre de mission – Convocation (pour les agents en mission, convoqués à une réunion …)',
    'sources/004_2d4123b577c6e586.txt',
    2042,
)
_DOC_ORDRE_MISSION = rt.ChecklistItem(
    'ordre_mission',
    'Ordre de mission ou convocation',
    'facultative',
    None,
    False,
    False,
    (),
    None,
    (_CITE_ORDRE_MISSION,),
)
_CITE_ATTESTATION_HORAIRE = rt.Citation(
    'Attestation horaire ou emploi du temps visé par le supérieur hiérarchique',
    'sources/004_2d4123b577c6e586.txt',
    2048,
)
_DOC_ATTESTATION_HORAIRE = rt.ChecklistItem(
    'attestation_horaire',
    'Attestation horaire ou emploi du temps visé par le supérieur hiérarchique',
    'facultative',
    None,
    False,
    False,
    (),
    None,
    (_CITE_ATTESTATION_HORAIRE,),
)
_CITE_PHOTOGRAPHIES = rt.Citation(
    'Photographies des lieux', 'sources/004_2d4123b577c6e586.txt', 2050
)
_DOC_PHOTOGRAPHIES = rt.ChecklistItem(
    'photographies',
    'Photographies des lieux',
    'facultative',
    None,
    False,
    False,
    (),
    None,
    (_CITE_PHOTOGRAPHIES,),
)
_CITE_TEMOIGNAGES = rt.Citation(
    'Témoignages et/ou rapport circonstancié du supérieur hiérarchique',
    'sources/004_2d4123b577c6e586.txt',
    2052,
)
_DOC_TEMOIGNAGES = rt.ChecklistItem(
    'témoignages',
    'Témoignages écrits et/ou rapport circonstancié du supérieur hiérarchique',
    'facultative',
    None,
    False,
    False,
    (),
    None,
    (_CITE_TEMOIGNAGES,),
)
_CITE_CONSTAT_AMIABLE = rt.Citation('Constat amiable X', 'sources/004_2d4123b577c6e586.txt', 2054)
_DOC_CONSTAT_AMIABLE = rt.ChecklistItem(
    'constat_amiable',
    'Constat amiable',
    'facultative',
    None,
    False,
    False,
    (),
    None,
    (_CITE_CONSTAT_AMIABLE,),
)
_CITE_RAPPORT_POLICE = rt.Citation(
    'Rapport de police / de gendarmerie / des pompiers', 'sources/004_2d4123b577c6e586.txt', 1779
)
_CITE_RAPPORT_POLICE_2 = rt.Citation('Dépôt de plainte', 'sources/004_2d4123b577c6e586.txt', 1781)
_DOC_RAPPORT_POLICE = rt.ChecklistItem(
    'rapport_police',
    'Rapport de police, de gendarmerie ou des pompiers ; dépôt de plainte',
    'facultative',
    None,
    False,
    False,
    (),
    None,
    (_CITE_RAPPORT_POLICE, _CITE_RAPPORT_POLICE_2),
)
_CITE_PRISE_EN_CHARGE_SECOURS = rt.Citation(
    'Document de prise en charge par les pompiers / le SAMU',
    'sources/004_2d4123b577c6e586.txt',
    2058,
)
_DOC_PRISE_EN_CHARGE_SECOURS = rt.ChecklistItem(
    'prise_en_charge_secours',
    'Document de prise en charge par les pompiers ou le SAMU',
    'facultative',
    None,
    False,
    False,
    (),
    None,
    (_CITE_PRISE_EN_CHARGE_SECOURS,),
)
_CITE_RAPPORT_TRANSPORTEUR = rt.Citation(
    'Rapport d’une compagnie de transports (SNCF, RATP, autre)',
    'sources/004_2d4123b577c6e586.txt',
    2060,
)
_DOC_RAPPORT_TRANSPORTEUR = rt.ChecklistItem(
    'rapport_transporteur',
    "Rapport d'une compagnie de transports (SNCF, RATP, autre)",
    'facultative',
    None,
    False,
    False,
    (),
    None,
    (_CITE_RAPPORT_TRANSPORTEUR,),
)
_CITE_DOCUMENTS_MEDICAUX = rt.Citation(
    'Bulletin de situation ou d’hospitalisation X X', 'sources/004_2d4123b577c6e586.txt', 2062
)
_CITE_DOCUMENTS_MEDICAUX_2 = rt.Citation(
    'Compte(s) rendu(s) d’analyses / d’intervention X X', 'sources/004_2d4123b577c6e586.txt', 2066
)
_CITE_DOCUMENTS_MEDICAUX_3 = rt.Citation(
    (
        'tous les documents joints comportant des informations à caractère médical doivent être '
        'transmis sous enveloppe cachetée indiquant clairement « pli confidentiel – secret médical '
        '»'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1979,
)
_DOC_DOCUMENTS_MEDICAUX = rt.ChecklistItem(
    'documents_médicaux',
    (
        "Bulletin de situation ou d'hospitalisation, ordonnances, comptes rendus d'analyses ou "
        "d'intervention"
    ),
    'facultative',
    None,
    False,
    True,
    (),
    'Sous enveloppe cachetée portant la mention « pli confidentiel – secret médical ».',
    (_CITE_DOCUMENTS_MEDICAUX, _CITE_DOCUMENTS_MEDICAUX_2, _CITE_DOCUMENTS_MEDICAUX_3),
)
_CITE_EXAMENS_TABLEAU = rt.Citation(
    (
        'Examens médicaux requis par le tableau correspondant à la maladie inscrit au code de la '
        'sécurité sociale'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1983,
)
_CITE_EXAMENS_TABLEAU_2 = rt.Citation(
    (
        'déclaration + certificat médical + résultats des examens médicaux complémentaires '
        'prescrits par les tableaux de la sécurité sociale'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1298,
)
_DOC_EXAMENS_TABLEAU = rt.ChecklistItem(
    'examens_tableau',
    'Résultats des examens médicaux complémentaires prescrits par le tableau de la maladie',
    'à fournir',
    None,
    False,
    True,
    (),
    None,
    (_CITE_EXAMENS_TABLEAU, _CITE_EXAMENS_TABLEAU_2),
)
_CITE_FICHE_DE_POSTE = rt.Citation('Fiche de poste X', 'sources/004_2d4123b577c6e586.txt', 2068)
_DOC_FICHE_DE_POSTE = rt.ChecklistItem(
    'fiche_de_poste',
    'Fiche de poste',
    'facultative',
    None,
    False,
    False,
    (),
    None,
    (_CITE_FICHE_DE_POSTE,),
)
_CITE_FICHE_EXPOSITION = rt.Citation(
    'Fiche d’exposition au risque ou fiche individuelle d’exposition spécifique',
    'sources/004_2d4123b577c6e586.txt',
    2070,
)
_DOC_FICHE_EXPOSITION = rt.ChecklistItem(
    'fiche_exposition',
    (
        "Fiche d'exposition au risque ou fiche individuelle d'exposition spécifique (amiante, "
        'milieu hyperbare, rayonnements)'
    ),
    'facultative',
    None,
    False,
    False,
    (),
    None,
    (_CITE_FICHE_EXPOSITION,),
)
_CITE_LISTE_PROFESSIONS = rt.Citation(
    (
        'Liste des différentes professions exercées intégrant toutes les expositions aux risques '
        'chimiques, mécaniques, psychologiques ou autres'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2078,
)
_DOC_LISTE_PROFESSIONS = rt.ChecklistItem(
    'liste_professions',
    (
        'Liste des professions exercées et des expositions aux risques (chimiques, mécaniques, '
        'psychologiques ou autres)'
    ),
    'facultative',
    None,
    False,
    False,
    (),
    None,
    (_CITE_LISTE_PROFESSIONS,),
)
_CITE_DEMANDE = rt.Citation(
    (
        'L’ensemble de ces pièces est à remettre au supérieur hiérarchique qui transmettra ensuite '
        'au service compétent du rectorat ou des DSDEN (cf annexe 4). Cependant, un envoi direct '
        'aux services académiques est possible.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1227,
)
_CITE_DEMANDE_2 = rt.Citation(
    'D’autres pièces utiles à l’instruction de la demande peuvent être jointes (annexe 3).',
    'sources/004_2d4123b577c6e586.txt',
    1223,
)
_CITE_DEMANDE_3 = rt.Citation(
    (
        'Toutes les pièces évoquées dans la liste ci-dessus n’ont pas à être systématiquement '
        'produites. Seules sont jointes les pièces nécessaires au regard des circonstances de '
        'l’accident ou de la maladie.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2016,
)
_CITE_DEMANDE_4 = rt.Citation(
    (
        '*Un envoi direct aux services académiques est possible : voir les modalités dans le '
        'bulletin académique'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2187,
)
_SUBMISSION = rt.SubmissionInfo(
    (
        "Déclaration d'accident, de maladie professionnelle ou de rechute, avec le certificat "
        'médical et les pièces'
    ),
    (),
    None,
    (_CITE_DEMANDE, _CITE_DEMANDE_2, _CITE_DEMANDE_3, _CITE_DEMANDE_4),
)
_CITE_FONCTIONNAIRE_EN_ACTIVITE = rt.Citation(
    (
        'Peut bénéficier d’un congé pour invalidité temporaire imputable au service (CITIS) le '
        'fonctionnaire ou stagiaire en activité lorsque son incapacité temporaire de travail est '
        'consécutive à un accident reconnu imputable au service (accident de service), à un '
        'accident de trajet ou à une maladie contractée en service (maladie professionnelle ou '
        'd’origine professionnelle).'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1146,
)
_RULE_FONCTIONNAIRE_EN_ACTIVITE = rt.RuleInfo(
    'fonctionnaire_en_activité',
    'CITIS : fonctionnaire ou stagiaire en activité',
    'bloquante',
    (_CITE_FONCTIONNAIRE_EN_ACTIVITE,),
    'circulars/citis_2019.circ:219',
)
_LABELS_AGENT_POSITION = {
    'activité': 'Activité',
    'mise_à_disposition': 'Mise à disposition',
    'détachement': 'Détachement',
    'disponibilité_office_santé': "Disponibilité d'office pour raison de santé",
    'disponibilité': 'Disponibilité (autre motif)',
    'congé_parental': 'Congé parental',
    'autre_position': 'Autre position',
}
_CITE_CITIS_RESERVE = rt.Citation(
    (
        'Peut bénéficier d’un congé pour invalidité temporaire imputable au service (CITIS) le '
        'fonctionnaire ou stagiaire en activité'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1146,
)
_CITE_CITIS_RESERVE_2 = rt.Citation(
    'L’agent contractuel ne peut pas bénéficier d’un CITIS.',
    'sources/004_2d4123b577c6e586.txt',
    1150,
)
_RULE_CITIS_RESERVE = rt.RuleInfo(
    'citis_réservé',
    (
        "CITIS : réservé au fonctionnaire et au stagiaire, l'agent contractuel ne peut pas en "
        'bénéficier'
    ),
    'bloquante',
    (_CITE_CITIS_RESERVE, _CITE_CITIS_RESERVE_2),
    'circulars/citis_2019.circ:227',
)
_CITE_CONTRACTUEL_ACCIDENT_TRAVAIL = rt.Citation(
    (
        'Il est placé en accident de travail ou maladie professionnelle dès lors que '
        'l’imputabilité au service est reconnue. La procédure est différente selon la durée et la '
        'quotité du contrat (cf paragraphe VIII situation des agents contractuels).'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1150,
)
_RULE_CONTRACTUEL_ACCIDENT_TRAVAIL = rt.RuleInfo(
    'contractuel_accident_travail',
    'Agent contractuel : accident de travail ou maladie professionnelle',
    'information',
    (_CITE_CONTRACTUEL_ACCIDENT_TRAVAIL,),
    'circulars/citis_2019.circ:234',
)
_NOTICE_CONTRACTUEL_ACCIDENT_TRAVAIL = rt.Finding(
    _RULE_CONTRACTUEL_ACCIDENT_TRAVAIL,
    rt.Outcome.NOTICE,
    'information',
    (
        "Agent contractuel, si l'imputabilité au service est reconnue, vous êtes placé en "
        'accident de travail ou en maladie professionnelle (pas en CITIS). La procédure dépend de '
        'la durée et de la quotité de votre contrat.'
    ),
    (),
)
_CITE_CONTRAT_COURT_CAISSE = rt.Citation(
    (
        '8-2 : Agent contractuel ayant un contrat CDD d’une durée inférieure à 12 mois et/ou à '
        'temps incomplet et agent contractuel en CDI employé à temps incomplet :'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1443,
)
_CITE_CONTRAT_COURT_CAISSE_2 = rt.Citation(
    (
        'Pour ces agents disposant de ce type de contrat, la première démarche est d’informer le '
        'responsable de la structure'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1446,
)
_CITE_CONTRAT_COURT_CAISSE_3 = rt.Citation(
    (
        'En cas d’arrêt de travail l’agent devra se rapprocher de son service de gestion de '
        'carrière qui établira les attestations de salaires'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1459,
)
_RULE_CONTRAT_COURT_CAISSE = rt.RuleInfo(
    'contrat_court_caisse',
    "Contrat court ou à temps incomplet : déclaration à la caisse d'assurance maladie",
    'information',
    (
        _CITE_CONTRAT_COURT_CAISSE,
        _CITE_CONTRAT_COURT_CAISSE_2,
        _CITE_VOLETS_CAISSE,
        _CITE_CONTRAT_COURT_CAISSE_3,
    ),
    'circulars/citis_2019.circ:239',
)
_NOTICE_CONTRAT_COURT_CAISSE = rt.Finding(
    _RULE_CONTRAT_COURT_CAISSE,
    rt.Outcome.NOTICE,
    'information',
    (
        'Votre contrat (CDI à temps incomplet, ou CDD de moins de 12 mois et/ou à temps incomplet) '
        "relève de la caisse primaire d'assurance maladie : informez par écrit le responsable de "
        "la structure des circonstances et du lieu de l'accident, faites établir sous 24 h un "
        'certificat médical initial, adressez-en les volets 1 et 2 à votre caisse et conservez le '
        "volet 3 ; en cas d'arrêt de travail, votre service de gestion établira les attestations "
        'de salaire pour les indemnités journalières.'
    ),
    (),
)
_CITE_CONTRAT_LONG_INDEMNITES = rt.Citation(
    (
        'L’agent disposant de ce type de contrat peut solliciter une reconnaissance d’accident de '
        'travail ou de maladie professionnelle selon la même procédure que décrite ci-dessus (cf '
        'paragraphe II).'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1427,
)
_CITE_CONTRAT_LONG_INDEMNITES_2 = rt.Citation(
    (
        'La déclaration à l’aide des formulaires joints en annexe 1 ou 2 ainsi que le certificat '
        'médical et les pièces complémentaires sont à adresser au supérieur hiérarchique dans les '
        'délais précisés au paragraphe III.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1429,
)
_CITE_CONTRAT_LONG_INDEMNITES_3 = rt.Citation(
    (
        'Le supérieur hiérarchique transmettra ensuite l’ensemble du dossier au bureau compétent '
        'de la DAP-rectorat ou des DSDEN.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1430,
)
_CITE_CONTRAT_LONG_INDEMNITES_4 = rt.Citation(
    (
        'Cependant, un envoi direct aux services académiques est possible. Dans ce cas, il '
        'appartient à l’agent d’informer son supérieur hiérarchique de cet envoi.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1228,
)
_CITE_CONTRAT_LONG_INDEMNITES_5 = rt.Citation(
    (
        'A défaut les services académiques transmettront le dossier au supérieur hiérarchique pour '
        'prise de connaissance.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1433,
)
_CITE_CONTRAT_LONG_INDEMNITES_6 = rt.Citation(
    'La procédure d’instruction est la même que celle décrite au paragraphe IV.',
    'sources/004_2d4123b577c6e586.txt',
    1436,
)
_CITE_CONTRAT_LONG_INDEMNITES_7 = rt.Citation(
    (
        'Si l’accident ou la maladie est reconnu imputable au service, et si l’agent est en arrêt '
        'de travail, il est alors placé en accident du travail sans traitement ou en maladie '
        'professionnelle (décision + arrêté notifiés) pour la durée précisée sur le certificat. '
        'Les services de gestion de carrière établiront les attestations de salaires nécessaires '
        'au calcul des indemnités journalières qui seront versées à l’agent.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1438,
)
_RULE_CONTRAT_LONG_INDEMNITES = rt.RuleInfo(
    'contrat_long_indemnités',
    'Contractuel en contrat long : accident du travail sans traitement, indemnités journalières',
    'information',
    (
        _CITE_CONTRAT_LONG_INDEMNITES,
        _CITE_CONTRAT_LONG_INDEMNITES_2,
        _CITE_CONTRAT_LONG_INDEMNITES_3,
        _CITE_CONTRAT_LONG_INDEMNITES_4,
        _CITE_CONTRAT_LONG_INDEMNITES_5,
        _CITE_CONTRAT_LONG_INDEMNITES_6,
        _CITE_CONTRAT_LONG_INDEMNITES_7,
    ),
    'circulars/citis_2019.circ:247',
)
_NOTICE_CONTRAT_LONG_INDEMNITES = rt.Finding(
    _RULE_CONTRAT_LONG_INDEMNITES,
    rt.Outcome.NOTICE,
    'information',
    (
        "Si l'accident ou la maladie est reconnu imputable au service et que vous êtes en arrêt "
        'de travail, vous êtes placé en accident du travail sans traitement ou en maladie '
        'professionnelle ; votre service de gestion établit les attestations de salaire pour le '
        'calcul des indemnités journalières.'
    ),
    (),
)
_CITE_PRESOMPTION_ACCIDENT_SERVICE = rt.Citation(
    (
        'Est présumé imputable un accident survenu dans le temps de travail de l’agent et au sein '
        'de son service d’affectation, en l’absence de faute personnelle de l’agent ou de toute '
        'autre circonstance particulière détachant l’accident du service.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1159,
)
_CITE_PRESOMPTION_ACCIDENT_SERVICE_2 = rt.Citation(
    (
        'Il peut également s’agir d’accidents survenus lorsque l’agent est en formation, en '
        'réunion ou en mission pour le compte de l’administration.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1161,
)
_RULE_PRESOMPTION_ACCIDENT_SERVICE = rt.RuleInfo(
    'présomption_accident_service',
    "Accident de service : présomption d'imputabilité",
    'avertissement',
    (_CITE_PRESOMPTION_ACCIDENT_SERVICE, _CITE_PRESOMPTION_ACCIDENT_SERVICE_2),
    'circulars/citis_2019.circ:259',
)
_CITE_TELETRAVAIL = rt.Citation(
    (
        'Les accidents survenus en situation de télétravail relèvent des accidents de service sous '
        'réserve qu’ils aient lieu pendant les heures de télétravail et dans le cadre des '
        'fonctions exercées par l’agent en télétravail.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1162,
)
_RULE_TELETRAVAIL = rt.RuleInfo(
    'télétravail',
    'Accident en télétravail : pendant les heures et dans le cadre des fonctions',
    'bloquante',
    (_CITE_TELETRAVAIL,),
    'circulars/citis_2019.circ:266',
)
_CITE_TRAJET_NORMAL = rt.Citation(
    (
        'L’article 21 bis de la loi n°83-634 du 13 juillet 1983 stipule : « est reconnu imputable '
        'au service, lorsque le fonctionnaire ou ses ayants droits en apportent la preuve ou '
        'lorsque l’enquête permet à l’autorité administrative de disposer des éléments suffisants, '
        'l’accident de trajet dont est victime le fonctionnaire qui se produit sur le parcours '
        'habituel entre le lieu où s’accompli son service et sa résidence ou son lieu de '
        'restauration, et pendant la durée normale pour l’effectuer, sauf si un fait personnel du '
        'fonctionnaire ou toute autre circonstance particulière étrangère notamment aux nécessités '
        'de la vie courante est de nature à détacher l’accident du service ».'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1170,
)
_CITE_TRAJET_NORMAL_2 = rt.Citation(
    (
        'Un accident de trajet peut donc être reconnu imputable s’il intervient sur un itinéraire '
        'normal entre le lieu de travail et le lieu du domicile ou entre le lieu du travail et le '
        'lieu de restauration, et dans un temps normal par rapport aux horaires de l’agent et aux '
        'modalités du trajet.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1177,
)
_RULE_TRAJET_NORMAL = rt.RuleInfo(
    'trajet_normal',
    'Accident de trajet : itinéraire et temps normaux',
    'bloquante',
    (_CITE_TRAJET_NORMAL, _CITE_TRAJET_NORMAL_2),
    'circulars/citis_2019.circ:273',
)
_CITE_TRAJET_DETOUR = rt.Citation(
    (
        'Cet itinéraire ne doit pas être détourné sauf dans le cas de nécessités de la vie '
        'courante (par exemple détour pour déposer des enfants en établissement scolaire).'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1179,
)
_RULE_TRAJET_DETOUR = rt.RuleInfo(
    'trajet_détour',
    'Accident de trajet : pas de détour, sauf nécessité de la vie courante',
    'bloquante',
    (_CITE_TRAJET_DETOUR,),
    'circulars/citis_2019.circ:280',
)
_CITE_TRAJET_PREUVE = rt.Citation(
    (
        'En cas d’accident de trajet, l’agent étant tenu d’apporter les éléments de preuve, une '
        'simple déclaration avec un certificat médical ne suffit pas. Des pièces complémentaires '
        'sont indispensables.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1223,
)
_RULE_TRAJET_PREUVE = rt.RuleInfo(
    'trajet_preuve',
    "Accident de trajet : l'agent apporte la preuve",
    'information',
    (_CITE_TRAJET_PREUVE,),
    'circulars/citis_2019.circ:286',
)
_NOTICE_TRAJET_PREUVE = rt.Finding(
    _RULE_TRAJET_PREUVE,
    rt.Outcome.NOTICE,
    'information',
    (
        "Pour un accident de trajet, c'est à vous d'apporter les éléments de preuve : une simple "
        'déclaration avec un certificat médical ne suffit pas, des pièces complémentaires sont '
        'indispensables (plan du trajet, témoignages, constat, rapport de police…).'
    ),
    (),
)
_CITE_MALADIE_HORS_TABLEAU = rt.Citation(
    (
        "Lorsqu'une affection ne remplit pas toutes les conditions d'un tableau, voire "
        "n'apparaît dans aucun tableau, elle peut néanmoins être reconnue comme maladie "
        'professionnelle.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1192,
)
_CITE_MALADIE_HORS_TABLEAU_2 = rt.Citation(
    (
        'l’agent doit établir que sa maladie est essentiellement et directement causée par son '
        'activité professionnelle'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1193,
)
_CITE_MALADIE_HORS_TABLEAU_3 = rt.Citation(
    'cette maladie doit entraîner une incapacité permanente d’un taux au moins égal à 25%',
    'sources/004_2d4123b577c6e586.txt',
    1194,
)
_RULE_MALADIE_HORS_TABLEAU = rt.RuleInfo(
    'maladie_hors_tableau',
    "Maladie hors tableau : cause essentielle et directe, incapacité d'au moins 25 %",
    'bloquante',
    (_CITE_MALADIE_HORS_TABLEAU, _CITE_MALADIE_HORS_TABLEAU_2, _CITE_MALADIE_HORS_TABLEAU_3),
    'circulars/citis_2019.circ:292',
)
_CITE_DELAI_ACCIDENT = rt.Citation(
    (
        'Le formulaire de déclaration avec les pièces éventuelles doit être adressé dans un délai '
        'de 15 jours à compter de la date de l’accident.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1243,
)
_CITE_DELAI_ACCIDENT_2 = rt.Citation(
    (
        'Ces délais incombant à l’agent ne lui sont pas applicables lorsque les circonstances de '
        'l’accident relèvent du champ de l’article L 169-1 du code de la sécurité sociale '
        '(victimes d’un acte terroriste) ou bien s’il justifie d’un cas de force majeure ou '
        'd’impossibilité absolue.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1254,
)
_RULE_DELAI_ACCIDENT = rt.RuleInfo(
    'délai_accident',
    "Déclaration d'accident dans les 15 jours",
    'bloquante',
    (_CITE_DELAI_ACCIDENT, _CITE_DELAI_ACCIDENT_2),
    'circulars/citis_2019.circ:301',
)
_CITE_DELAI_LESION_TARDIVE = rt.Citation(
    (
        'Dans la situation où l’impact de l’accident sur l’état de santé de la victime n’est pas '
        'immédiatement décelé, la déclaration demeure possible pendant 2 ans à compter de '
        'l’accident mais doit être effectuée dans ce cas, dans les 15 jours suivant la '
        'constatation médicale.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1244,
)
_RULE_DELAI_LESION_TARDIVE = rt.RuleInfo(
    'délai_lésion_tardive',
    (
        "Lésion décelée après l'accident : 15 jours après la constatation médicale, 2 ans au plus "
        "après l'accident"
    ),
    'bloquante',
    (_CITE_DELAI_LESION_TARDIVE, _CITE_DELAI_ACCIDENT_2),
    'circulars/citis_2019.circ:309',
)
_CITE_DELAI_MALADIE = rt.Citation(
    (
        'La déclaration de maladie professionnelle est adressée dans un délai de 2 ans à compter '
        'soit de la première constatation médicale de la maladie'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1250,
)
_CITE_DELAI_MALADIE_2 = rt.Citation(
    'ou bien s’il justifie d’un cas de force majeure ou d’impossibilité absolue',
    'sources/004_2d4123b577c6e586.txt',
    1255,
)
_RULE_DELAI_MALADIE = rt.RuleInfo(
    'délai_maladie',
    (
        'Déclaration de maladie professionnelle dans les 2 ans suivant la première constatation '
        'médicale'
    ),
    'bloquante',
    (_CITE_DELAI_MALADIE, _CITE_DELAI_MALADIE_2),
    'circulars/citis_2019.circ:317',
)
_CITE_DELAI_MALADIE_LIEN = rt.Citation(
    (
        'à compter de la date d’un certificat médical établissant un lien entre une maladie déjà '
        'constatée et l’activité professionnelle de l’agent'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1251,
)
_RULE_DELAI_MALADIE_LIEN = rt.RuleInfo(
    'délai_maladie_lien',
    "Maladie déjà constatée : 2 ans après le certificat établissant le lien avec l'activité",
    'bloquante',
    (_CITE_DELAI_MALADIE_LIEN, _CITE_DELAI_MALADIE_2),
    'circulars/citis_2019.circ:325',
)
_CITE_DELAI_RECHUTE = rt.Citation(
    (
        'La déclaration de rechute doit être déclarée dans un délai d’un mois à compter de sa '
        'constatation médicale.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1422,
)
_RULE_DELAI_RECHUTE = rt.RuleInfo(
    'délai_rechute',
    'Déclaration de rechute dans le mois suivant sa constatation médicale',
    'bloquante',
    (_CITE_DELAI_RECHUTE, _CITE_DELAI_MALADIE_2),
    'circulars/citis_2019.circ:333',
)
_CITE_DELAI_ARRET = rt.Citation(
    (
        'L’article 47-3 du décret n° 86-442 du 14 mars 1986 modifié stipule que lorsque l’état de '
        'santé de l’agent donne lieu à arrêt de travail, ce dernier doit être transmis à '
        'l’administration (supérieur hiérarchique) dans les 48h suivant son établissement '
        '(décompte par jour ouvrable). Si ce délai n’est pas respecté, des conséquences '
        'financières sont prévues par ce même décret.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1236,
)
_CITE_DELAI_ARRET_2 = rt.Citation(
    (
        'En cas d’arrêt de travail, cet arrêt doit impérativement être transmis au supérieur '
        'hiérarchique dans un délai de 48h.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1425,
)
_RULE_DELAI_ARRET = rt.RuleInfo(
    'délai_arrêt',
    'Arrêt de travail transmis dans les 48 h',
    'avertissement',
    (_CITE_DELAI_ARRET, _CITE_DELAI_ARRET_2),
    'circulars/citis_2019.circ:341',
)
_CITE_CERTIFICAT_INITIAL_24H = rt.Citation(
    (
        'L’agent doit faire établir dans les plus brefs délais (sous 24h) un certificat médical '
        'initial par son médecin traitant'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1449,
)
_RULE_CERTIFICAT_INITIAL_24H = rt.RuleInfo(
    'certificat_initial_24h',
    'Contrat court : certificat médical initial sous 24 h',
    'bloquante',
    (_CITE_CERTIFICAT_INITIAL_24H,),
    'circulars/citis_2019.circ:348',
)
_CITE_PIECES_DECLARATION = rt.Citation(
    'l’agent doit en faire la demande en produisant les pièces suivantes :',
    'sources/004_2d4123b577c6e586.txt',
    1209,
)
_CITE_PIECES_DECLARATION_2 = rt.Citation(
    'Pièces jointes Certificat médical (obligatoire) Témoignages',
    'sources/004_2d4123b577c6e586.txt',
    1973,
)
_RULE_PIECES_DECLARATION = rt.RuleInfo(
    'pièces_déclaration',
    'Déclaration accompagnée des pièces obligatoires',
    'bloquante',
    (_CITE_PIECES_DECLARATION, _CITE_CERTIFICAT_MEDICAL_2, _CITE_PIECES_DECLARATION_2),
    'circulars/citis_2019.circ:356',
)
_CITE_INFORMER_SUPERIEUR = rt.Citation(
    (
        'En cas d’accident sur le lieu du service ou d’accident de trajet ou de maladie '
        'professionnelle, la victime en informe le plus tôt possible son supérieur hiérarchique '
        '(ou si elle n’est pas en capacité de le faire, le supérieur hiérarchique peut être '
        'informé par la première personne avisée de cet accident).'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1202,
)
_CITE_INFORMER_SUPERIEUR_2 = rt.Citation(
    (
        'Cependant, un envoi direct aux services académiques est possible. Dans ce cas, il '
        'appartient à l’agent d’informer son supérieur hiérarchique de cet envoi. A défaut, les '
        'services académiques transmettront le dossier au supérieur hiérarchique pour prise de '
        'connaissance.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1228,
)
_CITE_INFORMER_SUPERIEUR_3 = rt.Citation(
    '2-1 : Première démarche : informer son supérieur hiérarchique :',
    'sources/004_2d4123b577c6e586.txt',
    1200,
)
_RULE_INFORMER_SUPERIEUR = rt.RuleInfo(
    'informer_supérieur',
    'Informer au plus tôt le supérieur hiérarchique',
    'information',
    (_CITE_INFORMER_SUPERIEUR, _CITE_INFORMER_SUPERIEUR_2, _CITE_INFORMER_SUPERIEUR_3),
    'circulars/citis_2019.circ:365',
)
_NOTICE_INFORMER_SUPERIEUR = rt.Finding(
    _RULE_INFORMER_SUPERIEUR,
    rt.Outcome.NOTICE,
    'information',
    (
        "Informez le plus tôt possible votre supérieur hiérarchique de l'accident ou de la "
        "maladie ; si vous n'êtes pas en état de le faire, la première personne avisée peut "
        "l'informer. En cas d'envoi direct de votre déclaration aux services académiques, "
        'informez-en votre supérieur hiérarchique.'
    ),
    (),
)
_CITE_INSTRUCTION_CONGE_ORDINAIRE = rt.Citation(
    (
        'L’agent ne peut bénéficier d’un CITIS que lorsque la décision de l’administration '
        '(rectorat ou DSDEN) lui aura été notifiée.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1288,
)
_CITE_INSTRUCTION_CONGE_ORDINAIRE_2 = rt.Citation(
    (
        'Dans l’attente de cette décision et pendant toute la durée d’instruction de sa demande, '
        'si l’agent produit un arrêt de travail, il sera saisi en congé ordinaire de maladie. Les '
        'frais médicaux liés à cet accident ou à cette maladie demeurent à sa charge pendant la '
        'phase d’instruction de son dossier.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1289,
)
_CITE_INSTRUCTION_CONGE_ORDINAIRE_3 = rt.Citation(
    (
        'Au terme de ces délais, lorsque l’instruction par l’administration n’est pas terminée, '
        'l’agent est placé en CITIS à titre provisoire par décision administrative.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1302,
)
_CITE_INSTRUCTION_CONGE_ORDINAIRE_4 = rt.Citation(
    (
        'Dans l’attente de la décision, l’agent a été placé en congé ordinaire de maladie s’il '
        'avait fourni un arrêt de travail. Dès lors que l’imputabilité est reconnue, cette période '
        'est requalifiée en CITIS (décision + arrêtés notifiés), avec maintien du plein '
        'traitement, à compter du 1er jour d’arrêt de maladie initialement accordé, et pour la '
        'durée indiquée sur le certificat.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1314,
)
_CITE_INSTRUCTION_CONGE_ORDINAIRE_5 = rt.Citation(
    (
        'La décision octroyant ou refusant l’imputabilité est notifiée à l’agent. Son supérieur '
        'hiérarchique et son service de gestion de carrière sont systématiquement informés de '
        'cette décision.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1309,
)
_CITE_INSTRUCTION_CONGE_ORDINAIRE_6 = rt.Citation(
    (
        'La décision d’imputabilité peut également concerner uniquement des soins à prendre en '
        'charge comme spécifié sur le certificat médical produit par l’agent (pas d’arrêt de '
        'travail prescrit).'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1332,
)
_CITE_INSTRUCTION_CONGE_ORDINAIRE_7 = rt.Citation(
    (
        'Les frais médicaux liés à l’accident sont pris en charge dès que la décision '
        'd’imputabilité a été prise.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1335,
)
_RULE_INSTRUCTION_CONGE_ORDINAIRE = rt.RuleInfo(
    'instruction_congé_ordinaire',
    "Pendant l'instruction : congé ordinaire de maladie, frais à la charge de l'agent",
    'information',
    (
        _CITE_INSTRUCTION_CONGE_ORDINAIRE,
        _CITE_INSTRUCTION_CONGE_ORDINAIRE_2,
        _CITE_INSTRUCTION_CONGE_ORDINAIRE_3,
        _CITE_INSTRUCTION_CONGE_ORDINAIRE_4,
        _CITE_INSTRUCTION_CONGE_ORDINAIRE_5,
        _CITE_INSTRUCTION_CONGE_ORDINAIRE_6,
        _CITE_INSTRUCTION_CONGE_ORDINAIRE_7,
    ),
    'circulars/citis_2019.circ:371',
)
_NOTICE_INSTRUCTION_CONGE_ORDINAIRE = rt.Finding(
    _RULE_INSTRUCTION_CONGE_ORDINAIRE,
    rt.Outcome.NOTICE,
    'information',
    (
        "Vous ne bénéficierez du CITIS qu'après notification de la décision de l'administration "
        ": pendant l'instruction, vos arrêts de travail sont saisis en congé ordinaire de maladie "
        "et les frais médicaux restent à votre charge. Si l'instruction n'est pas terminée à "
        "l'expiration des délais de l'administration, vous êtes placé en CITIS à titre "
        "provisoire ; si l'imputabilité est reconnue, la période est requalifiée en CITIS à plein "
        "traitement depuis le premier jour d'arrêt."
    ),
    (),
)
_CITE_REFUS_IMPUTABILITE = rt.Citation(
    (
        'La décision de l’administration est motivée et notifiée à l’agent (avec copie au '
        'supérieur hiérarchique et au service de gestion de carrière). Tous les arrêts éventuels '
        'relèvent alors du congé ordinaire de maladie.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1338,
)
_CITE_REFUS_IMPUTABILITE_2 = rt.Citation(
    (
        'Au terme de l’instruction, si l’imputabilité n’est pas reconnue, la décision de placement '
        'en CITIS provisoire est retirée, et la situation de l’agent est régularisée '
        'rétroactivement en congés ordinaires de maladie.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1303,
)
_CITE_REFUS_IMPUTABILITE_3 = rt.Citation(
    (
        'Si l’agent était placé en CITIS provisoire, cette décision est retirée avec une '
        'obligation pour l’agent de reverser les sommes indûment perçues au titre de cette période.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1340,
)
_RULE_REFUS_IMPUTABILITE = rt.RuleInfo(
    'refus_imputabilité',
    "Refus d'imputabilité : congé ordinaire de maladie et reversement",
    'information',
    (_CITE_REFUS_IMPUTABILITE, _CITE_REFUS_IMPUTABILITE_2, _CITE_REFUS_IMPUTABILITE_3),
    'circulars/citis_2019.circ:382',
)
_NOTICE_REFUS_IMPUTABILITE = rt.Finding(
    _RULE_REFUS_IMPUTABILITE,
    rt.Outcome.NOTICE,
    'information',
    (
        "Si l'imputabilité n'est pas reconnue, vos arrêts relèvent du congé ordinaire de maladie "
        '; si vous aviez été placé en CITIS provisoire, cette décision est retirée et les sommes '
        'indûment perçues doivent être reversées.'
    ),
    (),
)
_CITE_SUIVI_CITIS = rt.Citation(
    (
        'Au-delà de 6 mois de CITIS, l’administration a l’obligation de faire examiner l’agent par '
        'un médecin agréé'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1318,
)
_CITE_SUIVI_CITIS_2 = rt.Citation(
    (
        'Au-delà de douze mois de CITIS continu, l’administration peut diligenter une expertise en '
        'vue d’examiner l’aptitude de l’agent à ses fonctions'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1323,
)
_CITE_SUIVI_CITIS_3 = rt.Citation(
    (
        'L’agent est tenu de fournir les prolongations d’arrêts et/ou de soins de dates à dates à '
        'son établissement/service (formulaire CERFA n° 11138) qui transmettra au bureau des '
        'accidents du travail compétent pour saisie dans les bases informatiques.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1327,
)
_CITE_SUIVI_CITIS_4 = rt.Citation(
    (
        'afin de s’assurer que son état de santé justifie son maintien en arrêt de travail au '
        'titre de l’accident ou de la maladie reconnus imputables, et que la prise en charge des '
        'frais médicaux demandée est bien en lien avec cet accident ou maladie. En dehors de cette '
        'contre-visite obligatoire, l’administration a la possibilité, à tout moment, de faire '
        'procéder à une contre visite.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1319,
)
_CITE_SUIVI_CITIS_5 = rt.Citation(
    'L’agent est tenu de se rendre à ces expertises pour lesquelles il recevra une convocation.',
    'sources/004_2d4123b577c6e586.txt',
    1326,
)
_RULE_SUIVI_CITIS = rt.RuleInfo(
    'suivi_citis',
    'Pendant le CITIS : prolongations, contre-visite après 6 mois, expertise après 12 mois',
    'information',
    (
        _CITE_SUIVI_CITIS,
        _CITE_SUIVI_CITIS_2,
        _CITE_SUIVI_CITIS_3,
        _CITE_SUIVI_CITIS_4,
        _CITE_SUIVI_CITIS_5,
    ),
    'circulars/citis_2019.circ:389',
)
_NOTICE_SUIVI_CITIS = rt.Finding(
    _RULE_SUIVI_CITIS,
    rt.Outcome.NOTICE,
    'information',
    (
        "Pendant le CITIS, transmettez à votre établissement ou service les prolongations d'arrêt "
        "ou de soins (CERFA n° 11138). Au-delà de 6 mois de CITIS, l'administration vous fait "
        'obligatoirement examiner par un médecin agréé ; au-delà de 12 mois de CITIS continu, elle '
        'peut faire expertiser votre aptitude. Vous êtes tenu de vous rendre à ces expertises.'
    ),
    (),
)
_CITE_FIN_DU_DISPOSITIF = rt.Citation(
    (
        'il devra adresser à son établissement ou service (qui transmettra ensuite au bureau des '
        'accidents de travail DAP ou DSDEN) un certificat médical final de guérison ou de '
        'consolidation (imprimé CERFA n° 11138)'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1347,
)
_CITE_FIN_DU_DISPOSITIF_2 = rt.Citation(
    (
        'NB : A défaut de réception du certificat médical final, ou de certificats de prolongation '
        '(même s’il ne s’agit que de soins), le dossier sera clos à la date du dernier certificat '
        'médical reçu, avec arrêt des prises en charge des frais médicaux à cette date.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1367,
)
_CITE_FIN_DU_DISPOSITIF_3 = rt.Citation(
    'Lorsque l’agent est considéré par son médecin guéri ou consolidé',
    'sources/004_2d4123b577c6e586.txt',
    1347,
)
_CITE_FIN_DU_DISPOSITIF_4 = rt.Citation(
    (
        'établi par son médecin sans que cela fasse obstacle à la prise en charge ultérieure d’une '
        'éventuelle rechute. Ces indications sont portées par le médecin sur le formulaire CERFA '
        'n°11138 à la rubrique « conclusions ».'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1349,
)
_CITE_FIN_DU_DISPOSITIF_5 = rt.Citation(
    'Ce certificat médical final (case cochée par le médecin sur imprimé CERFA) indique :',
    'sources/004_2d4123b577c6e586.txt',
    1353,
)
_CITE_FIN_DU_DISPOSITIF_6 = rt.Citation(
    (
        'Soit « une guérison totale avec retour à l’état antérieur à l’accident ou la maladie » : '
        'l’agent ne pourra plus prétendre à la prise en charge de soins à compter de la date de '
        'guérison, et ne pourra pas faire valoir de rechute par la suite.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1354,
)
_CITE_FIN_DU_DISPOSITIF_7 = rt.Citation(
    (
        'Soit « une guérison apparente avec possibilité de rechute » : : l’agent ne pourra plus '
        'prétendre à la prise en charge de soins à compter de la date de guérison. La possibilité '
        'd’une rechute demeure (cf paragraphe VII).'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1359,
)
_CITE_FIN_DU_DISPOSITIF_8 = rt.Citation(
    (
        'Soit « une consolidation ou guérison partielle avec des séquelles liées à l’accident ou à '
        'la maladie » : la consolidation correspond à un état de santé stabilisé qui ne peut plus '
        's’améliorer. Les soins post consolidation ne sont plus pris en charge sauf indication '
        'précise du médecin expert ou de la commission de réforme. La possibilité d’une rechute '
        'demeure.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1362,
)
_CITE_FIN_DU_DISPOSITIF_9 = rt.Citation(
    (
        'L’agent peut reprendre son activité professionnelle sans autre formalité spécifique. Une '
        'décision finale sera adressée à l’agent permettant ainsi de clôturer son dossier.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1371,
)
_RULE_FIN_DU_DISPOSITIF = rt.RuleInfo(
    'fin_du_dispositif',
    'Guérison ou consolidation : certificat médical final',
    'information',
    (
        _CITE_FIN_DU_DISPOSITIF,
        _CITE_FIN_DU_DISPOSITIF_2,
        _CITE_FIN_DU_DISPOSITIF_3,
        _CITE_FIN_DU_DISPOSITIF_4,
        _CITE_FIN_DU_DISPOSITIF_5,
        _CITE_FIN_DU_DISPOSITIF_6,
        _CITE_FIN_DU_DISPOSITIF_7,
        _CITE_FIN_DU_DISPOSITIF_8,
        _CITE_FIN_DU_DISPOSITIF_9,
    ),
    'circulars/citis_2019.circ:398',
)
_NOTICE_FIN_DU_DISPOSITIF = rt.Finding(
    _RULE_FIN_DU_DISPOSITIF,
    rt.Outcome.NOTICE,
    'information',
    (
        'Lorsque votre médecin vous considère guéri ou consolidé, adressez à votre établissement '
        'ou service un certificat médical final (CERFA n° 11138) ; à défaut de certificat final ou '
        'de prolongation, le dossier est clos à la date du dernier certificat reçu et la prise en '
        "charge des frais s'arrête à cette date."
    ),
    (),
)
_CITE_RECHUTE_EXPERTISE = rt.Citation(
    (
        'La rechute d’un accident doit se caractériser par une récidive ou une aggravation subite '
        'et naturelle de l’affection initiale sans cause extérieure et qui nécessite un traitement '
        'médical.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1414,
)
_CITE_RECHUTE_EXPERTISE_2 = rt.Citation(
    (
        'Le caractère spontané des nouveaux troubles doit résulter de l’évolution de l’état de '
        'santé de l’agent et non d’un nouveau fait traumatique, auquel il s’agit d’un nouvel '
        'accident. L’imputabilité de ces nouveaux troubles à l’accident de service initial sera '
        'vérifiée à l’aide d’une expertise médicale.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1415,
)
_CITE_RECHUTE_EXPERTISE_3 = rt.Citation(
    (
        'La constatation de la guérison ou de la consolidation de l’état de santé de l’agent '
        'n’exclut pas l’éventualité d’une rechute qui peut être prise en charge par '
        'l’administration sous certaines conditions.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1409,
)
_RULE_RECHUTE_EXPERTISE = rt.RuleInfo(
    'rechute_expertise',
    'Rechute : expertise médicale',
    'information',
    (_CITE_RECHUTE_EXPERTISE, _CITE_RECHUTE_EXPERTISE_2, _CITE_RECHUTE_EXPERTISE_3),
    'circulars/citis_2019.circ:411',
)
_NOTICE_RECHUTE_EXPERTISE = rt.Finding(
    _RULE_RECHUTE_EXPERTISE,
    rt.Outcome.NOTICE,
    'information',
    (
        "Une rechute est une récidive ou une aggravation subite et naturelle de l'affection "
        'initiale, sans cause extérieure, nécessitant un traitement médical ; un nouveau fait '
        "traumatique est un nouvel accident. L'imputabilité de la rechute est vérifiée par une "
        "expertise médicale ; elle se déclare avec le formulaire de l'annexe 1."
    ),
    (),
)
_CITE_QUINZE_JOURS_CONSTATATION = rt.Citation(
    'doit être effectuée dans ce cas, dans les 15 jours suivant la constatation médicale',
    'sources/004_2d4123b577c6e586.txt',
    1245,
)
_CITE_DEUX_ANS_ACCIDENT = rt.Citation(
    'la déclaration demeure possible pendant 2 ans à compter de l’accident',
    'sources/004_2d4123b577c6e586.txt',
    1245,
)
_CITE_ARRET_48H = rt.Citation(
    (
        'ce dernier doit être transmis à l’administration (supérieur hiérarchique) dans les 48h '
        'suivant son établissement (décompte par jour ouvrable)'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1237,
)
_CITE_CERTIFICAT_24H = rt.Citation(
    (
        'L’agent doit faire établir dans les plus brefs délais (sous 24h) un certificat médical '
        'initial par son médecin traitant qui doit indiquer avec précision la nature des lésions '
        'et leur localisation.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1449,
)
_CITE_DECISION_ACCIDENT = rt.Citation(
    (
        'l’administration dispose d’un délai d’un mois à compter de la réception du dossier '
        'complet (formulaire de déclaration et certificats médicaux)'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1295,
)
_CITE_DECISION_ACCIDENT_PROLONGEE = rt.Citation(
    'l’administration dispose d’un délai d’un mois à compter de la réception du dossier complet',
    'sources/004_2d4123b577c6e586.txt',
    1295,
)
_CITE_DECISION_ACCIDENT_PROLONGEE_2 = rt.Citation(
    (
        'Un délai supplémentaire de 3 mois s’ajoute à ces délais en cas d’examen par un médecin '
        'expert, d’enquête administrative ou de saisine de la commission de réforme.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1300,
)
_CITE_DECISION_MALADIE = rt.Citation(
    (
        'Pour une déclaration de maladie professionnelle, l’administration dispose d’un délai est '
        'de 2 mois à compter du dossier complet'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1297,
)
_CITE_DECISION_MALADIE_PROLONGEE = rt.Citation(
    'l’administration dispose d’un délai est de 2 mois à compter du dossier complet',
    'sources/004_2d4123b577c6e586.txt',
    1297,
)
_CITE_DECISION_CAISSE = rt.Citation(
    (
        'La caisse d’assurance maladie dispose d’un délai de trente jours à compter de la '
        'réception de la déclaration et du certificat médical pour se prononcer sur le caractère '
        'professionnel ou non de l’accident.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1454,
)
_CITE_DECISION_CAISSE_2 = rt.Citation(
    (
        'Des délais supplémentaires sont prévus dans le cadre de demande d’informations '
        'complémentaires (avis d’experts, recherches de témoins etc…).'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1456,
)
_SERVICE_MEDECIN_PREVENTION = rt.Recipient(
    'médecin_prévention', 'Médecin de prévention', True, None
)
_CITE_AVIS_MEDECIN_PREVENTION = rt.Citation(
    (
        'En cas de déclaration de maladie professionnelle, le médecin de prévention est '
        'obligatoirement saisi par les bureaux des accidents du travail. Il établira si la maladie '
        'de l’agent répond ou non aux différents critères des maladies inscrites au tableau du '
        'code de la sécurité sociale (cf paragraphe 1-3). Il peut à cette occasion demander à '
        'l’agent des éléments d’informations complémentaires.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1270,
)
_OPINION_AVIS_MEDECIN_PREVENTION = rt.OpinionInfo(
    'avis_médecin_prévention',
    'Avis du médecin de prévention (maladie professionnelle)',
    'obligatoire',
    _SERVICE_MEDECIN_PREVENTION,
    (_CITE_AVIS_MEDECIN_PREVENTION,),
)
_SERVICE_MEDECIN_AGREE = rt.Recipient(
    'médecin_agréé', 'Médecin agréé (expertise médicale)', True, None
)
_CITE_EXPERTISE_MEDICALE = rt.Citation(
    (
        'Au vu des éléments transmis par l’agent, et le cas échéant des informations collectées '
        'auprès de son supérieur hiérarchique, l’administration peut faire procéder à une '
        'expertise médicale par un médecin agréé en vue de vérifier la cohérence entre la lésion '
        'présentée et les circonstances de l’accident.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1265,
)
_OPINION_EXPERTISE_MEDICALE = rt.OpinionInfo(
    'expertise_médicale',
    'Expertise par un médecin agréé (cohérence entre la lésion et les circonstances)',
    'facultative',
    _SERVICE_MEDECIN_AGREE,
    (_CITE_EXPERTISE_MEDICALE,),
)
_CITE_RAPPORT_ACTIVITE = rt.Citation(
    (
        'Dans certaines situations, un rapport d’activité professionnelle décrivant les tâches '
        'habituelles de l’agent peut également être demandé au supérieur hiérarchique.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1267,
)
_OPINION_RAPPORT_ACTIVITE = rt.OpinionInfo(
    'rapport_activité',
    "Rapport d'activité professionnelle décrivant les tâches habituelles de l'agent",
    'facultative',
    _SERVICE_SUPERIEUR_HIERARCHIQUE,
    (_CITE_RAPPORT_ACTIVITE,),
)
_SERVICE_COMMISSION_REFORME = rt.Recipient(
    'commission_réforme', 'Commission de réforme', False, None
)
_CITE_AVIS_COMMISSION_REFORME = rt.Citation(
    (
        'La commission de réforme est saisie pour avis lorsque les éléments constituant le dossier '
        'de l’agent ne permettent pas à l’administration de reconnaître l’imputabilité au service '
        'que ce soit pour un accident de service ou de trajet, ou bien, dans certaines situations, '
        'lorsque la demande de l’agent concerne une reconnaissance d’une maladie professionnelle.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1277,
)
_CITE_AVIS_COMMISSION_REFORME_2 = rt.Citation(
    (
        'La commission de réforme émet un avis sur l’imputabilité au service de l’accident ou de '
        'la maladie et s ’il y a lieu, cette commission propose un taux minimum d’incapacité '
        'permanente que l’accident ou la maladie est susceptible d’entraîner.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1281,
)
_CITE_AVIS_COMMISSION_REFORME_3 = rt.Citation(
    (
        'si la saisine de la commission de réforme est obligatoire dans certains cas, cet avis ne '
        'lie pas l’administration'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1284,
)
_OPINION_AVIS_COMMISSION_REFORME = rt.OpinionInfo(
    'avis_commission_réforme',
    "Avis de la commission de réforme sur l'imputabilité (et taux d'incapacité)",
    'facultative',
    _SERVICE_COMMISSION_REFORME,
    (
        _CITE_AVIS_COMMISSION_REFORME,
        _CITE_AVIS_COMMISSION_REFORME_2,
        _CITE_AVIS_COMMISSION_REFORME_3,
    ),
)


class Facts(rt.FactsModel):
    """Situation d'un demandeur ; un fait absent est inconnu."""

    # circulars/commun.circ:8
    agent_statut: Literal['titulaire', 'stagiaire', 'contractuel'] | None = Field(
        default=None, alias='agent.statut', title="Statut de l'agent"
    )
    # circulars/commun.circ:44
    agent_categorie_personnel: Literal[
        'enseignant_premier_degré_public',
        'enseignant_second_degré_public',
        'enseignant_premier_degré_privé',
        'enseignant_second_degré_privé',
        'encadrement',
        'atss',
        'aed',
        'aesh',
        'autre_personnel',
    ] | None = Field(
        default=None,
        alias='agent.catégorie_personnel',
        title="Catégorie de personnel (orientation des dossiers dans l'académie d'Aix-Marseille)",
    )
    # circulars/commun.circ:56
    agent_affectation_superieur: Literal['aucune', 'université', 'crous'] | None = Field(
        default=None,
        alias='agent.affectation_supérieur',
        title="Affectation dans un établissement d'enseignement supérieur ou au CROUS",
    )
    # circulars/commun.circ:62
    agent_departement: Literal['d04', 'd05', 'd13', 'd84'] | None = Field(
        default=None,
        alias='agent.département',
        title="Département d'affectation (académie d'Aix-Marseille)",
    )
    # circulars/commun.circ:69
    agent_position: Literal[
        'activité',
        'mise_à_disposition',
        'détachement',
        'disponibilité_office_santé',
        'disponibilité',
        'congé_parental',
        'autre_position',
    ] | None = Field(default=None, alias='agent.position', title='Position administrative')
    # circulars/commun.circ:79
    agent_contrat: Literal['cdi', 'cdd'] | None = Field(
        default=None, alias='agent.contrat', title='Type de contrat (agent contractuel)'
    )
    # circulars/commun.circ:84
    agent_contrat_duree: Annotated[int, Field(ge=0, le=120)] | None = Field(
        default=None, alias='agent.contrat_durée', title='Durée du contrat à durée déterminée'
    )
    # circulars/commun.circ:86
    agent_temps_complet: bool | None = Field(
        default=None,
        alias='agent.temps_complet',
        title="L'agent est employé à temps complet (quotité du contrat)",
    )
    # circulars/commun.circ:103
    arret_date_etablissement: datetime.date | None = Field(
        default=None,
        alias='arrêt.date_établissement',
        title="Date d'établissement de l'arrêt de travail (initial ou de prolongation)",
    )
    # circulars/commun.circ:105
    arret_date_transmission: datetime.date | None = Field(
        default=None,
        alias='arrêt.date_transmission',
        title=(
            "Date de transmission de l'arrêt de travail à l'administration (supérieur "
            'hiérarchique)'
        ),
    )
    # circulars/commun.circ:108
    demande_date_depot: datetime.date | None = Field(
        default=None, alias='demande.date_dépôt', title='Date de dépôt de la demande'
    )
    # circulars/citis_2019.circ:24
    declaration_nature: Literal[
        'accident_service', 'accident_trajet', 'maladie_professionnelle', 'rechute'
    ] | None = Field(default=None, alias='déclaration.nature', title='Objet de la déclaration')
    # circulars/citis_2019.circ:31
    declaration_avec_arret: bool | None = Field(
        default=None,
        alias='déclaration.avec_arrêt',
        title='La lésion ou la maladie donne lieu à un arrêt de travail',
    )
    # circulars/citis_2019.circ:33
    demande_citis: bool | None = Field(
        default=None,
        alias='demande.citis',
        title=(
            "L'agent demande à bénéficier d'un congé pour invalidité temporaire imputable au "
            'service (CITIS)'
        ),
    )
    # circulars/citis_2019.circ:36
    accident_date: datetime.date | None = Field(
        default=None, alias='accident.date', title="Date de l'accident"
    )
    # circulars/citis_2019.circ:38
    accident_lesion_decelee_tardivement: bool | None = Field(
        default=None,
        alias='accident.lésion_décelée_tardivement',
        title="L'impact de l'accident sur l'état de santé n'a pas été immédiatement décelé",
    )
    # circulars/citis_2019.circ:40
    accident_date_constatation_medicale: datetime.date | None = Field(
        default=None,
        alias='accident.date_constatation_médicale',
        title="Date de la constatation médicale de la lésion décelée après l'accident",
    )
    # circulars/citis_2019.circ:42
    accident_acte_terroriste: bool | None = Field(
        default=None,
        alias='accident.acte_terroriste',
        title=(
            "Accident relevant de l'article L 169-1 du code de la sécurité sociale (victime d'un "
            'acte terroriste)'
        ),
    )
    # circulars/citis_2019.circ:44
    declaration_force_majeure: bool | None = Field(
        default=None,
        alias='déclaration.force_majeure',
        title=(
            "L'agent justifie d'un cas de force majeure ou d'une impossibilité absolue de "
            'déclarer dans les délais'
        ),
    )
    # circulars/citis_2019.circ:46
    accident_temps_et_lieu_de_service: bool | None = Field(
        default=None,
        alias='accident.temps_et_lieu_de_service',
        title=(
            "Accident survenu dans le temps de travail et au sein du service d'affectation (ou en "
            'formation, en réunion, en mission)'
        ),
    )
    # circulars/citis_2019.circ:48
    accident_faute_personnelle: bool | None = Field(
        default=None,
        alias='accident.faute_personnelle',
        title=(
            "Faute personnelle de l'agent ou autre circonstance particulière détachant "
            "l'accident du service"
        ),
    )
    # circulars/citis_2019.circ:50
    accident_en_teletravail: bool | None = Field(
        default=None,
        alias='accident.en_télétravail',
        title='Accident survenu en situation de télétravail',
    )
    # circulars/citis_2019.circ:52
    accident_teletravail_heures_et_fonctions: bool | None = Field(
        default=None,
        alias='accident.télétravail_heures_et_fonctions',
        title=(
            'Accident survenu pendant les heures de télétravail et dans le cadre des fonctions '
            'exercées en télétravail'
        ),
    )
    # circulars/citis_2019.circ:54
    accident_en_mission: bool | None = Field(
        default=None,
        alias='accident.en_mission',
        title="Accident survenu au cours d'une mission ou lors d'une réunion sur convocation",
    )
    # circulars/citis_2019.circ:56
    accident_circulation_routiere: bool | None = Field(
        default=None,
        alias='accident.circulation_routière',
        title='Accident de circulation sur la voie publique impliquant un véhicule',
    )
    # circulars/citis_2019.circ:58
    trajet_parcours_normal: bool | None = Field(
        default=None,
        alias='trajet.parcours_normal',
        title=(
            "Accident survenu sur l'itinéraire normal entre le lieu de travail et le domicile ou "
            'le lieu de restauration'
        ),
    )
    # circulars/citis_2019.circ:60
    trajet_duree_normale: bool | None = Field(
        default=None,
        alias='trajet.durée_normale',
        title=(
            "Accident survenu dans un temps normal par rapport aux horaires de l'agent et aux "
            'modalités du trajet'
        ),
    )
    # circulars/citis_2019.circ:62
    trajet_detour: bool | None = Field(
        default=None, alias='trajet.détour', title="L'itinéraire a été détourné"
    )
    # circulars/citis_2019.circ:64
    trajet_detour_vie_courante: bool | None = Field(
        default=None,
        alias='trajet.détour_vie_courante',
        title=(
            'Le détour répond à une nécessité de la vie courante (par exemple déposer un enfant à '
            "l'école)"
        ),
    )
    # circulars/citis_2019.circ:66
    maladie_date_premiere_constatation: datetime.date | None = Field(
        default=None,
        alias='maladie.date_première_constatation',
        title='Date de la première constatation médicale de la maladie',
    )
    # circulars/citis_2019.circ:68
    maladie_lien_etabli_ulterieurement: bool | None = Field(
        default=None,
        alias='maladie.lien_établi_ultérieurement',
        title=(
            "Maladie déjà constatée dont le lien avec l'activité professionnelle est établi par "
            'un certificat médical ultérieur'
        ),
    )
    # circulars/citis_2019.circ:70
    maladie_date_certificat_lien: datetime.date | None = Field(
        default=None,
        alias='maladie.date_certificat_lien',
        title=(
            "Date du certificat médical établissant le lien entre la maladie et l'activité "
            'professionnelle'
        ),
    )
    # circulars/citis_2019.circ:72
    maladie_conditions_tableau: bool | None = Field(
        default=None,
        alias='maladie.conditions_tableau',
        title=(
            'La maladie figure à un tableau du code de la sécurité sociale et en remplit toutes '
            'les conditions'
        ),
    )
    # circulars/citis_2019.circ:75
    maladie_causee_par_activite: bool | None = Field(
        default=None,
        alias='maladie.causée_par_activité',
        title="La maladie est essentiellement et directement causée par l'activité professionnelle",
    )
    # circulars/citis_2019.circ:77
    maladie_taux_incapacite: Annotated[Decimal, Field(ge=0, le=100)] | None = Field(
        default=None,
        alias='maladie.taux_incapacité',
        title="Taux d'incapacité permanente (fixé par la commission de réforme)",
    )
    # circulars/citis_2019.circ:79
    maladie_examens_prescrits: bool | None = Field(
        default=None,
        alias='maladie.examens_prescrits',
        title='Le tableau de la maladie prescrit des examens médicaux complémentaires',
    )
    # circulars/citis_2019.circ:81
    rechute_date_constatation: datetime.date | None = Field(
        default=None,
        alias='rechute.date_constatation',
        title='Date de la constatation médicale de la rechute',
    )
    # circulars/citis_2019.circ:83
    certificat_date_etablissement: datetime.date | None = Field(
        default=None,
        alias='certificat.date_établissement',
        title="Date d'établissement du certificat médical initial",
    )
    # circulars/citis_2019.circ:85
    dossier_date_complet: datetime.date | None = Field(
        default=None,
        alias='dossier.date_complet',
        title=(
            "Date de réception du dossier complet par l'administration (ou par la caisse "
            "d'assurance maladie)"
        ),
    )
    # circulars/citis_2019.circ:87
    instruction_complementaire: bool | None = Field(
        default=None,
        alias='instruction.complémentaire',
        title=(
            'Examen par un médecin expert, enquête administrative ou saisine de la commission de '
            'réforme'
        ),
    )
    # circulars/citis_2019.circ:358
    dossier_pieces_fournies: frozenset[
        Literal[
            'déclaration_accident',
            'déclaration_maladie',
            'certificat_médical',
            'arrêt_de_travail',
            'volets_caisse',
            'écrit_circonstances',
            'emploi_du_temps_contractuel',
            'plan_trajet',
            'ordre_mission',
            'attestation_horaire',
            'photographies',
            'témoignages',
            'constat_amiable',
            'rapport_police',
            'prise_en_charge_secours',
            'rapport_transporteur',
            'documents_médicaux',
            'examens_tableau',
            'fiche_de_poste',
            'fiche_exposition',
            'liste_professions',
        ]
    ] | None = Field(
        default=None, alias='dossier.pièces_fournies', title='Pièces déjà fournies par le demandeur'
    )

    french_fields: ClassVar[dict[str, str]] = {
        'agent.contrat_durée': 'number',
        'agent_contrat_duree': 'number',
        'agent.temps_complet': 'boolean',
        'agent_temps_complet': 'boolean',
        'arrêt.date_établissement': 'date',
        'arret_date_etablissement': 'date',
        'arrêt.date_transmission': 'date',
        'arret_date_transmission': 'date',
        'demande.date_dépôt': 'date',
        'demande_date_depot': 'date',
        'déclaration.avec_arrêt': 'boolean',
        'declaration_avec_arret': 'boolean',
        'demande.citis': 'boolean',
        'demande_citis': 'boolean',
        'accident.date': 'date',
        'accident_date': 'date',
        'accident.lésion_décelée_tardivement': 'boolean',
        'accident_lesion_decelee_tardivement': 'boolean',
        'accident.date_constatation_médicale': 'date',
        'accident_date_constatation_medicale': 'date',
        'accident.acte_terroriste': 'boolean',
        'accident_acte_terroriste': 'boolean',
        'déclaration.force_majeure': 'boolean',
        'declaration_force_majeure': 'boolean',
        'accident.temps_et_lieu_de_service': 'boolean',
        'accident_temps_et_lieu_de_service': 'boolean',
        'accident.faute_personnelle': 'boolean',
        'accident_faute_personnelle': 'boolean',
        'accident.en_télétravail': 'boolean',
        'accident_en_teletravail': 'boolean',
        'accident.télétravail_heures_et_fonctions': 'boolean',
        'accident_teletravail_heures_et_fonctions': 'boolean',
        'accident.en_mission': 'boolean',
        'accident_en_mission': 'boolean',
        'accident.circulation_routière': 'boolean',
        'accident_circulation_routiere': 'boolean',
        'trajet.parcours_normal': 'boolean',
        'trajet_parcours_normal': 'boolean',
        'trajet.durée_normale': 'boolean',
        'trajet_duree_normale': 'boolean',
        'trajet.détour': 'boolean',
        'trajet_detour': 'boolean',
        'trajet.détour_vie_courante': 'boolean',
        'trajet_detour_vie_courante': 'boolean',
        'maladie.date_première_constatation': 'date',
        'maladie_date_premiere_constatation': 'date',
        'maladie.lien_établi_ultérieurement': 'boolean',
        'maladie_lien_etabli_ulterieurement': 'boolean',
        'maladie.date_certificat_lien': 'date',
        'maladie_date_certificat_lien': 'date',
        'maladie.conditions_tableau': 'boolean',
        'maladie_conditions_tableau': 'boolean',
        'maladie.causée_par_activité': 'boolean',
        'maladie_causee_par_activite': 'boolean',
        'maladie.taux_incapacité': 'number',
        'maladie_taux_incapacite': 'number',
        'maladie.examens_prescrits': 'boolean',
        'maladie_examens_prescrits': 'boolean',
        'rechute.date_constatation': 'date',
        'rechute_date_constatation': 'date',
        'certificat.date_établissement': 'date',
        'certificat_date_etablissement': 'date',
        'dossier.date_complet': 'date',
        'dossier_date_complet': 'date',
        'instruction.complémentaire': 'boolean',
        'instruction_complementaire': 'boolean',
    }
    fact_units: ClassVar[dict[str, str]] = {
        'agent.contrat_durée': 'mois',
        'agent_contrat_duree': 'mois',
        'maladie.taux_incapacité': 'pourcentage',
        'maladie_taux_incapacite': 'pourcentage',
    }


_FACT_NAMES = frozenset(_FACT_ORDER)
_READ_AGENT_STATUT = rt.plain_reader(Facts, 'agent.statut')
_READ_AGENT_CATEGORIE_PERSONNEL = rt.plain_reader(Facts, 'agent.catégorie_personnel')
_READ_AGENT_AFFECTATION_SUPERIEUR = rt.plain_reader(Facts, 'agent.affectation_supérieur')
_READ_AGENT_DEPARTEMENT = rt.plain_reader(Facts, 'agent.département')
_READ_AGENT_POSITION = rt.plain_reader(Facts, 'agent.position')
_READ_AGENT_CONTRAT = rt.plain_reader(Facts, 'agent.contrat')
_READ_AGENT_CONTRAT_DUREE = rt.plain_reader(Facts, 'agent.contrat_durée')
_READ_AGENT_TEMPS_COMPLET = rt.plain_reader(Facts, 'agent.temps_complet')
_READ_ARRET_DATE_ETABLISSEMENT = rt.plain_reader(Facts, 'arrêt.date_établissement')
_READ_ARRET_DATE_TRANSMISSION = rt.plain_reader(Facts, 'arrêt.date_transmission')
_READ_DEMANDE_DATE_DEPOT = rt.plain_reader(Facts, 'demande.date_dépôt')
_READ_DECLARATION_NATURE = rt.plain_reader(Facts, 'déclaration.nature')
_READ_DECLARATION_AVEC_ARRET = rt.plain_reader(Facts, 'déclaration.avec_arrêt')
_READ_DEMANDE_CITIS = rt.plain_reader(Facts, 'demande.citis')
_READ_ACCIDENT_DATE = rt.plain_reader(Facts, 'accident.date')
_READ_ACCIDENT_LESION_DECELEE_TARDIVEMENT = rt.plain_reader(
    Facts, 'accident.lésion_décelée_tardivement'
)
_READ_ACCIDENT_DATE_CONSTATATION_MEDICALE = rt.plain_reader(
    Facts, 'accident.date_constatation_médicale'
)
_READ_ACCIDENT_ACTE_TERRORISTE = rt.plain_reader(Facts, 'accident.acte_terroriste')
_READ_DECLARATION_FORCE_MAJEURE = rt.plain_reader(Facts, 'déclaration.force_majeure')
_READ_ACCIDENT_TEMPS_ET_LIEU_DE_SERVICE = rt.plain_reader(
    Facts, 'accident.temps_et_lieu_de_service'
)
_READ_ACCIDENT_FAUTE_PERSONNELLE = rt.plain_reader(Facts, 'accident.faute_personnelle')
_READ_ACCIDENT_EN_TELETRAVAIL = rt.plain_reader(Facts, 'accident.en_télétravail')
_READ_ACCIDENT_TELETRAVAIL_HEURES_ET_FONCTIONS = rt.plain_reader(
    Facts, 'accident.télétravail_heures_et_fonctions'
)
_READ_ACCIDENT_EN_MISSION = rt.plain_reader(Facts, 'accident.en_mission')
_READ_ACCIDENT_CIRCULATION_ROUTIERE = rt.plain_reader(Facts, 'accident.circulation_routière')
_READ_TRAJET_PARCOURS_NORMAL = rt.plain_reader(Facts, 'trajet.parcours_normal')
_READ_TRAJET_DUREE_NORMALE = rt.plain_reader(Facts, 'trajet.durée_normale')
_READ_TRAJET_DETOUR = rt.plain_reader(Facts, 'trajet.détour')
_READ_TRAJET_DETOUR_VIE_COURANTE = rt.plain_reader(Facts, 'trajet.détour_vie_courante')
_READ_MALADIE_DATE_PREMIERE_CONSTATATION = rt.plain_reader(
    Facts, 'maladie.date_première_constatation'
)
_READ_MALADIE_LIEN_ETABLI_ULTERIEUREMENT = rt.plain_reader(
    Facts, 'maladie.lien_établi_ultérieurement'
)
_READ_MALADIE_DATE_CERTIFICAT_LIEN = rt.plain_reader(Facts, 'maladie.date_certificat_lien')
_READ_MALADIE_CONDITIONS_TABLEAU = rt.plain_reader(Facts, 'maladie.conditions_tableau')
_READ_MALADIE_CAUSEE_PAR_ACTIVITE = rt.plain_reader(Facts, 'maladie.causée_par_activité')
_READ_MALADIE_TAUX_INCAPACITE = rt.plain_reader(Facts, 'maladie.taux_incapacité')
_READ_MALADIE_EXAMENS_PRESCRITS = rt.plain_reader(Facts, 'maladie.examens_prescrits')
_READ_RECHUTE_DATE_CONSTATATION = rt.plain_reader(Facts, 'rechute.date_constatation')
_READ_CERTIFICAT_DATE_ETABLISSEMENT = rt.plain_reader(Facts, 'certificat.date_établissement')
_READ_DOSSIER_DATE_COMPLET = rt.plain_reader(Facts, 'dossier.date_complet')
_READ_INSTRUCTION_COMPLEMENTAIRE = rt.plain_reader(Facts, 'instruction.complémentaire')
_READ_DOSSIER_PIECES_FOURNIES = rt.plain_reader(Facts, 'dossier.pièces_fournies')


def _read_situation(situation: Facts | Mapping[str, Any]) -> tuple[
    Literal['titulaire', 'stagiaire', 'contractuel'] | None,
    Literal[
        'enseignant_premier_degré_public',
        'enseignant_second_degré_public',
        'enseignant_premier_degré_privé',
        'enseignant_second_degré_privé',
        'encadrement',
        'atss',
        'aed',
        'aesh',
        'autre_personnel',
    ] | None,
    Literal['aucune', 'université', 'crous'] | None,
    Literal['d04', 'd05', 'd13', 'd84'] | None,
    Literal[
        'activité',
        'mise_à_disposition',
        'détachement',
        'disponibilité_office_santé',
        'disponibilité',
        'congé_parental',
        'autre_position',
    ] | None,
    Literal['cdi', 'cdd'] | None,
    Annotated[int, Field(ge=0, le=120)] | None,
    bool | None,
    datetime.date | None,
    datetime.date | None,
    datetime.date | None,
    Literal['accident_service', 'accident_trajet', 'maladie_professionnelle', 'rechute'] | None,
    bool | None,
    bool | None,
    datetime.date | None,
    bool | None,
    datetime.date | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    datetime.date | None,
    bool | None,
    datetime.date | None,
    bool | None,
    bool | None,
    Annotated[Decimal, Field(ge=0, le=100)] | None,
    bool | None,
    datetime.date | None,
    datetime.date | None,
    datetime.date | None,
    bool | None,
    frozenset[
        Literal[
            'déclaration_accident',
            'déclaration_maladie',
            'certificat_médical',
            'arrêt_de_travail',
            'volets_caisse',
            'écrit_circonstances',
            'emploi_du_temps_contractuel',
            'plan_trajet',
            'ordre_mission',
            'attestation_horaire',
            'photographies',
            'témoignages',
            'constat_amiable',
            'rapport_police',
            'prise_en_charge_secours',
            'rapport_transporteur',
            'documents_médicaux',
            'examens_tableau',
            'fiche_de_poste',
            'fiche_exposition',
            'liste_professions',
        ]
    ] | None,
]:
    """The value of each fact, in the order of the Facts model (None: unknown): a dictionary of
    facts' names is read here, with the readers of rt.validate (bounds included); any other
    situation, or a value those readers leave, goes through rt.validate, which says in French
    what is wrong."""
    if type(situation) is dict and situation.keys() <= _FACT_NAMES:
        try:
            agent_statut = situation.get('agent.statut')
            if agent_statut is not None:
                agent_statut = _READ_AGENT_STATUT(agent_statut)
            agent_categorie_personnel = situation.get('agent.catégorie_personnel')
            if agent_categorie_personnel is not None:
                agent_categorie_personnel = (
                    _READ_AGENT_CATEGORIE_PERSONNEL(agent_categorie_personnel)
                )
            agent_affectation_superieur = situation.get('agent.affectation_supérieur')
            if agent_affectation_superieur is not None:
                agent_affectation_superieur = (
                    _READ_AGENT_AFFECTATION_SUPERIEUR(agent_affectation_superieur)
                )
            agent_departement = situation.get('agent.département')
            if agent_departement is not None:
                agent_departement = _READ_AGENT_DEPARTEMENT(agent_departement)
            agent_position = situation.get('agent.position')
            if agent_position is not None:
                agent_position = _READ_AGENT_POSITION(agent_position)
            agent_contrat = situation.get('agent.contrat')
            if agent_contrat is not None:
                agent_contrat = _READ_AGENT_CONTRAT(agent_contrat)
            agent_contrat_duree = situation.get('agent.contrat_durée')
            if agent_contrat_duree is not None:
                agent_contrat_duree = _READ_AGENT_CONTRAT_DUREE(agent_contrat_duree)
            agent_temps_complet = situation.get('agent.temps_complet')
            if agent_temps_complet is not None and type(agent_temps_complet) is not bool:
                agent_temps_complet = _READ_AGENT_TEMPS_COMPLET(agent_temps_complet)
            arret_date_etablissement = situation.get('arrêt.date_établissement')
            if arret_date_etablissement is not None:
                arret_date_etablissement = _READ_ARRET_DATE_ETABLISSEMENT(arret_date_etablissement)
            arret_date_transmission = situation.get('arrêt.date_transmission')
            if arret_date_transmission is not None:
                arret_date_transmission = _READ_ARRET_DATE_TRANSMISSION(arret_date_transmission)
            demande_date_depot = situation.get('demande.date_dépôt')
            if demande_date_depot is not None:
                demande_date_depot = _READ_DEMANDE_DATE_DEPOT(demande_date_depot)
            declaration_nature = situation.get('déclaration.nature')
            if declaration_nature is not None:
                declaration_nature = _READ_DECLARATION_NATURE(declaration_nature)
            declaration_avec_arret = situation.get('déclaration.avec_arrêt')
            if declaration_avec_arret is not None and type(declaration_avec_arret) is not bool:
                declaration_avec_arret = _READ_DECLARATION_AVEC_ARRET(declaration_avec_arret)
            demande_citis = situation.get('demande.citis')
            if demande_citis is not None and type(demande_citis) is not bool:
                demande_citis = _READ_DEMANDE_CITIS(demande_citis)
            accident_date = situation.get('accident.date')
            if accident_date is not None:
                accident_date = _READ_ACCIDENT_DATE(accident_date)
            accident_lesion_decelee_tardivement = situation.get(
                'accident.lésion_décelée_tardivement'
            )
            if (
                accident_lesion_decelee_tardivement is not None
                and type(accident_lesion_decelee_tardivement) is not bool
            ):
                accident_lesion_decelee_tardivement = (
                    _READ_ACCIDENT_LESION_DECELEE_TARDIVEMENT(accident_lesion_decelee_tardivement)
                )
            accident_date_constatation_medicale = situation.get(
                'accident.date_constatation_médicale'
            )
            if accident_date_constatation_medicale is not None:
                accident_date_constatation_medicale = (
                    _READ_ACCIDENT_DATE_CONSTATATION_MEDICALE(accident_date_constatation_medicale)
                )
            accident_acte_terroriste = situation.get('accident.acte_terroriste')
            if accident_acte_terroriste is not None and type(accident_acte_terroriste) is not bool:
                accident_acte_terroriste = _READ_ACCIDENT_ACTE_TERRORISTE(accident_acte_terroriste)
            declaration_force_majeure = situation.get('déclaration.force_majeure')
            if (
                declaration_force_majeure is not None
                and type(declaration_force_majeure) is not bool
            ):
                declaration_force_majeure = (
                    _READ_DECLARATION_FORCE_MAJEURE(declaration_force_majeure)
                )
            accident_temps_et_lieu_de_service = situation.get('accident.temps_et_lieu_de_service')
            if (
                accident_temps_et_lieu_de_service is not None
                and type(accident_temps_et_lieu_de_service) is not bool
            ):
                accident_temps_et_lieu_de_service = (
                    _READ_ACCIDENT_TEMPS_ET_LIEU_DE_SERVICE(accident_temps_et_lieu_de_service)
                )
            accident_faute_personnelle = situation.get('accident.faute_personnelle')
            if (
                accident_faute_personnelle is not None
                and type(accident_faute_personnelle) is not bool
            ):
                accident_faute_personnelle = (
                    _READ_ACCIDENT_FAUTE_PERSONNELLE(accident_faute_personnelle)
                )
            accident_en_teletravail = situation.get('accident.en_télétravail')
            if accident_en_teletravail is not None and type(accident_en_teletravail) is not bool:
                accident_en_teletravail = _READ_ACCIDENT_EN_TELETRAVAIL(accident_en_teletravail)
            accident_teletravail_heures_et_fonctions = situation.get(
                'accident.télétravail_heures_et_fonctions'
            )
            if (
                accident_teletravail_heures_et_fonctions is not None
                and type(accident_teletravail_heures_et_fonctions) is not bool
            ):
                accident_teletravail_heures_et_fonctions = (
                    _READ_ACCIDENT_TELETRAVAIL_HEURES_ET_FONCTIONS(
                        accident_teletravail_heures_et_fonctions
                    )
                )
            accident_en_mission = situation.get('accident.en_mission')
            if accident_en_mission is not None and type(accident_en_mission) is not bool:
                accident_en_mission = _READ_ACCIDENT_EN_MISSION(accident_en_mission)
            accident_circulation_routiere = situation.get('accident.circulation_routière')
            if (
                accident_circulation_routiere is not None
                and type(accident_circulation_routiere) is not bool
            ):
                accident_circulation_routiere = (
                    _READ_ACCIDENT_CIRCULATION_ROUTIERE(accident_circulation_routiere)
                )
            trajet_parcours_normal = situation.get('trajet.parcours_normal')
            if trajet_parcours_normal is not None and type(trajet_parcours_normal) is not bool:
                trajet_parcours_normal = _READ_TRAJET_PARCOURS_NORMAL(trajet_parcours_normal)
            trajet_duree_normale = situation.get('trajet.durée_normale')
            if trajet_duree_normale is not None and type(trajet_duree_normale) is not bool:
                trajet_duree_normale = _READ_TRAJET_DUREE_NORMALE(trajet_duree_normale)
            trajet_detour = situation.get('trajet.détour')
            if trajet_detour is not None and type(trajet_detour) is not bool:
                trajet_detour = _READ_TRAJET_DETOUR(trajet_detour)
            trajet_detour_vie_courante = situation.get('trajet.détour_vie_courante')
            if (
                trajet_detour_vie_courante is not None
                and type(trajet_detour_vie_courante) is not bool
            ):
                trajet_detour_vie_courante = (
                    _READ_TRAJET_DETOUR_VIE_COURANTE(trajet_detour_vie_courante)
                )
            maladie_date_premiere_constatation = situation.get('maladie.date_première_constatation')
            if maladie_date_premiere_constatation is not None:
                maladie_date_premiere_constatation = (
                    _READ_MALADIE_DATE_PREMIERE_CONSTATATION(maladie_date_premiere_constatation)
                )
            maladie_lien_etabli_ulterieurement = situation.get('maladie.lien_établi_ultérieurement')
            if (
                maladie_lien_etabli_ulterieurement is not None
                and type(maladie_lien_etabli_ulterieurement) is not bool
            ):
                maladie_lien_etabli_ulterieurement = (
                    _READ_MALADIE_LIEN_ETABLI_ULTERIEUREMENT(maladie_lien_etabli_ulterieurement)
                )
            maladie_date_certificat_lien = situation.get('maladie.date_certificat_lien')
            if maladie_date_certificat_lien is not None:
                maladie_date_certificat_lien = (
                    _READ_MALADIE_DATE_CERTIFICAT_LIEN(maladie_date_certificat_lien)
                )
            maladie_conditions_tableau = situation.get('maladie.conditions_tableau')
            if (
                maladie_conditions_tableau is not None
                and type(maladie_conditions_tableau) is not bool
            ):
                maladie_conditions_tableau = (
                    _READ_MALADIE_CONDITIONS_TABLEAU(maladie_conditions_tableau)
                )
            maladie_causee_par_activite = situation.get('maladie.causée_par_activité')
            if (
                maladie_causee_par_activite is not None
                and type(maladie_causee_par_activite) is not bool
            ):
                maladie_causee_par_activite = (
                    _READ_MALADIE_CAUSEE_PAR_ACTIVITE(maladie_causee_par_activite)
                )
            maladie_taux_incapacite = situation.get('maladie.taux_incapacité')
            if maladie_taux_incapacite is not None:
                maladie_taux_incapacite = _READ_MALADIE_TAUX_INCAPACITE(maladie_taux_incapacite)
            maladie_examens_prescrits = situation.get('maladie.examens_prescrits')
            if (
                maladie_examens_prescrits is not None
                and type(maladie_examens_prescrits) is not bool
            ):
                maladie_examens_prescrits = (
                    _READ_MALADIE_EXAMENS_PRESCRITS(maladie_examens_prescrits)
                )
            rechute_date_constatation = situation.get('rechute.date_constatation')
            if rechute_date_constatation is not None:
                rechute_date_constatation = (
                    _READ_RECHUTE_DATE_CONSTATATION(rechute_date_constatation)
                )
            certificat_date_etablissement = situation.get('certificat.date_établissement')
            if certificat_date_etablissement is not None:
                certificat_date_etablissement = (
                    _READ_CERTIFICAT_DATE_ETABLISSEMENT(certificat_date_etablissement)
                )
            dossier_date_complet = situation.get('dossier.date_complet')
            if dossier_date_complet is not None:
                dossier_date_complet = _READ_DOSSIER_DATE_COMPLET(dossier_date_complet)
            instruction_complementaire = situation.get('instruction.complémentaire')
            if (
                instruction_complementaire is not None
                and type(instruction_complementaire) is not bool
            ):
                instruction_complementaire = (
                    _READ_INSTRUCTION_COMPLEMENTAIRE(instruction_complementaire)
                )
            dossier_pieces_fournies = situation.get('dossier.pièces_fournies')
            if dossier_pieces_fournies is not None:
                dossier_pieces_fournies = _READ_DOSSIER_PIECES_FOURNIES(dossier_pieces_fournies)
            return (
                agent_statut,
                agent_categorie_personnel,
                agent_affectation_superieur,
                agent_departement,
                agent_position,
                agent_contrat,
                agent_contrat_duree,
                agent_temps_complet,
                arret_date_etablissement,
                arret_date_transmission,
                demande_date_depot,
                declaration_nature,
                declaration_avec_arret,
                demande_citis,
                accident_date,
                accident_lesion_decelee_tardivement,
                accident_date_constatation_medicale,
                accident_acte_terroriste,
                declaration_force_majeure,
                accident_temps_et_lieu_de_service,
                accident_faute_personnelle,
                accident_en_teletravail,
                accident_teletravail_heures_et_fonctions,
                accident_en_mission,
                accident_circulation_routiere,
                trajet_parcours_normal,
                trajet_duree_normale,
                trajet_detour,
                trajet_detour_vie_courante,
                maladie_date_premiere_constatation,
                maladie_lien_etabli_ulterieurement,
                maladie_date_certificat_lien,
                maladie_conditions_tableau,
                maladie_causee_par_activite,
                maladie_taux_incapacite,
                maladie_examens_prescrits,
                rechute_date_constatation,
                certificat_date_etablissement,
                dossier_date_complet,
                instruction_complementaire,
                dossier_pieces_fournies,
            )
        except rt.PlainReadingError:
            pass  # read again below, by rt.validate
    facts = rt.validate(Facts, situation)
    return (
        facts.agent_statut,
        facts.agent_categorie_personnel,
        facts.agent_affectation_superieur,
        facts.agent_departement,
        facts.agent_position,
        facts.agent_contrat,
        facts.agent_contrat_duree,
        facts.agent_temps_complet,
        facts.arret_date_etablissement,
        facts.arret_date_transmission,
        facts.demande_date_depot,
        facts.declaration_nature,
        facts.declaration_avec_arret,
        facts.demande_citis,
        facts.accident_date,
        facts.accident_lesion_decelee_tardivement,
        facts.accident_date_constatation_medicale,
        facts.accident_acte_terroriste,
        facts.declaration_force_majeure,
        facts.accident_temps_et_lieu_de_service,
        facts.accident_faute_personnelle,
        facts.accident_en_teletravail,
        facts.accident_teletravail_heures_et_fonctions,
        facts.accident_en_mission,
        facts.accident_circulation_routiere,
        facts.trajet_parcours_normal,
        facts.trajet_duree_normale,
        facts.trajet_detour,
        facts.trajet_detour_vie_courante,
        facts.maladie_date_premiere_constatation,
        facts.maladie_lien_etabli_ulterieurement,
        facts.maladie_date_certificat_lien,
        facts.maladie_conditions_tableau,
        facts.maladie_causee_par_activite,
        facts.maladie_taux_incapacite,
        facts.maladie_examens_prescrits,
        facts.rechute_date_constatation,
        facts.certificat_date_etablissement,
        facts.dossier_date_complet,
        facts.instruction_complementaire,
        facts.dossier_pieces_fournies,
    )


@lru_cache(maxsize=4096)
def _documents(
    orientation_remise: Any,
    contrat_long: bool | None,
    condition_1: bool | None,
    orientation_service_competent: Any,
    condition_2: bool | None,
    condition_3: bool | None,
    declaration_avec_arret: bool | None,
    condition_4: bool | None,
    condition_5: bool | None,
    condition_6: bool | None,
    condition_7: bool | None,
    condition_8: bool | None,
    condition_9: bool | None,
) -> tuple[tuple[rt.ChecklistItem, ...], tuple[rt.SubmissionInfo, ...]]:
    """The checklist and the submissions: they depend only on these conditions and recipients."""
    # a way of sending in 2 lists of ways of sending
    way_1 = rt.routed(
        'main propre',
        False,
        (),
        (orientation_remise,),
        (
            (
                'selon destinataire de la déclaration selon la catégorie de personnel et le '
                'contrat (annexe 4)'
            ),
        ),
        True,
        None,
        (),
    )
    # the ways of sending of 16 documents
    deliveries_1 = rt.deliveries(way_1)
    # the ways of sending of 2 documents
    deliveries_2 = rt.deliveries(
        rt.routed(
            'main propre',
            True,
            (),
            (orientation_remise,),
            (
                (
                    'selon destinataire de la déclaration selon la catégorie de personnel et le '
                    'contrat (annexe 4)'
                ),
            ),
            True,
            None,
            (),
        )
    )
    checklist: list[rt.ChecklistItem] = []
    condition: bool | None = condition_2
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_DECLARATION_ACCIDENT,
                'à fournir' if condition else 'à fournir si …',
                None if condition else (
                    'contrat_long et déclaration.nature dans {accident_service, accident_trajet, '
                    'rechute}'
                ),
                deliveries_1,
            )
        )
    condition = condition_3
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_DECLARATION_MALADIE,
                'à fournir' if condition else 'à fournir si …',
                None if condition else (
                    'contrat_long et déclaration.nature = maladie_professionnelle'
                ),
                deliveries_1,
            )
        )
    condition = contrat_long
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_CERTIFICAT_MEDICAL,
                'à fournir' if condition else 'à fournir si …',
                None if condition else 'contrat_long',
                deliveries_1,
            )
        )
    condition = declaration_avec_arret
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_ARRET_DE_TRAVAIL,
                'à fournir' if condition else 'à fournir si …',
                None if condition else 'déclaration.avec_arrêt',
                rt.deliveries(
                    rt.routed(
                        'main propre',
                        False,
                        (_SERVICE_SUPERIEUR_HIERARCHIQUE,),
                        (),
                        (),
                        contrat_long,
                        'contrat_long',
                        (),
                    ),
                    rt.routed(
                        'voie postale',
                        False,
                        (_SERVICE_CPAM,),
                        (),
                        (),
                        condition_1,
                        'non contrat_long',
                        (),
                    ),
                ),
            )
        )
    condition = condition_1
    if condition is True:
        checklist.append(_DOC_VOLETS_CAISSE)
    elif condition is None:
        checklist.append(_DOC_VOLETS_CAISSE_IF)
    condition = condition_1
    if condition is True:
        checklist.append(_DOC_ECRIT_CIRCONSTANCES)
    elif condition is None:
        checklist.append(_DOC_ECRIT_CIRCONSTANCES_IF)
    condition = condition_4
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_EMPLOI_DU_TEMPS_CONTRACTUEL,
                'à fournir' if condition else 'à fournir si …',
                None if condition else 'agent.statut = contractuel et contrat_long',
                deliveries_1,
            )
        )
    condition = condition_5
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_PLAN_TRAJET,
                'à fournir' if condition else 'à fournir si …',
                None if condition else 'contrat_long et déclaration.nature = accident_trajet',
                deliveries_1,
            )
        )
    condition = condition_6
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_ORDRE_MISSION,
                'facultative' if condition else 'facultative si …',
                None if condition else (
                    'contrat_long et déclaration.nature dans {accident_service, accident_trajet} '
                    'et accident.en_mission'
                ),
                deliveries_1,
            )
        )
    condition = condition_7
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_ATTESTATION_HORAIRE,
                'facultative' if condition else 'facultative si …',
                None if condition else (
                    'contrat_long et déclaration.nature dans {accident_service, accident_trajet}'
                ),
                deliveries_1,
            )
        )
    condition = contrat_long
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_PHOTOGRAPHIES,
                'facultative' if condition else 'facultative si …',
                None if condition else 'contrat_long',
                deliveries_1,
            )
        )
    condition = contrat_long
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_TEMOIGNAGES,
                'facultative' if condition else 'facultative si …',
                None if condition else 'contrat_long',
                deliveries_1,
            )
        )
    condition = condition_8
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_CONSTAT_AMIABLE,
                'facultative' if condition else 'facultative si …',
                None if condition else (
                    'contrat_long et déclaration.nature dans {accident_service, accident_trajet} '
                    'et accident.circulation_routière'
                ),
                deliveries_1,
            )
        )
    condition = condition_7
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_RAPPORT_POLICE,
                'facultative' if condition else 'facultative si …',
                None if condition else (
                    'contrat_long et déclaration.nature dans {accident_service, accident_trajet}'
                ),
                deliveries_1,
            )
        )
    condition = condition_7
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_PRISE_EN_CHARGE_SECOURS,
                'facultative' if condition else 'facultative si …',
                None if condition else (
                    'contrat_long et déclaration.nature dans {accident_service, accident_trajet}'
                ),
                deliveries_1,
            )
        )
    condition = condition_5
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_RAPPORT_TRANSPORTEUR,
                'facultative' if condition else 'facultative si …',
                None if condition else 'contrat_long et déclaration.nature = accident_trajet',
                deliveries_1,
            )
        )
    condition = contrat_long
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_DOCUMENTS_MEDICAUX,
                'facultative' if condition else 'facultative si …',
                None if condition else 'contrat_long',
                deliveries_2,
            )
        )
    condition = condition_9
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_EXAMENS_TABLEAU,
                'à fournir' if condition else 'à fournir si …',
                None if condition else (
                    'contrat_long et déclaration.nature = maladie_professionnelle et '
                    'maladie.examens_prescrits'
                ),
                deliveries_2,
            )
        )
    condition = condition_3
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_FICHE_DE_POSTE,
                'facultative' if condition else 'facultative si …',
                None if condition else (
                    'contrat_long et déclaration.nature = maladie_professionnelle'
                ),
                deliveries_1,
            )
        )
    condition = condition_3
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_FICHE_EXPOSITION,
                'facultative' if condition else 'facultative si …',
                None if condition else (
                    'contrat_long et déclaration.nature = maladie_professionnelle'
                ),
                deliveries_1,
            )
        )
    condition = condition_3
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_LISTE_PROFESSIONS,
                'facultative' if condition else 'facultative si …',
                None if condition else (
                    'contrat_long et déclaration.nature = maladie_professionnelle'
                ),
                deliveries_1,
            )
        )
    return tuple(checklist), (
        rt.submission(
            _SUBMISSION,
            rt.deliveries(
                way_1,
                rt.routed(
                    'voie postale',
                    False,
                    (),
                    (orientation_service_competent,),
                    (
                        (
                            'selon destinataire de la déclaration selon la catégorie de personnel '
                            'et le contrat (annexe 4)'
                        ),
                    ),
                    True,
                    None,
                    (),
                ),
            ),
        ),
    )


def evaluate(situation: Facts | Mapping[str, Any]) -> rt.Decision:
    """Evaluate one situation; raise rt.SituationError (French, per field) if it is invalid."""
    (
        agent_statut,
        agent_categorie_personnel,
        agent_affectation_superieur,
        agent_departement,
        agent_position,
        agent_contrat,
        agent_contrat_duree,
        agent_temps_complet,
        arret_date_etablissement,
        arret_date_transmission,
        demande_date_depot,
        declaration_nature,
        declaration_avec_arret,
        demande_citis,
        accident_date,
        accident_lesion_decelee_tardivement,
        accident_date_constatation_medicale,
        accident_acte_terroriste,
        declaration_force_majeure,
        accident_temps_et_lieu_de_service,
        accident_faute_personnelle,
        accident_en_teletravail,
        accident_teletravail_heures_et_fonctions,
        accident_en_mission,
        accident_circulation_routiere,
        trajet_parcours_normal,
        trajet_duree_normale,
        trajet_detour,
        trajet_detour_vie_courante,
        maladie_date_premiere_constatation,
        maladie_lien_etabli_ulterieurement,
        maladie_date_certificat_lien,
        maladie_conditions_tableau,
        maladie_causee_par_activite,
        maladie_taux_incapacite,
        maladie_examens_prescrits,
        rechute_date_constatation,
        certificat_date_etablissement,
        dossier_date_complet,
        instruction_complementaire,
        dossier_pieces_fournies,
    ) = _read_situation(situation)
    # circulars/citis_2019.circ:90 valeur contrat_long
    contrat_long = rt.or3(
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
        rt.and3(
            agent_temps_complet,
            rt.or3(
                (None if agent_contrat is None else agent_contrat == 'cdi'),
                (None if agent_contrat_duree is None else agent_contrat_duree >= 12),
            ),
        ),
    )
    # circulars/citis_2019.circ:139 table orientation
    orientation_matches = (
        rt.all3(
            (
                None
                if agent_categorie_personnel is None
                else agent_categorie_personnel in _AGENT_CATEGORIE_PERSONNEL_VALUES
            ),
            contrat_long,
            (
                None
                if agent_affectation_superieur is None
                else agent_affectation_superieur == 'aucune'
            ),
        ),
        rt.all3(
            (
                None
                if agent_categorie_personnel is None
                else agent_categorie_personnel in _AGENT_CATEGORIE_PERSONNEL_VALUES
            ),
            contrat_long,
            (
                None
                if agent_affectation_superieur is None
                else agent_affectation_superieur in _AGENT_AFFECTATION_SUPERIEUR_VALUES
            ),
        ),
        rt.and3(
            (
                None
                if agent_categorie_personnel is None
                else agent_categorie_personnel == 'enseignant_premier_degré_public'
            ),
            contrat_long,
        ),
        rt.all3(
            (None if agent_categorie_personnel is None else agent_categorie_personnel == 'aed'),
            contrat_long,
            (None if agent_departement is None else agent_departement in _AGENT_DEPARTEMENT_VALUES),
        ),
        rt.all3(
            (None if agent_categorie_personnel is None else agent_categorie_personnel == 'aed'),
            contrat_long,
            (None if agent_departement is None else agent_departement == 'd13'),
        ),
        rt.all3(
            (None if agent_categorie_personnel is None else agent_categorie_personnel == 'aed'),
            contrat_long,
            (None if agent_departement is None else agent_departement == 'd84'),
        ),
        rt.and3(
            (None if agent_categorie_personnel is None else agent_categorie_personnel == 'aesh'),
            contrat_long,
        ),
        rt.all3(
            (None if agent_categorie_personnel is None else agent_categorie_personnel == 'aed'),
            (None if contrat_long is None else not contrat_long),
            (None if agent_departement is None else agent_departement == 'd13'),
        ),
        rt.all3(
            (None if agent_categorie_personnel is None else agent_categorie_personnel == 'aed'),
            (None if contrat_long is None else not contrat_long),
            (
                None
                if agent_departement is None
                else agent_departement not in _AGENT_DEPARTEMENT_VALUES_2
            ),
        ),
        rt.and3(
            (
                None
                if agent_categorie_personnel is None
                else agent_categorie_personnel not in _AGENT_CATEGORIE_PERSONNEL_VALUES_2
            ),
            (None if contrat_long is None else not contrat_long),
        ),
    )
    row = rt.lookup(orientation_matches, _ROWS_ORIENTATION, (None, None), 2)
    orientation_remise = row[0]
    orientation_service_competent = row[1]
    # circulars/citis_2019.circ:162 échéance quinze_jours_accident
    quinze_jours_accident = rt.shift_date(accident_date, 15, 'jours', 'après', None, False)
    # circulars/citis_2019.circ:166 échéance quinze_jours_constatation
    quinze_jours_constatation = rt.shift_date(
        accident_date_constatation_medicale, 15, 'jours', 'après', None, False
    )
    # circulars/citis_2019.circ:170 échéance deux_ans_accident
    deux_ans_accident = rt.shift_date(accident_date, 24, 'mois', 'après', 'dernier jour', False)
    # circulars/citis_2019.circ:174 échéance deux_ans_maladie
    deux_ans_maladie = rt.shift_date(
        maladie_date_premiere_constatation, 24, 'mois', 'après', 'dernier jour', False
    )
    # circulars/citis_2019.circ:178 échéance deux_ans_certificat_lien
    deux_ans_certificat_lien = rt.shift_date(
        maladie_date_certificat_lien, 24, 'mois', 'après', 'dernier jour', False
    )
    # circulars/citis_2019.circ:182 échéance un_mois_rechute
    un_mois_rechute = rt.shift_date(
        rechute_date_constatation, 1, 'mois', 'après', 'dernier jour', False
    )
    # circulars/citis_2019.circ:186 échéance arrêt_48h
    arret_48h = rt.shift_date(arret_date_etablissement, 2, 'jours ouvrables', 'après', None, False)
    # circulars/citis_2019.circ:190 échéance certificat_24h
    certificat_24h = rt.shift_date(accident_date, 1, 'jours', 'après', None, False)
    # circulars/citis_2019.circ:195 échéance décision_accident
    decision_accident = rt.shift_date(
        dossier_date_complet, 1, 'mois', 'après', 'dernier jour', False
    )
    # circulars/citis_2019.circ:199 échéance décision_accident_prolongée
    decision_accident_prolongee = rt.shift_date(
        dossier_date_complet, 4, 'mois', 'après', 'dernier jour', False
    )
    # circulars/citis_2019.circ:204 échéance décision_maladie
    decision_maladie = rt.shift_date(
        dossier_date_complet, 2, 'mois', 'après', 'dernier jour', False
    )
    # circulars/citis_2019.circ:208 échéance décision_maladie_prolongée
    decision_maladie_prolongee = rt.shift_date(
        dossier_date_complet, 5, 'mois', 'après', 'dernier jour', False
    )
    # circulars/citis_2019.circ:213 échéance décision_caisse
    decision_caisse = rt.shift_date(dossier_date_complet, 30, 'jours', 'après', None, False)
    # tested by 4 rules
    shared_1 = None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES
    # tested by 2 rules
    shared_2 = None if declaration_nature is None else declaration_nature == 'accident_trajet'
    # what the checklist and the submissions depend on
    condition_1 = None if contrat_long is None else not contrat_long
    condition_2 = rt.and3(
        contrat_long,
        (
            None
            if declaration_nature is None
            else declaration_nature in _DECLARATION_NATURE_VALUES_2
        ),
    )
    condition_3 = rt.and3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature == 'maladie_professionnelle'),
    )
    condition_4 = rt.and3(
        (None if agent_statut is None else agent_statut == 'contractuel'), contrat_long
    )
    condition_5 = rt.and3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature == 'accident_trajet'),
    )
    condition_6 = rt.all3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature in _DECLARATION_NATURE_VALUES),
        accident_en_mission,
    )
    condition_7 = rt.and3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature in _DECLARATION_NATURE_VALUES),
    )
    condition_8 = rt.all3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature in _DECLARATION_NATURE_VALUES),
        accident_circulation_routiere,
    )
    condition_9 = rt.all3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature == 'maladie_professionnelle'),
        maladie_examens_prescrits,
    )
    findings: list[rt.Finding] = []
    refused = undecided = warned = False
    satisfied: list[str] = []
    not_applicable: list[str] = []
    checklist, submissions = _documents(
        orientation_remise,
        contrat_long,
        condition_1,
        orientation_service_competent,
        condition_2,
        condition_3,
        declaration_avec_arret,
        condition_4,
        condition_5,
        condition_6,
        condition_7,
        condition_8,
        condition_9,
    )

    # circulars/citis_2019.circ:219 règle fonctionnaire_en_activité (bloquante)
    applies: bool | None = shared_1
    if applies is False:
        not_applicable.append('fonctionnaire_en_activité')
    else:
        holds: bool | None = None if agent_position is None else agent_position == 'activité'
        if holds is True:
            satisfied.append('fonctionnaire_en_activité')
        else:
            values: tuple[tuple[str, Any], ...] = (
                ('agent.statut', agent_statut), ('agent.position', agent_position)
            )
            if holds is False and applies is True:
                message = (
                    (
                        'Le CITIS est ouvert au fonctionnaire ou stagiaire en activité (position '
                        'déclarée : '
                    )
                    + rt.fmt_choice(agent_position, _LABELS_AGENT_POSITION)
                    + ').'
                )
                findings.append(
                    rt.Finding(
                        _RULE_FONCTIONNAIRE_EN_ACTIVITE,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        message,
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_FONCTIONNAIRE_EN_ACTIVITE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : CITIS : fonctionnaire ou stagiaire "
                            'en activité.'
                        ),
                        values,
                        missing=(('agent.statut',) if applies is None else ())
                        + (('agent.position',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/citis_2019.circ:227 règle citis_réservé (bloquante)
    applies = demande_citis
    if applies is False:
        not_applicable.append('citis_réservé')
    else:
        holds = shared_1
        if holds is True:
            satisfied.append('citis_réservé')
        else:
            values = (('demande.citis', demande_citis), ('agent.statut', agent_statut))
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_CITIS_RESERVE,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            "L'agent contractuel ne peut pas bénéficier d'un CITIS : déclarez "
                            "l'accident ou la maladie sans demander de CITIS ; si l'imputabilité "
                            'au service est reconnue, vous serez placé en accident de travail ou '
                            'en maladie professionnelle.'
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_CITIS_RESERVE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : CITIS : réservé au fonctionnaire "
                            "et au stagiaire, l'agent contractuel ne peut pas en bénéficier."
                        ),
                        values,
                        missing=(('demande.citis',) if applies is None else ())
                        + (('agent.statut',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/citis_2019.circ:234 règle contractuel_accident_travail (information)
    applies = None if agent_statut is None else agent_statut == 'contractuel'
    if applies is True:
        findings.append(_NOTICE_CONTRACTUEL_ACCIDENT_TRAVAIL)
    elif applies is False:
        not_applicable.append('contractuel_accident_travail')

    # circulars/citis_2019.circ:239 règle contrat_court_caisse (information)
    applies = None if contrat_long is None else not contrat_long
    if applies is True:
        findings.append(_NOTICE_CONTRAT_COURT_CAISSE)
    elif applies is False:
        not_applicable.append('contrat_court_caisse')

    # circulars/citis_2019.circ:247 règle contrat_long_indemnités (information)
    applies = rt.and3(
        (None if agent_statut is None else agent_statut == 'contractuel'), contrat_long
    )
    if applies is True:
        findings.append(_NOTICE_CONTRAT_LONG_INDEMNITES)
    elif applies is False:
        not_applicable.append('contrat_long_indemnités')

    # circulars/citis_2019.circ:259 règle présomption_accident_service (avertissement)
    applies = None if declaration_nature is None else declaration_nature == 'accident_service'
    if applies is False:
        not_applicable.append('présomption_accident_service')
    else:
        holds = rt.and3(
            accident_temps_et_lieu_de_service,
            (None if accident_faute_personnelle is None else not accident_faute_personnelle),
        )
        if holds is True:
            satisfied.append('présomption_accident_service')
        else:
            values = (
                ('déclaration.nature', declaration_nature),
                ('accident.temps_et_lieu_de_service', accident_temps_et_lieu_de_service),
                ('accident.faute_personnelle', accident_faute_personnelle),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_PRESOMPTION_ACCIDENT_SERVICE,
                        rt.Outcome.VIOLATED,
                        'avertissement',
                        (
                            "L'accident n'est présumé imputable au service que s'il survient "
                            "dans le temps de travail et au sein du service d'affectation (ou en "
                            "formation, en réunion, en mission), en l'absence de faute "
                            'personnelle ou de circonstance particulière le détachant du service : '
                            'à défaut, vos pièces devront établir le lien avec le service.'
                        ),
                        values,
                    )
                )
                warned = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_PRESOMPTION_ACCIDENT_SERVICE,
                        rt.Outcome.UNDECIDED,
                        'avertissement',
                        (
                            "À vérifier, faute d'information : Accident de service : présomption "
                            "d'imputabilité."
                        ),
                        values,
                        missing=(('déclaration.nature',) if applies is None else ())
                        + (
                            rt.missing_and(
                                accident_temps_et_lieu_de_service,
                                rt.unknown(
                                    (
                                        'accident.temps_et_lieu_de_service',
                                        accident_temps_et_lieu_de_service,
                                    )
                                ),
                                (
                                    None
                                    if accident_faute_personnelle is None
                                    else not accident_faute_personnelle
                                ),
                                rt.unknown(
                                    ('accident.faute_personnelle', accident_faute_personnelle)
                                ),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )

    # circulars/citis_2019.circ:266 règle télétravail (bloquante)
    applies = rt.and3(
        (None if declaration_nature is None else declaration_nature == 'accident_service'),
        accident_en_teletravail,
    )
    if applies is False:
        not_applicable.append('télétravail')
    else:
        holds = accident_teletravail_heures_et_fonctions
        if holds is True:
            satisfied.append('télétravail')
        else:
            values = (
                ('déclaration.nature', declaration_nature),
                ('accident.en_télétravail', accident_en_teletravail),
                (
                    'accident.télétravail_heures_et_fonctions',
                    accident_teletravail_heures_et_fonctions,
                ),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_TELETRAVAIL,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            'Un accident survenu en télétravail ne relève des accidents de service '
                            "que s'il a lieu pendant les heures de télétravail et dans le cadre "
                            "des fonctions exercées en télétravail : ce n'est pas le cas de "
                            'celui-ci.'
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_TELETRAVAIL,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Accident en télétravail : pendant "
                            'les heures et dans le cadre des fonctions.'
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                (
                                    None
                                    if declaration_nature is None
                                    else declaration_nature == 'accident_service'
                                ),
                                rt.unknown(('déclaration.nature', declaration_nature)),
                                accident_en_teletravail,
                                rt.unknown(('accident.en_télétravail', accident_en_teletravail)),
                            )
                            if applies is None
                            else ()
                        )
                        + (('accident.télétravail_heures_et_fonctions',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/citis_2019.circ:273 règle trajet_normal (bloquante)
    applies = shared_2
    if applies is False:
        not_applicable.append('trajet_normal')
    else:
        holds = rt.and3(trajet_parcours_normal, trajet_duree_normale)
        if holds is True:
            satisfied.append('trajet_normal')
        else:
            values = (
                ('déclaration.nature', declaration_nature),
                ('trajet.parcours_normal', trajet_parcours_normal),
                ('trajet.durée_normale', trajet_duree_normale),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_TRAJET_NORMAL,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            "Un accident de trajet ne peut être reconnu imputable que s'il "
                            "intervient sur l'itinéraire normal entre le lieu de travail et le "
                            'domicile ou le lieu de restauration, et dans un temps normal par '
                            "rapport à vos horaires : ce n'est pas le cas de celui-ci."
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_TRAJET_NORMAL,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Accident de trajet : itinéraire et "
                            'temps normaux.'
                        ),
                        values,
                        missing=(('déclaration.nature',) if applies is None else ())
                        + (
                            rt.missing_and(
                                trajet_parcours_normal,
                                rt.unknown(('trajet.parcours_normal', trajet_parcours_normal)),
                                trajet_duree_normale,
                                rt.unknown(('trajet.durée_normale', trajet_duree_normale)),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/citis_2019.circ:280 règle trajet_détour (bloquante)
    applies = rt.and3(
        (None if declaration_nature is None else declaration_nature == 'accident_trajet'),
        trajet_detour,
    )
    if applies is False:
        not_applicable.append('trajet_détour')
    else:
        holds = trajet_detour_vie_courante
        if holds is True:
            satisfied.append('trajet_détour')
        else:
            values = (
                ('déclaration.nature', declaration_nature),
                ('trajet.détour', trajet_detour),
                ('trajet.détour_vie_courante', trajet_detour_vie_courante),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_TRAJET_DETOUR,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            "L'itinéraire ne doit pas être détourné, sauf pour une nécessité de "
                            "la vie courante (par exemple déposer un enfant à l'école) : le "
                            "détour déclaré détache l'accident du service."
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_TRAJET_DETOUR,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Accident de trajet : pas de "
                            'détour, sauf nécessité de la vie courante.'
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                (
                                    None
                                    if declaration_nature is None
                                    else declaration_nature == 'accident_trajet'
                                ),
                                rt.unknown(('déclaration.nature', declaration_nature)),
                                trajet_detour,
                                rt.unknown(('trajet.détour', trajet_detour)),
                            )
                            if applies is None
                            else ()
                        )
                        + (('trajet.détour_vie_courante',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/citis_2019.circ:286 règle trajet_preuve (information)
    applies = shared_2
    if applies is True:
        findings.append(_NOTICE_TRAJET_PREUVE)
    elif applies is False:
        not_applicable.append('trajet_preuve')

    # circulars/citis_2019.circ:292 règle maladie_hors_tableau (bloquante)
    applies = rt.and3(
        (None if declaration_nature is None else declaration_nature == 'maladie_professionnelle'),
        (None if maladie_conditions_tableau is None else not maladie_conditions_tableau),
    )
    if applies is False:
        not_applicable.append('maladie_hors_tableau')
    else:
        holds = rt.and3(
            maladie_causee_par_activite,
            (None if maladie_taux_incapacite is None else maladie_taux_incapacite >= 25),
        )
        if holds is True:
            satisfied.append('maladie_hors_tableau')
        else:
            values = (
                ('déclaration.nature', declaration_nature),
                ('maladie.conditions_tableau', maladie_conditions_tableau),
                ('maladie.causée_par_activité', maladie_causee_par_activite),
                ('maladie.taux_incapacité', maladie_taux_incapacite),
            )
            if holds is False and applies is True:
                message = (
                    (
                        "Une maladie qui ne remplit pas toutes les conditions d'un tableau ne "
                        'peut être reconnue que si elle est essentiellement et directement causée '
                        "par l'activité professionnelle et entraîne une incapacité permanente "
                        "d'au moins 25 % (taux retenu : "
                    )
                    + rt.fmt(maladie_taux_incapacite, '%')
                    + ').'
                )
                findings.append(
                    rt.Finding(
                        _RULE_MALADIE_HORS_TABLEAU,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        message,
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_MALADIE_HORS_TABLEAU,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Maladie hors tableau : cause "
                            "essentielle et directe, incapacité d'au moins 25 %."
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                (
                                    None
                                    if declaration_nature is None
                                    else declaration_nature == 'maladie_professionnelle'
                                ),
                                rt.unknown(('déclaration.nature', declaration_nature)),
                                (
                                    None
                                    if maladie_conditions_tableau is None
                                    else not maladie_conditions_tableau
                                ),
                                rt.unknown(
                                    ('maladie.conditions_tableau', maladie_conditions_tableau)
                                ),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.missing_and(
                                maladie_causee_par_activite,
                                rt.unknown(
                                    ('maladie.causée_par_activité', maladie_causee_par_activite)
                                ),
                                (
                                    None
                                    if maladie_taux_incapacite is None
                                    else maladie_taux_incapacite >= 25
                                ),
                                rt.unknown(('maladie.taux_incapacité', maladie_taux_incapacite)),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/citis_2019.circ:301 règle délai_accident (bloquante)
    applies = rt.all3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature in _DECLARATION_NATURE_VALUES),
        (
            None
            if accident_lesion_decelee_tardivement is None
            else not accident_lesion_decelee_tardivement
        ),
    )
    if applies is False:
        not_applicable.append('délai_accident')
    else:
        holds = (
            None
            if demande_date_depot is None or quinze_jours_accident is None
            else demande_date_depot <= quinze_jours_accident
        )
        if holds is True:
            satisfied.append('délai_accident')
        else:
            values = (
                ('agent.statut', agent_statut),
                ('agent.temps_complet', agent_temps_complet),
                ('agent.contrat', agent_contrat),
                ('agent.contrat_durée', agent_contrat_duree),
                ('déclaration.nature', declaration_nature),
                ('accident.lésion_décelée_tardivement', accident_lesion_decelee_tardivement),
                ('accident.date', accident_date),
                ('demande.date_dépôt', demande_date_depot),
                ('accident.acte_terroriste', accident_acte_terroriste),
                ('déclaration.force_majeure', declaration_force_majeure),
                ('contrat_long', contrat_long),
            )
            if holds is False and applies is True:
                resolved = rt.exception_outcome(
                    _RULE_DELAI_ACCIDENT,
                    (
                        (
                            rt.or3(accident_acte_terroriste, declaration_force_majeure),
                            'levée',
                            'sauf si accident.acte_terroriste ou déclaration.force_majeure',
                        ),
                    ),
                )
                if resolved is not None and resolved[0] == 'indéterminée':
                    findings.append(
                        rt.Finding(
                            _RULE_DELAI_ACCIDENT,
                            rt.Outcome.UNDECIDED,
                            'bloquante',
                            (
                                "À vérifier, faute d'information : Déclaration d'accident dans "
                                'les 15 jours.'
                            ),
                            values,
                            missing=rt.missing_or(
                                accident_acte_terroriste,
                                rt.unknown(('accident.acte_terroriste', accident_acte_terroriste)),
                                declaration_force_majeure,
                                rt.unknown(
                                    ('déclaration.force_majeure', declaration_force_majeure)
                                ),
                            ),
                        )
                    )
                    undecided = True
                else:
                    message = (
                        'La déclaration du '
                        + rt.fmt(demande_date_depot)
                        + (
                            ' est tardive : elle devait être adressée dans les 15 jours suivant '
                            "l'accident du "
                        )
                        + rt.fmt(accident_date)
                        + '.'
                    )
                    if resolved is None:
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_ACCIDENT,
                                rt.Outcome.VIOLATED,
                                'bloquante',
                                message,
                                values,
                            )
                        )
                        refused = True
                    elif resolved[0] == 'conflit':
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_ACCIDENT,
                                rt.Outcome.CONFLICT,
                                'bloquante',
                                message,
                                values,
                                exception=resolved[1],
                            )
                        )
                        refused = True
                    elif resolved[0] == 'levée':
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_ACCIDENT,
                                rt.Outcome.WAIVED,
                                'information',
                                message,
                                values,
                                exception=resolved[1],
                            )
                        )
                    else:
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_ACCIDENT,
                                rt.Outcome.VIOLATED,
                                resolved[0],
                                message,
                                values,
                                exception=resolved[1],
                            )
                        )
                        warned = warned or resolved[0] == 'avertissement'
            else:
                findings.append(
                    rt.Finding(
                        _RULE_DELAI_ACCIDENT,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Déclaration d'accident dans les "
                            '15 jours.'
                        ),
                        values,
                        missing=(
                            rt.missing_all(
                                (
                                    contrat_long,
                                    rt.unknown(
                                        ('agent.statut', agent_statut),
                                        ('agent.temps_complet', agent_temps_complet),
                                        ('agent.contrat', agent_contrat),
                                        ('agent.contrat_durée', agent_contrat_duree),
                                    ),
                                ),
                                (
                                    (
                                        None
                                        if declaration_nature is None
                                        else declaration_nature in _DECLARATION_NATURE_VALUES
                                    ),
                                    rt.unknown(('déclaration.nature', declaration_nature)),
                                ),
                                (
                                    (
                                        None
                                        if accident_lesion_decelee_tardivement is None
                                        else not accident_lesion_decelee_tardivement
                                    ),
                                    rt.unknown(
                                        (
                                            'accident.lésion_décelée_tardivement',
                                            accident_lesion_decelee_tardivement,
                                        )
                                    ),
                                ),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(
                                ('accident.date', accident_date),
                                ('demande.date_dépôt', demande_date_depot),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/citis_2019.circ:309 règle délai_lésion_tardive (bloquante)
    applies = rt.all3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature in _DECLARATION_NATURE_VALUES),
        accident_lesion_decelee_tardivement,
    )
    if applies is False:
        not_applicable.append('délai_lésion_tardive')
    else:
        holds = rt.and3(
            (
                None
                if demande_date_depot is None or quinze_jours_constatation is None
                else demande_date_depot <= quinze_jours_constatation
            ),
            (
                None
                if demande_date_depot is None or deux_ans_accident is None
                else demande_date_depot <= deux_ans_accident
            ),
        )
        if holds is True:
            satisfied.append('délai_lésion_tardive')
        else:
            values = (
                ('agent.statut', agent_statut),
                ('agent.temps_complet', agent_temps_complet),
                ('agent.contrat', agent_contrat),
                ('agent.contrat_durée', agent_contrat_duree),
                ('déclaration.nature', declaration_nature),
                ('accident.lésion_décelée_tardivement', accident_lesion_decelee_tardivement),
                ('accident.date_constatation_médicale', accident_date_constatation_medicale),
                ('demande.date_dépôt', demande_date_depot),
                ('accident.date', accident_date),
                ('accident.acte_terroriste', accident_acte_terroriste),
                ('déclaration.force_majeure', declaration_force_majeure),
                ('contrat_long', contrat_long),
            )
            if holds is False and applies is True:
                resolved = rt.exception_outcome(
                    _RULE_DELAI_LESION_TARDIVE,
                    (
                        (
                            rt.or3(accident_acte_terroriste, declaration_force_majeure),
                            'levée',
                            'sauf si accident.acte_terroriste ou déclaration.force_majeure',
                        ),
                    ),
                )
                if resolved is not None and resolved[0] == 'indéterminée':
                    findings.append(
                        rt.Finding(
                            _RULE_DELAI_LESION_TARDIVE,
                            rt.Outcome.UNDECIDED,
                            'bloquante',
                            (
                                "À vérifier, faute d'information : Lésion décelée après "
                                "l'accident : 15 jours après la constatation médicale, 2 ans au "
                                "plus après l'accident."
                            ),
                            values,
                            missing=rt.missing_or(
                                accident_acte_terroriste,
                                rt.unknown(('accident.acte_terroriste', accident_acte_terroriste)),
                                declaration_force_majeure,
                                rt.unknown(
                                    ('déclaration.force_majeure', declaration_force_majeure)
                                ),
                            ),
                        )
                    )
                    undecided = True
                else:
                    message = (
                        'La déclaration du '
                        + rt.fmt(demande_date_depot)
                        + (
                            " est tardive : lorsque la lésion n'a pas été immédiatement décelée, "
                            'elle doit être faite dans les 15 jours suivant la constatation '
                            'médicale du '
                        )
                        + rt.fmt(accident_date_constatation_medicale)
                        + ", et au plus tard 2 ans après l'accident du "
                        + rt.fmt(accident_date)
                        + '.'
                    )
                    if resolved is None:
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_LESION_TARDIVE,
                                rt.Outcome.VIOLATED,
                                'bloquante',
                                message,
                                values,
                            )
                        )
                        refused = True
                    elif resolved[0] == 'conflit':
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_LESION_TARDIVE,
                                rt.Outcome.CONFLICT,
                                'bloquante',
                                message,
                                values,
                                exception=resolved[1],
                            )
                        )
                        refused = True
                    elif resolved[0] == 'levée':
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_LESION_TARDIVE,
                                rt.Outcome.WAIVED,
                                'information',
                                message,
                                values,
                                exception=resolved[1],
                            )
                        )
                    else:
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_LESION_TARDIVE,
                                rt.Outcome.VIOLATED,
                                resolved[0],
                                message,
                                values,
                                exception=resolved[1],
                            )
                        )
                        warned = warned or resolved[0] == 'avertissement'
            else:
                findings.append(
                    rt.Finding(
                        _RULE_DELAI_LESION_TARDIVE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Lésion décelée après l'accident : "
                            '15 jours après la constatation médicale, 2 ans au plus après '
                            "l'accident."
                        ),
                        values,
                        missing=(
                            rt.missing_all(
                                (
                                    contrat_long,
                                    rt.unknown(
                                        ('agent.statut', agent_statut),
                                        ('agent.temps_complet', agent_temps_complet),
                                        ('agent.contrat', agent_contrat),
                                        ('agent.contrat_durée', agent_contrat_duree),
                                    ),
                                ),
                                (
                                    (
                                        None
                                        if declaration_nature is None
                                        else declaration_nature in _DECLARATION_NATURE_VALUES
                                    ),
                                    rt.unknown(('déclaration.nature', declaration_nature)),
                                ),
                                (
                                    accident_lesion_decelee_tardivement,
                                    rt.unknown(
                                        (
                                            'accident.lésion_décelée_tardivement',
                                            accident_lesion_decelee_tardivement,
                                        )
                                    ),
                                ),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.missing_and(
                                (
                                    None
                                    if demande_date_depot is None
                                    or quinze_jours_constatation is None
                                    else demande_date_depot <= quinze_jours_constatation
                                ),
                                rt.unknown(
                                    (
                                        'accident.date_constatation_médicale',
                                        accident_date_constatation_medicale,
                                    ),
                                    ('demande.date_dépôt', demande_date_depot),
                                ),
                                (
                                    None
                                    if demande_date_depot is None or deux_ans_accident is None
                                    else demande_date_depot <= deux_ans_accident
                                ),
                                rt.unknown(
                                    ('accident.date', accident_date),
                                    ('demande.date_dépôt', demande_date_depot),
                                ),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/citis_2019.circ:317 règle délai_maladie (bloquante)
    applies = rt.all3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature == 'maladie_professionnelle'),
        (
            None
            if maladie_lien_etabli_ulterieurement is None
            else not maladie_lien_etabli_ulterieurement
        ),
    )
    if applies is False:
        not_applicable.append('délai_maladie')
    else:
        holds = (
            None
            if demande_date_depot is None or deux_ans_maladie is None
            else demande_date_depot <= deux_ans_maladie
        )
        if holds is True:
            satisfied.append('délai_maladie')
        else:
            values = (
                ('agent.statut', agent_statut),
                ('agent.temps_complet', agent_temps_complet),
                ('agent.contrat', agent_contrat),
                ('agent.contrat_durée', agent_contrat_duree),
                ('déclaration.nature', declaration_nature),
                ('maladie.lien_établi_ultérieurement', maladie_lien_etabli_ulterieurement),
                ('maladie.date_première_constatation', maladie_date_premiere_constatation),
                ('demande.date_dépôt', demande_date_depot),
                ('déclaration.force_majeure', declaration_force_majeure),
                ('contrat_long', contrat_long),
            )
            if holds is False and applies is True:
                resolved = rt.exception_outcome(
                    _RULE_DELAI_MALADIE,
                    ((declaration_force_majeure, 'levée', 'sauf si déclaration.force_majeure'),),
                )
                if resolved is not None and resolved[0] == 'indéterminée':
                    findings.append(
                        rt.Finding(
                            _RULE_DELAI_MALADIE,
                            rt.Outcome.UNDECIDED,
                            'bloquante',
                            (
                                "À vérifier, faute d'information : Déclaration de maladie "
                                'professionnelle dans les 2 ans suivant la première constatation '
                                'médicale.'
                            ),
                            values,
                            missing=rt.unknown(
                                ('déclaration.force_majeure', declaration_force_majeure)
                            ),
                        )
                    )
                    undecided = True
                else:
                    message = (
                        'La déclaration du '
                        + rt.fmt(demande_date_depot)
                        + (
                            ' est tardive : une maladie professionnelle se déclare dans les 2 ans '
                            'suivant sa première constatation médicale ('
                        )
                        + rt.fmt(maladie_date_premiere_constatation)
                        + ').'
                    )
                    if resolved is None:
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_MALADIE,
                                rt.Outcome.VIOLATED,
                                'bloquante',
                                message,
                                values,
                            )
                        )
                        refused = True
                    elif resolved[0] == 'conflit':
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_MALADIE,
                                rt.Outcome.CONFLICT,
                                'bloquante',
                                message,
                                values,
                                exception=resolved[1],
                            )
                        )
                        refused = True
                    elif resolved[0] == 'levée':
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_MALADIE,
                                rt.Outcome.WAIVED,
                                'information',
                                message,
                                values,
                                exception=resolved[1],
                            )
                        )
                    else:
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_MALADIE,
                                rt.Outcome.VIOLATED,
                                resolved[0],
                                message,
                                values,
                                exception=resolved[1],
                            )
                        )
                        warned = warned or resolved[0] == 'avertissement'
            else:
                findings.append(
                    rt.Finding(
                        _RULE_DELAI_MALADIE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Déclaration de maladie "
                            'professionnelle dans les 2 ans suivant la première constatation '
                            'médicale.'
                        ),
                        values,
                        missing=(
                            rt.missing_all(
                                (
                                    contrat_long,
                                    rt.unknown(
                                        ('agent.statut', agent_statut),
                                        ('agent.temps_complet', agent_temps_complet),
                                        ('agent.contrat', agent_contrat),
                                        ('agent.contrat_durée', agent_contrat_duree),
                                    ),
                                ),
                                (
                                    (
                                        None
                                        if declaration_nature is None
                                        else declaration_nature == 'maladie_professionnelle'
                                    ),
                                    rt.unknown(('déclaration.nature', declaration_nature)),
                                ),
                                (
                                    (
                                        None
                                        if maladie_lien_etabli_ulterieurement is None
                                        else not maladie_lien_etabli_ulterieurement
                                    ),
                                    rt.unknown(
                                        (
                                            'maladie.lien_établi_ultérieurement',
                                            maladie_lien_etabli_ulterieurement,
                                        )
                                    ),
                                ),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(
                                (
                                    'maladie.date_première_constatation',
                                    maladie_date_premiere_constatation,
                                ),
                                ('demande.date_dépôt', demande_date_depot),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/citis_2019.circ:325 règle délai_maladie_lien (bloquante)
    applies = rt.all3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature == 'maladie_professionnelle'),
        maladie_lien_etabli_ulterieurement,
    )
    if applies is False:
        not_applicable.append('délai_maladie_lien')
    else:
        holds = (
            None
            if demande_date_depot is None or deux_ans_certificat_lien is None
            else demande_date_depot <= deux_ans_certificat_lien
        )
        if holds is True:
            satisfied.append('délai_maladie_lien')
        else:
            values = (
                ('agent.statut', agent_statut),
                ('agent.temps_complet', agent_temps_complet),
                ('agent.contrat', agent_contrat),
                ('agent.contrat_durée', agent_contrat_duree),
                ('déclaration.nature', declaration_nature),
                ('maladie.lien_établi_ultérieurement', maladie_lien_etabli_ulterieurement),
                ('maladie.date_certificat_lien', maladie_date_certificat_lien),
                ('demande.date_dépôt', demande_date_depot),
                ('déclaration.force_majeure', declaration_force_majeure),
                ('contrat_long', contrat_long),
            )
            if holds is False and applies is True:
                resolved = rt.exception_outcome(
                    _RULE_DELAI_MALADIE_LIEN,
                    ((declaration_force_majeure, 'levée', 'sauf si déclaration.force_majeure'),),
                )
                if resolved is not None and resolved[0] == 'indéterminée':
                    findings.append(
                        rt.Finding(
                            _RULE_DELAI_MALADIE_LIEN,
                            rt.Outcome.UNDECIDED,
                            'bloquante',
                            (
                                "À vérifier, faute d'information : Maladie déjà constatée : 2 ans "
                                "après le certificat établissant le lien avec l'activité."
                            ),
                            values,
                            missing=rt.unknown(
                                ('déclaration.force_majeure', declaration_force_majeure)
                            ),
                        )
                    )
                    undecided = True
                else:
                    message = (
                        'La déclaration du '
                        + rt.fmt(demande_date_depot)
                        + (
                            ' est tardive : elle devait être adressée dans les 2 ans suivant le '
                            'certificat médical du '
                        )
                        + rt.fmt(maladie_date_certificat_lien)
                        + " établissant le lien entre la maladie et l'activité professionnelle."
                    )
                    if resolved is None:
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_MALADIE_LIEN,
                                rt.Outcome.VIOLATED,
                                'bloquante',
                                message,
                                values,
                            )
                        )
                        refused = True
                    elif resolved[0] == 'conflit':
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_MALADIE_LIEN,
                                rt.Outcome.CONFLICT,
                                'bloquante',
                                message,
                                values,
                                exception=resolved[1],
                            )
                        )
                        refused = True
                    elif resolved[0] == 'levée':
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_MALADIE_LIEN,
                                rt.Outcome.WAIVED,
                                'information',
                                message,
                                values,
                                exception=resolved[1],
                            )
                        )
                    else:
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_MALADIE_LIEN,
                                rt.Outcome.VIOLATED,
                                resolved[0],
                                message,
                                values,
                                exception=resolved[1],
                            )
                        )
                        warned = warned or resolved[0] == 'avertissement'
            else:
                findings.append(
                    rt.Finding(
                        _RULE_DELAI_MALADIE_LIEN,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Maladie déjà constatée : 2 ans "
                            "après le certificat établissant le lien avec l'activité."
                        ),
                        values,
                        missing=(
                            rt.missing_all(
                                (
                                    contrat_long,
                                    rt.unknown(
                                        ('agent.statut', agent_statut),
                                        ('agent.temps_complet', agent_temps_complet),
                                        ('agent.contrat', agent_contrat),
                                        ('agent.contrat_durée', agent_contrat_duree),
                                    ),
                                ),
                                (
                                    (
                                        None
                                        if declaration_nature is None
                                        else declaration_nature == 'maladie_professionnelle'
                                    ),
                                    rt.unknown(('déclaration.nature', declaration_nature)),
                                ),
                                (
                                    maladie_lien_etabli_ulterieurement,
                                    rt.unknown(
                                        (
                                            'maladie.lien_établi_ultérieurement',
                                            maladie_lien_etabli_ulterieurement,
                                        )
                                    ),
                                ),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(
                                ('maladie.date_certificat_lien', maladie_date_certificat_lien),
                                ('demande.date_dépôt', demande_date_depot),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/citis_2019.circ:333 règle délai_rechute (bloquante)
    applies = rt.and3(
        contrat_long, (None if declaration_nature is None else declaration_nature == 'rechute')
    )
    if applies is False:
        not_applicable.append('délai_rechute')
    else:
        holds = (
            None
            if demande_date_depot is None or un_mois_rechute is None
            else demande_date_depot <= un_mois_rechute
        )
        if holds is True:
            satisfied.append('délai_rechute')
        else:
            values = (
                ('agent.statut', agent_statut),
                ('agent.temps_complet', agent_temps_complet),
                ('agent.contrat', agent_contrat),
                ('agent.contrat_durée', agent_contrat_duree),
                ('déclaration.nature', declaration_nature),
                ('rechute.date_constatation', rechute_date_constatation),
                ('demande.date_dépôt', demande_date_depot),
                ('déclaration.force_majeure', declaration_force_majeure),
                ('contrat_long', contrat_long),
            )
            if holds is False and applies is True:
                resolved = rt.exception_outcome(
                    _RULE_DELAI_RECHUTE,
                    ((declaration_force_majeure, 'levée', 'sauf si déclaration.force_majeure'),),
                )
                if resolved is not None and resolved[0] == 'indéterminée':
                    findings.append(
                        rt.Finding(
                            _RULE_DELAI_RECHUTE,
                            rt.Outcome.UNDECIDED,
                            'bloquante',
                            (
                                "À vérifier, faute d'information : Déclaration de rechute dans le "
                                'mois suivant sa constatation médicale.'
                            ),
                            values,
                            missing=rt.unknown(
                                ('déclaration.force_majeure', declaration_force_majeure)
                            ),
                        )
                    )
                    undecided = True
                else:
                    message = (
                        'La déclaration de rechute du '
                        + rt.fmt(demande_date_depot)
                        + (
                            ' est tardive : elle devait être faite dans le mois suivant sa '
                            'constatation médicale du '
                        )
                        + rt.fmt(rechute_date_constatation)
                        + '.'
                    )
                    if resolved is None:
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_RECHUTE,
                                rt.Outcome.VIOLATED,
                                'bloquante',
                                message,
                                values,
                            )
                        )
                        refused = True
                    elif resolved[0] == 'conflit':
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_RECHUTE,
                                rt.Outcome.CONFLICT,
                                'bloquante',
                                message,
                                values,
                                exception=resolved[1],
                            )
                        )
                        refused = True
                    elif resolved[0] == 'levée':
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_RECHUTE,
                                rt.Outcome.WAIVED,
                                'information',
                                message,
                                values,
                                exception=resolved[1],
                            )
                        )
                    else:
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_RECHUTE,
                                rt.Outcome.VIOLATED,
                                resolved[0],
                                message,
                                values,
                                exception=resolved[1],
                            )
                        )
                        warned = warned or resolved[0] == 'avertissement'
            else:
                findings.append(
                    rt.Finding(
                        _RULE_DELAI_RECHUTE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Déclaration de rechute dans le "
                            'mois suivant sa constatation médicale.'
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                contrat_long,
                                rt.unknown(
                                    ('agent.statut', agent_statut),
                                    ('agent.temps_complet', agent_temps_complet),
                                    ('agent.contrat', agent_contrat),
                                    ('agent.contrat_durée', agent_contrat_duree),
                                ),
                                (
                                    None
                                    if declaration_nature is None
                                    else declaration_nature == 'rechute'
                                ),
                                rt.unknown(('déclaration.nature', declaration_nature)),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(
                                ('rechute.date_constatation', rechute_date_constatation),
                                ('demande.date_dépôt', demande_date_depot),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/citis_2019.circ:341 règle délai_arrêt (avertissement)
    applies = rt.and3(contrat_long, declaration_avec_arret)
    if applies is False:
        not_applicable.append('délai_arrêt')
    else:
        holds = (
            None
            if arret_date_transmission is None or arret_48h is None
            else arret_date_transmission <= arret_48h
        )
        if holds is True:
            satisfied.append('délai_arrêt')
        else:
            values = (
                ('agent.statut', agent_statut),
                ('agent.temps_complet', agent_temps_complet),
                ('agent.contrat', agent_contrat),
                ('agent.contrat_durée', agent_contrat_duree),
                ('déclaration.avec_arrêt', declaration_avec_arret),
                ('arrêt.date_établissement', arret_date_etablissement),
                ('arrêt.date_transmission', arret_date_transmission),
                ('contrat_long', contrat_long),
            )
            if holds is False and applies is True:
                message = (
                    "L'arrêt de travail établi le "
                    + rt.fmt(arret_date_etablissement)
                    + ' et transmis le '
                    + rt.fmt(arret_date_transmission)
                    + " l'a été au-delà de 48 h : le décret prévoit des conséquences financières."
                )
                findings.append(
                    rt.Finding(
                        _RULE_DELAI_ARRET, rt.Outcome.VIOLATED, 'avertissement', message, values
                    )
                )
                warned = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_DELAI_ARRET,
                        rt.Outcome.UNDECIDED,
                        'avertissement',
                        (
                            "À vérifier, faute d'information : Arrêt de travail transmis dans les "
                            '48 h.'
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                contrat_long,
                                rt.unknown(
                                    ('agent.statut', agent_statut),
                                    ('agent.temps_complet', agent_temps_complet),
                                    ('agent.contrat', agent_contrat),
                                    ('agent.contrat_durée', agent_contrat_duree),
                                ),
                                declaration_avec_arret,
                                rt.unknown(('déclaration.avec_arrêt', declaration_avec_arret)),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(
                                ('arrêt.date_établissement', arret_date_etablissement),
                                ('arrêt.date_transmission', arret_date_transmission),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )

    # circulars/citis_2019.circ:348 règle certificat_initial_24h (bloquante)
    applies = rt.and3(
        (None if contrat_long is None else not contrat_long),
        (None if declaration_nature is None else declaration_nature in _DECLARATION_NATURE_VALUES),
    )
    if applies is False:
        not_applicable.append('certificat_initial_24h')
    else:
        holds = (
            None
            if certificat_date_etablissement is None or certificat_24h is None
            else certificat_date_etablissement <= certificat_24h
        )
        if holds is True:
            satisfied.append('certificat_initial_24h')
        else:
            values = (
                ('agent.statut', agent_statut),
                ('agent.temps_complet', agent_temps_complet),
                ('agent.contrat', agent_contrat),
                ('agent.contrat_durée', agent_contrat_duree),
                ('déclaration.nature', declaration_nature),
                ('accident.date', accident_date),
                ('certificat.date_établissement', certificat_date_etablissement),
                ('contrat_long', contrat_long),
            )
            if holds is False and applies is True:
                message = (
                    'Le certificat médical initial (établi le '
                    + rt.fmt(certificat_date_etablissement)
                    + (
                        ') doit être établi dans les plus brefs délais, sous 24 h après '
                        "l'accident du "
                    )
                    + rt.fmt(accident_date)
                    + '.'
                )
                findings.append(
                    rt.Finding(
                        _RULE_CERTIFICAT_INITIAL_24H,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        message,
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_CERTIFICAT_INITIAL_24H,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Contrat court : certificat médical "
                            'initial sous 24 h.'
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                (None if contrat_long is None else not contrat_long),
                                rt.unknown(
                                    ('agent.statut', agent_statut),
                                    ('agent.temps_complet', agent_temps_complet),
                                    ('agent.contrat', agent_contrat),
                                    ('agent.contrat_durée', agent_contrat_duree),
                                ),
                                (
                                    None
                                    if declaration_nature is None
                                    else declaration_nature in _DECLARATION_NATURE_VALUES
                                ),
                                rt.unknown(('déclaration.nature', declaration_nature)),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(
                                ('accident.date', accident_date),
                                ('certificat.date_établissement', certificat_date_etablissement),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/citis_2019.circ:356 règle pièces_déclaration (bloquante)
    applies = contrat_long
    if applies is False:
        not_applicable.append('pièces_déclaration')
    else:
        holds = rt.all_provided(
            dossier_pieces_fournies,
            (
                (
                    rt.and3(
                        contrat_long,
                        (
                            None
                            if declaration_nature is None
                            else declaration_nature in _DECLARATION_NATURE_VALUES_2
                        ),
                    ),
                    'déclaration_accident',
                    (
                        "Original du formulaire de déclaration d'accident de service – accident "
                        'de trajet (annexe 1)'
                    ),
                ),
                (
                    rt.and3(
                        contrat_long,
                        (
                            None
                            if declaration_nature is None
                            else declaration_nature == 'maladie_professionnelle'
                        ),
                    ),
                    'déclaration_maladie',
                    'Original du formulaire de déclaration de maladie professionnelle (annexe 2)',
                ),
                (
                    contrat_long,
                    'certificat_médical',
                    (
                        'Original du certificat médical CERFA n° 11138, volet 1 (lésions '
                        'constatées et leur localisation, ou nature de la maladie)'
                    ),
                ),
                (
                    declaration_avec_arret,
                    'arrêt_de_travail',
                    'Arrêt de travail (initial ou de prolongation)',
                ),
                (
                    (None if contrat_long is None else not contrat_long),
                    'volets_caisse',
                    (
                        'Volets 1 et 2 du certificat médical initial (le volet 3 est conservé par '
                        "l'agent)"
                    ),
                ),
                (
                    (None if contrat_long is None else not contrat_long),
                    'écrit_circonstances',
                    (
                        'Écrit précisant au responsable de la structure les circonstances et le '
                        "lieu de l'accident"
                    ),
                ),
                (
                    rt.and3(
                        (None if agent_statut is None else agent_statut == 'contractuel'),
                        contrat_long,
                    ),
                    'emploi_du_temps_contractuel',
                    'Emploi du temps visé par le supérieur hiérarchique (agent contractuel)',
                ),
                (
                    rt.and3(
                        contrat_long,
                        (
                            None
                            if declaration_nature is None
                            else declaration_nature == 'accident_trajet'
                        ),
                    ),
                    'plan_trajet',
                    (
                        'Plan du trajet (départ, arrivée, itinéraire emprunté et itinéraire '
                        "habituel, endroit exact de l'accident)"
                    ),
                ),
                (
                    rt.all3(
                        contrat_long,
                        (
                            None
                            if declaration_nature is None
                            else declaration_nature == 'maladie_professionnelle'
                        ),
                        maladie_examens_prescrits,
                    ),
                    'examens_tableau',
                    (
                        'Résultats des examens médicaux complémentaires prescrits par le tableau '
                        'de la maladie'
                    ),
                ),
            ),
        )
        if holds is True:
            satisfied.append('pièces_déclaration')
        else:
            values = (
                ('agent.statut', agent_statut),
                ('agent.temps_complet', agent_temps_complet),
                ('agent.contrat', agent_contrat),
                ('agent.contrat_durée', agent_contrat_duree),
                ('dossier.pièces_fournies', dossier_pieces_fournies),
                ('déclaration.nature', declaration_nature),
                ('déclaration.avec_arrêt', declaration_avec_arret),
                ('maladie.examens_prescrits', maladie_examens_prescrits),
                ('contrat_long', contrat_long),
            )
            if holds is False and applies is True:
                message = (
                    'La demande doit être faite en produisant les pièces obligatoires : il manque '
                    + rt.fmt(
                        rt.missing_documents(
                            dossier_pieces_fournies,
                            (
                                (
                                    rt.and3(
                                        contrat_long,
                                        (
                                            None
                                            if declaration_nature is None
                                            else declaration_nature in _DECLARATION_NATURE_VALUES_2
                                        ),
                                    ),
                                    'déclaration_accident',
                                    (
                                        "Original du formulaire de déclaration d'accident de "
                                        'service – accident de trajet (annexe 1)'
                                    ),
                                ),
                                (
                                    rt.and3(
                                        contrat_long,
                                        (
                                            None
                                            if declaration_nature is None
                                            else declaration_nature == 'maladie_professionnelle'
                                        ),
                                    ),
                                    'déclaration_maladie',
                                    (
                                        'Original du formulaire de déclaration de maladie '
                                        'professionnelle (annexe 2)'
                                    ),
                                ),
                                (
                                    contrat_long,
                                    'certificat_médical',
                                    (
                                        'Original du certificat médical CERFA n° 11138, volet 1 '
                                        '(lésions constatées et leur localisation, ou nature de la '
                                        'maladie)'
                                    ),
                                ),
                                (
                                    declaration_avec_arret,
                                    'arrêt_de_travail',
                                    'Arrêt de travail (initial ou de prolongation)',
                                ),
                                (
                                    (None if contrat_long is None else not contrat_long),
                                    'volets_caisse',
                                    (
                                        'Volets 1 et 2 du certificat médical initial (le volet 3 '
                                        "est conservé par l'agent)"
                                    ),
                                ),
                                (
                                    (None if contrat_long is None else not contrat_long),
                                    'écrit_circonstances',
                                    (
                                        'Écrit précisant au responsable de la structure les '
                                        "circonstances et le lieu de l'accident"
                                    ),
                                ),
                                (
                                    rt.and3(
                                        (
                                            None
                                            if agent_statut is None
                                            else agent_statut == 'contractuel'
                                        ),
                                        contrat_long,
                                    ),
                                    'emploi_du_temps_contractuel',
                                    (
                                        'Emploi du temps visé par le supérieur hiérarchique (agent '
                                        'contractuel)'
                                    ),
                                ),
                                (
                                    rt.and3(
                                        contrat_long,
                                        (
                                            None
                                            if declaration_nature is None
                                            else declaration_nature == 'accident_trajet'
                                        ),
                                    ),
                                    'plan_trajet',
                                    (
                                        'Plan du trajet (départ, arrivée, itinéraire emprunté et '
                                        "itinéraire habituel, endroit exact de l'accident)"
                                    ),
                                ),
                                (
                                    rt.all3(
                                        contrat_long,
                                        (
                                            None
                                            if declaration_nature is None
                                            else declaration_nature == 'maladie_professionnelle'
                                        ),
                                        maladie_examens_prescrits,
                                    ),
                                    'examens_tableau',
                                    (
                                        'Résultats des examens médicaux complémentaires prescrits '
                                        'par le tableau de la maladie'
                                    ),
                                ),
                            ),
                        )
                    )
                    + '.'
                )
                findings.append(
                    rt.Finding(
                        _RULE_PIECES_DECLARATION, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_PIECES_DECLARATION,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Déclaration accompagnée des pièces "
                            'obligatoires.'
                        ),
                        values,
                        missing=(
                            rt.unknown(
                                ('agent.statut', agent_statut),
                                ('agent.temps_complet', agent_temps_complet),
                                ('agent.contrat', agent_contrat),
                                ('agent.contrat_durée', agent_contrat_duree),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(('dossier.pièces_fournies', dossier_pieces_fournies))
                            + rt.missing_each(
                                (
                                    rt.and3(
                                        contrat_long,
                                        (
                                            None
                                            if declaration_nature is None
                                            else declaration_nature in _DECLARATION_NATURE_VALUES_2
                                        ),
                                    ),
                                    rt.unknown(
                                        ('agent.statut', agent_statut),
                                        ('agent.temps_complet', agent_temps_complet),
                                        ('agent.contrat', agent_contrat),
                                        ('agent.contrat_durée', agent_contrat_duree),
                                        ('déclaration.nature', declaration_nature),
                                    ),
                                ),
                                (
                                    rt.and3(
                                        contrat_long,
                                        (
                                            None
                                            if declaration_nature is None
                                            else declaration_nature == 'maladie_professionnelle'
                                        ),
                                    ),
                                    rt.unknown(
                                        ('agent.statut', agent_statut),
                                        ('agent.temps_complet', agent_temps_complet),
                                        ('agent.contrat', agent_contrat),
                                        ('agent.contrat_durée', agent_contrat_duree),
                                        ('déclaration.nature', declaration_nature),
                                    ),
                                ),
                                (
                                    contrat_long,
                                    rt.unknown(
                                        ('agent.statut', agent_statut),
                                        ('agent.temps_complet', agent_temps_complet),
                                        ('agent.contrat', agent_contrat),
                                        ('agent.contrat_durée', agent_contrat_duree),
                                    ),
                                ),
                                (
                                    declaration_avec_arret,
                                    rt.unknown(('déclaration.avec_arrêt', declaration_avec_arret)),
                                ),
                                (
                                    (None if contrat_long is None else not contrat_long),
                                    rt.unknown(
                                        ('agent.statut', agent_statut),
                                        ('agent.temps_complet', agent_temps_complet),
                                        ('agent.contrat', agent_contrat),
                                        ('agent.contrat_durée', agent_contrat_duree),
                                    ),
                                ),
                                (
                                    rt.and3(
                                        (
                                            None
                                            if agent_statut is None
                                            else agent_statut == 'contractuel'
                                        ),
                                        contrat_long,
                                    ),
                                    rt.unknown(
                                        ('agent.statut', agent_statut),
                                        ('agent.temps_complet', agent_temps_complet),
                                        ('agent.contrat', agent_contrat),
                                        ('agent.contrat_durée', agent_contrat_duree),
                                    ),
                                ),
                                (
                                    rt.and3(
                                        contrat_long,
                                        (
                                            None
                                            if declaration_nature is None
                                            else declaration_nature == 'accident_trajet'
                                        ),
                                    ),
                                    rt.unknown(
                                        ('agent.statut', agent_statut),
                                        ('agent.temps_complet', agent_temps_complet),
                                        ('agent.contrat', agent_contrat),
                                        ('agent.contrat_durée', agent_contrat_duree),
                                        ('déclaration.nature', declaration_nature),
                                    ),
                                ),
                                (
                                    rt.all3(
                                        contrat_long,
                                        (
                                            None
                                            if declaration_nature is None
                                            else declaration_nature == 'maladie_professionnelle'
                                        ),
                                        maladie_examens_prescrits,
                                    ),
                                    rt.unknown(
                                        ('agent.statut', agent_statut),
                                        ('agent.temps_complet', agent_temps_complet),
                                        ('agent.contrat', agent_contrat),
                                        ('agent.contrat_durée', agent_contrat_duree),
                                        ('déclaration.nature', declaration_nature),
                                        ('maladie.examens_prescrits', maladie_examens_prescrits),
                                    ),
                                ),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/citis_2019.circ:365 règle informer_supérieur (information)
    findings.append(_NOTICE_INFORMER_SUPERIEUR)

    # circulars/citis_2019.circ:371 règle instruction_congé_ordinaire (information)
    applies = rt.and3(
        contrat_long, (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES)
    )
    if applies is True:
        findings.append(_NOTICE_INSTRUCTION_CONGE_ORDINAIRE)
    elif applies is False:
        not_applicable.append('instruction_congé_ordinaire')

    # circulars/citis_2019.circ:382 règle refus_imputabilité (information)
    applies = shared_1
    if applies is True:
        findings.append(_NOTICE_REFUS_IMPUTABILITE)
    elif applies is False:
        not_applicable.append('refus_imputabilité')

    # circulars/citis_2019.circ:389 règle suivi_citis (information)
    applies = shared_1
    if applies is True:
        findings.append(_NOTICE_SUIVI_CITIS)
    elif applies is False:
        not_applicable.append('suivi_citis')

    # circulars/citis_2019.circ:398 règle fin_du_dispositif (information)
    applies = contrat_long
    if applies is True:
        findings.append(_NOTICE_FIN_DU_DISPOSITIF)
    elif applies is False:
        not_applicable.append('fin_du_dispositif')

    # circulars/citis_2019.circ:411 règle rechute_expertise (information)
    applies = None if declaration_nature is None else declaration_nature == 'rechute'
    if applies is True:
        findings.append(_NOTICE_RECHUTE_EXPERTISE)
    elif applies is False:
        not_applicable.append('rechute_expertise')

    deadlines: list[rt.DeadlineInfo] = []
    condition: bool | None = rt.all3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature in _DECLARATION_NATURE_VALUES),
        (
            None
            if accident_lesion_decelee_tardivement is None
            else not accident_lesion_decelee_tardivement
        ),
    )
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'quinze_jours_accident',
                "Déclaration dans les 15 jours suivant l'accident",
                quinze_jours_accident,
                True,
                (_CITE_DELAI_ACCIDENT,),
                '15 jours après accident.date',
            )
        )
    condition = rt.all3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature in _DECLARATION_NATURE_VALUES),
        accident_lesion_decelee_tardivement,
    )
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'quinze_jours_constatation',
                (
                    'Déclaration dans les 15 jours suivant la constatation médicale (lésion '
                    "décelée après l'accident)"
                ),
                quinze_jours_constatation,
                True,
                (_CITE_QUINZE_JOURS_CONSTATATION,),
                '15 jours après accident.date_constatation_médicale',
            )
        )
    condition = rt.all3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature in _DECLARATION_NATURE_VALUES),
        accident_lesion_decelee_tardivement,
    )
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'deux_ans_accident',
                "Déclaration au plus tard 2 ans après l'accident (lésion décelée après l'accident)",
                deux_ans_accident,
                True,
                (_CITE_DEUX_ANS_ACCIDENT,),
                '2 ans après accident.date arrondi au dernier jour du mois',
            )
        )
    condition = rt.all3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature == 'maladie_professionnelle'),
        (
            None
            if maladie_lien_etabli_ulterieurement is None
            else not maladie_lien_etabli_ulterieurement
        ),
    )
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'deux_ans_maladie',
                (
                    'Déclaration de maladie professionnelle dans les 2 ans suivant la première '
                    'constatation médicale'
                ),
                deux_ans_maladie,
                True,
                (_CITE_DELAI_MALADIE,),
                '2 ans après maladie.date_première_constatation arrondi au dernier jour du mois',
            )
        )
    condition = rt.all3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature == 'maladie_professionnelle'),
        maladie_lien_etabli_ulterieurement,
    )
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'deux_ans_certificat_lien',
                (
                    'Déclaration de maladie professionnelle dans les 2 ans suivant le certificat '
                    "établissant le lien avec l'activité"
                ),
                deux_ans_certificat_lien,
                True,
                (_CITE_DELAI_MALADIE_LIEN,),
                '2 ans après maladie.date_certificat_lien arrondi au dernier jour du mois',
            )
        )
    condition = rt.and3(
        contrat_long, (None if declaration_nature is None else declaration_nature == 'rechute')
    )
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'un_mois_rechute',
                'Déclaration de rechute dans le mois suivant sa constatation médicale',
                un_mois_rechute,
                True,
                (_CITE_DELAI_RECHUTE,),
                '1 mois après rechute.date_constatation arrondi au dernier jour du mois',
            )
        )
    condition = rt.and3(contrat_long, declaration_avec_arret)
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'arrêt_48h',
                "Transmission de l'arrêt de travail dans les 48 h suivant son établissement",
                arret_48h,
                True,
                (_CITE_ARRET_48H,),
                '2 jours ouvrables après arrêt.date_établissement',
            )
        )
    condition = rt.and3(
        (None if contrat_long is None else not contrat_long),
        (None if declaration_nature is None else declaration_nature in _DECLARATION_NATURE_VALUES),
    )
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'certificat_24h',
                (
                    'Certificat médical initial à faire établir sous 24 h (contrat court ou à '
                    'temps incomplet)'
                ),
                certificat_24h,
                True,
                (_CITE_CERTIFICAT_24H,),
                '24 h après accident.date',
            )
        )
    condition = rt.all3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature in _DECLARATION_NATURE_VALUES),
        (None if instruction_complementaire is None else not instruction_complementaire),
    )
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'décision_accident',
                (
                    "Décision de l'administration sur l'imputabilité d'un accident (1 mois "
                    'après le dossier complet)'
                ),
                decision_accident,
                True,
                (_CITE_DECISION_ACCIDENT,),
                '1 mois après dossier.date_complet arrondi au dernier jour du mois',
            )
        )
    condition = rt.all3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature in _DECLARATION_NATURE_VALUES),
        instruction_complementaire,
    )
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'décision_accident_prolongée',
                (
                    "Décision sur l'imputabilité d'un accident après expertise, enquête ou "
                    'commission de réforme (1 mois + 3 mois)'
                ),
                decision_accident_prolongee,
                True,
                (_CITE_DECISION_ACCIDENT_PROLONGEE, _CITE_DECISION_ACCIDENT_PROLONGEE_2),
                '4 mois après dossier.date_complet arrondi au dernier jour du mois',
            )
        )
    condition = rt.all3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature == 'maladie_professionnelle'),
        (None if instruction_complementaire is None else not instruction_complementaire),
    )
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'décision_maladie',
                (
                    "Décision de l'administration sur une maladie professionnelle (2 mois après "
                    'le dossier complet)'
                ),
                decision_maladie,
                True,
                (_CITE_DECISION_MALADIE,),
                '2 mois après dossier.date_complet arrondi au dernier jour du mois',
            )
        )
    condition = rt.all3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature == 'maladie_professionnelle'),
        instruction_complementaire,
    )
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'décision_maladie_prolongée',
                (
                    'Décision sur une maladie professionnelle après expertise, enquête ou '
                    'commission de réforme (2 mois + 3 mois)'
                ),
                decision_maladie_prolongee,
                True,
                (_CITE_DECISION_MALADIE_PROLONGEE, _CITE_DECISION_ACCIDENT_PROLONGEE_2),
                '5 mois après dossier.date_complet arrondi au dernier jour du mois',
            )
        )
    condition = None if contrat_long is None else not contrat_long
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'décision_caisse',
                (
                    "Décision de la caisse d'assurance maladie sur le caractère professionnel de "
                    "l'accident (30 jours)"
                ),
                decision_caisse,
                True,
                (_CITE_DECISION_CAISSE, _CITE_DECISION_CAISSE_2),
                '30 jours après dossier.date_complet',
            )
        )
    opinions: list[rt.OpinionInfo] = []
    condition = rt.and3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature == 'maladie_professionnelle'),
    )
    if condition is not False:
        opinions.append(_OPINION_AVIS_MEDECIN_PREVENTION)
    if contrat_long is not False:
        opinions.append(_OPINION_EXPERTISE_MEDICALE)
    if contrat_long is not False:
        opinions.append(_OPINION_RAPPORT_ACTIVITE)
    if contrat_long is not False:
        opinions.append(_OPINION_AVIS_COMMISSION_REFORME)
    found = tuple(findings)
    return rt.Decision(
        circular=CIRCULAR,
        status=rt.status_from_flags(refused, undecided, warned),
        findings=found,
        satisfied=tuple(satisfied),
        not_applicable=tuple(not_applicable),
        missing_facts=rt.rank_missing(found, FACT_LABELS, _FACT_ORDER),
        checklist=checklist,
        deadlines=tuple(deadlines),
        opinions=tuple(opinions),
        submissions=submissions,
        computed={
            'contrat_long': contrat_long,
            'orientation.remise': orientation_remise,
            'orientation.service_compétent': orientation_service_competent,
        },
    )


def evaluate_status(situation: Facts | Mapping[str, Any]) -> rt.Verdict:
    """The status and the failing rules of `evaluate`, nothing else (for batches); same errors."""
    (
        agent_statut,
        _,
        _,
        _,
        agent_position,
        agent_contrat,
        agent_contrat_duree,
        agent_temps_complet,
        arret_date_etablissement,
        arret_date_transmission,
        demande_date_depot,
        declaration_nature,
        declaration_avec_arret,
        demande_citis,
        accident_date,
        accident_lesion_decelee_tardivement,
        accident_date_constatation_medicale,
        accident_acte_terroriste,
        declaration_force_majeure,
        accident_temps_et_lieu_de_service,
        accident_faute_personnelle,
        accident_en_teletravail,
        accident_teletravail_heures_et_fonctions,
        _,
        _,
        trajet_parcours_normal,
        trajet_duree_normale,
        trajet_detour,
        trajet_detour_vie_courante,
        maladie_date_premiere_constatation,
        maladie_lien_etabli_ulterieurement,
        maladie_date_certificat_lien,
        maladie_conditions_tableau,
        maladie_causee_par_activite,
        maladie_taux_incapacite,
        maladie_examens_prescrits,
        rechute_date_constatation,
        certificat_date_etablissement,
        _,
        _,
        dossier_pieces_fournies,
    ) = _read_situation(situation)
    # circulars/citis_2019.circ:90 valeur contrat_long
    contrat_long = rt.or3(
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
        rt.and3(
            agent_temps_complet,
            rt.or3(
                (None if agent_contrat is None else agent_contrat == 'cdi'),
                (None if agent_contrat_duree is None else agent_contrat_duree >= 12),
            ),
        ),
    )
    # circulars/citis_2019.circ:162 échéance quinze_jours_accident
    quinze_jours_accident = rt.shift_date(accident_date, 15, 'jours', 'après', None, False)
    # circulars/citis_2019.circ:166 échéance quinze_jours_constatation
    quinze_jours_constatation = rt.shift_date(
        accident_date_constatation_medicale, 15, 'jours', 'après', None, False
    )
    # circulars/citis_2019.circ:170 échéance deux_ans_accident
    deux_ans_accident = rt.shift_date(accident_date, 24, 'mois', 'après', 'dernier jour', False)
    # circulars/citis_2019.circ:174 échéance deux_ans_maladie
    deux_ans_maladie = rt.shift_date(
        maladie_date_premiere_constatation, 24, 'mois', 'après', 'dernier jour', False
    )
    # circulars/citis_2019.circ:178 échéance deux_ans_certificat_lien
    deux_ans_certificat_lien = rt.shift_date(
        maladie_date_certificat_lien, 24, 'mois', 'après', 'dernier jour', False
    )
    # circulars/citis_2019.circ:182 échéance un_mois_rechute
    un_mois_rechute = rt.shift_date(
        rechute_date_constatation, 1, 'mois', 'après', 'dernier jour', False
    )
    # circulars/citis_2019.circ:186 échéance arrêt_48h
    arret_48h = rt.shift_date(arret_date_etablissement, 2, 'jours ouvrables', 'après', None, False)
    # circulars/citis_2019.circ:190 échéance certificat_24h
    certificat_24h = rt.shift_date(accident_date, 1, 'jours', 'après', None, False)
    # tested by 2 rules
    shared_3 = None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES
    failed: list[str] = []
    refused = undecided = warned = False

    # circulars/citis_2019.circ:219 règle fonctionnaire_en_activité (bloquante)
    applies: bool | None = shared_3
    if applies is not False:
        holds: bool | None = None if agent_position is None else agent_position == 'activité'
        if holds is False and applies is True:
            failed.append('fonctionnaire_en_activité')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/citis_2019.circ:227 règle citis_réservé (bloquante)
    applies = demande_citis
    if applies is not False:
        holds = shared_3
        if holds is False and applies is True:
            failed.append('citis_réservé')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/citis_2019.circ:259 règle présomption_accident_service (avertissement)
    applies = None if declaration_nature is None else declaration_nature == 'accident_service'
    if applies is not False:
        holds = rt.and3(
            accident_temps_et_lieu_de_service,
            (None if accident_faute_personnelle is None else not accident_faute_personnelle),
        )
        if holds is False and applies is True:
            failed.append('présomption_accident_service')
            warned = True

    # circulars/citis_2019.circ:266 règle télétravail (bloquante)
    applies = rt.and3(
        (None if declaration_nature is None else declaration_nature == 'accident_service'),
        accident_en_teletravail,
    )
    if applies is not False:
        holds = accident_teletravail_heures_et_fonctions
        if holds is False and applies is True:
            failed.append('télétravail')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/citis_2019.circ:273 règle trajet_normal (bloquante)
    applies = None if declaration_nature is None else declaration_nature == 'accident_trajet'
    if applies is not False:
        holds = rt.and3(trajet_parcours_normal, trajet_duree_normale)
        if holds is False and applies is True:
            failed.append('trajet_normal')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/citis_2019.circ:280 règle trajet_détour (bloquante)
    applies = rt.and3(
        (None if declaration_nature is None else declaration_nature == 'accident_trajet'),
        trajet_detour,
    )
    if applies is not False:
        holds = trajet_detour_vie_courante
        if holds is False and applies is True:
            failed.append('trajet_détour')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/citis_2019.circ:292 règle maladie_hors_tableau (bloquante)
    applies = rt.and3(
        (None if declaration_nature is None else declaration_nature == 'maladie_professionnelle'),
        (None if maladie_conditions_tableau is None else not maladie_conditions_tableau),
    )
    if applies is not False:
        holds = rt.and3(
            maladie_causee_par_activite,
            (None if maladie_taux_incapacite is None else maladie_taux_incapacite >= 25),
        )
        if holds is False and applies is True:
            failed.append('maladie_hors_tableau')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/citis_2019.circ:301 règle délai_accident (bloquante)
    applies = rt.all3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature in _DECLARATION_NATURE_VALUES),
        (
            None
            if accident_lesion_decelee_tardivement is None
            else not accident_lesion_decelee_tardivement
        ),
    )
    if applies is not False:
        holds = (
            None
            if demande_date_depot is None or quinze_jours_accident is None
            else demande_date_depot <= quinze_jours_accident
        )
        if holds is False and applies is True:
            resolved = rt.exception_outcome(
                _RULE_DELAI_ACCIDENT,
                (
                    (
                        rt.or3(accident_acte_terroriste, declaration_force_majeure),
                        'levée',
                        'sauf si accident.acte_terroriste ou déclaration.force_majeure',
                    ),
                ),
            )
            if resolved is None or resolved[0] == 'conflit':
                failed.append('délai_accident')
                refused = True
            elif resolved[0] == 'indéterminée':
                undecided = True
            elif resolved[0] == 'avertissement':
                failed.append('délai_accident')
                warned = True
        elif holds is not True:
            undecided = True

    # circulars/citis_2019.circ:309 règle délai_lésion_tardive (bloquante)
    applies = rt.all3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature in _DECLARATION_NATURE_VALUES),
        accident_lesion_decelee_tardivement,
    )
    if applies is not False:
        holds = rt.and3(
            (
                None
                if demande_date_depot is None or quinze_jours_constatation is None
                else demande_date_depot <= quinze_jours_constatation
            ),
            (
                None
                if demande_date_depot is None or deux_ans_accident is None
                else demande_date_depot <= deux_ans_accident
            ),
        )
        if holds is False and applies is True:
            resolved = rt.exception_outcome(
                _RULE_DELAI_LESION_TARDIVE,
                (
                    (
                        rt.or3(accident_acte_terroriste, declaration_force_majeure),
                        'levée',
                        'sauf si accident.acte_terroriste ou déclaration.force_majeure',
                    ),
                ),
            )
            if resolved is None or resolved[0] == 'conflit':
                failed.append('délai_lésion_tardive')
                refused = True
            elif resolved[0] == 'indéterminée':
                undecided = True
            elif resolved[0] == 'avertissement':
                failed.append('délai_lésion_tardive')
                warned = True
        elif holds is not True:
            undecided = True

    # circulars/citis_2019.circ:317 règle délai_maladie (bloquante)
    applies = rt.all3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature == 'maladie_professionnelle'),
        (
            None
            if maladie_lien_etabli_ulterieurement is None
            else not maladie_lien_etabli_ulterieurement
        ),
    )
    if applies is not False:
        holds = (
            None
            if demande_date_depot is None or deux_ans_maladie is None
            else demande_date_depot <= deux_ans_maladie
        )
        if holds is False and applies is True:
            resolved = rt.exception_outcome(
                _RULE_DELAI_MALADIE,
                ((declaration_force_majeure, 'levée', 'sauf si déclaration.force_majeure'),),
            )
            if resolved is None or resolved[0] == 'conflit':
                failed.append('délai_maladie')
                refused = True
            elif resolved[0] == 'indéterminée':
                undecided = True
            elif resolved[0] == 'avertissement':
                failed.append('délai_maladie')
                warned = True
        elif holds is not True:
            undecided = True

    # circulars/citis_2019.circ:325 règle délai_maladie_lien (bloquante)
    applies = rt.all3(
        contrat_long,
        (None if declaration_nature is None else declaration_nature == 'maladie_professionnelle'),
        maladie_lien_etabli_ulterieurement,
    )
    if applies is not False:
        holds = (
            None
            if demande_date_depot is None or deux_ans_certificat_lien is None
            else demande_date_depot <= deux_ans_certificat_lien
        )
        if holds is False and applies is True:
            resolved = rt.exception_outcome(
                _RULE_DELAI_MALADIE_LIEN,
                ((declaration_force_majeure, 'levée', 'sauf si déclaration.force_majeure'),),
            )
            if resolved is None or resolved[0] == 'conflit':
                failed.append('délai_maladie_lien')
                refused = True
            elif resolved[0] == 'indéterminée':
                undecided = True
            elif resolved[0] == 'avertissement':
                failed.append('délai_maladie_lien')
                warned = True
        elif holds is not True:
            undecided = True

    # circulars/citis_2019.circ:333 règle délai_rechute (bloquante)
    applies = rt.and3(
        contrat_long, (None if declaration_nature is None else declaration_nature == 'rechute')
    )
    if applies is not False:
        holds = (
            None
            if demande_date_depot is None or un_mois_rechute is None
            else demande_date_depot <= un_mois_rechute
        )
        if holds is False and applies is True:
            resolved = rt.exception_outcome(
                _RULE_DELAI_RECHUTE,
                ((declaration_force_majeure, 'levée', 'sauf si déclaration.force_majeure'),),
            )
            if resolved is None or resolved[0] == 'conflit':
                failed.append('délai_rechute')
                refused = True
            elif resolved[0] == 'indéterminée':
                undecided = True
            elif resolved[0] == 'avertissement':
                failed.append('délai_rechute')
                warned = True
        elif holds is not True:
            undecided = True

    # circulars/citis_2019.circ:341 règle délai_arrêt (avertissement)
    applies = rt.and3(contrat_long, declaration_avec_arret)
    if applies is not False:
        holds = (
            None
            if arret_date_transmission is None or arret_48h is None
            else arret_date_transmission <= arret_48h
        )
        if holds is False and applies is True:
            failed.append('délai_arrêt')
            warned = True

    # circulars/citis_2019.circ:348 règle certificat_initial_24h (bloquante)
    applies = rt.and3(
        (None if contrat_long is None else not contrat_long),
        (None if declaration_nature is None else declaration_nature in _DECLARATION_NATURE_VALUES),
    )
    if applies is not False:
        holds = (
            None
            if certificat_date_etablissement is None or certificat_24h is None
            else certificat_date_etablissement <= certificat_24h
        )
        if holds is False and applies is True:
            failed.append('certificat_initial_24h')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/citis_2019.circ:356 règle pièces_déclaration (bloquante)
    applies = contrat_long
    if applies is not False:
        holds = rt.all_provided(
            dossier_pieces_fournies,
            (
                (
                    rt.and3(
                        contrat_long,
                        (
                            None
                            if declaration_nature is None
                            else declaration_nature in _DECLARATION_NATURE_VALUES_2
                        ),
                    ),
                    'déclaration_accident',
                    (
                        "Original du formulaire de déclaration d'accident de service – accident "
                        'de trajet (annexe 1)'
                    ),
                ),
                (
                    rt.and3(
                        contrat_long,
                        (
                            None
                            if declaration_nature is None
                            else declaration_nature == 'maladie_professionnelle'
                        ),
                    ),
                    'déclaration_maladie',
                    'Original du formulaire de déclaration de maladie professionnelle (annexe 2)',
                ),
                (
                    contrat_long,
                    'certificat_médical',
                    (
                        'Original du certificat médical CERFA n° 11138, volet 1 (lésions '
                        'constatées et leur localisation, ou nature de la maladie)'
                    ),
                ),
                (
                    declaration_avec_arret,
                    'arrêt_de_travail',
                    'Arrêt de travail (initial ou de prolongation)',
                ),
                (
                    (None if contrat_long is None else not contrat_long),
                    'volets_caisse',
                    (
                        'Volets 1 et 2 du certificat médical initial (le volet 3 est conservé par '
                        "l'agent)"
                    ),
                ),
                (
                    (None if contrat_long is None else not contrat_long),
                    'écrit_circonstances',
                    (
                        'Écrit précisant au responsable de la structure les circonstances et le '
                        "lieu de l'accident"
                    ),
                ),
                (
                    rt.and3(
                        (None if agent_statut is None else agent_statut == 'contractuel'),
                        contrat_long,
                    ),
                    'emploi_du_temps_contractuel',
                    'Emploi du temps visé par le supérieur hiérarchique (agent contractuel)',
                ),
                (
                    rt.and3(
                        contrat_long,
                        (
                            None
                            if declaration_nature is None
                            else declaration_nature == 'accident_trajet'
                        ),
                    ),
                    'plan_trajet',
                    (
                        'Plan du trajet (départ, arrivée, itinéraire emprunté et itinéraire '
                        "habituel, endroit exact de l'accident)"
                    ),
                ),
                (
                    rt.all3(
                        contrat_long,
                        (
                            None
                            if declaration_nature is None
                            else declaration_nature == 'maladie_professionnelle'
                        ),
                        maladie_examens_prescrits,
                    ),
                    'examens_tableau',
                    (
                        'Résultats des examens médicaux complémentaires prescrits par le tableau '
                        'de la maladie'
                    ),
                ),
            ),
        )
        if holds is False and applies is True:
            failed.append('pièces_déclaration')
            refused = True
        elif holds is not True:
            undecided = True

    return rt.Verdict(rt.status_from_flags(refused, undecided, warned), tuple(failed))
