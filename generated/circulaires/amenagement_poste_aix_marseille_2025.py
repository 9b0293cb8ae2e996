# Généré par circdsl depuis circulars/amenagement_poste_aix_marseille_2025.circ : ne pas modifier.
# Pour changer ce validateur, modifiez le fichier .circ puis lancez « circ build ».
(
    'Validateur : Aménagement du poste de travail pour raison de santé, année scolaire 2025-2026 '
    "(Rectorat de l'académie d'Aix-Marseille)."
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
    name='amenagement_poste_aix_marseille_2025',
    title='Aménagement du poste de travail pour raison de santé, année scolaire 2025-2026',
    authority="Rectorat de l'académie d'Aix-Marseille",
    reference='DIPE/24-1025-910',
    issued=datetime.date(2024, 11, 4),
    school_year='2025-2026',
    dispositif='Aménagement du poste de travail',
    source='sources/003_70692b3584024c77.txt',
    file='circulars/amenagement_poste_aix_marseille_2025.circ',
)
FACT_LABELS: dict[str, str] = {
    'agent.statut': "Statut de l'agent",
    'agent.fonction': 'Fonction exercée',
    'agent.degré': "Degré d'enseignement",
    'agent.ors_heures': 'Obligations réglementaires de service hebdomadaires (heures)',
    'agent.rqth': (
        "L'agent dispose d'un justificatif de handicap (RQTH, carte mobilité inclusion « "
        'invalidité »...)'
    ),
    'agent.temps_partiel_thérapeutique': (
        "L'agent bénéficie ou bénéficiera d'un temps partiel thérapeutique"
    ),
    'agent.département': "Département d'affectation (académie d'Aix-Marseille)",
    'agent.position': 'Position administrative',
    'agent.quotité': "Quotité de travail actuelle de l'agent (100 % à temps plein)",
    'agent.congé_santé': 'Congé pour raison de santé en cours au moment de la demande',
    'agent.durée_cmo': 'Durée du congé de maladie ordinaire en cours',
    'agent.arrondissement': (
        "Arrondissement municipal de l'établissement d'affectation (Paris, Lyon, Marseille)"
    ),
    'demande.date_dépôt': 'Date de dépôt de la demande',
    'mesures_demandées': (
        "Aménagement(s) du poste de travail souhaité(s) pour l'année scolaire 2025-2026"
    ),
    'heures_allègement': "Nombre d'heures d'allègement horaire demandées (par semaine)",
    'heures_aménagement_service': (
        "Nombre d'heures de décharge pour aménagement du service (par semaine)"
    ),
    'motif_allègement': "Motif de l'allègement horaire",
    'avis_conseil_médical_favorable': (
        'Le conseil médical a rendu un avis favorable à la reprise des fonctions'
    ),
    'geo_affectation': (
        "Groupement d'établissements (GEO) de l'établissement d'affectation (Bouches-du-Rhône)"
    ),
    'envoi_postal_exceptionnel': (
        "Impossibilité d'accès aux outils informatiques permettant l'envoi électronique du "
        'dossier administratif'
    ),
    'dossier.pièces_fournies': 'Pièces déjà fournies par le demandeur',
}
_FACT_ORDER: dict[str, int] = {
    'agent.statut': 0,
    'agent.fonction': 1,
    'agent.degré': 2,
    'agent.ors_heures': 3,
    'agent.rqth': 4,
    'agent.temps_partiel_thérapeutique': 5,
    'agent.département': 6,
    'agent.position': 7,
    'agent.quotité': 8,
    'agent.congé_santé': 9,
    'agent.durée_cmo': 10,
    'agent.arrondissement': 11,
    'demande.date_dépôt': 12,
    'mesures_demandées': 13,
    'heures_allègement': 14,
    'heures_aménagement_service': 15,
    'motif_allègement': 16,
    'avis_conseil_médical_favorable': 17,
    'geo_affectation': 18,
    'envoi_postal_exceptionnel': 19,
    'dossier.pièces_fournies': 20,
}
ROUTING_FACTS: dict[str, tuple[str, ...]] = {
    'courrier_demande': (
        'agent.département', 'agent.arrondissement', 'geo_affectation', 'envoi_postal_exceptionnel'
    ),
    'fiche_renseignements': (
        'agent.département', 'agent.arrondissement', 'geo_affectation', 'envoi_postal_exceptionnel'
    ),
    'attestation_rqth': (
        'agent.rqth',
        'agent.département',
        'agent.arrondissement',
        'geo_affectation',
        'envoi_postal_exceptionnel',
    ),
    'certificat_médical': ('agent.département', 'agent.arrondissement', 'geo_affectation'),
    'courrier_médecin': ('agent.département', 'agent.arrondissement', 'geo_affectation'),
    'relevé_congés': ('agent.département', 'agent.arrondissement', 'geo_affectation'),
    'avis_conseil_médical': (
        'agent.département',
        'agent.position',
        'agent.congé_santé',
        'agent.durée_cmo',
        'agent.arrondissement',
        'geo_affectation',
    ),
    'fiche_demande_aménagement': (
        'agent.département', 'agent.arrondissement', 'geo_affectation', 'envoi_postal_exceptionnel'
    ),
}
_AGENT_DEPARTEMENT_VALUES = frozenset({'d04', 'd05'})
_GEO_AFFECTATION_VALUES = frozenset({'arles', 'marignane', 'martigues'})
_AGENT_ARRONDISSEMENT_VALUES = frozenset({2})
_GEO_AFFECTATION_VALUES_2 = frozenset(
    {
        'aix_en_provence',
        'aubagne',
        'gardanne',
        'marseille_centre_est',
        'marseille_nord_est',
        'marseille_sud',
        'orgon',
        'salon_de_provence',
        'vitrolles',
    }
)
_AGENT_ARRONDISSEMENT_VALUES_2 = frozenset({13})
_SERVICE_MEDECIN_ARNAL = rt.Recipient(
    'médecin_arnal',
    'Docteur ARNAL Élisabeth, médecin du travail',
    True,
    (
        "Rectorat de l'académie d'Aix-Marseille - médecine de prévention - À l'attention du "
        'docteur ARNAL Élisabeth (elisabeth.arnal@ac-aix-marseille.fr) - Place Lucien Paye - 13621 '
        'Aix-en-Provence CEDEX 1'
    ),
)
_SERVICE_MEDECIN_DORSO = rt.Recipient(
    'médecin_dorso',
    "Docteur D'ORSO ALBERAND Gil, médecin du travail",
    True,
    (
        "Rectorat de l'académie d'Aix-Marseille - médecine de prévention - À l'attention du "
        "docteur D'ORSO ALBERAND Gil (gil.dorso@ac-aix-marseille.fr) - Place Lucien Paye - 13621 "
        'Aix-en-Provence CEDEX 1'
    ),
)
_SERVICE_MEDECIN_MUNTEANU = rt.Recipient(
    'médecin_munteanu',
    'Docteur MUNTEANU Ioana, médecin du travail',
    True,
    (
        "Rectorat de l'académie d'Aix-Marseille - médecine de prévention - À l'attention du "
        'docteur MUNTEANU Ioana (ioana.munteanu@ac-aix-marseille.fr) - Place Lucien Paye - 13621 '
        'Aix-en-Provence CEDEX 1'
    ),
)
_ROWS_MEDECIN_DOSSIER = (
    (_SERVICE_MEDECIN_ARNAL,),
    (_SERVICE_MEDECIN_DORSO,),
    (_SERVICE_MEDECIN_DORSO,),
    (_SERVICE_MEDECIN_DORSO,),
    (_SERVICE_MEDECIN_MUNTEANU,),
    (_SERVICE_MEDECIN_MUNTEANU,),
    (_SERVICE_MEDECIN_MUNTEANU,),
    (_SERVICE_MEDECIN_DORSO,),
)
_AGENT_FONCTION_VALUES = frozenset({'enseignement', 'orientation', 'éducation'})
_MESURES_DEMANDEES_VALUES = frozenset({'allègement_horaire'})
_MOTIF_ALLEGEMENT_VALUES = frozenset({'reprise_après_poste_adapté', 'traitement_médical_lourd'})
_MESURES_DEMANDEES_VALUES_2 = frozenset({'aménagement_service'})
_AGENT_CONGE_SANTE_VALUES = frozenset({'cld', 'clm'})
_DATE_2024_12_13 = datetime.date(2024, 12, 13)
_MESURES_DEMANDEES_VALUES_3 = frozenset({'adaptation_emploi_du_temps', 'salle_de_cours'})
_SERVICE_DIPE = rt.Recipient(
    'dipe',
    "Division des personnels enseignants (DIPE), rectorat d'Aix-Marseille",
    False,
    (
        'dispositif-readaptation@ac-aix-marseille.fr ; à titre exceptionnel par voie postale : '
        "Rectorat de l'académie d'Aix-Marseille – DIPE – A l'attention de Mme SCHNEIDER – Place "
        'Lucien Paye – 13621 Aix-en-Provence CEDEX 1'
    ),
)
_CITE_COURRIER_DEMANDE = rt.Citation(
    "le courrier de demande de l'intéressé(e)", 'sources/003_70692b3584024c77.txt', 138
)
_DOC_COURRIER_DEMANDE = rt.ChecklistItem(
    'courrier_demande',
    "Courrier de demande de l'intéressé(e)",
    'à fournir',
    None,
    False,
    False,
    (),
    (
        'Dossier administratif : un exemplaire numérisé à la DIPE, un exemplaire papier joint au '
        'dossier médical.'
    ),
    (_CITE_COURRIER_DEMANDE,),
)
_CITE_FICHE_RENSEIGNEMENTS = rt.Citation(
    'la fiche de « renseignements » (Annexe 1) à renseigner systématiquement',
    'sources/003_70692b3584024c77.txt',
    139,
)
_DOC_FICHE_RENSEIGNEMENTS = rt.ChecklistItem(
    'fiche_renseignements',
    'Fiche de renseignements (annexe 1)',
    'à fournir',
    None,
    False,
    False,
    (),
    None,
    (_CITE_FICHE_RENSEIGNEMENTS,),
)
_CITE_ATTESTATION_RQTH = rt.Citation(
    (
        "le cas échéant l'attestation de reconnaissance de la qualité de travailleur handicapé "
        '(RQTH) délivrée par la maison départementale des personnes handicapées (MDPH)'
    ),
    'sources/003_70692b3584024c77.txt',
    141,
)
_DOC_ATTESTATION_RQTH = rt.ChecklistItem(
    'attestation_rqth',
    (
        'Attestation de reconnaissance de la qualité de travailleur handicapé (RQTH) délivrée par '
        'la MDPH'
    ),
    'à fournir',
    None,
    False,
    False,
    (),
    (
        'À joindre au dossier administratif et au dossier médical ; fournir une copie en cas '
        "d'obtention ou de renouvellement récent."
    ),
    (_CITE_ATTESTATION_RQTH,),
)
_CITE_CERTIFICAT_MEDICAL = rt.Citation(
    (
        'un certificat médical récent précisant de manière détaillée la nature de la maladie et '
        "les difficultés ou l'incapacité qu'elle entraîne dans l'exercice des fonctions "
        '(original sous pli cacheté)'
    ),
    'sources/003_70692b3584024c77.txt',
    145,
)
_DOC_CERTIFICAT_MEDICAL = rt.ChecklistItem(
    'certificat_médical',
    'Certificat médical récent et détaillé (original sous pli cacheté)',
    'à fournir',
    None,
    True,
    True,
    (),
    (
        'Il précise de manière détaillée la nature de la maladie et les difficultés ou '
        "l'incapacité qu'elle entraîne dans l'exercice des fonctions."
    ),
    (_CITE_CERTIFICAT_MEDICAL,),
)
_CITE_COURRIER_MEDECIN = rt.Citation(
    "accompagné d'un courrier explicatif de l'agent à l'attention du médecin du travail",
    'sources/003_70692b3584024c77.txt',
    145,
)
_DOC_COURRIER_MEDECIN = rt.ChecklistItem(
    'courrier_médecin',
    "Courrier explicatif de l'agent à l'attention du médecin du travail",
    'à fournir',
    None,
    True,
    True,
    (),
    None,
    (_CITE_COURRIER_MEDECIN,),
)
_CITE_RELEVE_CONGES = rt.Citation(
    (
        "le relevé des congés (maladie, longue maladie, longue durée) ou disponibilité d'office. "
        'Il conviendra de préciser si les congés de *longue durée* déjà obtenus ont été accordés '
        "pour une affection de *nature différente* de celle dont l'intéressé(e) souffre à la date "
        'de présentation de la demande'
    ),
    'sources/003_70692b3584024c77.txt',
    146,
)
_DOC_RELEVE_CONGES = rt.ChecklistItem(
    'relevé_congés',
    "Relevé des congés (maladie, longue maladie, longue durée) ou de la disponibilité d'office",
    'à fournir',
    None,
    True,
    True,
    (),
    (
        'Préciser si les congés de longue durée déjà obtenus ont été accordés pour une affection '
        "de nature différente de celle dont l'intéressé(e) souffre à la date de la demande."
    ),
    (_CITE_RELEVE_CONGES,),
)
_CITE_AVIS_CONSEIL_MEDICAL = rt.Citation(
    (
        "l'avis du conseil médical départemental pour les personnels qui sont placés, au moment "
        "où ils postulent, en congé de longue maladie, de longue durée, en disponibilité d'office "
        'ou après 6 mois de congé de maladie ordinaire'
    ),
    'sources/003_70692b3584024c77.txt',
    147,
)
_DOC_AVIS_CONSEIL_MEDICAL = rt.ChecklistItem(
    'avis_conseil_médical',
    'Avis du conseil médical départemental',
    'à fournir',
    None,
    True,
    True,
    (),
    None,
    (_CITE_AVIS_CONSEIL_MEDICAL,),
)
_CITE_FICHE_DEMANDE_AMENAGEMENT = rt.Citation(
    (
        "la fiche de « demande d'aménagement du poste de travail » (Annexe 2), et/ou la fiche de "
        "« demande d'affectation en poste adapté » (Annexe 3)"
    ),
    'sources/003_70692b3584024c77.txt',
    140,
)
_DOC_FICHE_DEMANDE_AMENAGEMENT = rt.ChecklistItem(
    'fiche_demande_aménagement',
    "Fiche de demande d'aménagement du poste de travail (annexe 2)",
    'à fournir',
    None,
    False,
    False,
    (),
    None,
    (_CITE_FICHE_DEMANDE_AMENAGEMENT,),
)
_CITE_DEMANDE = rt.Citation(
    '### 1 – Dossier administratif (1 exemplaire numérisé)', 'sources/003_70692b3584024c77.txt', 154
)
_CITE_DEMANDE_2 = rt.Citation(
    "Par voie électronique à l'adresse mail suivante", 'sources/003_70692b3584024c77.txt', 158
)
_CITE_DEMANDE_3 = rt.Citation(
    "en privilégiant l'envoi des annexes d'une même demande d'aménagement, groupées en un seul PDF",
    'sources/003_70692b3584024c77.txt',
    158,
)
_CITE_DEMANDE_4 = rt.Citation(
    'Le dossier administratif comprendra :', 'sources/003_70692b3584024c77.txt', 136
)
_SUBMISSION = rt.SubmissionInfo(
    (
        "Dossier administratif numérisé (un seul PDF), transmis par le chef d'établissement, de "
        'service ou le directeur de CIO'
    ),
    (),
    'dispositif-readaptation@ac-aix-marseille.fr',
    (_CITE_DEMANDE, _CITE_DEMANDE_2, _CITE_DEMANDE_3, _CITE_DEMANDE_4),
)
_CITE_DEMANDE_5 = rt.Citation(
    '### 2 – Dossier médical (1 exemplaire papier)', 'sources/003_70692b3584024c77.txt', 164
)
_CITE_DEMANDE_6 = rt.Citation(
    "Les chefs d'établissement, de service ou les directeurs de CIO transmettront également",
    'sources/003_70692b3584024c77.txt',
    166,
)
_CITE_DEMANDE_7 = rt.Citation(
    (
        'Par voie postale uniquement, le dossier médical sous enveloppe cachetée par '
        "l'intéressé(e), et accompagné d'un exemplaire papier du dossier administratif + RQTH"
    ),
    'sources/003_70692b3584024c77.txt',
    168,
)
_CITE_DEMANDE_8 = rt.Citation(
    'Le dossier médical comportera :', 'sources/003_70692b3584024c77.txt', 143
)
_CITE_DEMANDE_9 = rt.Citation(
    (
        "Les chefs d'établissement, de service ou les directeurs de CIO veilleront à transmettre "
        'ces dossiers, au fur et à mesure de leur réception, dans les deux services concernés '
        '(service santé-médecine du travail et DIPE), en respectant la date butoir du vendredi 13 '
        'décembre 2024.'
    ),
    'sources/003_70692b3584024c77.txt',
    182,
)
_SUBMISSION_2 = rt.SubmissionInfo(
    (
        "Dossier médical (exemplaire papier, sous enveloppe cachetée par l'intéressé(e)) avec un "
        "exemplaire papier du dossier administratif, transmis par le chef d'établissement"
    ),
    (),
    (
        "Rectorat de l'académie d'Aix-Marseille - médecine de prévention (à l'attention du "
        'médecin du travail concerné) - Place Lucien Paye - 13621 Aix-en-Provence CEDEX 1'
    ),
    (_CITE_DEMANDE_5, _CITE_DEMANDE_6, _CITE_DEMANDE_7, _CITE_DEMANDE_8, _CITE_DEMANDE_9),
)
_CITE_TITULAIRE = rt.Citation(
    (
        'Les agents fonctionnaires titulaires qui souhaitent obtenir un aménagement du poste de '
        'travail ou un poste adapté.'
    ),
    'sources/003_70692b3584024c77.txt',
    23,
)
_RULE_TITULAIRE = rt.RuleInfo(
    'titulaire',
    'Public concerné : agents fonctionnaires titulaires',
    'bloquante',
    (_CITE_TITULAIRE,),
    'circulars/amenagement_poste_aix_marseille_2025.circ:70',
)
_LABELS_AGENT_STATUT = {
    'titulaire': 'Titulaire', 'stagiaire': 'Stagiaire', 'contractuel': 'Contractuel'
}
_CITE_FONCTION_CONCERNEE = rt.Citation(
    (
        "La mise en œuvre du dispositif d'accompagnement des personnels enseignants, d'éducation "
        "et psychologues de l'Éducation nationale titulaires, est assurée, au niveau académique"
    ),
    'sources/003_70692b3584024c77.txt',
    15,
)
_RULE_FONCTION_CONCERNEE = rt.RuleInfo(
    'fonction_concernée',
    (
        "Public concerné : personnels d'enseignement, d'éducation et psychologues de "
        "l'éducation nationale"
    ),
    'bloquante',
    (_CITE_FONCTION_CONCERNEE,),
    'circulars/amenagement_poste_aix_marseille_2025.circ:75',
)
_LABELS_AGENT_FONCTION = {
    'enseignement': 'Personnel enseignant',
    'éducation': "Personnel d'éducation (CPE)",
    'orientation': "Psychologue de l'éducation nationale (orientation)",
    'administratif': 'Personnel administratif, technique ou de santé',
}
_CITE_SECOND_DEGRE = rt.Citation(
    (
        "DISPOSITIF D'ACCOMPAGNEMENT DES PERSONNELS D'ENSEIGNEMENT, D'ÉDUCATION ET PSYCHOLOGUES "
        "DE L'ÉDUCATION NATIONALE DU SECOND DEGRÉ PUBLIC"
    ),
    'sources/003_70692b3584024c77.txt',
    7,
)
_RULE_SECOND_DEGRE = rt.RuleInfo(
    'second_degré',
    'Public concerné : enseignants du second degré public',
    'bloquante',
    (_CITE_SECOND_DEGRE,),
    'circulars/amenagement_poste_aix_marseille_2025.circ:80',
)
_LABELS_AGENT_DEGRE = {'premier': 'Premier degré', 'second': 'Second degré'}
_CITE_AU_MOINS_UNE_MESURE = rt.Citation(
    "AMÉNAGEMENT DU POSTE DE TRAVAIL SOUHAITÉ AU TITRE DE L'ANNÉE SCOLAIRE 2025-2026",
    'sources/003_70692b3584024c77.txt',
    269,
)
_RULE_AU_MOINS_UNE_MESURE = rt.RuleInfo(
    'au_moins_une_mesure',
    'Au moins un aménagement demandé',
    'bloquante',
    (_CITE_AU_MOINS_UNE_MESURE,),
    'circulars/amenagement_poste_aix_marseille_2025.circ:87',
)
_CITE_ALLEGEMENT_TIERS_ORS = rt.Citation(
    (
        "permet à l'agent d'être déchargé, dans la limite maximale du tiers de son obligation "
        "réglementaire de service (ORS), tout en continuant à percevoir l'intégralité de son "
        'traitement'
    ),
    'sources/003_70692b3584024c77.txt',
    106,
)
_RULE_ALLEGEMENT_TIERS_ORS = rt.RuleInfo(
    'allègement_tiers_ors',
    "Allègement horaire : au plus le tiers de l'ORS",
    'bloquante',
    (_CITE_ALLEGEMENT_TIERS_ORS,),
    'circulars/amenagement_poste_aix_marseille_2025.circ:93',
)
_CITE_ALLEGEMENT_MOTIF = rt.Citation(
    (
        "Il s'agit d'une mesure exceptionnelle, accordée en raison de l'état de santé de "
        "l'agent, afin de suivre un traitement médical lourd ou de faciliter la reprise de son "
        'activité après une affectation sur un poste adapté.'
    ),
    'sources/003_70692b3584024c77.txt',
    104,
)
_RULE_ALLEGEMENT_MOTIF = rt.RuleInfo(
    'allègement_motif',
    'Allègement horaire : traitement médical lourd ou reprise après un poste adapté',
    'bloquante',
    (_CITE_ALLEGEMENT_MOTIF,),
    'circulars/amenagement_poste_aix_marseille_2025.circ:99',
)
_LABELS_MOTIF_ALLEGEMENT = {
    'traitement_médical_lourd': 'Suivre un traitement médical lourd',
    'reprise_après_poste_adapté': (
        "Faciliter la reprise d'activité après une affectation sur poste adapté"
    ),
    'autre_motif': 'Autre motif',
}
_CITE_ALLEGEMENT_NON_CUMUL_TPT = rt.Citation(
    (
        'Elle peut être accordée à un agent exerçant à temps partiel, mais ne peut se cumuler avec '
        'le temps partiel thérapeutique.'
    ),
    'sources/003_70692b3584024c77.txt',
    108,
)
_RULE_ALLEGEMENT_NON_CUMUL_TPT = rt.RuleInfo(
    'allègement_non_cumul_tpt',
    'Allègement horaire : pas de cumul avec le temps partiel thérapeutique',
    'bloquante',
    (_CITE_ALLEGEMENT_NON_CUMUL_TPT,),
    'circulars/amenagement_poste_aix_marseille_2025.circ:105',
)
_CITE_ALLEGEMENT_QUOTITE_TOTALE = rt.Citation(
    (
        'Ces mesures sont compatibles avec un temps partiel, à la condition que la quotité totale '
        'du temps de travail ne soit pas inférieure à 50%.'
    ),
    'sources/003_70692b3584024c77.txt',
    116,
)
_RULE_ALLEGEMENT_QUOTITE_TOTALE = rt.RuleInfo(
    'allègement_quotité_totale',
    "Allègement horaire et temps partiel : quotité totale d'au moins 50 %",
    'bloquante',
    (_CITE_ALLEGEMENT_QUOTITE_TOTALE,),
    'circulars/amenagement_poste_aix_marseille_2025.circ:111',
)
_CITE_AMENAGEMENT_SERVICE_TIERS_ORS = rt.Citation(
    (
        "ORS réduite jusqu'au tiers pour effectuer des tâches différentes de l'activité "
        'professionnelle classique'
    ),
    'sources/003_70692b3584024c77.txt',
    296,
)
_CITE_AMENAGEMENT_SERVICE_TIERS_ORS_2 = rt.Citation(
    (
        "L'agent voit son obligation réglementaire de service (ORS) aménagée pour effectuer des "
        'tâches différentes de son activité professionnelle classique (*enseignement, éducation, '
        "orientation*) comme le soutien à de petits groupes d'élèves ou bien la participation à "
        'des missions en appui des services administratifs ou techniques de son établissement.'
    ),
    'sources/003_70692b3584024c77.txt',
    114,
)
_RULE_AMENAGEMENT_SERVICE_TIERS_ORS = rt.RuleInfo(
    'aménagement_service_tiers_ors',
    "Aménagement du service : décharge d'au plus le tiers de l'ORS",
    'bloquante',
    (_CITE_AMENAGEMENT_SERVICE_TIERS_ORS, _CITE_AMENAGEMENT_SERVICE_TIERS_ORS_2),
    'circulars/amenagement_poste_aix_marseille_2025.circ:118',
)
_RULE_AMENAGEMENT_SERVICE_QUOTITE = rt.RuleInfo(
    'aménagement_service_quotité',
    "Aménagement du service et temps partiel : quotité totale d'au moins 50 %",
    'bloquante',
    (_CITE_ALLEGEMENT_QUOTITE_TOTALE,),
    'circulars/amenagement_poste_aix_marseille_2025.circ:125',
)
_CITE_REPRISE_CLM_CLD = rt.Citation(
    (
        'les personnels en congé de longue maladie ou en congé de longue durée ne peuvent '
        "reprendre leurs fonctions, même par le biais du poste adapté, en l'absence d'avis "
        'favorable du conseil médical'
    ),
    'sources/003_70692b3584024c77.txt',
    147,
)
_RULE_REPRISE_CLM_CLD = rt.RuleInfo(
    'reprise_clm_cld',
    'CLM ou CLD : avis favorable du conseil médical pour reprendre',
    'bloquante',
    (_CITE_REPRISE_CLM_CLD,),
    'circulars/amenagement_poste_aix_marseille_2025.circ:132',
)
_CITE_DELAI_DE_RIGUEUR = rt.Citation(
    'Date limite : Vendredi 13 décembre 2024 – Délai de rigueur',
    'sources/003_70692b3584024c77.txt',
    152,
)
_RULE_DELAI_DE_RIGUEUR = rt.RuleInfo(
    'délai_de_rigueur',
    'Transmission au plus tard le 13 décembre 2024 (délai de rigueur)',
    'bloquante',
    (_CITE_DELAI_DE_RIGUEUR,),
    'circulars/amenagement_poste_aix_marseille_2025.circ:144',
)
_CITE_OBJECTIF_AMENAGEMENT = rt.Citation(
    (
        "L'aménagement du poste de travail doit permettre le maintien en activité sur le poste "
        'occupé ou de réintégrer les fonctions précédentes.'
    ),
    'sources/003_70692b3584024c77.txt',
    88,
)
_CITE_OBJECTIF_AMENAGEMENT_2 = rt.Citation(
    'Maintien sur le poste', 'sources/003_70692b3584024c77.txt', 394
)
_RULE_OBJECTIF_AMENAGEMENT = rt.RuleInfo(
    'objectif_aménagement',
    "Objet de l'aménagement du poste de travail",
    'information',
    (_CITE_OBJECTIF_AMENAGEMENT, _CITE_OBJECTIF_AMENAGEMENT_2),
    'circulars/amenagement_poste_aix_marseille_2025.circ:150',
)
_NOTICE_OBJECTIF_AMENAGEMENT = rt.Finding(
    _RULE_OBJECTIF_AMENAGEMENT,
    rt.Outcome.NOTICE,
    'information',
    (
        "L'aménagement du poste de travail vise le maintien en activité sur le poste occupé ou la "
        'réintégration dans les fonctions précédentes ; vous restez sur votre poste et conservez '
        "l'intégralité de votre traitement."
    ),
    (),
)
_CITE_EMPLOI_DU_TEMPS_SALLE = rt.Citation(
    (
        "Ces préconisations font l'objet d'un courrier à l'agent sous couvert du supérieur "
        'hiérarchique'
    ),
    'sources/003_70692b3584024c77.txt',
    92,
)
_CITE_EMPLOI_DU_TEMPS_SALLE_2 = rt.Citation(
    'qui les mettra en œuvre dans la mesure du possible.', 'sources/003_70692b3584024c77.txt', 92
)
_CITE_EMPLOI_DU_TEMPS_SALLE_3 = rt.Citation(
    (
        "L'agent peut solliciter une adaptation de son emploi du temps journalier et/ou "
        "hebdomadaire selon les besoins de son état de santé. L'agent peut également bénéficier "
        "d'un regroupement ou d'un étalement de son obligation réglementaire de service (ORS). "
        "Dans tous les cas, l'agent assure l'intégralité de son ORS au sein de son établissement "
        'ou service.'
    ),
    'sources/003_70692b3584024c77.txt',
    96,
)
_RULE_EMPLOI_DU_TEMPS_SALLE = rt.RuleInfo(
    'emploi_du_temps_salle',
    (
        "Adaptation de l'emploi du temps, salle de cours : préconisations mises en œuvre dans la "
        'mesure du possible'
    ),
    'information',
    (_CITE_EMPLOI_DU_TEMPS_SALLE, _CITE_EMPLOI_DU_TEMPS_SALLE_2, _CITE_EMPLOI_DU_TEMPS_SALLE_3),
    'circulars/amenagement_poste_aix_marseille_2025.circ:155',
)
_NOTICE_EMPLOI_DU_TEMPS_SALLE = rt.Finding(
    _RULE_EMPLOI_DU_TEMPS_SALLE,
    rt.Outcome.NOTICE,
    'information',
    (
        "L'adaptation de l'emploi du temps et l'attribution d'une salle de cours sont des "
        'préconisations, pour une année scolaire, adressées par courrier sous couvert du supérieur '
        'hiérarchique qui les met en œuvre dans la mesure du possible ; vous assurez dans tous les '
        "cas l'intégralité de votre ORS dans votre établissement ou service."
    ),
    (),
)
_CITE_ALLEGEMENT_TEMPORAIRE = rt.Citation(
    "Elle peut être accordée pour la durée de l'année scolaire",
    'sources/003_70692b3584024c77.txt',
    106,
)
_CITE_ALLEGEMENT_TEMPORAIRE_2 = rt.Citation(
    (
        'un accompagnement limité dans le temps, ne peut être envisagé comme une compensation '
        "d'un handicap pérenne."
    ),
    'sources/003_70692b3584024c77.txt',
    110,
)
_CITE_ALLEGEMENT_TEMPORAIRE_3 = rt.Citation(
    (
        "Rappel des modalités d'attribution : les allègements de service, qui correspondent à un "
        'accompagnement limité dans le temps, ne peuvent être envisagés comme une compensation '
        "d'un handicap pérenne. C'est d'ailleurs la raison pour laquelle ils sont attribués au "
        "titre d'une année scolaire et ne sont pas reconduits de manière automatique, et, s'ils "
        "le sont, c'est généralement de manière dégressive."
    ),
    'sources/003_70692b3584024c77.txt',
    307,
)
_CITE_ALLEGEMENT_TEMPORAIRE_4 = rt.Citation(
    'Attribution pour 1 an, éventuellement renouvelable', 'sources/003_70692b3584024c77.txt', 393
)
_RULE_ALLEGEMENT_TEMPORAIRE = rt.RuleInfo(
    'allègement_temporaire',
    'Allègement horaire : accompagnement limité dans le temps',
    'information',
    (
        _CITE_ALLEGEMENT_TEMPORAIRE,
        _CITE_ALLEGEMENT_TEMPORAIRE_2,
        _CITE_ALLEGEMENT_TEMPORAIRE_3,
        _CITE_ALLEGEMENT_TEMPORAIRE_4,
    ),
    'circulars/amenagement_poste_aix_marseille_2025.circ:162',
)
_NOTICE_ALLEGEMENT_TEMPORAIRE = rt.Finding(
    _RULE_ALLEGEMENT_TEMPORAIRE,
    rt.Outcome.NOTICE,
    'information',
    (
        "L'allègement horaire est accordé pour la durée de l'année scolaire, avec maintien de "
        "l'intégralité du traitement ; il ne peut compenser un handicap pérenne et n'est pas "
        "reconduit automatiquement (s'il l'est, c'est généralement de manière dégressive)."
    ),
    (),
)
_CITE_RENOUVELLEMENT_NON_AUTOMATIQUE = rt.Citation(
    (
        "Le renouvellement d'une de ces mesures n'est pas automatique. Par conséquent, "
        "l'intéressé(e) doit en faire la demande auprès du recteur, selon la procédure indiquée "
        'dans la deuxième partie et au moyen des imprimés joints (annexes 1 et 2).'
    ),
    'sources/003_70692b3584024c77.txt',
    118,
)
_RULE_RENOUVELLEMENT_NON_AUTOMATIQUE = rt.RuleInfo(
    'renouvellement_non_automatique',
    'Renouvellement non automatique',
    'information',
    (_CITE_RENOUVELLEMENT_NON_AUTOMATIQUE,),
    'circulars/amenagement_poste_aix_marseille_2025.circ:170',
)
_NOTICE_RENOUVELLEMENT_NON_AUTOMATIQUE = rt.Finding(
    _RULE_RENOUVELLEMENT_NON_AUTOMATIQUE,
    rt.Outcome.NOTICE,
    'information',
    (
        "Le renouvellement d'un aménagement n'est pas automatique : il faut en refaire la "
        'demande auprès du recteur, avec les annexes 1 et 2.'
    ),
    (),
)
_CITE_OCCUPATION_THERAPEUTIQUE = rt.Citation(
    (
        "L'OTT est la possibilité pour les personnels en congé de longue maladie ou en congé de "
        "longue durée d'exercer, par exception à l'obligation de repos, une activité de "
        'réadaptation médicalement ordonnée et contrôlée.'
    ),
    'sources/003_70692b3584024c77.txt',
    124,
)
_CITE_OCCUPATION_THERAPEUTIQUE_2 = rt.Citation(
    "### III) L'OCCUPATION A TITRE THERAPEUTIQUE (OTT)", 'sources/003_70692b3584024c77.txt', 122
)
_CITE_OCCUPATION_THERAPEUTIQUE_3 = rt.Citation(
    (
        "Cette activité est organisée sous forme de périodes d'observation dans un cadre "
        "professionnel adapté, en vue d'une préparation à un retour à l'emploi (retour à la "
        'fonction statutaire ou découverte de nouvelles fonctions).'
    ),
    'sources/003_70692b3584024c77.txt',
    124,
)
_RULE_OCCUPATION_THERAPEUTIQUE = rt.RuleInfo(
    'occupation_thérapeutique',
    'Congé de longue maladie ou de longue durée : occupation à titre thérapeutique (OTT)',
    'information',
    (
        _CITE_OCCUPATION_THERAPEUTIQUE,
        _CITE_OCCUPATION_THERAPEUTIQUE_2,
        _CITE_OCCUPATION_THERAPEUTIQUE_3,
    ),
    'circulars/amenagement_poste_aix_marseille_2025.circ:174',
)
_NOTICE_OCCUPATION_THERAPEUTIQUE = rt.Finding(
    _RULE_OCCUPATION_THERAPEUTIQUE,
    rt.Outcome.NOTICE,
    'information',
    (
        'En congé de longue maladie ou de longue durée, vous pouvez aussi exercer, par exception à '
        "l'obligation de repos, une occupation à titre thérapeutique (OTT) : activité de "
        "réadaptation médicalement ordonnée et contrôlée, par périodes d'observation dans un "
        'cadre professionnel adapté (BA N°985 du 16/10/2023 ; contact : directeur du CR2AMN).'
    ),
    (),
)
_CITE_AMENAGEMENT_MATERIEL_RQTH = rt.Citation(
    (
        "Les agents en situation de handicap et bénéficiaires d'une RQTH peuvent également "
        'demander un aménagement matériel ou technique du poste, ou encore une assistance humaine. '
        "Ces dispositifs font l'objet d'une circulaire spécifique"
    ),
    'sources/003_70692b3584024c77.txt',
    26,
)
_RULE_AMENAGEMENT_MATERIEL_RQTH = rt.RuleInfo(
    'aménagement_matériel_rqth',
    "Agents bénéficiaires d'une RQTH : aménagement matériel ou assistance humaine",
    'information',
    (_CITE_AMENAGEMENT_MATERIEL_RQTH,),
    'circulars/amenagement_poste_aix_marseille_2025.circ:181',
)
_NOTICE_AMENAGEMENT_MATERIEL_RQTH = rt.Finding(
    _RULE_AMENAGEMENT_MATERIEL_RQTH,
    rt.Outcome.NOTICE,
    'information',
    (
        "Bénéficiaire d'une RQTH, vous pouvez aussi demander un aménagement matériel ou technique "
        'du poste ou une assistance humaine (circulaire spécifique : BA N°988 du 20/11/2023).'
    ),
    (),
)
_CITE_DOSSIERS_COMPLETS = rt.Citation(
    (
        'Les personnels devront constituer 2 dossiers pour que leur situation personnelle puisse '
        'être examinée par la médecine de prévention, la division des personnels enseignants '
        '(DIPE) et la direction des relations et ressources humaines (DRRH)'
    ),
    'sources/003_70692b3584024c77.txt',
    134,
)
_RULE_DOSSIERS_COMPLETS = rt.RuleInfo(
    'dossiers_complets',
    'Dossiers administratif et médical complets',
    'bloquante',
    (_CITE_DOSSIERS_COMPLETS,),
    'circulars/amenagement_poste_aix_marseille_2025.circ:188',
)
_CITE_DATE_LIMITE = rt.Citation(
    'en respectant la date butoir du vendredi 13 décembre 2024',
    'sources/003_70692b3584024c77.txt',
    182,
)
_CITE_DATE_LIMITE_2 = rt.Citation(
    '(à retourner à la DIPE et à la médecine de prévention pour le 13 décembre 2024)',
    'sources/003_70692b3584024c77.txt',
    232,
)
_DEADLINE_DATE_LIMITE = rt.DeadlineInfo(
    'date_limite',
    'Date limite de transmission des dossiers (délai de rigueur)',
    _DATE_2024_12_13,
    True,
    (_CITE_DELAI_DE_RIGUEUR, _CITE_DATE_LIMITE, _CITE_DATE_LIMITE_2),
)
_SERVICE_MEDECIN_DU_TRAVAIL = rt.Recipient(
    'médecin_du_travail',
    'Médecin du travail, service de médecine de prévention du rectorat',
    True,
    (
        "Rectorat de l'académie d'Aix-Marseille - médecine de prévention (à l'attention du "
        'médecin du travail concerné) - Place Lucien Paye - 13621 Aix-en-Provence CEDEX 1'
    ),
)
_CITE_MEDECIN_TRAVAIL = rt.Citation(
    (
        "Les avis préalables du médecin du travail, pour l'octroi d'une ou plusieurs mesures, et "
        'du supérieur hiérarchique, sont requis.'
    ),
    'sources/003_70692b3584024c77.txt',
    120,
)
_OPINION_MEDECIN_TRAVAIL = rt.OpinionInfo(
    'médecin_travail',
    "Avis préalable du médecin du travail pour l'octroi d'une ou plusieurs mesures",
    'obligatoire',
    _SERVICE_MEDECIN_DU_TRAVAIL,
    (_CITE_MEDECIN_TRAVAIL,),
)
_SERVICE_CHEF_ETABLISSEMENT = rt.Recipient(
    'chef_établissement', "Chef d'établissement, chef de service ou directeur de CIO", False, None
)
_CITE_SUPERIEUR = rt.Citation(
    'Avis du supérieur hiérarchique (à cocher) :', 'sources/003_70692b3584024c77.txt', 313
)
_CITE_SUPERIEUR_2 = rt.Citation(
    'Commentaires éventuels sur la demande :', 'sources/003_70692b3584024c77.txt', 318
)
_OPINION_SUPERIEUR = rt.OpinionInfo(
    'supérieur',
    'Avis du supérieur hiérarchique (favorable ou défavorable, annexe 2)',
    'obligatoire',
    _SERVICE_CHEF_ETABLISSEMENT,
    (_CITE_MEDECIN_TRAVAIL, _CITE_SUPERIEUR, _CITE_SUPERIEUR_2),
)


class Facts(rt.FactsModel):
    """Situation d'un demandeur ; un fait absent est inconnu."""

    # circulars/commun.circ:8
    agent_statut: Literal['titulaire', 'stagiaire', 'contractuel'] | None = Field(
        default=None, alias='agent.statut', title="Statut de l'agent"
    )
    # circulars/commun.circ:14
    agent_fonction: Literal[
        'enseignement', 'éducation', 'orientation', 'administratif'
    ] | None = Field(default=None, alias='agent.fonction', title='Fonction exercée')
    # circulars/commun.circ:21
    agent_degre: Literal['premier', 'second'] | None = Field(
        default=None, alias='agent.degré', title="Degré d'enseignement"
    )
    # circulars/commun.circ:26
    agent_ors_heures: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None,
        alias='agent.ors_heures',
        title='Obligations réglementaires de service hebdomadaires (heures)',
    )
    # circulars/commun.circ:30
    agent_rqth: bool | None = Field(
        default=None,
        alias='agent.rqth',
        title=(
            "L'agent dispose d'un justificatif de handicap (RQTH, carte mobilité inclusion « "
            'invalidité »...)'
        ),
    )
    # circulars/commun.circ:32
    agent_temps_partiel_therapeutique: bool | None = Field(
        default=None,
        alias='agent.temps_partiel_thérapeutique',
        title="L'agent bénéficie ou bénéficiera d'un temps partiel thérapeutique",
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
    # circulars/commun.circ:88
    agent_quotite: Annotated[Decimal, Field(ge=0, le=100)] | None = Field(
        default=None,
        alias='agent.quotité',
        title="Quotité de travail actuelle de l'agent (100 % à temps plein)",
    )
    # circulars/commun.circ:90
    agent_conge_sante: Literal['aucun_congé', 'cmo', 'clm', 'cld', 'citis'] | None = Field(
        default=None,
        alias='agent.congé_santé',
        title='Congé pour raison de santé en cours au moment de la demande',
    )
    # circulars/commun.circ:98
    agent_duree_cmo: Annotated[int, Field(ge=0, le=12)] | None = Field(
        default=None, alias='agent.durée_cmo', title='Durée du congé de maladie ordinaire en cours'
    )
    # circulars/commun.circ:100
    agent_arrondissement: Annotated[int, Field(ge=1, le=20)] | None = Field(
        default=None,
        alias='agent.arrondissement',
        title="Arrondissement municipal de l'établissement d'affectation (Paris, Lyon, Marseille)",
    )
    # circulars/commun.circ:108
    demande_date_depot: datetime.date | None = Field(
        default=None, alias='demande.date_dépôt', title='Date de dépôt de la demande'
    )
    # circulars/amenagement_poste_aix_marseille_2025.circ:29
    mesures_demandees: frozenset[
        Literal[
            'adaptation_emploi_du_temps',
            'salle_de_cours',
            'allègement_horaire',
            'aménagement_service',
        ]
    ] | None = Field(
        default=None,
        alias='mesures_demandées',
        title="Aménagement(s) du poste de travail souhaité(s) pour l'année scolaire 2025-2026",
    )
    # circulars/amenagement_poste_aix_marseille_2025.circ:43
    heures_allegement: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None,
        alias='heures_allègement',
        title="Nombre d'heures d'allègement horaire demandées (par semaine)",
    )
    # circulars/amenagement_poste_aix_marseille_2025.circ:45
    heures_amenagement_service: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None,
        alias='heures_aménagement_service',
        title="Nombre d'heures de décharge pour aménagement du service (par semaine)",
    )
    # circulars/amenagement_poste_aix_marseille_2025.circ:47
    motif_allegement: Literal[
        'traitement_médical_lourd', 'reprise_après_poste_adapté', 'autre_motif'
    ] | None = Field(default=None, alias='motif_allègement', title="Motif de l'allègement horaire")
    # circulars/amenagement_poste_aix_marseille_2025.circ:54
    avis_conseil_medical_favorable: bool | None = Field(
        default=None,
        alias='avis_conseil_médical_favorable',
        title='Le conseil médical a rendu un avis favorable à la reprise des fonctions',
    )
    # circulars/procedure_aix_marseille_2025.circ:13
    geo_affectation: Literal[
        'martigues',
        'marseille_nord',
        'arles',
        'marignane',
        'aubagne',
        'gardanne',
        'orgon',
        'salon_de_provence',
        'vitrolles',
        'aix_en_provence',
        'marseille_sud',
        'marseille_centre_est',
        'marseille_nord_est',
        'marseille_métropole',
    ] | None = Field(
        default=None,
        alias='geo_affectation',
        title=(
            "Groupement d'établissements (GEO) de l'établissement d'affectation "
            '(Bouches-du-Rhône)'
        ),
    )
    # circulars/procedure_aix_marseille_2025.circ:31
    envoi_postal_exceptionnel: bool | None = Field(
        default=None,
        alias='envoi_postal_exceptionnel',
        title=(
            "Impossibilité d'accès aux outils informatiques permettant l'envoi électronique du "
            'dossier administratif'
        ),
    )
    # circulars/amenagement_poste_aix_marseille_2025.circ:189
    dossier_pieces_fournies: frozenset[
        Literal[
            'courrier_demande',
            'fiche_renseignements',
            'attestation_rqth',
            'certificat_médical',
            'courrier_médecin',
            'relevé_congés',
            'avis_conseil_médical',
            'fiche_demande_aménagement',
        ]
    ] | None = Field(
        default=None, alias='dossier.pièces_fournies', title='Pièces déjà fournies par le demandeur'
    )

    french_fields: ClassVar[dict[str, str]] = {
        'agent.ors_heures': 'number',
        'agent_ors_heures': 'number',
        'agent.rqth': 'boolean',
        'agent_rqth': 'boolean',
        'agent.temps_partiel_thérapeutique': 'boolean',
        'agent_temps_partiel_therapeutique': 'boolean',
        'agent.quotité': 'number',
        'agent_quotite': 'number',
        'agent.durée_cmo': 'number',
        'agent_duree_cmo': 'number',
        'agent.arrondissement': 'number',
        'agent_arrondissement': 'number',
        'demande.date_dépôt': 'date',
        'demande_date_depot': 'date',
        'heures_allègement': 'number',
        'heures_allegement': 'number',
        'heures_aménagement_service': 'number',
        'heures_amenagement_service': 'number',
        'avis_conseil_médical_favorable': 'boolean',
        'avis_conseil_medical_favorable': 'boolean',
        'envoi_postal_exceptionnel': 'boolean',
    }
    fact_units: ClassVar[dict[str, str]] = {
        'agent.ors_heures': 'heures',
        'agent_ors_heures': 'heures',
        'agent.quotité': 'pourcentage',
        'agent_quotite': 'pourcentage',
        'agent.durée_cmo': 'mois',
        'agent_duree_cmo': 'mois',
        'heures_allègement': 'heures',
        'heures_allegement': 'heures',
        'heures_aménagement_service': 'heures',
        'heures_amenagement_service': 'heures',
    }


_FACT_NAMES = frozenset(_FACT_ORDER)
_READ_AGENT_STATUT = rt.plain_reader(Facts, 'agent.statut')
_READ_AGENT_FONCTION = rt.plain_reader(Facts, 'agent.fonction')
_READ_AGENT_DEGRE = rt.plain_reader(Facts, 'agent.degré')
_READ_AGENT_ORS_HEURES = rt.plain_reader(Facts, 'agent.ors_heures')
_READ_AGENT_RQTH = rt.plain_reader(Facts, 'agent.rqth')
_READ_AGENT_TEMPS_PARTIEL_THERAPEUTIQUE = rt.plain_reader(
    Facts, 'agent.temps_partiel_thérapeutique'
)
_READ_AGENT_DEPARTEMENT = rt.plain_reader(Facts, 'agent.département')
_READ_AGENT_POSITION = rt.plain_reader(Facts, 'agent.position')
_READ_AGENT_QUOTITE = rt.plain_reader(Facts, 'agent.quotité')
_READ_AGENT_CONGE_SANTE = rt.plain_reader(Facts, 'agent.congé_santé')
_READ_AGENT_DUREE_CMO = rt.plain_reader(Facts, 'agent.durée_cmo')
_READ_AGENT_ARRONDISSEMENT = rt.plain_reader(Facts, 'agent.arrondissement')
_READ_DEMANDE_DATE_DEPOT = rt.plain_reader(Facts, 'demande.date_dépôt')
_READ_MESURES_DEMANDEES = rt.plain_reader(Facts, 'mesures_demandées')
_READ_HEURES_ALLEGEMENT = rt.plain_reader(Facts, 'heures_allègement')
_READ_HEURES_AMENAGEMENT_SERVICE = rt.plain_reader(Facts, 'heures_aménagement_service')
_READ_MOTIF_ALLEGEMENT = rt.plain_reader(Facts, 'motif_allègement')
_READ_AVIS_CONSEIL_MEDICAL_FAVORABLE = rt.plain_reader(Facts, 'avis_conseil_médical_favorable')
_READ_GEO_AFFECTATION = rt.plain_reader(Facts, 'geo_affectation')
_READ_ENVOI_POSTAL_EXCEPTIONNEL = rt.plain_reader(Facts, 'envoi_postal_exceptionnel')
_READ_DOSSIER_PIECES_FOURNIES = rt.plain_reader(Facts, 'dossier.pièces_fournies')


def _read_situation(situation: Facts | Mapping[str, Any]) -> tuple[
    Literal['titulaire', 'stagiaire', 'contractuel'] | None,
    Literal['enseignement', 'éducation', 'orientation', 'administratif'] | None,
    Literal['premier', 'second'] | None,
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    bool | None,
    bool | None,
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
    Annotated[Decimal, Field(ge=0, le=100)] | None,
    Literal['aucun_congé', 'cmo', 'clm', 'cld', 'citis'] | None,
    Annotated[int, Field(ge=0, le=12)] | None,
    Annotated[int, Field(ge=1, le=20)] | None,
    datetime.date | None,
    frozenset[
        Literal[
            'adaptation_emploi_du_temps',
            'salle_de_cours',
            'allègement_horaire',
            'aménagement_service',
        ]
    ] | None,
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    Literal['traitement_médical_lourd', 'reprise_après_poste_adapté', 'autre_motif'] | None,
    bool | None,
    Literal[
        'martigues',
        'marseille_nord',
        'arles',
        'marignane',
        'aubagne',
        'gardanne',
        'orgon',
        'salon_de_provence',
        'vitrolles',
        'aix_en_provence',
        'marseille_sud',
        'marseille_centre_est',
        'marseille_nord_est',
        'marseille_métropole',
    ] | None,
    bool | None,
    frozenset[
        Literal[
            'courrier_demande',
            'fiche_renseignements',
            'attestation_rqth',
            'certificat_médical',
            'courrier_médecin',
            'relevé_congés',
            'avis_conseil_médical',
            'fiche_demande_aménagement',
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
            agent_fonction = situation.get('agent.fonction')
            if agent_fonction is not None:
                agent_fonction = _READ_AGENT_FONCTION(agent_fonction)
            agent_degre = situation.get('agent.degré')
            if agent_degre is not None:
                agent_degre = _READ_AGENT_DEGRE(agent_degre)
            agent_ors_heures = situation.get('agent.ors_heures')
            if agent_ors_heures is not None:
                agent_ors_heures = _READ_AGENT_ORS_HEURES(agent_ors_heures)
            agent_rqth = situation.get('agent.rqth')
            if agent_rqth is not None and type(agent_rqth) is not bool:
                agent_rqth = _READ_AGENT_RQTH(agent_rqth)
            agent_temps_partiel_therapeutique = situation.get('agent.temps_partiel_thérapeutique')
            if (
                agent_temps_partiel_therapeutique is not None
                and type(agent_temps_partiel_therapeutique) is not bool
            ):
                agent_temps_partiel_therapeutique = (
                    _READ_AGENT_TEMPS_PARTIEL_THERAPEUTIQUE(agent_temps_partiel_therapeutique)
                )
            agent_departement = situation.get('agent.département')
            if agent_departement is not None:
                agent_departement = _READ_AGENT_DEPARTEMENT(agent_departement)
            agent_position = situation.get('agent.position')
            if agent_position is not None:
                agent_position = _READ_AGENT_POSITION(agent_position)
            agent_quotite = situation.get('agent.quotité')
            if agent_quotite is not None:
                agent_quotite = _READ_AGENT_QUOTITE(agent_quotite)
            agent_conge_sante = situation.get('agent.congé_santé')
            if agent_conge_sante is not None:
                agent_conge_sante = _READ_AGENT_CONGE_SANTE(agent_conge_sante)
            agent_duree_cmo = situation.get('agent.durée_cmo')
            if agent_duree_cmo is not None:
                agent_duree_cmo = _READ_AGENT_DUREE_CMO(agent_duree_cmo)
            agent_arrondissement = situation.get('agent.arrondissement')
            if agent_arrondissement is not None:
                agent_arrondissement = _READ_AGENT_ARRONDISSEMENT(agent_arrondissement)
            demande_date_depot = situation.get('demande.date_dépôt')
            if demande_date_depot is not None:
                demande_date_depot = _READ_DEMANDE_DATE_DEPOT(demande_date_depot)
            mesures_demandees = situation.get('mesures_demandées')
            if mesures_demandees is not None:
                mesures_demandees = _READ_MESURES_DEMANDEES(mesures_demandees)
            heures_allegement = situation.get('heures_allègement')
            if heures_allegement is not None:
                heures_allegement = _READ_HEURES_ALLEGEMENT(heures_allegement)
            heures_amenagement_service = situation.get('heures_aménagement_service')
            if heures_amenagement_service is not None:
                heures_amenagement_service = (
                    _READ_HEURES_AMENAGEMENT_SERVICE(heures_amenagement_service)
                )
            motif_allegement = situation.get('motif_allègement')
            if motif_allegement is not None:
                motif_allegement = _READ_MOTIF_ALLEGEMENT(motif_allegement)
            avis_conseil_medical_favorable = situation.get('avis_conseil_médical_favorable')
            if (
                avis_conseil_medical_favorable is not None
                and type(avis_conseil_medical_favorable) is not bool
            ):
                avis_conseil_medical_favorable = (
                    _READ_AVIS_CONSEIL_MEDICAL_FAVORABLE(avis_conseil_medical_favorable)
                )
            geo_affectation = situation.get('geo_affectation')
            if geo_affectation is not None:
                geo_affectation = _READ_GEO_AFFECTATION(geo_affectation)
            envoi_postal_exceptionnel = situation.get('envoi_postal_exceptionnel')
            if (
                envoi_postal_exceptionnel is not None
                and type(envoi_postal_exceptionnel) is not bool
            ):
                envoi_postal_exceptionnel = (
                    _READ_ENVOI_POSTAL_EXCEPTIONNEL(envoi_postal_exceptionnel)
                )
            dossier_pieces_fournies = situation.get('dossier.pièces_fournies')
            if dossier_pieces_fournies is not None:
                dossier_pieces_fournies = _READ_DOSSIER_PIECES_FOURNIES(dossier_pieces_fournies)
            return (
                agent_statut,
                agent_fonction,
                agent_degre,
                agent_ors_heures,
                agent_rqth,
                agent_temps_partiel_therapeutique,
                agent_departement,
                agent_position,
                agent_quotite,
                agent_conge_sante,
                agent_duree_cmo,
                agent_arrondissement,
                demande_date_depot,
                mesures_demandees,
                heures_allegement,
                heures_amenagement_service,
                motif_allegement,
                avis_conseil_medical_favorable,
                geo_affectation,
                envoi_postal_exceptionnel,
                dossier_pieces_fournies,
            )
        except rt.PlainReadingError:
            pass  # read again below, by rt.validate
    facts = rt.validate(Facts, situation)
    return (
        facts.agent_statut,
        facts.agent_fonction,
        facts.agent_degre,
        facts.agent_ors_heures,
        facts.agent_rqth,
        facts.agent_temps_partiel_therapeutique,
        facts.agent_departement,
        facts.agent_position,
        facts.agent_quotite,
        facts.agent_conge_sante,
        facts.agent_duree_cmo,
        facts.agent_arrondissement,
        facts.demande_date_depot,
        facts.mesures_demandees,
        facts.heures_allegement,
        facts.heures_amenagement_service,
        facts.motif_allegement,
        facts.avis_conseil_medical_favorable,
        facts.geo_affectation,
        facts.envoi_postal_exceptionnel,
        facts.dossier_pieces_fournies,
    )


@lru_cache(maxsize=4096)
def _documents(
    condition_1: bool | None,
    envoi_postal_exceptionnel: bool | None,
    medecin_dossier_medecin: Any,
    agent_rqth: bool | None,
    condition_2: bool | None,
) -> tuple[tuple[rt.ChecklistItem, ...], tuple[rt.SubmissionInfo, ...]]:
    """The checklist and the submissions: they depend only on these conditions and recipients."""
    # a way of sending in 2 lists of ways of sending
    way_1 = rt.routed(
        'courriel',
        False,
        (_SERVICE_DIPE,),
        (),
        (),
        condition_1,
        'non envoi_postal_exceptionnel',
        (),
    )
    # a way of sending in 2 lists of ways of sending
    way_2 = rt.routed(
        'voie postale',
        False,
        (_SERVICE_DIPE,),
        (),
        (),
        envoi_postal_exceptionnel,
        'envoi_postal_exceptionnel',
        (),
    )
    # a way of sending in 2 lists of ways of sending
    way_3 = rt.routed(
        'voie postale',
        False,
        (),
        (medecin_dossier_medecin,),
        (
            (
                'selon médecin du travail destinataire du dossier médical, selon le secteur '
                "géographique de l'établissement d'affectation"
            ),
        ),
        True,
        None,
        (),
    )
    # the ways of sending of 4 documents
    deliveries_1 = rt.deliveries(way_1, way_2, way_3)
    # the ways of sending of 4 documents
    deliveries_2 = rt.deliveries(
        rt.routed(
            'voie postale',
            True,
            (),
            (medecin_dossier_medecin,),
            (
                (
                    'selon médecin du travail destinataire du dossier médical, selon le secteur '
                    "géographique de l'établissement d'affectation"
                ),
            ),
            True,
            None,
            (),
        )
    )
    checklist: list[rt.ChecklistItem] = [
        rt.checklist_item(_DOC_COURRIER_DEMANDE, 'à fournir', None, deliveries_1),
        rt.checklist_item(_DOC_FICHE_RENSEIGNEMENTS, 'à fournir', None, deliveries_1),
    ]
    condition: bool | None = agent_rqth
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_ATTESTATION_RQTH,
                'à fournir' if condition else 'à fournir si …',
                None if condition else 'agent.rqth',
                deliveries_1,
            )
        )
    checklist.append(rt.checklist_item(_DOC_CERTIFICAT_MEDICAL, 'à fournir', None, deliveries_2))
    checklist.append(rt.checklist_item(_DOC_COURRIER_MEDECIN, 'à fournir', None, deliveries_2))
    checklist.append(rt.checklist_item(_DOC_RELEVE_CONGES, 'à fournir', None, deliveries_2))
    condition = condition_2
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_AVIS_CONSEIL_MEDICAL,
                'à fournir' if condition else 'à fournir si …',
                None if condition else (
                    'agent.congé_santé dans {clm, cld} ou agent.position = '
                    'disponibilité_office_santé ou (agent.congé_santé = cmo et agent.durée_cmo >= '
                    '6 mois)'
                ),
                deliveries_2,
            )
        )
    checklist.append(
        rt.checklist_item(_DOC_FICHE_DEMANDE_AMENAGEMENT, 'à fournir', None, deliveries_1)
    )
    return tuple(checklist), (
        rt.submission(_SUBMISSION, rt.deliveries(way_1, way_2)),
        rt.submission(_SUBMISSION_2, rt.deliveries(way_3)),
    )


def evaluate(situation: Facts | Mapping[str, Any]) -> rt.Decision:
    """Evaluate one situation; raise rt.SituationError (French, per field) if it is invalid."""
    (
        agent_statut,
        agent_fonction,
        agent_degre,
        agent_ors_heures,
        agent_rqth,
        agent_temps_partiel_therapeutique,
        agent_departement,
        agent_position,
        agent_quotite,
        agent_conge_sante,
        agent_duree_cmo,
        agent_arrondissement,
        demande_date_depot,
        mesures_demandees,
        heures_allegement,
        heures_amenagement_service,
        motif_allegement,
        avis_conseil_medical_favorable,
        geo_affectation,
        envoi_postal_exceptionnel,
        dossier_pieces_fournies,
    ) = _read_situation(situation)
    # circulars/amenagement_poste_aix_marseille_2025.circ:64 valeur plafond_tiers_ors
    plafond_tiers_ors = rt.div(agent_ors_heures, 3)
    # circulars/amenagement_poste_aix_marseille_2025.circ:67 valeur quotité_totale
    quotite_totale = rt.sub(agent_quotite, rt.mul(rt.div(heures_allegement, agent_ors_heures), 100))
    # circulars/amenagement_poste_aix_marseille_2025.circ:67 table médecin_dossier
    medecin_dossier_matches = (
        (None if agent_departement is None else agent_departement == 'd84'),
        (None if agent_departement is None else agent_departement in _AGENT_DEPARTEMENT_VALUES),
        rt.and3(
            (None if agent_departement is None else agent_departement == 'd13'),
            (None if geo_affectation is None else geo_affectation in _GEO_AFFECTATION_VALUES),
        ),
        rt.all3(
            (None if agent_departement is None else agent_departement == 'd13'),
            (None if geo_affectation is None else geo_affectation == 'marseille_nord'),
            (
                None
                if agent_arrondissement is None
                else agent_arrondissement not in _AGENT_ARRONDISSEMENT_VALUES
            ),
        ),
        rt.all3(
            (None if agent_departement is None else agent_departement == 'd13'),
            (None if geo_affectation is None else geo_affectation == 'marseille_nord'),
            (None if agent_arrondissement is None else agent_arrondissement == 2),
        ),
        rt.and3(
            (None if agent_departement is None else agent_departement == 'd13'),
            (None if geo_affectation is None else geo_affectation in _GEO_AFFECTATION_VALUES_2),
        ),
        rt.all3(
            (None if agent_departement is None else agent_departement == 'd13'),
            (None if geo_affectation is None else geo_affectation == 'marseille_métropole'),
            (
                None
                if agent_arrondissement is None
                else agent_arrondissement not in _AGENT_ARRONDISSEMENT_VALUES_2
            ),
        ),
        rt.all3(
            (None if agent_departement is None else agent_departement == 'd13'),
            (None if geo_affectation is None else geo_affectation == 'marseille_métropole'),
            (None if agent_arrondissement is None else agent_arrondissement == 13),
        ),
    )
    row = rt.lookup(medecin_dossier_matches, _ROWS_MEDECIN_DOSSIER, None, 1)
    medecin_dossier_medecin = row[0]
    # tested by 4 rules
    shared_1 = rt.any_in(mesures_demandees, _MESURES_DEMANDEES_VALUES)
    # tested by 2 rules
    shared_2 = None if agent_conge_sante is None else agent_conge_sante in _AGENT_CONGE_SANTE_VALUES
    # what the checklist and the submissions depend on
    condition_1 = None if envoi_postal_exceptionnel is None else not envoi_postal_exceptionnel
    condition_2 = rt.any3(
        (None if agent_conge_sante is None else agent_conge_sante in _AGENT_CONGE_SANTE_VALUES),
        (None if agent_position is None else agent_position == 'disponibilité_office_santé'),
        rt.and3(
            (None if agent_conge_sante is None else agent_conge_sante == 'cmo'),
            (None if agent_duree_cmo is None else agent_duree_cmo >= 6),
        ),
    )
    findings: list[rt.Finding] = []
    refused = undecided = warned = False
    satisfied: list[str] = []
    not_applicable: list[str] = []
    checklist, submissions = _documents(
        condition_1, envoi_postal_exceptionnel, medecin_dossier_medecin, agent_rqth, condition_2
    )

    # circulars/amenagement_poste_aix_marseille_2025.circ:70 règle titulaire (bloquante)
    holds: bool | None = None if agent_statut is None else agent_statut == 'titulaire'
    if holds is True:
        satisfied.append('titulaire')
    else:
        values: tuple[tuple[str, Any], ...] = (('agent.statut', agent_statut),)
        if holds is False:
            message = (
                (
                    "L'aménagement du poste de travail est réservé aux agents fonctionnaires "
                    'titulaires (statut déclaré : '
                )
                + rt.fmt_choice(agent_statut, _LABELS_AGENT_STATUT)
                + ').'
            )
            findings.append(
                rt.Finding(_RULE_TITULAIRE, rt.Outcome.VIOLATED, 'bloquante', message, values)
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_TITULAIRE,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    (
                        "À vérifier, faute d'information : Public concerné : agents "
                        'fonctionnaires titulaires.'
                    ),
                    values,
                    missing=('agent.statut',),
                )
            )
            undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:75 règle fonction_concernée (bloquante)
    holds = None if agent_fonction is None else agent_fonction in _AGENT_FONCTION_VALUES
    if holds is True:
        satisfied.append('fonction_concernée')
    else:
        values = (('agent.fonction', agent_fonction),)
        if holds is False:
            message = (
                (
                    "Le dispositif concerne les personnels d'enseignement, d'éducation et les "
                    "psychologues de l'Éducation nationale (fonction déclarée : "
                )
                + rt.fmt_choice(agent_fonction, _LABELS_AGENT_FONCTION)
                + ').'
            )
            findings.append(
                rt.Finding(
                    _RULE_FONCTION_CONCERNEE, rt.Outcome.VIOLATED, 'bloquante', message, values
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_FONCTION_CONCERNEE,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    (
                        "À vérifier, faute d'information : Public concerné : personnels "
                        "d'enseignement, d'éducation et psychologues de l'éducation nationale."
                    ),
                    values,
                    missing=('agent.fonction',),
                )
            )
            undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:80 règle second_degré (bloquante)
    applies: bool | None = None if agent_fonction is None else agent_fonction == 'enseignement'
    if applies is False:
        not_applicable.append('second_degré')
    else:
        holds = None if agent_degre is None else agent_degre == 'second'
        if holds is True:
            satisfied.append('second_degré')
        else:
            values = (('agent.fonction', agent_fonction), ('agent.degré', agent_degre))
            if holds is False and applies is True:
                message = (
                    (
                        'Cette circulaire concerne les enseignants du second degré public (degré '
                        'déclaré : '
                    )
                    + rt.fmt_choice(agent_degre, _LABELS_AGENT_DEGRE)
                    + ').'
                )
                findings.append(
                    rt.Finding(
                        _RULE_SECOND_DEGRE, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_SECOND_DEGRE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Public concerné : enseignants du "
                            'second degré public.'
                        ),
                        values,
                        missing=(('agent.fonction',) if applies is None else ())
                        + (('agent.degré',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:87 règle au_moins_une_mesure (bloquante)
    holds = rt.ge(rt.count(mesures_demandees), 1)
    if holds is True:
        satisfied.append('au_moins_une_mesure')
    else:
        values = (('mesures_demandées', mesures_demandees),)
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_AU_MOINS_UNE_MESURE,
                    rt.Outcome.VIOLATED,
                    'bloquante',
                    (
                        "Cochez au moins un aménagement souhaité : adaptation de l'emploi du "
                        "temps, attribution d'une salle de cours, allègement horaire ou "
                        'aménagement du service.'
                    ),
                    values,
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_AU_MOINS_UNE_MESURE,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    "À vérifier, faute d'information : Au moins un aménagement demandé.",
                    values,
                    missing=rt.unknown(('mesures_demandées', mesures_demandees)),
                )
            )
            undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:93 règle allègement_tiers_ors (bloquante)
    applies = shared_1
    if applies is False:
        not_applicable.append('allègement_tiers_ors')
    else:
        holds = (
            None
            if heures_allegement is None or plafond_tiers_ors is None
            else heures_allegement <= plafond_tiers_ors
        )
        if holds is True:
            satisfied.append('allègement_tiers_ors')
        else:
            values = (
                ('mesures_demandées', mesures_demandees),
                ('heures_allègement', heures_allegement),
                ('agent.ors_heures', agent_ors_heures),
                ('plafond_tiers_ors', plafond_tiers_ors),
            )
            if holds is False and applies is True:
                message = (
                    "L'allègement horaire demandé ("
                    + rt.fmt(heures_allegement, 'h')
                    + ') dépasse le tiers de votre ORS ('
                    + rt.fmt(plafond_tiers_ors, 'h')
                    + ' pour une ORS de '
                    + rt.fmt(agent_ors_heures, 'h')
                    + ').'
                )
                findings.append(
                    rt.Finding(
                        _RULE_ALLEGEMENT_TIERS_ORS,
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
                        _RULE_ALLEGEMENT_TIERS_ORS,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Allègement horaire : au plus le "
                            "tiers de l'ORS."
                        ),
                        values,
                        missing=(
                            rt.unknown(('mesures_demandées', mesures_demandees))
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(
                                ('heures_allègement', heures_allegement),
                                ('agent.ors_heures', agent_ors_heures),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:99 règle allègement_motif (bloquante)
    applies = shared_1
    if applies is False:
        not_applicable.append('allègement_motif')
    else:
        holds = None if motif_allegement is None else motif_allegement in _MOTIF_ALLEGEMENT_VALUES
        if holds is True:
            satisfied.append('allègement_motif')
        else:
            values = (
                ('mesures_demandées', mesures_demandees), ('motif_allègement', motif_allegement)
            )
            if holds is False and applies is True:
                message = (
                    (
                        "L'allègement horaire est une mesure exceptionnelle accordée afin de "
                        "suivre un traitement médical lourd ou de faciliter la reprise d'activité "
                        'après une affectation sur poste adapté (motif déclaré : '
                    )
                    + rt.fmt_choice(motif_allegement, _LABELS_MOTIF_ALLEGEMENT)
                    + ').'
                )
                findings.append(
                    rt.Finding(
                        _RULE_ALLEGEMENT_MOTIF, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_ALLEGEMENT_MOTIF,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Allègement horaire : traitement "
                            'médical lourd ou reprise après un poste adapté.'
                        ),
                        values,
                        missing=(
                            rt.unknown(('mesures_demandées', mesures_demandees))
                            if applies is None
                            else ()
                        )
                        + (('motif_allègement',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:105 règle allègement_non_cumul_tpt
    # (bloquante)
    applies = shared_1
    if applies is False:
        not_applicable.append('allègement_non_cumul_tpt')
    else:
        holds = (
            None
            if agent_temps_partiel_therapeutique is None
            else not agent_temps_partiel_therapeutique
        )
        if holds is True:
            satisfied.append('allègement_non_cumul_tpt')
        else:
            values = (
                ('mesures_demandées', mesures_demandees),
                ('agent.temps_partiel_thérapeutique', agent_temps_partiel_therapeutique),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_ALLEGEMENT_NON_CUMUL_TPT,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            "L'allègement horaire ne peut se cumuler avec le temps partiel "
                            'thérapeutique.'
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_ALLEGEMENT_NON_CUMUL_TPT,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Allègement horaire : pas de cumul "
                            'avec le temps partiel thérapeutique.'
                        ),
                        values,
                        missing=(
                            rt.unknown(('mesures_demandées', mesures_demandees))
                            if applies is None
                            else ()
                        )
                        + (('agent.temps_partiel_thérapeutique',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:111 règle allègement_quotité_totale
    # (bloquante)
    applies = rt.and3(
        rt.any_in(mesures_demandees, _MESURES_DEMANDEES_VALUES),
        (None if agent_quotite is None else agent_quotite < 100),
    )
    if applies is False:
        not_applicable.append('allègement_quotité_totale')
    else:
        holds = None if quotite_totale is None else quotite_totale >= 50
        if holds is True:
            satisfied.append('allègement_quotité_totale')
        else:
            values = (
                ('mesures_demandées', mesures_demandees),
                ('agent.quotité', agent_quotite),
                ('heures_allègement', heures_allegement),
                ('agent.ors_heures', agent_ors_heures),
                ('quotité_totale', quotite_totale),
            )
            if holds is False and applies is True:
                message = (
                    'À temps partiel ('
                    + rt.fmt(agent_quotite, '%')
                    + "), l'allègement de "
                    + rt.fmt(heures_allegement, 'h')
                    + ' sur une ORS de '
                    + rt.fmt(agent_ors_heures, 'h')
                    + ' ramènerait la quotité totale de travail à '
                    + rt.fmt(quotite_totale, '%')
                    + ', en dessous de 50 %.'
                )
                findings.append(
                    rt.Finding(
                        _RULE_ALLEGEMENT_QUOTITE_TOTALE,
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
                        _RULE_ALLEGEMENT_QUOTITE_TOTALE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Allègement horaire et temps "
                            "partiel : quotité totale d'au moins 50 %."
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                rt.any_in(mesures_demandees, _MESURES_DEMANDEES_VALUES),
                                rt.unknown(('mesures_demandées', mesures_demandees)),
                                (None if agent_quotite is None else agent_quotite < 100),
                                rt.unknown(('agent.quotité', agent_quotite)),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(
                                ('agent.quotité', agent_quotite),
                                ('heures_allègement', heures_allegement),
                                ('agent.ors_heures', agent_ors_heures),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:118 règle aménagement_service_tiers_ors
    # (bloquante)
    applies = rt.any_in(mesures_demandees, _MESURES_DEMANDEES_VALUES_2)
    if applies is False:
        not_applicable.append('aménagement_service_tiers_ors')
    else:
        holds = (
            None
            if heures_amenagement_service is None or plafond_tiers_ors is None
            else heures_amenagement_service <= plafond_tiers_ors
        )
        if holds is True:
            satisfied.append('aménagement_service_tiers_ors')
        else:
            values = (
                ('mesures_demandées', mesures_demandees),
                ('heures_aménagement_service', heures_amenagement_service),
                ('agent.ors_heures', agent_ors_heures),
                ('plafond_tiers_ors', plafond_tiers_ors),
            )
            if holds is False and applies is True:
                message = (
                    "La décharge demandée pour effectuer d'autres tâches ("
                    + rt.fmt(heures_amenagement_service, 'h')
                    + ') dépasse le tiers de votre ORS ('
                    + rt.fmt(plafond_tiers_ors, 'h')
                    + ' pour une ORS de '
                    + rt.fmt(agent_ors_heures, 'h')
                    + ').'
                )
                findings.append(
                    rt.Finding(
                        _RULE_AMENAGEMENT_SERVICE_TIERS_ORS,
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
                        _RULE_AMENAGEMENT_SERVICE_TIERS_ORS,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Aménagement du service : décharge "
                            "d'au plus le tiers de l'ORS."
                        ),
                        values,
                        missing=(
                            rt.unknown(('mesures_demandées', mesures_demandees))
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(
                                ('heures_aménagement_service', heures_amenagement_service),
                                ('agent.ors_heures', agent_ors_heures),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:125 règle aménagement_service_quotité
    # (bloquante)
    applies = rt.and3(
        rt.any_in(mesures_demandees, _MESURES_DEMANDEES_VALUES_2),
        (None if agent_quotite is None else agent_quotite < 100),
    )
    if applies is False:
        not_applicable.append('aménagement_service_quotité')
    else:
        holds = None if agent_quotite is None else agent_quotite >= 50
        if holds is True:
            satisfied.append('aménagement_service_quotité')
        else:
            values = (('mesures_demandées', mesures_demandees), ('agent.quotité', agent_quotite))
            if holds is False and applies is True:
                message = (
                    (
                        "À temps partiel, l'aménagement du service suppose une quotité totale de "
                        "travail d'au moins 50 % (quotité déclarée : "
                    )
                    + rt.fmt(agent_quotite, '%')
                    + ').'
                )
                findings.append(
                    rt.Finding(
                        _RULE_AMENAGEMENT_SERVICE_QUOTITE,
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
                        _RULE_AMENAGEMENT_SERVICE_QUOTITE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Aménagement du service et temps "
                            "partiel : quotité totale d'au moins 50 %."
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                rt.any_in(mesures_demandees, _MESURES_DEMANDEES_VALUES_2),
                                rt.unknown(('mesures_demandées', mesures_demandees)),
                                (None if agent_quotite is None else agent_quotite < 100),
                                rt.unknown(('agent.quotité', agent_quotite)),
                            )
                            if applies is None
                            else ()
                        )
                        + (('agent.quotité',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:132 règle reprise_clm_cld (bloquante)
    applies = shared_2
    if applies is False:
        not_applicable.append('reprise_clm_cld')
    else:
        holds = avis_conseil_medical_favorable
        if holds is True:
            satisfied.append('reprise_clm_cld')
        else:
            values = (
                ('agent.congé_santé', agent_conge_sante),
                ('avis_conseil_médical_favorable', avis_conseil_medical_favorable),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_REPRISE_CLM_CLD,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            'En congé de longue maladie ou de longue durée, vous ne pouvez '
                            'reprendre vos fonctions, même avec un aménagement du poste de '
                            'travail, sans avis favorable du conseil médical.'
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_REPRISE_CLM_CLD,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : CLM ou CLD : avis favorable du "
                            'conseil médical pour reprendre.'
                        ),
                        values,
                        missing=(('agent.congé_santé',) if applies is None else ())
                        + (('avis_conseil_médical_favorable',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:144 règle délai_de_rigueur (bloquante)
    holds = None if demande_date_depot is None else demande_date_depot <= _DATE_2024_12_13
    if holds is True:
        satisfied.append('délai_de_rigueur')
    else:
        values = (('demande.date_dépôt', demande_date_depot),)
        if holds is False:
            message = (
                'Le dossier transmis le '
                + rt.fmt(demande_date_depot)
                + (
                    ' est postérieur à la date limite du vendredi 13 décembre 2024, fixée comme '
                    'délai de rigueur.'
                )
            )
            findings.append(
                rt.Finding(
                    _RULE_DELAI_DE_RIGUEUR, rt.Outcome.VIOLATED, 'bloquante', message, values
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_DELAI_DE_RIGUEUR,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    (
                        "À vérifier, faute d'information : Transmission au plus tard le 13 "
                        'décembre 2024 (délai de rigueur).'
                    ),
                    values,
                    missing=rt.unknown(('demande.date_dépôt', demande_date_depot)),
                )
            )
            undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:150 règle objectif_aménagement
    # (information)
    findings.append(_NOTICE_OBJECTIF_AMENAGEMENT)

    # circulars/amenagement_poste_aix_marseille_2025.circ:155 règle emploi_du_temps_salle
    # (information)
    applies = rt.any_in(mesures_demandees, _MESURES_DEMANDEES_VALUES_3)
    if applies is True:
        findings.append(_NOTICE_EMPLOI_DU_TEMPS_SALLE)
    elif applies is False:
        not_applicable.append('emploi_du_temps_salle')

    # circulars/amenagement_poste_aix_marseille_2025.circ:162 règle allègement_temporaire
    # (information)
    applies = shared_1
    if applies is True:
        findings.append(_NOTICE_ALLEGEMENT_TEMPORAIRE)
    elif applies is False:
        not_applicable.append('allègement_temporaire')

    # circulars/amenagement_poste_aix_marseille_2025.circ:170 règle renouvellement_non_automatique
    # (information)
    findings.append(_NOTICE_RENOUVELLEMENT_NON_AUTOMATIQUE)

    # circulars/amenagement_poste_aix_marseille_2025.circ:174 règle occupation_thérapeutique
    # (information)
    applies = shared_2
    if applies is True:
        findings.append(_NOTICE_OCCUPATION_THERAPEUTIQUE)
    elif applies is False:
        not_applicable.append('occupation_thérapeutique')

    # circulars/amenagement_poste_aix_marseille_2025.circ:181 règle aménagement_matériel_rqth
    # (information)
    applies = agent_rqth
    if applies is True:
        findings.append(_NOTICE_AMENAGEMENT_MATERIEL_RQTH)
    elif applies is False:
        not_applicable.append('aménagement_matériel_rqth')

    # circulars/amenagement_poste_aix_marseille_2025.circ:188 règle dossiers_complets (bloquante)
    holds = rt.all_provided(
        dossier_pieces_fournies,
        (
            (True, 'courrier_demande', "Courrier de demande de l'intéressé(e)"),
            (True, 'fiche_renseignements', 'Fiche de renseignements (annexe 1)'),
            (
                agent_rqth,
                'attestation_rqth',
                (
                    'Attestation de reconnaissance de la qualité de travailleur handicapé (RQTH) '
                    'délivrée par la MDPH'
                ),
            ),
            (
                True,
                'certificat_médical',
                'Certificat médical récent et détaillé (original sous pli cacheté)',
            ),
            (
                True,
                'courrier_médecin',
                "Courrier explicatif de l'agent à l'attention du médecin du travail",
            ),
            (
                True,
                'relevé_congés',
                (
                    'Relevé des congés (maladie, longue maladie, longue durée) ou de la '
                    "disponibilité d'office"
                ),
            ),
            (
                rt.any3(
                    (
                        None
                        if agent_conge_sante is None
                        else agent_conge_sante in _AGENT_CONGE_SANTE_VALUES
                    ),
                    (
                        None
                        if agent_position is None
                        else agent_position == 'disponibilité_office_santé'
                    ),
                    rt.and3(
                        (None if agent_conge_sante is None else agent_conge_sante == 'cmo'),
                        (None if agent_duree_cmo is None else agent_duree_cmo >= 6),
                    ),
                ),
                'avis_conseil_médical',
                'Avis du conseil médical départemental',
            ),
            (
                True,
                'fiche_demande_aménagement',
                "Fiche de demande d'aménagement du poste de travail (annexe 2)",
            ),
        ),
    )
    if holds is True:
        satisfied.append('dossiers_complets')
    else:
        values = (
            ('dossier.pièces_fournies', dossier_pieces_fournies),
            ('agent.rqth', agent_rqth),
            ('agent.congé_santé', agent_conge_sante),
            ('agent.position', agent_position),
            ('agent.durée_cmo', agent_duree_cmo),
        )
        if holds is False:
            message = (
                (
                    'Les deux dossiers, administratif et médical, sont nécessaires pour que votre '
                    'situation puisse être examinée : il manque '
                )
                + rt.fmt(
                    rt.missing_documents(
                        dossier_pieces_fournies,
                        (
                            (True, 'courrier_demande', "Courrier de demande de l'intéressé(e)"),
                            (True, 'fiche_renseignements', 'Fiche de renseignements (annexe 1)'),
                            (
                                agent_rqth,
                                'attestation_rqth',
                                (
                                    'Attestation de reconnaissance de la qualité de travailleur '
                                    'handicapé (RQTH) délivrée par la MDPH'
                                ),
                            ),
                            (
                                True,
                                'certificat_médical',
                                'Certificat médical récent et détaillé (original sous pli cacheté)',
                            ),
                            (
                                True,
                                'courrier_médecin',
                                (
                                    "Courrier explicatif de l'agent à l'attention du médecin du "
                                    'travail'
                                ),
                            ),
                            (
                                True,
                                'relevé_congés',
                                (
                                    'Relevé des congés (maladie, longue maladie, longue durée) ou '
                                    "de la disponibilité d'office"
                                ),
                            ),
                            (
                                rt.any3(
                                    (
                                        None
                                        if agent_conge_sante is None
                                        else agent_conge_sante in _AGENT_CONGE_SANTE_VALUES
                                    ),
                                    (
                                        None
                                        if agent_position is None
                                        else agent_position == 'disponibilité_office_santé'
                                    ),
                                    rt.and3(
                                        (
                                            None
                                            if agent_conge_sante is None
                                            else agent_conge_sante == 'cmo'
                                        ),
                                        (None if agent_duree_cmo is None else agent_duree_cmo >= 6),
                                    ),
                                ),
                                'avis_conseil_médical',
                                'Avis du conseil médical départemental',
                            ),
                            (
                                True,
                                'fiche_demande_aménagement',
                                "Fiche de demande d'aménagement du poste de travail (annexe 2)",
                            ),
                        ),
                    )
                )
                + '.'
            )
            findings.append(
                rt.Finding(
                    _RULE_DOSSIERS_COMPLETS, rt.Outcome.VIOLATED, 'bloquante', message, values
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_DOSSIERS_COMPLETS,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    "À vérifier, faute d'information : Dossiers administratif et médical complets.",
                    values,
                    missing=rt.unknown(('dossier.pièces_fournies', dossier_pieces_fournies))
                    + rt.missing_each(
                        (agent_rqth, rt.unknown(('agent.rqth', agent_rqth))),
                        (
                            rt.any3(
                                (
                                    None
                                    if agent_conge_sante is None
                                    else agent_conge_sante in _AGENT_CONGE_SANTE_VALUES
                                ),
                                (
                                    None
                                    if agent_position is None
                                    else agent_position == 'disponibilité_office_santé'
                                ),
                                rt.and3(
                                    (
                                        None
                                        if agent_conge_sante is None
                                        else agent_conge_sante == 'cmo'
                                    ),
                                    (None if agent_duree_cmo is None else agent_duree_cmo >= 6),
                                ),
                            ),
                            rt.unknown(
                                ('agent.congé_santé', agent_conge_sante),
                                ('agent.position', agent_position),
                                ('agent.durée_cmo', agent_duree_cmo),
                            ),
                        ),
                    ),
                )
            )
            undecided = True

    found = tuple(findings)
    return rt.Decision(
        circular=CIRCULAR,
        status=rt.status_from_flags(refused, undecided, warned),
        findings=found,
        satisfied=tuple(satisfied),
        not_applicable=tuple(not_applicable),
        missing_facts=rt.rank_missing(found, FACT_LABELS, _FACT_ORDER) if undecided else (),
        checklist=checklist,
        deadlines=(_DEADLINE_DATE_LIMITE,),
        opinions=(_OPINION_MEDECIN_TRAVAIL, _OPINION_SUPERIEUR),
        submissions=submissions,
        computed={
            'plafond_tiers_ors': plafond_tiers_ors,
            'quotité_totale': quotite_totale,
            'médecin_dossier.médecin': medecin_dossier_medecin,
        },
    )


def evaluate_status(situation: Facts | Mapping[str, Any]) -> rt.Verdict:
    """The status and the failing rules of `evaluate`, nothing else (for batches); same errors."""
    (
        agent_statut,
        agent_fonction,
        agent_degre,
        agent_ors_heures,
        agent_rqth,
        agent_temps_partiel_therapeutique,
        _,
        agent_position,
        agent_quotite,
        agent_conge_sante,
        agent_duree_cmo,
        _,
        demande_date_depot,
        mesures_demandees,
        heures_allegement,
        heures_amenagement_service,
        motif_allegement,
        avis_conseil_medical_favorable,
        _,
        _,
        dossier_pieces_fournies,
    ) = _read_situation(situation)
    # circulars/amenagement_poste_aix_marseille_2025.circ:64 valeur plafond_tiers_ors
    plafond_tiers_ors = rt.div(agent_ors_heures, 3)
    # circulars/amenagement_poste_aix_marseille_2025.circ:67 valeur quotité_totale
    quotite_totale = rt.sub(agent_quotite, rt.mul(rt.div(heures_allegement, agent_ors_heures), 100))
    # tested by 3 rules
    shared_3 = rt.any_in(mesures_demandees, _MESURES_DEMANDEES_VALUES)
    failed: list[str] = []
    refused = undecided = warned = False

    # circulars/amenagement_poste_aix_marseille_2025.circ:70 règle titulaire (bloquante)
    holds: bool | None = None if agent_statut is None else agent_statut == 'titulaire'
    if holds is False:
        failed.append('titulaire')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:75 règle fonction_concernée (bloquante)
    holds = None if agent_fonction is None else agent_fonction in _AGENT_FONCTION_VALUES
    if holds is False:
        failed.append('fonction_concernée')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:80 règle second_degré (bloquante)
    applies: bool | None = None if agent_fonction is None else agent_fonction == 'enseignement'
    if applies is not False:
        holds = None if agent_degre is None else agent_degre == 'second'
        if holds is False and applies is True:
            failed.append('second_degré')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:87 règle au_moins_une_mesure (bloquante)
    holds = rt.ge(rt.count(mesures_demandees), 1)
    if holds is False:
        failed.append('au_moins_une_mesure')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:93 règle allègement_tiers_ors (bloquante)
    applies = shared_3
    if applies is not False:
        holds = (
            None
            if heures_allegement is None or plafond_tiers_ors is None
            else heures_allegement <= plafond_tiers_ors
        )
        if holds is False and applies is True:
            failed.append('allègement_tiers_ors')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:99 règle allègement_motif (bloquante)
    applies = shared_3
    if applies is not False:
        holds = None if motif_allegement is None else motif_allegement in _MOTIF_ALLEGEMENT_VALUES
        if holds is False and applies is True:
            failed.append('allègement_motif')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:105 règle allègement_non_cumul_tpt
    # (bloquante)
    applies = shared_3
    if applies is not False:
        holds = (
            None
            if agent_temps_partiel_therapeutique is None
            else not agent_temps_partiel_therapeutique
        )
        if holds is False and applies is True:
            failed.append('allègement_non_cumul_tpt')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:111 règle allègement_quotité_totale
    # (bloquante)
    applies = rt.and3(
        rt.any_in(mesures_demandees, _MESURES_DEMANDEES_VALUES),
        (None if agent_quotite is None else agent_quotite < 100),
    )
    if applies is not False:
        holds = None if quotite_totale is None else quotite_totale >= 50
        if holds is False and applies is True:
            failed.append('allègement_quotité_totale')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:118 règle aménagement_service_tiers_ors
    # (bloquante)
    applies = rt.any_in(mesures_demandees, _MESURES_DEMANDEES_VALUES_2)
    if applies is not False:
        holds = (
            None
            if heures_amenagement_service is None or plafond_tiers_ors is None
            else heures_amenagement_service <= plafond_tiers_ors
        )
        if holds is False and applies is True:
            failed.append('aménagement_service_tiers_ors')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:125 règle aménagement_service_quotité
    # (bloquante)
    applies = rt.and3(
        rt.any_in(mesures_demandees, _MESURES_DEMANDEES_VALUES_2),
        (None if agent_quotite is None else agent_quotite < 100),
    )
    if applies is not False:
        holds = None if agent_quotite is None else agent_quotite >= 50
        if holds is False and applies is True:
            failed.append('aménagement_service_quotité')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:132 règle reprise_clm_cld (bloquante)
    applies = None if agent_conge_sante is None else agent_conge_sante in _AGENT_CONGE_SANTE_VALUES
    if applies is not False:
        holds = avis_conseil_medical_favorable
        if holds is False and applies is True:
            failed.append('reprise_clm_cld')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:144 règle délai_de_rigueur (bloquante)
    holds = None if demande_date_depot is None else demande_date_depot <= _DATE_2024_12_13
    if holds is False:
        failed.append('délai_de_rigueur')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:188 règle dossiers_complets (bloquante)
    holds = rt.all_provided(
        dossier_pieces_fournies,
        (
            (True, 'courrier_demande', "Courrier de demande de l'intéressé(e)"),
            (True, 'fiche_renseignements', 'Fiche de renseignements (annexe 1)'),
            (
                agent_rqth,
                'attestation_rqth',
                (
                    'Attestation de reconnaissance de la qualité de travailleur handicapé (RQTH) '
                    'délivrée par la MDPH'
                ),
            ),
            (
                True,
                'certificat_médical',
                'Certificat médical récent et détaillé (original sous pli cacheté)',
            ),
            (
                True,
                'courrier_médecin',
                "Courrier explicatif de l'agent à l'attention du médecin du travail",
            ),
            (
                True,
                'relevé_congés',
                (
                    'Relevé des congés (maladie, longue maladie, longue durée) ou de la '
                    "disponibilité d'office"
                ),
            ),
            (
                rt.any3(
                    (
                        None
                        if agent_conge_sante is None
                        else agent_conge_sante in _AGENT_CONGE_SANTE_VALUES
                    ),
                    (
                        None
                        if agent_position is None
                        else agent_position == 'disponibilité_office_santé'
                    ),
                    rt.and3(
                        (None if agent_conge_sante is None else agent_conge_sante == 'cmo'),
                        (None if agent_duree_cmo is None else agent_duree_cmo >= 6),
                    ),
                ),
                'avis_conseil_médical',
                'Avis du conseil médical départemental',
            ),
            (
                True,
                'fiche_demande_aménagement',
                "Fiche de demande d'aménagement du poste de travail (annexe 2)",
            ),
        ),
    )
    if holds is False:
        failed.append('dossiers_complets')
        refused = True
    elif holds is not True:
        undecided = True

    return rt.Verdict(rt.status_from_flags(refused, undecided, warned), tuple(failed))
