# Généré par circdsl depuis circulars/temps_partiel_therapeutique_2019.circ : ne pas modifier.
# Pour changer ce validateur, modifiez le fichier .circ puis lancez « circ build ».
(
    "Validateur : Temps partiel thérapeutique (Rectorat de l'académie d'Aix-Marseille – Division "
    "de l'accompagnement des personnels (DAP))."
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
    name='temps_partiel_therapeutique_2019',
    title='Temps partiel thérapeutique',
    authority=(
        "Rectorat de l'académie d'Aix-Marseille – Division de l'accompagnement des personnels "
        '(DAP)'
    ),
    reference='DAP/19-810-10 (bulletin académique n° 810)',
    issued=datetime.date(2019, 3, 25),
    school_year='2018-2019',
    dispositif='Temps partiel thérapeutique',
    source='sources/004_2d4123b577c6e586.txt',
    file='circulars/temps_partiel_therapeutique_2019.circ',
)
FACT_LABELS: dict[str, str] = {
    'agent.statut': "Statut de l'agent",
    'agent.catégorie_personnel': (
        "Catégorie de personnel (orientation des dossiers dans l'académie d'Aix-Marseille)"
    ),
    'agent.affectation_supérieur': (
        "Affectation dans un établissement d'enseignement supérieur ou au CROUS"
    ),
    'agent.position': 'Position administrative',
    'agent.contrat': 'Type de contrat (agent contractuel)',
    'agent.contrat_durée': 'Durée du contrat à durée déterminée',
    'agent.temps_complet': "L'agent est employé à temps complet (quotité du contrat)",
    'demande.date_dépôt': 'Date de dépôt de la demande',
    'demande.quotité': 'Quotité de service demandée',
    'tpt.congé_précédent': (
        "Congé pour raison de santé à l'issue duquel le temps partiel thérapeutique est demandé"
    ),
    'tpt.ald': (
        'Affection de longue durée empêchant de continuer à exercer à temps plein (agent '
        'contractuel)'
    ),
    'tpt.demande': 'Nature de la demande',
    'tpt.durée_période': 'Durée de la période de temps partiel thérapeutique demandée',
    'tpt.durée_accordée': (
        'Durée de temps partiel thérapeutique déjà accordée pour la même affection (pour une '
        'rechute de CITIS : depuis la rechute)'
    ),
    'tpt.renouvellements_citis': (
        'Nombre de renouvellements déjà obtenus pour un temps partiel thérapeutique après CITIS'
    ),
    'tpt.date_fin_période_en_cours': (
        'Date de fin de la période de temps partiel thérapeutique en cours'
    ),
    'tpt.date_fin_congé': (
        'Date de fin de la dernière période du congé pour raison de santé (congé long)'
    ),
    'tpt.cmo_douze_mois': 'Le congé de maladie ordinaire atteint douze mois consécutifs',
    'tpt.tpt_antérieur': (
        "L'agent a déjà bénéficié d'un temps partiel thérapeutique au cours de sa carrière"
    ),
    'tpt.dispense_expertise': (
        "Certificat d'un médecin hospitalo-universitaire de CHU ou d'un praticien hospitalier, "
        'ou expertise du CITIS ayant déjà préconisé le temps partiel thérapeutique'
    ),
    'demande.dernier_arrêt_joint': (
        'Le dernier arrêt de travail accompagne le formulaire de demande'
    ),
    'agent.stage_en_formation': (
        'Stage comportant un enseignement professionnel ou accompli dans un établissement de '
        'formation'
    ),
}
_FACT_ORDER: dict[str, int] = {
    'agent.statut': 0,
    'agent.catégorie_personnel': 1,
    'agent.affectation_supérieur': 2,
    'agent.position': 3,
    'agent.contrat': 4,
    'agent.contrat_durée': 5,
    'agent.temps_complet': 6,
    'demande.date_dépôt': 7,
    'demande.quotité': 8,
    'tpt.congé_précédent': 9,
    'tpt.ald': 10,
    'tpt.demande': 11,
    'tpt.durée_période': 12,
    'tpt.durée_accordée': 13,
    'tpt.renouvellements_citis': 14,
    'tpt.date_fin_période_en_cours': 15,
    'tpt.date_fin_congé': 16,
    'tpt.cmo_douze_mois': 17,
    'tpt.tpt_antérieur': 18,
    'tpt.dispense_expertise': 19,
    'demande.dernier_arrêt_joint': 20,
    'agent.stage_en_formation': 21,
}
ROUTING_FACTS: dict[str, tuple[str, ...]] = {
    'formulaire': (
        'agent.statut',
        'agent.catégorie_personnel',
        'agent.affectation_supérieur',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
        'tpt.congé_précédent',
    ),
    'dernier_arrêt': (
        'agent.statut',
        'agent.catégorie_personnel',
        'agent.affectation_supérieur',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
        'tpt.congé_précédent',
    ),
    'documents_médicaux': ('agent.statut',),
    'preuve_autre_affection': ('agent.statut', 'tpt.tpt_antérieur'),
    'prescription_service': (
        'agent.statut',
        'agent.catégorie_personnel',
        'agent.affectation_supérieur',
        'agent.contrat',
        'agent.contrat_durée',
        'agent.temps_complet',
        'tpt.congé_précédent',
    ),
    'prescription_caisse': ('agent.statut',),
}
_AGENT_STATUT_VALUES = frozenset({'stagiaire', 'titulaire'})
_AGENT_CATEGORIE_PERSONNEL_VALUES = frozenset(
    {'atss', 'encadrement', 'enseignant_second_degré_privé', 'enseignant_second_degré_public'}
)
_AGENT_AFFECTATION_SUPERIEUR_VALUES = frozenset({'aucune', 'crous'})
_TPT_CONGE_PRECEDENT_VALUES = frozenset({'citis'})
_TPT_CONGE_PRECEDENT_VALUES_2 = frozenset({'accident_travail'})
_SERVICE_DAP_BAT = rt.Recipient(
    'dap_bat',
    'Rectorat – DAP, bureau des accidents du travail (accidents de service)',
    False,
    (
        'Rectorat DAP – bureau des accidents de service – 1 place Lucien Paye 13621 '
        'Aix-en-Provence cedex 1'
    ),
)
_SERVICE_SAM = rt.Recipient(
    'sam',
    'Rectorat – DAP, service des affaires médicales',
    False,
    (
        'Rectorat DAP – service des affaires médicales – 1 place Lucien Paye 13621 Aix-en-Provence '
        'cedex 1 – ce.sam@ac-aix-marseille.fr (Mme Galvez, 04 42 91 73 03)'
    ),
)
_SERVICE_ENSEIGNEMENT_SUPERIEUR = rt.Recipient(
    'enseignement_supérieur',
    "Services de l'enseignement supérieur (arrêtés établis par le rectorat, DAP)",
    False,
    None,
)
_SERVICE_DSDEN_BAT = rt.Recipient(
    'dsden_bat', 'DSDEN – bureau des accidents de service', False, None
)
_SERVICE_DSDEN_BAM = rt.Recipient(
    'dsden_bam',
    'DSDEN – bureau des affaires médicales',
    False,
    (
        'DSDEN 13 : ce.dpe13-chef3@ac-aix-marseille.fr (Mme Descos) ; DSDEN 84 : '
        'bam84@ac-aix-marseille.fr (Mme Launay) ; DSDEN 04 : bam04@ac-aix-marseille.fr (Mme '
        'Pastre) ; DSDEN 05 : bam05@ac-aix-marseille.fr (Mme Allemand)'
    ),
)
_SERVICE_PAGEP = rt.Recipient(
    'pagep', 'Pôle académique de gestion des enseignants du 1er degré (PAGEP)', False, None
)
_SERVICE_BUREAU_ACCIDENTS_ACADEMIQUE = rt.Recipient(
    'bureau_accidents_académique',
    'Bureau des accidents du travail des services académiques (agent contractuel)',
    False,
    None,
)
_SERVICE_SERVICE_GESTIONNAIRE = rt.Recipient(
    'service_gestionnaire',
    "Service gestionnaire ou EPLE employeur dont dépend l'agent",
    False,
    None,
)
_ROWS_DESTINATAIRE = (
    (_SERVICE_DAP_BAT,),
    (_SERVICE_SAM,),
    (_SERVICE_ENSEIGNEMENT_SUPERIEUR,),
    (_SERVICE_DSDEN_BAT,),
    (_SERVICE_DSDEN_BAM,),
    (_SERVICE_PAGEP,),
    (_SERVICE_BUREAU_ACCIDENTS_ACADEMIQUE,),
    (_SERVICE_SERVICE_GESTIONNAIRE,),
    (_SERVICE_SERVICE_GESTIONNAIRE,),
)
_AGENT_POSITION_VALUES = frozenset({'activité', 'détachement', 'mise_à_disposition'})
_TPT_CONGE_PRECEDENT_VALUES_3 = frozenset({'citis', 'cld', 'clm', 'cmo'})
_TPT_CONGE_PRECEDENT_VALUES_4 = frozenset({'accident_travail', 'cgm', 'cm'})
_TPT_CONGE_PRECEDENT_VALUES_5 = frozenset({'cld', 'clm', 'cmo'})
_TPT_CONGE_PRECEDENT_VALUES_6 = frozenset({'cld', 'clm'})
_SERVICE_SUPERIEUR_HIERARCHIQUE = rt.Recipient(
    'supérieur_hiérarchique', 'Supérieur hiérarchique', False, None
)
_CITE_FORMULAIRE = rt.Citation(
    'sa demande de temps partiel thérapeutique au moyen de l’imprimé figurant en annexe II',
    'sources/004_2d4123b577c6e586.txt',
    3261,
)
_CITE_FORMULAIRE_2 = rt.Citation(
    (
        'soit parce que la reprise des fonctions à temps partiel est reconnue comme étant de '
        'nature à favoriser l’amélioration de l’état de santé de l’agent'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3208,
)
_CITE_FORMULAIRE_3 = rt.Citation(
    (
        'soit parce que l’intéressé doit faire l’objet d’une rééducation ou d’une réadaptation '
        'professionnelle pour retrouver un emploi compatible avec son état de santé.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3211,
)
_CITE_FORMULAIRE_4 = rt.Citation(
    (
        'L’agent peut solliciter un temps partiel thérapeutique après un CITIS à l’aide du '
        'formulaire annexé au bulletin académique « temps partiel thérapeutique » n° 810 du '
        '25/03/2019. Le médecin traitant y mentionnera son avis.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1376,
)
_DOC_FORMULAIRE = rt.ChecklistItem(
    'formulaire',
    (
        "Demande de temps partiel thérapeutique (annexe II), complétée par l'agent et le médecin "
        'traitant'
    ),
    'à fournir',
    None,
    False,
    False,
    (),
    (
        'Le médecin traitant y indique la quotité, la date de début, le lien éventuel avec un '
        'accident de service ou une maladie professionnelle, la durée préconisée (3 ou 6 mois) et '
        "la justification : amélioration de l'état de santé, ou rééducation ou réadaptation "
        'professionnelle.'
    ),
    (_CITE_FORMULAIRE, _CITE_FORMULAIRE_2, _CITE_FORMULAIRE_3, _CITE_FORMULAIRE_4),
)
_CITE_DERNIER_ARRET = rt.Citation(
    (
        'Ce formulaire doit être accompagné du dernier arrêt de travail pour les demandes de '
        'reprise à temps partiel thérapeutique après un congé ordinaire de maladie.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3264,
)
_DOC_DERNIER_ARRET = rt.ChecklistItem(
    'dernier_arrêt',
    'Dernier arrêt de travail',
    'à fournir',
    None,
    False,
    False,
    (),
    None,
    (_CITE_DERNIER_ARRET,),
)
_SERVICE_MEDECIN_AGREE = rt.Recipient('médecin_agréé', 'Médecin agréé', True, None)
_CITE_DOCUMENTS_MEDICAUX = rt.Citation(
    (
        'Lors de la visite chez le médecin agréé, l’agent est invité à apporter ses documents '
        'médicaux.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3285,
)
_DOC_DOCUMENTS_MEDICAUX = rt.ChecklistItem(
    'documents_médicaux',
    'Documents médicaux, apportés lors de la visite chez le médecin agréé',
    'facultative',
    None,
    True,
    True,
    (rt.Delivery('main propre', False, (_SERVICE_MEDECIN_AGREE,)),),
    None,
    (_CITE_DOCUMENTS_MEDICAUX,),
)
_DOC_DOCUMENTS_MEDICAUX_IF = rt.ChecklistItem(
    'documents_médicaux',
    'Documents médicaux, apportés lors de la visite chez le médecin agréé',
    'facultative si …',
    'agent.statut dans {titulaire, stagiaire}',
    True,
    True,
    (rt.Delivery('main propre', False, (_SERVICE_MEDECIN_AGREE,)),),
    None,
    (_CITE_DOCUMENTS_MEDICAUX,),
)
_CITE_PREUVE_AUTRE_AFFECTION = rt.Citation(
    (
        'S’il a déjà bénéficié d’un temps partiel thérapeutique au cours de sa carrière, l’agent '
        'doit apporter au médecin agréé toutes pièces permettant de démontrer que sa demande est '
        'déposée au titre d’une autre affection que les précédentes.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3285,
)
_DOC_PREUVE_AUTRE_AFFECTION = rt.ChecklistItem(
    'preuve_autre_affection',
    (
        'Pièces démontrant que la demande porte sur une autre affection que les précédents temps '
        'partiels thérapeutiques'
    ),
    'à fournir',
    None,
    True,
    True,
    (rt.Delivery('main propre', False, (_SERVICE_MEDECIN_AGREE,)),),
    None,
    (_CITE_PREUVE_AUTRE_AFFECTION,),
)
_DOC_PREUVE_AUTRE_AFFECTION_IF = rt.ChecklistItem(
    'preuve_autre_affection',
    (
        'Pièces démontrant que la demande porte sur une autre affection que les précédents temps '
        'partiels thérapeutiques'
    ),
    'à fournir si …',
    'agent.statut dans {titulaire, stagiaire} et tpt.tpt_antérieur',
    True,
    True,
    (rt.Delivery('main propre', False, (_SERVICE_MEDECIN_AGREE,)),),
    None,
    (_CITE_PREUVE_AUTRE_AFFECTION,),
)
_CITE_PRESCRIPTION_SERVICE = rt.Citation(
    (
        "l'agent contractuel adresse à son service gestionnaire (et non aux bureaux des affaires "
        'médicales) sous couvert de son supérieur hiérarchique un exemplaire de la prescription '
        'médicale du médecin.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3377,
)
_DOC_PRESCRIPTION_SERVICE = rt.ChecklistItem(
    'prescription_service',
    'Exemplaire de la prescription médicale du médecin traitant (pour le service gestionnaire)',
    'à fournir',
    None,
    False,
    False,
    (),
    None,
    (_CITE_PRESCRIPTION_SERVICE,),
)
_SERVICE_CPAM = rt.Recipient(
    'cpam', "Caisse primaire d'assurance maladie d'affiliation (CPAM ou MGEN)", False, None
)
_CITE_PRESCRIPTION_CAISSE = rt.Citation(
    (
        "L'agent adresse également un exemplaire de la prescription médicale à sa caisse primaire "
        'd’assurance maladie (CPAM) ou à la MGEN s’il y est affilié'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3380,
)
_DOC_PRESCRIPTION_CAISSE = rt.ChecklistItem(
    'prescription_caisse',
    (
        "Exemplaire de la prescription médicale du médecin traitant (pour la caisse d'assurance "
        'maladie)'
    ),
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('voie postale', False, (_SERVICE_CPAM,)),),
    None,
    (_CITE_PRESCRIPTION_CAISSE,),
)
_DOC_PRESCRIPTION_CAISSE_IF = rt.ChecklistItem(
    'prescription_caisse',
    (
        "Exemplaire de la prescription médicale du médecin traitant (pour la caisse d'assurance "
        'maladie)'
    ),
    'à fournir si …',
    'agent.statut = contractuel',
    False,
    False,
    (rt.Delivery('voie postale', False, (_SERVICE_CPAM,)),),
    None,
    (_CITE_PRESCRIPTION_CAISSE,),
)
_CITE_DEMANDE = rt.Citation(
    (
        'L’agent adresse, au service concerné (cf annexe I), sous couvert de son supérieur '
        'hiérarchique, sa demande de temps partiel thérapeutique au moyen de l’imprimé figurant en '
        'annexe II.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3261,
)
_SUBMISSION = rt.SubmissionInfo(
    'Demande de temps partiel thérapeutique, sous couvert du supérieur hiérarchique',
    (),
    None,
    (_CITE_DEMANDE,),
)
_CITE_STAGIAIRE_EN_FORMATION = rt.Citation(
    (
        'Elle s’applique également aux fonctionnaires stagiaires sauf dans le cas où le stage '
        'comporte un enseignement professionnel ou doit être accompli dans un établissement de '
        'formation.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3196,
)
_RULE_STAGIAIRE_EN_FORMATION = rt.RuleInfo(
    'stagiaire_en_formation',
    (
        'Stagiaires : sauf stage comportant un enseignement professionnel ou en établissement de '
        'formation'
    ),
    'bloquante',
    (_CITE_STAGIAIRE_EN_FORMATION,),
    'circulars/temps_partiel_therapeutique_2019.circ:156',
)
_CITE_POSITION_STATUTAIRE = rt.Citation(
    (
        'Il s’applique à des agents en position d’activité ou de détachement (incluant la position '
        'de mise à disposition). L’octroi du temps partiel thérapeutique aux agents placés dans '
        'd’autres positions statutaires (disponibilité d’office pour raison de santé, congé '
        'parental etc…) n’est pas possible.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3215,
)
_RULE_POSITION_STATUTAIRE = rt.RuleInfo(
    'position_statutaire',
    'Agents en activité ou en détachement (y compris mise à disposition)',
    'bloquante',
    (_CITE_POSITION_STATUTAIRE,),
    'circulars/temps_partiel_therapeutique_2019.circ:162',
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
_CITE_APRES_CONGE_FONCTIONNAIRE = rt.Citation(
    (
        'Il peut être accordé après un congé de maladie (aucune durée minimale exigée), un congé '
        'de longue maladie (CLM), un congé de longue durée (CLD) ou un congé pour invalidité '
        'temporaire imputable au service'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3205,
)
_CITE_APRES_CONGE_FONCTIONNAIRE_2 = rt.Citation(
    (
        'pour solliciter une reprise de fonction à TPTH, l’agent doit être en congé pour raison de '
        'santé.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3037,
)
_RULE_APRES_CONGE_FONCTIONNAIRE = rt.RuleInfo(
    'après_congé_fonctionnaire',
    'Fonctionnaire : après un congé de maladie, un CLM, un CLD ou un CITIS',
    'bloquante',
    (_CITE_APRES_CONGE_FONCTIONNAIRE, _CITE_APRES_CONGE_FONCTIONNAIRE_2),
    'circulars/temps_partiel_therapeutique_2019.circ:168',
)
_LABELS_TPT_CONGE_PRECEDENT = {
    'cmo': 'Congé de maladie ordinaire',
    'clm': 'Congé de longue maladie (CLM)',
    'cld': 'Congé de longue durée (CLD)',
    'citis': (
        'Congé pour invalidité temporaire imputable au service (CITIS), y compris pour une rechute'
    ),
    'cm': 'Congé de maladie (agent contractuel)',
    'cgm': 'Congé de grave maladie (agent contractuel)',
    'accident_travail': (
        'Arrêt pour accident du travail ou maladie professionnelle (agent contractuel)'
    ),
    'aucun_congé': 'Aucun congé pour raison de santé',
}
_CITE_APRES_CONGE_CONTRACTUEL = rt.Citation(
    (
        "L'agent non titulaire peut reprendre ses fonctions dans le cadre d'un temps partiel "
        'thérapeutique : - soit après un congé de maladie,'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3359,
)
_CITE_APRES_CONGE_CONTRACTUEL_2 = rt.Citation(
    (
        "soit lorsqu'il se trouve dans l'impossibilité de continuer à exercer ses fonctions à "
        "temps plein en raison d'une affection de longue durée (ALD)."
    ),
    'sources/004_2d4123b577c6e586.txt',
    3361,
)
_CITE_APRES_CONGE_CONTRACTUEL_3 = rt.Citation(
    'Soit après un congé de grave maladie', 'sources/004_2d4123b577c6e586.txt', 3364
)
_RULE_APRES_CONGE_CONTRACTUEL = rt.RuleInfo(
    'après_congé_contractuel',
    "Agent contractuel : après un congé de maladie, un CGM ou en cas d'ALD",
    'bloquante',
    (
        _CITE_APRES_CONGE_CONTRACTUEL,
        _CITE_APRES_CONGE_CONTRACTUEL_2,
        _CITE_APRES_CONGE_CONTRACTUEL_3,
    ),
    'circulars/temps_partiel_therapeutique_2019.circ:175',
)
_CITE_QUOTITE = rt.Citation(
    'La quotité est comprise entre 50% et moins de 100%.', 'sources/004_2d4123b577c6e586.txt', 3224
)
_CITE_QUOTITE_2 = rt.Citation(
    'Ce temps partiel thérapeutique ne peut en aucun cas être inférieur à un mi-temps.',
    'sources/004_2d4123b577c6e586.txt',
    3233,
)
_RULE_QUOTITE = rt.RuleInfo(
    'quotité',
    'Quotité comprise entre 50 % et moins de 100 %',
    'bloquante',
    (_CITE_QUOTITE, _CITE_QUOTITE_2),
    'circulars/temps_partiel_therapeutique_2019.circ:184',
)
_CITE_PERIODE_TROIS_MOIS = rt.Citation(
    (
        'Après un congé ordinaire de maladie, CLM ou CLD : 1 an maximum de temps partiel '
        'thérapeutique pour la même affection, accordé par période de 3 mois.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3222,
)
_CITE_PERIODE_TROIS_MOIS_2 = rt.Citation(
    (
        'Nota : pour les reprises suite à maladie d’origine non professionnelle, le TPT est '
        'accordé par période de 3 mois'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3506,
)
_RULE_PERIODE_TROIS_MOIS = rt.RuleInfo(
    'période_trois_mois',
    'Après un congé de maladie, un CLM ou un CLD : périodes de 3 mois',
    'bloquante',
    (_CITE_PERIODE_TROIS_MOIS, _CITE_PERIODE_TROIS_MOIS_2),
    'circulars/temps_partiel_therapeutique_2019.circ:191',
)
_CITE_PERIODE_SIX_MOIS = rt.Citation(
    (
        'Après un congé pour invalidité temporaire imputable au service : 1 an maximum de temps '
        'partiel thérapeutique, par période allant jusqu’à 6 mois.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3227,
)
_CITE_PERIODE_SIX_MOIS_2 = rt.Citation(
    (
        'le temps partiel thérapeutique après un CITIS peut être accordé pour une période maximale '
        'de six mois renouvelable une fois.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1387,
)
_RULE_PERIODE_SIX_MOIS = rt.RuleInfo(
    'période_six_mois',
    "Après un CITIS : périodes allant jusqu'à 6 mois",
    'bloquante',
    (_CITE_PERIODE_SIX_MOIS, _CITE_PERIODE_SIX_MOIS_2),
    'circulars/temps_partiel_therapeutique_2019.circ:198',
)
_CITE_UN_AN_MEME_AFFECTION = rt.Citation(
    '1 an maximum de temps partiel thérapeutique pour la même affection',
    'sources/004_2d4123b577c6e586.txt',
    3222,
)
_CITE_UN_AN_MEME_AFFECTION_2 = rt.Citation(
    (
        'accordé pour une période de 3 mois renouvelable dans la limite d’un an pour une même '
        'affection.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3665,
)
_RULE_UN_AN_MEME_AFFECTION = rt.RuleInfo(
    'un_an_même_affection',
    'Un an au plus pour la même affection',
    'bloquante',
    (_CITE_UN_AN_MEME_AFFECTION, _CITE_UN_AN_MEME_AFFECTION_2),
    'circulars/temps_partiel_therapeutique_2019.circ:205',
)
_RULE_CITIS_RENOUVELABLE_UNE_FOIS = rt.RuleInfo(
    'citis_renouvelable_une_fois',
    'Après un CITIS : renouvelable une fois',
    'bloquante',
    (_CITE_PERIODE_SIX_MOIS_2,),
    'circulars/temps_partiel_therapeutique_2019.circ:212',
)
_CITE_RECHUTE_NOUVEAUX_DROITS = rt.Citation(
    (
        'Un congé pour invalidité temporaire imputable au service lié à une rechute d’accident de '
        'service ou de maladie professionnelle ouvre de nouveaux droits à temps partiel '
        'thérapeutique.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3230,
)
_RULE_RECHUTE_NOUVEAUX_DROITS = rt.RuleInfo(
    'rechute_nouveaux_droits',
    "Rechute d'un accident de service : nouveaux droits",
    'information',
    (_CITE_RECHUTE_NOUVEAUX_DROITS,),
    'circulars/temps_partiel_therapeutique_2019.circ:218',
)
_NOTICE_RECHUTE_NOUVEAUX_DROITS = rt.Finding(
    _RULE_RECHUTE_NOUVEAUX_DROITS,
    rt.Outcome.NOTICE,
    'information',
    (
        "Un CITIS lié à une rechute d'accident de service ou de maladie professionnelle ouvre de "
        'nouveaux droits à temps partiel thérapeutique : la durée déjà accordée se compte alors '
        'depuis la rechute.'
    ),
    (),
)
_CITE_DELAI_RENOUVELLEMENT = rt.Citation(
    (
        'L’arrêté d’octroi du temps partiel thérapeutique fixe la période et la quotité. Un mois '
        'au plus tard avant la fin de la période, l’agent doit en demander expressément le '
        'renouvellement, selon les mêmes modalités définies au paragraphe 1-3.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3333,
)
_CITE_DELAI_RENOUVELLEMENT_2 = rt.Citation(
    'Sans manifestation de l’agent, ce dernier est considéré comme reprenant à temps complet.',
    'sources/004_2d4123b577c6e586.txt',
    3337,
)
_RULE_DELAI_RENOUVELLEMENT = rt.RuleInfo(
    'délai_renouvellement',
    'Renouvellement demandé un mois au plus tard avant la fin de la période',
    'bloquante',
    (_CITE_DELAI_RENOUVELLEMENT, _CITE_DELAI_RENOUVELLEMENT_2),
    'circulars/temps_partiel_therapeutique_2019.circ:224',
)
_CITE_DELAI_RENOUVELLEMENT_CITIS = rt.Citation(
    (
        'Pour les agents en congé d’invalidité temporaire, la demande doit être déposée au moins '
        'deux mois avant l’échéance (en raison des expertises à effectuer).'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3335,
)
_CITE_DELAI_RENOUVELLEMENT_CITIS_2 = rt.Citation(
    (
        'Toute demande de prolongation doit être adressée 2 mois avant la fin de la période déjà '
        'accordée.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1388,
)
_RULE_DELAI_RENOUVELLEMENT_CITIS = rt.RuleInfo(
    'délai_renouvellement_citis',
    "Après un CITIS : renouvellement demandé au moins deux mois avant l'échéance",
    'bloquante',
    (_CITE_DELAI_RENOUVELLEMENT_CITIS, _CITE_DELAI_RENOUVELLEMENT_CITIS_2),
    'circulars/temps_partiel_therapeutique_2019.circ:231',
)
_RULE_DERNIER_ARRET_JOINT = rt.RuleInfo(
    'dernier_arrêt_joint',
    'Après un congé de maladie ordinaire : le dernier arrêt de travail accompagne le formulaire',
    'bloquante',
    (_CITE_DERNIER_ARRET,),
    'circulars/temps_partiel_therapeutique_2019.circ:240',
)
_CITE_DELAI_REPRISE_CONGE_LONG = rt.Citation(
    (
        'Attention, pour l’agent placé en CLM, CLD, CGM, CMO depuis plus de 12 mois, la demande '
        'doit être adressée au plus tard 3 mois avant la fin de la dernière période du congé long'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3030,
)
_RULE_DELAI_REPRISE_CONGE_LONG = rt.RuleInfo(
    'délai_reprise_congé_long',
    'Après un CLM, un CLD ou 12 mois de CMO : demande au plus tard 3 mois avant la fin du congé',
    'bloquante',
    (_CITE_DELAI_REPRISE_CONGE_LONG,),
    'circulars/temps_partiel_therapeutique_2019.circ:248',
)
_CITE_REPRISE_SUR_DECISION = rt.Citation(
    (
        'Rappel : dans ces 3 derniers cas, l’agent n’est pas autorisé à reprendre ses fonctions '
        'sans décision notifiée par l’administration'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3274,
)
_CITE_REPRISE_SUR_DECISION_2 = rt.Citation(
    (
        'soit par le comité médical départemental s’il s’agit d’une demande de reprise après CLM, '
        'CLD ou à l’issue de 12 mois de congés ordinaires de maladie.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3273,
)
_RULE_REPRISE_SUR_DECISION = rt.RuleInfo(
    'reprise_sur_décision',
    'Après un CLM, un CLD ou 12 mois de CMO : reprise sur décision notifiée',
    'information',
    (_CITE_REPRISE_SUR_DECISION, _CITE_REPRISE_SUR_DECISION_2),
    'circulars/temps_partiel_therapeutique_2019.circ:255',
)
_NOTICE_REPRISE_SUR_DECISION = rt.Finding(
    _RULE_REPRISE_SUR_DECISION,
    rt.Outcome.NOTICE,
    'information',
    (
        'Après un CLM, un CLD ou douze mois de congé de maladie ordinaire, le médecin agréé est '
        'missionné par le comité médical départemental et vous ne pouvez pas reprendre vos '
        "fonctions sans décision notifiée par l'administration."
    ),
    (),
)
_CITE_REMUNERATION = rt.Citation(
    (
        'L’agent bénéficiant de cette modalité, quelle que soit la quotité accordée, perçoit '
        'l’intégralité de son traitement et de l’indemnité de résidence, ainsi que le cas échéant, '
        'du supplément familial de traitement et de la nouvelle bonification indiciaire.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3234,
)
_CITE_REMUNERATION_2 = rt.Citation(
    (
        'Pour les fonctionnaires de l’Etat, le montant des primes et indemnités est calculé au '
        'prorata de la durée effective du service.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3239,
)
_CITE_REMUNERATION_3 = rt.Citation(
    (
        'le temps partiel thérapeutique met fin au régime de travail à temps partiel '
        'antérieurement accordé'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3237,
)
_CITE_REMUNERATION_4 = rt.Citation(
    (
        'Les périodes de temps partiel thérapeutique sont considérées comme à temps plein '
        's’agissant de :'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3246,
)
_CITE_REMUNERATION_5 = rt.Citation(
    'La détermination des droits à l’avancement d’échelon et de grade',
    'sources/004_2d4123b577c6e586.txt',
    3247,
)
_CITE_REMUNERATION_6 = rt.Citation(
    'La constitution et la liquidation des droits à pension civile',
    'sources/004_2d4123b577c6e586.txt',
    3248,
)
_CITE_REMUNERATION_7 = rt.Citation(
    'L’ouverture des droits à un nouveau congé de longue maladie',
    'sources/004_2d4123b577c6e586.txt',
    3249,
)
_CITE_REMUNERATION_8 = rt.Citation(
    (
        'Cette règle vaut aussi pour les agents qui bénéficiaient d’un temps partiel sur '
        'autorisation ou d’un temps partiel de droit avant l’octroi du temps partiel thérapeutique'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3236,
)
_CITE_REMUNERATION_9 = rt.Citation(
    (
        'Cette mesure financière est applicable aux agents bénéficiant d’une première période de '
        'temps partiel thérapeutique après la parution de ce bulletin académique.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3240,
)
_CITE_REMUNERATION_10 = rt.Citation(
    (
        'Les droits à congés annuels d’un fonctionnaire en service à temps partiel thérapeutique '
        'sont assimilables à ceux d’un agent effectuant un service à temps partiel de droit commun.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3243,
)
_CITE_REMUNERATION_11 = rt.Citation(
    (
        'S’agissant des fonctionnaires stagiaires, la période de service effectuée à temps partiel '
        'thérapeutique est prise en compte, lors de la titularisation, pour l’intégralité de sa '
        'durée effective, dans le calcul des services retenus pour l’avancement et le classement.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3251,
)
_RULE_REMUNERATION = rt.RuleInfo(
    'rémunération',
    'Rémunération et situation administrative du fonctionnaire à temps partiel thérapeutique',
    'information',
    (
        _CITE_REMUNERATION,
        _CITE_REMUNERATION_2,
        _CITE_REMUNERATION_3,
        _CITE_REMUNERATION_4,
        _CITE_REMUNERATION_5,
        _CITE_REMUNERATION_6,
        _CITE_REMUNERATION_7,
        _CITE_REMUNERATION_8,
        _CITE_REMUNERATION_9,
        _CITE_REMUNERATION_10,
        _CITE_REMUNERATION_11,
    ),
    'circulars/temps_partiel_therapeutique_2019.circ:261',
)
_NOTICE_REMUNERATION = rt.Finding(
    _RULE_REMUNERATION,
    rt.Outcome.NOTICE,
    'information',
    (
        "Quelle que soit la quotité, vous percevez l'intégralité de votre traitement, de "
        "l'indemnité de résidence et, le cas échéant, du supplément familial de traitement et de "
        'la NBI ; les primes et indemnités sont calculées au prorata de la durée effective du '
        'service. Le temps partiel thérapeutique met fin au temps partiel antérieur ; il compte '
        "comme du temps plein pour l'avancement, la pension et l'ouverture de droits à un "
        'nouveau CLM.'
    ),
    (),
)
_CITE_DATE_EFFET = rt.Citation(
    'Elle doit en principe correspondre au lendemain de la fin du congé pour raisons de santé.',
    'sources/004_2d4123b577c6e586.txt',
    3312,
)
_CITE_DATE_EFFET_2 = rt.Citation(
    (
        'Si l’agent n’est pas maintenu par son médecin traitant en congé ordinaire de maladie dans '
        'l’attente de la décision d’octroi du temps partiel thérapeutique, à titre exceptionnel, '
        'il peut :'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3318,
)
_CITE_DATE_EFFET_3 = rt.Citation(
    (
        'La date d’effet de reprise à temps partiel thérapeutique est celle qui figure sur '
        'l’arrêté notifié à l’agent.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3311,
)
_CITE_DATE_EFFET_4 = rt.Citation(
    (
        'Pour les demandes de reprise à temps partiel thérapeutique ne nécessitant pas l’avis '
        'préalable du comité médical, le début de la période de travail à temps partiel '
        'thérapeutique peut être différé par rapport à la date de reprise, soit pour des raisons '
        'médicales, soit compte tenu du temps nécessaire au déroulement de la procédure '
        'd’attribution de ce dispositif.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3314,
)
_CITE_DATE_EFFET_5 = rt.Citation(
    (
        'Soit demander un temps partiel sur autorisation ou de droit auprès de son service '
        'gestionnaire : attention, toute reprise est subordonnée à un arrêté des services RH. La '
        'décision d’octroi du temps partiel thérapeutique aura pour effet de requalifier '
        'rétroactivement le temps partiel en temps partiel thérapeutique avec régularisation de '
        'rémunération.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3321,
)
_CITE_DATE_EFFET_6 = rt.Citation(
    (
        'Soit poursuivre son activité à temps partiel, s’il en bénéficiait déjà : la décision '
        'd’octroi du temps partiel thérapeutique aura pour effet de requalifier rétroactivement le '
        'temps partiel en temps partiel thérapeutique avec régularisation de rémunération.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3325,
)
_CITE_DATE_EFFET_7 = rt.Citation(
    (
        'Soit travailler à temps plein : un certificat médical du médecin doit attester de cette '
        'possibilité. Le temps partiel thérapeutique débutera à la date de décision de '
        'l’administration (DAP rectorat ou BAM DSDEN).'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3328,
)
_RULE_DATE_EFFET = rt.RuleInfo(
    'date_effet',
    "Date d'effet et attente de la décision",
    'information',
    (
        _CITE_DATE_EFFET,
        _CITE_DATE_EFFET_2,
        _CITE_DATE_EFFET_3,
        _CITE_DATE_EFFET_4,
        _CITE_DATE_EFFET_5,
        _CITE_DATE_EFFET_6,
        _CITE_DATE_EFFET_7,
    ),
    'circulars/temps_partiel_therapeutique_2019.circ:276',
)
_NOTICE_DATE_EFFET = rt.Finding(
    _RULE_DATE_EFFET,
    rt.Outcome.NOTICE,
    'information',
    (
        "La reprise à temps partiel thérapeutique prend effet à la date de l'arrêté, en principe "
        "le lendemain de la fin du congé. Si vous n'êtes pas maintenu en congé dans l'attente de "
        'la décision, vous pouvez à titre exceptionnel demander un temps partiel, poursuivre votre '
        'temps partiel, ou travailler à temps plein sur certificat médical ; la décision '
        'requalifie ensuite la période.'
    ),
    (),
)
_CITE_FIN_TPT = rt.Citation(
    (
        'Lorsque le fonctionnaire est placé en congé, de quelque nature que ce soit - sauf congé '
        'de maternité, de paternité et congé pour adoption qui suspendent l’autorisation de '
        'travailler à temps partiel -, la période en cours de temps partiel thérapeutique n’est ni '
        'suspendue, ni interrompue et prend fin à la date indiquée sur l’arrêté.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3341,
)
_CITE_FIN_TPT_2 = rt.Citation(
    (
        'Au terme de la période de 12 mois de temps partiel thérapeutique, le fonctionnaire '
        'reprend son service à temps complet, ou à temps partiel sur autorisation ou à temps '
        'partiel de droit'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3347,
)
_RULE_FIN_TPT = rt.RuleInfo(
    'fin_tpt',
    'Interruption et fin du temps partiel thérapeutique',
    'information',
    (_CITE_FIN_TPT, _CITE_FIN_TPT_2),
    'circulars/temps_partiel_therapeutique_2019.circ:287',
)
_NOTICE_FIN_TPT = rt.Finding(
    _RULE_FIN_TPT,
    rt.Outcome.NOTICE,
    'information',
    (
        'Un congé, de quelque nature que ce soit (sauf maternité, paternité et adoption), '
        "n'interrompt pas la période en cours, qui prend fin à la date de l'arrêté. Au terme des "
        '12 mois, vous reprenez à temps complet ou à temps partiel de droit ou sur autorisation, '
        'sans nouvel avis médical.'
    ),
    (),
)
_CITE_CONTRACTUEL_PROCEDURE = rt.Citation(
    (
        'l’accord de la CPAM ou MGEN ne présume pas de l’accord de l’employeur qui doit accepter '
        "la reprise du travail à temps partiel thérapeutique, sauf s'il justifie d'un motif "
        "légitime lié à l'organisation du service."
    ),
    'sources/004_2d4123b577c6e586.txt',
    3384,
)
_CITE_CONTRACTUEL_PROCEDURE_2 = rt.Citation(
    'La durée du travail dépend de la prescription médicale du médecin traitant.',
    'sources/004_2d4123b577c6e586.txt',
    3388,
)
_CITE_CONTRACTUEL_PROCEDURE_3 = rt.Citation(
    (
        'Les agents contractuels de droit public sont affiliés aux caisses primaires d’assurance '
        'maladie et bénéficient des dispositions relatives au temps partiel pour motif '
        'thérapeutique instaurées par le régime général de la sécurité sociale.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3353,
)
_CITE_CONTRACTUEL_PROCEDURE_4 = rt.Citation(
    (
        "L'indemnité journalière prévue à l'article L. 321-1 du Code de la sécurité sociale est "
        'servie, en cas de travail à temps partiel pour motif thérapeutique, dans les cas suivants '
        ':'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3368,
)
_CITE_CONTRACTUEL_PROCEDURE_5 = rt.Citation(
    (
        '1° Le maintien au travail ou la reprise du travail et le travail effectué sont reconnus '
        "comme étant de nature à favoriser l'amélioration de l'état de santé de l'assuré ;"
    ),
    'sources/004_2d4123b577c6e586.txt',
    3371,
)
_CITE_CONTRACTUEL_PROCEDURE_6 = rt.Citation(
    (
        "2° L'assuré doit faire l'objet d'une rééducation ou d'une réadaptation "
        'professionnelle pour recouvrer un emploi compatible avec son état de santé.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3373,
)
_CITE_CONTRACTUEL_PROCEDURE_7 = rt.Citation(
    (
        'L’agent perçoit au moins le traitement correspondant à la durée de travail accomplie, '
        'complété par les indemnités journalières versées par la CPAM ou la MGEN, dans la limite '
        'du plein traitement. La durée de versement des indemnités est fixée par le centre de '
        'sécurité sociale.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3394,
)
_CITE_CONTRACTUEL_PROCEDURE_8 = rt.Citation(
    (
        'Les droits à congés annuels sont proratisés en fonction de la quotité du temps partiel '
        'thérapeutique.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3398,
)
_RULE_CONTRACTUEL_PROCEDURE = rt.RuleInfo(
    'contractuel_procédure',
    "Agent contractuel : prescription, accord de la caisse et de l'employeur",
    'information',
    (
        _CITE_PRESCRIPTION_SERVICE,
        _CITE_CONTRACTUEL_PROCEDURE,
        _CITE_CONTRACTUEL_PROCEDURE_2,
        _CITE_CONTRACTUEL_PROCEDURE_3,
        _CITE_CONTRACTUEL_PROCEDURE_4,
        _CITE_CONTRACTUEL_PROCEDURE_5,
        _CITE_CONTRACTUEL_PROCEDURE_6,
        _CITE_CONTRACTUEL_PROCEDURE_7,
        _CITE_CONTRACTUEL_PROCEDURE_8,
    ),
    'circulars/temps_partiel_therapeutique_2019.circ:293',
)
_NOTICE_CONTRACTUEL_PROCEDURE = rt.Finding(
    _RULE_CONTRACTUEL_PROCEDURE,
    rt.Outcome.NOTICE,
    'information',
    (
        'Adressez un exemplaire de la prescription de votre médecin traitant à votre service '
        'gestionnaire (et non au bureau des affaires médicales), sous couvert de votre supérieur '
        "hiérarchique, et un autre à votre caisse (CPAM ou MGEN), dont l'accord est nécessaire "
        "aux indemnités journalières. L'employeur doit accepter la reprise, sauf motif légitime "
        "lié à l'organisation du service. La durée du travail suit la prescription ; vous "
        'percevez au moins le traitement correspondant au travail accompli, complété par les '
        'indemnités journalières dans la limite du plein traitement ; vos congés annuels sont '
        'proratisés.'
    ),
    (),
)
_CITE_RENOUVELLEMENT_UN_MOIS = rt.Citation(
    (
        'Un mois au plus tard avant la fin de la période, l’agent doit en demander expressément le '
        'renouvellement, selon les mêmes modalités définies au paragraphe 1-3.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3333,
)
_SERVICE_MEDECIN_TRAITANT = rt.Recipient('médecin_traitant', 'Médecin traitant', True, None)
_CITE_AVIS_MEDECIN_TRAITANT = rt.Citation(
    (
        'Il devra y faire figurer l’avis de son médecin traitant portant sur la durée, le motif, '
        'et la quotité.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3262,
)
_OPINION_AVIS_MEDECIN_TRAITANT = rt.OpinionInfo(
    'avis_médecin_traitant',
    'Avis du médecin traitant sur la durée, le motif et la quotité',
    'obligatoire',
    _SERVICE_MEDECIN_TRAITANT,
    (_CITE_AVIS_MEDECIN_TRAITANT,),
)
_CITE_AVIS_MEDECIN_AGREE = rt.Citation(
    (
        'L’agent sera ensuite orienté vers un médecin agréé pour avis sur l’octroi du temps '
        'partiel thérapeutique, sa durée, son motif et sa quotité.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3267,
)
_CITE_AVIS_MEDECIN_AGREE_2 = rt.Citation(
    (
        'l’administration peut se dispenser d’avoir recours à une expertise médicale par un '
        'médecin agréé lorsque l’agent produit un certificat médical émanant d’un médecin qui '
        'appartient au personnel enseignant et hospitalier'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3280,
)
_CITE_AVIS_MEDECIN_AGREE_3 = rt.Citation(
    (
        'sauf si au cours de l’instruction du dossier, une expertise médicale préconise déjà ce '
        'temps partiel thérapeutique'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1379,
)
_OPINION_AVIS_MEDECIN_AGREE = rt.OpinionInfo(
    'avis_médecin_agréé',
    "Avis d'un médecin agréé sur l'octroi, la durée, le motif et la quotité",
    'obligatoire',
    _SERVICE_MEDECIN_AGREE,
    (_CITE_AVIS_MEDECIN_AGREE, _CITE_AVIS_MEDECIN_AGREE_2, _CITE_AVIS_MEDECIN_AGREE_3),
)
_SERVICE_CMD = rt.Recipient('cmd', 'Comité médical départemental', True, None)
_CITE_AVIS_COMITE_MEDICAL = rt.Citation(
    (
        'Soit l’avis du comité médical dans le cas d’une demande de reprise de fonction à temps '
        'partiel thérapeutique après CLM, CLD ou après douze mois de congés ordinaires de maladie.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3295,
)
_CITE_AVIS_COMITE_MEDICAL_2 = rt.Citation(
    (
        'Soit après un congé de grave maladie : dans ce cas, l’agent ne peut reprendre ses '
        'fonctions sans décision de l’administration l’y autorisant, après avis du comité médical.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3364,
)
_OPINION_AVIS_COMITE_MEDICAL = rt.OpinionInfo(
    'avis_comité_médical',
    'Avis du comité médical départemental',
    'obligatoire',
    _SERVICE_CMD,
    (_CITE_AVIS_COMITE_MEDICAL, _CITE_AVIS_COMITE_MEDICAL_2),
)
_SERVICE_COMMISSION_REFORME = rt.Recipient(
    'commission_réforme', 'Commission de réforme', False, None
)
_CITE_AVIS_COMMISSION_REFORME = rt.Citation(
    'En cas d’avis discordants, la commission de réforme sera saisie.',
    'sources/004_2d4123b577c6e586.txt',
    1384,
)
_OPINION_AVIS_COMMISSION_REFORME = rt.OpinionInfo(
    'avis_commission_réforme',
    "Commission de réforme en cas d'avis médicaux divergents (après un CITIS)",
    'facultative',
    _SERVICE_COMMISSION_REFORME,
    (_CITE_AVIS_COMMISSION_REFORME,),
)
_CITE_ACCORD_CAISSE = rt.Citation(
    (
        "L'agent adresse également un exemplaire de la prescription médicale à sa caisse primaire "
        "d’assurance maladie (CPAM) ou à la MGEN s’il y est affilié : l'accord est nécessaire "
        "pour bénéficier d'une indemnité versée par la sécurité sociale."
    ),
    'sources/004_2d4123b577c6e586.txt',
    3380,
)
_OPINION_ACCORD_CAISSE = rt.OpinionInfo(
    'accord_caisse',
    "Accord de la caisse d'assurance maladie (indemnités journalières)",
    'obligatoire',
    _SERVICE_CPAM,
    (_CITE_ACCORD_CAISSE,),
)
_CITE_ACCORD_EMPLOYEUR = rt.Citation(
    (
        'l’accord de la CPAM ou MGEN ne présume pas de l’accord de l’employeur qui doit accepter '
        'la reprise du travail à temps partiel thérapeutique'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3384,
)
_OPINION_ACCORD_EMPLOYEUR = rt.OpinionInfo(
    'accord_employeur',
    "Accord de l'employeur sur la reprise à temps partiel thérapeutique",
    'obligatoire',
    _SERVICE_SERVICE_GESTIONNAIRE,
    (_CITE_ACCORD_EMPLOYEUR,),
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
    # circulars/commun.circ:108
    demande_date_depot: datetime.date | None = Field(
        default=None, alias='demande.date_dépôt', title='Date de dépôt de la demande'
    )
    # circulars/commun.circ:114
    demande_quotite: Annotated[Decimal, Field(ge=0, le=100)] | None = Field(
        default=None, alias='demande.quotité', title='Quotité de service demandée'
    )
    # circulars/temps_partiel_therapeutique_2019.circ:24
    tpt_conge_precedent: Literal[
        'cmo', 'clm', 'cld', 'citis', 'cm', 'cgm', 'accident_travail', 'aucun_congé'
    ] | None = Field(
        default=None,
        alias='tpt.congé_précédent',
        title=(
            "Congé pour raison de santé à l'issue duquel le temps partiel thérapeutique est "
            'demandé'
        ),
    )
    # circulars/temps_partiel_therapeutique_2019.circ:35
    tpt_ald: bool | None = Field(
        default=None,
        alias='tpt.ald',
        title=(
            'Affection de longue durée empêchant de continuer à exercer à temps plein (agent '
            'contractuel)'
        ),
    )
    # circulars/temps_partiel_therapeutique_2019.circ:37
    tpt_demande: Literal['première', 'prolongation'] | None = Field(
        default=None, alias='tpt.demande', title='Nature de la demande'
    )
    # circulars/temps_partiel_therapeutique_2019.circ:42
    tpt_duree_periode: Annotated[int, Field(ge=0, le=12)] | None = Field(
        default=None,
        alias='tpt.durée_période',
        title='Durée de la période de temps partiel thérapeutique demandée',
    )
    # circulars/temps_partiel_therapeutique_2019.circ:44
    tpt_duree_accordee: Annotated[int, Field(ge=0, le=60)] | None = Field(
        default=None,
        alias='tpt.durée_accordée',
        title=(
            'Durée de temps partiel thérapeutique déjà accordée pour la même affection (pour une '
            'rechute de CITIS : depuis la rechute)'
        ),
    )
    # circulars/temps_partiel_therapeutique_2019.circ:46
    tpt_renouvellements_citis: Annotated[int, Field(ge=0, le=10)] | None = Field(
        default=None,
        alias='tpt.renouvellements_citis',
        title=(
            'Nombre de renouvellements déjà obtenus pour un temps partiel thérapeutique après CITIS'
        ),
    )
    # circulars/temps_partiel_therapeutique_2019.circ:48
    tpt_date_fin_periode_en_cours: datetime.date | None = Field(
        default=None,
        alias='tpt.date_fin_période_en_cours',
        title='Date de fin de la période de temps partiel thérapeutique en cours',
    )
    # circulars/temps_partiel_therapeutique_2019.circ:50
    tpt_date_fin_conge: datetime.date | None = Field(
        default=None,
        alias='tpt.date_fin_congé',
        title='Date de fin de la dernière période du congé pour raison de santé (congé long)',
    )
    # circulars/temps_partiel_therapeutique_2019.circ:52
    tpt_cmo_douze_mois: bool | None = Field(
        default=None,
        alias='tpt.cmo_douze_mois',
        title='Le congé de maladie ordinaire atteint douze mois consécutifs',
    )
    # circulars/temps_partiel_therapeutique_2019.circ:54
    tpt_tpt_anterieur: bool | None = Field(
        default=None,
        alias='tpt.tpt_antérieur',
        title="L'agent a déjà bénéficié d'un temps partiel thérapeutique au cours de sa carrière",
    )
    # circulars/temps_partiel_therapeutique_2019.circ:56
    tpt_dispense_expertise: bool | None = Field(
        default=None,
        alias='tpt.dispense_expertise',
        title=(
            "Certificat d'un médecin hospitalo-universitaire de CHU ou d'un praticien "
            'hospitalier, ou expertise du CITIS ayant déjà préconisé le temps partiel thérapeutique'
        ),
    )
    # circulars/temps_partiel_therapeutique_2019.circ:58
    demande_dernier_arret_joint: bool | None = Field(
        default=None,
        alias='demande.dernier_arrêt_joint',
        title='Le dernier arrêt de travail accompagne le formulaire de demande',
    )
    # circulars/temps_partiel_therapeutique_2019.circ:60
    agent_stage_en_formation: bool | None = Field(
        default=None,
        alias='agent.stage_en_formation',
        title=(
            'Stage comportant un enseignement professionnel ou accompli dans un établissement de '
            'formation'
        ),
    )

    french_fields: ClassVar[dict[str, str]] = {
        'agent.contrat_durée': 'number',
        'agent_contrat_duree': 'number',
        'agent.temps_complet': 'boolean',
        'agent_temps_complet': 'boolean',
        'demande.date_dépôt': 'date',
        'demande_date_depot': 'date',
        'demande.quotité': 'number',
        'demande_quotite': 'number',
        'tpt.ald': 'boolean',
        'tpt_ald': 'boolean',
        'tpt.durée_période': 'number',
        'tpt_duree_periode': 'number',
        'tpt.durée_accordée': 'number',
        'tpt_duree_accordee': 'number',
        'tpt.renouvellements_citis': 'number',
        'tpt_renouvellements_citis': 'number',
        'tpt.date_fin_période_en_cours': 'date',
        'tpt_date_fin_periode_en_cours': 'date',
        'tpt.date_fin_congé': 'date',
        'tpt_date_fin_conge': 'date',
        'tpt.cmo_douze_mois': 'boolean',
        'tpt_cmo_douze_mois': 'boolean',
        'tpt.tpt_antérieur': 'boolean',
        'tpt_tpt_anterieur': 'boolean',
        'tpt.dispense_expertise': 'boolean',
        'tpt_dispense_expertise': 'boolean',
        'demande.dernier_arrêt_joint': 'boolean',
        'demande_dernier_arret_joint': 'boolean',
        'agent.stage_en_formation': 'boolean',
        'agent_stage_en_formation': 'boolean',
    }
    fact_units: ClassVar[dict[str, str]] = {
        'agent.contrat_durée': 'mois',
        'agent_contrat_duree': 'mois',
        'demande.quotité': 'pourcentage',
        'demande_quotite': 'pourcentage',
        'tpt.durée_période': 'mois',
        'tpt_duree_periode': 'mois',
        'tpt.durée_accordée': 'mois',
        'tpt_duree_accordee': 'mois',
    }


_FACT_NAMES = frozenset(_FACT_ORDER)
_READ_AGENT_STATUT = rt.plain_reader(Facts, 'agent.statut')
_READ_AGENT_CATEGORIE_PERSONNEL = rt.plain_reader(Facts, 'agent.catégorie_personnel')
_READ_AGENT_AFFECTATION_SUPERIEUR = rt.plain_reader(Facts, 'agent.affectation_supérieur')
_READ_AGENT_POSITION = rt.plain_reader(Facts, 'agent.position')
_READ_AGENT_CONTRAT = rt.plain_reader(Facts, 'agent.contrat')
_READ_AGENT_CONTRAT_DUREE = rt.plain_reader(Facts, 'agent.contrat_durée')
_READ_AGENT_TEMPS_COMPLET = rt.plain_reader(Facts, 'agent.temps_complet')
_READ_DEMANDE_DATE_DEPOT = rt.plain_reader(Facts, 'demande.date_dépôt')
_READ_DEMANDE_QUOTITE = rt.plain_reader(Facts, 'demande.quotité')
_READ_TPT_CONGE_PRECEDENT = rt.plain_reader(Facts, 'tpt.congé_précédent')
_READ_TPT_ALD = rt.plain_reader(Facts, 'tpt.ald')
_READ_TPT_DEMANDE = rt.plain_reader(Facts, 'tpt.demande')
_READ_TPT_DUREE_PERIODE = rt.plain_reader(Facts, 'tpt.durée_période')
_READ_TPT_DUREE_ACCORDEE = rt.plain_reader(Facts, 'tpt.durée_accordée')
_READ_TPT_RENOUVELLEMENTS_CITIS = rt.plain_reader(Facts, 'tpt.renouvellements_citis')
_READ_TPT_DATE_FIN_PERIODE_EN_COURS = rt.plain_reader(Facts, 'tpt.date_fin_période_en_cours')
_READ_TPT_DATE_FIN_CONGE = rt.plain_reader(Facts, 'tpt.date_fin_congé')
_READ_TPT_CMO_DOUZE_MOIS = rt.plain_reader(Facts, 'tpt.cmo_douze_mois')
_READ_TPT_TPT_ANTERIEUR = rt.plain_reader(Facts, 'tpt.tpt_antérieur')
_READ_TPT_DISPENSE_EXPERTISE = rt.plain_reader(Facts, 'tpt.dispense_expertise')
_READ_DEMANDE_DERNIER_ARRET_JOINT = rt.plain_reader(Facts, 'demande.dernier_arrêt_joint')
_READ_AGENT_STAGE_EN_FORMATION = rt.plain_reader(Facts, 'agent.stage_en_formation')


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
    Annotated[Decimal, Field(ge=0, le=100)] | None,
    Literal['cmo', 'clm', 'cld', 'citis', 'cm', 'cgm', 'accident_travail', 'aucun_congé'] | None,
    bool | None,
    Literal['première', 'prolongation'] | None,
    Annotated[int, Field(ge=0, le=12)] | None,
    Annotated[int, Field(ge=0, le=60)] | None,
    Annotated[int, Field(ge=0, le=10)] | None,
    datetime.date | None,
    datetime.date | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
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
            demande_date_depot = situation.get('demande.date_dépôt')
            if demande_date_depot is not None:
                demande_date_depot = _READ_DEMANDE_DATE_DEPOT(demande_date_depot)
            demande_quotite = situation.get('demande.quotité')
            if demande_quotite is not None:
                demande_quotite = _READ_DEMANDE_QUOTITE(demande_quotite)
            tpt_conge_precedent = situation.get('tpt.congé_précédent')
            if tpt_conge_precedent is not None:
                tpt_conge_precedent = _READ_TPT_CONGE_PRECEDENT(tpt_conge_precedent)
            tpt_ald = situation.get('tpt.ald')
            if tpt_ald is not None and type(tpt_ald) is not bool:
                tpt_ald = _READ_TPT_ALD(tpt_ald)
            tpt_demande = situation.get('tpt.demande')
            if tpt_demande is not None:
                tpt_demande = _READ_TPT_DEMANDE(tpt_demande)
            tpt_duree_periode = situation.get('tpt.durée_période')
            if tpt_duree_periode is not None:
                tpt_duree_periode = _READ_TPT_DUREE_PERIODE(tpt_duree_periode)
            tpt_duree_accordee = situation.get('tpt.durée_accordée')
            if tpt_duree_accordee is not None:
                tpt_duree_accordee = _READ_TPT_DUREE_ACCORDEE(tpt_duree_accordee)
            tpt_renouvellements_citis = situation.get('tpt.renouvellements_citis')
            if tpt_renouvellements_citis is not None:
                tpt_renouvellements_citis = (
                    _READ_TPT_RENOUVELLEMENTS_CITIS(tpt_renouvellements_citis)
                )
            tpt_date_fin_periode_en_cours = situation.get('tpt.date_fin_période_en_cours')
            if tpt_date_fin_periode_en_cours is not None:
                tpt_date_fin_periode_en_cours = (
                    _READ_TPT_DATE_FIN_PERIODE_EN_COURS(tpt_date_fin_periode_en_cours)
                )
            tpt_date_fin_conge = situation.get('tpt.date_fin_congé')
            if tpt_date_fin_conge is not None:
                tpt_date_fin_conge = _READ_TPT_DATE_FIN_CONGE(tpt_date_fin_conge)
            tpt_cmo_douze_mois = situation.get('tpt.cmo_douze_mois')
            if tpt_cmo_douze_mois is not None and type(tpt_cmo_douze_mois) is not bool:
                tpt_cmo_douze_mois = _READ_TPT_CMO_DOUZE_MOIS(tpt_cmo_douze_mois)
            tpt_tpt_anterieur = situation.get('tpt.tpt_antérieur')
            if tpt_tpt_anterieur is not None and type(tpt_tpt_anterieur) is not bool:
                tpt_tpt_anterieur = _READ_TPT_TPT_ANTERIEUR(tpt_tpt_anterieur)
            tpt_dispense_expertise = situation.get('tpt.dispense_expertise')
            if tpt_dispense_expertise is not None and type(tpt_dispense_expertise) is not bool:
                tpt_dispense_expertise = _READ_TPT_DISPENSE_EXPERTISE(tpt_dispense_expertise)
            demande_dernier_arret_joint = situation.get('demande.dernier_arrêt_joint')
            if (
                demande_dernier_arret_joint is not None
                and type(demande_dernier_arret_joint) is not bool
            ):
                demande_dernier_arret_joint = (
                    _READ_DEMANDE_DERNIER_ARRET_JOINT(demande_dernier_arret_joint)
                )
            agent_stage_en_formation = situation.get('agent.stage_en_formation')
            if agent_stage_en_formation is not None and type(agent_stage_en_formation) is not bool:
                agent_stage_en_formation = _READ_AGENT_STAGE_EN_FORMATION(agent_stage_en_formation)
            return (
                agent_statut,
                agent_categorie_personnel,
                agent_affectation_superieur,
                agent_position,
                agent_contrat,
                agent_contrat_duree,
                agent_temps_complet,
                demande_date_depot,
                demande_quotite,
                tpt_conge_precedent,
                tpt_ald,
                tpt_demande,
                tpt_duree_periode,
                tpt_duree_accordee,
                tpt_renouvellements_citis,
                tpt_date_fin_periode_en_cours,
                tpt_date_fin_conge,
                tpt_cmo_douze_mois,
                tpt_tpt_anterieur,
                tpt_dispense_expertise,
                demande_dernier_arret_joint,
                agent_stage_en_formation,
            )
        except rt.PlainReadingError:
            pass  # read again below, by rt.validate
    facts = rt.validate(Facts, situation)
    return (
        facts.agent_statut,
        facts.agent_categorie_personnel,
        facts.agent_affectation_superieur,
        facts.agent_position,
        facts.agent_contrat,
        facts.agent_contrat_duree,
        facts.agent_temps_complet,
        facts.demande_date_depot,
        facts.demande_quotite,
        facts.tpt_conge_precedent,
        facts.tpt_ald,
        facts.tpt_demande,
        facts.tpt_duree_periode,
        facts.tpt_duree_accordee,
        facts.tpt_renouvellements_citis,
        facts.tpt_date_fin_periode_en_cours,
        facts.tpt_date_fin_conge,
        facts.tpt_cmo_douze_mois,
        facts.tpt_tpt_anterieur,
        facts.tpt_dispense_expertise,
        facts.demande_dernier_arret_joint,
        facts.agent_stage_en_formation,
    )


@lru_cache(maxsize=4096)
def _documents(
    destinataire_service: Any,
    condition_1: bool | None,
    condition_2: bool | None,
    condition_3: bool | None,
    condition_4: bool | None,
) -> tuple[tuple[rt.ChecklistItem, ...], tuple[rt.SubmissionInfo, ...]]:
    """The checklist and the submissions: they depend only on these conditions and recipients."""
    # the ways of sending of 3 documents
    deliveries_1 = rt.deliveries(
        rt.routed('main propre', False, (_SERVICE_SUPERIEUR_HIERARCHIQUE,), (), (), True, None, ()),
        rt.routed(
            'voie postale',
            False,
            (),
            (destinataire_service,),
            ('selon service auquel adresser la demande (annexe i)',),
            True,
            None,
            (),
        ),
    )
    checklist: list[rt.ChecklistItem] = []
    condition: bool | None = condition_1
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_FORMULAIRE,
                'à fournir' if condition else 'à fournir si …',
                None if condition else 'agent.statut dans {titulaire, stagiaire}',
                deliveries_1,
            )
        )
    condition = condition_2
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_DERNIER_ARRET,
                'à fournir' if condition else 'à fournir si …',
                None if condition else (
                    'agent.statut dans {titulaire, stagiaire} et tpt.congé_précédent = cmo'
                ),
                deliveries_1,
            )
        )
    condition = condition_1
    if condition is True:
        checklist.append(_DOC_DOCUMENTS_MEDICAUX)
    elif condition is None:
        checklist.append(_DOC_DOCUMENTS_MEDICAUX_IF)
    condition = condition_3
    if condition is True:
        checklist.append(_DOC_PREUVE_AUTRE_AFFECTION)
    elif condition is None:
        checklist.append(_DOC_PREUVE_AUTRE_AFFECTION_IF)
    condition = condition_4
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_PRESCRIPTION_SERVICE,
                'à fournir' if condition else 'à fournir si …',
                None if condition else 'agent.statut = contractuel',
                deliveries_1,
            )
        )
    condition = condition_4
    if condition is True:
        checklist.append(_DOC_PRESCRIPTION_CAISSE)
    elif condition is None:
        checklist.append(_DOC_PRESCRIPTION_CAISSE_IF)
    return tuple(checklist), (rt.submission(_SUBMISSION, deliveries_1),)


def evaluate(situation: Facts | Mapping[str, Any]) -> rt.Decision:
    """Evaluate one situation; raise rt.SituationError (French, per field) if it is invalid."""
    (
        agent_statut,
        agent_categorie_personnel,
        agent_affectation_superieur,
        agent_position,
        agent_contrat,
        agent_contrat_duree,
        agent_temps_complet,
        demande_date_depot,
        demande_quotite,
        tpt_conge_precedent,
        tpt_ald,
        tpt_demande,
        tpt_duree_periode,
        tpt_duree_accordee,
        tpt_renouvellements_citis,
        tpt_date_fin_periode_en_cours,
        tpt_date_fin_conge,
        tpt_cmo_douze_mois,
        tpt_tpt_anterieur,
        tpt_dispense_expertise,
        demande_dernier_arret_joint,
        agent_stage_en_formation,
    ) = _read_situation(situation)
    # circulars/temps_partiel_therapeutique_2019.circ:63 valeur contrat_douze_mois
    contrat_douze_mois = rt.and3(
        agent_temps_complet,
        rt.or3(
            (None if agent_contrat is None else agent_contrat == 'cdi'),
            (None if agent_contrat_duree is None else agent_contrat_duree >= 12),
        ),
    )
    # circulars/temps_partiel_therapeutique_2019.circ:120 table destinataire
    destinataire_matches = (
        rt.all3(
            (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
            (
                None
                if agent_categorie_personnel is None
                else agent_categorie_personnel in _AGENT_CATEGORIE_PERSONNEL_VALUES
            ),
            (
                None
                if agent_affectation_superieur is None
                else agent_affectation_superieur in _AGENT_AFFECTATION_SUPERIEUR_VALUES
            ),
            (None if tpt_conge_precedent is None else tpt_conge_precedent == 'citis'),
        ),
        rt.all3(
            (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
            (
                None
                if agent_categorie_personnel is None
                else agent_categorie_personnel in _AGENT_CATEGORIE_PERSONNEL_VALUES
            ),
            (
                None
                if agent_affectation_superieur is None
                else agent_affectation_superieur in _AGENT_AFFECTATION_SUPERIEUR_VALUES
            ),
            (
                None
                if tpt_conge_precedent is None
                else tpt_conge_precedent not in _TPT_CONGE_PRECEDENT_VALUES
            ),
        ),
        rt.all3(
            (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
            (
                None
                if agent_categorie_personnel is None
                else agent_categorie_personnel in _AGENT_CATEGORIE_PERSONNEL_VALUES
            ),
            (
                None
                if agent_affectation_superieur is None
                else agent_affectation_superieur == 'université'
            ),
        ),
        rt.all3(
            (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
            (
                None
                if agent_categorie_personnel is None
                else agent_categorie_personnel == 'enseignant_premier_degré_public'
            ),
            (None if tpt_conge_precedent is None else tpt_conge_precedent == 'citis'),
        ),
        rt.all3(
            (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
            (
                None
                if agent_categorie_personnel is None
                else agent_categorie_personnel == 'enseignant_premier_degré_public'
            ),
            (
                None
                if tpt_conge_precedent is None
                else tpt_conge_precedent not in _TPT_CONGE_PRECEDENT_VALUES
            ),
        ),
        rt.and3(
            (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
            (
                None
                if agent_categorie_personnel is None
                else agent_categorie_personnel == 'enseignant_premier_degré_privé'
            ),
        ),
        rt.all3(
            (None if agent_statut is None else agent_statut == 'contractuel'),
            (None if tpt_conge_precedent is None else tpt_conge_precedent == 'accident_travail'),
            contrat_douze_mois,
        ),
        rt.all3(
            (None if agent_statut is None else agent_statut == 'contractuel'),
            (None if tpt_conge_precedent is None else tpt_conge_precedent == 'accident_travail'),
            (None if contrat_douze_mois is None else not contrat_douze_mois),
        ),
        rt.and3(
            (None if agent_statut is None else agent_statut == 'contractuel'),
            (
                None
                if tpt_conge_precedent is None
                else tpt_conge_precedent not in _TPT_CONGE_PRECEDENT_VALUES_2
            ),
        ),
    )
    row = rt.lookup(destinataire_matches, _ROWS_DESTINATAIRE, (None,), 1)
    destinataire_service = row[0]
    # circulars/temps_partiel_therapeutique_2019.circ:142 échéance reprise_trois_mois
    reprise_trois_mois = rt.shift_date(
        tpt_date_fin_conge, 3, 'mois', 'avant', 'mois suivant', False
    )
    # circulars/temps_partiel_therapeutique_2019.circ:146 échéance renouvellement_un_mois
    renouvellement_un_mois = rt.shift_date(
        tpt_date_fin_periode_en_cours, 1, 'mois', 'avant', 'mois suivant', False
    )
    # circulars/temps_partiel_therapeutique_2019.circ:150 échéance renouvellement_deux_mois
    renouvellement_deux_mois = rt.shift_date(
        tpt_date_fin_periode_en_cours, 2, 'mois', 'avant', 'mois suivant', False
    )
    # tested by 7 rules
    shared_1 = None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES
    # tested by 2 rules
    shared_2 = None if agent_statut is None else agent_statut == 'contractuel'
    # what the checklist and the submissions depend on
    condition_1 = None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES
    condition_2 = rt.and3(
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
        (None if tpt_conge_precedent is None else tpt_conge_precedent == 'cmo'),
    )
    condition_3 = rt.and3(
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES), tpt_tpt_anterieur
    )
    condition_4 = None if agent_statut is None else agent_statut == 'contractuel'
    findings: list[rt.Finding] = []
    refused = undecided = warned = False
    satisfied: list[str] = []
    not_applicable: list[str] = []
    checklist, submissions = _documents(
        destinataire_service, condition_1, condition_2, condition_3, condition_4
    )

    # circulars/temps_partiel_therapeutique_2019.circ:156 règle stagiaire_en_formation (bloquante)
    applies: bool | None = None if agent_statut is None else agent_statut == 'stagiaire'
    if applies is False:
        not_applicable.append('stagiaire_en_formation')
    else:
        holds: bool | None = (
            None if agent_stage_en_formation is None else not agent_stage_en_formation
        )
        if holds is True:
            satisfied.append('stagiaire_en_formation')
        else:
            values: tuple[tuple[str, Any], ...] = (
                ('agent.statut', agent_statut),
                ('agent.stage_en_formation', agent_stage_en_formation),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_STAGIAIRE_EN_FORMATION,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            "Le temps partiel thérapeutique n'est pas ouvert au stagiaire dont le "
                            'stage comporte un enseignement professionnel ou doit être accompli '
                            'dans un établissement de formation.'
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_STAGIAIRE_EN_FORMATION,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Stagiaires : sauf stage comportant "
                            'un enseignement professionnel ou en établissement de formation.'
                        ),
                        values,
                        missing=(('agent.statut',) if applies is None else ())
                        + (('agent.stage_en_formation',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:162 règle position_statutaire (bloquante)
    applies = shared_1
    if applies is False:
        not_applicable.append('position_statutaire')
    else:
        holds = None if agent_position is None else agent_position in _AGENT_POSITION_VALUES
        if holds is True:
            satisfied.append('position_statutaire')
        else:
            values = (('agent.statut', agent_statut), ('agent.position', agent_position))
            if holds is False and applies is True:
                message = (
                    (
                        "Le temps partiel thérapeutique s'applique aux agents en activité ou en "
                        "détachement (y compris mise à disposition) ; il n'est pas possible dans "
                        'une autre position ('
                    )
                    + rt.fmt_choice(agent_position, _LABELS_AGENT_POSITION)
                    + (
                        "), comme la disponibilité d'office pour raison de santé ou le congé "
                        'parental.'
                    )
                )
                findings.append(
                    rt.Finding(
                        _RULE_POSITION_STATUTAIRE, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_POSITION_STATUTAIRE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Agents en activité ou en "
                            'détachement (y compris mise à disposition).'
                        ),
                        values,
                        missing=(('agent.statut',) if applies is None else ())
                        + (('agent.position',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:168 règle après_congé_fonctionnaire
    # (bloquante)
    applies = shared_1
    if applies is False:
        not_applicable.append('après_congé_fonctionnaire')
    else:
        holds = (
            None
            if tpt_conge_precedent is None
            else tpt_conge_precedent in _TPT_CONGE_PRECEDENT_VALUES_3
        )
        if holds is True:
            satisfied.append('après_congé_fonctionnaire')
        else:
            values = (('agent.statut', agent_statut), ('tpt.congé_précédent', tpt_conge_precedent))
            if holds is False and applies is True:
                message = (
                    (
                        'Le temps partiel thérapeutique du fonctionnaire est accordé après un '
                        'congé de maladie (sans durée minimale), un CLM, un CLD ou un CITIS : il '
                        'faut être en congé pour raison de santé pour le solliciter (congé déclaré '
                        ': '
                    )
                    + rt.fmt_choice(tpt_conge_precedent, _LABELS_TPT_CONGE_PRECEDENT)
                    + ').'
                )
                findings.append(
                    rt.Finding(
                        _RULE_APRES_CONGE_FONCTIONNAIRE,
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
                        _RULE_APRES_CONGE_FONCTIONNAIRE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Fonctionnaire : après un congé de "
                            'maladie, un CLM, un CLD ou un CITIS.'
                        ),
                        values,
                        missing=(('agent.statut',) if applies is None else ())
                        + (('tpt.congé_précédent',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:175 règle après_congé_contractuel (bloquante)
    applies = shared_2
    if applies is False:
        not_applicable.append('après_congé_contractuel')
    else:
        holds = rt.or3(
            (
                None
                if tpt_conge_precedent is None
                else tpt_conge_precedent in _TPT_CONGE_PRECEDENT_VALUES_4
            ),
            tpt_ald,
        )
        if holds is True:
            satisfied.append('après_congé_contractuel')
        else:
            values = (
                ('agent.statut', agent_statut),
                ('tpt.congé_précédent', tpt_conge_precedent),
                ('tpt.ald', tpt_ald),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_APRES_CONGE_CONTRACTUEL,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            "L'agent contractuel peut reprendre à temps partiel thérapeutique "
                            "après un congé de maladie ou de grave maladie, ou lorsqu'une "
                            "affection de longue durée l'empêche de continuer à temps plein."
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_APRES_CONGE_CONTRACTUEL,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Agent contractuel : après un congé "
                            "de maladie, un CGM ou en cas d'ALD."
                        ),
                        values,
                        missing=(('agent.statut',) if applies is None else ())
                        + (
                            rt.missing_or(
                                (
                                    None
                                    if tpt_conge_precedent is None
                                    else tpt_conge_precedent in _TPT_CONGE_PRECEDENT_VALUES_4
                                ),
                                rt.unknown(('tpt.congé_précédent', tpt_conge_precedent)),
                                tpt_ald,
                                rt.unknown(('tpt.ald', tpt_ald)),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:184 règle quotité (bloquante)
    applies = shared_1
    if applies is False:
        not_applicable.append('quotité')
    else:
        holds = rt.and3(
            (None if demande_quotite is None else demande_quotite >= 50),
            (None if demande_quotite is None else demande_quotite < 100),
        )
        if holds is True:
            satisfied.append('quotité')
        else:
            values = (('agent.statut', agent_statut), ('demande.quotité', demande_quotite))
            if holds is False and applies is True:
                message = (
                    (
                        'La quotité du temps partiel thérapeutique est comprise entre 50 % et '
                        'moins de 100 % ; elle ne peut en aucun cas être inférieure à un mi-temps ('
                    )
                    + rt.fmt(demande_quotite, '%')
                    + ' demandés).'
                )
                findings.append(
                    rt.Finding(_RULE_QUOTITE, rt.Outcome.VIOLATED, 'bloquante', message, values)
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_QUOTITE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Quotité comprise entre 50 % et "
                            'moins de 100 %.'
                        ),
                        values,
                        missing=(('agent.statut',) if applies is None else ())
                        + (
                            rt.missing_and(
                                (None if demande_quotite is None else demande_quotite >= 50),
                                rt.unknown(('demande.quotité', demande_quotite)),
                                (None if demande_quotite is None else demande_quotite < 100),
                                rt.unknown(('demande.quotité', demande_quotite)),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:191 règle période_trois_mois (bloquante)
    applies = rt.and3(
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
        (
            None
            if tpt_conge_precedent is None
            else tpt_conge_precedent in _TPT_CONGE_PRECEDENT_VALUES_5
        ),
    )
    if applies is False:
        not_applicable.append('période_trois_mois')
    else:
        holds = None if tpt_duree_periode is None else tpt_duree_periode == 3
        if holds is True:
            satisfied.append('période_trois_mois')
        else:
            values = (
                ('agent.statut', agent_statut),
                ('tpt.congé_précédent', tpt_conge_precedent),
                ('tpt.durée_période', tpt_duree_periode),
            )
            if holds is False and applies is True:
                message = (
                    (
                        'Après un congé de maladie, un CLM ou un CLD, le temps partiel '
                        'thérapeutique est accordé par périodes de 3 mois ('
                    )
                    + rt.fmt(tpt_duree_periode, 'mois')
                    + ' demandés).'
                )
                findings.append(
                    rt.Finding(
                        _RULE_PERIODE_TROIS_MOIS, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_PERIODE_TROIS_MOIS,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Après un congé de maladie, un CLM "
                            'ou un CLD : périodes de 3 mois.'
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                (
                                    None
                                    if agent_statut is None
                                    else agent_statut in _AGENT_STATUT_VALUES
                                ),
                                rt.unknown(('agent.statut', agent_statut)),
                                (
                                    None
                                    if tpt_conge_precedent is None
                                    else tpt_conge_precedent in _TPT_CONGE_PRECEDENT_VALUES_5
                                ),
                                rt.unknown(('tpt.congé_précédent', tpt_conge_precedent)),
                            )
                            if applies is None
                            else ()
                        )
                        + (('tpt.durée_période',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:198 règle période_six_mois (bloquante)
    applies = rt.and3(
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
        (None if tpt_conge_precedent is None else tpt_conge_precedent == 'citis'),
    )
    if applies is False:
        not_applicable.append('période_six_mois')
    else:
        holds = None if tpt_duree_periode is None else tpt_duree_periode <= 6
        if holds is True:
            satisfied.append('période_six_mois')
        else:
            values = (
                ('agent.statut', agent_statut),
                ('tpt.congé_précédent', tpt_conge_precedent),
                ('tpt.durée_période', tpt_duree_periode),
            )
            if holds is False and applies is True:
                message = (
                    (
                        'Après un CITIS, le temps partiel thérapeutique est accordé par périodes '
                        "allant jusqu'à 6 mois ("
                    )
                    + rt.fmt(tpt_duree_periode, 'mois')
                    + ' demandés).'
                )
                findings.append(
                    rt.Finding(
                        _RULE_PERIODE_SIX_MOIS, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_PERIODE_SIX_MOIS,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Après un CITIS : périodes allant "
                            "jusqu'à 6 mois."
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                (
                                    None
                                    if agent_statut is None
                                    else agent_statut in _AGENT_STATUT_VALUES
                                ),
                                rt.unknown(('agent.statut', agent_statut)),
                                (
                                    None
                                    if tpt_conge_precedent is None
                                    else tpt_conge_precedent == 'citis'
                                ),
                                rt.unknown(('tpt.congé_précédent', tpt_conge_precedent)),
                            )
                            if applies is None
                            else ()
                        )
                        + (('tpt.durée_période',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:205 règle un_an_même_affection (bloquante)
    applies = shared_1
    if applies is False:
        not_applicable.append('un_an_même_affection')
    else:
        holds = rt.le(rt.add(tpt_duree_accordee, tpt_duree_periode), 12)
        if holds is True:
            satisfied.append('un_an_même_affection')
        else:
            values = (
                ('agent.statut', agent_statut),
                ('tpt.durée_accordée', tpt_duree_accordee),
                ('tpt.durée_période', tpt_duree_periode),
            )
            if holds is False and applies is True:
                message = (
                    'Le temps partiel thérapeutique est limité à un an pour la même affection : '
                    + rt.fmt(tpt_duree_accordee, 'mois')
                    + ' déjà accordés et '
                    + rt.fmt(tpt_duree_periode, 'mois')
                    + ' demandés.'
                )
                findings.append(
                    rt.Finding(
                        _RULE_UN_AN_MEME_AFFECTION,
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
                        _RULE_UN_AN_MEME_AFFECTION,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        "À vérifier, faute d'information : Un an au plus pour la même affection.",
                        values,
                        missing=(('agent.statut',) if applies is None else ())
                        + (
                            rt.unknown(
                                ('tpt.durée_accordée', tpt_duree_accordee),
                                ('tpt.durée_période', tpt_duree_periode),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:212 règle citis_renouvelable_une_fois
    # (bloquante)
    applies = rt.all3(
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
        (None if tpt_conge_precedent is None else tpt_conge_precedent == 'citis'),
        (None if tpt_demande is None else tpt_demande == 'prolongation'),
    )
    if applies is False:
        not_applicable.append('citis_renouvelable_une_fois')
    else:
        holds = None if tpt_renouvellements_citis is None else tpt_renouvellements_citis == 0
        if holds is True:
            satisfied.append('citis_renouvelable_une_fois')
        else:
            values = (
                ('agent.statut', agent_statut),
                ('tpt.congé_précédent', tpt_conge_precedent),
                ('tpt.demande', tpt_demande),
                ('tpt.renouvellements_citis', tpt_renouvellements_citis),
            )
            if holds is False and applies is True:
                message = (
                    "Le temps partiel thérapeutique après un CITIS n'est renouvelable qu'une fois ("
                    + rt.fmt(tpt_renouvellements_citis)
                    + ' renouvellement(s) déjà obtenu(s)).'
                )
                findings.append(
                    rt.Finding(
                        _RULE_CITIS_RENOUVELABLE_UNE_FOIS,
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
                        _RULE_CITIS_RENOUVELABLE_UNE_FOIS,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        "À vérifier, faute d'information : Après un CITIS : renouvelable une fois.",
                        values,
                        missing=(
                            rt.missing_all(
                                (
                                    (
                                        None
                                        if agent_statut is None
                                        else agent_statut in _AGENT_STATUT_VALUES
                                    ),
                                    rt.unknown(('agent.statut', agent_statut)),
                                ),
                                (
                                    (
                                        None
                                        if tpt_conge_precedent is None
                                        else tpt_conge_precedent == 'citis'
                                    ),
                                    rt.unknown(('tpt.congé_précédent', tpt_conge_precedent)),
                                ),
                                (
                                    (
                                        None
                                        if tpt_demande is None
                                        else tpt_demande == 'prolongation'
                                    ),
                                    rt.unknown(('tpt.demande', tpt_demande)),
                                ),
                            )
                            if applies is None
                            else ()
                        )
                        + (('tpt.renouvellements_citis',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:218 règle rechute_nouveaux_droits
    # (information)
    applies = None if tpt_conge_precedent is None else tpt_conge_precedent == 'citis'
    if applies is True:
        findings.append(_NOTICE_RECHUTE_NOUVEAUX_DROITS)
    elif applies is False:
        not_applicable.append('rechute_nouveaux_droits')

    # circulars/temps_partiel_therapeutique_2019.circ:224 règle délai_renouvellement (bloquante)
    applies = rt.all3(
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
        (None if tpt_demande is None else tpt_demande == 'prolongation'),
        (
            None
            if tpt_conge_precedent is None
            else tpt_conge_precedent in _TPT_CONGE_PRECEDENT_VALUES_5
        ),
    )
    if applies is False:
        not_applicable.append('délai_renouvellement')
    else:
        holds = (
            None
            if demande_date_depot is None or renouvellement_un_mois is None
            else demande_date_depot <= renouvellement_un_mois
        )
        if holds is True:
            satisfied.append('délai_renouvellement')
        else:
            values = (
                ('agent.statut', agent_statut),
                ('tpt.demande', tpt_demande),
                ('tpt.congé_précédent', tpt_conge_precedent),
                ('tpt.date_fin_période_en_cours', tpt_date_fin_periode_en_cours),
                ('demande.date_dépôt', demande_date_depot),
            )
            if holds is False and applies is True:
                message = (
                    'La demande de renouvellement du '
                    + rt.fmt(demande_date_depot)
                    + (
                        ' est tardive : elle doit être faite expressément un mois au plus tard '
                        'avant la fin de la période en cours ('
                    )
                    + rt.fmt(tpt_date_fin_periode_en_cours)
                    + ') ; sans demande, vous êtes considéré comme reprenant à temps complet.'
                )
                findings.append(
                    rt.Finding(
                        _RULE_DELAI_RENOUVELLEMENT,
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
                        _RULE_DELAI_RENOUVELLEMENT,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Renouvellement demandé un mois au "
                            'plus tard avant la fin de la période.'
                        ),
                        values,
                        missing=(
                            rt.missing_all(
                                (
                                    (
                                        None
                                        if agent_statut is None
                                        else agent_statut in _AGENT_STATUT_VALUES
                                    ),
                                    rt.unknown(('agent.statut', agent_statut)),
                                ),
                                (
                                    (
                                        None
                                        if tpt_demande is None
                                        else tpt_demande == 'prolongation'
                                    ),
                                    rt.unknown(('tpt.demande', tpt_demande)),
                                ),
                                (
                                    (
                                        None
                                        if tpt_conge_precedent is None
                                        else tpt_conge_precedent in _TPT_CONGE_PRECEDENT_VALUES_5
                                    ),
                                    rt.unknown(('tpt.congé_précédent', tpt_conge_precedent)),
                                ),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(
                                ('tpt.date_fin_période_en_cours', tpt_date_fin_periode_en_cours),
                                ('demande.date_dépôt', demande_date_depot),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:231 règle délai_renouvellement_citis
    # (bloquante)
    applies = rt.all3(
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
        (None if tpt_demande is None else tpt_demande == 'prolongation'),
        (None if tpt_conge_precedent is None else tpt_conge_precedent == 'citis'),
    )
    if applies is False:
        not_applicable.append('délai_renouvellement_citis')
    else:
        holds = (
            None
            if demande_date_depot is None or renouvellement_deux_mois is None
            else demande_date_depot <= renouvellement_deux_mois
        )
        if holds is True:
            satisfied.append('délai_renouvellement_citis')
        else:
            values = (
                ('agent.statut', agent_statut),
                ('tpt.demande', tpt_demande),
                ('tpt.congé_précédent', tpt_conge_precedent),
                ('tpt.date_fin_période_en_cours', tpt_date_fin_periode_en_cours),
                ('demande.date_dépôt', demande_date_depot),
            )
            if holds is False and applies is True:
                message = (
                    'La demande de prolongation du '
                    + rt.fmt(demande_date_depot)
                    + (
                        ' est tardive : après un CITIS, elle doit être déposée au moins deux mois '
                        'avant la fin de la période accordée ('
                    )
                    + rt.fmt(tpt_date_fin_periode_en_cours)
                    + '), en raison des expertises à effectuer.'
                )
                findings.append(
                    rt.Finding(
                        _RULE_DELAI_RENOUVELLEMENT_CITIS,
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
                        _RULE_DELAI_RENOUVELLEMENT_CITIS,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Après un CITIS : renouvellement "
                            "demandé au moins deux mois avant l'échéance."
                        ),
                        values,
                        missing=(
                            rt.missing_all(
                                (
                                    (
                                        None
                                        if agent_statut is None
                                        else agent_statut in _AGENT_STATUT_VALUES
                                    ),
                                    rt.unknown(('agent.statut', agent_statut)),
                                ),
                                (
                                    (
                                        None
                                        if tpt_demande is None
                                        else tpt_demande == 'prolongation'
                                    ),
                                    rt.unknown(('tpt.demande', tpt_demande)),
                                ),
                                (
                                    (
                                        None
                                        if tpt_conge_precedent is None
                                        else tpt_conge_precedent == 'citis'
                                    ),
                                    rt.unknown(('tpt.congé_précédent', tpt_conge_precedent)),
                                ),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(
                                ('tpt.date_fin_période_en_cours', tpt_date_fin_periode_en_cours),
                                ('demande.date_dépôt', demande_date_depot),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:240 règle dernier_arrêt_joint (bloquante)
    applies = rt.and3(
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
        (None if tpt_conge_precedent is None else tpt_conge_precedent == 'cmo'),
    )
    if applies is False:
        not_applicable.append('dernier_arrêt_joint')
    else:
        holds = demande_dernier_arret_joint
        if holds is True:
            satisfied.append('dernier_arrêt_joint')
        else:
            values = (
                ('agent.statut', agent_statut),
                ('tpt.congé_précédent', tpt_conge_precedent),
                ('demande.dernier_arrêt_joint', demande_dernier_arret_joint),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_DERNIER_ARRET_JOINT,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            'Après un congé ordinaire de maladie, le formulaire de demande doit '
                            'être accompagné du dernier arrêt de travail.'
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_DERNIER_ARRET_JOINT,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Après un congé de maladie "
                            'ordinaire : le dernier arrêt de travail accompagne le formulaire.'
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                (
                                    None
                                    if agent_statut is None
                                    else agent_statut in _AGENT_STATUT_VALUES
                                ),
                                rt.unknown(('agent.statut', agent_statut)),
                                (
                                    None
                                    if tpt_conge_precedent is None
                                    else tpt_conge_precedent == 'cmo'
                                ),
                                rt.unknown(('tpt.congé_précédent', tpt_conge_precedent)),
                            )
                            if applies is None
                            else ()
                        )
                        + (('demande.dernier_arrêt_joint',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:248 règle délai_reprise_congé_long (bloquante)
    applies = rt.all3(
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
        (None if tpt_demande is None else tpt_demande == 'première'),
        rt.or3(
            (
                None
                if tpt_conge_precedent is None
                else tpt_conge_precedent in _TPT_CONGE_PRECEDENT_VALUES_6
            ),
            rt.and3(
                (None if tpt_conge_precedent is None else tpt_conge_precedent == 'cmo'),
                tpt_cmo_douze_mois,
            ),
        ),
    )
    if applies is False:
        not_applicable.append('délai_reprise_congé_long')
    else:
        holds = (
            None
            if demande_date_depot is None or reprise_trois_mois is None
            else demande_date_depot <= reprise_trois_mois
        )
        if holds is True:
            satisfied.append('délai_reprise_congé_long')
        else:
            values = (
                ('agent.statut', agent_statut),
                ('tpt.demande', tpt_demande),
                ('tpt.congé_précédent', tpt_conge_precedent),
                ('tpt.cmo_douze_mois', tpt_cmo_douze_mois),
                ('tpt.date_fin_congé', tpt_date_fin_conge),
                ('demande.date_dépôt', demande_date_depot),
            )
            if holds is False and applies is True:
                message = (
                    'La demande de reprise à temps partiel thérapeutique du '
                    + rt.fmt(demande_date_depot)
                    + (
                        ' est tardive : après un CLM, un CLD ou plus de 12 mois de CMO, elle doit '
                        'être adressée au plus tard 3 mois avant la fin de la dernière période du '
                        'congé ('
                    )
                    + rt.fmt(tpt_date_fin_conge)
                    + ').'
                )
                findings.append(
                    rt.Finding(
                        _RULE_DELAI_REPRISE_CONGE_LONG,
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
                        _RULE_DELAI_REPRISE_CONGE_LONG,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Après un CLM, un CLD ou 12 mois de "
                            'CMO : demande au plus tard 3 mois avant la fin du congé.'
                        ),
                        values,
                        missing=(
                            rt.missing_all(
                                (
                                    (
                                        None
                                        if agent_statut is None
                                        else agent_statut in _AGENT_STATUT_VALUES
                                    ),
                                    rt.unknown(('agent.statut', agent_statut)),
                                ),
                                (
                                    (None if tpt_demande is None else tpt_demande == 'première'),
                                    rt.unknown(('tpt.demande', tpt_demande)),
                                ),
                                (
                                    rt.or3(
                                        (
                                            None
                                            if tpt_conge_precedent is None
                                            else tpt_conge_precedent
                                            in _TPT_CONGE_PRECEDENT_VALUES_6
                                        ),
                                        rt.and3(
                                            (
                                                None
                                                if tpt_conge_precedent is None
                                                else tpt_conge_precedent == 'cmo'
                                            ),
                                            tpt_cmo_douze_mois,
                                        ),
                                    ),
                                    rt.missing_or(
                                        (
                                            None
                                            if tpt_conge_precedent is None
                                            else tpt_conge_precedent
                                            in _TPT_CONGE_PRECEDENT_VALUES_6
                                        ),
                                        rt.unknown(('tpt.congé_précédent', tpt_conge_precedent)),
                                        rt.and3(
                                            (
                                                None
                                                if tpt_conge_precedent is None
                                                else tpt_conge_precedent == 'cmo'
                                            ),
                                            tpt_cmo_douze_mois,
                                        ),
                                        rt.missing_and(
                                            (
                                                None
                                                if tpt_conge_precedent is None
                                                else tpt_conge_precedent == 'cmo'
                                            ),
                                            rt.unknown(
                                                ('tpt.congé_précédent', tpt_conge_precedent)
                                            ),
                                            tpt_cmo_douze_mois,
                                            rt.unknown(('tpt.cmo_douze_mois', tpt_cmo_douze_mois)),
                                        ),
                                    ),
                                ),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(
                                ('tpt.date_fin_congé', tpt_date_fin_conge),
                                ('demande.date_dépôt', demande_date_depot),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:255 règle reprise_sur_décision (information)
    applies = rt.and3(
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
        rt.or3(
            (
                None
                if tpt_conge_precedent is None
                else tpt_conge_precedent in _TPT_CONGE_PRECEDENT_VALUES_6
            ),
            rt.and3(
                (None if tpt_conge_precedent is None else tpt_conge_precedent == 'cmo'),
                tpt_cmo_douze_mois,
            ),
        ),
    )
    if applies is True:
        findings.append(_NOTICE_REPRISE_SUR_DECISION)
    elif applies is False:
        not_applicable.append('reprise_sur_décision')

    # circulars/temps_partiel_therapeutique_2019.circ:261 règle rémunération (information)
    applies = shared_1
    if applies is True:
        findings.append(_NOTICE_REMUNERATION)
    elif applies is False:
        not_applicable.append('rémunération')

    # circulars/temps_partiel_therapeutique_2019.circ:276 règle date_effet (information)
    applies = shared_1
    if applies is True:
        findings.append(_NOTICE_DATE_EFFET)
    elif applies is False:
        not_applicable.append('date_effet')

    # circulars/temps_partiel_therapeutique_2019.circ:287 règle fin_tpt (information)
    applies = shared_1
    if applies is True:
        findings.append(_NOTICE_FIN_TPT)
    elif applies is False:
        not_applicable.append('fin_tpt')

    # circulars/temps_partiel_therapeutique_2019.circ:293 règle contractuel_procédure (information)
    applies = shared_2
    if applies is True:
        findings.append(_NOTICE_CONTRACTUEL_PROCEDURE)
    elif applies is False:
        not_applicable.append('contractuel_procédure')

    deadlines: list[rt.DeadlineInfo] = []
    condition: bool | None = rt.and3(
        (None if tpt_demande is None else tpt_demande == 'première'),
        rt.or3(
            (
                None
                if tpt_conge_precedent is None
                else tpt_conge_precedent in _TPT_CONGE_PRECEDENT_VALUES_6
            ),
            rt.and3(
                (None if tpt_conge_precedent is None else tpt_conge_precedent == 'cmo'),
                tpt_cmo_douze_mois,
            ),
        ),
    )
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'reprise_trois_mois',
                (
                    'Après un congé long : demande au plus tard 3 mois avant la fin de la dernière '
                    'période du congé'
                ),
                reprise_trois_mois,
                True,
                (_CITE_DELAI_REPRISE_CONGE_LONG,),
                '3 mois avant tpt.date_fin_congé arrondi au début du mois suivant',
            )
        )
    condition = rt.and3(
        (None if tpt_demande is None else tpt_demande == 'prolongation'),
        (
            None
            if tpt_conge_precedent is None
            else tpt_conge_precedent in _TPT_CONGE_PRECEDENT_VALUES_5
        ),
    )
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'renouvellement_un_mois',
                'Demande de renouvellement un mois au plus tard avant la fin de la période',
                renouvellement_un_mois,
                True,
                (_CITE_RENOUVELLEMENT_UN_MOIS,),
                '1 mois avant tpt.date_fin_période_en_cours arrondi au début du mois suivant',
            )
        )
    condition = rt.and3(
        (None if tpt_demande is None else tpt_demande == 'prolongation'),
        (None if tpt_conge_precedent is None else tpt_conge_precedent == 'citis'),
    )
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'renouvellement_deux_mois',
                "Demande de renouvellement au moins deux mois avant l'échéance (après un CITIS)",
                renouvellement_deux_mois,
                True,
                (_CITE_DELAI_RENOUVELLEMENT_CITIS, _CITE_DELAI_RENOUVELLEMENT_CITIS_2),
                '2 mois avant tpt.date_fin_période_en_cours arrondi au début du mois suivant',
            )
        )
    opinions: list[rt.OpinionInfo] = []
    condition = None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES
    if condition is not False:
        opinions.append(_OPINION_AVIS_MEDECIN_TRAITANT)
    condition = rt.and3(
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
        (None if tpt_dispense_expertise is None else not tpt_dispense_expertise),
    )
    if condition is not False:
        opinions.append(_OPINION_AVIS_MEDECIN_AGREE)
    condition = rt.or3(
        rt.and3(
            (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
            rt.or3(
                (
                    None
                    if tpt_conge_precedent is None
                    else tpt_conge_precedent in _TPT_CONGE_PRECEDENT_VALUES_6
                ),
                rt.and3(
                    (None if tpt_conge_precedent is None else tpt_conge_precedent == 'cmo'),
                    tpt_cmo_douze_mois,
                ),
            ),
        ),
        rt.and3(
            (None if agent_statut is None else agent_statut == 'contractuel'),
            (None if tpt_conge_precedent is None else tpt_conge_precedent == 'cgm'),
        ),
    )
    if condition is not False:
        opinions.append(_OPINION_AVIS_COMITE_MEDICAL)
    condition = rt.and3(
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
        (None if tpt_conge_precedent is None else tpt_conge_precedent == 'citis'),
    )
    if condition is not False:
        opinions.append(_OPINION_AVIS_COMMISSION_REFORME)
    condition = None if agent_statut is None else agent_statut == 'contractuel'
    if condition is not False:
        opinions.append(_OPINION_ACCORD_CAISSE)
    condition = None if agent_statut is None else agent_statut == 'contractuel'
    if condition is not False:
        opinions.append(_OPINION_ACCORD_EMPLOYEUR)
    found = tuple(findings)
    return rt.Decision(
        circular=CIRCULAR,
        status=rt.status_from_flags(refused, undecided, warned),
        findings=found,
        satisfied=tuple(satisfied),
        not_applicable=tuple(not_applicable),
        missing_facts=rt.rank_missing(found, FACT_LABELS, _FACT_ORDER) if undecided else (),
        checklist=checklist,
        deadlines=tuple(deadlines),
        opinions=tuple(opinions),
        submissions=submissions,
        computed={
            'contrat_douze_mois': contrat_douze_mois, 'destinataire.service': destinataire_service
        },
    )


def evaluate_status(situation: Facts | Mapping[str, Any]) -> rt.Verdict:
    """The status and the failing rules of `evaluate`, nothing else (for batches); same errors."""
    (
        agent_statut,
        _,
        _,
        agent_position,
        _,
        _,
        _,
        demande_date_depot,
        demande_quotite,
        tpt_conge_precedent,
        tpt_ald,
        tpt_demande,
        tpt_duree_periode,
        tpt_duree_accordee,
        tpt_renouvellements_citis,
        tpt_date_fin_periode_en_cours,
        tpt_date_fin_conge,
        tpt_cmo_douze_mois,
        _,
        _,
        demande_dernier_arret_joint,
        agent_stage_en_formation,
    ) = _read_situation(situation)
    # circulars/temps_partiel_therapeutique_2019.circ:142 échéance reprise_trois_mois
    reprise_trois_mois = rt.shift_date(
        tpt_date_fin_conge, 3, 'mois', 'avant', 'mois suivant', False
    )
    # circulars/temps_partiel_therapeutique_2019.circ:146 échéance renouvellement_un_mois
    renouvellement_un_mois = rt.shift_date(
        tpt_date_fin_periode_en_cours, 1, 'mois', 'avant', 'mois suivant', False
    )
    # circulars/temps_partiel_therapeutique_2019.circ:150 échéance renouvellement_deux_mois
    renouvellement_deux_mois = rt.shift_date(
        tpt_date_fin_periode_en_cours, 2, 'mois', 'avant', 'mois suivant', False
    )
    # tested by 4 rules
    shared_3 = None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES
    failed: list[str] = []
    refused = undecided = warned = False

    # circulars/temps_partiel_therapeutique_2019.circ:156 règle stagiaire_en_formation (bloquante)
    applies: bool | None = None if agent_statut is None else agent_statut == 'stagiaire'
    if applies is not False:
        holds: bool | None = (
            None if agent_stage_en_formation is None else not agent_stage_en_formation
        )
        if holds is False and applies is True:
            failed.append('stagiaire_en_formation')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:162 règle position_statutaire (bloquante)
    applies = shared_3
    if applies is not False:
        holds = None if agent_position is None else agent_position in _AGENT_POSITION_VALUES
        if holds is False and applies is True:
            failed.append('position_statutaire')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:168 règle après_congé_fonctionnaire
    # (bloquante)
    applies = shared_3
    if applies is not False:
        holds = (
            None
            if tpt_conge_precedent is None
            else tpt_conge_precedent in _TPT_CONGE_PRECEDENT_VALUES_3
        )
        if holds is False and applies is True:
            failed.append('après_congé_fonctionnaire')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:175 règle après_congé_contractuel (bloquante)
    applies = None if agent_statut is None else agent_statut == 'contractuel'
    if applies is not False:
        holds = rt.or3(
            (
                None
                if tpt_conge_precedent is None
                else tpt_conge_precedent in _TPT_CONGE_PRECEDENT_VALUES_4
            ),
            tpt_ald,
        )
        if holds is False and applies is True:
            failed.append('après_congé_contractuel')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:184 règle quotité (bloquante)
    applies = shared_3
    if applies is not False:
        holds = rt.and3(
            (None if demande_quotite is None else demande_quotite >= 50),
            (None if demande_quotite is None else demande_quotite < 100),
        )
        if holds is False and applies is True:
            failed.append('quotité')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:191 règle période_trois_mois (bloquante)
    applies = rt.and3(
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
        (
            None
            if tpt_conge_precedent is None
            else tpt_conge_precedent in _TPT_CONGE_PRECEDENT_VALUES_5
        ),
    )
    if applies is not False:
        holds = None if tpt_duree_periode is None else tpt_duree_periode == 3
        if holds is False and applies is True:
            failed.append('période_trois_mois')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:198 règle période_six_mois (bloquante)
    applies = rt.and3(
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
        (None if tpt_conge_precedent is None else tpt_conge_precedent == 'citis'),
    )
    if applies is not False:
        holds = None if tpt_duree_periode is None else tpt_duree_periode <= 6
        if holds is False and applies is True:
            failed.append('période_six_mois')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:205 règle un_an_même_affection (bloquante)
    applies = shared_3
    if applies is not False:
        holds = rt.le(rt.add(tpt_duree_accordee, tpt_duree_periode), 12)
        if holds is False and applies is True:
            failed.append('un_an_même_affection')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:212 règle citis_renouvelable_une_fois
    # (bloquante)
    applies = rt.all3(
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
        (None if tpt_conge_precedent is None else tpt_conge_precedent == 'citis'),
        (None if tpt_demande is None else tpt_demande == 'prolongation'),
    )
    if applies is not False:
        holds = None if tpt_renouvellements_citis is None else tpt_renouvellements_citis == 0
        if holds is False and applies is True:
            failed.append('citis_renouvelable_une_fois')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:224 règle délai_renouvellement (bloquante)
    applies = rt.all3(
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
        (None if tpt_demande is None else tpt_demande == 'prolongation'),
        (
            None
            if tpt_conge_precedent is None
            else tpt_conge_precedent in _TPT_CONGE_PRECEDENT_VALUES_5
        ),
    )
    if applies is not False:
        holds = (
            None
            if demande_date_depot is None or renouvellement_un_mois is None
            else demande_date_depot <= renouvellement_un_mois
        )
        if holds is False and applies is True:
            failed.append('délai_renouvellement')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:231 règle délai_renouvellement_citis
    # (bloquante)
    applies = rt.all3(
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
        (None if tpt_demande is None else tpt_demande == 'prolongation'),
        (None if tpt_conge_precedent is None else tpt_conge_precedent == 'citis'),
    )
    if applies is not False:
        holds = (
            None
            if demande_date_depot is None or renouvellement_deux_mois is None
            else demande_date_depot <= renouvellement_deux_mois
        )
        if holds is False and applies is True:
            failed.append('délai_renouvellement_citis')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:240 règle dernier_arrêt_joint (bloquante)
    applies = rt.and3(
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
        (None if tpt_conge_precedent is None else tpt_conge_precedent == 'cmo'),
    )
    if applies is not False:
        holds = demande_dernier_arret_joint
        if holds is False and applies is True:
            failed.append('dernier_arrêt_joint')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_therapeutique_2019.circ:248 règle délai_reprise_congé_long (bloquante)
    applies = rt.all3(
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
        (None if tpt_demande is None else tpt_demande == 'première'),
        rt.or3(
            (
                None
                if tpt_conge_precedent is None
                else tpt_conge_precedent in _TPT_CONGE_PRECEDENT_VALUES_6
            ),
            rt.and3(
                (None if tpt_conge_precedent is None else tpt_conge_precedent == 'cmo'),
                tpt_cmo_douze_mois,
            ),
        ),
    )
    if applies is not False:
        holds = (
            None
            if demande_date_depot is None or reprise_trois_mois is None
            else demande_date_depot <= reprise_trois_mois
        )
        if holds is False and applies is True:
            failed.append('délai_reprise_congé_long')
            refused = True
        elif holds is not True:
            undecided = True

    return rt.Verdict(rt.status_from_flags(refused, undecided, warned), tuple(failed))
